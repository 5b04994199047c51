"""The shape of the config, read off the model's attrs classes.

The JSON Schema, the configuration reference page and the description catalogue's
completeness test all walk the model through this one module, so none of them can
drift from the classes the loader actually structures.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any, Literal

import attrs

from kbfa.config._references import REFERENCES
from kbfa.model import Count, Governance, Id, Text, Year

__all__ = ["FieldInfo", "Shape", "classes", "fields", "key_paths", "references", "shape_of"]

ShapeKind = Literal[
    "text", "id", "count", "year", "number", "bool", "date", "enum", "table", "array"
]


@attrs.frozen
class Shape:
    """What a TOML value must look like: a scalar kind, a vocabulary, a table or an array."""

    kind: ShapeKind
    vocabulary: type[enum.Enum] | None = None
    table: type | None = None
    item: Shape | None = None


@attrs.frozen
class FieldInfo:
    """One key of a table: its owner class, name, shape and whether it must be written."""

    owner: type
    name: str
    shape: Shape
    required: bool
    default: object

    @property
    def key(self) -> str:
        """The catalogue key, ``"Class.field"``."""
        return f"{self.owner.__name__}.{self.name}"


_SCALARS: dict[object, ShapeKind] = {
    Text: "text",
    Id: "id",
    Count: "count",
    Year: "year",
    float: "number",
    bool: "bool",
    dt.date: "date",
    str: "text",
}


def shape_of(annotation: Any) -> Shape:
    """The shape of a resolved field annotation; ``X | None`` is the shape of ``X``.

    Raises TypeError for an annotation the config format has no spelling for, so a
    new kind of field in the model fails loudly here instead of producing a wrong schema.
    """
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return shape_of(members[0])
    if origin is tuple:
        args = typing.get_args(annotation)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"unsupported tuple {annotation!r}")
        return Shape("array", item=shape_of(args[0]))
    if annotation in _SCALARS:
        return Shape(_SCALARS[annotation])
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return Shape("enum", vocabulary=annotation)
    if isinstance(annotation, type) and attrs.has(annotation):
        return Shape("table", table=annotation)
    raise TypeError(f"unsupported annotation {annotation!r}")


def fields(cls: type) -> tuple[FieldInfo, ...]:
    """The keys of ``cls`` in declaration order (the order the docs and schema list them)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return tuple(
        FieldInfo(
            owner=cls,
            name=a.name,
            shape=shape_of(hints[a.name]),
            required=a.default is attrs.NOTHING,
            default=_default(a),
        )
        for a in attrs.fields(cls)
    )


def _default(a: attrs.Attribute[Any]) -> object:
    default: Any = a.default
    # attrs types Factory as a function, so the isinstance check needs Any.
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory()
    return default


def _tables(shape: Shape) -> Iterator[type]:
    if shape.table is not None:
        yield shape.table
    if shape.item is not None:
        yield from _tables(shape.item)


def classes(root: type = Governance) -> tuple[type, ...]:
    """Every table class reachable from ``root``, root first, then in order of first use."""
    seen: list[type] = [root]
    index = 0
    while index < len(seen):
        for f in fields(seen[index]):
            for cls in _tables(f.shape):
                if cls not in seen:
                    seen.append(cls)
        index += 1
    return tuple(seen)


def key_paths(root: type = Governance) -> Iterator[tuple[tuple[str, ...], type, str]]:
    """Every (key pattern, owner class, field) reachable from the root; ``*`` is any index."""

    def walk(cls: type, prefix: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], type, str]]:
        for f in fields(cls):
            path = (*prefix, f.name)
            yield path, cls, f.name
            shape = f.shape
            if shape.kind == "array" and shape.item is not None:
                path, shape = (*path, "*"), shape.item
            if shape.table is not None:
                yield from walk(shape.table, path)

    yield from walk(root, ())


def references() -> dict[str, tuple[str, ...]]:
    """``"Class.field"`` → the collections its ids must be found in (from the loader's table)."""
    patterns = dict(REFERENCES)
    out: dict[str, tuple[str, ...]] = {}
    for path, cls, name in key_paths():
        namespaces = patterns.get(path)
        if namespaces is None:
            continue
        key = f"{cls.__name__}.{name}"
        merged = list(out.get(key, ()))
        merged += [n for n in namespaces if n not in merged]
        out[key] = tuple(merged)
    return out
