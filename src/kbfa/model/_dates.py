"""Date arithmetic the model's time words need: months, years and mandate periods.

One place for it, so the schedule (årshjul) and the rules count a "3-month period" or
"a mandate period" the same way. Pure functions on :class:`datetime.date`, no I/O.

Mandate periods: ordinary elections to kommunfullmäktige and regionfullmäktige are held
every fourth year, on the second Sunday in September (vallagen 2005:837; four-year terms
since the election of 1994, second Sunday since 2014: 2014, 2018, 2022, 2026, 2030 ...).
Fullmäktige's members are elected for four years counted from 15 October of the election
year (kommunallagen 2017:725, 5 kap. 9 §), so a mandate period runs from 15 October of
one election year to 14 October of the next. An extra election (extra val) does not start
a new mandate period: it fills the rest of the running one (kommunallagen 5 kap. 9 §).
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "FIRST_FOUR_YEAR_ELECTION",
    "FIRST_MANDATE_START",
    "add_months",
    "add_years",
    "days_in_month",
    "election_day",
    "is_election_year",
    "mandate_period",
    "month_end",
    "period_end",
]

#: The first general election after which mandate periods last four years.
FIRST_FOUR_YEAR_ELECTION = 1994
#: Day and month a mandate period starts in an election year (kommunallagen 5 kap. 9 §).
MANDATE_START = (10, 15)
#: The first day of the first four-year mandate period.
FIRST_MANDATE_START = dt.date(FIRST_FOUR_YEAR_ELECTION, *MANDATE_START)


#: Days in each month of a common year (January first).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year`` in the Gregorian calendar.

    Written out rather than taken from the calendar module, which brings locale with it:
    1.3 ms of every ``kbfa check``'s start-up for one number. A test compares it with
    calendar.monthrange for every month of the years 1-9999.
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year``."""
    return dt.date(year, month, days_in_month(year, month))


def period_end(year: int, tertial: int | None = None) -> dt.date:
    """The last day a statistic for ``year`` describes: 31 December, or the last day of its
    tertial (1: January–April, 2: May–August, 3: September–December)."""
    return month_end(year, 4 * tertial if tertial else 12)


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus ``months`` calendar months; a day the month lacks becomes its last day.

    31 January + 1 month is 28 (or 29) February; 29 February + 12 months is 28 February.
    """
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(d.day, days_in_month(year, month)))


def add_years(d: dt.date, years: int) -> dt.date:
    """``d`` plus ``years``; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def is_election_year(year: int) -> bool:
    """True for the years of ordinary general elections: 1994, 1998 ... 2022, 2026, 2030."""
    return year >= FIRST_FOUR_YEAR_ELECTION and (year - FIRST_FOUR_YEAR_ELECTION) % 4 == 0


def election_day(year: int) -> dt.date:
    """The day of the ordinary election in ``year``: the second Sunday in September.

    Raises ``ValueError`` for a year with no ordinary election, or before 2014 (until the
    election of 2010 it was the third Sunday).
    """
    if not is_election_year(year) or year < 2014:
        raise ValueError(f"no ordinary election on the second Sunday of September {year}")
    first = dt.date(year, 9, 1)
    first_sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7)
    return first_sunday + dt.timedelta(days=7)


def mandate_period(on: dt.date) -> tuple[dt.date, dt.date]:
    """The mandate period ``on`` falls in: (15 October of the election year, 14 October
    four years later), both days included.

    Raises ``ValueError`` for a day before the first four-year mandate period (1994).
    """
    month, day = MANDATE_START
    year = on.year - (on.year - FIRST_FOUR_YEAR_ELECTION) % 4
    if on < dt.date(year, month, day):
        year -= 4
    if year < FIRST_FOUR_YEAR_ELECTION:
        raise ValueError(f"{on} is before the first four-year mandate period")
    return dt.date(year, month, day), dt.date(year + 4, month, day - 1)
