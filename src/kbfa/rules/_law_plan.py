"""Lägesbild and åtgärdsplan: 4–7 §§ and the transitional provisions of lag (2023:196).

References:
- 4 § (1–3 p.): the lägesbild and its three parts, https://lagen.nu/2023:196#P4
- 5 §: the åtgärdsplan, decided on the basis of the lägesbild, https://lagen.nu/2023:196#P5
- 6 §: update the lägesbild and follow up the plan at least every second year
- 7 §: integrate the work with other statutory analysis and planning where suitable
- övergångsbestämmelserna 2 p.: the first plan by 2024-07-01
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text
from kbfa.model import (
    BodyKind,
    Cadence,
    ContentPart,
    Deliverable,
    DeliverableKind,
    EvidenceKind,
    RequirementKind,
    Strength,
)
from kbfa.rules._context import Context
from kbfa.rules._rule import PLAN_IN_FORCE, Check, Outcome, Rule, law, law_rule
from kbfa.rules._time import add_months, per_year
from kbfa.rules._verdicts import Level, Verdict

__all__ = ["PLAN_RULES"]

M: Catalogue = {
    "no_lagesbild": {
        "sv": "Det finns ingen lägesbild bland leveranserna.",
        "en": "There is no lägesbild among the deliverables.",
    },
    "lagesbild": {
        "sv": "Lägesbild: {names}.",
        "en": "Lägesbild: {names}.",
    },
    "needs_lagesbild": {
        "sv": "Det finns ingen lägesbild att bedöma (se KBFA-L4A).",
        "en": "There is no lägesbild to assess (see KBFA-L4A).",
    },
    "parts_all": {
        "sv": "Lägesbilden omfattar {parts}.",
        "en": "The lägesbild covers {parts}.",
    },
    "parts_some": {
        "sv": "Lägesbilden omfattar {have} men inte {missing}.",
        "en": "The lägesbild covers {have} but not {missing}.",
    },
    "parts_none": {
        "sv": "Det anges inte att lägesbilden omfattar {missing}.",
        "en": "The lägesbild is not stated to cover {missing}.",
    },
    "parts_fix": {
        "sv": "Lägg till {keys} i covers för lägesbilden {name}, när den faktiskt innehåller det.",
        "en": "Add {keys} to covers of the lägesbild {name} once it really contains that.",
    },
    "no_plan": {
        "sv": "Det finns ingen åtgärdsplan bland leveranserna.",
        "en": "There is no åtgärdsplan among the deliverables.",
    },
    "needs_plan": {
        "sv": "Det finns ingen åtgärdsplan att bedöma (se KBFA-L5A).",
        "en": "There is no åtgärdsplan to assess (see KBFA-L5A).",
    },
    "plan_decided": {
        "sv": "Åtgärdsplanen {name} beslutas av {body}.",
        "en": "The åtgärdsplan {name} is decided by {body}.",
    },
    "decide_fix": {
        "sv": "Besluta vilket kommunalt organ (t.ex. kommunstyrelsen) som beslutar åtgärdsplanen "
        "{name} och ange det i decided_by.",
        "en": "Decide which municipal body (e.g. the executive board) decides the plan {name} "
        "and set decided_by.",
    },
    "plan_not_municipal": {
        "sv": "Åtgärdsplanen {name} beslutas av {body}, som inte är ett kommunalt beslutsorgan; "
        "lagen kräver att kommunen beslutar planen.",
        "en": "The åtgärdsplan {name} is decided by {body}, which is not a municipal decision "
        "body; the law requires the municipality to decide the plan.",
    },
    "plan_undecided": {
        "sv": "Det anges inte vem som beslutar åtgärdsplanen {name}.",
        "en": "It is not stated who decides the åtgärdsplan {name}.",
    },
    "plan_basis": {
        "sv": "Åtgärdsplanen {name} bygger på lägesbilden {basis}.",
        "en": "The åtgärdsplan {name} is based on the lägesbild {basis}.",
    },
    "plan_no_basis": {
        "sv": "Det anges inte att åtgärdsplanen {name} bygger på en lägesbild.",
        "en": "The åtgärdsplan {name} is not stated to be based on a lägesbild.",
    },
    "plan_measures": {
        "sv": "Åtgärdsplanen {name} har {n} åtgärder.",
        "en": "The åtgärdsplan {name} has {n} measures.",
    },
    "plan_no_measures": {
        "sv": "Åtgärdsplanens åtgärder finns inte i konfigurationen, så det går inte att se "
        "vilka åtgärder kommunen avser att vidta.",
        "en": "The plan's measures are not in the config, so it cannot be seen which measures "
        "the municipality intends to take.",
    },
    "no_adoption": {
        "sv": "Inget beslut om åtgärdsplanen finns registrerat som belägg.",
        "en": "No decision adopting the åtgärdsplan is recorded as evidence.",
    },
    "adopted": {
        "sv": "Åtgärdsplanen {name} beslutades {date} ({ref}), efter lägesbilden {lb_date}.",
        "en": "The åtgärdsplan {name} was adopted on {date} ({ref}), after the lägesbild of "
        "{lb_date}.",
    },
    "adopted_no_lb": {
        "sv": "Åtgärdsplanen {name} beslutades {date} ({ref}), men ingen lägesbild är "
        "registrerad före det datumet.",
        "en": "The åtgärdsplan {name} was adopted on {date} ({ref}), but no lägesbild is "
        "recorded before that date.",
    },
    "first_plan_ok": {
        "sv": "Första åtgärdsplanen beslutades {date} ({ref}), senast 2024-07-01 som krävs.",
        "en": "The first åtgärdsplan was adopted on {date} ({ref}), by 2024-07-01 as required.",
    },
    "first_plan_late": {
        "sv": "Det tidigaste registrerade beslutet om åtgärdsplan är {date} ({ref}), efter "
        "2024-07-01. Registrera ett tidigare beslut om det finns.",
        "en": "The earliest recorded adoption of an åtgärdsplan is {date} ({ref}), after "
        "2024-07-01. Record an earlier decision if there was one.",
    },
    "cycle_ok": {
        "sv": "Lägesbilden {name} tas fram {how}, vilket ryms inom {months} månader.",
        "en": "The lägesbild {name} is produced {how}, within {months} months.",
    },
    "cycle_slow": {
        "sv": "Lägesbilden {name} tas fram {how}, mer sällan än var {months}:e månad.",
        "en": "The lägesbild {name} is produced {how}, less often than every {months} months.",
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
        "sv": "Åtgärdsplanen följs upp genom {name}, {how}: mer sällan än var {months}:e månad.",
        "en": "The åtgärdsplan is followed up through {name}, {how}: less often than every "
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
        "sv": "Lägesbilden uppdaterades senast {date} ({ref}), mer än {months} månader före "
        "{as_of}; den skulle ha uppdaterats senast {due}.",
        "en": "The lägesbild was last updated on {date} ({ref}), more than {months} months "
        "before {as_of}; it was due by {due}.",
    },
    "lb_no_evidence": {
        "sv": "Inget belägg för att lägesbilden tagits fram eller uppdaterats finns registrerat.",
        "en": "No record shows that the lägesbild was produced or updated.",
    },
    "fu_recent": {
        "sv": "Åtgärdsplanen följdes upp senast {date} ({ref}); nästa uppföljning senast {due}.",
        "en": "The åtgärdsplan was last followed up on {date} ({ref}); next due by {due}.",
    },
    "fu_old": {
        "sv": "Åtgärdsplanen följdes upp senast {date} ({ref}), mer än {months} månader före "
        "{as_of}; nästa uppföljning skulle ha gjorts senast {due}.",
        "en": "The åtgärdsplan was last followed up on {date} ({ref}), more than {months} "
        "months before {as_of}; the next was due by {due}.",
    },
    "fu_not_due": {
        "sv": "Åtgärdsplanen beslutades {date} ({ref}); första uppföljningen ska göras senast "
        "{due}.",
        "en": "The åtgärdsplan was adopted on {date} ({ref}); the first follow-up is due by {due}.",
    },
    "fu_overdue": {
        "sv": "Åtgärdsplanen beslutades {date} ({ref}) men ingen uppföljning är registrerad; "
        "den skulle ha gjorts senast {due}.",
        "en": "The åtgärdsplan was adopted on {date} ({ref}) but no follow-up is recorded; it "
        "was due by {due}.",
    },
    "fu_no_evidence": {
        "sv": "Inget belägg för att åtgärdsplanen beslutats eller följts upp finns registrerat.",
        "en": "No record shows that the åtgärdsplan was adopted or followed up.",
    },
    "integrates": {
        "sv": "Arbetet samordnas med {what}.",
        "en": "The work is integrated with {what}.",
    },
    "no_integration": {
        "sv": "Det anges inte att lägesbild eller åtgärdsplan samordnas med analys och planering "
        "enligt andra författningar (t.ex. risk- och sårbarhetsanalysen enligt LEH).",
        "en": "The lägesbild and the plan are not stated to be integrated with analysis and "
        "planning under other statutes (e.g. the risk and vulnerability analysis under LEH).",
    },
    "nothing_to_integrate": {
        "sv": "Det finns varken lägesbild eller åtgärdsplan att samordna (se KBFA-L4A, KBFA-L5A).",
        "en": "There is neither a lägesbild nor a plan to integrate (see KBFA-L4A, KBFA-L5A).",
    },
}

#: Parts of 4 § per point, in the order the law names them.
_POINTS: dict[str, tuple[ContentPart, ...]] = {
    "1": (ContentPart.EXTENT, ContentPart.CONSEQUENCES),
    "2": (ContentPart.OTHER_INFORMATION,),
    "3": (ContentPart.ANALYSIS,),
}

#: Deliverables that follow up an åtgärdsplan when they build on it or say so.
_FOLLOW_UP_KINDS = frozenset(
    {
        DeliverableKind.UPPFOLJNING,
        DeliverableKind.ARSANALYS,
        DeliverableKind.TRYGGHETSBOKSLUT,
        DeliverableKind.LAGESRAPPORT,
    }
)
#: Bodies whose decision is a decision of the municipality itself.
_MUNICIPAL_DECIDERS = frozenset(
    {BodyKind.ASSEMBLY, BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.PRESIDIUM}
)
_PRODUCED = (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED)


def _parts(ctx: Context, parts: tuple[ContentPart, ...]) -> str:
    from kbfa.i18n.terms import label

    return (
        " och ".join(label(p, ctx.lang) for p in parts)
        if ctx.lang == "sv"
        else (" and ".join(label(p, ctx.lang) for p in parts))
    )


# -- 4 § ------------------------------------------------------------------


def _lagesbild_exists(ctx: Context) -> Iterator[Outcome]:
    found = ctx.of_kind(DeliverableKind.LAGESBILD)
    if not found:
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), ctx.say(M, "no_lagesbild"))
        return
    names = ctx.names(d.id for d in found)
    yield Outcome(Verdict.UPPFYLLT, ctx.path(found[0].id), ctx.say(M, "lagesbild", names=names))


def _point(point: str) -> Check:
    wanted = _POINTS[point]

    def check(ctx: Context) -> Iterator[Outcome]:
        found = ctx.of_kind(DeliverableKind.LAGESBILD)
        if not found:
            yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_lagesbild"))
            return
        # Several deliverables may together make up the lägesbild (kartläggning + analys).
        covered = {p for d in found for p in d.covers}
        if ContentPart.CAUSE_ANALYSIS in covered:
            # A cause analysis of the mapped problems is an analysis in the sense of 3 p.
            covered.add(ContentPart.ANALYSIS)
        have = tuple(p for p in wanted if p in covered)
        missing = tuple(p for p in wanted if p not in covered)
        first = found[0]
        path = ctx.path(first.id, "covers")
        if not missing:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "parts_all", parts=_parts(ctx, have)))
            return
        fix = ctx.say(
            M,
            "parts_fix",
            keys=", ".join(f'"{p.value}"' for p in missing),
            name=ctx.name(first.id),
        )
        if have:
            msg = ctx.say(M, "parts_some", have=_parts(ctx, have), missing=_parts(ctx, missing))
            yield Outcome(Verdict.DELVIS, path, msg, fix)
        else:
            msg = ctx.say(M, "parts_none", missing=_parts(ctx, missing))
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix)

    return check


# -- 5 § ------------------------------------------------------------------


def _plan_decided(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not plans:
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), ctx.say(M, "no_plan"))
        return
    for plan in plans:
        name = ctx.name(plan.id)
        if plan.decided_by is None:
            msg = ctx.say(M, "plan_undecided", name=name)
            fix = ctx.say(M, "decide_fix", name=name)
            yield Outcome(Verdict.DELVIS, ctx.path(plan.id, "decided_by"), msg, fix)
            continue
        body = ctx.bodies.get(plan.decided_by)
        path = ctx.path(plan.id, "decided_by")
        municipal = body is not None and (
            body.kind in _MUNICIPAL_DECIDERS or ctx.is_own(body.organisation)
        )
        if municipal:
            msg = ctx.say(M, "plan_decided", name=name, body=ctx.name(plan.decided_by))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            msg = ctx.say(M, "plan_not_municipal", name=name, body=ctx.name(plan.decided_by))
            yield Outcome(Verdict.DELVIS, path, msg)


def _plan_basis(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    for plan in plans:
        basis = [
            d
            for d in sorted(ctx.basis_closure(plan.id))
            if ctx.deliverables[d].kind is DeliverableKind.LAGESBILD
        ]
        path = ctx.path(plan.id, "based_on")
        if basis:
            msg = ctx.say(M, "plan_basis", name=ctx.name(plan.id), basis=ctx.names(basis))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            yield Outcome(
                Verdict.EJ_UPPFYLLT, path, ctx.say(M, "plan_no_basis", name=ctx.name(plan.id))
            )


def _plan_measures(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    if not ctx.g.measures:
        path = ctx.path(plans[0].id)
        yield Outcome(Verdict.EJ_BEDOMBART, path, ctx.say(M, "plan_no_measures"))
        return
    for plan in plans:
        # A measure without ``plan`` belongs to the only plan there is.
        n = sum(
            1 for m in ctx.g.measures if m.plan == plan.id or (m.plan is None and len(plans) == 1)
        )
        path = ctx.path(plan.id)
        if n:
            yield Outcome(
                Verdict.UPPFYLLT, path, ctx.say(M, "plan_measures", name=ctx.name(plan.id), n=n)
            )
        else:
            yield Outcome(
                Verdict.EJ_UPPFYLLT, path, ctx.say(M, "plan_measures", name=ctx.name(plan.id), n=0)
            )


def _lagesbild_dates(ctx: Context) -> list[tuple[dt.date, str, tuple[str | int, ...]]]:
    out = []
    for d in ctx.of_kind(DeliverableKind.LAGESBILD):
        for e in ctx.evidence(d.id, *_PRODUCED):
            out.append((e.date, e.reference, ctx.evidence_path(e)))
    return sorted(out)


def _plan_adoptions(ctx: Context) -> list[tuple[dt.date, str, tuple[str | int, ...], str]]:
    out = []
    for d in ctx.of_kind(DeliverableKind.ATGARDSPLAN):
        for e in ctx.evidence(d.id, EvidenceKind.ADOPTED):
            out.append((e.date, e.reference, ctx.evidence_path(e), d.id))
    return sorted(out)


def _plan_adopted(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    adoptions = _plan_adoptions(ctx)
    if not adoptions:
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(plans[0].id), ctx.say(M, "no_adoption"))
        return
    date, ref, path, plan_id = adoptions[-1]
    before = [lb for lb in _lagesbild_dates(ctx) if lb[0] <= date]
    if before:
        msg = ctx.say(
            M, "adopted", name=ctx.name(plan_id), date=date, ref=ref, lb_date=before[-1][0]
        )
        yield Outcome(Verdict.UPPFYLLT, path, msg)
    else:
        msg = ctx.say(M, "adopted_no_lb", name=ctx.name(plan_id), date=date, ref=ref)
        yield Outcome(Verdict.DELVIS, path, msg)


def _first_plan(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    adoptions = _plan_adoptions(ctx)
    if not adoptions:
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(plans[0].id), ctx.say(M, "no_adoption"))
        return
    date, ref, path, _ = adoptions[0]
    if date <= PLAN_IN_FORCE:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "first_plan_ok", date=date, ref=ref))
    else:
        yield Outcome(Verdict.DELVIS, path, ctx.say(M, "first_plan_late", date=date, ref=ref))


# -- 6 § ------------------------------------------------------------------


def _required_cadences(ctx: Context) -> dict[str, list[Cadence]]:
    """The cadences local requirements set, by deliverable: built once per rule, so that
    asking per deliverable is not deliverables × requirements (reliability review, 13)."""
    out: dict[str, list[Cadence]] = {}
    for r in ctx.g.requirements:
        if r.kind is RequirementKind.DELIVERABLE_CADENCE and r.target and r.cadence:
            out.setdefault(r.target, []).append(r.cadence)
    return out


def _stated_cadences(d: Deliverable, required: dict[str, list[Cadence]]) -> list[Cadence]:
    """A deliverable's own cadences and those a local requirement sets for it."""
    return [*d.cadence, *required.get(d.id, ())]


