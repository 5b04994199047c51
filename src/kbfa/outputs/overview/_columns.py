"""The columns of the export's tables, defined once for JSON, its schema, CSV and .xlsx.

Three flat tables describe many municipalities (see docs/export.md):

- ``municipalities``: one record per config file. Its columns come in
  :data:`GROUPS` (who the municipality is; the verdict per duty and level; the
  counts; the indicators asked for; why a file could not be read). Each
  :class:`ColumnGroup` gives the fields it adds to a municipality's record, their JSON
  Schema, and its columns in the spreadsheets (the *Kommuner* sheet, the main CSV
  file).
- ``findings``: one record per finding (:data:`FINDING_FIELDS`).
- ``duty_verdicts``: one record per municipality, duty and level
  (:data:`DUTY_VERDICT_FIELDS`), for a database or a pivot table.

Every record of every table starts with :data:`IDENTITY`: municipality, kommunkod,
län, the assessment date, the config-format version and the file.

**Adding a column group** (e.g. an indicator per municipality): write a class with
the three methods of :class:`ColumnGroup` and put an instance in :data:`GROUPS` where
its columns should stand. Its fields appear in each ``municipalities`` record of the
JSON export (``kbfa overview -o x.json`` and ``kbfa check --format json``), in
docs/export-schema.json (regenerate: ``python -m kbfa.docs``), in the main CSV file
and on the *Kommuner* sheet, and the tests that validate the export against the schema
and compare the workbook with the JSON cover it. Adding fields keeps the export's
``version``; give every field a description in its schema.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from kbfa.errors import ConfigProblem
from kbfa.evaluation import Finding, Level, LevelVerdict, Severity, Verdict
from kbfa.model import Strength
from kbfa.outputs.duty_cells import (
    LEVELS,
    NOT_READ_FILL,
    VERDICT_FILLS,
    duty_cell,
    level_word,
    shade,
)
from kbfa.outputs.overview._indicators import (
    column_headers,
    not_loaded_text,
    position_text,
    year_text,
)
from kbfa.outputs.overview._messages import text
from kbfa.outputs.overview._sheet import (
    Field,
    SheetCell,
    SheetColumn,
    SheetContext,
    boolean,
    date,
    duty,
    finding_verdict,
    level,
    number,
    strength,
    words,
)

if TYPE_CHECKING:
    from kbfa.outputs.overview._table import Overview, Row

__all__ = [
    "DUTY_VERDICT_FIELDS",
    "FINDING_FIELDS",
    "GROUPS",
    "IDENTITY",
    "ColumnGroup",
    "FieldGroup",
    "duty_verdict_records",
    "finding_record",
    "identity",
    "level_data",
    "municipality_record",
]


def ref(name: str, description: str | None = None) -> dict[str, Any]:
    """A reference to one of the schema's ``$defs``, with a description."""
    out: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
    if description:
        out["description"] = description
    return out


def nullable(name: str, description: str) -> dict[str, Any]:
    """One of the schema's ``$defs``, or null."""
    return {"oneOf": [{"$ref": f"#/$defs/{name}"}, {"type": "null"}], "description": description}


#: The columns every record of every table starts with.
IDENTITY: tuple[Field, ...] = (
    Field(
        "municipality",
        {
            "type": ["string", "null"],
            "description": "The municipality's name; null when the file could not be loaded.",
        },
        "municipality",
        width=28,
    ),
    Field(
        "kommunkod",
        {
            "type": ["string", "null"],
            "description": "SCB municipality code (four digits, as text: 0682) when the "
            "config states it; the join key to SCB and Kolada statistics.",
        },
        "kommunkod",
        width=12,
    ),
    Field(
        "lan",
        {"type": ["string", "null"], "description": "County (län) when the config states it."},
        "lan",
        width=18,
    ),
    Field(
        "as_of",
        ref("date", "The date the municipality was assessed as of (ISO 8601)."),
        "as_of",
        date,
        width=12,
    ),
    Field(
        "format_version",
        {
            "type": ["integer", "null"],
            "minimum": 1,
            "description": "The config format the file is written in (format_version; 1 when "
            "the file does not say); null when the file could not be loaded.",
        },
        "format_version",
        number,
        width=14,
    ),
    Field(
        "file",
        {
            "type": "string",
            "description": "The config file as given; the join key between the tables "
            "(empty for a model built in code).",
        },
        "file",
        width=28,
    ),
)


