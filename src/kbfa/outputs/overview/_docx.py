"""The overview as a Word document for a county board (landscape, one table per view).

python-docx is imported here only, through the shared Word building blocks, and
this module is imported only when a ``.docx`` is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kbfa.evaluation import Level
from kbfa.files import write_output
from kbfa.outputs.docx._base import new_document
from kbfa.outputs.docx._blocks import Cell, CellValue, Writer
from kbfa.outputs.docx._save import document_bytes, set_core_properties
from kbfa.outputs.docx._verdict_cells import verdict_cell
from kbfa.outputs.duty_cells import LEVELS, duty_cell, level_word, shade
from kbfa.outputs.overview._messages import counted, text, verdict_word
from kbfa.outputs.overview._table import VERDICT_ORDER, Overview, first_problem

__all__ = ["build_docx", "write_docx"]

NOT_READ_FILL = "BFBFBF"  # darker than any verdict's colour: nothing was assessed


def build_docx(overview: Overview) -> Any:
    """The python-docx ``Document`` of the overview."""
    lang = overview.lang
    document = new_document(None, lang=lang, header=text("header", lang), landscape=True)
    w = Writer(document)
    w.title(text("title", lang))
    w.subtitle(text("subtitle", lang, as_of=overview.as_of.isoformat()))
    w.paragraph(
        text(
            "intro",
            lang,
            files=counted("files", len(overview.rows), lang),
            evaluated=counted("evaluated", len(overview.evaluated), lang),
            failed=len(overview.failed),
        )
    )

    for level in LEVELS:
        _level_tables(w, overview, level)

    if overview.failed:
        w.heading(text("errors_heading", lang))
        w.bullets([first_problem(r, lang) for r in overview.failed])

    w.heading(text("duties_heading", lang))
    w.bullets(
        [f"{d.title}: {d.reference}" + (f" ({d.url})" if d.url else "") for d in overview.duties]
    )
    return document


def _level_tables(w: Writer, overview: Overview, level: Level) -> None:
    """The outcome per municipality on one level, then its totals per duty."""
    lang = overview.lang
    where = level_word(level, lang)
    w.heading(text("table_heading", lang, level=where))
    rows: list[list[CellValue]] = []
    for row in overview.rows:
        if row.failed:
            cells: list[CellValue] = [
                Cell(text("not_read", lang), NOT_READ_FILL) for _ in overview.duties
            ]
            rows.append([Path(row.file).name, *cells])
            continue
        cells = []
        for d in overview.duties:
            verdict = row.verdict(d.key, level)
            if verdict is None:
                cells.append(text("no_verdict", lang))
            else:
                # The report's colours, so both documents read alike.
                fill = verdict_cell(shade(verdict), lang).fill
                cells.append(Cell(duty_cell(verdict, lang), fill))
        rows.append([row.municipality or row.file, *cells])
    # Ten columns on a landscape page leave no room for the duties' names: the header
    # gives the section, the caption under the table names each one.
    headers = [text("municipality", lang), *(d.section for d in overview.duties)]
    w.table(headers, rows, widths=[2.0] + [1.0] * len(overview.duties))
    w.caption("; ".join(d.heading for d in overview.duties))

    w.heading(text("totals_heading", lang, level=where))
    totals = overview.totals(level)
    total_rows: list[list[CellValue]] = []
    for d in overview.duties:
        t = totals[d.key]
        total_rows.append([d.heading, *(str(t[v]) for v in VERDICT_ORDER), str(t.not_read)])
    total_headers = [
        text("duty", lang),
        *(verdict_word(v, lang) for v in VERDICT_ORDER),
        text("not_read", lang),
    ]
    w.table(total_headers, total_rows, widths=[2.2] + [1.0] * (len(VERDICT_ORDER) + 1))


def docx_bytes(overview: Overview) -> bytes:
    """The overview as .docx bytes; the same input gives the same bytes (no clock, no user)."""
    document = build_docx(overview)
    lang = overview.lang
    when = dt.datetime.combine(overview.as_of, dt.time(), tzinfo=dt.UTC)
    set_core_properties(
        document,
        title=text("title", lang),
        subject=text("subtitle", lang, as_of=overview.as_of.isoformat()),
        lang=lang,
        when=when,
    )
    return document_bytes(document)


def write_docx(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> None:
    """Save the overview whole or not at all (see :func:`kbfa.files.write_output`)."""
    data = docx_bytes(overview)
    write_output(
        path, data, suffixes=(".docx",), protected=protected, binary=True, lang=overview.lang
    )
