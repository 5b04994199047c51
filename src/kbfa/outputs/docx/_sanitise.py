"""A municipality's Word template, cleaned before anything is built from it.

A template supplies styles, headers, footers, page setup and its theme; kbfa copies
it into every document it writes. Whatever else it carries would travel too, so the
template is taken apart and rebuilt from the parts a document needs, before
python-docx ever parses it:

- **Size first.** The file, the number of parts and their unpacked size are capped
  from the zip's directory before a byte is inflated (a 1 MB "zip bomb" unpacked to
  1 GiB in every one of the documents).
- **Refused:** a macro-enabled file (.docm, .dotm); any XML part with a DOCTYPE or an
  entity declaration (python-docx drops the declaration but keeps ``&xxe;``, so
  Word could not open the output); a field that fetches content from elsewhere when
  the document is opened (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE).
- **Dropped, and the user told:** external relationships (a remote
  ``attachedTemplate``, linked images, UNC paths, hyperlinks in the header), macro
  parts (``vbaProject.bin``), custom XML, custom document properties.
- **Dropped as sample text:** the template's body with everything only the body used,
  except its letterhead (what comes before a bookmark named ``kbfa``, or a table that
  opens the body; ``_template_styles.letterhead_length``), which is kept with the
  pictures it shows and cleaned like a header: its fields and links are checked too.
- **Dropped silently:** the application properties (``docProps/app.xml``, which
  names the company and manager) and the thumbnail; kbfa sets the core properties
  itself.

What is kept is reached from the main document through relationships of the kinds
in :data:`_KEEP`, each internal.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any

import attrs

from kbfa.i18n import Catalogue, Lang, render

__all__ = ["MAX_PARTS", "MAX_TEMPLATE_BYTES", "MAX_UNPACKED_BYTES", "Cleaned", "Refused", "clean"]

#: The largest template file kbfa reads (a template with a logo is well under 1 MB).
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
#: The most its parts may unpack to, in all.
MAX_UNPACKED_BYTES = 25 * 1024 * 1024
#: The most parts it may have.
MAX_PARTS = 1000

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Relationship types (their last path segment) kept, by the kind of part they leave.
_KEEP: dict[str, frozenset[str]] = {
    "package": frozenset({"officeDocument", "core-properties"}),
    "document": frozenset(
        {
            "styles",
            "stylesWithEffects",
            "settings",
            "webSettings",
            "fontTable",
            "theme",
            "numbering",
            "header",
            "footer",
            "footnotes",
            "endnotes",
        }
    ),
    "header": frozenset({"image"}),
    "footer": frozenset({"image"}),
    "footnotes": frozenset({"image"}),
    "endnotes": frozenset({"image"}),
    "theme": frozenset({"image"}),
    "fontTable": frozenset({"font"}),
    "numbering": frozenset({"image"}),
}

# Relationship kinds of the main document kept only when the letterhead uses them.
_LETTERHEAD = frozenset({"image"})

# Elements that only point at another part and mean nothing without it.
_POINTERS = {f"{{{_W}}}{name}" for name in ("attachedTemplate", "subDoc", "altChunk")}
_FETCHING_FIELD = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDEAUTO|DDE|IMPORT)\b", re.I)
_PROPERTY = re.compile(rb"<(?:[\w.-]+:)?property\b")
_FIELD_CODE = re.compile(rb"<w:instrText[^>]*>([^<]*)</w:instrText>|w:instr=\"([^\"]*)\"")

T: Catalogue = {
    "too_big": {
        "sv": "mallen är för stor ({size}); kbfa läser mallar på högst {limit}",
        "en": "the template is too large ({size}); kbfa reads templates of at most {limit}",
    },
    "unpacked": {
        "sv": "mallen packas upp till {size}, mer än de {limit} en mall får ta (en zip-bomb?)",
        "en": "the template unpacks to {size}, more than the {limit} a template may take "
        "(a zip bomb?)",
    },
    "parts": {
        "sv": "mallen har {n} delar, fler än de {limit} en mall får ha",
        "en": "the template has {n} parts, more than the {limit} a template may have",
    },
    "macros": {
        "sv": "mallen innehåller makron (.docm/.dotm); spara den som Word-dokument (.docx) "
        "eller Word-mall (.dotx) utan makron",
        "en": "the template contains macros (.docm/.dotm); save it as a Word document (.docx) "
        "or template (.dotx) without macros",
    },
    "doctype": {
        "sv": "mallen innehåller en DOCTYPE- eller ENTITY-deklaration ({part}), som Word-filer "
        "aldrig har; spara om den i Word",
        "en": "the template contains a DOCTYPE or ENTITY declaration ({part}), which Word files "
        "never have; save it again in Word",
    },
    "field": {
        "sv": "mallen innehåller fältkoden {field} ({part}), som hämtar innehåll utifrån när "
        "dokumentet öppnas; ta bort fältet ur mallen",
        "en": "the template contains the field {field} ({part}), which fetches content from "
        "elsewhere when the document is opened; remove the field from the template",
    },
    "broken": {
        "sv": "mallen är inte ett Word-dokument (.docx): {reason}",
        "en": "the template is not a Word document (.docx): {reason}",
    },
    "external": {
        "sv": "extern länk till {target} ({kind})",
        "en": "external link to {target} ({kind})",
    },
    "macro_part": {"sv": "makrokod ({part})", "en": "macro code ({part})"},
    "custom_xml": {"sv": "anpassad XML ({part})", "en": "custom XML ({part})"},
    "custom_props": {
        "sv": "egna dokumentegenskaper ({part})",
        "en": "custom document properties ({part})",
    },
    "other_part": {"sv": "{kind} ({part})", "en": "{kind} ({part})"},
}


class Refused(Exception):
    """The template cannot be used; ``str()`` says why, in the user's language."""


