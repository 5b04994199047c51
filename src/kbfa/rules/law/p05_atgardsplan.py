"""5 § lag (2023:196): the åtgärdsplan, decided by the municipality on the lägesbild.

References (https://lagen.nu/2023:196#P5):
- 5 §: the municipality decides, with the lägesbild as its basis, a plan of the
  measures it intends to take to prevent crime (åtgärdsplan);
- övergångsbestämmelserna 2 p.: no plan was needed before 2024-07-01, so every
  rule here applies from that day (the first plan's deadline is in ``ob_…``);
- 6 kap. 37 § kommunallagen (2017:725): a nämnd may delegate a decision to an
  utskott, a presidium, a ledamot or ersättare, or an employee. A decision "of the
  municipality" is one of fullmäktige, kommunstyrelsen, a nämnd or such a delegate;
  a ledningsgrupp of officials, a förvaltningsledning or a styrgrupp with the police
  in it cannot decide for the municipality.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.model import BodyKind, DeliverableKind, EvidenceKind
from kbfa.rules._context import Context
from kbfa.rules._rule import PLAN_IN_FORCE, Outcome, Rule, law, law_rule
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST, PRACTICE, lagesbilder, plans

__all__ = ["DECIDERS", "RULES", "adoptions", "lagesbild_records"]

M: Catalogue = {
    "no_plan": {
        "sv": "Styrdokumentet beskriver ingen åtgärdsplan.",
        "en": "The steering document describes no åtgärdsplan.",
    },
    "needs_plan": {
        "sv": "Det finns ingen åtgärdsplan att bedöma (se KBFA-L5A).",
        "en": "There is no åtgärdsplan to assess (see KBFA-L5A).",
    },
    "decided": {
        "sv": "Åtgärdsplanen {name} beslutas av {body}.",
        "en": "The åtgärdsplan {name} is decided by {body}.",
    },
    "not_a_decider": {
        "sv": "Enligt styrdokumentet beslutas åtgärdsplanen {name} av {body}, som inte kan fatta "
        "beslut för kommunen. Planen ska beslutas av fullmäktige, kommunstyrelsen, en nämnd "
        "eller en delegat enligt 6 kap. 37 § kommunallagen.",
        "en": "According to the steering document the åtgärdsplan {name} is decided by {body}, "
        "which cannot decide for the municipality. The plan must be decided by the assembly, "
        "the executive board, a committee or a delegate under ch. 6 s. 37 of the Local "
        "Government Act.",
    },
    "undecided": {
        "sv": "Det anges inte vem som beslutar åtgärdsplanen {name}.",
        "en": "It is not stated who decides the åtgärdsplan {name}.",
    },
    "undecided_to": {
        "sv": "Det anges inte vem som beslutar åtgärdsplanen {name}. Den ska {how} {bodies}, som "
        "inte kan fatta beslut för kommunen.",
        "en": "It is not stated who decides the åtgärdsplan {name}. It is to be {how} {bodies}, "
        "which cannot decide for the municipality.",
    },
    "w_anchored": {"sv": "förankras i", "en": "anchored in"},
    "w_sent": {"sv": "lämnas till", "en": "sent to"},
    "decide_fix": {
        "sv": "Låt fullmäktige, kommunstyrelsen eller en nämnd (eller en delegat enligt 6 kap. "
        "37 § kommunallagen) besluta åtgärdsplanen {name}, skriv det i styrdokumentet och ange "
        "organet i decided_by.",
        "en": "Have the assembly, the executive board or a committee (or a delegate under ch. 6 "
        "s. 37 of the Local Government Act) decide the plan {name}, say so in the steering "
        "document and set decided_by.",
    },
    "basis": {
        "sv": "Åtgärdsplanen {name} beslutas med lägesbilden {basis} som underlag.",
        "en": "The åtgärdsplan {name} is decided with the lägesbild {basis} as its basis.",
    },
    "no_basis": {
        "sv": "Det anges inte att åtgärdsplanen {name} beslutas med lägesbilden som underlag.",
        "en": "The åtgärdsplan {name} is not stated to be decided with the lägesbild as basis.",
    },
    "measures": {
        "sv": "Åtgärdsplanen {name} har {n} registrerade åtgärder.",
        "en": "The åtgärdsplan {name} has {n} recorded measures.",
    },
    "no_measures": {
        "sv": "Åtgärdsplanens åtgärder är inte registrerade, så det går inte att se vilka "
        "åtgärder kommunen avser att vidta.",
        "en": "The plan's measures are not recorded, so it cannot be seen which measures the "
        "municipality intends to take.",
    },
    "no_plan_measures": {
        "sv": "Ingen av de registrerade åtgärderna hör till åtgärdsplanen {name}.",
        "en": "None of the recorded measures belongs to the åtgärdsplan {name}.",
    },
    "no_adoption": {
        "sv": "Inget beslut om åtgärdsplanen är registrerat.",
        "en": "No decision adopting the åtgärdsplan is recorded.",
    },
    "adopted": {
        "sv": "Åtgärdsplanen {name} beslutades {date} ({ref}), med lägesbilden från {lb_date} "
        "som underlag.",
        "en": "The åtgärdsplan {name} was adopted on {date} ({ref}), based on the lägesbild of "
        "{lb_date}.",
    },
    "adopted_no_lb": {
        "sv": "Åtgärdsplanen {name} beslutades {date} ({ref}), men ingen lägesbild är registrerad "
        "samma dag eller tidigare.",
        "en": "The åtgärdsplan {name} was adopted on {date} ({ref}), but no lägesbild is "
        "recorded on or before that day.",
    },
}

#: Bodies that can decide for the municipality (kommunallagen): fullmäktige, kommunstyrelsen,
#: a nämnd, and a presidium as a delegate under 6 kap. 37 § KL.
DECIDERS = frozenset(
    {BodyKind.ASSEMBLY, BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.PRESIDIUM}
)
_PRODUCED = (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED)


def lagesbild_records(ctx: Context) -> list[tuple[dt.date, str, tuple[str | int, ...]]]:
    """Every recorded production or update of a lägesbild: (date, reference, path), oldest first."""
    out = [
        (e.date, e.reference, ctx.evidence_path(e))
        for d in lagesbilder(ctx)
        for e in ctx.evidence(d.id, *_PRODUCED)
    ]
    return sorted(out)


def adoptions(ctx: Context) -> list[tuple[dt.date, str, tuple[str | int, ...], str]]:
    """Every recorded decision adopting a plan: (date, reference, path, plan id), oldest first."""
    out = [
        (e.date, e.reference, ctx.evidence_path(e), d.id)
        for d in plans(ctx)
        for e in ctx.evidence(d.id, EvidenceKind.ADOPTED)
    ]
    return sorted(out)


def _can_decide(ctx: Context, body_id: str) -> bool:
    body = ctx.bodies.get(body_id)
    return body is not None and body.kind in DECIDERS


def _decided(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "no_plan")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), msg, situation=Situation.MISSING_STEP)
        return
    for plan in found:
        name = ctx.name(plan.id)
        path = ctx.path(plan.id, "decided_by")
        fix = ctx.say(M, "decide_fix", name=name)
        if plan.decided_by is not None:
            body = ctx.in_text(plan.decided_by)
            if _can_decide(ctx, plan.decided_by):
                yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "decided", name=name, body=body))
            else:
                msg = ctx.say(M, "not_a_decider", name=name, body=body)
                yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, fix, situation=Situation.CONTRARY)
            continue
        # Silent on the decision: say where the plan goes instead, when none there can decide.
        goes_to = [*plan.anchored_in, *(r.to for r in plan.recipients)]
        if goes_to and not any(_can_decide(ctx, b) for b in goes_to):
            how, bodies = (
                ("w_anchored", plan.anchored_in)
                if plan.anchored_in
                else ("w_sent", [r.to for r in plan.recipients])
            )
            msg = ctx.say(
                M, "undecided_to", name=name, how=ctx.say(M, how), bodies=ctx.in_texts(bodies)
            )
        else:
            msg = ctx.say(M, "undecided", name=name)
        yield Outcome(Verdict.DELVIS, path, msg, fix, situation=Situation.MISSING_STEP)


def _basis(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "needs_plan")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    for plan in found:
        basis = [
            d
            for d in sorted(ctx.basis_closure(plan.id))
            if ctx.deliverables[d].kind is DeliverableKind.LAGESBILD
        ]
        path = ctx.path(plan.id, "based_on")
        name = ctx.name(plan.id)
        if basis:
            msg = ctx.say(M, "basis", name=name, basis=ctx.names(basis))
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            msg = ctx.say(M, "no_basis", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


def _measures(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "needs_plan")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    if not ctx.g.measures:
        msg = ctx.say(M, "no_measures")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ctx.path(found[0].id), msg, situation=Situation.UNRECORDED
        )
        return
    for plan in found:
        # A measure without ``plan`` belongs to the only plan there is.
        n = sum(
            1 for m in ctx.g.measures if m.plan == plan.id or (m.plan is None and len(found) == 1)
        )
        path = ctx.path(plan.id)
        name = ctx.name(plan.id)
        if n:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "measures", name=name, n=n))
        else:
            msg = ctx.say(M, "no_plan_measures", name=name)
            yield Outcome(Verdict.EJ_BEDOMBART, path, msg, situation=Situation.UNRECORDED)


def _adopted(ctx: Context) -> Iterator[Outcome]:
    found = plans(ctx)
    if not found:
        msg = ctx.say(M, "needs_plan")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ("deliverables",), msg, situation=Situation.MISSING_STEP
        )
        return
    recorded = adoptions(ctx)
    if not recorded:
        msg = ctx.say(M, "no_adoption")
        yield Outcome(
            Verdict.EJ_BEDOMBART, ctx.path(found[0].id), msg, situation=Situation.UNRECORDED
        )
        return
    date, ref, path, plan_id = recorded[-1]
    name = ctx.name(plan_id)
    # A lägesbild and the plan it underlies are often decided at the same meeting.
    before = [lb for lb in lagesbild_records(ctx) if lb[0] <= date]
    if before:
        msg = ctx.say(M, "adopted", name=name, date=date, ref=ref, lb_date=before[-1][0])
        yield Outcome(Verdict.UPPFYLLT, path, msg)
    else:
        msg = ctx.say(M, "adopted_no_lb", name=name, date=date, ref=ref)
        yield Outcome(Verdict.DELVIS, path, msg, situation=Situation.UNRECORDED)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L5A",
        law(5),
        strength=MUST,
        level=DESIGN,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=("Kommunen beslutar en åtgärdsplan", "The municipality decides an åtgärdsplan"),
        paraphrase=(
            "Kommunen ska besluta om en åtgärdsplan med de åtgärder den avser att vidta för att "
            "förebygga brott. Lagen anger inte vilket organ som beslutar, men beslutet ska vara "
            "kommunens: fullmäktiges, kommunstyrelsens, en nämnds eller en delegats enligt "
            "6 kap. 37 § kommunallagen. En ledningsgrupp av tjänstepersoner, en "
            "förvaltningsledning eller en styrgrupp där polisen ingår kan inte besluta för "
            "kommunen.",
            "The municipality must decide on an action plan of the measures it intends to take. "
            "The law names no body, but the decision must be the municipality's: the assembly's, "
            "the executive board's, a committee's or a delegate's under ch. 6 s. 37 of the Local "
            "Government Act; a management group of officials cannot decide for it.",
        ),
        satisfied=(
            'En leverans av slaget åtgärdsplan (kind = "atgardsplan") vars decided_by är '
            "fullmäktige, kommunstyrelsen, en nämnd eller ett presidium.",
            'A deliverable of kind "atgardsplan" whose decided_by is the assembly, the executive '
            "board, a committee or a presidium.",
        ),
        fix=(
            'Beskriv åtgärdsplanen under [[deliverables]] (kind = "atgardsplan") och ange i '
            "decided_by det organ som beslutar den: fullmäktige, kommunstyrelsen eller en nämnd.",
            'Describe the plan under [[deliverables]] (kind = "atgardsplan") and set decided_by '
            "to the assembly, the executive board or a committee.",
        ),
        action=(
            "Fullmäktige, kommunstyrelsen eller en nämnd beslutar en åtgärdsplan utifrån "
            "lägesbilden, och styrdokumentet anger vilket organ som beslutar den.",
            "The assembly, the executive board or a committee decides an action plan based "
            "on the situation report, and the steering document states which body decides "
            "it.",
        ),
        check=_decided,
    ),
    law_rule(
        "KBFA-L5B",
        law(5),
        strength=MUST,
        level=DESIGN,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=(
            "Åtgärdsplanen beslutas med lägesbilden som underlag",
            "The plan is decided with the lägesbild as its basis",
        ),
        paraphrase=(
            "Åtgärdsplanen ska beslutas med lägesbilden som underlag.",
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
        action=(
            "{Lead} ser till att åtgärdsplanen bygger på lägesbilden och att planen säger det.",
            "{Lead} sees to it that the action plan is based on the situation report and says so.",
        ),
        check=_basis,
    ),
    law_rule(
        "KBFA-L5C",
        law(5),
        strength=MUST,
        level=PRACTICE,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=("Åtgärdsplanen innehåller åtgärder", "The plan lists measures"),
        paraphrase=(
            "Åtgärdsplanen ska ange de åtgärder som kommunen avser att vidta.",
            "The plan must state the measures the municipality intends to take.",
        ),
        satisfied=(
            "Minst en åtgärd under [[measures]] hör till åtgärdsplanen (plan = planens id, eller "
            "utan plan när det bara finns en plan).",
            "At least one [[measures]] entry belongs to the plan.",
        ),
        fix=(
            "För in åtgärdsplanens åtgärder under [[measures]], med orsak, operativt mål, när, "
            "vem och uppföljning.",
            "Enter the plan's measures under [[measures]] with cause, goal, when, who and "
            "follow-up.",
        ),
        action=(
            "{Lead} ser till att åtgärdsplanen anger de åtgärder kommunen ska vidta, med "
            "mål, tidpunkt, ansvarig och uppföljning.",
            "{Lead} sees to it that the action plan states the measures the municipality "
            "will take, with goal, timing, owner and follow-up.",
        ),
        check=_measures,
    ),
    law_rule(
        "KBFA-L5D",
        law(5),
        strength=MUST,
        level=PRACTICE,
        duty="5",
        in_force=PLAN_IN_FORCE,
        title=(
            "Åtgärdsplanen är beslutad efter en lägesbild",
            "The plan was adopted after a lägesbild",
        ),
        paraphrase=(
            "Ett beslut om åtgärdsplan ska finnas, fattat med en lägesbild som underlag; "
            "lägesbilden kan vara framtagen samma dag som planen beslutas.",
            "A decision adopting the plan must exist, taken with a lägesbild as its basis; the "
            "lägesbild may be from the same day.",
        ),
        satisfied=(
            'Ett belägg (kind = "adopted") för åtgärdsplanen, och ett belägg för lägesbilden '
            '("delivered" eller "adopted") daterat samma dag eller tidigare.',
            'An "adopted" record for the plan and a lägesbild record dated on or before it.',
        ),
        fix=(
            'Registrera beslutet om åtgärdsplanen under [[evidence]] (kind = "adopted", med '
            "paragraf) och lägesbilden som den bygger på.",
            'Record the plan\'s adoption under [[evidence]] (kind = "adopted") and the '
            "lägesbild it rests on.",
        ),
        action=(
            "Det organ som ska besluta åtgärdsplanen fattar beslutet, och beslutet "
            "diarieförs med datum och paragraf.",
            "The body that is to decide the action plan takes the decision, and it is "
            "registered with date and paragraph.",
        ),
        check=_adopted,
    ),
)
