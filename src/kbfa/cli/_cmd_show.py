"""``kbfa show FILE...``: a readable summary of each municipality's organisation."""

from __future__ import annotations

import argparse
from typing import Any

from kbfa.cli._common import add_lang, load_all


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "show",
        help="visa kommunens organisation i klartext",
        description="Visa en läsbar sammanfattning av kommunens organisation för arbetet.",
    )
    p.add_argument("files", nargs="+", metavar="FIL", help="kommunens konfiguration (.toml)")
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.outputs.summary import render_summary

    configs = load_all(args.files, args.lang)
    print("\n\n".join(render_summary(c.governance, args.lang) for c in configs))
    return 0
