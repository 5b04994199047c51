"""Parts of a year as Swedish municipalities name them, and date arithmetic.

Conventions (issue 5, and how municipal steering documents use the words):
tertial 1 = januari–april, 2 = maj–augusti, 3 = september–december; vår = januari–juni,
höst = juli–december; kvartal as usual; "i slutet på varje kalenderår" = december.
Weeks are ISO 8601 weeks (vecka 1–52/53), the numbering Swedish calendars print; week 1
of a year may start in the previous December and its last week may end in January.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Per, Season, Window

__all__ = [
    "Span",
    "SpanUnit",
    "add_months",
    "add_years",
    "iso_weeks",
    "month_name",
    "periods",
    "season_span",
    "whole_year",
    "window_span",
]


class SpanUnit(enum.StrEnum):
    """The unit a span is counted in; ``first``/``last`` number units within the year."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    TERTIAL = "tertial"
    HALF_YEAR = "half_year"  # 1 = vår, 2 = höst
    YEAR = "year"
    YEAR_END = "year_end"  # December, "i slutet på kalenderåret"


@attrs.frozen
class Span:
    """A window of days, ``start`` to ``end`` inclusive, named by its unit and numbers."""

    start: dt.date
    end: dt.date
    unit: SpanUnit
    first: int = 1
    last: int = 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self, lang: Lang = "sv") -> str:
        """The reader's name: "vecka 7", "tertial 2 (maj–aug)", "våren (jan–jun)"."""
        return _label(self, lang)


_MONTHS: dict[Lang, tuple[str, ...]] = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

T: Catalogue = {
    "week": {"sv": "vecka {a}", "en": "week {a}"},
    "weeks": {"sv": "vecka {a}–{b}", "en": "weeks {a}–{b}"},
    "quarter": {"sv": "kvartal {a}", "en": "quarter {a}"},
    "quarters": {"sv": "kvartal {a}–{b}", "en": "quarters {a}–{b}"},
    "tertial_1": {"sv": "tertial 1 (jan–apr)", "en": "tertial 1 (Jan–Apr)"},
    "tertial_2": {"sv": "tertial 2 (maj–aug)", "en": "tertial 2 (May–Aug)"},
    "tertial_3": {"sv": "tertial 3 (sep–dec)", "en": "tertial 3 (Sep–Dec)"},
    "tertials": {"sv": "tertial {a}–{b}", "en": "tertials {a}–{b}"},
    "spring": {"sv": "våren (jan–jun)", "en": "spring (Jan–Jun)"},
    "autumn": {"sv": "hösten (jul–dec)", "en": "autumn (Jul–Dec)"},
    "year": {"sv": "under året", "en": "during the year"},
    "year_end": {"sv": "årets slut (december)", "en": "year end (December)"},
}


def _label(s: Span, lang: Lang) -> str:
    a, b = s.first, s.last
    if s.unit is SpanUnit.WEEK:
        return render(T, "week" if a == b else "weeks", lang, a=a, b=b)
    if s.unit is SpanUnit.MONTH:
        names = _MONTHS[lang]
        return names[a - 1] if a == b else f"{names[a - 1]}–{names[b - 1]}"
    if s.unit is SpanUnit.QUARTER:
        return render(T, "quarter" if a == b else "quarters", lang, a=a, b=b)
    if s.unit is SpanUnit.TERTIAL:
        return render(T, f"tertial_{a}" if a == b else "tertials", lang, a=a, b=b)
    if s.unit is SpanUnit.HALF_YEAR and a == b:
        return render(T, "spring" if a == 1 else "autumn", lang)
    if s.unit is SpanUnit.YEAR_END:
        return render(T, "year_end", lang)
    return render(T, "year", lang)


def month_name(month: int, lang: Lang = "sv") -> str:
    return _MONTHS[lang][month - 1]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, unit: SpanUnit, first: int, last: int, size: int) -> Span:
    """A span of whole months: units ``first``..``last`` of ``size`` months each."""
    start = dt.date(year, (first - 1) * size + 1, 1)
    return Span(start, _month_end(year, last * size), unit, first, last)


def iso_weeks(year: int) -> int:
    """52 or 53: the number of ISO weeks in ``year`` (28 December is always in the last)."""
    return dt.date(year, 12, 28).isocalendar().week


_PER_UNIT: dict[Per, tuple[SpanUnit, int, int]] = {
    # per → (unit, periods per year, months per period); weeks are handled apart
    Per.MONTH: (SpanUnit.MONTH, 12, 1),
    Per.QUARTER: (SpanUnit.QUARTER, 4, 3),
    Per.TERTIAL: (SpanUnit.TERTIAL, 3, 4),
    Per.HALF_YEAR: (SpanUnit.HALF_YEAR, 2, 6),
    Per.YEAR: (SpanUnit.YEAR, 1, 12),
}


def periods(year: int, per: Per, interval: int = 1) -> tuple[Span, ...]:
    """The year cut into ``per`` periods, ``interval`` consecutive periods to a span.

    Every second month is January–February, March–April, ...; when the periods do not
    divide evenly the last span is shorter (weeks 53 alone in a 53-week year).
    """
    if per is Per.WEEK:
        n = iso_weeks(year)
        out = []
        for a in range(1, n + 1, interval):
            b = min(a + interval - 1, n)
            start = dt.date.fromisocalendar(year, a, 1)
            end = dt.date.fromisocalendar(year, b, 7)
            out.append(Span(start, end, SpanUnit.WEEK, a, b))
        return tuple(out)
    unit, count, size = _PER_UNIT[per]
    return tuple(
        _months(year, unit, a, min(a + interval - 1, count), size)
        for a in range(1, count + 1, interval)
    )


def whole_year(year: int) -> Span:
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), SpanUnit.YEAR)


def season_span(year: int, season: Season) -> Span:
    n = 1 if season is Season.SPRING else 2
    return _months(year, SpanUnit.HALF_YEAR, n, n, 6)


def window_span(year: int, window: Window) -> Span:
    """The days of ``window`` in ``year``."""
    if window is Window.SPRING:
        return season_span(year, Season.SPRING)
    if window is Window.AUTUMN:
        return season_span(year, Season.AUTUMN)
    if window is Window.YEAR_END:
        return Span(dt.date(year, 12, 1), dt.date(year, 12, 31), SpanUnit.YEAR_END, 12, 12)
    name, _, number = window.value.rpartition("_")
    n = int(number)
    if name == "tertial":
        return _months(year, SpanUnit.TERTIAL, n, n, 4)
    return _months(year, SpanUnit.QUARTER, n, n, 3)


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: dt.date, years: int) -> dt.date:
    """``d`` plus ``years``; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)