def identity(row: Row, as_of: dt.date) -> dict[str, Any]:
    """The :data:`IDENTITY` fields of a row (``as_of``: the run's date, for a file not read)."""
    return {
        "municipality": row.municipality,
        "kommunkod": row.kommunkod,
        "lan": row.lan,
        "as_of": (row.result.as_of if row.result is not None else as_of).isoformat(),
        "format_version": row.format_version,
        "file": row.file,
    }


class ColumnGroup(Protocol):
    """Columns of the ``municipalities`` table, in the JSON export and the spreadsheets."""

    def record(self, row: Row, overview: Overview) -> dict[str, Any]:
        """The group's fields in one municipality's record (JSON values)."""
        ...

    def schema(self) -> dict[str, Any]:
        """JSON Schema of each of those fields, by field name (each with a description)."""
        ...

    def columns(self, ctx: SheetContext) -> list[SheetColumn]:
        """The group's columns on the *Kommuner* sheet and in the main CSV file; a cell is
        made from the record (the JSON), never from the row."""
        ...


@attrs.frozen
class FieldGroup:
    """A group of plain fields: one column each."""

    fields: tuple[Field, ...]
    values: Callable[[Row, Overview], dict[str, Any]]

    def record(self, row: Row, overview: Overview) -> dict[str, Any]:
        return self.values(row, overview)

    def schema(self) -> dict[str, Any]:
        return {f.key: dict(f.schema) for f in self.fields}

    def columns(self, ctx: SheetContext) -> list[SheetColumn]:
        return [c for c in (f.column(ctx) for f in self.fields) if c is not None]


def level_data(found: LevelVerdict | None) -> dict[str, Any] | None:
    """One duty's verdict on one level as JSON data (None when the duty has no rule there)."""
    if found is None:
        return None
    return {
        "verdict": found.verdict.value,
        "strength": found.strength.value,
        "interpretation": found.interpretation,
        "rests_on": list(found.rests_on),
        "breach": found.breach,
    }


def _level_of(data: Mapping[str, Any]) -> LevelVerdict:
    return LevelVerdict(
        Verdict(data["verdict"]),
        Strength(data["strength"]),
        data["interpretation"],
        tuple(data["rests_on"]),
        data["breach"],
    )


@attrs.frozen
class DutyGroup:
    """Two columns per duty of the law: its design verdict and its practice verdict."""

    def record(self, row: Row, overview: Overview) -> dict[str, Any]:
        return {
            "duties": {
                key: {lv.value: level_data(v.level(lv)) for lv in LEVELS}
                for key, v in row.verdicts.items()
            }
        }

    def schema(self) -> dict[str, Any]:
        return {
            "duties": {
                "description": "Per duty key, its design and practice verdict (null when the "
                "duty has no rule on that level), each the coverage of the duty's parts; "
                "empty when the file could not be loaded.",
                "type": "object",
                "propertyNames": ref("dutyKey"),
                "additionalProperties": {
                    "type": "object",
                    "required": ["design", "practice"],
                    "additionalProperties": False,
                    "properties": {
                        "design": nullable(
                            "levelVerdict", "What the steering document provides for."
                        ),
                        "practice": nullable("levelVerdict", "What the dated evidence shows."),
                    },
                },
            }
        }

    def columns(self, ctx: SheetContext) -> list[SheetColumn]:
        out = []
        for d in ctx.data["duties"]:
            for lv in LEVELS:
                heading = f"{ctx.headings[d['key']]} ({level_word(lv, ctx.lang)})"
                out.append(
                    SheetColumn(
                        key=f"duties.{d['key']}.{lv.value}",
                        header=heading,
                        cell=_duty_cell(d["key"], lv, ctx),
                        width=26,
                    )
                )
        return out


def _duty_cell(key: str, lv: Level, ctx: SheetContext) -> Any:
    def cell(record: Mapping[str, Any]) -> SheetCell:
        if record["status"] == "not_loaded":
            return SheetCell(text("not_read", ctx.lang), NOT_READ_FILL)
        found = record["duties"].get(key, {}).get(lv.value)
        if found is None:
            return SheetCell(text("no_verdict", ctx.lang))
        level_verdict = _level_of(found)
        return SheetCell(duty_cell(level_verdict, ctx.lang), VERDICT_FILLS[shade(level_verdict)])

    return cell


