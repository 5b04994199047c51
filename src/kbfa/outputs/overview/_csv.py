"""The overview as CSV for Excel on a Swedish Windows computer.

Excel opens a double-clicked ``.csv`` with the computer's list separator, which is
``;`` under Swedish regional settings (the comma is the decimal sign), and reads it
as UTF-8 only when the file starts with a byte-order mark; without one "Nässjö"
shows as "NÃ¤ssjÃ¶". So the file is UTF-8 with BOM, ``;``-separated, CRLF line
ends, every field quoted when it needs to be. (A ``sep=;`` first line would also
fix the separator, but Excel then ignores the BOM, so it is not used.)
LibreOffice and ``csv.reader(open(f, encoding="utf-8-sig"), delimiter=";")`` read
the same file.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

from kbfa.files import write_output
from kbfa.outputs.duty_cells import LEVELS, duty_cell, level_word
from kbfa.outputs.overview._messages import text, verdict_word
from kbfa.outputs.overview._table import VERDICT_ORDER, Overview, first_problem

__all__ = ["overview_rows", "render_csv", "write_csv"]


def overview_rows(overview: Overview) -> list[list[str]]:
    """The table as rows of strings: header, one row per file, then the totals.

    Each duty has two columns, its design verdict and its practice verdict
    ("4 § Lägesbild (utformning)", "4 § Lägesbild (genomförande)").
    """
    lang = overview.lang
    columns = [(d, level) for d in overview.duties for level in LEVELS]
    header = [
        text("municipality", lang),
        text("file", lang),
        *(f"{d.heading} ({level_word(level, lang)})" for d, level in columns),
        text("note", lang),
    ]
    out = [header]
    for row in overview.rows:
        if row.failed:
            cells = [text("not_read", lang)] * len(columns)
            name = Path(row.file).name
        else:
            cells = [duty_cell(row.verdict(d.key, level), lang) for d, level in columns]
            name = row.municipality or ""
        out.append([name, row.file, *cells, first_problem(row, lang)])
    totals = {level: overview.totals(level) for level in LEVELS}
    for verdict in VERDICT_ORDER:
        label = text("total_label", lang, what=verdict_word(verdict, lang))
        counts = [str(totals[level][d.key][verdict]) for d, level in columns]
        out.append([label, "", *counts, ""])
    label = text("total_label", lang, what=text("not_read", lang))
    out.append([label, "", *(str(totals[level][d.key].not_read) for d, level in columns), ""])
    return out


def _inert(value: str) -> str:
    # Configs come from many municipalities: a name like "=HYPERLINK(...)" must stay text
    # in Excel, not become a formula (OWASP's advice for CSV: a leading apostrophe).
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(overview: Overview) -> str:
    """The CSV text (without the byte-order mark, which :func:`write_csv` adds)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([_inert(v) for v in row] for row in overview_rows(overview))
    return buffer.getvalue()


def write_csv(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> None:
    data = render_csv(overview).encode("utf-8-sig")
    write_output(path, data, suffixes=(".csv",), protected=protected, lang=overview.lang)
