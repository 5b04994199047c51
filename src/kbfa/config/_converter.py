"""The cattrs converter between TOML data and the model, strict about types.

Every hook raises :class:`Invalid` with a message key from the catalogue, so the
loader can report each problem in TOML terms. cattrs' detailed validation
collects them all in one pass, with the attribute names and list indices that
make up the key path (attribute names are the TOML keys).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory

from kbfa.config._hints import suggest_value
from kbfa.config._limits import BIDI, NONCHAR, UNSAFE_TEXT
from kbfa.model import (
    Agreement,
    Benchmark,
    Cadence,
    Count,
    DataFormat,
    Dataset,
    Id,
    Indicator,
    Per,
    Period,
    Requirement,
    RequirementKind,
    Text,
    Unit,
    Waiver,
    Year,
)

__all__ = ["Invalid", "make_converter", "statute_of"]

_ID = re.compile(r"[a-z0-9][a-z0-9_\-]*\Z")


class Invalid(ValueError):
    """A value the model cannot take. ``expected`` is a catalogue key, ``params`` its fields."""

    def __init__(
        self,
        expected: str,
        got: object = attrs.NOTHING,
        *,
        key: str | None = None,
        message: str | None = None,
        **params: object,
    ) -> None:
        super().__init__(expected)
        self.expected = expected
        self.got = got
        self.key = key  # a sub-key the problem belongs to, for class-level checks
        self.message = message  # a whole message key instead of "expected X, got Y"
        self.params = params


def describe(value: object) -> str:
    """How a given value is shown in an error: TOML-like, short."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        # Escape only what cannot be shown (control characters), never å, ä, ö.
        quoted = shown.replace("\\", "\\\\").replace('"', '\\"')
        escaped = UNSAFE_TEXT.sub(lambda m: m.group().encode("unicode_escape").decode(), quoted)
        return '"' + escaped + '"'
    if isinstance(value, dict):
        return "{...}" if value else "{}"
    if isinstance(value, list):
        return "[...]" if value else "[]"
    return str(value)


