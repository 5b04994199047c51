"""What the schedule engine returns: planned occurrences as data."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.config import KeyPath
from kbfa.i18n import Lang
from kbfa.model import Cadence
from kbfa.schedule._spans import Span

__all__ = ["Flag", "Occurrence", "OccurrenceKind", "Recurrence"]


class OccurrenceKind(enum.StrEnum):
    """What is planned. The order here is the order within one day of the årshjul."""

    LAW_DEADLINE = "law_deadline"  # 6 § cycle, 13 § reporting interval
    REVIEW = "review"  # aktualitetsprövning of the steering document
    EXPIRY = "expiry"  # a plan, agreement, promise or waiver stops being valid
    RENEWAL = "renewal"  # e.g. medborgarlöften "förnyas vartannat år"
    DELIVERABLE = "deliverable"  # a lägesbild, lägesrapport, årsanalys... is due
    REPORT = "report"  # something is presented to a body (redovisas för)
    FOLLOW_UP = "follow_up"  # e.g. medborgarlöften "följs upp två gånger om året"
    MEASURE_DUE = "measure_due"  # an åtgärd's own due date
    DIALOGUE = "dialogue"  # medborgardialog
    MEETING = "meeting"


KIND_ORDER: dict[OccurrenceKind, int] = {k: i for i, k in enumerate(OccurrenceKind)}


class Flag(enum.StrEnum):
    """What a reader must know about how an occurrence was placed in time."""

    #: The document gives a count ("tre gånger om året"), not when: spread evenly over
    #: the year (2 → vår/höst, 3 → tertial, 4 → kvartal, 6 → two months, 12 → months).
    SPREAD_EVENLY = "spread_evenly"
    #: A weekly meeting whose weekday the document does not give: the week is the window.
    WEEKDAY_NOT_STATED = "weekday_not_stated"
    #: "Every second year" with nothing to count from: which year is not known.
    YEAR_NOT_KNOWN = "year_not_known"
    #: A deadline counted from evidence, and there is none: it cannot be dated.
    NO_EVIDENCE = "no_evidence"
    #: A deadline that passed before this year with no evidence that it was met.
    OVERDUE = "overdue"
    #: The cadence says "minst" (at least).
    AT_LEAST = "at_least"
    #: The months (or weeks) of the window are the engine's choice, not the document's:
    #: a count spread evenly, or "var fjärde månad" / "varannan vecka" with no start given.
    ASSUMED = "assumed"


@attrs.frozen
class Recurrence:
    """A run of equal, evenly spaced windows that a calendar can show as one RRULE.

    Only weekly cadences qualify: weeks have equal length, months and tertials do not.
    ``slot`` tells series apart when a cadence has several occurrences per period.
    """

    freq: str  # RFC 5545 FREQ value
    interval: int
    count: int
    first: dt.date
    slot: int = 1


@attrs.frozen
class Occurrence:
    """One planned thing in one year: either on a ``date`` or within a ``window``.

    A fixed ``date`` comes from the config (a cadence's ``dates``, a review date, a
    period's end) or from arithmetic on a dated evidence record; when the document gives
    only a season or a count, the occurrence has a ``window`` instead. ``source`` is the
    key path in the config the occurrence derives from, so outputs can cite file and line.
    """

    kind: OccurrenceKind
    subject: str  # config id, or "steering_document", or "lag-6-…" for statutory duties
    title: str  # Swedish
    title_en: str
    date: dt.date | None = None
    window: Span | None = None
    index: int = 1  # 1-based among the occurrences of one source in the year
    count: int = 1
    to: tuple[str, ...] = ()  # body ids it is presented to
    by: tuple[str, ...] = ()  # body or role ids responsible
    recurrence: Recurrence | None = None
    duration_minutes: int | None = None
    cadence: Cadence | None = None
    counted_from: dt.date | None = None  # the dated fact a deadline or year is counted from
    flags: frozenset[Flag] = frozenset()
    source: KeyPath = ()
    slot: int = 0  # which cadence/entry of the same item; keeps calendar UIDs apart

    def __attrs_post_init__(self) -> None:
        if (self.date is None) == (self.window is None):
            raise ValueError("an occurrence has either a date or a window")

    @property
    def start(self) -> dt.date:
        if self.date is not None:
            return self.date
        assert self.window is not None  # guaranteed by __attrs_post_init__
        return self.window.start

    @property
    def end(self) -> dt.date:
        """The last day (inclusive)."""
        if self.date is not None:
            return self.date
        assert self.window is not None
        return self.window.end

    def title_in(self, lang: Lang = "sv") -> str:
        return self.title if lang == "sv" else self.title_en

    def sort_key(self) -> tuple[dt.date, int, str, tuple[str, ...], int, dt.date, int]:
        return (
            self.start,
            KIND_ORDER[self.kind],
            self.subject,
            self.to,
            self.slot,
            self.end,
            self.index,
        )
