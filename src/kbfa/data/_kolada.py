"""Kolada API v3 JSON: one response page, or the pages ``kbfa data fetch kolada`` saved.

A v3 data response (``/v3/data/kpi/{kpi}/municipality/{codes}/year/{years}``) is::

    {"count": 2, "next_url": null, "previous_url": null,
     "values": [{"kpi": "X00001", "municipality": "0685", "period": 2023,
                 "values": [{"gender": "T", "count": 1, "status": "", "value": 1234.5}, ...]},
                ...]}

``municipality`` is a municipal code, "00NN" for a county (Kolada writes regions so,
e.g. "0013" Halland) or "0000" for the whole country; ``gender`` is T (total), K
(women) or M (men); ``value`` is null when there is none, with ``status``
"Missing". A response holds at most 5 000 rows; ``next_url`` points to the next page
(the v2 documentation called it ``next_page``; both are followed). Sources:
github.com/Hypergene/kolada (README.rst, the v2 structure, which v3 keeps) and the
v3 clients LCHansson/rKolada (R/data.R: ``next_url``) and kolada.se/om-oss/api/
("Källa: Kolada").

Statuses: "" is a published value, "Missing" no value. Kolada documents no other
status; any other is kept with the value, which is then shown as preliminary (not
final) with the status in its note, so an unexplained flag is never read as final.

A file written by ``kbfa data fetch kolada`` is ``{"kbfa": {provenance}, "pages": [page,
...]}``: the raw pages in the order fetched, and where and when they were fetched.
"""

from __future__ import annotations

import datetime as dt
import operator
import sys
from typing import Any

from kbfa.data._parse import (
    Areas,
    BadValue,
    Problems,
    is_number,
    parse_json,
    shown,
    without_cycle_collection,
)
from kbfa.data._table import Table
from kbfa.data._values import Cell, Key, Period, Status

__all__ = ["FETCH_KEY", "read_kolada", "read_kolada_bytes"]

#: The key under which a file written by ``kbfa data fetch`` keeps its provenance.
FETCH_KEY = "kbfa"

_FINAL = Status.FINAL
_GENDERS = frozenset({"T", "K", "M"})
#: The published path takes a float between these (so not NaN and not infinite).
_MAX = sys.float_info.max
_MIN = -_MAX


def read_kolada_bytes(
    raw: bytes, problems: Problems, areas: Areas, years: tuple[int, int], retrieved: dt.date
) -> Table:
    """Read a Kolada v3 response (or saved pages) from the file's bytes."""
    with without_cycle_collection():
        doc = parse_json(raw, problems)
        return read_kolada(doc, problems, areas, years, retrieved)


def read_kolada(
    doc: Any, problems: Problems, areas: Areas, years: tuple[int, int], retrieved: dt.date
) -> Table:
    """Read parsed Kolada JSON into a :class:`Table`; every problem is collected."""
    table = Table()
    pages: list[tuple[str, Any]]
    if isinstance(doc, dict) and FETCH_KEY in doc:
        table.provenance = doc[FETCH_KEY] if isinstance(doc[FETCH_KEY], dict) else {}
        raw_pages = doc.get("pages")
        if not isinstance(raw_pages, list) or not raw_pages:
            problems.add(None, "pages", "kolada_shape", expected='"pages": [...]')
            problems.raise_if_any()
        assert isinstance(raw_pages, list)
        pages = [(f"pages[{i}].", p) for i, p in enumerate(raw_pages)]
    else:
        pages = [("", doc)]
    for n, (prefix, page) in enumerate(pages):
        if not isinstance(page, dict) or not isinstance(page.get("values"), list):
            if isinstance(page, dict) and ("error" in page or "detail" in page):
                detail = page.get("error") or page.get("detail")
                problems.add(None, prefix.rstrip(".") or None, "kolada_error", detail=shown(detail))
            else:
                where = prefix.rstrip(".") or None
                problems.add(None, where, "kolada_shape", expected='{"values": [...]}')
            continue
        if n == len(pages) - 1 and (page.get("next_url") or page.get("next_page")):
            problems.add(None, f"{prefix}next_url", "kolada_partial")
        _read_page(page["values"], prefix, table, problems, areas, years, retrieved)
    problems.raise_if_any()
    return table


