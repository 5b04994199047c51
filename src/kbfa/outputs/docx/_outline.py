"""The outline of a Word document: its headings and table cells, in order.

What people read, without the bytes: tests assert on it and golden files pin it
(``python tests/test_docx_golden.py``), so a change of wording shows up as a readable diff.
A non-breaking space reads as a space (a reader cannot tell them apart; where they must
be is tested on the document's XML).
"""

from __future__ import annotations

from typing import Any

__all__ = ["HEADING_STYLES", "Outline", "outline", "text_of"]

#: Paragraph styles that make up the outline, with their level.
HEADING_STYLES = {"Title": 0, "Subtitle": 0, "Heading 1": 1, "Heading 2": 2, "Heading 3": 3}

Outline = list[dict[str, Any]]


def outline(document: Any) -> Outline:
    """``[{"style": "Heading 1", "text": ...}, {"table": [[cell, ...], ...]}, ...]``."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: Outline = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            name = block.style.name if block.style is not None else ""
            if name in HEADING_STYLES:
                items.append({"style": name, "text": _read(block.text)})
        elif isinstance(block, Table):
            items.append(
                {"table": [[_read(cell.text) for cell in row.cells] for row in block.rows]}
            )
    return items


def text_of(document: Any) -> str:
    """All text of the body, paragraphs and table cells, one per line (for searching)."""
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_read(cell.text) for row in block.rows for cell in row.cells)
        else:
            lines.append(_read(block.text))
    return "\n".join(lines)


def _read(text: str) -> str:
    return text.replace("\u00a0", " ")