@attrs.frozen
class ProblemGroup:
    """Whether the file was evaluated, and every problem of one that could not be read."""

    def record(self, row: Row, overview: Overview) -> dict[str, Any]:
        return {
            "status": "not_loaded" if row.failed else "evaluated",
            "problems": [
                {"file": p.file, "line": p.line, "path": p.path or None, "message": p.message}
                for p in row.problems
            ],
        }

    def schema(self) -> dict[str, Any]:
        return {
            "status": {
                "enum": ["evaluated", "not_loaded"],
                "description": "not_loaded: the file could not be read; problems say why.",
            },
            "problems": {
                "description": "Why the file could not be loaded, every problem, first one "
                "first; empty when it was.",
                "type": "array",
                "items": ref("problem"),
            },
        }

    def columns(self, ctx: SheetContext) -> list[SheetColumn]:
        lang = ctx.lang

        def note(record: Mapping[str, Any]) -> SheetCell:
            problems = record["problems"]
            if not problems:
                return SheetCell(None)
            p = problems[0]
            first = str(ConfigProblem(p["file"], p["line"], p["path"] or "", p["message"]))
            more = len(problems) - 1
            return SheetCell(first + (text("more_problems", lang, n=more) if more else ""))

        return [SheetColumn("problems", text("note", lang), note, width=40)]


#: The JSON Schema of one municipality's value of an indicator asked for.
_INDICATOR_VALUE: dict[str, Any] = {
    "type": "object",
    "required": [
        "indicator",
        "value",
        "year",
        "value_status",
        "country",
        "position",
        "relative",
        "missing",
        "source",
    ],
    "additionalProperties": False,
    "properties": {
        "indicator": {
            "type": ["string", "null"],
            "description": "The id of the municipality's indicator that reads the statistic; "
            "null when it has none.",
        },
        "value": {
            "type": ["number", "null"],
            "description": "The latest value per 100 000 inhabitants (one decimal): the latest "
            "whole year that had ended when the data was retrieved and has a value. Null, "
            "never 0, when there is none; missing says why.",
        },
        "year": {"type": ["integer", "null"], "description": "The year the value is for."},
        "value_status": {
            "enum": ["final", "preliminary", "incomplete", None],
            "description": "The source's status of the value (preliminary: may still change).",
        },
        "country": {
            "type": ["number", "null"],
            "description": "The country's value for the same year, per 100 000 inhabitants.",
        },
        "position": {
            "enum": ["lower", "same", "higher", None],
            "description": "The value against the country's for the same year (within half a "
            "percent is the same level); null when the country has no value that year.",
        },
        "relative": {
            "type": ["number", "null"],
            "description": "(value - country) / country, e.g. -0.125 for 12.5 % lower.",
        },
        "missing": {
            "enum": ["no_indicator", "not_read", "not_a_rate", "no_value", None],
            "description": "Why value is null: no indicator of the config reads the statistic; "
            "its data could not be read (kbfa check names the problem); it is not per "
            "inhabitant (a count, a share, an index); no whole year has a value.",
        },
        "source": {
            "type": ["string", "null"],
            "description": "Where the value comes from, with its retrieval date and the credit "
            "the source requires (Källa: Kolada); a rate kbfa computed from a count and a "
            "population says so and names both. Null when there is no value.",
        },
    },
}


