"""CSV/XLSX exports read through a declared column mapping, and EST weekly reports.

A table export (Brå's statistics database, the municipality's own surveys) has one
row per value: a year, a value and, where the file has them, an area, a series, a
gender, a unit and a status column. EST reports (Effektiv samordning för trygghet,
Brå's place-focused method) have one row per report: a date, a category, a place and
a count; they are summed per tertial and per year when an indicator reads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from kbfa.data._messages import MESSAGES
from kbfa.data._parse import (
    Areas,
    BadValue,
    Problems,
    parse_date,
    parse_gender,
    parse_number,
    parse_year,
    shown,
)
from kbfa.data._rows import read_rows
from kbfa.data._table import Table
from kbfa.data._values import Cell, Period, Status, combine
from kbfa.i18n import Lang, render
from kbfa.i18n.terms import number_text
from kbfa.model import ColumnMapping, Unit

__all__ = ["MAX_EST_COUNT", "EstTable", "read_est", "read_table"]

#: An EST report counts what was seen in a week at one place; a count above this on a row
#: is a typo (or a figure from another column), and sums of such could overflow a float.
MAX_EST_COUNT = 1_000_000

#: How a unit column may spell each unit; an unknown spelling is not checked.
_UNIT_WORDS: dict[str, Unit] = {
    "antal": Unit.COUNT,
    "st": Unit.COUNT,
    "per 100 000 invånare": Unit.PER_100000,
    "per 100 000 inv": Unit.PER_100000,
    "per 100000 invånare": Unit.PER_100000,
    "antal/100 000 inv": Unit.PER_100000,
    "per 1 000 invånare": Unit.PER_1000,
    "per 1000 invånare": Unit.PER_1000,
    "procent": Unit.PERCENT,
    "%": Unit.PERCENT,
    "andel": Unit.PERCENT,
    "andel (%)": Unit.PERCENT,
    "kronor": Unit.SEK,
    "kr": Unit.SEK,
    "index": Unit.INDEX,
}


def _columns(headings: list[str], mapping: ColumnMapping, problems: Problems) -> dict[str, int]:
    """Each mapped key's column position; a mapping naming a missing column is a problem."""
    positions = {h: i for i, h in enumerate(headings) if h}
    out: dict[str, int] = {}
    for key in ("period", "value", "area", "series", "gender", "unit", "status", "place"):
        name = getattr(mapping, key)
        if name is None:
            continue
        if name.strip() not in positions:
            shown_headings = ", ".join(f'"{h}"' for h in headings if h) or "inga"
            problems.add(
                1,
                problems.column(name),
                "missing_column",
                key=key,
                name=name,
                headings=shown_headings,
            )
        else:
            out[key] = positions[name.strip()]
    problems.raise_if_any()
    return out


def _cell_at(cells: list[object], index: int) -> object:
    return cells[index] if index < len(cells) else None


