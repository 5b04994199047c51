"""``kbfa report FILE -o OUT.docx``: the compliance report in Word for kommunstyrelsen."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_all
from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, render

T: Catalogue = {
    "suffix": {
        "sv": "{path}: utfilen ska vara ett Word-dokument som slutar på .docx",
        "en": "{path}: the output file must be a Word document ending in .docx",
    },
}


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
    p.add_argument("-o", "--output", required=True, metavar="UT.docx", help="Word-fil att skriva")
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
    from kbfa.outputs.docx import (
        BuildContext,
        compliance_report,
        document_bytes,
        load_template,
        write_atomically,
    )

    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        raise OutputError(render(T, "suffix", args.lang, path=out))
    config = load_all([args.file], args.lang)[0]
    template = load_template(args.template, args.lang) if args.template else None
    if template is not None and (notice := template.notice(args.lang)):
        import sys

        print(notice, file=sys.stderr)
    ctx = BuildContext(lang=args.lang, template=template, as_of=args.as_of)
    report = compliance_report(config, args.as_of or dt.date.today(), ctx)
    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    write_atomically(document_bytes(report.document), out, protected=protected, lang=args.lang)
    print(out)
    return 0
