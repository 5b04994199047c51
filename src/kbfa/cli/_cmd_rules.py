"""``kbfa rules [FILE...]``: the rule catalogue, and each given municipality's own rules."""

from __future__ import annotations

import argparse
from typing import Any

from kbfa.cli._common import add_lang, load_all


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "rules",
        help="lista reglerna: lagens, Brås och (med FIL) kommunens egna",
        description=(
            "Lista alla regler med kod, lagrum och rubrik. Med en eller flera konfigurationer "
            "listas även kommunernas egna regler från deras styrdokument."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FIL", help="kommunens konfiguration (.toml)")
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.outputs.rules_text import render_catalogue

    configs = load_all(args.files, args.lang)
    print(render_catalogue([c.governance for c in configs], args.lang), end="")
    return 0
