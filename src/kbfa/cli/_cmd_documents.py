"""``kbfa documents FILE -o DIR``: the governance documents in Word, from the config alone.

Writes the structure document (with an organisation chart), the åtgärdsplan (decision
block, Brå's six columns), a samverkansöverenskommelse per agreement or partner, a
medborgarlöfte and the årshjul (grid, wheel, month by month); the list lives in
:data:`kbfa.outputs.docx.DOCUMENTS`. The template is checked before anything is
built, and no file is written until every document has been built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_one, year


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "documents",
        help="skriv styrdokumenten i Word: struktur, åtgärdsplan, överenskommelser, årshjul",
        description=(
            "Skriv kommunens dokument för det brottsförebyggande arbetet i Word ur "
            "konfigurationen: strukturdokument med organisationsschema, åtgärdsplan med "
            "beslutsruta i Brås sex kolumner, en samverkansöverenskommelse per överenskommelse "
            "eller samverkanspart (en mall för en grupp av parter), medborgarlöfte och "
            "årshjul (tabell på en sida, hjul, månad för månad) för --year, annars för "
            "datumets år, eller nästa år från den 1 oktober. Saknar mallen formatmallar "
            "läggs de till utifrån mallens egna."
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
        help="datum dokumenten gäller (ÅÅÅÅ-MM-DD); standard i dag",
    )
    p.add_argument(
        "--year",
        type=year,
        default=None,
        metavar="ÅR",
        help="årshjulets år; standard datumets år, eller nästa år från den 1 oktober",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    from kbfa.outputs.docx import (
        BuildContext,
        build_documents,
        load_template,
        write_documents,
    )

    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    folder = Path(args.output)
    config = load_one(args.file, args.lang)
    template = load_template(args.template, args.lang) if args.template else None
    # What cleaning removed from the template, then the styles kbfa added to it.
    for notice in template.notices(args.lang) if template is not None else ():
        print(notice, file=sys.stderr)
    ctx = BuildContext(
        lang=args.lang, template=template, as_of=args.as_of or dt.date.today(), year=args.year
    )
    docs = build_documents(config.governance, ctx)
    for path in write_documents(docs, folder, protected=protected, lang=args.lang):
        if not args.quiet:
            print(path)
    return 0
