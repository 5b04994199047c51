"""``kbfa documents FILE -o DIR``: the governance documents in Word, from the config alone.

Writes the structure document, the åtgärdsplan (Brå's six columns) and a draft
samverkansöverenskommelse per partner; the list lives in
:data:`kbfa.outputs.docx.DOCUMENTS`. The template is checked before anything is
built, and no file is written until every document has been built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_one


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "documents",
        help="skriv styrdokumenten i Word: struktur, åtgärdsplan, överenskommelser",
        description=(
            "Skriv kommunens dokument för det brottsförebyggande arbetet i Word ur "
            "konfigurationen: strukturdokument, åtgärdsplan i Brås sex kolumner och ett "
            "utkast till samverkansöverenskommelse per samverkanspart."
        ),
    )
    p.add_argument("file", metavar="FIL", help="kommunens konfiguration (.toml)")
    p.add_argument(
        "-o", "--output", required=True, metavar="KATALOG", help="katalog att skriva till"
    )
    p.add_argument(
        "--template",
        metavar="MALL",
        help="kommunens Word-mall (.docx/.dotx); formatmallar, sidhuvud och sidfot behålls",
    )
    p.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="DATUM",
        help="datum dokumenten gäller (ÅÅÅÅ-MM-DD), t.ex. för årshjulets år; standard i dag",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from kbfa.outputs.docx import (
        BuildContext,
        build_documents,
        cleaning_notice,
        load_template,
        write_documents,
    )

    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    folder = Path(args.output)
    config = load_one(args.file, args.lang)
    template = load_template(args.template, args.lang) if args.template else None
    notice = cleaning_notice(template, args.lang) if template else None
    if notice:
        print(notice, file=sys.stderr)
    ctx = BuildContext(lang=args.lang, template=template, as_of=args.as_of or dt.date.today())
    docs = build_documents(config.governance, ctx)
    for path in write_documents(docs, folder, protected=protected, lang=args.lang):
        if not args.quiet:
            print(path)
    return 0
