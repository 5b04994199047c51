"""Practice checks of the municipality's own requirements (``KBFA-KP-<id>``).

A requirement about doing something over time (a cadence, reporting, follow-up, or
a duty shown only by records) gets a practice rule: do the dated evidence records
show it was done? No records at all is "ej bedömbart" (unrecorded), never "uppfyllt".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import label
from kbfa.model import Cadence, EvidenceKind, Requirement, RequirementKind
from kbfa.rules._context import Context
from kbfa.rules._practice import cadence_kept
from kbfa.rules._rule import Check, Outcome
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.local.design import fastest, reporting_line

__all__ = ["PRACTICE_KINDS", "practice_check"]

M: Catalogue = {
    "any": {
        "sv": "{what}: senast registrerat {date} ({ref}).",
        "en": "{what}: last recorded {date} ({ref}).",
    },
    "none_since": {
        "sv": "{what}: inget registrerat sedan {since} (senast {date}).",
        "en": "{what}: nothing recorded since {since} (latest {date}).",
    },
    "none": {
        "sv": "{what}: inga belägg är registrerade.",
        "en": "{what}: no records are entered.",
    },
    "no_kind": {
        "sv": "Kravet anger inte vilket slag av belägg som visar att det blir gjort, så det går "
        "inte att bedöma i praktiken.",
        "en": "The requirement does not state which kind of record shows it is done, so it "
        "cannot be assessed in practice.",
    },
    "no_kind_fix": {
        "sv": "Ange vilket slag av belägg som visar att kravet blir gjort (evidence_kind).",
        "en": "State which kind of record shows the requirement is done (evidence_kind).",
    },
}

#: Kinds whose requirement is about doing something over time: they get a practice rule.
PRACTICE_KINDS = frozenset(
    {
        RequirementKind.DELIVERABLE_CADENCE,
        RequirementKind.MEETING_CADENCE,
        RequirementKind.REPORTING,
        RequirementKind.FOLLOW_UP,
        RequirementKind.PRACTICE,
    }
)

#: Which records show each kind of requirement was kept.
_EVIDENCE: dict[RequirementKind, tuple[EvidenceKind, ...]] = {
    RequirementKind.DELIVERABLE_CADENCE: (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED),
    RequirementKind.MEETING_CADENCE: (EvidenceKind.MEETING_HELD,),
    RequirementKind.REPORTING: (EvidenceKind.DELIVERED, EvidenceKind.REPORTED),
    RequirementKind.FOLLOW_UP: (EvidenceKind.FOLLOWED_UP,),
}


def _cadence(ctx: Context, r: Requirement) -> Cadence | None:
    """The cadence the records are held to: the requirement's, else the target's."""
    if r.cadence is not None:
        return r.cadence
    target = r.target or ""
    if r.kind is RequirementKind.REPORTING:
        line = reporting_line(ctx, r)
        return line[2] if line else None
    if target in ctx.deliverables:
        return fastest(ctx.deliverables[target].cadence)
    if target in ctx.bodies:
        return fastest(ctx.bodies[target].cadence)
    if target in ctx.promises:
        return ctx.promises[target].follow_up
    return None


def practice_check(r: Requirement, since: dt.date | None) -> Check:
    """The practice check of requirement ``r``; records before ``since`` do not count."""

    def check(ctx: Context) -> Iterator[Outcome]:
        kinds = _EVIDENCE.get(r.kind) or ((r.evidence_kind,) if r.evidence_kind else ())
        if r.kind is RequirementKind.PRACTICE and r.evidence_kind is not None:
            kinds = (r.evidence_kind,)
        if not kinds:
            # A practice requirement without evidence_kind (the loader refuses one; a model
            # built in code can hold it): no record can show it.
            msg, fix = ctx.say(M, "no_kind"), ctx.say(M, "no_kind_fix")
            path = ctx.path(r.id)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.UNRECORDED)
            return
        if r.target:
            records = ctx.evidence(r.target, *kinds)
        else:
            records = [e for k in kinds for e in ctx.evidence_of_kind(k)]
            records.sort(key=lambda e: e.date)
        if r.kind is RequirementKind.REPORTING and r.to:
            # A record to another recipient does not show this line; one without `to` does.
            records = [e for e in records if e.to in (None, r.to)]
        # The message opens with what is kept: a target's name or a record kind's label
        # ("möte hållet"), capitalised as the start of a sentence.
        what = ctx.name(r.target) if r.target else label(r.evidence_kind or kinds[0], ctx.lang)
        what = what[:1].upper() + what[1:]
        cadence = _cadence(ctx, r)
        path = ctx.path(r.id)
        if cadence is not None:
            yield cadence_kept(ctx, what, records, cadence, since, path)
            return
        if not records:
            msg = ctx.say(M, "none", what=what)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)
            return
        last = records[-1]
        if since is not None and last.date < since:
            msg = ctx.say(M, "none_since", what=what, since=since, date=last.date)
            yield Outcome(
                Verdict.EJ_UPPFYLLT,
                ctx.evidence_path(last),
                msg,
                situation=Situation.MISSING_STEP,
            )
            return
        msg = ctx.say(M, "any", what=what, date=last.date, ref=last.reference)
        yield Outcome(Verdict.UPPFYLLT, ctx.evidence_path(last), msg)

    return check
