"""6 § lag (2023:196): update the lägesbild and follow up the plan at least every second year.

References (https://lagen.nu/2023:196#P6):
- 6 §: "minst vartannat år" the municipality updates the lägesbild and follows up
  the åtgärdsplan. kbfa counts "vartannat år" as ``settings.cycle_months`` (24 months
  by default); a lägesbild dated 2024-03-17 is due again by 2026-03-17.
- övergångsbestämmelserna 2 p.: no plan was needed before 2024-07-01, so the plan's
  follow-up (L6B, L6D) applies from then, and its clock starts at the first plan,
  never before 2024-07-01: a plan adopted 2024-06-12 is due for follow-up by
  2026-07-01.

Design rules ask whether the governance provides the cycle; practice rules whether
the dated records show it kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text
from kbfa.model import Cadence, ContentPart, DeliverableKind, EvidenceKind, RequirementKind
from kbfa.rules._context import Context
from kbfa.rules._rule import PLAN_IN_FORCE, Outcome, Rule, law, law_rule
from kbfa.rules._time import add_months, per_year
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import (
    DESIGN,
    MUST,
    PRACTICE,
    lagesbilder,
    plans,
    required_cadences,
    stated_cadences,
    within,
)
from kbfa.rules.law.p05_atgardsplan import adoptions, lagesbild_records

__all__ = ["FOLLOW_UP_KINDS", "RULES", "FollowUpClock", "follow_up_clock"]

M: Catalogue = {
    "no_lagesbild": {
        "sv": "Det finns ingen lägesbild att uppdatera (se KBFA-L4A), så styrningen saknar den "
        "cykel som 6 § kräver.",
        "en": "There is no lägesbild to update (see KBFA-L4A), so the governance lacks the cycle "
        "s. 6 requires.",
    },
    "needs_plan": {
        "sv": "Det finns ingen åtgärdsplan att följa upp (se KBFA-L5A).",
        "en": "There is no åtgärdsplan to follow up (see KBFA-L5A).",
    },
    "needs_lagesbild": {
        "sv": "Det finns ingen lägesbild att bedöma (se KBFA-L4A).",
        "en": "There is no lägesbild to assess (see KBFA-L4A).",
    },
    "cycle_ok": {
        "sv": "Lägesbilden {name} tas fram {how}, alltså minst var {months}:e månad.",
        "en": "The lägesbild {name} is produced {how}, so at least every {months} months.",
    },
    "cycle_slow": {
        "sv": "Lägesbilden {name} tas fram {how}, mer sällan än var {months}:e månad; 6 § kräver "
        "att den uppdateras minst vartannat år.",
        "en": "The lägesbild {name} is produced {how}, less often than every {months} months; "
        "s. 6 requires an update at least every second year.",
    },
    "cycle_missing": {
        "sv": "Det anges inte hur ofta lägesbilden {name} uppdateras.",
        "en": "It is not stated how often the lägesbild {name} is updated.",
    },
    "cycle_fix": {
        "sv": "Ange i styrdokumentet (och i cadence för {name}) att lägesbilden uppdateras minst "
        "var {months}:e månad.",
        "en": "State in the steering document (and in cadence of {name}) that the lägesbild is "
        "updated at least every {months} months.",
    },
    "followup_ok": {
        "sv": "Åtgärdsplanen följs upp genom {name}, {how}.",
        "en": "The åtgärdsplan is followed up through {name}, {how}.",
    },
    "followup_slow": {
        "sv": "Åtgärdsplanen följs upp genom {name}, {how}, mer sällan än var {months}:e månad.",
        "en": "The åtgärdsplan is followed up through {name}, {how}, less often than every "
        "{months} months.",
    },
    "followup_no_cadence": {
        "sv": "Åtgärdsplanen följs upp genom {name}, men det anges inte hur ofta.",
        "en": "The åtgärdsplan is followed up through {name}, but it is not stated how often.",
    },
    "followup_missing": {
        "sv": "Det anges inte hur eller hur ofta åtgärdsplanen följs upp.",
        "en": "It is not stated how or how often the åtgärdsplan is followed up.",
    },
    "lb_recent": {
        "sv": "Lägesbilden uppdaterades senast {date} ({ref}); nästa uppdatering senast {due}.",
        "en": "The lägesbild was last updated on {date} ({ref}); next update due by {due}.",
    },
    "lb_old": {
        "sv": "Lägesbilden uppdaterades senast {date} ({ref}); nästa uppdatering skulle ha gjorts "
        "senast {due}.",
        "en": "The lägesbild was last updated on {date} ({ref}); the next was due by {due}.",
    },
    "lb_none": {
        "sv": "Ingen framtagning eller uppdatering av lägesbilden är registrerad.",
        "en": "No production or update of the lägesbild is recorded.",
    },
    "fu_recent": {
        "sv": "Åtgärdsplanen följdes upp senast {date} ({ref}); nästa uppföljning senast {due}.",
        "en": "The åtgärdsplan was last followed up on {date} ({ref}); next due by {due}.",
    },
    "fu_old": {
        "sv": "Åtgärdsplanen följdes upp senast {date} ({ref}); nästa uppföljning skulle ha gjorts "
        "senast {due}.",
        "en": "The åtgärdsplan was last followed up on {date} ({ref}); the next was due by {due}.",
    },
    "fu_not_due": {
        "sv": "Den första åtgärdsplanen beslutades {date} ({ref}); den första uppföljningen ska "
        "göras senast {due}.",
        "en": "The first åtgärdsplan was adopted on {date} ({ref}); the first follow-up is due by "
        "{due}.",
    },
    "fu_overdue": {
        "sv": "Den första åtgärdsplanen beslutades {date} ({ref}), men ingen uppföljning är "
        "registrerad; den skulle ha gjorts senast {due}.",
        "en": "The first åtgärdsplan was adopted on {date} ({ref}) but no follow-up is "
        "recorded; it was due by {due}.",
    },
    "fu_none": {
        "sv": "Inget beslut om eller uppföljning av åtgärdsplanen är registrerat.",
        "en": "No adoption or follow-up of the åtgärdsplan is recorded.",
    },
}

#: Deliverables that follow up an åtgärdsplan when they build on it or say so (covers).
FOLLOW_UP_KINDS = frozenset(
    {
        DeliverableKind.UPPFOLJNING,
        DeliverableKind.ARSANALYS,
        DeliverableKind.TRYGGHETSBOKSLUT,
        DeliverableKind.LAGESRAPPORT,
    }
)
_PRODUCED = (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED)


def _cycle(ctx: Context) -> Iterator[Outcome]:
    found = lagesbilder(ctx)
    months = ctx.g.settings.cycle_months
    if not found:
        msg = ctx.say(M, "no_lagesbild")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), msg, situation=Situation.MISSING_STEP)
        return
    best: tuple[Cadence, str] | None = None
    required = required_cadences(ctx)
    for d in found:
        for c in stated_cadences(d, required):
            if best is None or per_year(c) > per_year(best[0]):
                best = (c, d.id)
    if best is None:
        d = found[0]
        fix = ctx.say(M, "cycle_fix", name=ctx.name(d.id), months=months)
        msg = ctx.say(M, "cycle_missing", name=ctx.names(x.id for x in found))
        yield Outcome(
            Verdict.EJ_UPPFYLLT,
            ctx.path(d.id, "cadence"),
            msg,
            fix,
            situation=Situation.MISSING_STEP,
        )
        return
    cadence, d_id = best
    params = {"name": ctx.name(d_id), "how": cadence_text(cadence, ctx.lang), "months": months}
    path = ctx.path(d_id, "cadence")
    if within(cadence, months):
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "cycle_ok", **params))
    else:
        fix = ctx.say(M, "cycle_fix", name=params["name"], months=months)
        msg = ctx.say(M, "cycle_slow", **params)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix, situation=Situation.CONTRARY)


def _follow_up_ways(ctx: Context) -> list[tuple[str, tuple[str | int, ...], list[Cadence]]]:
    """Every way the governance follows up a plan: (name, path, cadences)."""
    plan_ids = {d.id for d in plans(ctx)}
    out: list[tuple[str, tuple[str | int, ...], list[Cadence]]] = []
    required = required_cadences(ctx)
    for d in ctx.g.deliverables:
        if d.kind in FOLLOW_UP_KINDS and (
            plan_ids & set(d.based_on) or ContentPart.FOLLOW_UP in d.covers
        ):
            cadences = stated_cadences(d, required)
            out.append((ctx.name(d.id), ctx.path(d.id, "cadence"), cadences))
    for r in ctx.g.requirements:
        follow_up = r.kind is RequirementKind.FOLLOW_UP or (
            r.kind is RequirementKind.PRACTICE and r.evidence_kind is EvidenceKind.FOLLOWED_UP
        )
        if follow_up and r.target in plan_ids:
            cadences = [r.cadence] if r.cadence else []
            out.append((f'"{r.text.rstrip(".")}"', ctx.path(r.id), cadences))
    return out


def _follow_up_cycle(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    months = ctx.g.settings.cycle_months
    if not found:
        msg = ctx.say(M, "needs_plan")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    ways = _follow_up_ways(ctx)
    if not ways:
        msg = ctx.say(M, "followup_missing")
        yield Outcome(
            Verdict.EJ_UPPFYLLT, ctx.path(found[0].id), msg, situation=Situation.MISSING_STEP
        )
        return
    timed = [(c, name, path) for name, path, cs in ways for c in cs]
    if not timed:
        name, path, _ = ways[0]
        msg = ctx.say(M, "followup_no_cadence", name=name)
        yield Outcome(Verdict.DELVIS, path, msg, situation=Situation.MISSING_STEP)
        return
    # Several ways of following up the plan: the most frequent one decides.
    cadence, name, path = max(timed, key=lambda t: per_year(t[0]))
    how = cadence_text(cadence, ctx.lang)
    if within(cadence, months):
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "followup_ok", name=name, how=how))
    else:
        msg = ctx.say(M, "followup_slow", name=name, how=how, months=months)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)


def _updated(ctx: Context) -> Iterator[Outcome]:
    found = lagesbilder(ctx)
    months = ctx.g.settings.cycle_months
    if not found:
        msg = ctx.say(M, "needs_lagesbild")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    records = lagesbild_records(ctx)
    if not records:
        msg = ctx.say(M, "lb_none")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ctx.path(found[0].id), msg, situation=Situation.UNRECORDED
        )
        return
    date, ref, path = records[-1]
    due = add_months(date, months)  # "senast": the due day itself is still on time
    if ctx.as_of <= due:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "lb_recent", date=date, ref=ref, due=due))
    else:
        msg = ctx.say(M, "lb_old", date=date, ref=ref, due=due)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


@attrs.frozen
class FollowUpClock:
    """When the åtgärdsplan's next follow-up under 6 § is due, and what the clock runs from.

    ``since`` is the latest recorded follow-up or, before the first one, the first
    plan's adoption (``first``); ``due`` is ``since`` plus ``settings.cycle_months``,
    counted from 2024-07-01 at the earliest for a first plan. ``reference`` and
    ``path`` are the record's. KBFA-L6D and the follow-up document read this one
    clock, so they cannot disagree.
    """

    due: dt.date
    since: dt.date
    reference: str
    path: tuple[str | int, ...]
    first: bool


def follow_up_clock(ctx: Context) -> FollowUpClock | None:
    """The 6 § clock of the plan's follow-up on ``ctx``'s date; ``None`` when nothing is
    recorded to start it (no plan, or neither an adoption nor a follow-up)."""
    found = plans(ctx)
    if not found:
        return None
    months = ctx.g.settings.cycle_months
    plan_ids = {p.id for p in found}
    records = [e for p in found for e in ctx.evidence(p.id, EvidenceKind.FOLLOWED_UP)]
    for d in ctx.g.deliverables:
        if d.kind in FOLLOW_UP_KINDS and plan_ids & set(d.based_on):
            records.extend(ctx.evidence(d.id, *_PRODUCED))
    records.sort(key=lambda e: e.date)
    if records:
        last = records[-1]
        due = add_months(last.date, months)
        return FollowUpClock(due, last.date, last.reference, ctx.evidence_path(last), first=False)
    recorded = adoptions(ctx)
    if not recorded:
        return None
    # The two-year clock starts when the first plan is decided, and never before 2024-07-01.
    date, ref, path, _ = recorded[0]
    return FollowUpClock(add_months(max(date, PLAN_IN_FORCE), months), date, ref, path, first=True)


def _followed_up(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "needs_plan")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    clock = follow_up_clock(ctx)
    if clock is None:
        msg = ctx.say(M, "fu_none")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ctx.path(found[0].id), msg, situation=Situation.UNRECORDED
        )
        return
    params = {"date": clock.since, "ref": clock.reference, "due": clock.due}
    on_time = ctx.as_of <= clock.due  # "senast": the due day itself is still on time
    if on_time:
        key = "fu_not_due" if clock.first else "fu_recent"
        yield Outcome(Verdict.UPPFYLLT, clock.path, ctx.say(M, key, **params))
    else:
        msg = ctx.say(M, "fu_overdue" if clock.first else "fu_old", **params)
        yield Outcome(Verdict.EJ_UPPFYLLT, clock.path, msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L6A",
        law(6),
        strength=MUST,
        level=DESIGN,
        duty="6",
        title=(
            "Lägesbilden uppdateras minst vartannat år",
            "The lägesbild is updated at least every second year",
        ),
        paraphrase=(
            "Kommunen ska minst vartannat år uppdatera lägesbilden. Hur ”vartannat år” räknas "
            "ställs in med settings.cycle_months (24 månader som standard).",
            "At least every second year the municipality must update the lägesbild; the window "
            "is settings.cycle_months (24 months by default).",
        ),
        satisfied=(
            "Lägesbilden (eller ett lokalt krav på den) har en takt som ryms inom cycle_months.",
            "The lägesbild (or a local requirement on it) has a cadence within cycle_months.",
        ),
        fix=(
            "Ange hur ofta lägesbilden uppdateras (cadence), minst vartannat år.",
            "State how often the lägesbild is updated (cadence), at least every second year.",
        ),
        action=(
            "{Lead} beslutar att lägesbilden ska uppdateras minst vartannat år.",
            "{Lead} decides that the situation report is updated at least every second year.",
        ),
        check=_cycle,
    ),
    law_rule(
        "KBFA-L6B",
        law(6),
        strength=MUST,
        level=DESIGN,
        duty="6",
        in_force=PLAN_IN_FORCE,
        title=(
            "Åtgärdsplanen följs upp minst vartannat år",
            "The plan is followed up at least every second year",
        ),
        paraphrase=(
            "Kommunen ska minst vartannat år följa upp åtgärdsplanen. Eftersom ingen plan "
            "behövdes före den 1 juli 2024 gäller kravet från den dagen.",
            "At least every second year the municipality must follow up the action plan; as no "
            "plan was needed before 1 July 2024, this applies from that day.",
        ),
        satisfied=(
            "En uppföljande leverans (uppföljning, årsanalys, trygghetsbokslut eller "
            'lägesrapport) som bygger på planen eller omfattar "follow_up", eller ett lokalt '
            "krav på uppföljning av planen, med en takt inom cycle_months; finns flera vägar "
            "räknas den tätaste.",
            'A follow-up deliverable based on the plan (or covering "follow_up"), or a local '
            "follow-up requirement on the plan, with a cadence within cycle_months; of several, "
            "the most frequent counts.",
        ),
        fix=(
            "Beskriv hur och hur ofta åtgärdsplanen följs upp, t.ex. som en leverans med kind = "
            '"uppfoljning", based_on = [planens id] och en cadence.',
            "Describe how and how often the plan is followed up, e.g. a deliverable with kind = "
            '"uppfoljning", based_on = [the plan] and a cadence.',
        ),
        action=(
            "{Lead} beslutar hur och när åtgärdsplanen följs upp, minst vartannat år.",
            "{Lead} decides how and when the action plan is followed up, at least every "
            "second year.",
        ),
        check=_follow_up_cycle,
    ),
    law_rule(
        "KBFA-L6C",
        law(6),
        strength=MUST,
        level=PRACTICE,
        duty="6",
        title=("Lägesbilden har uppdaterats i tid", "The lägesbild was updated on time"),
        paraphrase=(
            "Den senaste uppdateringen av lägesbilden får inte vara äldre än två år "
            "(settings.cycle_months); den dag uppdateringen senast ska göras är den i tid.",
            "The latest update of the lägesbild must not be older than two years "
            "(settings.cycle_months); the due day itself is still on time.",
        ),
        satisfied=(
            'Ett belägg ("delivered" eller "adopted") för en lägesbild inom cycle_months '
            "före bedömningsdagen.",
            'A "delivered" or "adopted" record for a lägesbild within cycle_months.',
        ),
        fix=(
            "Uppdatera lägesbilden och registrera det under [[evidence]] med datum och referens.",
            "Update the lägesbild and record it under [[evidence]] with date and reference.",
        ),
        action=(
            "{Lead} ser till att lägesbilden uppdateras och att uppdateringen diarieförs.",
            "{Lead} sees to it that the situation report is updated and the update registered.",
        ),
        check=_updated,
    ),
    law_rule(
        "KBFA-L6D",
        law(6),
        strength=MUST,
        level=PRACTICE,
        duty="6",
        in_force=PLAN_IN_FORCE,
        title=("Åtgärdsplanen har följts upp i tid", "The plan was followed up on time"),
        paraphrase=(
            "Åtgärdsplanen ska ha följts upp inom två år (settings.cycle_months) från den senaste "
            "uppföljningen; klockan börjar när den första planen beslutas, tidigast 2024-07-01.",
            "The plan must have been followed up within two years (settings.cycle_months); the "
            "clock starts at the first plan, 2024-07-01 at the earliest.",
        ),
        satisfied=(
            'Ett belägg "followed_up" för planen (eller "delivered" för en uppföljande '
            "leverans som bygger på planen) inom cycle_months, eller en plan beslutad så nyligen "
            "att uppföljningen inte har förfallit.",
            'A "followed_up" record for the plan within cycle_months, or a plan adopted so '
            "recently that the follow-up is not yet due.",
        ),
        fix=(
            "Följ upp åtgärdsplanen och registrera uppföljningen under [[evidence]] "
            '(kind = "followed_up", subject = planens id).',
            'Follow up the plan and record it under [[evidence]] (kind = "followed_up").',
        ),
        action=(
            "{Lead} följer upp åtgärdsplanen och diarieför uppföljningen.",
            "{Lead} follows up the action plan and registers the follow-up.",
        ),
        check=_followed_up,
    ),
)
