"""Parts of a year as Swedish municipalities name them, and date arithmetic.

Conventions (issue 5, and how municipal steering documents use the words):
tertial 1 = januari–april, 2 = maj–augusti, 3 = september–december; vår = januari–juni,
höst = juli–december; kvartal as usual; "i slutet på varje kalenderår" = december.
Weeks are ISO 8601 weeks (vecka 1–52/53), the numbering Swedish calendars print; week 1
of a year may start in the previous December and its last week may end in January.

Periods that start in another month than January (``start_month``: quarters that follow
the seasons, December–February ...) belong to the year they start in, so each is listed
once: the winter quarter December 2027–February 2028 is in the årshjul of 2027. A mandate
period (15 October of an election year to 14 October four years later) belongs to its
election year. The date arithmetic itself lives in :mod:`kbfa.model._dates`.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Per, Season, Window, add_months, add_years, is_election_year
from kbfa.model import mandate_period as _mandate_period
from kbfa.model._dates import month_end as _month_end

__all__ = [
    "Span",
    "SpanUnit",
    "add_months",
    "add_years",
    "iso_weeks",
    "month_name",
    "periods",
    "season_span",
    "week_series",
    "whole_year",
    "window_span",
    "year_from",
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
    MANDATE_PERIOD = "mandate_period"  # first/last are the election years


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
    "mandate_period": {"sv": "mandatperioden {a}–{b}", "en": "the mandate period {a}–{b}"},
}


def _label(s: Span, lang: Lang) -> str:
    a, b = s.first, s.last
    if s.unit is SpanUnit.WEEK:
        return render(T, "week" if a == b else "weeks", lang, a=a, b=b)
    if s.unit is SpanUnit.MONTH:
        names = _MONTHS[lang]
        if s.start.year != s.end.year:  # december 2027–februari 2028
            return f"{names[a - 1]} {s.start.year}–{names[b - 1]} {s.end.year}"
        return names[a - 1] if a == b else f"{names[a - 1]}–{names[b - 1]}"
    if s.unit is SpanUnit.MANDATE_PERIOD:
        return render(T, "mandate_period", lang, a=a, b=b)
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


def periods(
    year: int, per: Per, interval: int = 1, start_month: int | None = None
) -> tuple[Span, ...]:
    """The year cut into ``per`` periods, ``interval`` consecutive periods to a span.

    Every second month is January–February, March–April, ...; when the periods do not
    divide evenly the last span is shorter (weeks 53 alone in a 53-week year).
    With ``start_month`` the periods are counted from that month instead (the caller
    makes sure they divide the year evenly): each span is whole, and the spans are those
    that start in ``year``, the last one reaching into the next year (december–februari).
    A mandate period gives its whole term in an election year and nothing otherwise.
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
    if per is Per.MANDATE_PERIOD:
        if not is_election_year(year):
            return ()
        first, last = _mandate_period(dt.date(year, 12, 31))
        return (Span(first, last, SpanUnit.MANDATE_PERIOD, first.year, last.year),)
    unit, count, size = _PER_UNIT[per]
    length = size * (interval if per is not Per.YEAR else 1)
    if start_month is not None and (start_month - 1) % length:
        return _shifted(year, length, start_month)
    return tuple(
        _months(year, unit, a, min(a + interval - 1, count), size)
        for a in range(1, count + 1, interval)
    )


def _shifted(year: int, length: int, start_month: int) -> tuple[Span, ...]:
    """Whole spans of ``length`` months counted from ``start_month``, starting in ``year``."""
    first = (start_month - 1) % length + 1
    out = []
    for month in range(first, 13, length):
        start = dt.date(year, month, 1)
        end = add_months(start, length) - dt.timedelta(days=1)
        out.append(Span(start, end, SpanUnit.MONTH, month, end.month))
    return tuple(out)


def week_series(year: int, interval: int, start_week: int) -> tuple[Span, ...]:
    """Single ISO weeks from ``start_week``, every ``interval`` weeks, within ``year``.

    "Jämna veckor" is ``interval=2, start_week=2``. The numbering restarts every year, as
    week numbers do: in a 53-week year, week 53 and the next year's week 1 are both odd.
    """
    return tuple(
        Span(
            dt.date.fromisocalendar(year, w, 1),
            dt.date.fromisocalendar(year, w, 7),
            SpanUnit.WEEK,
            w,
            w,
        )
        for w in range(start_week, iso_weeks(year) + 1, interval)
    )


def year_from(year: int, start_month: int | None) -> Span:
    """The twelve months from ``start_month`` of ``year`` (the calendar year without it)."""
    if start_month is None or start_month == 1:
        return whole_year(year)
    start = dt.date(year, start_month, 1)
    end = add_months(start, 12) - dt.timedelta(days=1)
    return Span(start, end, SpanUnit.MONTH, start_month, end.month)


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
