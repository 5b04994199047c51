"""The overview as an Excel workbook (.xlsx), for a county board's or Brå's analyst.

One sheet per view (:mod:`kbfa.outputs.overview._sheets`): *Kommuner*
(municipalities × duties, design and practice), *Fynd* (one row per finding),
*Summor* (the totals, on a sheet of their own so that sorting and filtering the data
never mixes them in), and *Förklaringar* (what the colours and words mean, the
duties and their sections). Every data sheet has its header row frozen (and the
municipality's column), a filter on every column, and a verdict's word on the
verdict's colour, the same colours as the Word report. Dates are dates, counts and
line numbers are numbers, kommunkod is text (its leading zero kept).

Every text cell is written as text, never as a formula: a config naming its
municipality ``=HYPERLINK(...)`` shows those characters and runs nothing, even
after the cell is edited (Excel's quote prefix). The same input gives the same
bytes (no clock inside). openpyxl is imported here only, and this module only when
an .xlsx is asked for.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kbfa.files import write_output
from kbfa.outputs._zip import stable_zip
from kbfa.outputs.duty_cells import NOT_READ_FILL, VERDICT_FILLS
from kbfa.outputs.overview._indicators import legend_texts
from kbfa.outputs.overview._json import export_data
from kbfa.outputs.overview._messages import MEANINGS, counted, text, verdict_word
from kbfa.outputs.overview._sheet import Sheet, SheetCell
from kbfa.outputs.overview._sheets import sheets
from kbfa.outputs.overview._table import VERDICT_ORDER, Overview

__all__ = ["MAX_CELL", "write_xlsx", "xlsx_bytes"]

#: The most characters an Excel cell holds; a longer text is cut with "…".
MAX_CELL = 32_767
#: Characters an .xlsx cannot hold (XML 1.0 forbids them); shown as ``\x1b``.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What makes a spreadsheet read a typed text as a formula (or, after editing, as one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Texts openpyxl would store as an error value rather than as text.
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
HEADER_FILL = "D9D9D9"
DATE_FORMAT = "yyyy-mm-dd"
_LINE_HEIGHT = 15.0  # points per line of the 11-point default font


class _Styles:
    """openpyxl style objects, made once each (openpyxl then stores each style once)."""

    def __init__(self) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        self.cell = WriteOnlyCell
        self._fill = PatternFill
        self.fills: dict[str, Any] = {}
        # The workbook's default font, named: a bare Font(bold=True) has no name and
        # LibreOffice then falls back to a serif face.
        self.bold = Font(name="Calibri", size=11, bold=True)
        self.title = Font(name="Calibri", size=14, bold=True)
        self.header_alignment = Alignment(wrap_text=True, vertical="top")
        self.wrap = Alignment(wrap_text=True, vertical="top")

    def fill(self, rgb: str) -> Any:
        if rgb not in self.fills:
            self.fills[rgb] = self._fill("solid", fgColor=rgb)
        return self.fills[rgb]


def _safe_text(value: str) -> str:
    value = _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


def _cell(
    ws: Any, styles: _Styles, cell: SheetCell, *, wrap: bool = False, styled: bool = False
) -> Any:
    """The cell to append: the bare value when openpyxl stores it as it is (most cells,
    and the fastest way), else a cell object (``styled``: always one, to set its font)."""
    value = cell.value
    plain = not (cell.fill or wrap or styled)
    if isinstance(value, str):
        value = _safe_text(value)
        if plain and not (value.startswith(_FORMULA_START) or value in _ERROR_CODES):
            return value
    elif plain and not isinstance(value, dt.date):
        return value
    out = styles.cell(ws, value)
    if isinstance(value, str):
        # openpyxl reads "=..." as a formula and "#N/A" as an error: text stays text.
        out.data_type = "s"
        if value.startswith(_FORMULA_START):
            out.quotePrefix = True
    elif isinstance(value, dt.date):
        out.number_format = DATE_FORMAT
    if cell.fill is not None:
        out.fill = styles.fill(cell.fill)
    if wrap:
        out.alignment = styles.wrap
    return out


def _letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    result: str = get_column_letter(n)
    return result


def _header_lines(sheet: Sheet) -> int:
    """Lines the tallest heading wraps to in its column's width (roughly, for the height)."""
    return max((math.ceil(len(c.header) / max(c.width - 1, 1)) for c in sheet.columns), default=1)


def _write_sheet(wb: Any, styles: _Styles, sheet: Sheet) -> None:
    ws = wb.create_sheet(sheet.name)
    for n, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[_letter(n)].width = column.width
    ws.row_dimensions[1].height = _LINE_HEIGHT * _header_lines(sheet) + 2
    last = _letter(len(sheet.columns))
    ws.freeze_panes = f"{_letter(sheet.frozen_columns + 1)}2"
    # Printed, every page repeats the header row and the municipality's column; a page
    # is landscape A4 at full size (fitting 30 columns on one page would be unreadable).
    ws.print_title_rows = "1:1"
    ws.print_title_cols = f"A:{_letter(sheet.frozen_columns)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    header = []
    for column in sheet.columns:
        cell = _cell(ws, styles, SheetCell(column.header, column.header_fill or HEADER_FILL))
        cell.font = styles.bold
        cell.alignment = styles.header_alignment
        header.append(cell)
    ws.append(header)
    count = 0
    for row in sheet.rows():
        ws.append([_cell(ws, styles, c) for c in row])
        count += 1
    ws.auto_filter.ref = f"A1:{last}{count + 1}"


