"""A JSON Schema for the config, generated from the model.

TOML editors (Taplo, and through it Even Better TOML in VS Code) validate and
complete TOML against JSON Schema, but Taplo documents draft 4 only. The schema
therefore declares draft 4 and keeps to keywords that mean the same in drafts 4
to 7: type, properties, required (never empty: draft 4 forbids that),
additionalProperties, items, enum, minimum, maximum, minItems, minLength, pattern, format,
default, description, title and $ref into definitions. Nothing from 2019-09 on.

TOML dates have no JSON type; Taplo hands them to the validator as strings, so a
date is ``{"type": "string", "format": "date"}`` (it then also accepts a quoted
date, which the loader rejects with a clear message). Patterns are written so that
ECMA-262, Python ``re`` and Rust ``regex`` read them alike.

A field that holds a table refers to its class under ``definitions``; the field's own
description stands beside ``$ref``, where validators ignore it and editors may show it.
"""

from __future__ import annotations

import enum
import json
from typing import Any

from kbfa.config._converter import REQUIREMENT_FIELDS, YEARS
from kbfa.i18n import Lang
from kbfa.i18n.keys import key_label
from kbfa.i18n.terms import label
from kbfa.model import Governance, RequirementKind
from kbfa.schema._descriptions import CLASSES, FIELDS, REQUIREMENT_KINDS
from kbfa.schema._sources import sources_text
from kbfa.schema._walk import FieldInfo, Shape, classes, fields, references

__all__ = ["DRAFT", "ID_PATTERN", "TEXT_PATTERN", "build_schema", "schema_text"]

DRAFT = "http://json-schema.org/draft-04/schema#"

# The loader's rules, in the shared subset of ECMA-262, Python and Rust regex syntax.
# Controls but tab and newline, DEL and C1; bidi overrides; non-characters of the first
# plane. (The loader also refuses U+1FFFE, U+1FFFF... which this shared syntax cannot name.)
_CONTROL = (
    r"\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff"
)
#: Text: no control characters but tab and newline, and not only whitespace.
TEXT_PATTERN = rf"^[^\S{_CONTROL}]*[^\s{_CONTROL}][^{_CONTROL}]*$"
#: Id: lower-case ASCII letters, digits, ``_`` and ``-``, starting with a letter or digit.
ID_PATTERN = r"^[a-z0-9][a-z0-9_\-]*$"

#: Class-level checks of the loader that JSON Schema can say too.
_EXTRA: dict[str, dict[str, Any]] = {
    "Agreement.parties": {"minItems": 2},  # the loader: "minst två parter"
}

_WORDS: dict[str, dict[Lang, str]] = {
    "refers": {"sv": "Id bland: {names}.", "en": "An id among: {names}."},
    "subject_extra": {
        "sv": 'eller "steering_document"',
        "en": 'or "steering_document"',
    },
    "values": {"sv": "Värden: {values}.", "en": "Values: {values}."},
    "sources": {"sv": "Källa: {refs}.", "en": "Source: {refs}."},
    "date": {
        "sv": "Skrivs som TOML-datum utan citattecken, t.ex. 2024-03-21.",
        "en": "Written as a TOML date without quotes, e.g. 2024-03-21.",
    },
    "requires": {"sv": "kräver {keys}", "en": "requires {keys}"},
    "title": {
        "sv": "kbfa: en kommuns brottsförebyggande arbete enligt lag (2023:196)",
        "en": "kbfa: a municipality's crime-prevention work under Act (2023:196)",
    },
}


def _value_words(vocabulary: type[enum.Enum], lang: Lang) -> str:
    if vocabulary is RequirementKind:
        items = []
        for kind in RequirementKind:
            needs = REQUIREMENT_FIELDS[kind]
            doc = REQUIREMENT_KINDS[kind]
            text = doc.sv if lang == "sv" else doc.en
            if needs:
                keys = ", ".join(needs)
                text += "; " + _WORDS["requires"][lang].format(keys=keys)
            items.append(f'"{kind.value}" = {text}')
        return _WORDS["values"][lang].format(values="; ".join(items))
    items = [f'"{v.value}" = {label(v, lang)}' for v in vocabulary]
    return _WORDS["values"][lang].format(values="; ".join(items))


