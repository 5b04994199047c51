"""A fresh Word document: the municipality's template emptied, or kbfa's built-in look.

With a template, its styles, headers, footers and page setup are kept untouched and
only the body is replaced. Without one, kbfa's base is python-docx's default document
set up as a Swedish municipality would: A4, a page header naming the municipality and
page numbers in the footer.
"""

from __future__ import annotations

from typing import Any

from kbfa.i18n import Catalogue, Lang, render
from kbfa.outputs.docx._properties import LANG_TAG, drop_stock_parts, set_language
from kbfa.outputs.docx._template import Template, open_docx

__all__ = ["new_document"]

T: Catalogue = {
    "page": {"sv": "Sida ", "en": "Page "},
    "of": {"sv": " av ", "en": " of "},
}

_INK = "1F3864"  # dark blue of the headings; neutral enough for any municipality
_GREY = "595959"


def new_document(
    template: Template | None,
    *,
    lang: Lang,
    header: str,
    landscape: bool = False,
) -> Any:
    """An empty document to write into (``header`` applies to the base only).

    Under a template the letterhead in its body is kept, a wide document turns the
    template's page to landscape, and page numbers are added to a footer without any.
    """
    if template is not None:
        from kbfa.outputs.docx._template_styles import (
            clear_body_after_letterhead,
            ensure_page_numbers,
            use_landscape,
        )

        document = open_docx(template.data)
        clear_body_after_letterhead(document)
        if landscape:
            use_landscape(document)
        ensure_page_numbers(document, lang)
        return document
    import docx

    document = docx.Document()
    drop_stock_parts(document)
    set_language(document, lang)
    _clear_body(document)
    _page_setup(document, landscape=landscape)
    _base_styles(document, lang)
    _header_footer(document, header, lang)
    return document


def _clear_body(document: Any) -> None:
    """Remove all content but keep the final section properties (page setup, header links)."""
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _page_setup(document: Any, *, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = document.sections[0]
    width, height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    section.top_margin = section.bottom_margin = Mm(22)
    section.left_margin = section.right_margin = Mm(22)
    section.header_distance = section.footer_distance = Mm(10)


def _base_styles(document: Any, lang: Lang) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    # The language of the text, so Word spell-checks Swedish as Swedish.
    rpr = normal.element.get_or_add_rPr()
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), LANG_TAG[lang])
    rpr.append(lang_el)

    for name, size, space_before in (
        ("Heading 1", 16, 18),
        ("Heading 2", 13, 14),
        ("Heading 3", 11, 10),
    ):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(_INK)
        style.paragraph_format.space_before = Pt(space_before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True

    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(26)
    title.font.color.rgb = RGBColor.from_string(_INK)
    title.paragraph_format.space_after = Pt(6)
    _no_border(title)

    subtitle = styles["Subtitle"]
    subtitle.font.name = "Calibri"
    subtitle.font.size = Pt(14)
    subtitle.font.italic = False
    subtitle.font.color.rgb = RGBColor.from_string(_GREY)
    subtitle.paragraph_format.space_after = Pt(18)

    caption = styles["Caption"]
    caption.font.name = "Calibri"
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = True
    caption.font.color.rgb = RGBColor.from_string(_GREY)

    styles["List Bullet"].paragraph_format.space_after = Pt(2)


def _no_border(style: Any) -> None:
    """python-docx's Title has a bottom rule; municipal documents rarely do."""
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _header_footer(document: Any, header: str, lang: Lang) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.text = header
    head.style = document.styles["Header"]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.style = document.styles["Footer"]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(render(T, "page", lang))
    _field(foot, "PAGE")
    foot.add_run(render(T, "of", lang))
    _field(foot, "NUMPAGES")


def _field(paragraph: Any, instruction: str) -> None:
    """A simple field (page number); Word and LibreOffice compute it when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