def _lagesbild_cycle(ctx: Context) -> Iterator[Outcome]:
    found = ctx.of_kind(DeliverableKind.LAGESBILD)
    months = ctx.g.settings.cycle_months
    if not found:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_lagesbild"))
        return
    best: tuple[float, Cadence, Deliverable] | None = None
    required = _required_cadences(ctx)
    for d in found:
        for c in _stated_cadences(d, required):
            if best is None or per_year(c) > best[0]:
                best = (per_year(c), c, d)
    if best is None:
        d = found[0]
        fix = ctx.say(M, "cycle_fix", name=ctx.name(d.id), months=months)
        msg = ctx.say(M, "cycle_missing", name=ctx.names(x.id for x in found))
        yield Outcome(Verdict.EJ_UPPFYLLT, ctx.path(d.id, "cadence"), msg, fix)
        return
    rate, cadence, d = best
    how = cadence_text(cadence, ctx.lang)
    path = ctx.path(d.id, "cadence")
    if rate * months / 12 >= 1 - 1e-9:
        yield Outcome(
            Verdict.UPPFYLLT,
            path,
            ctx.say(M, "cycle_ok", name=ctx.name(d.id), how=how, months=months),
        )
    else:
        fix = ctx.say(M, "cycle_fix", name=ctx.name(d.id), months=months)
        msg = ctx.say(M, "cycle_slow", name=ctx.name(d.id), how=how, months=months)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix)


