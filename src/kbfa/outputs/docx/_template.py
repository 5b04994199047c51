"""The Word template: the municipality's own .docx, or kbfa's built-in base.

A template supplies styles, headers, footers and page setup; kbfa supplies the body
and writes it with the named styles in :data:`REQUIRED_STYLES` only.

The raw file is first capped in size and rebuilt from the parts a document needs
(:mod:`._sanitise`): what must not travel into the documents is refused or dropped and
named in :attr:`Template.removed`. Then, on the cleaned template, a style it lacks is
added, based on the template's own styles, and named in :attr:`Template.added`
(:mod:`._template_styles`); only a template without Normal, or with a needed style of
the wrong type, is rejected, in one message, before anything is written. The user is
told both (:meth:`Template.notices`).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import attrs

from kbfa.errors import TemplateError
from kbfa.files import InputRefused, read_input
from kbfa.i18n import Catalogue, Lang, render
from kbfa.outputs.docx._sanitise import MAX_TEMPLATE_BYTES, Refused, clean

__all__ = [
    "REQUIRED_STYLES",
    "Template",
    "cleaning_notice",
    "load_template",
    "missing_styles",
    "open_docx",
]

#: Every style the generators use, by Word's built-in (English) name, with its type.
#: A localised Word stores built-in names in English too ("heading 1"), so a Swedish
#: municipality's template is found by these names.
REQUIRED_STYLES: tuple[tuple[str, str], ...] = (
    ("Normal", "paragraph"),
    ("Title", "paragraph"),
    ("Subtitle", "paragraph"),
    ("Heading 1", "paragraph"),
    ("Heading 2", "paragraph"),
    ("Heading 3", "paragraph"),
    ("List Bullet", "paragraph"),
    ("Caption", "paragraph"),
    ("Table Grid", "table"),
)

_DOTX_MAIN = b"wordprocessingml.template.main+xml"
_DOCX_MAIN = b"wordprocessingml.document.main+xml"

T: Catalogue = {
    "unreadable": {
        "sv": "{path}: mallen kan inte läsas: {reason}",
        "en": "{path}: the template cannot be read: {reason}",
    },
    "not_docx": {
        "sv": "{path}: mallen är inte ett Word-dokument (.docx): {reason}",
        "en": "{path}: the template is not a Word document (.docx): {reason}",
    },
    "refused": {"sv": "{path}: {reason}", "en": "{path}: {reason}"},
    "cleaned": {
        "sv": "{path}: följande togs bort ur mallen och kommer inte med i dokumenten: {items}",
        "en": "{path}: removed from the template, not carried into the documents: {items}",
    },
    "missing": {
        "sv": "{path}: mallen saknar {n} formatmallar som dokumenten behöver: {names}. "
        "Lägg till dem i mallen (Word: fliken Start > Formatmallar) och kör igen.",
        "en": "{path}: the template lacks {n} styles the documents need: {names}. "
        "Add them to the template (Word: Home tab > Styles) and run again.",
    },
    "added": {
        "sv": "{path}: mallen saknade formatmallarna {names}; kbfa lade till dem utifrån "
        "mallens egna formatmallar (t.ex. Rubrik 3 utifrån Rubrik 2).",
        "en": "{path}: the template lacked the styles {names}; kbfa added them based on the "
        "template's own styles (e.g. Heading 3 on Heading 2).",
    },
    "wrong_type": {
        "sv": "{name} (fel typ, ska vara {kind})",
        "en": "{name} (wrong type, must be {kind})",
    },
}


@attrs.frozen
class Template:
    """A validated, cleaned template: its path (for messages), its bytes, read once, and
    what cleaning took out of it (external links, macro code, custom XML), for the user."""

    path: str
    data: bytes = attrs.field(repr=False)
    #: What cleaning took out of the raw file (external links, macro code, custom XML).
    removed: tuple[str, ...] = ()
    #: Built-in styles kbfa added because the template lacked them, in a fixed order.
    added: tuple[str, ...] = ()

    def notice(self, lang: Lang = "sv") -> str | None:
        """What to tell the user about the styles added, or None."""
        if not self.added:
            return None
        return render(T, "added", lang, path=self.path, names=", ".join(self.added))

    def notices(self, lang: Lang = "sv") -> list[str]:
        """Every line to tell the user: what was removed, then which styles were added."""
        return [n for n in (cleaning_notice(self, lang), self.notice(lang)) if n is not None]


def open_docx(data: bytes) -> Any:
    """A python-docx Document from bytes (each document gets its own copy)."""
    import docx

    return docx.Document(io.BytesIO(data))


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx) as a document: only the main part's content type differs."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        types = src.read("[Content_Types].xml")
        if _DOTX_MAIN not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                blob = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    blob = blob.replace(_DOTX_MAIN, _DOCX_MAIN)
                dst.writestr(info, blob)
        return out.getvalue()


def _style_type_name(style: Any) -> str:
    from docx.enum.style import WD_STYLE_TYPE

    return {
        WD_STYLE_TYPE.PARAGRAPH: "paragraph",
        WD_STYLE_TYPE.CHARACTER: "character",
        WD_STYLE_TYPE.TABLE: "table",
        WD_STYLE_TYPE.LIST: "list",
    }.get(style.type, "unknown")


def missing_styles(document: Any, lang: Lang = "sv") -> list[str]:
    """The required styles ``document`` lacks (or has with the wrong type), in a fixed order."""
    styles = document.styles
    missing: list[str] = []
    for name, kind in REQUIRED_STYLES:
        if name not in styles:
            missing.append(name)
        elif _style_type_name(styles[name]) != kind:
            missing.append(render(T, "wrong_type", lang, name=name, kind=kind))
    return missing


def load_template(path: str | Path, lang: Lang = "sv") -> Template:
    """Read and check a template; raise :class:`TemplateError` naming every missing style."""
    shown = str(path)
    try:
        data = read_input(path, limit=MAX_TEMPLATE_BYTES, lang=lang)
    except InputRefused as exc:
        raise TemplateError(render(T, "unreadable", lang, path=shown, reason=exc)) from None
    try:
        cleaned = clean(data, lang)
    except Refused as exc:
        raise TemplateError(render(T, "refused", lang, path=shown, reason=exc)) from None
    try:
        data = _as_document(cleaned.data)
        document = open_docx(data)
    except Exception as exc:  # noqa: BLE001 - python-docx raises assorted types for non-docx input
        reason = f"{type(exc).__name__}: {exc}"
        raise TemplateError(render(T, "not_docx", lang, path=shown, reason=reason)) from None
    missing = missing_styles(document, lang)
    absent = [name for name, _kind in REQUIRED_STYLES if name in missing]
    fatal = [m for m in missing if m not in absent or m == "Normal"]
    if fatal:
        raise TemplateError(
            render(T, "missing", lang, path=shown, n=len(fatal), names=", ".join(fatal))
        )
    added: list[str] = []
    if absent:
        from kbfa.outputs.docx._template_styles import add_missing_styles

        added = add_missing_styles(document, absent)
        out = io.BytesIO()
        document.save(out)
        data = out.getvalue()
    return Template(shown, data, cleaned.removed, tuple(added))


def cleaning_notice(template: Template, lang: Lang = "sv") -> str | None:
    """What cleaning took out of ``template``, as one line for the user (None: nothing)."""
    if not template.removed:
        return None
    return render(T, "cleaned", lang, path=template.path, items="; ".join(template.removed))
