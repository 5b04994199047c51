"""``kbfa uppfoljning FILE -o uppfoljning.docx``: the 6 § follow-up of the åtgärdsplan.

Per measure its cause and problem, its indicators' baseline, target and latest value,
a status (på väg mot målet / inte på väg mot målet / ingen data) and the date the
next follow-up is due under 6 § (the rules' own clock, as KBFA-L6D). ``--format json``
gives the same data as JSON (docs/uppfoljning-json.md), to standard output or ``-o``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kbfa.cli._common import add_lang, as_of_date, load_one


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "uppfoljning",
        help="skriv uppföljningen av åtgärdsplanen (6 §) i Word eller JSON",
        description=(
            "Skriv ett utkast till uppföljning av åtgärdsplanen (6 § lag (2023:196)): per "
            "åtgärd orsak och problem, indikatorernas utgångsläge, mål och senaste värde, "
            "status (på väg mot målet, inte på väg mot målet, ingen data) och när nästa "
            "uppföljning senast ska göras. Läser filerna som [[datasets]] pekar på; använder "
            "inte nätverket."
        ),
    )
    p.add_argument("file", metavar="FIL", help="kommunens konfiguration (.toml)")
    p.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="UT",
        help="fil att skriva: .docx, eller .json med --format json (- för standard ut); "
        "krävs för docx, JSON skrivs annars till standard ut",
    )
    p.add_argument(
        "--format", choices=("docx", "json"), default="docx", help="utdataformat (standard docx)"
    )
    p.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="DATUM",
        help="datum uppföljningen avser (ÅÅÅÅ-MM-DD); standard i dag",
    )
    p.add_argument(
        "--template",
        metavar="MALL",
        help="kommunens Word-mall (.docx/.dotx); formatmallar, sidhuvud och sidfot behålls",
    )
    add_lang(p)
    p.set_defaults(handler=run)


_NEEDS_OUTPUT = {
    "sv": "kbfa uppfoljning: ange -o UT.docx (Word skrivs bara till en fil eller -)",
    "en": "kbfa uppfoljning: give -o OUT.docx (Word is written to a file or -)",
}


def run(args: argparse.Namespace) -> int:
    from kbfa.data import dataset_path, indicator_data
    from kbfa.errors import KbfaError
    from kbfa.files import check_output, is_own_stream, write_output
    from kbfa.outputs.follow_up import collect_follow_up, follow_up_json

    as_of = args.as_of or dt.date.today()
    json_out = args.format == "json"
    suffixes = (".json",) if json_out else (".docx",)
    if args.output is None and not json_out:
        raise KbfaError(_NEEDS_OUTPUT[args.lang])
    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    if args.output is not None:
        check_output(
            args.output, suffixes=suffixes, protected=protected, binary=not json_out, lang=args.lang
        )
    config = load_one(args.file, args.lang)
    protected += [dataset_path(ds, config.file) for ds in config.governance.datasets]
    statistics = indicator_data(config, lang=args.lang)
    follow_up = collect_follow_up(config.governance, statistics, as_of)
    data: bytes | str
    if json_out:
        data = follow_up_json(follow_up, args.lang)
        if args.output is None:
            sys.stdout.write(data)
            return 0
    else:
        from kbfa.outputs.docx import BuildContext, build_follow_up, document_bytes, load_template

        template = load_template(args.template, args.lang) if args.template else None
        for notice in template.notices(args.lang) if template is not None else ():
            print(notice, file=sys.stderr)
        ctx = BuildContext(lang=args.lang, template=template, as_of=as_of)
        data = document_bytes(build_follow_up(config.governance, follow_up, ctx).document)
    shown = write_output(
        args.output,
        data,
        suffixes=suffixes,
        protected=protected,
        binary=not json_out,
        lang=args.lang,
    )
    if not args.quiet and not is_own_stream(args.output):
        print(shown)
    return 0