def _follow_ups(ctx: Context) -> list[tuple[str, tuple[str | int, ...], list[Cadence]]]:
    """Ways the governance follows up a plan: (name, path, cadences)."""
    plans = {d.id for d in ctx.of_kind(DeliverableKind.ATGARDSPLAN)}
    out: list[tuple[str, tuple[str | int, ...], list[Cadence]]] = []
    required = _required_cadences(ctx)
    for d in ctx.g.deliverables:
        if d.kind in _FOLLOW_UP_KINDS and (
            plans & set(d.based_on) or ContentPart.FOLLOW_UP in d.covers
        ):
            cadences = _stated_cadences(d, required)
            out.append((ctx.name(d.id), ctx.path(d.id, "cadence"), cadences))
    for r in ctx.g.requirements:
        follow_up = r.kind is RequirementKind.FOLLOW_UP or (
            r.kind is RequirementKind.PRACTICE and r.evidence_kind is EvidenceKind.FOLLOWED_UP
        )
        if follow_up and r.target in plans:
            cadences = [r.cadence] if r.cadence else []
            out.append((f'"{r.text.rstrip(".")}"', ctx.path(r.id), cadences))
    return out


def _plan_follow_up_cycle(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    months = ctx.g.settings.cycle_months
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    ways = _follow_ups(ctx)
    if not ways:
        yield Outcome(Verdict.EJ_UPPFYLLT, ctx.path(plans[0].id), ctx.say(M, "followup_missing"))
        return
    timed = [(per_year(c), c, name, path) for name, path, cs in ways for c in cs]
    if not timed:
        name, path, _ = ways[0]
        yield Outcome(Verdict.DELVIS, path, ctx.say(M, "followup_no_cadence", name=name))
        return
    rate, cadence, name, path = max(timed, key=lambda t: t[0])
    how = cadence_text(cadence, ctx.lang)
    if rate * months / 12 >= 1 - 1e-9:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "followup_ok", name=name, how=how))
    else:
        msg = ctx.say(M, "followup_slow", name=name, how=how, months=months)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)


