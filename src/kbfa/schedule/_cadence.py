"""Expand one cadence into the dates and windows it falls on in one year.

The rules, in order (each documented because each is a choice the documents leave open):

1. ``dates`` (only ever copied from a source document) win: the dates that fall in the
   year are the occurrences. A year none of them falls in is expanded by the rules below.
2. ``per = "year"`` with ``interval > 1`` ("vartannat år") needs a year to count from: the
   caller passes an ``anchor`` (the latest dated evidence, or the start of a period). With
   no anchor the occurrences are listed once in every year, flagged ``YEAR_NOT_KNOWN``,
   rather than guessing which year is the right one.
3. Within the year: ``seasons`` split the count over vår and höst; ``window`` puts every
   occurrence in that window; otherwise a count that divides the year evenly (2, 3, 4, 6,
   12) is spread over halves, tertials, quarters, two-month periods or months and flagged
   ``SPREAD_EVENLY``; any other count gets the whole year as its window.
4. Shorter periods (week, month, quarter, tertial, half-year) give ``times`` occurrences in
   each period; ``interval`` n joins n consecutive periods into one window counted from the
   start of the year ("varannan vecka" is weeks 1–2, 3–4, ...). A ``window`` keeps only the
   periods that start inside it.
5. Weeks carry no weekday (no document gives one): the ISO week is the window, flagged
   ``WEEKDAY_NOT_STATED``, and equal weekly windows form a ``Recurrence`` (one RRULE).
6. ``start_month`` counts the periods from that month instead of January (quarters
   December–February, March–May ...; a year from September); each window is whole and
   belongs to the year it starts in. ``start_week`` makes a weekly series single weeks
   from that week ("jämna veckor": week 2, 4, 6 ...).
7. Where the engine, not the document, chose the months or weeks, the windows are
   flagged ``ASSUMED``: a count spread evenly over the year (also ``SPREAD_EVENLY``),
   and periods joined by ``interval`` with no ``start_month``/``start_week`` ("var fjärde
   månad", "varannan vecka"), which are then counted from January and week 1.
8. ``per = "mandate_period"``: ``times`` occurrences within the mandate period that
   starts in the year (an election year); none in other years.
"""

from __future__ import annotations

import datetime as dt

import attrs

from kbfa.model import Cadence, Per
from kbfa.schedule._occurrence import Flag, Recurrence
from kbfa.schedule._spans import (
    Span,
    periods,
    season_span,
    week_series,
    whole_year,
    window_span,
    year_from,
)

__all__ = ["Slot", "assumed", "expand", "needs_anchor"]


@attrs.frozen
class Slot:
    """One occurrence of a cadence in a year, before it is given a kind and a title."""

    date: dt.date | None
    window: Span | None
    index: int
    count: int
    flags: frozenset[Flag] = frozenset()
    recurrence: Recurrence | None = None


#: Counts per year that split the year into equal named parts.
_EVEN: dict[int, tuple[Per, int]] = {
    2: (Per.HALF_YEAR, 1),
    3: (Per.TERTIAL, 1),
    4: (Per.QUARTER, 1),
    6: (Per.MONTH, 2),
    12: (Per.MONTH, 1),
}


def needs_anchor(c: Cadence) -> bool:
    """True for "every n-th year" cadences, which need a year to count from."""
    return c.per is Per.YEAR and c.interval > 1


def expand(c: Cadence, year: int, anchor: dt.date | None = None) -> tuple[Slot, ...]:
    """The occurrences of ``c`` in ``year``, in time order, numbered from 1."""
    base = frozenset({Flag.AT_LEAST}) if c.minimum else frozenset()
    fixed = sorted(d for d in c.dates if d.year == year)
    if fixed:
        return tuple(Slot(d, None, i, len(fixed), base) for i, d in enumerate(fixed, 1))
    if c.per is Per.YEAR:
        if c.interval > 1:
            if anchor is None:
                base |= {Flag.YEAR_NOT_KNOWN}
            elif (year - anchor.year) % c.interval:
                return ()
        return _number(_within_year(c, year), base)
    return _periodic(c, year, base)


def _within_year(c: Cadence, year: int) -> list[tuple[Span, frozenset[Flag]]]:
    none: frozenset[Flag] = frozenset()
    if c.seasons:
        out = [(season_span(year, s.season), none) for s in c.seasons for _ in range(s.times)]
        # A count larger than the seasons account for: the rest may fall any time.
        out += [(whole_year(year), none)] * max(0, c.times - len(out))
        return out
    if c.window is not None:
        return [(window_span(year, c.window), none)] * c.times
    if c.times in _EVEN:
        per, interval = _EVEN[c.times]
        spread = frozenset({Flag.SPREAD_EVENLY, Flag.ASSUMED})
        return [(s, spread) for s in periods(year, per, interval, c.start_month)]
    return [(year_from(year, c.start_month), none)] * c.times


def _number(spans: list[tuple[Span, frozenset[Flag]]], base: frozenset[Flag]) -> tuple[Slot, ...]:
    spans = sorted(spans, key=lambda sf: (sf[0].start, sf[0].end))
    n = len(spans)
    return tuple(Slot(None, s, i, n, base | f) for i, (s, f) in enumerate(spans, 1))


def assumed(c: Cadence) -> bool:
    """Whether the windows of a periodic cadence are the engine's choice, not the document's:
    periods joined by ``interval`` counted from January or week 1 because no start is given."""
    if c.per in (Per.YEAR, Per.MANDATE_PERIOD) or c.interval == 1:
        return False
    return (c.start_week if c.per is Per.WEEK else c.start_month) is None


def _periodic(c: Cadence, year: int, base: frozenset[Flag]) -> tuple[Slot, ...]:
    if assumed(c):
        base |= {Flag.ASSUMED}
    if c.per is Per.WEEK and c.start_week is not None:
        spans = week_series(year, c.interval, c.start_week)
    else:
        spans = periods(year, c.per, c.interval, c.start_month)
    if c.window is not None:
        w = window_span(year, c.window)
        spans = tuple(s for s in spans if w.start <= s.start <= w.end)
    n = len(spans) * c.times
    if c.per is not Per.WEEK:
        return tuple(
            Slot(None, s, i * c.times + k, n, base)
            for i, s in enumerate(spans)
            for k in range(1, c.times + 1)
        )
    flags = base | {Flag.WEEKDAY_NOT_STATED}
    uniform = bool(spans) and len({s.days for s in spans}) == 1
    out = []
    for i, s in enumerate(spans):
        for k in range(1, c.times + 1):
            rec = Recurrence("WEEKLY", c.interval, len(spans), spans[0].start, k)
            out.append(Slot(None, s, i * c.times + k, n, flags, rec if uniform else None))
    return tuple(out)
