"""JSON-stat 2.0 datasets, as SCB's PxWeb API gives them (e.g. population per municipality).

The format (https://json-stat.org/format/): ``id`` lists the dimensions and ``size``
their number of categories; each ``dimension[id].category.index`` gives the
categories' order (an array of codes, or an object code → position); ``value`` holds
the cells in row-major order (the last dimension varies fastest), as an array or, for
sparse cubes, an object position → value; ``null`` is a missing cell; ``status`` is a
string for every cell, an array, or an object position → status. ``role`` may name
the ``time``, ``geo`` and ``metric`` dimensions.

kbfa takes the area from the ``geo`` dimension (else "Region"), the year from ``time``
(else "Tid") and the series from ``metric`` (else "ContentsCode"); every other
dimension must have one category (select the total in the query). SCB writes counties
with two digits ("06") and the country as "00"; they become Kolada's "0006" and "0000".
A null value with status ".." is confidential or not available; a value with any
other status is kept, marked preliminary, with the status (and its label from
``extension.status`` when given) in its note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kbfa.data._parse import Areas, BadValue, Problems, is_number, parse_json, shown
from kbfa.data._table import Table
from kbfa.data._values import Cell, Status

__all__ = ["MAX_CELLS", "read_jsonstat"]

#: A cube of more cells is refused: a municipality's population by year is a few hundred,
#: all 290 municipalities' and the counties' over 50 years about 16 000.
MAX_CELLS = 1_000_000

_ROLES = {"area": ("geo", ("Region", "region")), "time": ("time", ("Tid", "tid", "time", "year"))}
_METRIC = ("metric", ("ContentsCode", "contentscode"))


def read_jsonstat(
    raw: bytes, problems: Problems, areas: Areas, years: tuple[int, int], retrieved: dt.date
) -> Table:
    doc = parse_json(raw, problems)
    if not isinstance(doc, dict) or doc.get("class", "dataset") != "dataset":
        problems.add(None, None, "jsonstat_shape", expected='"class": "dataset"')
        problems.raise_if_any()
    ids, sizes, dims = doc.get("id"), doc.get("size"), doc.get("dimension")
    if (
        not isinstance(ids, list)
        or not isinstance(sizes, list)
        or not isinstance(dims, dict)
        or len(ids) != len(sizes)
        or not all(isinstance(n, int) and n >= 0 for n in sizes)
    ):
        problems.add(None, None, "jsonstat_shape", expected="id, size, dimension")
        problems.raise_if_any()
    categories = [_categories(dims.get(d), str(d), problems) for d in ids]
    problems.raise_if_any()
    for d, n, found in zip(ids, sizes, categories, strict=True):
        if len(found) != n:  # the cube's positions would point past the categories
            where, found_n = f"dimension.{d}", len(found)
            problems.add(None, where, "jsonstat_categories", dim=shown(d), n=n, found=found_n)
    problems.raise_if_any()
    role = doc.get("role") if isinstance(doc.get("role"), dict) else {}
    area_dim = _find(ids, role, *_ROLES["area"], "område", problems)
    time_dim = _find(ids, role, *_ROLES["time"], "år", problems)
    metric_dim = _find(ids, role, *_METRIC, "serie", problems, required=False)
    problems.raise_if_any()
    assert area_dim is not None and time_dim is not None
    for k, d in enumerate(ids):
        if k not in (area_dim, time_dim, metric_dim) and sizes[k] != 1:
            problems.add(None, f"dimension.{d}", "jsonstat_dimension", dim=shown(d), n=sizes[k])
    cells = 1
    for n in sizes:
        cells *= n
    if cells > MAX_CELLS:  # a sparse "value" object may name few of them; each is visited
        problems.add(None, "size", "jsonstat_too_big", cells=cells, limit=MAX_CELLS)
        problems.raise_if_any()
    values = doc.get("value")
    if isinstance(values, list) and len(values) != cells:
        problems.add(None, "value", "jsonstat_size", cells=cells, values=len(values))
    elif not isinstance(values, list | dict):
        problems.add(None, "value", "jsonstat_shape", expected='"value": [...]')
    problems.raise_if_any()
    statuses = doc.get("status")
    labels = _status_labels(doc)
    table = Table()
    first, last = years
    # Row-major: the position of a cell is sum(index_k * stride_k), the last stride 1.
    strides = [1] * len(sizes)
    for k in range(len(sizes) - 2, -1, -1):
        strides[k] = strides[k + 1] * sizes[k + 1]
    codes_area = _codes(categories[area_dim], areas, problems, f"dimension.{ids[area_dim]}")
    codes_year = _years(
        categories[time_dim], problems, f"dimension.{ids[time_dim]}", years, retrieved
    )
    series = categories[metric_dim] if metric_dim is not None else [""]
    problems.raise_if_any()
    for position in range(cells):
        index = [(position // strides[k]) % sizes[k] for k in range(len(sizes))]
        value = values[position] if isinstance(values, list) else values.get(str(position))
        status = _status(statuses, position)
        cell = _cell(value, status, labels, problems, position)
        if cell is None:
            continue
        name = series[index[metric_dim]] if metric_dim is not None else ""
        year = codes_year[index[time_dim]]
        if not first <= year <= last:  # pragma: no cover - _years checked them all
            continue
        table.cells.setdefault((name, codes_area[index[area_dim]], "T"), {})[(year, 0)] = cell
    problems.raise_if_any()
    return table


def _categories(dim: Any, name: str, problems: Problems) -> list[str]:
    category = dim.get("category") if isinstance(dim, dict) else None
    index = category.get("index") if isinstance(category, dict) else None
    if index is None and isinstance(category, dict) and isinstance(category.get("label"), dict):
        return [str(k) for k in category["label"]]  # one category may be given by label only
    if isinstance(index, list):
        return [str(c) for c in index]
    if isinstance(index, dict):
        ordered = sorted(index.items(), key=lambda kv: kv[1] if isinstance(kv[1], int) else 0)
        return [str(k) for k, _ in ordered]
    problems.add(None, f"dimension.{name}", "jsonstat_shape", expected="category.index")
    return []


def _find(
    ids: list[Any],
    role: dict[str, Any],
    role_name: str,
    names: tuple[str, ...],
    what: str,
    problems: Problems,
    *,
    required: bool = True,
) -> int | None:
    by_role = role.get(role_name)
    if isinstance(by_role, list) and by_role and by_role[0] in ids:
        return ids.index(by_role[0])
    for n in names:
        if n in ids:
            return ids.index(n)
    if required:
        problems.add(
            None, "id", "jsonstat_no_dim", what=what, role=role_name, names=", ".join(names)
        )
    return None


def _codes(categories: list[str], areas: Areas, problems: Problems, where: str) -> list[str]:
    out = []
    for c in categories:
        try:
            out.append(areas.code(c))
        except BadValue as exc:
            problems.bad(None, where, exc)
            out.append(c)
    return out


def _years(
    categories: list[str],
    problems: Problems,
    where: str,
    years: tuple[int, int],
    retrieved: dt.date,
) -> list[int]:
    out = []
    first, last = years
    for c in categories:
        if not (len(c) == 4 and c.isdigit()):
            problems.add(None, where, "not_year", got=shown(c))
            out.append(0)
        elif not first <= int(c) <= last:
            problems.add(
                None, where, "year_outside", year=c, retrieved=retrieved, first=first, last=last
            )
            out.append(0)
        else:
            out.append(int(c))
    return out


def _status(statuses: Any, position: int) -> str:
    if isinstance(statuses, str):
        return statuses
    if isinstance(statuses, list) and position < len(statuses):
        s = statuses[position]
        return s if isinstance(s, str) else ""
    if isinstance(statuses, dict):
        s = statuses.get(str(position))
        return s if isinstance(s, str) else ""
    return ""


def _status_labels(doc: dict[str, Any]) -> dict[str, str]:
    ext = doc.get("extension")
    labels = ext.get("status") if isinstance(ext, dict) else None
    return {str(k): str(v) for k, v in labels.items()} if isinstance(labels, dict) else {}


def _cell(
    value: Any, status: str, labels: dict[str, str], problems: Problems, position: int
) -> Cell | None:
    note = f"{status} ({labels[status]})" if status in labels else status or None
    if value is None:
        return Cell(None, Status.SUPPRESSED if status == ".." else Status.MISSING, note)
    if not is_number(value):
        problems.add(None, f"value[{position}]", "not_number", got=shown(value))
        return None
    if status:
        return Cell(float(value), Status.PRELIMINARY, note)
    return Cell(float(value), Status.FINAL)
