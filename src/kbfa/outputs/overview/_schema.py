"""The JSON Schema (draft 2020-12) of the export, docs/export-schema.json.

Generated from the column definitions that make the records
(:mod:`kbfa.outputs.overview._columns`) and from the enums of the evaluation, so a
field added there and its schema cannot drift apart. ``python -m kbfa.docs`` writes
the file; the tests validate the export of ``kbfa overview`` and of ``kbfa check
--format json`` against it.
"""

from __future__ import annotations

import json
from typing import Any

from kbfa.evaluation import Level, Severity, Situation, Verdict
from kbfa.model import Strength
from kbfa.outputs.overview import _columns
from kbfa.outputs.overview._columns import (
    DUTY_VERDICT_FIELDS,
    FINDING_FIELDS,
    IDENTITY,
    ref,
)
from kbfa.outputs.overview._json import EXPORT_FORMAT, EXPORT_VERSION
from kbfa.outputs.overview._sheet import Field
from kbfa.outputs.overview._table import VERDICT_ORDER

__all__ = ["export_schema", "export_schema_text"]

SCHEMA_ID = f"urn:kbfa:export:{EXPORT_VERSION}"


#: A record about a municipality that was evaluated names it and its config's format.
_EVALUATED_FIELDS: dict[str, Any] = {
    "municipality": {"type": "string", "minLength": 1},
    "format_version": {"type": "integer"},
}
_EVALUATED: dict[str, Any] = {"properties": _EVALUATED_FIELDS}
#: The municipalities table: a file that was read has verdicts and no problems; one that
#: was not has problems, and no format or verdicts (its name only when it loaded and its
#: evaluation failed, an internal error).
_BY_STATUS: dict[str, Any] = {
    "if": {"properties": {"status": {"const": "not_loaded"}}},
    "then": {
        "properties": {
            "format_version": {"type": "null"},
            "duties": {"maxProperties": 0},
            "problems": {"minItems": 1},
        }
    },
    "else": {"properties": {**_EVALUATED_FIELDS, "problems": {"maxItems": 0}}},
}


def _record(fields: dict[str, Any], description: str, condition: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": description,
        "type": "array",
        "items": {
            "type": "object",
            "required": list(fields),
            "additionalProperties": False,
            "properties": fields,
            "allOf": [condition],
        },
    }


