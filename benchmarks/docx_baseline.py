"""The baseline of the report benchmark: a bare python-docx script.

:func:`read_content` takes the paragraphs (text and style) and tables (cell texts)
out of a document kbfa wrote; :func:`write_content` writes the same paragraphs and
tables into python-docx's default document the plainest way the library allows,
with the same header and footer text. The ratio of the two times is what kbfa's
model, evaluation, wording, styling and safe saving cost over writing the words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["Content", "read_content", "write_content"]

#: ("p", style, text) | ("t", style, rows of cell texts) | ("h", "header"/"footer", text)
Content = list[tuple[str, str, Any]]


def read_content(path: Path) -> Content:
    """The body of the .docx at ``path`` as paragraphs and tables, in order."""
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    items: Content = []
    section = document.sections[0]
    items.append(("h", "header", "\n".join(p.text for p in section.header.paragraphs)))
    items.append(("h", "footer", "\n".join(p.text for p in section.footer.paragraphs)))
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            style = block.style.name if block.style is not None else "Table Grid"
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            items.append(("t", style, rows))
        else:
            style = block.style.name if block.style is not None else "Normal"
            items.append(("p", style, block.text))
    return items


def write_content(content: Content, out: Path) -> None:
    """Write ``content`` with python-docx and nothing else."""
    import docx

    document = docx.Document()
    styles = {s.name for s in document.styles}
    section = document.sections[0]
    for kind, style, value in content:
        if kind == "h":
            part = section.header if style == "header" else section.footer
            part.paragraphs[0].text = value
        elif kind == "p":
            document.add_paragraph(value, style=style if style in styles else None)
        else:
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]) if rows else 0)
            if style in styles:
                table.style = style
            for row, texts in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    document.save(str(out))
