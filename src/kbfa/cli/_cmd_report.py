"""``kbfa report FILE -o OUT.docx``: the compliance report in Word for kommunstyrelsen."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, line_text, load_one


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help="skriv efterlevnadsrapporten i Word",
        description=(
            "Skriv efterlevnadsrapporten i Word för kommunstyrelsen: hur kommunen uppfyller "
            "lag (2023:196) och sitt eget styrdokument, på klarspråk och högst några sidor: "
            "en sammanfattande bedömning, bedömningen per skyldighet, de viktigaste "
            "åtgärderna och vad kommunens organ behöver göra. Med --bilaga skrivs i stället "
            "bilagan för samordnaren: regelkoder, platser i konfigurationen, lagen i korthet "
            "och regelkatalogen."
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
    p.add_argument(
        "--bilaga",
        action="store_true",
        help="skriv bilagan för samordnaren (regelkoder, platser i konfigurationen, "
        "regelkatalog) i stället för rapporten",
    )
    p.add_argument(
        "--titel",
        type=line_text,
        metavar="TEXT",
        help="rapportens titel (standard Efterlevnadsrapport)",
    )
    p.add_argument(
        "--datum",
        type=as_of_date,
        default=None,
        metavar="DATUM",
        help="rapportens datum (ÅÅÅÅ-MM-DD); standard utvärderingsdatumet",
    )
    p.add_argument(
        "--dnr", type=line_text, metavar="DNR", help="rapportens diarienummer, t.ex. KS 2026/123"
    )
    p.add_argument(
        "--handlaggare",
        type=line_text,
        metavar="NAMN",
        help="handläggare, t.ex. ”Anna Andersson, samordnare”",
    )
    p.add_argument(
        "--forslag",
        action="store_true",
        help="ta med ett utkast till förslag till beslut på sidan 1–2",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.files import check_output, is_own_stream, write_output
    from kbfa.outputs.docx import (
        BuildContext,
        ReportIdentity,
        compliance_report,
        coordinator_appendix,
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
    identity = ReportIdentity(
        title=args.titel,
        date=args.datum,
        dnr=args.dnr,
        handlaggare=args.handlaggare,
        proposal=args.forslag,
    )
    build = coordinator_appendix if args.bilaga else compliance_report
    report = build(config, args.as_of or dt.date.today(), ctx, identity)
    data = document_bytes(report.document)
    shown = write_output(
        args.output, data, suffixes=docx, protected=protected, binary=True, lang=args.lang
    )
    # Not after a document sent to our own standard output (-, /dev/stdout): the line
    # would become part of it.
    if not args.quiet and not is_own_stream(args.output):
        print(shown)
    return 0
