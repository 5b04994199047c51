"""Date arithmetic for cadences, cycles and periods (no third-party date library).

A tertial is four months (Jan–Apr, May–Aug, Sep–Dec), a half-year six, a quarter
three; a week is 12/52 of a month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kbfa.model import Cadence, Per
from kbfa.model._dates import days_in_month

__all__ = [
    "add_months",
    "cadence_months",
    "count_in_window",
    "per_year",
    "window_start",
]

#: Length of each counting period in months.
_MONTHS: dict[Per, float] = {
    Per.WEEK: 12 / 52,
    Per.MONTH: 1.0,
    Per.QUARTER: 3.0,
    Per.TERTIAL: 4.0,
    Per.HALF_YEAR: 6.0,
    Per.YEAR: 12.0,
    Per.MANDATE_PERIOD: 48.0,  # four years (kommunallagen 5 kap. 9 §)
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = days_in_month(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def cadence_months(c: Cadence) -> float:
    """The whole span one cadence counts over, in months (``interval`` × ``per``)."""
    return _MONTHS[c.per] * c.interval


def per_year(c: Cadence) -> float:
    """How many times a year the cadence asks for."""
    return c.times * 12 / cadence_months(c)


def window_start(c: Cadence, as_of: dt.date) -> tuple[dt.date, float]:
    """The first day of the look-back window for practice checks, and its length in months.

    A cadence of a year or longer is checked over its own span (a yearly report:
    the last 12 months; every second year: the last 24). Shorter cadences are
    checked over the last 12 months, so a summer break does not make a weekly
    meeting "missed" on a given week, while a year of meetings still has to add up.
    The first day is included, as "senast" includes the due day: on 2026-11-23 a
    yearly report of 2025-11-23 is still on time, one of 2025-11-22 is not.
    """
    months = max(cadence_months(c), 12.0)
    whole = round(months)
    return add_months(as_of, -whole), float(whole)


def count_in_window(dates: Sequence[dt.date], first: dt.date, last: dt.date) -> int:
    """How many of ``dates`` fall from ``first`` through ``last``, both days included."""
    return sum(1 for d in dates if first <= d <= last)