def _lagesbild_updated(ctx: Context) -> Iterator[Outcome]:
    found = ctx.of_kind(DeliverableKind.LAGESBILD)
    months = ctx.g.settings.cycle_months
    if not found:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_lagesbild"))
        return
    dates = _lagesbild_dates(ctx)
    if not dates:
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(found[0].id), ctx.say(M, "lb_no_evidence"))
        return
    date, ref, path = dates[-1]
    due = add_months(date, months)
    if due >= ctx.as_of:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "lb_recent", date=date, ref=ref, due=due))
    else:
        msg = ctx.say(M, "lb_old", date=date, ref=ref, months=months, as_of=ctx.as_of, due=due)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)


def _plan_followed_up(ctx: Context) -> Iterator[Outcome]:
    plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    months = ctx.g.settings.cycle_months
    if not plans:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "needs_plan"))
        return
    plan_ids = {p.id for p in plans}
    records = []
    for p in plans:
        records.extend(ctx.evidence(p.id, EvidenceKind.FOLLOWED_UP))
    for d in ctx.g.deliverables:
        if d.kind in _FOLLOW_UP_KINDS and plan_ids & set(d.based_on):
            records.extend(ctx.evidence(d.id, *_PRODUCED))
    records.sort(key=lambda e: e.date)
    if records:
        last = records[-1]
        due = add_months(last.date, months)
        path = ctx.evidence_path(last)
        if due >= ctx.as_of:
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "fu_recent", date=last.date, ref=last.reference, due=due),
            )
        else:
            msg = ctx.say(
                M,
                "fu_old",
                date=last.date,
                ref=last.reference,
                months=months,
                as_of=ctx.as_of,
                due=due,
            )
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)
        return
    adoptions = _plan_adoptions(ctx)
    if not adoptions:
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(plans[0].id), ctx.say(M, "fu_no_evidence"))
        return
    # The two-year clock starts when the first plan is decided (and not before 2024-07-01).
    date, ref, path, _ = adoptions[0]
    due = add_months(max(date, PLAN_IN_FORCE), months)
    if due >= ctx.as_of:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "fu_not_due", date=date, ref=ref, due=due))
    else:
        yield Outcome(
            Verdict.EJ_UPPFYLLT, path, ctx.say(M, "fu_overdue", date=date, ref=ref, due=due)
        )