@attrs.frozen
class Cleaned:
    """The template rebuilt from what documents need, and what was taken out (for the user)."""

    data: bytes
    removed: tuple[str, ...] = ()


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def clean(data: bytes, lang: Lang = "sv") -> Cleaned:
    """Check and rebuild a template's bytes; raise :class:`Refused` for what cannot be used."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise Refused(
            render(T, "too_big", lang, size=_size(len(data)), limit=_size(MAX_TEMPLATE_BYTES))
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise Refused(render(T, "broken", lang, reason=exc)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise Refused(render(T, "parts", lang, n=len(infos), limit=MAX_PARTS))
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED_BYTES:
            limit = _size(MAX_UNPACKED_BYTES)
            raise Refused(render(T, "unpacked", lang, size=_size(unpacked), limit=limit))
        try:
            return _Rebuild(archive, lang).run()
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise Refused(render(T, "broken", lang, reason=exc)) from None


class _Rebuild:
    def __init__(self, archive: zipfile.ZipFile, lang: Lang) -> None:
        self.archive = archive
        self.lang = lang
        self.names = set(archive.namelist())
        self.parts: dict[str, bytes] = {}  # kept part name -> bytes to write
        self.removed: list[str] = []

    # -- reading ---------------------------------------------------------------

    def read(self, name: str) -> bytes:
        # Never more than the size the zip's directory declares: ZipFile.read() inflates
        # a part whose header lies about its size to the end (200 MB for "1000 bytes");
        # read(n) stops at n, and a part longer than declared fails its CRC check.
        info = self.archive.getinfo(name)
        with self.archive.open(info) as part:
            blob = part.read(info.file_size)
        if name.endswith((".xml", ".rels")) and (b"<!DOCTYPE" in blob or b"<!ENTITY" in blob):
            raise Refused(render(T, "doctype", self.lang, part=name))
        return blob

    def xml(self, blob: bytes) -> Any:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return etree.fromstring(blob, parser)

    # -- the walk --------------------------------------------------------------

    def run(self) -> Cleaned:
        types = self.read("[Content_Types].xml")
        if b"macroEnabled" in types:  # .docm / .dotm: the main part says it runs macros
            raise Refused(render(T, "macros", self.lang))
        self.follow("", "package")
        self.parts["[Content_Types].xml"] = self.content_types(types)
        for name in sorted(self.names - set(self.parts) - {"_rels/.rels"}):
            if not name.endswith(".rels") and not name.endswith("/"):
                self.note_unused(name)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name, blob in self.parts.items():
                dst.writestr(name, blob)
        return Cleaned(out.getvalue(), tuple(dict.fromkeys(self.removed)))

    def follow(self, part: str, kind: str) -> None:
        """Keep ``part`` (and what it may use), dropping relationships of other kinds."""
        rels_name = _rels_of(part)
        dropped: set[str] = set()
        root: Any = None
        letterhead_refs: set[str] = set()
        if kind == "document":
            # Parsed first: which pictures the letterhead kept in the body uses.
            root = self.xml(self.read(part))
            letterhead_refs = _keep_only_letterhead(root)
        if rels_name in self.names:
            rels = self.xml(self.read(rels_name))
            for rel in list(rels):
                rel_type = rel.get("Type", "").rsplit("/", 1)[-1]
                target = rel.get("Target", "")
                external = rel.get("TargetMode") == "External"
                target_name = "" if external else _resolve(part, target)
                wanted = rel_type in _KEEP.get(kind, frozenset()) or (
                    kind == "document"
                    and rel_type in _LETTERHEAD
                    and rel.get("Id", "") in letterhead_refs
                )
                if not external and wanted:
                    if target_name in self.names and target_name not in self.parts:
                        self.follow(target_name, _kind_of(rel_type))
                    continue
                rels.remove(rel)
                dropped.add(rel.get("Id", ""))
                if external:
                    self.removed.append(
                        render(T, "external", self.lang, target=target, kind=rel_type)
                    )
            from lxml import etree

            self.parts[rels_name] = etree.tostring(
                rels, xml_declaration=True, encoding="UTF-8", standalone=True
            )
        if not part:
            return
        if root is not None:
            blob = self.unlink(root, dropped)
        else:
            blob = self.read(part)
            if dropped and part.endswith(".xml"):
                blob = self.unlink(self.xml(blob), dropped)
        if part.endswith(".xml"):
            found = _fetching_field(blob)
            if found:
                raise Refused(render(T, "field", self.lang, field=found, part=part))
        self.parts[part] = blob

    def unlink(self, root: Any, dropped: set[str]) -> bytes:
        """Remove the references to dropped relationships from a part's XML."""
        from lxml import etree

        for element in list(root.iter()):
            for attribute in list(element.attrib):
                if attribute.startswith(f"{{{_R}}}") and element.get(attribute) in dropped:
                    if element.tag in _POINTERS:
                        parent = element.getparent()
                        if parent is not None:
                            parent.remove(element)
                        break
                    del element.attrib[attribute]
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))

    def note_unused(self, name: str) -> None:
        lower = name.lower()
        if lower.endswith(("vbaproject.bin", "vbadata.xml")):
            self.removed.append(render(T, "macro_part", self.lang, part=name))
        elif lower.startswith("customxml/item") and "props" not in lower and lower.endswith(".xml"):
            # Word puts an empty bibliography list in every document: nothing to tell.
            blob = self.archive.open(name).read(4096)
            if not (b"Sources" in blob and b"<b:Source>" not in blob and len(blob) < 4096):
                self.removed.append(render(T, "custom_xml", self.lang, part=name))
        elif lower == "docprops/custom.xml":
            # LibreOffice writes an empty one into every file it saves: nothing to tell.
            blob = self.archive.open(name).read(4096)
            if _PROPERTY.search(blob) or len(blob) >= 4096:
                self.removed.append(render(T, "custom_props", self.lang, part=name))

    def content_types(self, blob: bytes) -> bytes:
        from lxml import etree

        root = self.xml(blob)
        for override in list(root.findall(f"{{{_CT}}}Override")):
            name = override.get("PartName", "").lstrip("/")
            if name not in self.parts:
                root.remove(override)
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _keep_only_letterhead(root: Any) -> set[str]:
    """Empty a main document's body but for its letterhead; the relationship ids it uses.

    The body is replaced by kbfa's content; what is kept is the final section's
    properties (page setup, header and footer references) and the letterhead that
    :func:`~kbfa.outputs.docx._template_styles.letterhead_length` finds, so that what
    the documents carry of the body is cleaned like the rest. Where a bookmark named
    "kbfa" marked the letterhead's end, an empty paragraph holding only that bookmark
    stays after it, so the same rule finds the same letterhead again.
    """
    from kbfa.outputs.docx._template_styles import letterhead_length

    body = root.find(f"{{{_W}}}body")
    if body is None:
        return set()
    children = [c for c in body if c.tag != f"{{{_W}}}sectPr"]
    keep, marked = letterhead_length(children)
    if marked:
        start = next(
            b
            for b in children[keep].iter(f"{{{_W}}}bookmarkStart")
            if b.get(f"{{{_W}}}name") == "kbfa"
        )
        marker = _w("p")
        marker.append(_w("bookmarkStart", id=start.get(f"{{{_W}}}id", "0"), name="kbfa"))
        marker.append(_w("bookmarkEnd", id=start.get(f"{{{_W}}}id", "0")))
        children[keep].addprevious(marker)
    for child in children[keep:]:
        body.remove(child)
    _drop_unpaired_bookmarks(body)
    return {
        value
        for child in body
        if child.tag != f"{{{_W}}}sectPr"
        for element in child.iter()
        for name, value in element.attrib.items()
        if name.startswith(f"{{{_R}}}")
    }


