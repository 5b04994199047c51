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
    "syntax_column": {
        "sv": " (tecken {column} på raden)",
        "en": " (character {column} of the line)",
    },
    "syntax_unclosed_string": {
        "sv": 'en text saknar sitt avslutande citattecken (") före radens slut',
        "en": 'a string has no closing quote (") before the end of the line',
    },
    "syntax_unterminated_string": {
        "sv": "en text saknar sitt avslutande citattecken: filen tar slut innan texten gör det",
        "en": "a string has no closing quote: the file ends before the string does",
    },
    "syntax_illegal_character": {
        "sv": "otillåtet tecken {char} (styrtecken i en text skrivs som \\t eller \\n)",
        "en": "character {char} is not allowed (control characters in a string are written "
        "as \\t or \\n)",
    },
    "syntax_invalid_value": {
        "sv": "värdet går inte att läsa: text skrivs inom citattecken, datum som 2024-03-21, "
        "tal och true/false utan citattecken",
        "en": "the value cannot be read: text goes in quotes, dates as 2024-03-21, numbers and "
        "true/false without quotes",
    },
    "syntax_expected_equals": {
        "sv": 'förväntade "=" efter nyckeln (nyckel = värde); mellanslag i en nyckel skrivs som _',
        "en": 'expected "=" after the key (key = value); spaces in a key are written as _',
    },
    "syntax_invalid_statement": {
        "sv": "raden är varken nyckel = värde, en [rubrik] eller en kommentar som börjar med # "
        "(en nyckel får bara innehålla a–z, A–Z, 0–9, _ och -)",
        "en": "the line is neither key = value, a [heading] nor a comment starting with # "
        "(a key may only contain a–z, A–Z, 0–9, _ and -)",
    },
    "syntax_trailing": {
        "sv": "något står efter värdet på raden; varje nyckel = värde står på en egen rad och "
        "en kommentar börjar med #",
        "en": "something follows the value on the line; each key = value goes on its own line "
        "and a comment starts with #",
    },
    "syntax_declared_twice": {
        "sv": "tabellen [{key}] är redan skriven tidigare i filen (en lista av tabeller "
        "skrivs [[{key}]], en rubrik per post)",
        "en": "the table [{key}] is already written earlier in the file (a list of tables is "
        "written [[{key}]], one heading per item)",
    },
    "syntax_overwrite": {
        "sv": "nyckeln har redan ett värde här: den står två gånger i samma tabell",
        "en": "the key already has a value here: it appears twice in the same table",
    },
    "syntax_table_bracket": {
        "sv": 'rubriken saknar sin avslutande "]"',
        "en": 'the heading lacks its closing "]"',
    },
    "syntax_array_bracket": {
        "sv": 'rubriken saknar sina avslutande "]]"',
        "en": 'the heading lacks its closing "]]"',
    },
    "syntax_namespace": {
        "sv": "{key} är redan skriven som en hel tabell {{ ... }} eller lista och kan inte "
        "byggas på här",
        "en": "{key} is already written as a whole table {{ ... }} or list and cannot be "
        "added to here",
    },
    "syntax_key_character": {
        "sv": "en nyckel får bara innehålla a–z, A–Z, 0–9, _ och - (å, ä, ö och mellanslag "
        "går inte)",
        "en": "a key may only contain a–z, A–Z, 0–9, _ and - (no spaces or accented letters)",
    },
    "syntax_unclosed_array": {
        "sv": 'listan saknar sin avslutande "]" (eller ett kommatecken mellan två värden)',
        "en": 'the list lacks its closing "]" (or a comma between two values)',
    },
    "syntax_inline_duplicate": {
        "sv": "nyckeln {key} står två gånger i samma {{ ... }}",
        "en": "the key {key} appears twice in the same {{ ... }}",
    },
    "syntax_unclosed_inline_table": {
        "sv": 'tabellen {{ ... }} saknar sin avslutande "}}" (eller ett kommatecken); den '
        "måste stå på en rad",
        "en": 'the table {{ ... }} lacks its closing "}}" (or a comma); it must be on one line',
    },
    "syntax_backslash": {
        "sv": "ett ensamt \\ i en text: skriv \\\\ eller använd enkla citattecken '...'",
        "en": "a lone \\ in a string: write \\\\ or use single quotes '...'",
    },
    "syntax_escape": {
        "sv": "en \\u-kod i en text är ogiltig",
        "en": "a \\u escape in a string is not valid",
    },
    "syntax_date": {
        "sv": "datumet finns inte eller är fel skrivet: skriv ÅÅÅÅ-MM-DD, t.ex. 2024-03-21",
        "en": "the date does not exist or is mistyped: write YYYY-MM-DD, e.g. 2024-03-21",
    },
    "syntax_expected": {"sv": "förväntade {char}", "en": "expected {char}"},
    "too_big": {
        "sv": "texten är för stor för en konfiguration",
        "en": "the text is too large for a config",
    },
    "too_deep": {
        "sv": "för djupt nästlade tabeller eller listor (högst {high} nivåer)",
        "en": "tables or arrays nested too deep (at most {high} levels)",
    },
    "long_number": {
        "sv": "ett heltal med för många siffror",
        "en": "an integer with too many digits",
    },
    "unknown_key": {"sv": 'okänd nyckel "{key}"{hint}', "en": 'unknown key "{key}"{hint}'},
    "newer_format": {
        "sv": "filen är skriven för format_version {version}, men den här kbfa läser till och "
        "med version {current}; uppdatera kbfa",
        "en": "the file is written for format_version {version}, but this kbfa reads up to "
        "version {current}; upgrade kbfa",
    },
    "renamed_key": {
        "sv": 'nyckeln "{old}" heter "{new}" sedan format_version {version}; byt namn på '
        "nyckeln (se docs/format.md)",
        "en": 'the key "{old}" is called "{new}" since format_version {version}; rename the '
        "key (see docs/format.md)",
    },
    "renamed_key_old_file": {
        "sv": 'nyckeln "{old}" heter "{new}" sedan format_version {version}, och filen är '
        "skriven för version {file}; byt namn på nyckeln och sätt format_version = {current} "
        "(se docs/format.md)",
        "en": 'the key "{old}" is called "{new}" since format_version {version}, and the file '
        "is written for version {file}; rename the key and set format_version = {current} "
        "(see docs/format.md)",
    },
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
    "t_bidi": {
        "sv": "en text utan tecken som vänder textens riktning (tecken {char} på plats {index})",
        "en": "a string without characters that override the text direction "
        "(character {char} at position {index})",
    },
    "t_nonchar": {
        "sv": "en text utan icke-tecken som U+FFFE (tecken {char} på plats {index})",
        "en": "a string without non-characters such as U+FFFE (character {char} at position "
        "{index})",
    },
    "t_id": {
        "sv": "ett id av gemena bokstäver a–z, siffror, _ och -",
        "en": "an id of lower-case letters a–z, digits, _ and -",
    },
    "t_count": {"sv": "ett heltal större än noll", "en": "an integer greater than zero"},
    "t_year": {
        "sv": "ett årtal mellan {low} och {high}",
        "en": "a year between {low} and {high}",
    },
    "t_number": {"sv": "ett tal", "en": "a number"},
    "t_area": {
        "sv": 'en områdeskod med fyra siffror ("0000" riket, "00NN" ett län, "NNNN" en kommun)',
        "en": 'an area code of four digits ("0000" the country, "00NN" a county, "NNNN" a '
        "municipality)",
    },
    "t_benchmark": {
        "sv": "en tabell som {{ year = 2025, value = 42 }} (förklarande text skrivs i note)",
        "en": "a table like {{ year = 2025, value = 42 }} (explaining text goes in note)",
    },
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
    "duplicate_id_at": {
        "sv": 'id "{value}" används redan i {first}',
        "en": 'id "{value}" is already used in {first}',
    },
    "document_id_missing": {
        "sv": 'ett dokument under [[documents]] behöver ett id (id = "..."), som kraven '
        "hänvisar till med document",
        "en": 'a document under [[documents]] needs an id (id = "..."), which requirements '
        "name with document",
    },
    "document_id_reserved": {
        "sv": '"{value}" är namnet på huvuddokumentet [steering_document]; välj ett annat id',
        "en": '"{value}" is the name of the main document [steering_document]; choose another id',
    },
    "unknown_version": {
        "sv": 'versionen "{value}" finns inte bland versionerna av "{title}" ({known})',
        "en": 'the version "{value}" is not among the versions of "{title}" ({known})',
    },
    "member_kind": {
        "sv": 'member = true gäller bara ett kommunalförbund (kind = "municipal_association") '
        'eller en gemensam nämnd (kind = "joint_committee"), inte kind = "{kind}"',
        "en": "member = true only applies to a municipal association (kind = "
        '"municipal_association") or a joint committee (kind = "joint_committee"), not '
        'kind = "{kind}"',
    },
    "signatory_not_party": {
        "sv": 'rollen "{value}" hör till "{org}", som inte är part ({parties}); en roll '
        "skriver under för den part den hör till",
        "en": 'the role "{value}" belongs to "{org}", which is not a party ({parties}); a role '
        "signs for the party it belongs to",
    },
    "commitment_party": {
        "sv": '"{value}" är inte part i medborgarlöftet ({parties}); utelämna party för det '
        "parterna lovar tillsammans",
        "en": '"{value}" is not a party to the citizen promise ({parties}); leave party out for '
        "what the parties promise together",
    },
    "unknown_key_shape": {
        "sv": 'nyckeln "{value}" ska vara en sökväg med punkter, t.ex. '
        '"agreements.samverkan-polis.purposes"',
        "en": 'the key "{value}" must be a dotted path, e.g. "agreements.samverkan-polis.purposes"',
    },
    "unknown_key_field": {
        "sv": 'nyckeln "{value}" finns inte i {table}{hint}',
        "en": 'there is no key "{value}" in {table}{hint}',
    },
    "unknown_key_id": {
        "sv": 'id:t "{value}" finns inte bland {table}{hint}',
        "en": 'the id "{value}" is not among {table}{hint}',
    },
    "unknown_key_deeper": {
        "sv": '"{value}" kan inte anges närmare i "{table}": markera hela listan som okänd',
        "en": '"{value}" cannot be named more closely in "{table}": mark the whole list unknown',
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
    "mandate_only_times": {
        "sv": 'med per = "mandate_period" anges bara times (en mandatperiod i taget), inte {field}',
        "en": 'with per = "mandate_period" only times is given (one mandate period at a time), '
        "not {field}",
    },
    "start_month_range": {
        "sv": "start_month ska vara en månad 1–12 (1 = januari, 12 = december), fick {value}",
        "en": "start_month must be a month 1–12 (1 = January, 12 = December), got {value}",
    },
    "start_month_week": {
        "sv": 'start_month gäller inte veckor; ange start_week (vecka 1–53) för per = "week"',
        "en": 'start_month does not apply to weeks; give start_week (week 1–53) for per = "week"',
    },
    "start_month_mandate": {
        "sv": "en mandatperiod börjar alltid den 15 oktober valåret; ta bort start_month",
        "en": "a mandate period always starts on 15 October of the election year; remove "
        "start_month",
    },
    "start_month_fixed": {
        "sv": "start_month kan inte kombineras med seasons eller window, som redan anger månaderna",
        "en": "start_month cannot be combined with seasons or window, which already give the "
        "months",
    },
    "start_month_every_month": {
        "sv": "start_month betyder något först när en period är längre än en månad "
        '(t.ex. per = "month" med interval = 4 för var fjärde månad)',
        "en": "start_month only means something when a period is longer than a month "
        '(e.g. per = "month" with interval = 4 for every fourth month)',
    },
    "start_month_divide": {
        "sv": "med start_month måste perioderna dela året jämnt, men de blir {months} månader "
        "långa; det går med 2, 3, 4, 6 eller 12 månader",
        "en": "with start_month the periods must divide the year evenly, but they are {months} "
        "months long; 2, 3, 4, 6 or 12 months work",
    },
    "start_week_per": {
        "sv": 'start_week gäller bara per = "week"; för längre perioder anges start_month',
        "en": 'start_week only applies to per = "week"; longer periods take start_month',
    },
    "start_week_range": {
        "sv": "start_week ska vara en vecka 1–53, fick {value}",
        "en": "start_week must be a week 1–53, got {value}",
    },
    "period_two_lengths": {
        "sv": "ange längden antingen i år (length_years) eller i månader (length_months), "
        "inte båda",
        "en": "give the length either in years (length_years) or in months (length_months), "
        "not both",
    },
    "period_mandate_length": {
        "sv": "mandate_period = true bestämmer redan längden (fyra år från den 15 oktober "
        "valåret); ta bort {field}",
        "en": "mandate_period = true already sets the length (four years from 15 October of "
        "the election year); remove {field}",
    },
    "requirement_field": {
        "sv": 'ett krav av typen "{kind}" behöver nyckeln "{field}"',
        "en": 'a requirement of kind "{kind}" needs the key "{field}"',
    },
    "dataset_mapping": {
        "sv": 'format = "{format}" behöver en mapping som säger vilka kolumner som är vad',
        "en": 'format = "{format}" needs a mapping saying which column is what',
    },
    "dataset_no_mapping": {
        "sv": 'mapping används bara för format = "table" och "est", inte "{format}"',
        "en": 'mapping is only for format = "table" and "est", not "{format}"',
    },
    "kolada_attribution": {
        "sv": 'Kolada kräver att källan anges: skriv attribution = "Källa: Kolada"',
        "en": 'Kolada requires its credit: write attribution = "Källa: Kolada"',
    },
    "denominator_without_data": {
        "sv": "en nämnare (denominator) behöver en täljare: ange data",
        "en": "a denominator needs a numerator: give data",
    },
    "denominator_unit": {
        "sv": 'med en nämnare blir värdet en andel: unit ska vara "per_100000", "per_1000" '
        'eller "percent"',
        "en": 'with a denominator the value is a rate: unit must be "per_100000", "per_1000" '
        'or "percent"',
    },
    "target_before_baseline": {
        "sv": "målåret {year} ligger före utgångsåret {base}",
        "en": "the target year {year} is before the baseline year {base}",
    },
    "unit_clash": {
        "sv": 'enheten "{unit}" stämmer inte med datasetet {dataset}, vars värden är "{data}"',
        "en": 'the unit "{unit}" does not match the dataset {dataset}, whose values are "{data}"',
    },
    "unit_clash_rate": {
        "sv": 'med en nämnare ska datasetet {dataset} räkna antal (unit = "count"), inte "{data}"',
        "en": 'with a denominator the dataset {dataset} must count (unit = "count"), not "{data}"',
    },
    "waiver_of_law": {
        "sv": "{code} är en regel i lagen ({sv}); ett kommunalt beslut kan inte sätta en "
        "lag ur spel, så den kan inte undantas. Förklara avvikelsen under [[explanations]] i "
        "stället: förklaringen visas bredvid fyndet och bedömningen står kvar",
        "en": "{code} is a rule of the law ({en}); no municipal decision can set a statute "
        "aside, so it cannot be waived. Explain the deviation under [[explanations]] instead: "
        "the explanation is shown beside the finding and the verdict stays",
    },
    "ns_organisations": {"sv": "organisations", "en": "organisations"},
}
