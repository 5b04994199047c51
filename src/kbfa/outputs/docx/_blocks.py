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

from kbfa.i18n import Lang
from kbfa.i18n.regional import words_for
from kbfa.outputs.docx._layout import (
    CELL_PADDING_PT,
    ColumnText,
    Widths,
    column_widths,
    estimated_lines,
)
from kbfa.outputs.docx._typography import typeset

__all__ = ["Cell", "CellValue", "Writer", "body_size_pt"]

HEADER_FILL = "D9E2F3"  # pale blue header row
LABEL_FILL = "F2F2F2"  # pale grey label column of a fields table
NOTICE_FILL = "FFF2CC"  # pale amber behind a notice (an expired steering document)


@attrs.frozen
class Cell:
    """A table cell with a background colour (a verdict), optionally in bold."""

    text: str
    fill: str | None = None
    bold: bool = False


#: What a table cell holds: text, several paragraphs, or a shaded :class:`Cell`.
CellValue = str | Sequence[str] | Cell


class Writer:
    """Appends headings, paragraphs, lists, tables and pictures to a python-docx document.

    Every text goes through :func:`~kbfa.outputs.docx._typography.typeset`. Tables get
    column widths by content (:mod:`kbfa.outputs.docx._layout`), rows that do not split
    across pages, a header row repeated on every page, a title and a description for
    screen readers, and the short paragraphs that introduce them are kept on their page.
    A heading never skips a level: one asked for too deep is written one level below the
    previous heading.
    """

    def __init__(self, document: Any, lang: Lang = "sv", *, region: bool = False) -> None:
        self.document = document
        self.lang: Lang = lang
        #: A region acting as the municipality writes its own words (kbfa.i18n.regional).
        self._words = words_for(region and lang == "sv")
        self._style_ids: dict[str, str | None] = {}
        self._level = 0
        self._last_heading = ""
        self._lead_in: list[Any] = []  # paragraphs since the last heading or table
        self._body_pt: float | None = None
        #: Tables whose words could not all be given a whole column (none, in practice);
        #: the tests read this.
        self.overflows: list[str] = []
        #: Where the table of contents goes and the headings it lists (see :meth:`contents`).
        self._toc: tuple[Any, int] | None = None
        self._toc_entries: list[tuple[str, int, str]] = []
        #: The height in points of the empty line that keeps two tables apart (None: a
        #: Normal line); a compact document (the report's page 1) sets it smaller.
        self.spacer_pt: float | None = None
        #: A page break asked for (:meth:`page_break`), given to the next paragraph.
        self._break_pending = False
        #: The empty paragraph written after the latest table (see :meth:`_after_table`).
        self._spacer: Any = None

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
        p = container.add_paragraph(self._set(text, self.lang))
        style_id = self._style_ids[style]
        if style_id is not None:
            p._p.get_or_add_pPr().style = style_id
        if self._break_pending and container is self.document:
            p.paragraph_format.page_break_before = True
            self._break_pending = False
        return p

    def _grid(self, table: Any) -> None:
        """The table in "Table Grid", its style id looked up once (python-docx's setter
        searches every style for the default on each table: benchmark (b))."""
        if "\0table" not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            found = self.document.styles["Table Grid"]
            default = self.document.styles.default(WD_STYLE_TYPE.TABLE)
            self._style_ids["\0table"] = None if found == default else found.style_id
        style_id = self._style_ids["\0table"]
        if style_id is not None:
            table._tbl.tblPr.style = style_id

    def _body(self, text: str, style: str) -> Any:
        p = self._add(self.document, text, style)
        self._lead_in.append(p)
        return p

    @property
    def body_size_pt(self) -> float:
        """The size of Normal text in points (the template's, or kbfa's base)."""
        if self._body_pt is None:
            self._body_pt = body_size_pt(self.document)
        return self._body_pt

    def usable_width_pt(self) -> float:
        section = self.document.sections[-1]
        return float((section.page_width - section.left_margin - section.right_margin) / 12700)

    # -- paragraphs --------------------------------------------------------------
    def title(self, text: str) -> None:
        self._add(self.document, text, "Title")

    def subtitle(self, text: str) -> None:
        self._add(self.document, text, "Subtitle")

    def heading(self, text: str, level: int = 1) -> None:
        """A heading, its first letter capitalised ("Övergångsbestämmelserna …")."""
        level = max(1, min(level, self._level + 1))
        text = text[:1].upper() + text[1:]
        self._level = level
        self._last_heading = text
        p = self._add(self.document, text, f"Heading {level}")
        p.paragraph_format.keep_with_next = True
        if self._toc is not None and level <= self._toc[1]:
            name = f"_Toc_kbfa_{len(self._toc_entries) + 1}"
            _bookmark(p, name, len(self._toc_entries) + 1)
            self._toc_entries.append((typeset(text, self.lang), level, name))
        self._lead_in = []

    def contents(self, title: str, levels: int = 2) -> None:
        """A table of contents here, listing the headings down to ``levels`` written after it.

        Each entry is the heading's text and a page reference to a bookmark on the
        heading: LibreOffice computes the page numbers when it lays the document out, and
        Word when it updates the fields on opening (the document asks it to). Written by
        :meth:`finish`, once the headings are known.
        """
        self.heading(title, 1)
        self._toc = (self._add(self.document, "", "Normal"), levels)
        self._toc_entries = []

    def finish(self) -> None:
        """Fill in the table of contents (if any); call once, after the last block."""
        if self._toc is None:
            return
        anchor, _levels = self._toc
        for text, level, name in self._toc_entries:
            p = self.document.add_paragraph()
            p.paragraph_format.left_indent = _pt(12 * (level - 1))
            p.paragraph_format.space_after = _pt(2)
            p.paragraph_format.tab_stops.add_tab_stop(
                _pt(self.usable_width_pt()), _tab_right(), _dots()
            )
            _internal_link(p, text, name)
            p.add_run("\t")
            _field(p, f" PAGEREF {name} \\h ", "1")
            anchor._p.addprevious(p._p)
        anchor._p.getparent().remove(anchor._p)
        _update_fields_on_open(self.document)
        self._toc = None

    def linked(
        self,
        parts: Sequence[str | tuple[str, str]],
        *,
        lead: str | None = None,
        style: str = "Normal",
    ) -> None:
        """A paragraph of text and hyperlinks: a part ``(text, url)`` is a link."""
        p = self._body("", style)
        if lead:
            p.add_run(typeset(f"{lead}: ", self.lang)).bold = True
        for part in parts:
            if isinstance(part, str):
                p.add_run(typeset(part, self.lang))
            else:
                _hyperlink(p, typeset(part[0], self.lang), part[1])

    def numbered(self, items: Sequence[str]) -> None:
        """A numbered list ("1. …") that keeps its numbers in any template."""
        for i, item in enumerate(items, 1):
            p = self._body("", "Normal")
            p.paragraph_format.left_indent = _pt(18)
            p.paragraph_format.first_line_indent = _pt(-18)
            p.paragraph_format.tab_stops.add_tab_stop(_pt(18))
            p.add_run(f"{i}.\t{self._set(item, self.lang)}")

    def paragraph(
        self, text: str, *, lead: str | None = None, keep_with_next: bool = False
    ) -> None:
        """A Normal paragraph; ``lead`` is a bold label before the text ("Syfte: ...");
        ``keep_with_next`` keeps it on the page of what follows (a picture it introduces)."""
        p = self._body("", "Normal")
        if lead:
            p.add_run(self._set(f"{lead}: ", self.lang)).bold = True
        p.add_run(self._set(text, self.lang))
        if keep_with_next:
            p.paragraph_format.keep_with_next = True

    def labelled(self, parts: Sequence[tuple[str, str]]) -> None:
        """One line of labelled facts, "Datum: 2026-11-29 · Diarienummer: KS 2026/12" (a
        document's identity under its title)."""
        p = self._body("", "Normal")
        for i, (label, value) in enumerate(parts):
            if i:
                p.add_run("  ·  ")
            p.add_run(typeset(f"{label}: ", self.lang)).bold = True
            p.add_run(typeset(value, self.lang))

    def notice(self, lead: str, text: str) -> None:
        """A framed, shaded paragraph a reader cannot miss ("Observera: ...")."""
        p = self._body("", "Normal")
        p.add_run(self._set(f"{lead}: ", self.lang)).bold = True
        p.add_run(self._set(text, self.lang))
        _frame(p, NOTICE_FILL)
        self._lead_in = []

    def caption(self, text: str) -> None:
        self._body(text, "Caption")

    def bullets(self, items: Sequence[str], *, keep_with_next: bool = False) -> None:
        """A bulleted list; ``keep_with_next`` keeps every item on the page of what follows
        (a short list and the note after it move to a new page together, so the note is
        never left alone on the last page)."""
        for item in items:
            p = self._body(item, "List Bullet")
            if keep_with_next:
                p.paragraph_format.keep_with_next = True

    def page_break(self) -> None:
        """Start what follows on a new page: the next paragraph begins the page ("page
        break before"). An empty paragraph holding a break, as this was before 0.2, is
        pushed onto a page of its own when the page before is full, and the break then
        leaves that page blank (the årshjul's wheel page was followed by one)."""
        self._break_pending = True
        self._lead_in = []
        # The empty line written after a table keeps two tables apart; before a new page
        # it has nothing to keep apart, and at the foot of a full page it would spill
        # over onto a page of its own, blank (Nässjö's appendix, before its rule list).
        spacer, self._spacer = self._spacer, None
        if spacer is not None and spacer._p is self._last_block():
            spacer._p.getparent().remove(spacer._p)

    def _last_block(self) -> Any:
        """The body's last paragraph or table (the section properties come after it)."""
        from docx.oxml.ns import qn

        blocks = (qn("w:p"), qn("w:tbl"))
        return next((e for e in reversed(self.document.element.body) if e.tag in blocks), None)

    def _break_before_table(self) -> None:
        """A table cannot start a page itself: a pending break goes in a paragraph before it."""
        if self._break_pending:
            from docx.enum.text import WD_BREAK

            self._break_pending = False
            p = self._add(self.document, "", "Normal")
            p.add_run().add_break(WD_BREAK.PAGE)

    def picture(
        self,
        png: bytes,
        *,
        width_mm: float,
        alt: str,
        title: str,
        max_height_mm: float | None = None,
        keep_with_next: bool = False,
    ) -> None:
        """A picture on its own line, with a title and an alternative text for screen readers.

        ``max_height_mm`` narrows a tall picture so that it fits on a page with its heading;
        ``keep_with_next`` keeps it on the page of what follows (its caption).
        """
        import io
        import struct

        from docx.shared import Mm

        if max_height_mm is not None and png[12:16] == b"IHDR":
            px_w, px_h = struct.unpack(">II", png[16:24])
            width_mm = min(width_mm, max_height_mm * px_w / px_h)

        # The heading and short text that introduce the picture stay on its page.
        for lead_in in self._lead_in[-3:]:
            lead_in.paragraph_format.keep_with_next = True
        p = self._add(self.document, "", "Normal")
        run = p.add_run()
        shape = run.add_picture(io.BytesIO(png), width=Mm(width_mm))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)
        doc_pr.set("title", title)
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        self._lead_in = []

    # -- tables ------------------------------------------------------------------
    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[CellValue]],
        *,
        widths: Sequence[float] | None = None,
        row_height_mm: float | None = None,
        title: str | None = None,
        keep_together: bool = False,
        scale: float = 1.0,
    ) -> Any:
        """A grid with a shaded header row repeated on every page.

        ``widths`` are relative weights for writing space (an empty form); the columns
        are sized by their content first. ``row_height_mm`` is a minimum height for the
        body rows (room for a signature). ``title`` names the table for screen readers
        (the heading above it when not given). ``keep_together`` keeps a short table on
        one page with the heading above it (a signature block). ``scale`` sets the table
        in a smaller font than the body (0.9: a compact summary).
        """
        head: list[CellValue] = [
            Cell(self._set(h, self.lang), HEADER_FILL, bold=True) for h in headers
        ]
        body = [[self._typeset(v) for v in r] for r in rows]
        layout = self._layout([head, *body], widths, scale=scale)
        self._break_before_table()
        table = self.document.add_table(rows=1, cols=len(headers))
        self._grid(table)
        size = self._cell_size(layout)
        for header_cell, header in zip(table.rows[0].cells, head, strict=True):
            self._fill(header_cell, header, size)
        _repeat_header(table.rows[0])
        for values in body:
            row = table.add_row()
            if row_height_mm is not None:
                from docx.enum.table import WD_ROW_HEIGHT_RULE
                from docx.shared import Mm

                row.height = Mm(row_height_mm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell, value in zip(row.cells, values, strict=True):
                self._fill(cell, value, size)
        if keep_together:
            _keep_rows_together(table)
        self._finish(table, [head, *body], layout, title, list(headers))
        return table

    def fields(
        self,
        rows: Sequence[tuple[str, CellValue]],
        *,
        label_weight: float = 1.0,
        scale: float = 1.0,
        keep_together: bool = False,
    ) -> Any:
        """A two-column table of labelled facts (the cover sheet of a municipal document);
        ``keep_together`` keeps a short one on one page with the heading above it."""
        cells: list[list[CellValue]] = [
            [Cell(self._set(k, self.lang), LABEL_FILL, bold=True), self._typeset(v)]
            for k, v in rows
        ]
        layout = self._layout(cells, None, label_share=label_weight / 3.0, scale=scale)
        self._break_before_table()
        table = self.document.add_table(rows=0, cols=2)
        self._grid(table)
        size = self._cell_size(layout)
        for label_cell, value in cells:
            row_cells = table.add_row().cells
            self._fill(row_cells[0], label_cell, size)
            self._fill(row_cells[1], value, size)
        if keep_together:
            _keep_rows_together(table)
        self._finish(table, cells, layout, None, [])
        return table

    def _set(self, text: str, lang: Lang) -> str:
        """One text as it is printed: the region's words, then Swedish typography."""
        return typeset(self._words(text), lang)

    def _typeset(self, value: CellValue) -> CellValue:
        if isinstance(value, Cell):
            return attrs.evolve(value, text=self._set(value.text, self.lang))
        if isinstance(value, str):
            return self._set(value, self.lang)
        return [self._set(x, self.lang) for x in value]

    def _layout(
        self,
        rows: Sequence[Sequence[CellValue]],
        hints: Sequence[float] | None,
        *,
        label_share: float | None = None,
        scale: float = 1.0,
    ) -> Widths:
        columns = [
            ColumnText(tuple(p for r in rows for p in _paragraphs(r[i])))
            for i in range(len(rows[0]) if rows else 0)
        ]
        usable = self.usable_width_pt()
        if label_share is not None:
            # A fields table: the label column as wide as its longest label, within reason.
            size = self.body_size_pt * scale
            natural = columns[0].natural(size) + CELL_PADDING_PT
            share = min(
                max(natural, columns[0].widest_word(size) + CELL_PADDING_PT),
                usable * max(label_share, 0.2),
            )
            # The label column keeps its share, so that a label that fits is never
            # wrapped, as long as the values keep room for their longest word.
            value_min = columns[1].widest_word(size) + CELL_PADDING_PT
            if share + value_min <= usable:
                return Widths((share, usable - share), scale, True)
            hints = [share, usable - share]
            return column_widths(columns, usable, self.body_size_pt, hints, scale=scale)
        return column_widths(columns, usable, self.body_size_pt, hints, scale=scale)

    def _cell_size(self, layout: Widths) -> float | None:
        return None if layout.scale >= 1.0 else round(self.body_size_pt * layout.scale * 2) / 2

    def _finish(
        self,
        table: Any,
        rows: Sequence[Sequence[CellValue]],
        layout: Widths,
        title: str | None,
        headers: list[str],
    ) -> None:
        from docx.shared import Pt

        if not layout.fits:
            self.overflows.append(title or self._last_heading or "?")
        widths = [Pt(w) for w in layout.points]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        size = self.body_size_pt * layout.scale
        third = float(self.document.sections[-1].page_height) / 12700 / 3
        for row, values in zip(table.rows, rows, strict=True):
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
            lines = max(
                estimated_lines(_paragraphs(v), w, size)
                for v, w in zip(values, layout.points, strict=True)
            )
            if lines * size * 1.3 < third:
                _cant_split(row)
        _describe(table, title or self._last_heading, headers, self.lang)
        for p in self._lead_in[-3:]:
            p.paragraph_format.keep_with_next = True
        self._lead_in = []
        self._after_table()

    def _after_table(self) -> None:
        # Word joins two tables that follow each other; a paragraph keeps them apart.
        p = self._add(self.document, "", "Normal")
        self._spacer = p
        if self.spacer_pt is not None:
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn

            # The empty paragraph's height is that of its mark: set on the mark's run
            # properties, with no space after.
            p.paragraph_format.space_after = _pt(0)
            p.paragraph_format.line_spacing = 1.0
            rpr = OxmlElement("w:rPr")
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), str(round(self.spacer_pt * 2)))
            rpr.append(size)
            p._p.get_or_add_pPr().append(rpr)

    def _fill(self, cell: Any, value: CellValue, size: float | None = None) -> None:
        _fill_cell(cell, value, lambda: self._add(cell, "", "Normal"), size)


