"""``kbfa init [FIL]``: write a starting config for a new municipality."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from typing import Any

from kbfa.cli._common import add_lang
from kbfa.i18n import Catalogue, Lang, render

_MESSAGES: Catalogue = {
    "missing": {
        "sv": "kbfa init: {options} saknas. Ange {them} som flaggor, eller kör kommandot i en "
        "terminal så frågar det efter uppgifterna.",
        "en": "kbfa init: {options} missing. Give {them} as options, or run the command in a "
        "terminal and it asks for them.",
    },
    "it": {"sv": "den", "en": "it"},
    "them": {"sv": "dem", "en": "them"},
    "ask_name": {"sv": "Kommunens namn (t.ex. Hjo kommun): ", "en": "Municipality name: "},
    "ask_kommunkod": {
        "sv": "Kommunkod (fyra siffror; tom rad om det inte finns någon): ",
        "en": "Municipality code (4 digits; empty if there is none): ",
    },
    "ask_police_area": {
        "sv": "Lokalpolisområde (t.ex. Lokalpolisområde Skövde): ",
        "en": "Local police area: ",
    },
    "invalid": {"sv": "kbfa init: {problem}", "en": "kbfa init: {problem}"},
}

_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "--name"),
    ("kommunkod", "--kommunkod"),
    ("police_area", "--police-area"),
)
#: May be left out: a region acting as a municipality has no kommunkod.
_OPTIONAL = frozenset({"kommunkod"})


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "init",
        help="skapa en startkonfiguration för en ny kommun",
        description=(
            "Skriv en startkonfiguration med den struktur varje kommun behöver och svenska "
            "kommentarer om vad som ska fyllas i. En befintlig fil skrivs aldrig över. "
            "Utan flaggor frågar kommandot efter uppgifterna (bara i en terminal)."
        ),
    )
    p.add_argument(
        "path",
        nargs="?",
        metavar="FIL",
        help="filen som skapas (standard: namnet i gemener, t.ex. hjo-kommun.toml)",
    )
    p.add_argument("--name", help='kommunens namn, t.ex. "Hjo kommun"')
    p.add_argument(
        "--kommunkod", help="kommunkoden, fyra siffror, t.ex. 0684 (valfri, om det finns en)"
    )
    p.add_argument("--police-area", dest="police_area", help="lokalpolisområdet")
    p.add_argument(
        "--schema",
        metavar="SÖKVÄG",
        help="vad #:schema-raden pekar på (standard: repots schema, annars en kopia bredvid)",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def _ask(key: str, lang: Lang, ask: Callable[[str], str], check: Callable[[str], list[str]]) -> str:
    """Ask until the answer passes ``check``; EOF (Ctrl-D) ends the command."""
    while True:
        answer = ask(render(_MESSAGES, f"ask_{key}", lang)).strip()
        found = check(answer)
        if not found:
            return answer
        for problem in found:
            print(render(_MESSAGES, "invalid", lang, problem=problem), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from kbfa.files import is_own_stream
    from kbfa.schema import StarterInput, municipality_id, starter_problems, write_starter
    from kbfa.schema import describe_init as describe

    lang: Lang = args.lang
    values: dict[str, str | None] = {key: getattr(args, key) for key, _ in _FIELDS}
    missing = [flag for key, flag in _FIELDS if values[key] is None and key not in _OPTIONAL]
    if missing and not sys.stdin.isatty():
        options = ", ".join(missing)
        them = render(_MESSAGES, "it" if len(missing) == 1 else "them", lang)
        print(render(_MESSAGES, "missing", lang, options=options, them=them), file=sys.stderr)
        return 2
    asking = sys.stdin.isatty()
    for key, _ in _FIELDS:
        if values[key] is None and not asking:  # only an optional one is left: none
            values[key] = ""
        if values[key] is None:
            try:
                values[key] = _ask(key, lang, input, partial(_field_problems, key, lang=lang))
            except EOFError:
                print(file=sys.stderr)
                return 2
    given = StarterInput(
        name=values["name"] or "",
        kommunkod=values["kommunkod"] or "",
        police_area=values["police_area"] or "",
    )
    found = starter_problems(given, lang)
    if found:
        for problem in found:
            print(render(_MESSAGES, "invalid", lang, problem=problem), file=sys.stderr)
        return 2
    path = args.path or f"{municipality_id(given.name)}.toml"
    result = write_starter(path, given, schema_ref=args.schema, lang=lang)
    # Not after a config sent to our own standard output (-, /dev/stdout): the lines
    # would become part of it.
    if not args.quiet and not is_own_stream(path):
        print(describe(result, lang))
    return 0


def _field_problems(key: str, value: str, lang: Lang) -> list[str]:
    """Problems of one answer, checked with valid stand-ins for the other fields."""
    from kbfa.schema import StarterInput, starter_problems

    sample = {"name": "x", "kommunkod": "0000", "police_area": "x"} | {key: value}
    return starter_problems(StarterInput(**sample), lang)