def _description(f: FieldInfo, lang: Lang, refs: dict[str, tuple[str, ...]]) -> str:
    doc = FIELDS[f.key]
    parts = [doc.sv if lang == "sv" else doc.en]
    names = refs.get(f.key)
    if names:
        shown = ", ".join(n for n in names if n != "steering_document")
        if "steering_document" in names:
            shown += " " + _WORDS["subject_extra"][lang]
        parts.append(_WORDS["refers"][lang].format(names=shown))
    leaf = f.shape.item if f.shape.kind == "array" and f.shape.item else f.shape
    if leaf.vocabulary is not None:
        parts.append(_value_words(leaf.vocabulary, lang))
    if leaf.kind == "date":
        parts.append(_WORDS["date"][lang])
    if doc.sources:
        parts.append(_WORDS["sources"][lang].format(refs=sources_text(doc.sources, lang)))
    return " ".join(parts)


def _shape_schema(shape: Shape) -> dict[str, Any]:
    if shape.kind == "text":
        return {"type": "string", "minLength": 1, "pattern": TEXT_PATTERN}
    if shape.kind == "id":
        return {"type": "string", "pattern": ID_PATTERN}
    if shape.kind == "count":
        return {"type": "integer", "minimum": 1}
    if shape.kind == "year":
        return {"type": "integer", "minimum": YEARS[0], "maximum": YEARS[1]}
    if shape.kind == "number":
        return {"type": "number"}
    if shape.kind == "bool":
        return {"type": "boolean"}
    if shape.kind == "date":
        return {"type": "string", "format": "date"}
    if shape.kind == "enum":
        assert shape.vocabulary is not None
        return {"type": "string", "enum": [str(v.value) for v in shape.vocabulary]}
    if shape.kind == "table":
        assert shape.table is not None
        return {"$ref": f"#/definitions/{shape.table.__name__}"}
    assert shape.item is not None
    return {"type": "array", "items": _shape_schema(shape.item)}


def _default(f: FieldInfo) -> object:
    """A default worth showing in an editor: a scalar, never None, () or a table."""
    value = f.default
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool | int):
        return value
    return None


def _property(f: FieldInfo, lang: Lang, refs: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if lang == "sv":  # the Swedish word for the key, which "menade du" also understands
        out["title"] = key_label(f.owner.__name__, f.name)
    out["description"] = _description(f, lang, refs)
    out.update(_shape_schema(f.shape))
    out.update(_EXTRA.get(f.key, {}))
    default = _default(f)
    if default is not None and not f.required:
        out["default"] = default
    return out


def _object(cls: type, lang: Lang, refs: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    doc = CLASSES[cls.__name__]
    out: dict[str, Any] = {
        "type": "object",
        "description": doc.sv if lang == "sv" else doc.en,
        "properties": {f.name: _property(f, lang, refs) for f in fields(cls)},
    }
    required = [f.name for f in fields(cls) if f.required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    return out


def build_schema(lang: Lang = "sv") -> dict[str, Any]:
    """The JSON Schema of a config file as a JSON-ready ``dict``; descriptions in ``lang``."""
    refs = references()
    root = _object(Governance, lang, refs)
    return {
        "$schema": DRAFT,
        "title": _WORDS["title"][lang],
        **root,
        "definitions": {
            cls.__name__: _object(cls, lang, refs) for cls in classes() if cls is not Governance
        },
    }


def schema_text(lang: Lang = "sv") -> str:
    """The text of ``schema/kbfa-config.schema.json``: stable, UTF-8, final newline."""
    return json.dumps(build_schema(lang), ensure_ascii=False, indent=2) + "\n"
