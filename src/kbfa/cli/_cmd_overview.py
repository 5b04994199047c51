"""``kbfa overview FILE... -o OUT``: one table of many municipalities, for county boards and Brå.

Exit status as ``kbfa check``: 0 when no municipality has a breach, 1 when one has
or when a file could not be evaluated at all (its row says why), 2 for usage
errors (an unknown output format, no input files) and unwritable output. The file
is written whenever the status is 0 or 1; ``--exit-zero`` turns 1 into 0 (for
``kbfa overview … && soffice …``), never 2. ``--help`` says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

from kbfa.cli._common import add_lang, as_of_date, config_files
from kbfa.cli._streams import visible
from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render

#: Above this many files, progress is shown on a terminal.
PROGRESS_FROM = 20

T: Catalogue = {
    "no_files": {
        "sv": "inga konfigurationsfiler (.toml) hittades i {paths}",
        "en": "no config files (.toml) found in {paths}",
    },
    "done": {
        "sv": (
            "{files}: {evaluated}, {breach} med brister, {failed} kunde inte läsas. Skrev {out}"
        ),
        "en": (
            "{files}: {evaluated}, {breach} with breaches, {failed} could not be read. Wrote {out}"
        ),
    },
}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "overview",
        help="översikt över många kommuner (Word, Excel, CSV eller JSON)",
        description=(
            "Bedöm många kommuners konfigurationer och skriv en översikt: en rad per kommun, "
            "en kolumn per skyldighet i lagen, utfallet i varje cell och summor per "
            "skyldighet. Filformatet väljs av utfilens ändelse: .docx (Word), .xlsx (Excel: "
            "ett blad per kommun och skyldighet, ett per fynd, ett med summor), .csv (samma "
            "tabeller, en fil var: UTFIL, UTFIL-fynd.csv och UTFIL-summor.csv) eller .json "
            "(samma export som kbfa check --format json). En fil som inte kan läsas blir en "
            "rad som säger varför."
        ),
        epilog=(
            "Slutstatus som för kbfa check: 0 när ingen kommun har en brist, 1 när någon har "
            "det eller en fil inte kunde läsas, 2 vid fel i anropet eller när utfilen inte "
            "kan skrivas. Vid 0 och 1 är utfilen skriven; --exit-zero ger 0 i stället för 1."
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FIL",
        help="kommunernas konfigurationer (.toml), eller mappar med sådana filer",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="UTFIL",
        help="utfil: .docx (Word), .xlsx (Excel), .csv (tre filer) eller .json (export med schema)",
    )
    p.add_argument(
        "--as-of",
        type=as_of_date,
        default=None,
        metavar="ÅÅÅÅ-MM-DD",
        help="bedöm som av detta datum (standard: i dag)",
    )
    p.add_argument(
        "--indikator",
        "--indicator",
        dest="indicators",
        action="append",
        default=[],
        metavar="NYCKEL",
        help="lägg till kolumner för en indikator: senaste värdet per 100 000 invånare, året "
        "och läget jämfört med riket, för varje kommun vars konfiguration har statistiken. "
        "NYCKEL är serien indikatorn läser (t.ex. ett nyckeltal i Kolada) eller indikatorns "
        "id; kan anges flera gånger",
    )
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="slutstatus 0 även när en kommun har brister (utfilen skrivs alltid)",
    )
    add_lang(p)
    p.set_defaults(handler=run)


class _Progress:
    """A one-line counter on a terminal, rewritten in place."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0

    def __call__(self, done: int, total: int, file: str) -> None:
        line = f"{done}/{total} {visible(Path(file).name)}"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        if done == total:
            self.stream.write("\r" + " " * self.width + "\r")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    # Imported here so `kbfa --help` and `kbfa check` do not load the evaluation twice over
    # or python-docx at all.
    from kbfa.files import check_output
    from kbfa.outputs.overview import (
        check_output_path,
        collect,
        counted,
        output_paths,
        write_overview,
    )

    lang: Lang = args.lang
    suffix = check_output_path(args.output, lang)
    # A name that matches nothing stays, to become a row saying the file does not exist.
    paths = [Path(p) for p in config_files(args.files, lang, strict=False)]
    if not paths:
        raise OutputError(render(T, "no_files", lang, paths=", ".join(args.files)))
    # Before the work, not after minutes of it.
    for out in output_paths(args.output, lang):
        binary = suffix in (".docx", ".xlsx")
        check_output(out, suffixes=(suffix,), protected=paths, binary=binary, lang=lang)
    stderr = sys.stderr
    show = len(paths) > PROGRESS_FROM and stderr.isatty() and not args.quiet
    overview = collect(
        paths,
        as_of=args.as_of or dt.date.today(),
        lang=lang,
        # The counter rewrites its line with a carriage return: kbfa's own, so unescaped.
        progress=_Progress(getattr(stderr, "raw", stderr)) if show else None,
        indicators=args.indicators,
    )
    written = write_overview(overview, args.output, protected=paths)
    breach = sum(1 for r in overview.evaluated if r.breaches)
    status = 1 if overview.any_breach and not args.exit_zero else 0
    if args.quiet:
        return status
    print(
        render(
            T,
            "done",
            lang,
            files=counted("files", len(overview.rows), lang),
            evaluated=counted("evaluated", len(overview.evaluated), lang),
            breach=breach,
            failed=len(overview.failed),
            out=", ".join(written),
        ),
        file=stderr,
    )
    return status
