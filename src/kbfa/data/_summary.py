"""What a reader asks of an indicator's series: the latest value, its change, its position.

These are the numbers in the lägesbild's tables and the follow-up's statuses (issue 14,
items 4–6), computed once here so that every document and export says the same:

- :func:`latest` is the municipality's most recent value and the period it is for;
- :func:`change` compares it with the same period some years earlier (a tertial with
  the same tertial, so the season does not pass for a trend);
- :func:`position` compares it with the county's or the country's value for the same
  period, and only for units that can be compared between areas of different size
  (a rate, a share, an index; never a count);
- :func:`progress` says whether an indicator is on its way from its baseline to its
  target (:class:`Progress`);
- :func:`completed` leaves out the periods that were still running when the data was
  retrieved (EST reports of a tertial under way): a part of a tertial compared with a
  whole one would look like a fall.

Nothing here judges: a lower value is "lower", never "better"; whether lower is
better is the indicator's own ``better`` and is used only to read a target.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.data._indicators import AreaSeries, IndicatorData
from kbfa.data._values import Observation, Status
from kbfa.model import Direction, Indicator, Unit, period_end

__all__ = [
    "COMPARABLE_UNITS",
    "Change",
    "Position",
    "Progress",
    "ProgressStatus",
    "change",
    "completed",
    "latest",
    "position",
    "progress",
    "running",
]

#: Units whose values can be compared between areas of different size.
COMPARABLE_UNITS = frozenset({Unit.PER_100000, Unit.PER_1000, Unit.PERCENT, Unit.INDEX})

#: Two values closer than this share (0.5 %) are "the same level".
_SAME = 0.005


@attrs.frozen
class Change:
    """From ``before`` to ``after``: ``absolute`` in the unit (percentage points for a share),
    ``relative`` as a share of ``before`` (``None`` when ``before`` is 0)."""

    before: Observation
    after: Observation
    absolute: float
    relative: float | None
    points: bool  # the unit is a percentage: ``absolute`` is in percentage points

    @property
    def preliminary(self) -> bool:
        return Status.PRELIMINARY in (self.before.status, self.after.status)


@attrs.frozen
class Position:
    """The municipality's value against a reference area's for the same period.

    ``relative`` is (own − reference) / reference; ``level`` is ``"lower"``, ``"same"``
    or ``"higher"`` (within half a percent is the same level).
    """

    own: Observation
    reference: Observation
    relative: float | None
    level: str


class ProgressStatus(enum.StrEnum):
    """A measure's indicator against its target (the 6 § follow-up's status column)."""

    ON_TRACK = "on_track"  # på väg mot målet
    OFF_TRACK = "off_track"  # inte på väg mot målet
    NO_DATA = "no_data"  # ingen data


@attrs.frozen
class Progress:
    """Whether an indicator is on its way to its target, and why (``reason``).

    ``expected`` is the value on the straight line from the baseline to the target in
    the latest value's year: on track means the latest value is at least as good as
    that (or the target is already reached). ``reason`` is one of ``no_target``,
    ``no_baseline``, ``no_direction``, ``no_series``, ``nothing_after_baseline``,
    ``reached``, ``ahead`` (at or better than the line) and ``behind``.
    """

    status: ProgressStatus
    reason: str
    latest: Observation | None = None
    expected: float | None = None


def _retrieved(data: IndicatorData) -> dt.date | None:
    return min((s.retrieved for s in data.sources), default=None)


def running(data: IndicatorData) -> tuple[Observation, ...]:
    """The municipality's periods that had not ended when the data was retrieved."""
    day = _retrieved(data)
    if day is None:
        return ()
    return tuple(o for o in data.municipality.observations if period_end(o.year, o.tertial) > day)


def completed(data: IndicatorData) -> IndicatorData:
    """``data`` without the periods that had not ended when it was retrieved."""
    day = _retrieved(data)
    if day is None:
        return data

    def ended(series: AreaSeries) -> AreaSeries:
        kept = tuple(o for o in series.observations if period_end(o.year, o.tertial) <= day)
        return attrs.evolve(series, observations=kept)

    return attrs.evolve(
        data,
        municipality=ended(data.municipality),
        county=ended(data.county),
        country=ended(data.country),
    )


def latest(series: AreaSeries) -> Observation | None:
    """The most recent value of ``series`` (a missing or confidential one does not count)."""
    return series.latest


def change(series: AreaSeries, after: Observation, unit: Unit, years: int = 1) -> Change | None:
    """``after`` against the same period ``years`` earlier, or ``None`` if that has no value.

    A share (``percent``) changes in percentage points; everything else also relatively.
    """
    before = series.at(after.year - years, after.tertial)
    if before is None or before.value is None or after.value is None:
        return None
    absolute = after.value - before.value
    relative = absolute / before.value if before.value else None
    return Change(before, after, absolute, relative, points=unit is Unit.PERCENT)


def position(own: Observation, reference: AreaSeries, unit: Unit) -> Position | None:
    """``own`` against ``reference`` in the same period; ``None`` for a count or no value."""
    if unit not in COMPARABLE_UNITS or own.value is None:
        return None
    ref = reference.at(own.year, own.tertial)
    if ref is None or ref.value is None:
        return None
    relative = (own.value - ref.value) / ref.value if ref.value else None
    if (relative is not None and abs(relative) < _SAME) or own.value == ref.value:
        level = "same"
    else:
        level = "lower" if own.value < ref.value else "higher"
    return Position(own, ref, relative, level)


def progress(indicator: Indicator, data: IndicatorData | None) -> Progress:
    """Where ``indicator`` stands between its baseline and its target (see :class:`Progress`).

    The latest value must be for a year after the baseline's: a value of the baseline
    year or before says nothing about the way since. Only whole-year values count
    when the baseline is a year (a tertial is not comparable with a year), and only
    for years that had ended when the data was retrieved (the sum of a running year
    of EST reports is a part of a year, not a year).
    """
    base, target = indicator.baseline, indicator.target
    if target is None:
        return Progress(ProgressStatus.NO_DATA, "no_target")
    if base is None:
        return Progress(ProgressStatus.NO_DATA, "no_baseline")
    direction = indicator.better
    if direction is None and target.value != base.value:
        direction = Direction.LOWER if target.value < base.value else Direction.HIGHER
    if direction is None:
        return Progress(ProgressStatus.NO_DATA, "no_direction")
    if data is None:
        return Progress(ProgressStatus.NO_DATA, "no_series")
    after = [
        o
        for o in completed(data).municipality.observations
        if o.value is not None and o.tertial is None and o.year > base.year
    ]
    if not after:
        return Progress(ProgressStatus.NO_DATA, "nothing_after_baseline")
    last = after[-1]
    assert last.value is not None
    span = target.year - base.year
    share = min(max((last.year - base.year) / span, 0.0), 1.0) if span > 0 else 1.0
    expected = base.value + (target.value - base.value) * share
    sign = -1.0 if direction is Direction.LOWER else 1.0
    if sign * (last.value - target.value) >= 0:
        return Progress(ProgressStatus.ON_TRACK, "reached", last, expected)
    if sign * (last.value - expected) >= 0:
        return Progress(ProgressStatus.ON_TRACK, "ahead", last, expected)
    return Progress(ProgressStatus.OFF_TRACK, "behind", last, expected)
