"""Bounds on the values a config may hold, so that every output can carry what the loader accepts.

The reliability review found values the loader took that later outputs could not:
a decision dated 9999-12-31 (the årshjul and the rules compute past year 9999), a
review after 8,000 years, ``times = 100000`` a week (49 s and 2.7 GiB for the
calendar), a newline in a municipality's name (the calendar's name is one line),
names too long for Word's document properties. Each bound below is wide enough for
any real governance and narrow enough for every output; a value outside it is a
located :class:`~kbfa.errors.ConfigError`, never a crash later.

The walk runs on the raw TOML data, guided by the model's attrs classes, so a file
with other problems still gets these reported in the same pass. Values of the wrong
type are left to the converter.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from kbfa.config._lines import KeyPath
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Count, Governance, Id, Text

__all__ = [
    "BIDI",
    "CONTROL",
    "FIRST_DATE",
    "FIRST_YEAR",
    "LAST_DATE",
    "LAST_YEAR",
    "MAX_DEPTH",
    "MAX_ID",
    "MAX_LINE",
    "MAX_TEXT",
    "MAX_YEARS",
    "NONCHAR",
    "SINGLE_LINE",
    "UNSAFE_TEXT",
    "check_limits",
]

#: Control characters no text may hold: C0 but tab and newline, DEL, and C1 (U+0080–U+009F,
#: which include the terminal's CSI U+009B).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Embeddings, overrides and isolates: they reorder what a reader sees (trojan source).
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Non-characters: Word's XML cannot hold U+FFFE/U+FFFF, and none is ever meant as text.
NONCHAR = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)
#: Any character a text may not hold.
UNSAFE_TEXT = re.compile(f"{CONTROL.pattern}|{BIDI.pattern}|{NONCHAR.pattern}")

#: Years every output can compute with: the schedule looks ahead and back by up to
#: :data:`MAX_YEARS`, and ``calendar --year`` takes the same range.
FIRST_YEAR, LAST_YEAR = 1900, 2999
FIRST_DATE, LAST_DATE = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
#: The longest span in years a config may name (a review, a rolling period, an interval).
MAX_YEARS = 50
#: Characters in a one-line text (a name, a title): Word's document title holds 255,
#: and a file name made from it must stay short.
MAX_LINE = 200
#: Characters in any other text.
MAX_TEXT = 20_000
#: Characters in an id (ids become parts of calendar UIDs and file names).
MAX_ID = 100
#: Nesting of tables and arrays beyond which the line of a parser overflow is looked for.
MAX_DEPTH = 32
#: Any count the table below does not name.
_MAX_COUNT = 100_000

#: Fields that are one line: names, titles, headings, references. (Class, field).
SINGLE_LINE: frozenset[tuple[str, str]] = frozenset(
    {
        ("Municipality", "name"),
        ("Municipality", "kommunkod"),
        ("Municipality", "lan"),
        ("Municipality", "police_area"),
        ("Organisation", "name"),
        ("Role", "title"),
        ("Role", "unit"),
        ("Body", "name"),
        ("Body", "places"),
        ("Body", "meeting_tool"),
        ("Body", "created_per"),
        ("SteeringDocument", "title"),
        ("SteeringDocument", "diarienummer"),
        ("SteeringDocument", "owner"),
        ("RelatedDocument", "title"),
        ("Decision", "paragraph"),
        ("Deliverable", "title"),
        ("Agreement", "title"),
        ("Agreement", "placement_role"),
        ("Requirement", "source"),
        ("Problem", "title"),
        ("Measure", "title"),
        ("Evidence", "reference"),
        ("Waiver", "rule"),
        ("Waiver", "decision"),
    }
)

#: Bounds of counts other than a cadence's ``times`` and ``interval``: (low, high, unit).
_COUNTS: dict[tuple[str, str], tuple[int, int, str]] = {
    ("SteeringDocument", "review_after_years"): (1, MAX_YEARS, "years"),
    ("Period", "length_years"): (1, MAX_YEARS, "years"),
    ("CitizenPromise", "since"): (FIRST_YEAR, LAST_YEAR, "year"),
    ("CitizenDialogue", "since"): (FIRST_YEAR, LAST_YEAR, "year"),
    ("Cadence", "duration_minutes"): (1, 7 * 24 * 60, "minutes"),
    ("EvaluationSettings", "cycle_months"): (1, 12 * MAX_YEARS, "months"),
    ("EvaluationSettings", "report_interval_months"): (1, 12 * MAX_YEARS, "months"),
    ("SeasonCount", "times"): (1, 366, "times"),
}

#: Per period of a cadence: the most occurrences in one period (about one a day at
#: most) and the longest interval (:data:`MAX_YEARS` years).
_PER: dict[str, tuple[int, int]] = {
    "week": (7, 52 * MAX_YEARS + 9),
    "month": (31, 12 * MAX_YEARS),
    "quarter": (92, 4 * MAX_YEARS),
    "tertial": (123, 3 * MAX_YEARS),
    "half_year": (184, 2 * MAX_YEARS),
    "year": (366, MAX_YEARS),
}

T: Catalogue = {
    "date": {
        "sv": "förväntade ett datum från {first} till {last}, fick {got}",
        "en": "expected a date from {first} to {last}, got {got}",
    },
    "open_ended": {
        "sv": ' (en period som gäller tills vidare skrivs open_ended = true, utan "end")',
        "en": ' (a period that runs until further notice is open_ended = true, without "end")',
    },
    "count": {
        "sv": "förväntade ett heltal från {low} till {high}{unit}, fick {got}",
        "en": "expected an integer from {low} to {high}{unit}, got {got}",
    },
    "u_years": {"sv": " (år)", "en": " (years)"},
    "u_year": {"sv": " (ett årtal)", "en": " (a year)"},
    "u_minutes": {"sv": " (minuter, högst en vecka)", "en": " (minutes, at most a week)"},
    "u_months": {"sv": " (månader)", "en": " (months)"},
    "u_times": {"sv": "", "en": ""},
    "times": {
        "sv": "förväntade högst {high} tillfällen per {interval}{per} (ungefär ett om dagen), "
        "fick {got}",
        "en": "expected at most {high} occurrences per {interval}{per} (about one a day), "
        "got {got}",
    },
    "interval": {
        "sv": "förväntade ett intervall från 1 till {high} ({years} år), fick {got}",
        "en": "expected an interval from 1 to {high} ({years} years), got {got}",
    },
    "single_line": {
        "sv": "förväntade en text på en rad, utan radbrytning",
        "en": "expected a text on one line, without a line break",
    },
    "too_long": {
        "sv": "förväntade en text på högst {high} tecken, fick {got} tecken",
        "en": "expected a text of at most {high} characters, got {got} characters",
    },
    "id_too_long": {
        "sv": "förväntade ett id på högst {high} tecken, fick {got} tecken",
        "en": "expected an id of at most {high} characters, got {got} characters",
    },
    "per_week": {"sv": "vecka", "en": "week"},
    "per_month": {"sv": "månad", "en": "month"},
    "per_quarter": {"sv": "kvartal", "en": "quarter"},
    "per_tertial": {"sv": "tertial", "en": "tertial"},
    "per_half_year": {"sv": "halvår", "en": "half-year"},
    "per_year": {"sv": "år", "en": "year"},
}


def check_limits(data: object, lang: Lang = "sv") -> list[tuple[KeyPath, str]]:
    """Every value in ``data`` (parsed TOML) outside its bound, as (key path, message).

    Nesting needs no check of its own here: the walk follows the model, whose tables
    nest four deep, and never descends into a value of the wrong shape or an unknown
    key (both are the converter's to report). Only tomllib recurses per level; the
    loader turns its RecursionError into a located problem (:data:`MAX_DEPTH`).
    """
    found: list[tuple[KeyPath, str]] = []
    _walk_class(data, _plan(Governance), (), found, lang)
    return found


# -- the walk, planned once per model class -----------------------------------------
#
# A plan says, per TOML key of a class, what to check: ("class", plan), ("text", field),
# ("id",), ("count", field), ("date", field), each possibly inside ("tuple", check).
# Working it out from the type hints for every value made the walk a quarter of a load.

Check = tuple[Any, ...]


@functools.cache
def _plan(cls: type) -> tuple[str, dict[str, Check]]:
    plan: dict[str, Check] = {}
    # include_extras: Text, Id and Count are Annotated[str | int, ...] aliases; without it
    # they would all read as plain str and int.
    for name, hint in typing.get_type_hints(cls, include_extras=True).items():
        check = _check_for(hint, (cls.__name__, name))
        if check is not None:
            plan[name] = check
    return cls.__name__, plan


def _check_for(hint: Any, field: tuple[str, str]) -> Check | None:
    args = typing.get_args(hint)
    if args and type(None) in args:  # X | None
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            return None
        hint = rest[0]
    if typing.get_origin(hint) is tuple:
        inner = _check_for(typing.get_args(hint)[0], field)
        return None if inner is None else ("tuple", inner)
    if isinstance(hint, type) and attrs.has(hint):
        return ("class", hint)
    # Annotated aliases compare by value (as the converter matches them), not by identity.
    if hint == Text or hint is str:
        return ("text", field)
    if hint == Id:
        return ("id",)
    if hint == Count:
        return ("count", field)
    if hint is dt.date:
        return ("date", field)
    return None  # enums and booleans: the converter checks them


def _walk_class(
    value: object, plan: tuple[str, dict[str, Check]], path: KeyPath, found: Found, lang: Lang
) -> None:
    if not isinstance(value, dict):
        return
    name, checks = plan
    for key, item in value.items():
        check = checks.get(key)
        if check is not None:
            _apply(check, item, (*path, key), found, lang)
    if name == "Cadence":
        found.extend(_cadence(value, path, lang))


def _apply(check: Check, value: object, path: KeyPath, found: Found, lang: Lang) -> None:
    kind = check[0]
    if kind == "text":
        if isinstance(value, str) and (len(value) > MAX_LINE or "\n" in value or "\r" in value):
            found.extend(_text(value, path, check[1], lang))
    elif kind == "class":
        _walk_class(value, _plan(check[1]), path, found, lang)
    elif kind == "tuple":
        if isinstance(value, list):
            for i, item in enumerate(value):
                _apply(check[1], item, (*path, i), found, lang)
    elif kind == "id":
        if isinstance(value, str) and len(value) > MAX_ID:
            found.append((path, render(T, "id_too_long", lang, high=MAX_ID, got=len(value))))
    elif kind == "count":
        if isinstance(value, int) and not isinstance(value, bool):
            found.extend(_count(value, path, check[1], lang))
    elif kind == "date" and type(value) is dt.date and not FIRST_DATE <= value <= LAST_DATE:
        message = render(T, "date", lang, first=FIRST_DATE, last=LAST_DATE, got=value)
        if check[1] == ("Period", "end"):
            message += render(T, "open_ended", lang)
        found.append((path, message))


Found = list[tuple[KeyPath, str]]
Field = tuple[str, str] | None


def _text(value: str, path: KeyPath, field: Field, lang: Lang) -> Iterator[tuple[KeyPath, str]]:
    one_line = field in SINGLE_LINE
    if one_line and ("\n" in value or "\r" in value):
        yield path, render(T, "single_line", lang)
    high = MAX_LINE if one_line else MAX_TEXT
    if len(value) > high:
        yield path, render(T, "too_long", lang, high=high, got=len(value))


def _count(
    value: int, path: KeyPath, field: tuple[str, str], lang: Lang
) -> Iterator[tuple[KeyPath, str]]:
    if field in (("Cadence", "times"), ("Cadence", "interval")):
        return  # bounded against the cadence's period by _cadence
    low, high, unit = _COUNTS.get(field, (1, _MAX_COUNT, "times"))
    if value < 1:
        return  # the converter reports a count below one
    if not low <= value <= high:
        unit_text = render(T, f"u_{unit}", lang)
        yield path, render(T, "count", lang, low=low, high=high, unit=unit_text, got=value)


def _cadence(value: dict[str, Any], path: KeyPath, lang: Lang) -> Iterator[tuple[KeyPath, str]]:
    per = value.get("per", "year")
    if not isinstance(per, str) or per not in _PER:
        return
    most_times, most_interval = _PER[per]
    interval = value.get("interval", 1)
    if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
        return
    if interval > most_interval:
        yield (
            (*path, "interval"),
            render(T, "interval", lang, high=most_interval, years=MAX_YEARS, got=interval),
        )
        return
    times = value.get("times")
    if not isinstance(times, int) or isinstance(times, bool) or times < 1:
        return
    high = most_times * interval
    if times > high:
        word = render(T, f"per_{per}", lang)
        shown = f"{interval} " if interval > 1 else ""
        yield (
            (*path, "times"),
            render(T, "times", lang, high=high, interval=shown, per=word, got=times),
        )
