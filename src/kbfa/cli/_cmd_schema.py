"""``kbfa schema [-o FIL]``: the config's JSON Schema, for TOML editors."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kbfa.cli._common import add_lang


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "schema",
        help="skriv konfigurationens JSON Schema (för editorer som Taplo/Even Better TOML)",
        description=(
            "Skriv JSON Schema för kommunens konfiguration, genererat från modellen, med en "
            "beskrivning och lagrum för varje nyckel. Peka på det med en rad "
            "'#:schema SÖKVÄG' överst i konfigurationen."
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FIL",
        help="skriv till FIL (.json, helt eller inte alls) i stället för till standard ut",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.files import write_output
    from kbfa.schema import schema_text

    text = schema_text(args.lang)
    if args.output and args.output != "-":
        write_output(args.output, text, suffixes=(".json",), lang=args.lang)
    else:
        sys.stdout.write(text)
    return 0