# -- 7 § ------------------------------------------------------------------


def _integration(ctx: Context) -> Iterator[Outcome]:
    items = ctx.of_kind(DeliverableKind.LAGESBILD) + ctx.of_kind(DeliverableKind.ATGARDSPLAN)
    if not items:
        yield Outcome(Verdict.EJ_BEDOMBART, ("deliverables",), ctx.say(M, "nothing_to_integrate"))
        return
    for d in items:
        if d.integrates_with:
            what = "; ".join(d.integrates_with)
            yield Outcome(
                Verdict.UPPFYLLT,
                ctx.path(d.id, "integrates_with"),
                ctx.say(M, "integrates", what=what),
            )
            return
    yield Outcome(
        Verdict.EJ_UPPFYLLT, ctx.path(items[0].id, "integrates_with"), ctx.say(M, "no_integration")
    )


_D, _P = Level.DESIGN, Level.PRACTICE
_MUST = Strength.MUST

PLAN_RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L4A",
        law(4),
        strength=_MUST,
        level=_D,
        duty="4",
        title=("Lägesbild finns", "A lägesbild exists"),
        paraphrase=(
            "Kommunen ska ta fram en lägesbild över brottsligheten i hela kommunens geografiska "
            "område.",
            "The municipality must produce a situation report (lägesbild) on crime in its whole "
            "geographic area.",
        ),
        satisfied=(
            'Minst en leverans av slaget lägesbild (kind = "lagesbild").',
            'At least one deliverable of kind "lagesbild".',
        ),
        fix=(
            'Lägg till en [[deliverables]] med kind = "lagesbild" som beskriver kommunens '
            "lägesbild: vem som tar fram den, hur ofta och vad den innehåller.",
            'Add a [[deliverables]] entry with kind = "lagesbild" saying who produces it, how '
            "often and what it contains.",
        ),
        check=_lagesbild_exists,
    ),
    law_rule(
        "KBFA-L4B",
        law(4, "1"),
        strength=_MUST,
        level=_D,
        duty="4",
        title=(
            "Lägesbilden kartlägger brottslighetens omfattning och konsekvenser",
            "The lägesbild maps the extent and consequences of crime",
        ),
        paraphrase=(
            "Lägesbilden ska innehålla en kartläggning av brottsligheten: dess omfattning och "
            "dess konsekvenser.",
            "The lägesbild must contain a mapping of crime: its extent and its consequences.",
        ),
        satisfied=(
            'Lägesbildens covers innehåller både "extent" och "consequences".',
            'The lägesbild\'s covers include both "extent" and "consequences".',
        ),
        fix=(
            "Se till att lägesbilden beskriver både hur mycket brott som förekommer och vilka "
            "konsekvenser brotten får, och ange det i covers.",
            "Make the lägesbild describe both how much crime there is and what its consequences "
            "are, and say so in covers.",
        ),
        check=_point("1"),
    ),
    law_rule(
        "KBFA-L4C",
        law(4, "2"),
        strength=_MUST,
        level=_D,
        duty="4",
        title=(
            "Lägesbilden innehåller annan information av betydelse",
            "The lägesbild contains other relevant information",
        ),
        paraphrase=(
            "Lägesbilden ska också innehålla annan information som har betydelse i sammanhanget.",
            "The lägesbild must also contain other information relevant in the context.",
        ),
        satisfied=(
            'Lägesbildens covers innehåller "other_information".',
            'The lägesbild\'s covers include "other_information".',
        ),
        fix=(
            "Komplettera lägesbilden med annan relevant information (t.ex. otrygghet, "
            'medborgar- och medarbetardialoger, omvärldsbevakning) och ange "other_information" '
            "i covers.",
            "Add other relevant information to the lägesbild (e.g. insecurity, dialogues, "
            'horizon scanning) and list "other_information" in covers.',
        ),
        check=_point("2"),
    ),
    law_rule(
        "KBFA-L4D",
        law(4, "3"),
        strength=_MUST,
        level=_D,
        duty="4",
        title=("Lägesbilden innehåller en analys", "The lägesbild contains an analysis"),
        paraphrase=(
            "Lägesbilden ska innehålla en analys av kartläggningen och av den andra informationen.",
            "The lägesbild must contain an analysis of the mapping and of the other information.",
        ),
        satisfied=(
            'Lägesbildens covers innehåller "analysis" (eller "cause_analysis", en orsaksanalys '
            "av det kartlagda är också en analys).",
            'The lägesbild\'s covers include "analysis" (or "cause_analysis").',
        ),
        fix=(
            "Låt lägesbilden innehålla en analys av kartläggningen och informationen och ange "
            '"analysis" i covers.',
            'Include an analysis of the mapping and information and list "analysis" in covers.',
        ),
        check=_point("3"),
    ),
    law_rule(
        "KBFA-L5A",
        law(5),
        strength=_MUST,
        level=_D,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=("Kommunen beslutar en åtgärdsplan", "The municipality decides an åtgärdsplan"),
        paraphrase=(
            "Kommunen ska besluta om en åtgärdsplan med de åtgärder den avser att vidta för att "
            "förebygga brott. Lagen anger inte vilket organ som beslutar, men beslutet ska vara "
            "kommunens.",
            "The municipality must decide on an action plan with the measures it intends to "
            "take. The law names no body, but the decision must be the municipality's.",
        ),
        satisfied=(
            "En leverans av slaget åtgärdsplan med decided_by satt till ett kommunalt "
            "beslutsorgan (fullmäktige, kommunstyrelse, nämnd eller annat kommunalt organ).",
            'A deliverable of kind "atgardsplan" whose decided_by is a municipal decision body.',
        ),
        fix=(
            'Lägg till åtgärdsplanen som [[deliverables]] med kind = "atgardsplan" och ange '
            "i decided_by vilket kommunalt organ som beslutar den.",
            'Add the plan as a [[deliverables]] entry with kind = "atgardsplan" and set '
            "decided_by to the municipal body that decides it.",
        ),
        check=_plan_decided,
    ),
    law_rule(
        "KBFA-L5B",
        law(5),
        strength=_MUST,
        level=_D,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=("Åtgärdsplanen bygger på lägesbilden", "The plan is based on the lägesbild"),
        paraphrase=(
            "Åtgärdsplanen ska beslutas med lägesbilden som grund.",
            "The action plan must be decided with the lägesbild as its basis.",
        ),
        satisfied=(
            "Åtgärdsplanens based_on leder (direkt eller via t.ex. en orsaksanalys) till en "
            "lägesbild.",
            "The plan's based_on leads (directly or via e.g. a cause analysis) to a lägesbild.",
        ),
        fix=(
            "Ange i åtgärdsplanens based_on vilken lägesbild (eller orsaksanalys byggd på "
            "lägesbilden) den utgår från.",
            "List in the plan's based_on the lägesbild (or a cause analysis based on it).",
        ),
        check=_plan_basis,
    ),
    law_rule(
        "KBFA-L5C",
        law(5),
        strength=_MUST,
        level=_P,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=("Åtgärdsplanen innehåller åtgärder", "The plan lists measures"),
        paraphrase=(
            "Åtgärdsplanen ska ange de åtgärder som kommunen avser att vidta.",
            "The plan must state the measures the municipality intends to take.",
        ),
        satisfied=(
            "Minst en [[measures]] hör till åtgärdsplanen (plan = planens id, eller utan plan "
            "när det bara finns en plan).",
            "At least one [[measures]] entry belongs to the plan.",
        ),
        fix=(
            "För in åtgärdsplanens åtgärder som [[measures]], med orsak, operativt mål, när, "
            "vem och uppföljning.",
            "Enter the plan's measures as [[measures]] with cause, goal, when, who and follow-up.",
        ),
        check=_plan_measures,
    ),
    law_rule(
        "KBFA-L5D",
        law(5),
        strength=_MUST,
        level=_P,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=(
            "Åtgärdsplanen är beslutad efter en lägesbild",
            "The plan was adopted after a lägesbild",
        ),
        paraphrase=(
            "Ett beslut om åtgärdsplan ska finnas, fattat med en lägesbild som grund.",
            "A decision adopting the plan must exist, taken with a lägesbild as its basis.",
        ),
        satisfied=(
            'Ett belägg (kind = "adopted") för åtgärdsplanen, och ett belägg för lägesbilden '
            '("delivered" eller "adopted") daterat samma dag eller tidigare.',
            'An "adopted" record for the plan and a lägesbild record dated on or before it.',
        ),
        fix=(
            'Registrera beslutet om åtgärdsplanen som [[evidence]] (kind = "adopted", med '
            "paragraf) och lägesbilden som den bygger på.",
            'Record the plan\'s adoption as [[evidence]] (kind = "adopted") and the lägesbild '
            "it rests on.",
        ),
        check=_plan_adopted,
    ),
    law_rule(
        "KBFA-L6A",
        law(6),
        strength=_MUST,
        level=_D,
        duty="6",
        title=(
            "Lägesbilden uppdateras minst vartannat år",
            "The lägesbild is updated at least every second year",
        ),
        paraphrase=(
            'Kommunen ska minst vartannat år uppdatera lägesbilden. Hur "vartannat år" räknas '
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
        check=_lagesbild_cycle,
    ),
    law_rule(
        "KBFA-L6B",
        law(6),
        strength=_MUST,
        level=_D,
        duty="6",
        title=(
            "Åtgärdsplanen följs upp minst vartannat år",
            "The plan is followed up at least every second year",
        ),
        paraphrase=(
            "Kommunen ska minst vartannat år följa upp åtgärdsplanen.",
            "At least every second year the municipality must follow up the action plan.",
        ),
        satisfied=(
            "En uppföljande leverans (uppföljning, årsanalys, trygghetsbokslut eller "
            'lägesrapport) som bygger på planen eller omfattar "follow_up", eller ett lokalt '
            "krav av slaget follow_up på planen, med en takt inom cycle_months.",
            'A follow-up deliverable based on the plan (or covering "follow_up"), or a local '
            "follow_up requirement on the plan, with a cadence within cycle_months.",
        ),
        fix=(
            "Beskriv hur och hur ofta åtgärdsplanen följs upp, t.ex. som en leverans med kind = "
            '"uppfoljning", based_on = [planens id] och en cadence.',
            "Describe how and how often the plan is followed up, e.g. a deliverable with kind = "
            '"uppfoljning", based_on = [the plan] and a cadence.',
        ),
        check=_plan_follow_up_cycle,
    ),
    law_rule(
        "KBFA-L6C",
        law(6),
        strength=_MUST,
        level=_P,
        duty="6",
        title=("Lägesbilden har uppdaterats i tid", "The lägesbild was updated on time"),
        paraphrase=(
            "Den senaste uppdateringen av lägesbilden får inte vara äldre än två år "
            "(settings.cycle_months).",
            "The latest update of the lägesbild must not be older than two years "
            "(settings.cycle_months).",
        ),
        satisfied=(
            'Ett belägg ("delivered" eller "adopted") för en lägesbild inom cycle_months '
            "före bedömningsdagen.",
            'A "delivered" or "adopted" record for a lägesbild within cycle_months.',
        ),
        fix=(
            "Uppdatera lägesbilden och registrera det som [[evidence]] med datum och referens.",
            "Update the lägesbild and record it as [[evidence]] with date and reference.",
        ),
        check=_lagesbild_updated,
    ),
    law_rule(
        "KBFA-L6D",
        law(6),
        strength=_MUST,
        level=_P,
        duty="6",
        title=("Åtgärdsplanen har följts upp i tid", "The plan was followed up on time"),
        paraphrase=(
            "Åtgärdsplanen ska ha följts upp inom två år (settings.cycle_months); klockan börjar "
            "när den första planen beslutas, tidigast 2024-07-01.",
            "The plan must have been followed up within two years (settings.cycle_months); the "
            "clock starts at the first plan, 2024-07-01 at the earliest.",
        ),
        satisfied=(
            'Ett belägg "followed_up" för planen (eller "delivered" för en uppföljande '
            "leverans som bygger på planen) inom cycle_months, eller en plan beslutad så nyligen "
            "att uppföljningen inte är förfallen.",
            'A "followed_up" record for the plan within cycle_months, or a plan adopted so '
            "recently that the follow-up is not yet due.",
        ),
        fix=(
            "Följ upp åtgärdsplanen och registrera uppföljningen som [[evidence]] "
            '(kind = "followed_up", subject = planens id).',
            'Follow up the plan and record it as [[evidence]] (kind = "followed_up").',
        ),
        check=_plan_followed_up,
    ),
    law_rule(
        "KBFA-L7A",
        law(7),
        strength=Strength.QUALIFIED,
        level=_D,
        duty="7",
        title=("Samordning med annan planering", "Integration with other planning"),
        paraphrase=(
            "Arbetet med lägesbild och åtgärdsplan ska, i den utsträckning det är lämpligt, "
            "samordnas med analys och planering enligt andra författningar.",
            "Work on the lägesbild and plan must be integrated, as far as suitable, with analysis "
            "and planning under other statutes.",
        ),
        satisfied=(
            "Lägesbilden eller åtgärdsplanen anger integrates_with (t.ex. risk- och "
            "sårbarhetsanalys enligt LEH, socialtjänstens planering).",
            "The lägesbild or plan lists integrates_with (e.g. the LEH risk and vulnerability "
            "analysis).",
        ),
        fix=(
            "Ange i integrates_with vilken annan analys och planering arbetet samordnas med.",
            "List in integrates_with the other analysis and planning the work is integrated with.",
        ),
        check=_integration,
    ),
    law_rule(
        "KBFA-LOBA",
        law(None, transitional=True),
        strength=_MUST,
        level=_P,
        duty="OB",
        in_force=PLAN_IN_FORCE,
        title=("Första åtgärdsplanen senast 2024-07-01", "First action plan by 2024-07-01"),
        paraphrase=(
            "Enligt övergångsbestämmelserna behövde kommunen inte besluta en åtgärdsplan enligt "
            "5 § före den 1 juli 2024; då skulle den första vara beslutad.",
            "Under the transitional provisions the first action plan under s. 5 was due by "
            "1 July 2024.",
        ),
        satisfied=(
            'Det tidigaste belägget "adopted" för en åtgärdsplan är daterat senast 2024-07-01.',
            'The earliest "adopted" record for a plan is dated on or before 2024-07-01.',
        ),
        fix=(
            "Registrera beslutet om kommunens första åtgärdsplan som [[evidence]].",
            "Record the decision on the municipality's first plan as [[evidence]].",
        ),
        check=_first_plan,
    ),
)