def _w(tag: str, **attributes: str) -> Any:
    from lxml import etree

    return etree.Element(
        f"{{{_W}}}{tag}", {f"{{{_W}}}{k}": v for k, v in attributes.items()}, nsmap={"w": _W}
    )


def _drop_unpaired_bookmarks(body: Any) -> None:
    """A bookmark whose start or end went with the rest of the body is removed whole."""
    starts = {b.get(f"{{{_W}}}id") for b in body.iter(f"{{{_W}}}bookmarkStart")}
    ends = {b.get(f"{{{_W}}}id") for b in body.iter(f"{{{_W}}}bookmarkEnd")}
    for tag, other in (("bookmarkStart", ends), ("bookmarkEnd", starts)):
        for b in list(body.iter(f"{{{_W}}}{tag}")):
            if b.get(f"{{{_W}}}id") not in other:
                parent = b.getparent()
                if parent is not None:
                    parent.remove(b)


def _fetching_field(blob: bytes) -> str | None:
    for match in _FIELD_CODE.finditer(blob):
        code = match.group(1) or match.group(2) or b""
        found = _FETCHING_FIELD.search(code)
        if found:
            return found.group(1).decode("ascii").upper()
    return None


def _rels_of(part: str) -> str:
    if not part:
        return "_rels/.rels"
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _resolve(source: str, target: str) -> str:
    """A relationship's target as a part name (relative to the source part's folder)."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _kind_of(rel_type: str) -> str:
    return "document" if rel_type == "officeDocument" else rel_type
