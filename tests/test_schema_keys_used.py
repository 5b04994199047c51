"""Every key the schema accepts is used: shown by an output or read by a rule (issue 12).

A key that loads but changes nothing is a promise kbfa does not keep: the coordinator
writes it and no one ever reads it. This test walks every key of the schema
(:func:`kbfa.schema._walk.classes`), finds it in a bundled config or example, changes
it there (removes an optional key, gives it other values: another id of the same kind,
another word of its vocabulary; :data:`SPECIAL` changes the few keys the loader ties to
another key together with it) and looks for a difference in what people read: ``kbfa show``, the findings of ``kbfa check``, the
årshjul of ``kbfa calendar``, the Word documents of ``kbfa documents`` and the series
of ``kbfa data show``. A key with no difference anywhere fails the test, unless it is
listed in :data:`NOT_SHOWN` with the reason.

The bundled configs and examples must between them write every key; a key none of
them writes fails too (add it to an example).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from kbfa.config import loads
from kbfa.errors import KbfaError
from kbfa.schema._walk import FieldInfo, Shape, classes, fields

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(ROOT.glob("examples/*.toml")) + sorted(ROOT.glob("configs/*.toml"))
AS_OF = dt.date(2026, 11, 29)

#: Keys no output shows and no rule reads, each with the reason it is still in the format.
NOT_SHOWN: dict[str, str] = {
    "Governance.format_version": "read by the loader only: a newer format is refused, a renamed "
    "key is named (tests/test_format_version.py)",
}

#: Keys that are not changed here: ids name items for references, and every key that
#: refers to an id is itself tested.
STRUCTURAL = {"id"}

Path_ = tuple[str | int, ...]


@functools.cache
def raw(source: Path) -> dict[str, Any]:
    return tomllib.loads(source.read_text(encoding="utf-8"))


def occurrences(node: Any, cls: type, path: Path_ = ()) -> Iterator[tuple[FieldInfo, Path_]]:
    """Every key written in ``node`` (a table of class ``cls``), depth first."""
    if not isinstance(node, dict):
        return
    for f in fields(cls):
        if f.name not in node:
            continue
        here = (*path, f.name)
        yield f, here
        value = node[f.name]
        shape = f.shape
        if shape.kind == "array" and shape.item is not None and shape.item.table is not None:
            for i, item in enumerate(value if isinstance(value, list) else ()):
                yield from occurrences(item, shape.item.table, (*here, i))
        elif shape.table is not None:
            yield from occurrences(value, shape.table, here)


@functools.cache
def where_written() -> dict[str, list[tuple[Path, Path_]]]:
    """Each "Class.field" → the places it is written, examples first."""
    from kbfa.model import Governance

    out: dict[str, list[tuple[Path, Path_]]] = {}
    for source in SOURCES:
        for f, path in occurrences(raw(source), Governance):
            out.setdefault(f.key, []).append((source, path))
    return out


def _get(data: Any, path: Path_) -> Any:
    for p in path:
        data = data[p]
    return data


def _changed(value: Any, shape: Shape, ids: list[str]) -> Iterator[Any]:
    """Different values of the same shape, the likeliest to show first.

    ``ids`` are the ids the key may refer to (for an id: another item of the same kind).
    """
    if shape.kind == "id":
        yield from (x for x in ids if x != value)
    elif shape.kind == "text":
        yield f"{value} ÄNDRAT"
        if "." in value:
            yield value.rsplit(".", 1)[0]  # a shorter key path (an [[unknowns]] key)
        if len(value) == 4 and value.isdigit():
            yield "0000"  # another area code (the whole country)
    elif shape.kind in ("count", "year"):
        yield value + 1
    elif shape.kind == "number":
        yield value + 1.5
    elif shape.kind == "bool":
        yield not value
    elif shape.kind == "date":
        yield value + dt.timedelta(days=40)
    elif shape.kind == "enum" and shape.vocabulary is not None:
        yield from (m.value for m in shape.vocabulary if m.value != value)
    elif shape.kind == "array" and isinstance(value, list) and value and shape.item is not None:
        if len(value) > 1:
            yield value[:-1]
        for item in _changed(value[-1], shape.item, [x for x in ids if x not in value]):
            yield [*value[:-1], item]


#: How many changed values are tried per place (enough for a vocabulary to reach a value
#: that shows; bounded so that a long list of ids does not make the test slow).
TRIES = 6


def mutations(f: FieldInfo, data: dict[str, Any], path: Path_) -> Iterator[dict[str, Any]]:
    """Changed copies of ``data``: without the key (if optional), then with other values."""
    holder, key = path[:-1], path[-1]
    value = _get(data, path)
    if not f.required:
        out = copy.deepcopy(data)
        del _get(out, holder)[key]
        yield out
    for n, other in enumerate(_changed(value, f.shape, _ids_for(f.key, data))):
        if n >= TRIES:
            break
        out = copy.deepcopy(data)
        _get(out, holder)[key] = other
        yield out
    special = SPECIAL.get(f.key)
    if special is not None:
        yield from special(copy.deepcopy(data), path)


def _ids_for(key: str, data: dict[str, Any]) -> list[str]:
    """The ids in ``data`` that the key ``Class.field`` may name."""
    from kbfa.config._references import STEERING_DOCUMENT_SUBJECT, collect_ids
    from kbfa.schema._walk import references

    found = collect_ids(data)
    out: list[str] = []
    for namespace in references().get(key, ()):
        if namespace == STEERING_DOCUMENT_SUBJECT:
            out.append(namespace)
        out.extend(found.get(namespace, {}))
    return out


def _season_times(data: dict[str, Any], path: Path_) -> Iterator[dict[str, Any]]:
    """Move one occurrence to the other season: the total (checked by the loader) stays."""
    seasons = _get(data, path[:-2])
    here, other = path[-2], 1 - int(path[-2])
    if len(seasons) == 2 and seasons[here]["times"] > 1:
        seasons[here]["times"] -= 1
        seasons[other]["times"] += 1
        yield data


def _dataset_unit(data: dict[str, Any], path: Path_) -> Iterator[dict[str, Any]]:
    """Another unit for the dataset and the indicators reading it (the loader wants them equal)."""
    dataset = _get(data, path[:-1])
    dataset["unit"] = "index" if dataset["unit"] != "index" else "count"
    for ind in data.get("indicators", []):
        if ind.get("data", {}).get("dataset") == dataset["id"] and "denominator" not in ind:
            ind["unit"] = dataset["unit"]
    yield data


def _agreement_parties(data: dict[str, Any], path: Path_) -> Iterator[dict[str, Any]]:
    """One party fewer (of three or more), without the signatories (each signs for a party)."""
    agreement = _get(data, path[:-1])
    if len(agreement["parties"]) > 2:
        agreement["parties"] = agreement["parties"][:-1]
        agreement.pop("signatories", None)
        yield data


#: Keys whose value is tied to another by a rule of the loader: changed together.
SPECIAL: dict[str, Callable[[dict[str, Any], Path_], Iterator[dict[str, Any]]]] = {
    "SeasonCount.times": _season_times,
    "Dataset.unit": _dataset_unit,
    "Agreement.parties": _agreement_parties,
}


def observe(text: str, source: Path) -> Iterator[tuple[str, Callable[[], str]]]:
    """What people read of a config, cheapest first (each computed only when asked)."""
    loaded = loads(text, filename=str(source))
    g = loaded.governance

    def show() -> str:
        from kbfa.outputs.summary import render_summary

        return render_summary(g)

    def check() -> str:
        from kbfa.evaluation import evaluate

        r = evaluate(loaded, AS_OF)
        return "\n".join(
            f"{f.code} {f.verdict} {f.situation} {f.location.path if f.location else ''} "
            f"{f.reference} {f.message} {f.fix}"
            for f in r.findings
        )

    def calendar() -> str:
        from kbfa.outputs.calendar_text import render_calendar
        from kbfa.schedule import occurrences as planned

        return "".join(render_calendar(g, planned(g, y), y) for y in (2026, 2027))

    def data() -> str:
        from kbfa.data import indicator_data

        try:
            return repr(indicator_data(loaded))
        except KbfaError as exc:
            return f"error: {exc}"

    def documents() -> str:
        from kbfa.outputs.docx import (
            BuildContext,
            build_documents,
            compliance_report,
            coordinator_appendix,
        )

        texts = []
        docs = [*build_documents(g, BuildContext(as_of=AS_OF))]
        docs.append(compliance_report(loaded, AS_OF, BuildContext()))
        docs.append(coordinator_appendix(loaded, AS_OF, BuildContext()))
        for d in docs:
            texts.append(d.stem)
            texts.extend(p.text for p in d.document.paragraphs)
            for t in d.document.tables:
                texts.extend(c.text for r in t.rows for c in r.cells)
        return "\n".join(texts)

    yield from (
        ("show", show),
        ("check", check),
        ("calendar", calendar),
        ("data", data),
        ("documents", documents),
    )


def _outputs(text: str, source: Path) -> dict[str, Callable[[], str]]:
    return dict(observe(text, source))


@functools.cache
def _baseline(source: Path) -> dict[str, str]:
    """The outputs of a config as written back by tomli-w (so formatting never differs)."""
    text = tomli_w.dumps(raw(source))
    return {name: make() for name, make in observe(text, source)}


def used_by(key: str) -> str | None:
    """The output in which changing ``key`` shows, or None."""
    from kbfa.model import Governance

    for source, path in where_written()[key][:8]:
        data = raw(source)
        f = next(x for x, p in occurrences(data, Governance) if p == path)
        base = _baseline(source)
        for changed in mutations(f, data, path):
            try:
                outputs = _outputs(tomli_w.dumps(changed), source)
            except KbfaError:
                continue  # this change is refused by the loader: try another
            for name, make in outputs.items():
                if make() != base[name]:
                    return name
    return None


def _container(f: FieldInfo) -> bool:
    """A table, or a list of tables: what is in it is tested key by key."""
    shape = f.shape.item if f.shape.kind == "array" and f.shape.item else f.shape
    return shape.table is not None


def all_keys() -> list[str]:
    """Every key with a value of its own (tables are tested through their keys)."""
    return [
        f.key
        for cls in classes()
        for f in fields(cls)
        if f.name not in STRUCTURAL and not _container(f)
    ]


def test_every_key_is_written_somewhere() -> None:
    """The examples and bundled configs write every key of the schema."""
    missing = [k for k in all_keys() if k not in where_written() and k not in NOT_SHOWN]
    assert missing == []


@pytest.mark.parametrize("key", [k for k in all_keys() if k not in NOT_SHOWN])
def test_key_is_used(key: str) -> None:
    if key not in where_written():
        pytest.fail(f"{key} is written in no example or config")
    assert used_by(key) is not None, f"{key}: changing it changes no output and no finding"


def test_not_shown_are_real_keys() -> None:
    assert set(NOT_SHOWN) <= set(all_keys())
