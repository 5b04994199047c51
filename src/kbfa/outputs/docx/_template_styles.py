"""Making a municipality's real template work: missing styles, landscape, page numbers, letterhead.

Word writes a built-in style into a file only once it has been used, and LibreOffice
writes few of them, so a real municipal template seldom has Heading 3, List Bullet,
Caption, Subtitle or Table Grid (python-docx's documentation on latent styles; python-docx
issue #1333). :func:`add_missing_styles` adds each missing one, based on the template's
own styles (Heading 3 on its Heading 2, Caption on its Normal...), so the documents take
the template's fonts, and reports which it added. Only a template without Normal, or with
a needed style of the wrong type, cannot work.

:func:`ensure_page_numbers` adds "Sida X av Y" to a footer with no page number, and
:func:`use_landscape` turns the template's page for the wide documents; the letterhead in
the template's body is kept by :func:`clear_body_after_letterhead`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kbfa.i18n import Catalogue, Lang, render

__all__ = [
    "add_missing_styles",
    "clear_body_after_letterhead",
    "ensure_page_numbers",
    "has_page_number",
    "letterhead_length",
    "use_landscape",
]

T: Catalogue = {
    "page": {"sv": "Sida ", "en": "Page "},
    "of": {"sv": " av ", "en": " of "},
}

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _TBL, _SECT_PR = f"{{{_W}}}p", f"{{{_W}}}tbl", f"{{{_W}}}sectPr"
_BOOKMARK, _NAME = f"{{{_W}}}bookmarkStart", f"{{{_W}}}name"
#: Name → (based on, in order of preference; size in points; bold; italic; outline level).
_PARAGRAPH_STYLES: dict[str, tuple[tuple[str, ...], float | None, bool, bool, int | None]] = {
    "Heading 1": (("Normal",), 16, True, False, 0),
    "Heading 2": (("Heading 1", "Normal"), 13, True, False, 1),
    "Heading 3": (("Heading 2", "Heading 1", "Normal"), 11.5, True, False, 2),
    "Title": (("Heading 1", "Normal"), 24, False, False, None),
    "Subtitle": (("Normal",), 14, False, False, None),
    "Caption": (("Normal",), 9, False, True, None),
    "List Bullet": (("Normal",), None, False, False, None),
}
_BULLET_NUM_ID = "9001"  # high, so it does not meet the template's own numbering


def add_missing_styles(document: Any, missing: list[str]) -> list[str]:
    """Add each named style the document lacks; return the names added, in order."""
    from docx.enum.style import WD_STYLE_TYPE

    added: list[str] = []
    styles = document.styles
    for name in missing:
        if name in styles:
            continue
        if name == "Table Grid":
            style = styles.add_style(name, WD_STYLE_TYPE.TABLE, builtin=True)
            _grid_borders(style)
            added.append(name)
            continue
        spec = _PARAGRAPH_STYLES.get(name)
        if spec is None:
            continue
        bases, size, bold, italic, level = spec
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
        base = next((styles[b] for b in bases if b in styles), None)
        if base is not None:
            style.base_style = base
        style.next_paragraph_style = styles["Normal"]
        from docx.shared import Pt

        if size is not None:
            style.font.size = Pt(size)
        style.font.bold = bold or None
        style.font.italic = italic or None
        if level is not None:
            style.paragraph_format.keep_with_next = True
            _outline_level(style, level)
        if name == "List Bullet":
            _bullet(document, style)
        style.quick_style = True
        added.append(name)
    return added


def _outline_level(style: Any, level: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = style.element.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    p_pr.append(outline)


def _grid_borders(style: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = style.element.find(qn("w:tblPr"))
    if tbl_pr is None:
        tbl_pr = OxmlElement("w:tblPr")
        style.element.append(tbl_pr)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), "auto")
        borders.append(edge)
    tbl_pr.append(borders)


def _bullet(document: Any, style: Any) -> None:
    """A bullet list definition for List Bullet, in the template's numbering part."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = _numbering_element(document)
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{_BULLET_NUM_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num xmlns:w="{_W}" w:numId="{_BULLET_NUM_ID}">'
            f'<w:abstractNumId w:val="{_BULLET_NUM_ID}"/></w:num>'
        )
    )
    p_pr = style.element.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr xmlns:w="{_W}"><w:numId w:val="{_BULLET_NUM_ID}"/></w:numPr>'))


def _numbering_element(document: Any) -> Any:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart

    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        blob = f'<w:numbering xmlns:w="{_W}"/>'.encode()
        numbering = NumberingPart.load(
            PackURI("/word/numbering.xml"), CT.WML_NUMBERING, blob, part.package
        )
        part.relate_to(numbering, RT.NUMBERING)
        return numbering.element


def has_page_number(document: Any) -> bool:
    """Whether any footer or header of the document shows a PAGE field."""
    for section in document.sections:
        for part in (section.footer, section.first_page_footer, section.header):
            if part.is_linked_to_previous:
                continue
            xml = part._element.xml
            if "PAGE" in xml and ("fldSimple" in xml or "instrText" in xml):
                return True
    return False


def ensure_page_numbers(document: Any, lang: Lang) -> bool:
    """Add "Sida X av Y" under the template's footer when it has no page number."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if has_page_number(document):
        return False
    footer = document.sections[-1].footer
    if footer.is_linked_to_previous:
        footer.is_linked_to_previous = False
    p = footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(render(T, "page", lang))
    _field(p, "PAGE")
    p.add_run(render(T, "of", lang))
    _field(p, "NUMPAGES")
    return True


def _field(paragraph: Any, instruction: str) -> None:
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


def use_landscape(document: Any) -> None:
    """Turn the template's page to landscape (A4 portrait becomes A4 landscape), margins kept."""
    from docx.enum.section import WD_ORIENT

    section = document.sections[-1]
    width, height = section.page_width, section.page_height
    if width is not None and height is not None and width < height:
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE


def letterhead_length(children: Sequence[Any]) -> tuple[int, bool]:
    """How many of the body's ``children`` (without the final ``w:sectPr``) are the
    letterhead, and whether a bookmark named "kbfa" marked its end.

    The letterhead is what comes before the paragraph or table holding a bookmark named
    "kbfa", or, without one, the table (with the empty paragraphs around it) that opens
    the body. The same rule serves the sanitiser, which keeps only the letterhead of the
    raw template's body (:mod:`._sanitise`), and :func:`clear_body_after_letterhead`.
    Works on any lxml element (python-docx's or a plain parse).
    """
    for i, c in enumerate(children):
        if any(b.get(_NAME) == "kbfa" for b in c.iter(_BOOKMARK)):
            return i, True
    keep = 0
    for i, c in enumerate(children):
        if c.tag == _TBL:
            keep = i + 1
        elif c.tag == _P and not "".join(c.itertext()).strip():
            continue
        else:
            break
    return keep, False


def clear_body_after_letterhead(document: Any) -> None:
    """Empty the body but keep a letterhead (see :func:`letterhead_length`)."""
    body = document.element.body
    children = [c for c in body if c.tag != _SECT_PR]
    keep, _marked = letterhead_length(children)
    for c in children[keep:]:
        body.remove(c)