def _fields(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {f.key: dict(f.schema) for f in (*IDENTITY, *fields)}


def _defs() -> dict[str, Any]:
    count = {"type": "integer", "minimum": 0}
    level_totals = {
        **{v.value: ref("count") for v in VERDICT_ORDER},
        Verdict.EJ_UPPFYLLT.value: ref(
            "count",
            "Not met, resting on a binding 'ska': a breach. An unmet level resting only on "
            "'verka för', lämplighet or kbfa's reading is counted in warning instead.",
        ),
        "warning": ref(
            "count",
            "Not met, resting only on 'verka för', lämplighet or kbfa's reading: a warning, "
            "never a breach (counted apart from ej_uppfyllt).",
        ),
        "not_loaded": ref("count", "Files that could not be loaded."),
        "no_verdict": ref("count", "Evaluated, but the duty has no rule on this level."),
    }
    return {
        "verdict": {"enum": [v.value for v in Verdict]},
        "severity": {
            "enum": [s.value for s in Severity],
            "description": "breach (brist), warning (varning) or info (att notera).",
        },
        "level": {
            "enum": [lv.value for lv in Level],
            "description": "design (utformning: what the steering document provides for) or "
            "practice (genomförande: what the dated evidence shows).",
        },
        "strength": {"enum": [s.value for s in Strength]},
        "situation": {"enum": [s.value for s in Situation]},
        "dutyKey": {"type": "string", "pattern": "^[0-9A-Za-z§–_-]+$"},
        "code": {
            "type": "string",
            "pattern": "^\\S+$",
            "description": "Stable rule code; `kbfa explain CODE` prints the rule.",
        },
        "count": count,
        "date": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        "levelVerdict": {
            "type": "object",
            "required": ["verdict", "strength", "interpretation", "rests_on", "breach"],
            "additionalProperties": False,
            "properties": {
                "verdict": ref(
                    "verdict",
                    "The coverage of the duty's parts on this level: uppfyllt (all met), delvis "
                    "(some), ej_uppfyllt (none), ej_bedombart (none assessable), ej_tillamplig "
                    "(none applies on the date).",
                ),
                "strength": ref(
                    "strength",
                    'must when the verdict rests on the law\'s "ska"; otherwise the strongest '
                    "of the parts it rests on.",
                ),
                "interpretation": {
                    "type": "boolean",
                    "description": "true when it rests only on kbfa's reading of an open term; "
                    "never a breach then.",
                },
                "rests_on": {
                    "type": "array",
                    "items": ref("code"),
                    "description": "The rule codes whose findings were summed up.",
                },
                "breach": {
                    "type": "boolean",
                    "description": "Whether one of those findings is a breach.",
                },
            },
        },
        "problem": {
            "type": "object",
            "required": ["file", "line", "path", "message"],
            "additionalProperties": False,
            "properties": {
                "file": {"type": "string"},
                "line": {"type": ["integer", "null"], "minimum": 1},
                "path": {
                    "type": ["string", "null"],
                    "description": "TOML key path, e.g. bodies[2].cadence.",
                },
                "message": {"type": "string", "minLength": 1},
            },
        },
        "levelTotals": {
            "type": "object",
            "required": list(level_totals),
            "additionalProperties": False,
            "properties": level_totals,
        },
    }


def export_schema() -> dict[str, Any]:
    """The schema as data."""
    municipality: dict[str, Any] = {}
    for group in _columns.GROUPS:  # read when called, so a group added later counts
        municipality.update(group.schema())
    properties: dict[str, Any] = {
        "format": {"const": EXPORT_FORMAT, "description": "Identifies the file as a kbfa export."},
        "version": {"const": EXPORT_VERSION, "description": "Major version of this format."},
        "generator": {
            "type": "string",
            "pattern": "^kbfa ",
            "description": 'The kbfa version that wrote the file, e.g. "kbfa 0.1.0".',
        },
        "as_of": ref("date", "The date the municipalities were evaluated as of (ISO 8601)."),
        "lang": {"enum": ["sv", "en"], "description": "Language of titles, labels and messages."},
        "verdicts": {
            "description": "Every verdict value, best first, with the reader's word for it.",
            "type": "array",
            "items": {
                "type": "object",
                "required": ["value", "label"],
                "additionalProperties": False,
                "properties": {
                    "value": ref("verdict"),
                    "label": {"type": "string", "minLength": 1},
                },
            },
        },
        "duties": {
            "description": "The duties of the law, in the law's order: the columns of the "
            "overview.",
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "section", "title", "reference", "url", "codes"],
                "additionalProperties": False,
                "properties": {
                    "key": ref("dutyKey"),
                    "section": {
                        "type": "string",
                        "minLength": 1,
                        "description": 'The section alone, e.g. "4 §", "11–12 §§".',
                    },
                    "title": {"type": "string", "minLength": 1},
                    "reference": {
                        "type": "string",
                        "minLength": 1,
                        "description": 'e.g. "6 § lag (2023:196)".',
                    },
                    "url": {"type": ["string", "null"], "format": "uri"},
                    "codes": {
                        "type": "array",
                        "items": ref("code"),
                        "description": "Rule codes whose verdicts make up the duty's verdict.",
                    },
                },
            },
        },
        "indicators": {
            "description": "The indicators asked for (kbfa overview --indikator KEY), in the "
            "order asked; each adds its key to every evaluated municipality's indicators. "
            "Empty when none was asked for (and always from kbfa check).",
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "title", "unit"],
                "additionalProperties": False,
                "properties": {
                    "key": {
                        "type": "string",
                        "minLength": 1,
                        "description": "As asked: the series an indicator reads (a Kolada "
                        "KPI, a table's series) or an indicator's id.",
                    },
                    "title": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The first matching indicator's title, else the key.",
                    },
                    "unit": {
                        "const": "per_100000",
                        "description": "The unit of every value: per 100 000 inhabitants.",
                    },
                },
            },
        },
        "municipalities": _record(
            municipality,
            "One record per config file: the files that were evaluated and those that "
            "could not be read (status), in the order given (kbfa check: the evaluated first).",
            _BY_STATUS,
        ),
        "duty_verdicts": _record(
            _fields(DUTY_VERDICT_FIELDS),
            "One record per evaluated municipality, duty and level (design: what the "
            "steering document provides for; practice: what the evidence shows): the "
            "coverage of the duty's parts, with the strength it rests on.",
            _EVALUATED,
        ),
        "findings": _record(
            _fields(FINDING_FIELDS),
            "Every finding of every evaluated municipality, flat; uppfyllt findings included.",
            _EVALUATED,
        ),
        "totals": {
            "description": "Per duty key and level: how many municipalities got each verdict; "
            "with warning, not_loaded and no_verdict they add up to the number of files.",
            "type": "object",
            "propertyNames": ref("dutyKey"),
            "additionalProperties": {
                "type": "object",
                "required": ["design", "practice"],
                "additionalProperties": False,
                "properties": {"design": ref("levelTotals"), "practice": ref("levelTotals")},
            },
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "kbfa export: findings of many municipalities under lag (2023:196)",
        "description": (
            "Written by `kbfa overview FILE... -o OUT.json` and by `kbfa check --format json`. "
            "Three flat tables for a spreadsheet or a database, `municipalities` (one record "
            "per config file), `duty_verdicts` (per municipality, duty and level) and "
            "`findings` (one record per finding), joined on `file`; every record starts "
            "with the municipality, kommunkod, län, assessment date, config-format version "
            "and file. `duties` and `verdicts` describe the columns and values. Fields may "
            "be added without changing `version`; renaming, removing or changing the "
            "meaning of a field raises it. See docs/export.md. Generated by "
            "`python -m kbfa.docs`: do not edit."
        ),
        "type": "object",
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
        "$defs": _defs(),
    }


def export_schema_text() -> str:
    """docs/export-schema.json: the schema, indented, keys in the order written here."""
    return json.dumps(export_schema(), ensure_ascii=False, indent=2) + "\n"