def read_table(
    path: Path,
    mapping: ColumnMapping,
    sheet: str | None,
    unit: Unit,
    area: str,
    problems: Problems,
    areas: Areas,
    years: tuple[int, int],
    retrieved: dt.date,
) -> Table:
    """A table export as a :class:`Table`; all problems found are raised together."""
    headings, rows = read_rows(path, sheet, problems)
    col = _columns(headings, mapping, problems)
    names = {k: problems.column(getattr(mapping, k)) for k in col}
    table = Table()
    first_row: dict[tuple[str, str, str, Period], int] = {}
    first_unit: dict[str, tuple[str, int]] = {}
    for number, cells in rows:
        try:
            year = parse_year(_cell_at(cells, col["period"]), *years, retrieved)
        except BadValue as exc:
            problems.bad(number, names["period"], exc)
            continue
        value_cell = _cell_at(cells, col["value"])
        try:
            value, status = parse_number(value_cell)
        except BadValue as exc:
            problems.bad(number, names["value"], exc)
            continue
        code = area
        if "area" in col:
            try:
                code = areas.code(_cell_at(cells, col["area"]))
            except BadValue as exc:
                problems.bad(number, names["area"], exc)
                continue
        series = str(_cell_at(cells, col["series"]) or "").strip() if "series" in col else ""
        gender = "T"
        if "gender" in col:
            try:
                gender = parse_gender(_cell_at(cells, col["gender"]))
            except BadValue as exc:
                problems.bad(number, names["gender"], exc)
                continue
        note = None
        if "unit" in col:
            written = str(_cell_at(cells, col["unit"]) or "").strip()
            seen = first_unit.setdefault(series, (written, number))
            if written != seen[0]:
                problems.add(
                    number,
                    names["unit"],
                    "mixed_units",
                    got=shown(written),
                    first=shown(seen[0]),
                    row=seen[1],
                )
                continue
            known = _UNIT_WORDS.get(written.lower())
            if known is not None and known is not unit:
                problems.add(
                    number, names["unit"], "unit_clash", got=shown(written), unit=unit.value
                )
                continue
        if "status" in col and value is not None:
            flag = str(_cell_at(cells, col["status"]) or "").strip()
            if flag:
                note = flag
                if "prel" in flag.lower():
                    status = Status.PRELIMINARY
        where = (series, code, gender, (year, 0))
        if where in first_row:
            problems.add(number, None, "duplicate", first=first_row[where])
            continue
        first_row[where] = number
        table.cells.setdefault((series, code, gender), {})[(year, 0)] = Cell(value, status, note)
    problems.raise_if_any()
    return table


# -- EST weekly reports ---------------------------------------------------------------


class EstTable(Table):
    """EST reports, summed on demand per tertial and year for a category and place.

    A tertial's sum is ``incomplete`` (a lower bound) when fewer weeks were reported
    than the tertial has, or a row had no count; it is ``preliminary`` while the
    tertial is still running (after the file's last report). A report counts in the
    tertial of its ISO week (the week's Thursday decides, as for ISO years). Every week in the file
    counts as reported, whichever categories it had: a category absent from a reported
    week had nothing that week. EST reporting is assumed weekly.
    """

    def __init__(self, lang: Lang, area: str) -> None:
        super().__init__()
        self.lang: Lang = lang
        self.area = area
        #: (date, category, place, count or None)
        self.reports: list[tuple[dt.date, str, str, float | None]] = []

    def series_names(self) -> list[str]:
        return sorted({r[1] for r in self.reports})

    def areas(self, series: str) -> list[str]:
        return [self.area] if self.reports else []

    def get(
        self, series: str, area: str, gender: str, place: str | None = None
    ) -> dict[Period, Cell]:
        if gender != "T" or area != self.area:
            return {}
        if not self.reports:
            return {}
        weeks_reported: dict[Period, set[tuple[int, int]]] = {}
        for day, *_ in self.reports:
            iso = day.isocalendar()
            weeks_reported.setdefault(_tertial(day), set()).add((iso.year, iso.week))
        # ``_tertial`` places a report by its week's Thursday, as ISO weeks belong to years.
        last_day = max(r[0] for r in self.reports)
        sums: dict[Period, float] = {}
        blanks: dict[Period, int] = {}
        for day, category, where, count in self.reports:
            if series and category != series:
                continue
            if place is not None and where != place:
                continue
            period = _tertial(day)
            if count is None:
                blanks[period] = blanks.get(period, 0) + 1
            else:
                sums[period] = sums.get(period, 0.0) + count
        out: dict[Period, Cell] = {}
        for period in sorted(weeks_reported):
            reported = len(weeks_reported[period])
            expected = _weeks_in(period)
            notes = []
            status = Status.FINAL
            if _end_of(period) > last_day:
                status = Status.PRELIMINARY
                notes.append(render(MESSAGES, "ongoing", self.lang))
            elif reported < expected:
                status = Status.INCOMPLETE
                notes.append(render(MESSAGES, "weeks", self.lang, n=reported, m=expected))
            if blanks.get(period):
                status = combine([status, Status.INCOMPLETE])
                notes.append(render(MESSAGES, "rows_without_count", self.lang, n=blanks[period]))
            out[period] = Cell(sums.get(period, 0.0), status, "; ".join(notes) or None)
        # The year: the sum of its tertials, as trustworthy as the least of them.
        for year in sorted({p[0] for p in out}):
            parts = [out.get((year, t)) for t in (1, 2, 3)]
            present = [c for c in parts if c is not None]
            status = combine(c.status for c in present)
            if len(present) < 3:
                status = (
                    Status.PRELIMINARY
                    if _end_of((year, 0)) > last_day
                    else combine([status, Status.INCOMPLETE])
                )
            total = sum(c.value or 0.0 for c in present)
            notes = [
                f"T{t}: {c.note}" for t, c in zip((1, 2, 3), parts, strict=True) if c and c.note
            ]
            out[(year, 0)] = Cell(total, status, "; ".join(notes) or None)
        return dict(sorted(out.items()))


