"""The overview's tables as a spreadsheet shows them: typed cells, some coloured, under a heading.

The CSV files and the .xlsx workbook render the same :class:`Sheet`s, and a sheet is
made from the export's data (:func:`kbfa.outputs.overview.export_data`), never from the
evaluation directly: so a cell always says what the JSON export says. A code in the
JSON (``"ej_uppfyllt"``, ``"breach"``) is its word in the sheet ("ej uppfyllt",
"brist"), a date is a date, a count is a number, and a verdict has its colour.

A :class:`Field` is one column of a flat table in both forms at once: its key and
JSON Schema in the export, its heading and cell in the sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from kbfa.evaluation import Level, Verdict, strength_word
from kbfa.i18n import Lang
from kbfa.model import Strength
from kbfa.outputs.duty_cells import VERDICT_FILLS, level_word
from kbfa.outputs.overview._messages import text, verdict_word, word

__all__ = [
    "CellValue",
    "Field",
    "Sheet",
    "SheetCell",
    "SheetColumn",
    "SheetContext",
    "Show",
    "boolean",
    "date",
    "duty",
    "finding_verdict",
    "level",
    "number",
    "plain",
    "strength",
    "words",
]

#: What a cell holds: text, a number, a date, or nothing.
CellValue = str | int | float | dt.date | None


@attrs.frozen
class SheetCell:
    """One cell: its value and, for a verdict, its colour (RGB hex)."""

    value: CellValue
    fill: str | None = None

    @property
    def text(self) -> str:
        """The cell as CSV text: a date in ISO 8601, a decimal number with a decimal comma
        (what Excel with Swedish settings reads as a number beside the ``;``), nothing as
        an empty field."""
        if self.value is None:
            return ""
        if isinstance(self.value, dt.date):
            return self.value.isoformat()
        if isinstance(self.value, float):
            return repr(self.value).replace(".", ",")
        return str(self.value)


@attrs.frozen
class SheetContext:
    """What a cell may need besides its record: the language and the export's duties."""

    lang: Lang
    data: Mapping[str, Any]  # the whole export (export_data)
    headings: Mapping[str, str]  # duty key → "4 § Lägesbild"

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> SheetContext:
        headings = {d["key"]: f"{d['section']} {d['title']}" for d in data["duties"]}
        return cls(lang=data["lang"], data=data, headings=headings)


#: How a field's JSON value is shown: (value, its whole record, context) → cell.
Show = Callable[[Any, Mapping[str, Any], SheetContext], SheetCell]


@attrs.frozen
class SheetColumn:
    """A column of a sheet: a stable key, the heading, the cell of each record, a width."""

    key: str
    header: str
    cell: Callable[[Mapping[str, Any]], SheetCell]
    width: float = 14.0  # in characters, as Excel counts column widths
    header_fill: str | None = None


# How fields are shown. Each takes the JSON value and gives the cell a reader sees.


def plain(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """Text as it is (None: an empty cell)."""
    return SheetCell(value)


def number(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """A whole number, as a number (so it sorts and sums)."""
    return SheetCell(value if value is None else int(value))


def date(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """An ISO date, as a date."""
    return SheetCell(None if value is None else dt.date.fromisoformat(value))


def boolean(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    return SheetCell(text("yes" if value else "no", ctx.lang))


def words(kind: str) -> Show:
    """A code shown as its word (``WORDS[kind]``); None stays empty."""

    def show(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
        return SheetCell(None if value is None else word(kind, value, ctx.lang))

    return show


def level(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """``design``/``practice`` as "utformning"/"genomförande"."""
    return SheetCell(level_word(Level(value), ctx.lang))


def strength(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """A strength in a word or two: "ska", "verka för", "lämplighet", "god praxis"."""
    if value is None:
        return SheetCell(None)
    return SheetCell(strength_word(Strength(value), False, ctx.lang))


def duty(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """A duty key as its heading, "4 § Lägesbild" (empty for rules outside the duties)."""
    return SheetCell(None if value is None else ctx.headings.get(value, value))


def finding_verdict(value: Any, record: Mapping[str, Any], ctx: SheetContext) -> SheetCell:
    """A finding's verdict in words on its colour. Only a breach is red: a gap that cannot
    be a breach (verka för, lämplighet, Brå, kbfa's reading) is shaded as partly met,
    as in the report."""
    verdict = Verdict(value)
    shade = verdict
    if verdict is Verdict.EJ_UPPFYLLT and record.get("severity") != "breach":
        shade = Verdict.DELVIS
    return SheetCell(verdict_word(verdict, ctx.lang), VERDICT_FILLS[shade])


@attrs.frozen
class Field:
    """A column of a flat table: ``key`` and ``schema`` in the JSON export, ``header`` and
    ``show`` in the spreadsheets. ``header`` is the heading in each language
    (``{"sv": "Befolkning", "en": "Population"}``) or a message key of
    :data:`~kbfa.outputs.overview._messages.MESSAGES`; a field without one is in the
    JSON only."""

    key: str
    schema: Mapping[str, Any]
    header: str | Mapping[Lang, str] | None = None
    show: Show = plain
    width: float = 14.0

    def column(self, ctx: SheetContext) -> SheetColumn | None:
        """The field's column in a sheet (None when it is not shown)."""
        if self.header is None:
            return None
        key, show = self.key, self.show
        heading = (
            text(self.header, ctx.lang) if isinstance(self.header, str) else self.header[ctx.lang]
        )
        return SheetColumn(
            key=key,
            header=heading,
            cell=lambda record: show(record[key], record, ctx),
            width=self.width,
        )


@attrs.frozen
class Sheet:
    """One table: a sheet of the workbook, or one CSV file."""

    key: str  # "municipalities", "findings", "totals": stable, as in the export
    name: str  # the sheet's name in the reader's language ("Kommuner")
    columns: tuple[SheetColumn, ...]
    records: Sequence[Mapping[str, Any]]
    frozen_columns: int = 1  # columns that stay in view when scrolling sideways

    @property
    def header(self) -> list[str]:
        return [c.header for c in self.columns]

    def rows(self) -> Iterator[list[SheetCell]]:
        for record in self.records:
            yield [c.cell(record) for c in self.columns]
