"""The årshjul as a 12-month grid: one row per activity, grouped by level, as data.

Built from the same entries as ``kbfa calendar``
(:func:`kbfa.outputs.calendar_text.group_occurrences` over :func:`kbfa.schedule.occurrences`):
every occurrence of one activity (a monthly meeting's twelve, a weekly series) becomes one
row. A month is *shaded* when a window of the activity overlaps it, so a "vår" item is
shaded January to June and a weekly meeting every month; it carries ● for a dated event
and ◆ for a decision or deadline (a report to kommunstyrelsen or fullmäktige, a statutory
deadline, a review, an expiry, a renewal), on the date's month or a window's last month;
✓ marks a month in which the evidence records show the activity was done. The Word grid
and the wheel picture both draw these rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import BodyKind, Governance
from kbfa.outputs.calendar_text import Entry, group_occurrences, responsible
from kbfa.schedule import Flag, Occurrence, OccurrenceKind

__all__ = ["DATED", "DECISION", "DONE", "GridLevel", "GridRow", "MonthCell", "annual_grid"]

DATED = "●"
DECISION = "◆"
DONE = "✓"

T: Catalogue = {
    "political": {"sv": "Fullmäktige och kommunstyrelsen", "en": "Assembly and executive board"},
    "strategic": {"sv": "Strategisk nivå", "en": "Strategic level"},
    "preparatory": {"sv": "Beredning", "en": "Preparation"},
    "operative": {"sv": "Operativ nivå", "en": "Operative level"},
    "cooperation": {"sv": "Samverkan och medborgare", "en": "Partners and residents"},
    "deadlines": {"sv": "Lagens frister och styrdokumentet", "en": "Statutory deadlines"},
}

#: Levels from the top of the organisation down, then the partners, then the law.
LEVELS = ("political", "strategic", "preparatory", "operative", "cooperation", "deadlines")

_BODY_LEVEL: dict[BodyKind, str] = {
    BodyKind.ASSEMBLY: "political",
    BodyKind.EXECUTIVE_BOARD: "political",
    BodyKind.COMMITTEE: "political",
    BodyKind.PRESIDIUM: "political",
    BodyKind.STRATEGIC_COUNCIL: "strategic",
    BodyKind.STEERING_GROUP: "strategic",
    BodyKind.MANAGEMENT_GROUP: "strategic",
    BodyKind.PREPARATORY_GROUP: "preparatory",
    BodyKind.REFERENCE_GROUP: "preparatory",
    BodyKind.THEME_GROUP: "preparatory",
    BodyKind.UNIT: "preparatory",
    BodyKind.OTHER: "preparatory",
    BodyKind.OPERATIONAL_FORUM: "operative",
    BodyKind.WORKING_GROUP: "operative",
}
_DEADLINE_KINDS = (
    OccurrenceKind.LAW_DEADLINE,
    OccurrenceKind.REVIEW,
    OccurrenceKind.EXPIRY,
    OccurrenceKind.RENEWAL,
)
_POLITICAL = (BodyKind.ASSEMBLY, BodyKind.EXECUTIVE_BOARD)


@attrs.frozen
class MonthCell:
    shaded: bool = False
    marks: str = ""  # "●", "◆", "✓", or several

    @property
    def text(self) -> str:
        return self.marks


@attrs.frozen
class GridRow:
    level: str
    title: str
    who: str
    months: tuple[MonthCell, ...]  # 12
    #: The windows were chosen by the schedule because the document gives no months
    #: (``Flag.ASSUMED``, "(antaget)" in ``kbfa calendar``).
    assumed: bool = False

    @property
    def whole_year(self) -> bool:
        return all(m.shaded for m in self.months)


@attrs.frozen
class GridLevel:
    key: str
    title: str
    rows: tuple[GridRow, ...]


def annual_grid(
    g: Governance,
    occurrences: Sequence[Occurrence],
    year: int,
    lang: Lang = "sv",
    *,
    as_of: dt.date | None = None,
) -> tuple[GridLevel, ...]:
    """The grid's levels in order (levels with no activity left out)."""
    groups: dict[tuple[object, ...], list[Entry]] = {}
    for e in group_occurrences(occurrences):
        o = e.first
        groups.setdefault((o.kind, o.subject, o.title_in(lang), o.to), []).append(e)
    rows: list[GridRow] = []
    for (_kind, _subject, title, _to), entries in groups.items():
        occ = [o for e in entries for o in e.occurrences]
        first = occ[0]
        rows.append(
            GridRow(
                _level(g, first),
                str(title),
                responsible(g, first),
                tuple(_month(g, occ, m, year, as_of) for m in range(1, 13)),
                any(Flag.ASSUMED in o.flags for o in occ),
            )
        )
    return tuple(
        GridLevel(key, render(T, key, lang), tuple(r for r in rows if r.level == key))
        for key in LEVELS
        if any(r.level == key for r in rows)
    )


def _level(g: Governance, o: Occurrence) -> str:
    cooperation = {a.id for a in g.agreements} | {p.id for p in g.citizen_promises}
    cooperation |= {d.id for d in g.citizen_dialogues}
    if o.subject in cooperation or o.kind is OccurrenceKind.DIALOGUE:
        return "cooperation"
    if o.kind in _DEADLINE_KINDS:
        return "deadlines"
    if o.kind is OccurrenceKind.MEETING:
        candidates: tuple[str, ...] = (o.subject,)
    elif o.kind is OccurrenceKind.REPORT:
        candidates = (*o.to, *o.by)
    else:
        candidates = (*o.by, *o.to)
    for c in candidates:
        b = g.body(c)
        if b is not None:
            return _BODY_LEVEL.get(b.kind, "preparatory")
    return "preparatory"


def _is_decision(g: Governance, o: Occurrence) -> bool:
    if o.kind in _DEADLINE_KINDS:
        return True
    return o.kind is OccurrenceKind.REPORT and any(
        (b := g.body(x)) is not None and b.kind in _POLITICAL for x in o.to
    )


def _month(
    g: Governance, occ: list[Occurrence], month: int, year: int, as_of: dt.date | None
) -> MonthCell:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    shaded = False
    marks: list[str] = []
    done = False
    for o in occ:
        if o.window is not None and o.window.start <= end and o.window.end >= start:
            shaded = True
        mark_day = o.date if o.date is not None else (o.end if _is_decision(g, o) else None)
        if mark_day is not None and start <= mark_day <= end:
            marks.append(DECISION if _is_decision(g, o) else DATED)
        if o.start <= end and o.end >= start and _done(g, o, start, end, as_of):
            done = True
    if done:
        marks.append(DONE)
    return MonthCell(shaded, "".join(dict.fromkeys(marks)))


def _done(
    g: Governance, o: Occurrence, start: dt.date, end: dt.date, as_of: dt.date | None
) -> bool:
    """Evidence dated in this month that the activity (its subject) was done."""
    for e in g.evidence:
        if as_of is not None and e.date > as_of:
            continue
        if not start <= e.date <= end or not o.start <= e.date <= o.end:
            continue
        if e.subject == o.subject and (not o.to or e.to is None or e.to in o.to):
            return True
    return False
