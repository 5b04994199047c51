"""The parts of a Word file a reader does not see but Windows, SharePoint and search do.

python-docx's stock document carries a thumbnail of an empty page, a bibliography
``customXml`` part and an ``app.xml`` that names "Microsoft Macintosh Word" and the
template Normal.dotm; its language defaults are en-US. kbfa removes the leftovers and
writes what the document is: its title with the municipality, the municipality as author
and company, and the language of the text (sv-SE) in every place Word reads it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from kbfa.i18n import Lang
from kbfa.outputs.docx._save import set_core_properties

__all__ = ["LANG_TAG", "drop_stock_parts", "set_document_properties", "set_language"]

#: BCP 47 tag Word uses for spelling and hyphenation of the text.
LANG_TAG = {"sv": "sv-SE", "en": "en-GB"}

_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def set_document_properties(
    document: Any,
    *,
    title: str,
    subject: str,
    municipality: str,
    lang: Lang,
    when: dt.datetime,
) -> None:
    """Core and extended properties: "Åtgärdsplan – Exempelby kommun", author the municipality."""
    full = title if municipality in title else f"{title} – {municipality}"
    set_core_properties(document, title=full, subject=subject, lang=lang, when=when)
    props = document.core_properties
    props.author = municipality
    props.last_modified_by = municipality
    _app_xml(document, municipality)


def _app_xml(document: Any, company: str) -> None:
    """Replace docProps/app.xml: no application or template the file was not made with."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_APP_NS}" xmlns:vt="{_VT_NS}">'
        "<Application>kbfa</Application>"
        "<DocSecurity>0</DocSecurity>"
        f"<Company>{escape(company)}</Company>"
        "</Properties>"
    ).encode()
    for rel in document.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            rel.target_part._blob = xml
            return


def drop_stock_parts(document: Any) -> None:
    """Remove the stock thumbnail and customXml parts (unreferenced parts are not saved)."""
    package_rels = document.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype == _THUMBNAIL:
            del package_rels[r_id]
    part_rels = document.part.rels
    for r_id, rel in list(part_rels.items()):
        if rel.reltype == _CUSTOM_XML:
            del part_rels[r_id]


def set_language(document: Any, lang: Lang) -> None:
    """The text's language in the style defaults and the theme, as Word reads them."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tag = LANG_TAG[lang]
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_default = defaults.find(qn("w:rPrDefault"))
    if r_default is None:
        r_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_default)
    r_pr = r_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_default.append(r_pr)
    lang_el = r_pr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        r_pr.append(lang_el)
    lang_el.set(qn("w:val"), tag)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
