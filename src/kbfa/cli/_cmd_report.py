"""``kbfa report FILE -o OUT.docx``: the compliance report in Word for kommunstyrelsen."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_one


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="skriv efterlevnadsrapporten i Word",
        description=(
            "Skriv en efterlevnadsrapport i Word för kommunstyrelsen: hur kommunen uppfyller "
            "lag (2023:196) och sitt eget styrdokument, per skyldighet, med belägg, bedömning "
            "och vad som behöver göras."
        ),
    )
    p.add_argument("file", metavar="FIL", help="kommunens konfiguration (.toml)")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="UT.docx",
        help="Word-fil att skriva (- för standard ut)",
    )
    p.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="DATUM",
        help="utvärderingsdatum (ÅÅÅÅ-MM-DD); standard i dag",
    )
    p.add_argument(
        "--template",
        metavar="MALL",
        help="kommunens Word-mall (.docx/.dotx); formatmallar, sidhuvud och sidfot behålls",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.files import check_output, is_own_stream, write_output
    from kbfa.outputs.docx import (
        BuildContext,
        compliance_report,
        document_bytes,
        load_template,
    )

    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    docx = (".docx",)
    # Checked before the work, so a wrong -o is reported at once.
    check_output(args.output, suffixes=docx, protected=protected, binary=True, lang=args.lang)
    config = load_one(args.file, args.lang)
    template = load_template(args.template, args.lang) if args.template else None
    # What cleaning removed from the template, then the styles kbfa added to it.
    for notice in template.notices(args.lang) if template is not None else ():
        print(notice, file=sys.stderr)
    ctx = BuildContext(lang=args.lang, template=template, as_of=args.as_of)
    report = compliance_report(config, args.as_of or dt.date.today(), ctx)
    data = document_bytes(report.document)
    shown = write_output(
        args.output, data, suffixes=docx, protected=protected, binary=True, lang=args.lang
    )
    # Not after a document sent to our own standard output (-, /dev/stdout): the line
    # would become part of it.
    if not args.quiet and not is_own_stream(args.output):
        print(shown)
    return 0