def _write_legend(wb: Any, styles: _Styles, data: Mapping[str, Any], overview: Overview) -> None:
    """What the colours and words mean, which sheet holds what, and the duties."""
    lang = overview.lang
    ws = wb.create_sheet(text("sheet_about", lang))
    widths = (30, 80, 40)
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[_letter(n)].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    number = 0

    def line(*cells: SheetCell | None, bold: bool = False, wrap: bool = False) -> None:
        nonlocal number
        number += 1
        row: list[Any] = []
        lines = 1
        for c, width in zip(cells, widths, strict=False):
            if c is None:
                row.append(None)
                continue
            out = _cell(ws, styles, c, wrap=wrap, styled=bold)
            if bold:
                out.font = styles.bold
            row.append(out)
            if wrap:
                lines = max(lines, math.ceil(len(c.text) / width))
        if lines > 1:
            # Spreadsheets do not always grow a row to its wrapped text when they open a
            # file (LibreOffice does not), so the height is set.
            ws.row_dimensions[number].height = _LINE_HEIGHT * lines + 2
        ws.append(row)

    title = _cell(ws, styles, SheetCell(text("title", lang)), styled=True)
    title.font = styles.title
    number += 1
    ws.row_dimensions[number].height = 22
    ws.append([title])
    line(SheetCell(text("as_of", lang)), SheetCell(dt.date.fromisoformat(data["as_of"])))
    line(SheetCell(text("generator", lang)), SheetCell(data["generator"]))
    line(
        SheetCell(text("files_row", lang)),
        SheetCell(
            text(
                "intro",
                lang,
                files=counted("files", len(overview.rows), lang),
                evaluated=counted("evaluated", len(overview.evaluated), lang),
                failed=len(overview.failed),
            )
        ),
        wrap=True,
    )
    line()
    line(SheetCell(text("legend_heading", lang)), bold=True)
    line(SheetCell(text("outcome", lang)), SheetCell(text("meaning", lang)), bold=True)
    for v in VERDICT_ORDER:
        line(
            SheetCell(verdict_word(v, lang), VERDICT_FILLS[v]),
            SheetCell(MEANINGS[v.value][lang]),
            wrap=True,
        )
    line(SheetCell(text("not_read", lang), NOT_READ_FILL), SheetCell(MEANINGS["not_read"][lang]))
    line(SheetCell(text("no_verdict", lang)), SheetCell(MEANINGS["no_rule"][lang]), wrap=True)
    line()
    line(SheetCell(text("sheets_heading", lang)), bold=True)
    for key in ("municipalities", "findings", "totals"):
        line(
            SheetCell(text(f"sheet_{key}", lang)),
            SheetCell(text(f"sheet_{key}_about", lang)),
            wrap=True,
        )
    if data["indicators"]:
        heading, about = legend_texts(lang)
        line()
        line(SheetCell(heading), bold=True)
        for ind in data["indicators"]:
            line(SheetCell(ind["title"]), SheetCell(about), SheetCell(ind["key"]), wrap=True)
    line()
    line(SheetCell(text("duties_heading", lang)), bold=True)
    for d in data["duties"]:
        line(SheetCell(d["reference"]), SheetCell(d["title"]), SheetCell(d["url"]))


def xlsx_bytes(overview: Overview) -> bytes:
    """The workbook's bytes; the same overview gives the same bytes."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    data = export_data(overview)
    styles = _Styles()
    wb = Workbook(write_only=True)
    for sheet in sheets(data):
        _write_sheet(wb, styles, sheet)
    _write_legend(wb, styles, data, overview)
    when = dt.datetime.combine(overview.as_of, dt.time())  # openpyxl takes naive UTC
    props = wb.properties
    props.title = text("title", overview.lang)
    props.subject = text("subtitle", overview.lang, as_of=overview.as_of.isoformat())
    props.creator = "kbfa"
    props.lastModifiedBy = "kbfa"
    props.language = {"sv": "sv-SE", "en": "en-GB"}[overview.lang]
    props.created = when
    props.modified = when
    raw = io.BytesIO()
    # openpyxl's own save() stamps the clock as the modification time; its writer does not.
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return stable_zip(raw.getvalue())


def write_xlsx(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> None:
    """Save the workbook whole or not at all (see :func:`kbfa.files.write_output`)."""
    write_output(
        path,
        xlsx_bytes(overview),
        suffixes=(".xlsx",),
        protected=protected,
        binary=True,
        lang=overview.lang,
    )
