"""The overview as CSV for Excel on a Swedish Windows computer.

Excel opens a double-clicked ``.csv`` with the computer's list separator, which is
``;`` under Swedish regional settings (the comma is the decimal sign), and reads it
as UTF-8 only when the file starts with a byte-order mark; without one "Nässjö"
shows as "NÃ¤ssjÃ¶". So the file is UTF-8 with BOM, ``;``-separated, CRLF line
ends, every field quoted when it needs to be. (A ``sep=;`` first line would also
fix the separator, but Excel then ignores the BOM, so it is not used.)
LibreOffice and ``csv.reader(open(f, encoding="utf-8-sig"), delimiter=";")`` read
the same file.

The overview is three tables (:mod:`kbfa.outputs.overview._sheets`), and a CSV file
holds one table: ``-o oversikt.csv`` writes the municipalities to ``oversikt.csv``,
one row per finding to ``oversikt-fynd.csv`` and the totals to ``oversikt-summor.csv``
(``-findings``, ``-totals`` in English), all three or none. Totals in a file of their
own can never be sorted, filtered or pivoted into the data, as rows under it would be.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

from kbfa.files import write_outputs
from kbfa.i18n import Lang
from kbfa.outputs.overview._json import export_data
from kbfa.outputs.overview._messages import text
from kbfa.outputs.overview._sheet import Sheet
from kbfa.outputs.overview._sheets import TABLES, sheets
from kbfa.outputs.overview._table import Overview

__all__ = ["csv_paths", "overview_rows", "render_csv", "write_csv"]

#: The message key of each table's file-name suffix (the first table has none).
_SUFFIX = {"findings": "csv_findings", "totals": "csv_totals"}


def _sheet(overview: Overview, table: str) -> Sheet:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    return next(s for s in sheets(export_data(overview)) if s.key == table)


def overview_rows(overview: Overview, table: str = "municipalities") -> list[list[str]]:
    """A table as rows of strings, the header first: ``municipalities`` (one row per
    file, two columns per duty: "4 § Lägesbild (utformning)", "4 § Lägesbild
    (genomförande)"), ``findings`` or ``totals``."""
    sheet = _sheet(overview, table)
    return [sheet.header, *([c.text for c in row] for row in sheet.rows())]


def _inert(value: str) -> str:
    # Configs come from many municipalities: a name like "=HYPERLINK(...)" must stay text
    # in Excel, not become a formula (OWASP's advice for CSV: a leading apostrophe).
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _render(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([_inert(v) for v in row] for row in rows)
    return buffer.getvalue()


def render_csv(overview: Overview, table: str = "municipalities") -> str:
    """One table's CSV text (without the byte-order mark, which the file gets)."""
    return _render(overview_rows(overview, table))


def csv_paths(path: str | os.PathLike[str], lang: Lang = "sv") -> list[Path]:
    """The files ``-o path`` writes, one per table: ``path``, then ``STEM-fynd.csv`` and
    ``STEM-summor.csv`` beside it (``-findings``, ``-totals`` in English)."""
    main = Path(path)
    return [main] + [
        main.with_name(f"{main.stem}-{text(_SUFFIX[t], lang)}{main.suffix}") for t in TABLES[1:]
    ]


def write_csv(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> list[str]:
    """Write every table to its file (:func:`csv_paths`), all or none; returns the names."""
    tables = sheets(export_data(overview))
    items = [
        (
            target,
            _render([sheet.header, *([c.text for c in r] for r in sheet.rows())]).encode(
                "utf-8-sig"
            ),
        )
        for target, sheet in zip(csv_paths(path, overview.lang), tables, strict=True)
    ]
    return write_outputs(items, suffixes=(".csv",), protected=protected, lang=overview.lang)