def _keep_rows_together(table: Any) -> None:
    """Every row but the last kept with the next: the table moves to the next page whole."""
    for row in table.rows[:-1]:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True


def _pt(points: float) -> Any:
    from docx.shared import Pt

    return Pt(points)


def _tab_right() -> Any:
    from docx.enum.text import WD_TAB_ALIGNMENT

    return WD_TAB_ALIGNMENT.RIGHT


def _dots() -> Any:
    from docx.enum.text import WD_TAB_LEADER

    return WD_TAB_LEADER.DOTS


def _bookmark(paragraph: Any, name: str, id_: int) -> None:
    """A bookmark around the paragraph's text (a table of contents points at it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(id_))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(id_))
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, its last value, end)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        run = OxmlElement("w:r")
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run.append(fld)
        return run

    p = paragraph._p
    p.append(char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    run.append(instr)
    p.append(run)
    p.append(char("separate"))
    value = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    value.append(text)
    p.append(value)
    p.append(char("end"))


def _update_fields_on_open(document: Any) -> None:
    """Ask Word to update the fields (the page numbers of the contents) when it opens."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


#: The colour of a link in the text (Word's own for hyperlinks).
LINK_INK = "0563C1"


def _link_run(text: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), LINK_INK)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _hyperlink(paragraph: Any, text: str, url: str) -> None:
    """A real hyperlink to ``url`` (an external relationship), shown as ``text``."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.append(_link_run(text))
    paragraph._p.append(link)


def _internal_link(paragraph: Any, text: str, bookmark: str) -> None:
    """A link to a bookmark in the same document (a table of contents entry)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _paragraphs(value: CellValue) -> list[tuple[str, bool]]:
    if isinstance(value, Cell):
        return [(value.text, value.bold)]
    if isinstance(value, str):
        return [(value, False)]
    return [(x, False) for x in value] or [("", False)]


