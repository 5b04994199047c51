"""Building blocks every kbfa Word document is written with.

Text goes in with the named styles of :data:`~kbfa.outputs.docx._template.REQUIRED_STYLES`
only, so a municipality's template decides fonts, colours and spacing. The few direct
formats are those a style cannot express per cell: header-row and verdict shading,
bold labels, column widths and a tighter spacing inside table cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

__all__ = ["Cell", "CellValue", "Writer"]

HEADER_FILL = "D9E2F3"  # pale blue header row
LABEL_FILL = "F2F2F2"  # pale grey label column of a fields table


@attrs.frozen
class Cell:
    """A table cell with a background colour (a verdict), optionally in bold."""

    text: str
    fill: str | None = None
    bold: bool = False


#: What a table cell holds: text, several paragraphs, or a shaded :class:`Cell`.
CellValue = str | Sequence[str] | Cell


class Writer:
    """Appends headings, paragraphs, lists and tables to a python-docx document."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._style_ids: dict[str, str | None] = {}

    def _add(self, container: Any, text: str, style: str) -> Any:
        """A paragraph in ``style``, written as python-docx would write it.

        Passing ``style=`` to python-docx makes it search every style in the document
        for the default one on each paragraph (most of a report's run time, measured in
        benchmarks/run.py); the id of each named style is looked up once here instead.
        """
        if style not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            found = self.document.styles[style]
            default = self.document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
            # The default paragraph style is written as no pStyle at all, as python-docx does.
            self._style_ids[style] = None if found == default else found.style_id
        p = container.add_paragraph(text)
        style_id = self._style_ids[style]
        if style_id is not None:
            p._p.get_or_add_pPr().style = style_id
        return p

    # -- paragraphs --------------------------------------------------------------
    def title(self, text: str) -> None:
        self._add(self.document, text, "Title")

    def subtitle(self, text: str) -> None:
        self._add(self.document, text, "Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        self._add(self.document, text, f"Heading {level}")

    def paragraph(self, text: str, *, lead: str | None = None) -> None:
        """A Normal paragraph; ``lead`` is a bold label before the text ("Syfte: ...")."""
        p = self._add(self.document, "", "Normal")
        if lead:
            p.add_run(f"{lead}: ").bold = True
        p.add_run(text)

    def caption(self, text: str) -> None:
        self._add(self.document, text, "Caption")

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self._add(self.document, item, "List Bullet")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        p = self._add(self.document, "", "Normal")
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- tables ------------------------------------------------------------------
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[CellValue]],
        *,
        widths: Sequence[float] | None = None,
        row_height_mm: float | None = None,
    ) -> Any:
        """A grid with a shaded header row repeated on every page.

        ``widths`` are relative column weights; ``row_height_mm`` is a minimum height for
        the body rows (room for a signature).
        """
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.document.styles["Table Grid"]
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            self._fill(cell, Cell(text, HEADER_FILL, bold=True))
        _repeat_header(table.rows[0])
        for values in rows:
            row = table.add_row()
            if row_height_mm is not None:
                from docx.enum.table import WD_ROW_HEIGHT_RULE
                from docx.shared import Mm

                row.height = Mm(row_height_mm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell, value in zip(row.cells, values, strict=True):
                self._fill(cell, value)
        self._widths(table, widths or [1.0] * len(headers))
        self._after_table()
        return table

    def fields(self, rows: Sequence[tuple[str, CellValue]], *, label_weight: float = 1.0) -> Any:
        """A two-column table of labelled facts (the cover sheet of a municipal document)."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles["Table Grid"]
        for key, value in rows:
            cells = table.add_row().cells
            self._fill(cells[0], Cell(key, LABEL_FILL, bold=True))
            self._fill(cells[1], value)
        self._widths(table, [label_weight, 3.0 - label_weight])
        self._after_table()
        return table

    def _after_table(self) -> None:
        # Word joins two tables that follow each other; a paragraph keeps them apart.
        self._add(self.document, "", "Normal")

    def _fill(self, cell: Any, value: CellValue) -> None:
        _fill_cell(cell, value, lambda: self._add(cell, "", "Normal"))

    def _widths(self, table: Any, weights: Sequence[float]) -> None:
        section = self.document.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin
        total = sum(weights)
        widths = [int(usable * w / total) for w in weights]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width


def _fill_cell(cell: Any, value: CellValue, new_paragraph: Callable[[], Any]) -> None:
    from docx.shared import Pt

    if isinstance(value, Cell):
        texts: Sequence[str] = [value.text]
        if value.fill:
            _shade(cell, value.fill)
        bold = value.bold
    elif isinstance(value, str):
        texts, bold = [value], False
    else:
        texts, bold = list(value) or [""], False
    first = cell.paragraphs[0]
    for i, text in enumerate(texts):
        p = first if i == 0 else new_paragraph()
        run = p.add_run(text)
        run.bold = bold or None
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.space_before = Pt(0)


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
