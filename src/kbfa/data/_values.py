"""What a statistics file holds once read: values per series, area, gender and period.

Every value carries a :class:`Status`. A missing or confidential value stays ``None``
with its status, never 0; a preliminary value stays marked, and anything computed
from it (a rate, a sum) is marked too (:func:`combine`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NamedTuple

import attrs

__all__ = ["Cell", "Key", "Observation", "Period", "Status", "combine", "period_label"]


class Status(enum.StrEnum):
    """How far a value can be trusted, from best to worst."""

    FINAL = "final"
    PRELIMINARY = "preliminary"  # the source says it may still change
    INCOMPLETE = "incomplete"  # a sum with parts not reported: a lower bound
    MISSING = "missing"  # no value: not reported, blank, "–", Kolada "Missing"
    SUPPRESSED = "suppressed"  # ".." : not available, too uncertain or confidential

    @property
    def has_value(self) -> bool:
        return self not in (Status.MISSING, Status.SUPPRESSED)


_RANK = {s: i for i, s in enumerate(Status)}

#: (year, tertial); tertial 0 is the whole year, 1–3 are January–April, May–August,
#: September–December (the tertials Swedish municipalities report in).
Period = tuple[int, int]
#: (series, area code, gender) within one dataset.
Key = tuple[str, str, str]


class Cell(NamedTuple):
    """One value as read, and why it is flagged.

    A named tuple, not an attrs class: a Kolada file for all 290 municipalities has
    hundreds of thousands of them, and a tuple is built several times faster.
    """

    value: float | None
    status: Status
    note: str | None = None


def combine(statuses: Iterable[Status]) -> Status:
    """The status of a value computed from values with these statuses: the worst of them."""
    worst = Status.FINAL
    for s in statuses:
        if _RANK[s] > _RANK[worst]:
            worst = s
    return worst


def period_label(period: Period, lang: str = "sv") -> str:
    """ "2025", or "2025 T1" for a tertial ("2025 T1" reads the same in English)."""
    year, tertial = period
    return f"{year} T{tertial}" if tertial else str(year)


@attrs.frozen
class Observation:
    """One value of an indicator's series: period, value (``None`` when missing) and status."""

    year: int
    tertial: int | None
    value: float | None
    status: Status
    note: str | None = None

    @property
    def period(self) -> Period:
        return (self.year, self.tertial or 0)

    @property
    def label(self) -> str:
        return period_label(self.period)