def body_size_pt(document: Any) -> float:
    """The font size of Normal text: the style's, the document default's, or 12 pt."""
    from docx.oxml.ns import qn

    size = document.styles["Normal"].font.size
    if size is not None:
        return float(size.pt)
    styles = document.styles.element
    sz = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    if sz is not None and sz.get(qn("w:val"), "").isdigit():
        return int(sz.get(qn("w:val"))) / 2
    return 12.0


def _fill_cell(
    cell: Any, value: CellValue, new_paragraph: Callable[[], Any], size: float | None = None
) -> None:
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
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    first = cell.paragraphs[0]
    for i, text in enumerate(texts):
        p = first if i == 0 else new_paragraph()
        run = p.add_run(text)
        if bold:
            run.bold = True
        if size is not None:
            run.font.size = Pt(size)
        # Tight spacing in a cell: 0 before, 2 pt after. Written as one element, since
        # python-docx's property setters walk the pPr's children each time (a report has
        # thousands of cell paragraphs; benchmark (b)).
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:before"), "0")
        spacing.set(qn("w:after"), "40")
        p._p.get_or_add_pPr().append(spacing)


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


def _cant_split(row: Any) -> None:
    """The row stays on one page (Word and LibreOffice move it whole to the next)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    tr_pr.insert(0, cant)


def _describe(table: Any, title: str, headers: list[str], lang: Lang) -> None:
    """``tblCaption`` and ``tblDescription``: what a screen reader announces for the table."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), title[:200])
    tbl_pr.append(caption)
    if headers:
        lead = "Kolumner" if lang == "sv" else "Columns"
        description = OxmlElement("w:tblDescription")
        description.set(qn("w:val"), f"{lead}: {', '.join(headers)}"[:500])
        tbl_pr.append(description)


def _frame(paragraph: Any, fill: str) -> None:
    """A thin border all round and a shading behind one paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), "BF8F00")
        borders.append(edge)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    # Schema order inside pPr: pStyle, keepNext, ..., pBdr, shd, ...
    style = p_pr.find(qn("w:pStyle"))
    at = 1 if style is not None else 0
    p_pr.insert(at, shading)
    p_pr.insert(at, borders)