#: A row's and a value's fields, fetched in one call each (KeyError if one is absent).
_ROW = operator.itemgetter("kpi", "municipality", "period", "values")
_VALUE = operator.itemgetter("gender", "value", "status")


def _read_page(
    rows: list[Any],
    prefix: str,
    table: Table,
    problems: Problems,
    areas: Areas,
    years: tuple[int, int],
    retrieved: dt.date,
) -> None:
    # The hot loop of reading all 290 municipalities' data. A row's area and period are
    # checked once per distinct value; a series' gender once, when the series is first
    # met (so a published value of a known series costs three lookups and a tuple);
    # anything else (a missing value, an integer, NaN, a flag, a bad field) goes to _value.
    cells = table.cells
    first, last = years
    known_years: dict[object, Period] = {}
    known_areas: dict[object, str] = {}
    final, new_tuple, row_fields, value_fields = _FINAL, tuple.__new__, _ROW, _VALUE
    for i, row in enumerate(rows):
        try:
            kpi, raw_area, period, values = row_fields(row)
        except (KeyError, TypeError):
            expected = "kpi, municipality, period, values"
            problems.add(None, f"{prefix}values[{i}]", "kolada_shape", expected=expected)
            continue
        try:
            area = known_areas[raw_area]
        except (KeyError, TypeError):  # the first row of each area: check its code once
            try:
                area = areas.code(raw_area)
            except BadValue as exc:
                problems.bad(None, f"{prefix}values[{i}].municipality", exc)
                continue
            if isinstance(raw_area, str):
                known_areas[raw_area] = area
        try:
            key = known_years[period]
        except (KeyError, TypeError):  # the first row of each period: check the year once
            year = _year(period)
            if year is None:
                problems.add(None, f"{prefix}values[{i}].period", "not_year", got=shown(period))
                continue
            if not first <= year <= last:
                where = f"{prefix}values[{i}].period"
                params = {"year": year, "retrieved": retrieved, "first": first, "last": last}
                problems.add(None, where, "year_outside", **params)
                continue
            key = (year, 0)
            if isinstance(period, int | str):
                known_years[period] = key
        if kpi.__class__ is not str or values.__class__ is not list:
            problems.add(None, f"{prefix}values[{i}]", "kolada_shape", expected="kpi, values")
            continue
        for n, v in enumerate(values):
            try:
                gender, value, status = value_fields(v)
                if value.__class__ is float and not status and _MIN <= value <= _MAX:
                    cells[(kpi, area, gender)][key] = new_tuple(Cell, (value, final, None))
                    continue
            except (KeyError, TypeError):  # a new series, or a field absent or unhashable
                pass
            _value(v, f"{prefix}values[{i}].values[{n}]", kpi, area, key, cells, problems)


def _value(
    v: Any,
    where: str,
    kpi: str,
    area: str,
    key: Period,
    cells: dict[Key, dict[Period, Cell]],
    problems: Problems,
) -> None:
    """One value off the published path: checked field by field, then stored."""
    try:
        gender = v["gender"]
        value = v["value"]
        status = v.get("status")
    except (KeyError, TypeError, AttributeError):
        problems.add(None, where, "kolada_shape", expected="gender, value, status")
        return
    if gender.__class__ is not str or gender not in _GENDERS:
        problems.add(None, f"{where}.gender", "bad_gender", got=shown(gender))
        return
    if value is not None and not is_number(value):
        problems.add(None, f"{where}.value", "not_number", got=shown(value))
        return
    if not status:
        cell = Cell(float(value), _FINAL) if value is not None else Cell(None, Status.MISSING)
    else:
        cell = _flagged(value, str(status))
    try:
        cells[(kpi, area, gender)][key] = cell
    except KeyError:
        cells[(kpi, area, gender)] = {key: cell}


def _year(period: object) -> int | None:
    if isinstance(period, int) and not isinstance(period, bool):
        return period
    if isinstance(period, str) and len(period) == 4 and period.isdigit():
        return int(period)
    return None


def _flagged(value: float | None, status: str) -> Cell:
    note = f"Kolada: {status}"
    if value is None:
        return Cell(None, Status.MISSING, note if status != "Missing" else None)
    return Cell(float(value), Status.PRELIMINARY, note)