@attrs.frozen
class IndicatorGroup:
    """Four columns per indicator asked for (``kbfa overview --indikator``): the latest
    value per 100 000 inhabitants, its year, its position against the country and its
    source with the credit the source requires (see
    :mod:`kbfa.outputs.overview._indicators`). No indicator asked for, no columns."""

    def record(self, row: Row, overview: Overview) -> dict[str, Any]:
        if row.failed:
            return {"indicators": {}}
        return {"indicators": {c.key: row.indicators[c.key].data() for c in overview.indicators}}

    def schema(self) -> dict[str, Any]:
        return {
            "indicators": {
                "description": "Per indicator asked for (the export's indicators, by key), the "
                "municipality's latest value per 100 000 inhabitants and its position against "
                "the country; empty when none was asked for or the file could not be loaded.",
                "type": "object",
                "propertyNames": {"type": "string", "minLength": 1},
                "additionalProperties": _INDICATOR_VALUE,
            }
        }

    def columns(self, ctx: SheetContext) -> list[SheetColumn]:
        out = []
        for ind in ctx.data.get("indicators", ()):
            value, year, where, source = column_headers(ind["title"], ctx.lang)
            key = ind["key"]
            out += [
                SheetColumn(f"indicators.{key}.value", value, _indicator_cell(key, "value", ctx)),
                SheetColumn(f"indicators.{key}.year", year, _indicator_cell(key, "year", ctx)),
                SheetColumn(
                    f"indicators.{key}.position",
                    where,
                    _indicator_cell(key, "position", ctx),
                    width=30,
                ),
                SheetColumn(
                    f"indicators.{key}.source",
                    source,
                    _indicator_cell(key, "source", ctx),
                    width=40,
                ),
            ]
        return out


def _indicator_cell(key: str, part: str, ctx: SheetContext) -> Any:
    def cell(record: Mapping[str, Any]) -> SheetCell:
        if record["status"] == "not_loaded":
            return SheetCell(not_loaded_text(ctx.lang) if part == "position" else None)
        found = record["indicators"][key]
        if part == "value":
            return SheetCell(found["value"])
        if part == "year":
            return SheetCell(year_text(found, ctx.lang))
        if part == "source":
            return SheetCell(found["source"])
        return SheetCell(position_text(found, ctx.lang))

    return cell


def _counts(row: Row, overview: Overview) -> dict[str, Any]:
    open_findings = row.result.open_findings if row.result is not None else ()
    return {
        "breaches": row.breaches,
        "warnings": row.warnings,
        "notes": sum(f.severity is Severity.INFO for f in open_findings),
        "unknown_facts": len(row.result.unknowns) if row.result is not None else 0,
        "unknown_findings": len(row.result.unknown_findings) if row.result is not None else 0,
    }


def _count(key: str, header: str, description: str) -> Field:
    return Field(key, ref("count", description), header, number, width=10)


#: The columns of the ``municipalities`` table, in order. Add a group here (see above).
GROUPS: tuple[ColumnGroup, ...] = (
    FieldGroup(IDENTITY, lambda row, overview: identity(row, overview.as_of)),
    DutyGroup(),
    FieldGroup(
        (
            _count(
                "breaches", "breaches", "Open findings of severity breach (what fails kbfa check)."
            ),
            _count("warnings", "warnings", "Open findings of severity warning."),
            _count("notes", "notes", "Open findings of severity info (things to note)."),
            # In the JSON only: the spreadsheets keep their columns (issue 12).
            Field(
                "unknown_facts",
                ref(
                    "count",
                    "Facts the config marks as not known ([[unknowns]]); counted apart, "
                    "never a breach.",
                ),
            ),
            Field(
                "unknown_findings",
                ref(
                    "count",
                    "Findings that are ej_bedombart because a fact they rest on is marked "
                    "unknown (situation unknown).",
                ),
            ),
        ),
        _counts,
    ),
    IndicatorGroup(),
    ProblemGroup(),
)


def municipality_record(row: Row, overview: Overview) -> dict[str, Any]:
    """One record of the ``municipalities`` table: every group's fields, in order."""
    out: dict[str, Any] = {}
    for group in GROUPS:
        out.update(group.record(row, overview))
    return out


