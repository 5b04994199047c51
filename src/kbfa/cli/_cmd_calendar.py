"""``kbfa calendar FILE --year YYYY [--ics OUT.ics]``: the årshjul as text or a calendar file.

The text lists the year month by month; ``--ics`` writes an RFC 5545 file instead (the
``icalendar`` library is imported only then) and prints where it went.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kbfa.cli._common import add_lang, load_one, year


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "calendar",
        help="årshjulet: möten, leveranser och frister för ett år, som text eller .ics",
        description=(
            "Visa årshjulet för ett år ur konfigurationen: möten, leveranser, redovisningar, "
            "uppföljningar och frister, månad för månad. Med --ics skrivs i stället en "
            "kalenderfil för e-postprogrammets kalender."
        ),
    )
    p.add_argument("file", metavar="FIL", help="kommunens konfiguration (.toml)")
    p.add_argument(
        "--year",
        type=year,
        default=None,
        metavar="ÅR",
        help="året (ÅÅÅÅ); standard innevarande år",
    )
    p.add_argument(
        "--ics",
        metavar="UT.ics",
        help="skriv en kalenderfil (RFC 5545) hit, - för standard ut; finns filen redan får "
        "ändrade poster ett högre versionsnummer (SEQUENCE), så att en ny import uppdaterar dem",
    )
    add_lang(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from kbfa.outputs.calendar_text import citation, render_calendar
    from kbfa.schedule import occurrences

    config = load_one(args.file, args.lang)
    the_year: int = args.year or dt.date.today().year
    found = occurrences(config.governance, the_year)

    def locate(path: tuple[str | int, ...]) -> str:
        return citation(config.locate(path))

    if args.ics is None:
        print(render_calendar(config.governance, found, the_year, args.lang, locate=locate), end="")
        return 0
    from kbfa.files import is_own_stream
    from kbfa.outputs.ics import build_ics, previous_export, write_ics

    # The file being replaced is the earlier export: events that changed since get a
    # higher SEQUENCE, so importing the new file updates them (see kbfa.outputs.ics).
    # Standard output (-) has no earlier export. A wrong --ics is reported here already.
    previous = previous_export(args.ics, inputs=[args.file], lang=args.lang)
    data = build_ics(
        config.governance, found, the_year, args.lang, locate=locate, previous=previous
    )
    shown = write_ics(args.ics, data, inputs=[args.file], lang=args.lang)
    # Not after a calendar sent to our own standard output (-, /dev/stdout): the line
    # would become part of it.
    if not args.quiet and not is_own_stream(args.ics):
        print(shown)
    return 0
