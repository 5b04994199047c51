"""``kbfa lagesbild FILE -o lagesbild.docx``: a draft lägesbild in Word from the config's data.

Brå's structure (kartläggning, annan information, analys, källor), a chart and a table
per indicator, Brå's analysis questions left for the municipality to answer. Reads
the files the config's ``[[datasets]]`` name; bad data exits 2 with file, row and
column, and nothing is written.
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
        "lagesbild",
        help="skriv ett utkast till lägesbild i Word ur indikatorernas statistik",
        description=(
            "Skriv ett utkast till lägesbild (4 § lag (2023:196)) i Word, i Brås struktur: "
            "kartläggning av brottslighetens omfattning och konsekvenser, annan information, "
            "analys och källor med deras begränsningar. Varje indikator får ett diagram "
            "(kommunen jämfört med länet och riket över tid) och en tabell med senaste värde, "
            "förändring och läge. Analysens frågor lämnas åt kommunen att besvara. Läser "
            "filerna som [[datasets]] pekar på; använder inte nätverket."
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
        help="datum utkastet gäller (ÅÅÅÅ-MM-DD); standard i dag",
    )
    p.add_argument(
        "--template",
        metavar="MALL",
        help="kommunens Word-mall (.docx/.dotx); formatmallar, sidhuvud och sidfot behålls",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.data import indicator_data
    from kbfa.files import check_output, is_own_stream, write_output
    from kbfa.outputs.docx import BuildContext, build_lagesbild, document_bytes, load_template

    protected = [Path(args.file)] + ([Path(args.template)] if args.template else [])
    docx = (".docx",)
    check_output(args.output, suffixes=docx, protected=protected, binary=True, lang=args.lang)
    config = load_one(args.file, args.lang)
    protected += _data_files(config)
    statistics = indicator_data(config, lang=args.lang)
    template = load_template(args.template, args.lang) if args.template else None
    for notice in template.notices(args.lang) if template is not None else ():
        print(notice, file=sys.stderr)
    ctx = BuildContext(lang=args.lang, template=template, as_of=args.as_of or dt.date.today())
    doc = build_lagesbild(config.governance, statistics, ctx)
    shown = write_output(
        args.output,
        document_bytes(doc.document),
        suffixes=docx,
        protected=protected,
        binary=True,
        lang=args.lang,
    )
    if not args.quiet and not is_own_stream(args.output):
        print(shown)
    return 0


def _data_files(config: Any) -> list[Path]:
    """The statistics files the config names: inputs, never to be written over."""
    from kbfa.data import dataset_path

    return [dataset_path(ds, config.file) for ds in config.governance.datasets]