#: The columns of the ``findings`` table after :data:`IDENTITY`.
FINDING_FIELDS: tuple[Field, ...] = (
    Field("code", ref("code"), "code", width=14),
    Field(
        "title",
        {"type": ["string", "null"], "description": "The rule's title."},
        "rule",
        width=36,
    ),
    Field(
        "source",
        {
            "enum": ["law", "local", "guidance", "kbfa", None],
            "description": "law: lag (2023:196); local: the municipality's own document; "
            "guidance: Brå's good practice; kbfa: kbfa's administrative rule (KBFA-KA).",
        },
        "source",
        words("source"),
        width=18,
    ),
    Field(
        "duty",
        nullable(
            "dutyKey",
            "The duty of the law the rule belongs to; null for the "
            "municipality's own rules and Brå's guidance.",
        ),
        "duty",
        duty,
        width=22,
    ),
    Field("level", ref("level"), "level", level, width=13),
    Field("verdict", ref("verdict"), "verdict", finding_verdict, width=16),
    Field("severity", ref("severity"), "severity", words("severity"), width=11),
    Field(
        "situation",
        nullable(
            "situation",
            "Why something is not (fully) there; null when nothing is "
            "missing. Only contrary and missing_step can be breaches.",
        ),
        "situation",
        words("situation"),
        width=20,
    ),
    Field("strength", nullable("strength", "The rule's strength."), "strength", strength, width=12),
    Field(
        "interpretation",
        {
            "type": "boolean",
            "description": "True when the rule is kbfa's reading of an open term of the law "
            "(e.g. 'kontinuerligt' in 13 §); such a finding is never a breach.",
        },
        "interpretation",
        boolean,
        width=9,
    ),
    Field(
        "reference",
        {
            "type": "string",
            "minLength": 1,
            "description": "Legal reference or the local document's heading.",
        },
        "reference",
        width=22,
    ),
    Field(
        "url",
        {"type": ["string", "null"], "format": "uri", "description": "Link to the provision."},
        "url",
        width=30,
    ),
    Field(
        "line",
        {
            "type": ["integer", "null"],
            "minimum": 1,
            "description": "Line in the config file the finding is about.",
        },
        "line",
        number,
        width=7,
    ),
    Field(
        "path",
        {"type": ["string", "null"], "description": "TOML key path the finding is about."},
        "path",
        width=24,
    ),
    Field("message", {"type": "string", "minLength": 1}, "message", width=80),
    Field(
        "fix",
        {
            "type": ["string", "null"],
            "description": "What would make it compliant; null when nothing is to be done.",
        },
        "fix",
        width=60,
    ),
    Field(
        "explanation",
        {
            "type": ["string", "null"],
            "description": "The municipality's own explanation of the finding "
            "([[explanations]]), shown beside it; it never changes the verdict.",
        },
        "explanation",
        width=40,
    ),
)


def finding_record(identity_fields: Mapping[str, Any], f: Finding) -> dict[str, Any]:
    """One record of the ``findings`` table."""
    loc = f.location
    return {
        **identity_fields,
        "code": f.code,
        "title": f.title,
        "source": f.source,
        "duty": f.duty,
        "level": f.level.value,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "situation": f.situation.value if f.situation is not None else None,
        "strength": f.strength.value if f.strength is not None else None,
        "interpretation": f.interpretation,
        "reference": f.reference,
        "url": f.url,
        "line": loc.line if loc else None,
        "path": (loc.path or None) if loc else None,
        "message": f.message,
        "fix": f.fix,
        "explanation": f.explanation,
    }


#: The columns of the ``duty_verdicts`` table after :data:`IDENTITY` (JSON only).
DUTY_VERDICT_FIELDS: tuple[Field, ...] = (
    Field("duty", ref("dutyKey")),
    Field("level", ref("level")),
    Field("verdict", ref("verdict")),
    Field(
        "strength",
        ref(
            "strength",
            'must when the verdict rests on the law\'s "ska"; otherwise the strength of the '
            "parts it rests on (best_effort = verka för, qualified = i den utsträckning det "
            "är lämpligt).",
        ),
    ),
    Field(
        "interpretation",
        {
            "type": "boolean",
            "description": "true when the verdict rests only on kbfa's reading of an open term "
            '(e.g. "kontinuerligt").',
        },
    ),
    Field(
        "breach",
        {"type": "boolean", "description": "Whether one of the findings it rests on is a breach."},
    ),
    Field(
        "rests_on",
        {
            "type": "string",
            "description": "The rule codes whose findings were summed up, separated by spaces.",
        },
    ),
)


def duty_verdict_records(identity_fields: Mapping[str, Any], row: Row) -> list[dict[str, Any]]:
    """The ``duty_verdicts`` records of one evaluated municipality."""
    out: list[dict[str, Any]] = []
    for key, v in row.verdicts.items():
        for lv in LEVELS:
            found = v.level(lv)
            if found is None:
                continue
            out.append(
                {
                    **identity_fields,
                    "duty": key,
                    "level": lv.value,
                    "verdict": found.verdict.value,
                    "strength": found.strength.value,
                    "interpretation": found.interpretation,
                    "breach": found.breach,
                    "rests_on": " ".join(found.rests_on),
                }
            )
    return out
