"""Messages of the config layer (Swedish first, English on request)."""

from __future__ import annotations

from kbfa.i18n import Catalogue

MESSAGES: Catalogue = {
    "not_found": {"sv": "filen finns inte", "en": "file not found"},
    "unreadable": {"sv": "kan inte läsa filen: {reason}", "en": "cannot read the file: {reason}"},
    "not_utf8": {
        "sv": "filen är inte UTF-8-kodad (spara den som UTF-8)",
        "en": "the file is not UTF-8 encoded (save it as UTF-8)",
    },
    "syntax": {"sv": "TOML-syntaxfel: {reason}", "en": "TOML syntax error: {reason}"},
    "unknown_key": {"sv": 'okänd nyckel "{key}"{hint}', "en": 'unknown key "{key}"{hint}'},
    "did_you_mean": {"sv": ' (menade du "{guess}"?)', "en": ' (did you mean "{guess}"?)'},
    "missing": {"sv": "obligatorisk nyckel saknas", "en": "required key is missing"},
    "expected": {"sv": "förväntade {expected}, fick {got}", "en": "expected {expected}, got {got}"},
    "t_table": {"sv": "en tabell", "en": "a table"},
    "t_list": {"sv": "en lista", "en": "an array"},
    "t_text": {"sv": "en text", "en": "a string"},
    "t_nonempty": {"sv": "en text som inte är tom", "en": "a non-empty string"},
    "t_control": {
        "sv": "en text utan styrtecken (tecken {char} på plats {index})",
        "en": "a string without control characters (character {char} at position {index})",
    },
    "t_id": {
        "sv": "ett id av gemena bokstäver a–z, siffror, _ och -",
        "en": "an id of lower-case letters a–z, digits, _ and -",
    },
    "t_count": {"sv": "ett heltal större än noll", "en": "an integer greater than zero"},
    "t_bool": {"sv": "true eller false", "en": "true or false"},
    "t_date": {
        "sv": "ett TOML-datum utan citattecken, t.ex. 2024-03-21",
        "en": "a TOML date without quotes, e.g. 2024-03-21",
    },
    "t_one_of": {"sv": "ett av {choices}", "en": "one of {choices}"},
    "unresolved": {
        "sv": '"{value}" finns inte bland {namespace}{hint}',
        "en": '"{value}" is not among {namespace}{hint}',
    },
    "duplicate_id": {
        "sv": 'id "{value}" används redan på rad {first}',
        "en": 'id "{value}" is already used on line {first}',
    },
    "too_few_parties": {
        "sv": "en överenskommelse behöver minst två parter",
        "en": "an agreement needs at least two parties",
    },
    "period_order": {
        "sv": "slutdatum {end} ligger före startdatum {start}",
        "en": "end date {end} is before start date {start}",
    },
    "season_sum": {
        "sv": "säsongerna summerar till {total} men times är {times}",
        "en": "the seasons add up to {total} but times is {times}",
    },
    "season_per": {
        "sv": 'säsonger kan bara anges när per = "year"',
        "en": 'seasons can only be given when per = "year"',
    },
    "requirement_field": {
        "sv": 'ett krav av typen "{kind}" behöver nyckeln "{field}"',
        "en": 'a requirement of kind "{kind}" needs the key "{field}"',
    },
    "ns_organisations": {"sv": "organisations", "en": "organisations"},
}
