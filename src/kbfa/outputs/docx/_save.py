"""A document's bytes: the same bytes for the same input.

The document is serialised in memory, its core properties fixed (no author from the
machine, no clock time) and its zip entries dated 1980-01-01. Writing the bytes is
:mod:`kbfa.files`' job (whole or not at all).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from kbfa.i18n import Lang
from kbfa.outputs._zip import stable_zip

__all__ = [
    "FIXED_TIME",
    "MAX_PROPERTY",
    "document_bytes",
    "end_without_blank_page",
    "set_core_properties",
]

#: Creation time stamped on documents that have no date of their own: the day
#: lag (2023:196) came into force, so it is recognisably not a clock reading.
FIXED_TIME = dt.datetime(2023, 7, 1, tzinfo=dt.UTC)

#: The longest core property (title, subject) Word and python-docx accept.
MAX_PROPERTY = 255


def _property(text: str) -> str:
    return text if len(text) <= MAX_PROPERTY else text[: MAX_PROPERTY - 1] + "…"


def set_core_properties(
    document: Any, *, title: str, subject: str, lang: Lang, when: dt.datetime
) -> None:
    """Fix every core property, so nothing about the machine or the clock ends up inside."""
    props = document.core_properties
    props.title = _property(title)
    props.subject = _property(subject)
    props.author = "kbfa"
    props.last_modified_by = "kbfa"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.language = {"sv": "sv-SE", "en": "en-GB"}[lang]
    props.created = when
    props.modified = when
    props.revision = 1
    # A template may carry the date it was last printed; python-docx cannot unset it.
    element = props._element
    for child in list(element):
        if child.tag.endswith("}lastPrinted"):
            element.remove(child)


def document_bytes(document: Any) -> bytes:
    """The .docx bytes with every zip entry dated alike (python-docx stamps the clock).

    A document that ends with a table gets its closing paragraph shrunk first
    (:func:`end_without_blank_page`).
    """
    end_without_blank_page(document)
    raw = io.BytesIO()
    document.save(raw)
    return stable_zip(raw.getvalue())


def end_without_blank_page(document: Any) -> None:
    """Shrink the empty paragraph after a table that ends the document to one point.

    Word keeps a paragraph after a document's last table, and kbfa writes one after
    every table (two tables in a row would be joined). When the table fills its last page
    that paragraph alone starts a new, blank one: Hjo's årshjul 2027 and Vetlanda's
    appendix ended so. One point high, with no space before or after, it fits under the
    table. Anything else at the end of the document is left as it is.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    body = document.element.body
    blocks = [e for e in body if e.tag in (qn("w:p"), qn("w:tbl"))]
    if len(blocks) < 2 or blocks[-1].tag != qn("w:p") or blocks[-2].tag != qn("w:tbl"):
        return
    last = blocks[-1]
    if next(last.iter(qn("w:t"), qn("w:drawing"), qn("w:br"), qn("w:fldChar")), None) is not None:
        return  # it holds text, a picture, a break or a field: not the spacer
    ppr = last.get_or_add_pPr()
    if ppr.find(qn("w:sectPr")) is not None or ppr.find(qn("w:pPrChange")) is not None:
        return  # a section's last paragraph, not the spacer
    spacing = ppr.get_or_add_spacing()  # inserted where the schema orders it
    for name, value in (("before", "0"), ("after", "0"), ("line", "20"), ("lineRule", "exact")):
        spacing.set(qn(f"w:{name}"), value)  # line in twentieths of a point: 1 pt
    for old in ppr.findall(qn("w:rPr")):
        ppr.remove(old)
    rpr = OxmlElement("w:rPr")  # the paragraph mark's size: the last child of pPr here
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")  # half-points: 1 pt
    rpr.append(size)
    ppr.append(rpr)
