"""The overview's views as spreadsheet tables, made from the JSON export's data.

- *Kommuner* (``municipalities``): one row per file; the identity columns, two
  columns per duty (design and practice, the verdict in words on its colour), the
  counts, and why a file could not be read. Its columns are
  :data:`~kbfa.outputs.overview._columns.GROUPS`.
- *Fynd* (``findings``): one row per finding.
- *Summor* (``totals``): per duty and level, how many municipalities got each
  verdict. Totals are a table of their own, never rows under the data, so that
  sorting, filtering or a pivot table of the data never mixes them in.

The CSV output writes each table to a file of its own, the .xlsx to a sheet of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kbfa.evaluation import Level, Verdict
from kbfa.i18n import Lang
from kbfa.outputs.duty_cells import VERDICT_FILLS, level_word
from kbfa.outputs.overview import _columns
from kbfa.outputs.overview._columns import FINDING_FIELDS, IDENTITY
from kbfa.outputs.overview._messages import text, total_word
from kbfa.outputs.overview._sheet import Sheet, SheetCell, SheetColumn, SheetContext, date
from kbfa.outputs.overview._table import TOTAL_KINDS, WARNING_KIND

#: The warning's header colour: the warning's yellow, as its cells have it.
WARNING_FILL = VERDICT_FILLS[Verdict.DELVIS]

__all__ = ["TABLES", "sheets"]

#: The tables, in the order of the workbook's sheets; the first is the main CSV file.
TABLES: tuple[str, ...] = ("municipalities", "findings", "totals")


def sheets(data: Mapping[str, Any]) -> list[Sheet]:
    """The tables of an export (:func:`~kbfa.outputs.overview.export_data`), in the
    order of :data:`TABLES`."""
    ctx = SheetContext.of(data)
    return [_municipalities(ctx), _findings(ctx), _totals(ctx)]


def _municipalities(ctx: SheetContext) -> Sheet:
    columns = tuple(c for group in _columns.GROUPS for c in group.columns(ctx))
    return Sheet(
        "municipalities",
        text("sheet_municipalities", ctx.lang),
        columns,
        ctx.data["municipalities"],
    )


def _findings(ctx: SheetContext) -> Sheet:
    columns = tuple(c for f in (*IDENTITY, *FINDING_FIELDS) if (c := f.column(ctx)) is not None)
    return Sheet("findings", text("sheet_findings", ctx.lang), columns, ctx.data["findings"])


def _verdict_columns(lang: Lang, count: Any) -> list[SheetColumn]:
    """A column per count of the totals (TOTAL_KINDS: "ej uppfyllt" as a breach and as a
    warning, never added together), headed in the verdict's colour."""
    fills = {**{v.value: VERDICT_FILLS[v] for v in Verdict}, WARNING_KIND: WARNING_FILL}
    return [
        SheetColumn(k, total_word(k, lang), count(k), width=15, header_fill=fills[k])
        for k in TOTAL_KINDS
    ]


def _totals(ctx: SheetContext) -> Sheet:
    """One row per duty and level; a column per verdict, then files not read and no rule."""
    lang = ctx.lang
    records = [
        {"duty": d["key"], "level": lv.value, "as_of": ctx.data["as_of"], **counts}
        for d in ctx.data["duties"]
        for lv in Level
        for counts in (ctx.data["totals"][d["key"]][lv.value],)
    ]

    def count(key: str) -> Any:
        return lambda record: SheetCell(int(record[key]))

    columns = [
        SheetColumn(
            "duty",
            text("duty", lang),
            lambda record: SheetCell(ctx.headings[record["duty"]]),
            width=50,
        ),
        SheetColumn(
            "level",
            text("level", lang),
            lambda record: SheetCell(level_word(Level(record["level"]), lang)),
            width=13,
        ),
        *_verdict_columns(lang, count),
        SheetColumn("not_loaded", text("not_read", lang), count("not_loaded"), width=12),
        SheetColumn("no_verdict", text("no_rule", lang), count("no_verdict"), width=12),
        SheetColumn(
            "as_of",
            text("as_of", lang),
            lambda record: date(record["as_of"], record, ctx),
            width=12,
        ),
    ]
    return Sheet("totals", text("sheet_totals", lang), tuple(columns), records, frozen_columns=2)