def _tertial(day: dt.date) -> Period:
    """The tertial of the ISO week ``day`` is in: the one its Thursday falls in."""
    thursday = day + dt.timedelta(days=3 - day.weekday())
    return (thursday.year, (thursday.month - 1) // 4 + 1)


def _end_of(period: Period) -> dt.date:
    year, tertial = period
    if tertial == 0 or tertial == 3:
        return dt.date(year, 12, 31)
    return dt.date(year, 4 * tertial + 1, 1) - dt.timedelta(days=1)


def _weeks_in(period: Period) -> int:
    """ISO weeks whose Thursday falls in the tertial (each week belongs to one tertial)."""
    year, tertial = period
    start = dt.date(year, 4 * (tertial - 1) + 1, 1)
    end = _end_of(period)
    thursday = start + dt.timedelta(days=(3 - start.weekday()) % 7)
    return (end - thursday).days // 7 + 1


def read_est(
    path: Path,
    mapping: ColumnMapping,
    sheet: str | None,
    problems: Problems,
    years: tuple[int, int],
    retrieved: dt.date,
    area: str,
) -> EstTable:
    """EST reports as an :class:`EstTable`; a count must be a whole number ≥ 0 or blank."""
    headings, rows = read_rows(path, sheet, problems)
    col = _columns(headings, mapping, problems)
    names = {k: problems.column(getattr(mapping, k)) for k in col}
    table = EstTable(problems.lang, area)
    first, last = years
    for number, cells in _rows_of(rows):
        try:
            day = parse_date(_cell_at(cells, col["period"]))
        except BadValue as exc:
            problems.bad(number, names["period"], exc)
            continue
        if not first <= day.year <= last or day > retrieved:
            problems.add(
                number,
                names["period"],
                "year_outside",
                year=day.isoformat(),
                retrieved=retrieved,
                first=first,
                last=last,
            )
            continue
        try:
            count, status = parse_number(_cell_at(cells, col["value"]))
        except BadValue as exc:
            problems.bad(number, names["value"], exc)
            continue
        if count is not None and count < 0:
            problems.add(
                number, names["value"], "negative_count", got=shown(_cell_at(cells, col["value"]))
            )
            continue
        if count is not None and not (count.is_integer() and count <= MAX_EST_COUNT):
            got = shown(_cell_at(cells, col["value"]))
            limit = number_text(MAX_EST_COUNT, problems.lang)
            problems.add(number, names["value"], "not_whole_count", limit=limit, got=got)
            continue
        category = str(_cell_at(cells, col["series"]) or "").strip() if "series" in col else ""
        place = str(_cell_at(cells, col["place"]) or "").strip() if "place" in col else ""
        table.reports.append((day, category, place, count if status.has_value else None))
    problems.raise_if_any()
    return table


def _rows_of(rows: Iterator[tuple[int, list[object]]]) -> Iterator[tuple[int, list[object]]]:
    yield from rows