def _text(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise Invalid("t_text", value)
    if not value.strip():
        raise Invalid("t_nonempty", value)
    bad = UNSAFE_TEXT.search(value)  # one search for the common case, a clean text
    if bad:
        found = bad.group()
        key = "t_control"
        if BIDI.match(found):
            key = "t_bidi"
        elif NONCHAR.match(found):
            key = "t_nonchar"
        char = found.encode("unicode_escape").decode()
        raise Invalid(key, value, char=f"'{char}'", index=bad.start() + 1)
    return value


def _id(value: object, _: object) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise Invalid("t_id", value)
    return value


def _count(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise Invalid("t_count", value)
    return value


#: The years a baseline or a target can name: statistics exist from the 1900s on.
YEARS = (1900, 2100)


def _year(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not YEARS[0] <= value <= YEARS[1]:
        raise Invalid("t_year", value, low=YEARS[0], high=YEARS[1])
    return value


def _number(value: object, _: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise Invalid("t_number", value)
    if value in (float("inf"), float("-inf")):
        raise Invalid("t_number", value)
    return float(value)


def _bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise Invalid("t_bool", value)
    return value


def _date(value: object, _: object) -> dt.date:
    if type(value) is not dt.date:
        raise Invalid("t_date", value)
    return value


@functools.cache
def _enum_values(cls: type[enum.Enum]) -> tuple[str, ...]:
    # Built once per vocabulary: rebuilding it for every value was 5 % of loading a config.
    return tuple(str(m.value) for m in cls)


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    values = _enum_values(cls)
    if isinstance(value, str) and value in values:
        return cls(value)
    hint = suggest_value(value, cls) if isinstance(value, str) else None
    guess = [hint] if hint else []
    raise Invalid("t_one_of", value, choices=", ".join(f'"{v}"' for v in values), guess=guess)


def _tuple_factory(t: Any, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    inner = homogenous_tuple_structure_factory(t, conv)

    def hook(value: object, _: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise Invalid("t_list", value)
        return inner(value, t)  # type: ignore[no-any-return]

    return hook


#: Months in one period of each ``per`` that can start in any month.
_PER_MONTHS: dict[Per, int] = {
    Per.MONTH: 1,
    Per.QUARTER: 3,
    Per.TERTIAL: 4,
    Per.HALF_YEAR: 6,
    Per.YEAR: 12,
}


def _check_cadence(c: Cadence) -> None:
    if c.seasons:
        if c.per is not Per.YEAR:
            raise Invalid("", key="seasons", message="season_per")
        total = sum(s.times for s in c.seasons)
        if total != c.times * c.interval:
            raise Invalid("", key="seasons", message="season_sum", total=total, times=c.times)
    if c.per is Per.MANDATE_PERIOD:
        for key, given in (("interval", c.interval > 1), ("window", c.window is not None)):
            if given:
                raise Invalid("", key=key, message="mandate_only_times", field=key)
    if c.start_month is not None:
        _check_start_month(c, c.start_month)
    if c.start_week is not None:
        if c.per is not Per.WEEK:
            raise Invalid("", key="start_week", message="start_week_per")
        if c.start_week > 53:
            raise Invalid("", key="start_week", message="start_week_range", value=c.start_week)


def _check_start_month(c: Cadence, month: int) -> None:
    if month > 12:
        raise Invalid("", key="start_month", message="start_month_range", value=month)
    size = _PER_MONTHS.get(c.per)
    if size is None:
        message = "start_month_week" if c.per is Per.WEEK else "start_month_mandate"
        raise Invalid("", key="start_month", message=message)
    if c.seasons or c.window is not None:
        raise Invalid("", key="start_month", message="start_month_fixed")
    span = size * (c.interval if c.per is not Per.YEAR else 1)
    if span == 1:
        raise Invalid("", key="start_month", message="start_month_every_month")
    if 12 % span:
        raise Invalid("", key="start_month", message="start_month_divide", months=span)


def _check_period(p: Period) -> None:
    if p.start and p.end and p.end < p.start:
        raise Invalid("", key="end", message="period_order", start=p.start, end=p.end)
    if p.length_years and p.length_months:
        raise Invalid("", key="length_months", message="period_two_lengths")
    if p.mandate_period and (p.length_years or p.length_months):
        key = "length_months" if p.length_months else "length_years"
        raise Invalid("", key=key, message="period_mandate_length", field=key)


def _check_agreement(a: Agreement) -> None:
    if len(a.parties) < 2:
        raise Invalid("", key="parties", message="too_few_parties")


#: Codes of the law's rules (see kbfa.rules): "KBFA-L13B" is 13 §, "KBFA-LOBA" the
#: transitional provisions. Matched here because the config layer sits below the rules.
_LAW_CODE = re.compile(r"KBFA-L(\d+|OB)[A-Z]*\Z")


def statute_of(code: str) -> tuple[str, str] | None:
    """The provision a law rule's code stands for, in Swedish and English, else None.

    ``statute_of("KBFA-L13B") == ("13 § lag (2023:196)", "s. 13 of the Act (2023:196)")``.
    """
    found = _LAW_CODE.match(code)
    if found is None:
        return None
    section = found.group(1)
    if section == "OB":
        return (
            "övergångsbestämmelserna till lag (2023:196)",
            "the transitional provisions of the Act (2023:196)",
        )
    return f"{int(section)} § lag (2023:196)", f"s. {int(section)} of the Act (2023:196)"


def _check_waiver(w: Waiver) -> None:
    statute = statute_of(w.rule)
    if statute is not None:
        sv, en = statute
        raise Invalid("", key="rule", message="waiver_of_law", code=w.rule, sv=sv, en=en)


# Which keys each kind of local requirement needs (the rest are optional).
REQUIREMENT_FIELDS: dict[RequirementKind, tuple[str, ...]] = {
    # Without its own cadence, a cadence requirement holds the target to the target's cadence.
    RequirementKind.DELIVERABLE_CADENCE: ("target",),
    RequirementKind.DELIVERABLE_CONTENTS: ("target",),
    RequirementKind.DELIVERABLE_BASIS: ("target", "based_on"),
    RequirementKind.REPORTING: ("target", "to"),
    RequirementKind.PARTNER_CATEGORIES: ("categories",),
    RequirementKind.AGREEMENT_SIGNATORIES: ("roles",),
    RequirementKind.AGREEMENT_CONTENTS: ("fields",),
    RequirementKind.AGREEMENT_WRITTEN: (),
    RequirementKind.REPRESENTATION: ("target",),
    RequirementKind.MEETING_CADENCE: ("target",),
    RequirementKind.FOLLOW_UP: ("target", "cadence"),
    RequirementKind.PRACTICE: ("evidence_kind",),
}


#: An area code as Kolada writes it: "0000" the country, "00NN" a county, "NNNN" a municipality.
AREA_CODE = re.compile(r"[0-9]{4}\Z")
_RATES = (Unit.PER_100000, Unit.PER_1000, Unit.PERCENT)


def _check_dataset(d: Dataset) -> None:
    if d.format in (DataFormat.TABLE, DataFormat.EST) and d.mapping is None:
        raise Invalid("", key="mapping", message="dataset_mapping", format=d.format.value)
    if d.format in (DataFormat.KOLADA, DataFormat.JSONSTAT) and d.mapping is not None:
        raise Invalid("", key="mapping", message="dataset_no_mapping", format=d.format.value)
    if d.format is DataFormat.KOLADA and "Kolada" not in (d.attribution or ""):
        raise Invalid("", key="attribution", message="kolada_attribution")
    if d.area is not None and not AREA_CODE.match(d.area):
        raise Invalid("t_area", d.area)


def _check_indicator(i: Indicator) -> None:
    if i.denominator is not None:
        if i.data is None:
            raise Invalid("", key="denominator", message="denominator_without_data")
        if i.unit not in _RATES:
            raise Invalid("", key="unit", message="denominator_unit")
    if i.baseline and i.target and i.target.year < i.baseline.year:
        years = {"base": i.baseline.year, "year": i.target.year}
        raise Invalid("", key="target", message="target_before_baseline", **years)


def _check_requirement(r: Requirement) -> None:
    for field in REQUIREMENT_FIELDS[r.kind]:
        if getattr(r, field) in (None, ()):
            raise Invalid(
                "", key=field, message="requirement_field", kind=r.kind.value, field=field
            )


_POST_CHECKS: dict[type, Callable[[Any], None]] = {
    Cadence: _check_cadence,
    Period: _check_period,
    Agreement: _check_agreement,
    Requirement: _check_requirement,
    Dataset: _check_dataset,
    Indicator: _check_indicator,
    Waiver: _check_waiver,
}

#: What a table is expected to look like, when the plain "a table" would not help.
_TABLE_EXPECTED: dict[type, str] = {Benchmark: "t_benchmark"}


def _attrs_factory(t: type, conv: cattrs.Converter) -> Callable[[object, object], Any]:
    base: Callable[[Any, Any], Any] = conv.gen_structure_attrs_fromdict(t)
    post = _POST_CHECKS.get(t)
    expected = _TABLE_EXPECTED.get(t, "t_table")

    def hook(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise Invalid(expected, value)
        obj = base(value, t)
        if post is not None:
            post(obj)
        return obj

    return hook


def _is_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple


def _model_enums() -> list[type[enum.Enum]]:
    import kbfa.model as model

    return [v for v in vars(model).values() if isinstance(v, type) and issubclass(v, enum.Enum)]


def make_converter() -> cattrs.Converter:
    """A converter that structures TOML data strictly and unstructures compactly."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True, omit_if_default=True)
    # Text, Id, Count and Year are Annotated[...] aliases: matched by equality, not by class.
    for alias, hook in ((Text, _text), (Id, _id), (Count, _count), (Year, _year)):
        conv.register_structure_hook_func(functools.partial(operator.eq, alias), hook)
    conv.register_structure_hook(float, _number)
    # Per class, so cattrs does not inline its lenient bool(x) / str(x) calls.
    conv.register_structure_hook(str, _text)
    conv.register_structure_hook(bool, _bool)
    conv.register_structure_hook(dt.date, _date)
    # StrEnums are str subclasses, so cattrs would dispatch them to its str hook;
    # a hook per class is more specific than both.
    for cls in _model_enums():
        conv.register_structure_hook(cls, _enum)
    conv.register_structure_hook_factory(_is_tuple, _tuple_factory)
    conv.register_structure_hook_factory(attrs.has, _attrs_factory)
    # Writing: dates stay dates (tomli-w writes TOML dates), enums become their value.
    conv.register_unstructure_hook(dt.date, lambda d: d)
    conv.register_unstructure_hook(enum.Enum, lambda e: e.value)
    return conv
