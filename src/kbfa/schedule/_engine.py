"""The årshjul: every occurrence a municipality's config plans for one year.

Sources walked, each cited in the occurrence's ``source`` key path:

- meetings: ``bodies[i].cadence[j]``; reports a body makes: ``bodies[i].reports_to[k]``;
- deliverables due: ``deliverables[i].cadence[j]``; presented to a body:
  ``deliverables[i].recipients[k].cadence``; the reporting of the leading body
  (``leadership.reporting[k]``) and of camera surveillance;
- medborgarlöften: follow-up and renewal cadences, end of period; medborgardialog;
- ends of validity: the steering document, its related documents, deliverables,
  agreements, waivers; due dates of measures;
- the steering document's review date (``review_date``, or ``review_after_years`` after
  the latest decision or recorded review);
- statutory deadlines: 6 § (lägesbild updated and åtgärdsplan followed up at least every
  ``settings.cycle_months``, counted from the latest evidence record) and, unless the
  leading body's reporting has a cadence, 13 § (a report to fullmäktige within
  ``settings.report_interval_months`` of the last one). With no record to count from they
  are listed for the whole year, flagged ``NO_EVIDENCE``; a deadline that passed without a
  record is listed in every later year, flagged ``OVERDUE``.

Requirements (``[[requirements]]``) mostly restate the cadences of these items and add
nothing; only a follow-up rule on an item with no follow-up of its own adds occurrences.
Evidence dated after the year does not count for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from kbfa.config import KeyPath
from kbfa.model import (
    Cadence,
    DeliverableKind,
    EvidenceKind,
    Governance,
    Period,
    RequirementKind,
)
from kbfa.schedule._cadence import expand, needs_anchor
from kbfa.schedule._occurrence import Flag, Occurrence, OccurrenceKind
from kbfa.schedule._spans import add_months, add_years, whole_year
from kbfa.schedule._titles import titles

__all__ = ["LAW_6_ATGARDSPLAN", "LAW_6_LAGESBILD", "LAW_13", "STEERING_DOCUMENT", "occurrences"]

K = OccurrenceKind
E = EvidenceKind
#: The pseudo-subject evidence uses for the steering document (see config references).
STEERING_DOCUMENT = "steering_document"
LAW_6_LAGESBILD = "lag-6-lagesbild"
LAW_6_ATGARDSPLAN = "lag-6-atgardsplan"
LAW_13 = "lag-13-rapport"

#: Evidence that shows an occurrence of each kind took place (to count "every n-th year").
_SHOWN_BY: dict[OccurrenceKind, frozenset[EvidenceKind]] = {
    K.MEETING: frozenset({E.MEETING_HELD}),
    K.DELIVERABLE: frozenset({E.DELIVERED, E.ADOPTED}),
    K.REPORT: frozenset({E.DELIVERED, E.REPORTED}),
    K.FOLLOW_UP: frozenset({E.FOLLOWED_UP}),
    K.RENEWAL: frozenset({E.SIGNED, E.ADOPTED, E.PUBLISHED}),
    K.DIALOGUE: frozenset({E.DIALOGUE_HELD}),
}


def occurrences(governance: Governance, year: int) -> tuple[Occurrence, ...]:
    """Every planned occurrence in ``year``, sorted by start, kind, subject.

    Raises ``ValueError`` for a year outside 1000–9998 (ISO weeks of the next year are
    computed at the edges).
    """
    if not 1000 <= year <= 9998:
        raise ValueError(f"year out of range: {year}")
    found = list(_Walk(governance, year).all())
    return tuple(sorted(found, key=Occurrence.sort_key))


class _Walk:
    def __init__(self, g: Governance, year: int) -> None:
        self.g = g
        self.year = year
        self.year_end = dt.date(year, 12, 31)

    def all(self) -> Iterator[Occurrence]:
        yield from self.meetings()
        yield from self.deliverables()
        yield from self.leadership()
        yield from self.camera()
        yield from self.promises()
        yield from self.required_follow_ups()
        yield from self.dialogues()
        yield from self.document()
        yield from self.validity()
        yield from self.law_cycle()

    # -- helpers ---------------------------------------------------------------------
    def latest(
        self, subjects: Iterable[str] | None, kinds: Iterable[EvidenceKind], to: str | None = None
    ) -> dt.date | None:
        """The latest date of evidence of ``kinds`` about ``subjects`` (None: any), to year end.

        A record naming no recipient (``to``) counts for any recipient.
        """
        wanted, kind_set = (set(subjects) if subjects is not None else None), set(kinds)
        dates = [
            e.date
            for e in self.g.evidence
            if (wanted is None or e.subject in wanted)
            and e.kind in kind_set
            and e.date <= self.year_end
            and (to is None or e.to is None or e.to == to)
        ]
        return max(dates, default=None)

    def cadence(
        self,
        c: Cadence,
        kind: OccurrenceKind,
        subject: str,
        title: tuple[str, str],
        source: KeyPath,
        *,
        slot: int = 0,
        to: tuple[str, ...] = (),
        by: tuple[str, ...] = (),
        period: Period | None = None,
    ) -> Iterator[Occurrence]:
        anchor = None
        if needs_anchor(c):
            recipient = to[0] if kind is K.REPORT and to else None
            anchor = self.latest([subject], _SHOWN_BY.get(kind, ()), recipient)
            if anchor is None and period is not None:
                anchor = period.start
        for s in expand(c, self.year, anchor):
            yield Occurrence(
                kind=kind,
                subject=subject,
                title=title[0],
                title_en=title[1],
                date=s.date,
                window=s.window,
                index=s.index,
                count=s.count,
                to=to,
                by=by,
                recurrence=s.recurrence,
                duration_minutes=c.duration_minutes,
                cadence=c,
                counted_from=anchor if needs_anchor(c) else None,
                flags=s.flags,
                source=source,
                slot=slot,
            )

    def on(
        self,
        day: dt.date,
        kind: OccurrenceKind,
        subject: str,
        title: tuple[str, str],
        source: KeyPath,
        *,
        slot: int = 0,
        by: tuple[str, ...] = (),
        counted_from: dt.date | None = None,
    ) -> Iterator[Occurrence]:
        """A dated occurrence, if ``day`` falls in the year."""
        if day.year == self.year:
            yield Occurrence(
                kind,
                subject,
                title[0],
                title[1],
                date=day,
                by=by,
                source=source,
                slot=slot,
                counted_from=counted_from,
            )

    def deadline(
        self,
        due: dt.date | None,
        subject: str,
        title: tuple[str, str],
        source: KeyPath,
        *,
        kind: OccurrenceKind = K.LAW_DEADLINE,
        counted_from: dt.date | None = None,
        to: tuple[str, ...] = (),
        by: tuple[str, ...] = (),
    ) -> Iterator[Occurrence]:
        """A duty that stays due until done: in its year, or overdue in every later year."""
        if due is None:
            day, window, flags = None, whole_year(self.year), frozenset({Flag.NO_EVIDENCE})
        elif due.year == self.year:
            day, window, flags = due, None, frozenset()
        elif due.year < self.year:
            day, window, flags = due, None, frozenset({Flag.OVERDUE})
        else:
            return
        yield Occurrence(
            kind,
            subject,
            title[0],
            title[1],
            date=day,
            window=window,
            to=to,
            by=by,
            counted_from=counted_from,
            flags=flags,
            source=source,
        )

    def name(self, id_: str) -> str:
        b = self.g.body(id_)
        return b.name if b else id_

    # -- sources ---------------------------------------------------------------------
    def meetings(self) -> Iterator[Occurrence]:
        for i, b in enumerate(self.g.bodies):
            by = tuple(x for x in (b.convener, b.chair) if x)
            for j, c in enumerate(b.cadence):
                t = (
                    titles("meeting_titled", name=b.name, title=c.title)
                    if c.title
                    else titles("meeting", name=b.name)
                )
                yield from self.cadence(
                    c,
                    K.MEETING,
                    b.id,
                    t,
                    ("bodies", i, "cadence", j),
                    slot=j,
                    by=by,
                )
            for k, r in enumerate(b.reports_to):
                if r.cadence is not None:
                    t = _prefixed(r.cadence, titles("body_report", name=b.name, to=self.name(r.to)))
                    yield from self.cadence(
                        r.cadence,
                        K.REPORT,
                        b.id,
                        t,
                        ("bodies", i, "reports_to", k, "cadence"),
                        slot=k,
                        to=(r.to,),
                        by=(b.id,),
                    )

    def deliverables(self) -> Iterator[Occurrence]:
        for i, d in enumerate(self.g.deliverables):
            for j, c in enumerate(d.cadence):
                yield from self.cadence(
                    c,
                    K.DELIVERABLE,
                    d.id,
                    titles("deliverable", name=c.title or d.title),
                    ("deliverables", i, "cadence", j),
                    slot=j,
                    to=tuple(r.to for r in d.recipients if r.cadence is None),
                    by=d.produced_by,
                    period=d.validity,
                )
            for k, r in enumerate(d.recipients):
                if r.cadence is not None:
                    t = titles("report", name=r.cadence.title or d.title, to=self.name(r.to))
                    yield from self.cadence(
                        r.cadence,
                        K.REPORT,
                        d.id,
                        t,
                        ("deliverables", i, "recipients", k, "cadence"),
                        slot=k,
                        to=(r.to,),
                        by=d.produced_by,
                    )

    def leadership(self) -> Iterator[Occurrence]:
        lead = self.g.leadership
        reporting = lead.reporting if lead is not None else ()
        for k, r in enumerate(reporting):
            if r.cadence is not None:
                assert lead is not None
                t = titles("leadership_report", name=self.name(lead.body), to=self.name(r.to))
                t = _prefixed(r.cadence, t)
                yield from self.cadence(
                    r.cadence,
                    K.REPORT,
                    lead.body,
                    t,
                    ("leadership", "reporting", k, "cadence"),
                    slot=k,
                    to=(r.to,),
                    by=(lead.body,),
                )
        if any(r.cadence is not None for r in reporting):
            return
        # 13 §: the leading body reports "fortlöpande" to fullmäktige. With no cadence in
        # the document, the municipality's own setting for the longest gap
        # (settings.report_interval_months) dates the next report from the last one.
        assembly = (lead.assembly if lead else None) or next((r.to for r in reporting), None)
        last = self.latest(None, [E.REPORTED], assembly)
        due = add_months(last, self.g.settings.report_interval_months) if last else None
        subject: str = LAW_13
        t = titles("law_13")
        by: tuple[str, ...] = ()
        src: KeyPath = ("settings", "report_interval_months")
        if lead is not None:
            to_name = self.name(assembly) if assembly else titles("assembly")
            subject, by, src = lead.body, (lead.body,), ("leadership",)
            t = titles("leadership_report", name=self.name(lead.body), to=to_name)
        yield from self.deadline(
            due,
            subject,
            t,
            src,
            counted_from=last,
            kind=K.REPORT,
            to=(assembly,) if assembly else (),
            by=by,
        )

    def camera(self) -> Iterator[Occurrence]:
        cam = self.g.camera_surveillance
        if cam is None:
            return
        # The same report is often also written as the recipient of the deliverable that
        # follows camera surveillance up (Hjo: "redovisas till kommunstyrelsen årligen");
        # list it once, under that deliverable.
        carried = {
            (r.to, r.cadence)
            for d in self.g.deliverables
            if d.id in cam.follow_up_in
            for r in d.recipients
        }
        for k, r in enumerate(cam.reporting):
            if r.cadence is not None and (r.to, r.cadence) not in carried:
                t = _prefixed(r.cadence, titles("camera_report", to=self.name(r.to)))
                yield from self.cadence(
                    r.cadence,
                    K.REPORT,
                    "camera_surveillance",
                    t,
                    ("camera_surveillance", "reporting", k, "cadence"),
                    slot=k,
                    to=(r.to,),
                )

    def promises(self) -> Iterator[Occurrence]:
        many = len(self.g.citizen_promises) > 1
        for i, p in enumerate(self.g.citizen_promises):
            which = f" ({p.id})" if many else ""
            src: KeyPath = ("citizen_promises", i)
            if p.follow_up is not None:
                yield from self.cadence(
                    p.follow_up,
                    K.FOLLOW_UP,
                    p.id,
                    titles("promise_follow_up", which=_which(p.follow_up, which)),
                    (*src, "follow_up"),
                    by=p.followed_up_by,
                )
            if p.renewal is not None:
                yield from self.cadence(
                    p.renewal,
                    K.RENEWAL,
                    p.id,
                    titles("promise_renewal", which=_which(p.renewal, which)),
                    (*src, "renewal"),
                    by=p.parties,
                    period=p.period,
                )
            if p.period is not None:
                for day in _period_ends(p.period, self.year):
                    yield from self.on(
                        day, K.EXPIRY, p.id, titles("promise_expiry", which=which), (*src, "period")
                    )

    def required_follow_ups(self) -> Iterator[Occurrence]:
        """Follow-ups a "ska"-rule schedules for an item that has no follow-up of its own.

        Other requirements restate cadences the items carry (and would double them);
        only a follow-up of a deliverable (Hjo: "Åtgärdsplanen ska följas upp" at year end)
        has no field on the item. A citizen promise's own ``follow_up`` wins over a rule.
        """
        for i, req in enumerate(self.g.requirements):
            if req.kind is not RequirementKind.FOLLOW_UP or req.cadence is None or not req.target:
                continue
            promise = next((p for p in self.g.citizen_promises if p.id == req.target), None)
            if promise is not None and promise.follow_up is not None:
                continue
            if promise is not None:
                t = titles("promise_follow_up", which=_which(req.cadence, ""))
            else:
                d = self.g.deliverable(req.target)
                name = req.cadence.title or (d.title if d else self.name(req.target))
                t = titles("follow_up", name=name)
            yield from self.cadence(
                req.cadence,
                K.FOLLOW_UP,
                req.target,
                t,
                ("requirements", i, "cadence"),
                slot=i,
                by=req.by,
            )

    def dialogues(self) -> Iterator[Occurrence]:
        many = len(self.g.citizen_dialogues) > 1
        for i, d in enumerate(self.g.citizen_dialogues):
            if d.cadence is not None:
                t = titles("dialogue", which=_which(d.cadence, f" ({d.id})" if many else ""))
                yield from self.cadence(
                    d.cadence, K.DIALOGUE, d.id, t, ("citizen_dialogues", i, "cadence")
                )

    def document(self) -> Iterator[Occurrence]:
        doc = self.g.steering_document
        if doc is None:
            return
        decided = [x.date for x in (doc.decision, *doc.revisions) if x is not None and x.date]
        base = max(decided, default=None)
        reviewed = self.latest([STEERING_DOCUMENT], [E.REVIEWED])
        t = titles("review", name=doc.title)
        by = (doc.owner_role,) if doc.owner_role else ()
        if doc.review_date is not None:
            done = reviewed is not None and (base is None or reviewed > base)
            if doc.review_date.year == self.year or not done:
                yield from self.deadline(
                    doc.review_date,
                    STEERING_DOCUMENT,
                    t,
                    ("steering_document", "review_date"),
                    kind=K.REVIEW,
                    by=by,
                )
        elif doc.review_after_years is not None:
            # "3 år efter antagande": counted from the latest decision (a revision is a new
            # adoption) or from a recorded review, whichever is later.
            start = max((d for d in (base, reviewed) if d is not None), default=None)
            if start is not None:
                yield from self.deadline(
                    add_years(start, doc.review_after_years),
                    STEERING_DOCUMENT,
                    t,
                    ("steering_document", "review_after_years"),
                    kind=K.REVIEW,
                    counted_from=start,
                    by=by,
                )

    def validity(self) -> Iterator[Occurrence]:
        # (subject, title, period, source, slot); items with an id of their own first, so
        # that a related document restating an agreement's period (Vetlanda) is listed once.
        periods: list[tuple[str, str, Period | None, KeyPath, int]] = [
            (d.id, d.title, d.validity, ("deliverables", i, "validity"), 0)
            for i, d in enumerate(self.g.deliverables)
        ]
        periods += [
            (a.id, a.title, a.period, ("agreements", i, "period"), 0)
            for i, a in enumerate(self.g.agreements)
        ]
        doc = self.g.steering_document
        if doc is not None:
            periods.append(
                (STEERING_DOCUMENT, doc.title, doc.validity, ("steering_document", "validity"), 0)
            )
            periods += [
                (
                    STEERING_DOCUMENT,
                    r.title,
                    r.period,
                    ("steering_document", "related", k, "period"),
                    k + 1,
                )
                for k, r in enumerate(doc.related)
            ]
        seen: set[tuple[str, dt.date]] = set()
        for subject, title, period, source, slot in periods:
            for day in _period_ends(period, self.year) if period else ():
                if (title, day) not in seen:
                    seen.add((title, day))
                    yield from self.on(
                        day, K.EXPIRY, subject, titles("expiry", name=title), source, slot=slot
                    )
        for i, m in enumerate(self.g.measures):
            if m.due is not None:
                by = (m.owner,) if m.owner else ()
                yield from self.on(
                    m.due,
                    K.MEASURE_DUE,
                    m.id,
                    titles("measure_due", name=m.title),
                    ("measures", i, "due"),
                    by=by,
                )
        for i, w in enumerate(self.g.waivers):
            if w.expires is not None:
                yield from self.on(
                    w.expires,
                    K.EXPIRY,
                    w.rule,
                    titles("waiver_expiry", name=w.rule),
                    ("waivers", i, "expires"),
                    slot=i,
                )

    def law_cycle(self) -> Iterator[Occurrence]:
        """6 §: at least every second year, update the lägesbild and follow up the plan."""
        months = self.g.settings.cycle_months
        src: KeyPath = ("settings", "cycle_months")
        by = (self.g.leadership.body,) if self.g.leadership else ()
        duties = (
            (LAW_6_LAGESBILD, DeliverableKind.LAGESBILD, (E.DELIVERED, E.ADOPTED)),
            (LAW_6_ATGARDSPLAN, DeliverableKind.ATGARDSPLAN, (E.ADOPTED, E.FOLLOWED_UP)),
        )
        for subject, kind, shown_by in duties:
            ids = [d.id for d in self.g.deliverables_of(kind)]
            last = self.latest(ids, shown_by)
            due = add_months(last, months) if last else None
            t = titles("law_6_" + kind.value)
            yield from self.deadline(due, subject, t, src, counted_from=last, by=by)


def _period_ends(p: Period, year: int) -> Iterator[dt.date]:
    """The last days of ``p`` in ``year``: its ``end``, or each end of a rolling period
    (:meth:`kbfa.model.Period.ends_in`)."""
    yield from p.ends_in(year)


def _prefixed(c: Cadence, title: tuple[str, str]) -> tuple[str, str]:
    """A titled cadence's own name before the item's title: "Årsrapport: Rådet rapporterar..."."""
    if c.title is None:
        return title
    return f"{c.title}: {title[0]}", f"{c.title}: {title[1]}"


def _which(c: Cadence, which: str) -> str:
    """Which promise or dialogue a title is about: the cadence's own title when it has one."""
    return f" ({c.title})" if c.title else which
