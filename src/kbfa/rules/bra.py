"""Brå's good practice as warning-level rules (never breaches): KBFA-B01–B15.

The content chain problem → cause → measure → indicator is Brå's sharpest check:
measures often target problems the lägesbild never identified.

References (reference file lag-2023-196.md, section 5):
- BRA-atgardsplan: https://bra.se/forebygga-brott/arbeta-brottsforebyggande/genomforande/uppratta-atgardsplan.html
- BRA-orsak: https://bra.se/forebygga-brott/arbeta-brottsforebyggande/gemensamma-forberedelser/gor-en-orsaksanalys.html
- BRA-sö: https://bra.se/forebygga-brott/arbeta-brottsforebyggande/gemensamma-forberedelser/teckna-samverkansoverenskommelse.html
- BRA-org: https://bra.se/forebygga-brott/samverkan/initiera-samverkan/skapa-en-organisation-for-arbetet.html
- BRA-ml: https://www.bra.se/forebygga-brott/samverkan/genomforande/formulera-medborgarloften.html
- BRA-uppfoljning: https://bra.se/forebygga-brott/samverkan/uppfoljning/folj-upp-arbetet.html
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from kbfa.i18n import Catalogue
from kbfa.model import (
    BodyKind,
    ContentPart,
    DeliverableKind,
    Measure,
    OrganisationKind,
    Strength,
)
from kbfa.rules._context import Context
from kbfa.rules._periods import period_state
from kbfa.rules._rule import Check, LegalReference, Outcome, Rule, RuleSource, law_rule
from kbfa.rules._verdicts import Level, Situation, Verdict

__all__ = ["RULES"]

_BRA = "https://bra.se/forebygga-brott/"
_PLAN_URL = _BRA + "arbeta-brottsforebyggande/genomforande/uppratta-atgardsplan.html"
_CAUSE_URL = _BRA + "arbeta-brottsforebyggande/gemensamma-forberedelser/gor-en-orsaksanalys.html"
_SO_URL = (
    _BRA
    + "arbeta-brottsforebyggande/gemensamma-forberedelser/teckna-samverkansoverenskommelse.html"
)
_ORG_URL = _BRA + "samverkan/initiera-samverkan/skapa-en-organisation-for-arbetet.html"
_ML_URL = "https://www.bra.se/forebygga-brott/samverkan/genomforande/formulera-medborgarloften.html"
_FU_URL = _BRA + "samverkan/uppfoljning/folj-upp-arbetet.html"
_LB_URL = (
    _BRA + "arbeta-brottsforebyggande/egna-forberedelser/ta-fram-en-kartlaggning-och-lagesbild.html"
)


def _bra(heading: str, url: str) -> LegalReference:
    return LegalReference(document="Brå", heading=heading, url=url)


M: Catalogue = {
    "no_measures": {
        "sv": "Åtgärdsplanens åtgärder är inte registrerade, så kedjan problem → orsak → åtgärd "
        "kan inte granskas.",
        "en": "The plan's measures are not recorded, so the chain problem → cause → measure "
        "cannot be reviewed.",
    },
    "no_measures_fix": {
        "sv": "För in lägesbildens problem, orsaksanalysens orsaker och åtgärdsplanens åtgärder "
        "som [[problems]], [[causes]] och [[measures]], länkade till varandra.",
        "en": "Enter the lägesbild's problems, the causes and the plan's measures as [[problems]], "
        "[[causes]] and [[measures]], linked to each other.",
    },
    "needs_measures": {
        "sv": "Det finns inga åtgärder att granska (se KBFA-B01).",
        "en": "There are no measures to review (see KBFA-B01).",
    },
    "measure_cause": {
        "sv": "Åtgärden {name} riktar sig mot orsaken {causes}.",
        "en": "The measure {name} targets the cause {causes}.",
    },
    "measure_no_cause": {
        "sv": "Åtgärden {name} är inte kopplad till någon orsak.",
        "en": "The measure {name} is not linked to any cause.",
    },
    "no_causes": {
        "sv": "Det finns inga orsaker att granska.",
        "en": "There are no causes to review.",
    },
    "cause_problem": {
        "sv": 'Orsaken "{name}" förklarar problemet {problems}.',
        "en": 'The cause "{name}" explains the problem {problems}.',
    },
    "cause_no_problem": {
        "sv": 'Orsaken "{name}" är inte kopplad till något problem.',
        "en": 'The cause "{name}" is not linked to any problem.',
    },
    "no_problems": {
        "sv": "Det finns inga problem att granska.",
        "en": "There are no problems to review.",
    },
    "problem_in_lb": {
        "sv": "Problemet {name} är identifierat i lägesbilden {lb}.",
        "en": "The problem {name} is identified in the lägesbild {lb}.",
    },
    "problem_not_lb": {
        "sv": "Problemet {name} hänvisar till {where}, som inte är en lägesbild.",
        "en": "The problem {name} refers to {where}, which is not a lägesbild.",
    },
    "problem_unsourced": {
        "sv": "Problemet {name} är inte identifierat i någon lägesbild{targeted}.",
        "en": "The problem {name} is not identified in any lägesbild{targeted}.",
    },
    "targeted": {
        "sv": ", men åtgärder riktas mot det ({measures})",
        "en": ", yet measures target it ({measures})",
    },
    "goal_ok": {
        "sv": "Åtgärden {name} har ett operativt mål.",
        "en": "The measure {name} has an operative goal.",
    },
    "goal_missing": {
        "sv": "Åtgärden {name} saknar operativt mål.",
        "en": "The measure {name} has no operative goal.",
    },
    "when_ok": {
        "sv": "Åtgärden {name} har en tidpunkt ({when}).",
        "en": "The measure {name} has a time ({when}).",
    },
    "when_missing": {
        "sv": "Det anges inte när åtgärden {name} ska vara genomförd.",
        "en": "It is not stated when the measure {name} is to be done.",
    },
    "owner_ok": {
        "sv": "Åtgärden {name} har en ansvarig ({owner}).",
        "en": "The measure {name} has an owner ({owner}).",
    },
    "owner_missing": {
        "sv": "Det anges inte vem som ansvarar för åtgärden {name}.",
        "en": "It is not stated who is responsible for the measure {name}.",
    },
    "fu_ok": {
        "sv": "Det anges hur åtgärden {name} följs upp.",
        "en": "It is stated how the measure {name} is followed up.",
    },
    "fu_missing": {
        "sv": "Det anges inte hur åtgärden {name} följs upp.",
        "en": "It is not stated how the measure {name} is followed up.",
    },
    "analysed": {
        "sv": "Det prioriterade problemet {name} har en orsaksanalys (antal orsaker: {n}).",
        "en": "The prioritised problem {name} has a cause analysis (number of causes: {n}).",
    },
    "not_analysed": {
        "sv": "Det prioriterade problemet {name} har ingen orsaksanalys (inga orsaker kopplade).",
        "en": "The prioritised problem {name} has no cause analysis (no causes linked).",
    },
    "no_prioritised": {
        "sv": "Inga prioriterade problem är registrerade.",
        "en": "No prioritised problems are recorded.",
    },
    "indicator_ok": {
        "sv": 'Det prioriterade problemet {name} följs upp med indikatorn "{ind}" med '
        "utgångsvärde.",
        "en": 'The prioritised problem {name} is followed up by the indicator "{ind}" with a '
        "baseline.",
    },
    "indicator_no_baseline": {
        "sv": 'Det prioriterade problemet {name} har indikatorn "{ind}", men inget utgångsvärde.',
        "en": 'The prioritised problem {name} has the indicator "{ind}" but no baseline.',
    },
    "indicator_missing": {
        "sv": "Det prioriterade problemet {name} följs inte upp med någon indikator.",
        "en": "The prioritised problem {name} is not followed up by any indicator.",
    },
    "cause_analysis": {
        "sv": "Orsaksanalys: {names}.",
        "en": "Cause analysis: {names}.",
    },
    "no_cause_analysis": {
        "sv": "Styrdokumentet beskriver ingen orsaksanalys, varken som egen leverans eller som "
        "del av lägesbilden.",
        "en": "No cause analysis is among the deliverables, and the lägesbild is not stated to "
        "contain one.",
    },
    "no_agreements": {
        "sv": "Det finns inga överenskommelser att granska.",
        "en": "There are no agreements to review.",
    },
    "agreement_period": {
        "sv": "Överenskommelsen {name} anger sin giltighetsperiod.",
        "en": "The agreement {name} states its period.",
    },
    "agreement_no_period": {
        "sv": "Det är inte registrerat under vilken period överenskommelsen {name} gäller; Brå "
        "råder att överenskommelsen anger det.",
        "en": "The period of the agreement {name} is not recorded; Brå advises that the "
        "agreement states it.",
    },
    "steering": {
        "sv": "{name} samlar polisens och kommunens ledning.",
        "en": "{name} brings the police's and the municipality's leadership together.",
    },
    "steering_missing": {
        "sv": "Styrdokumentet beskriver ingen styrgrupp (eller något strategiskt råd) där både "
        "polisens och kommunens ledning (ledande befattningar) ingår.",
        "en": "There is no steering group (or council) with both police and municipal "
        "leadership (senior roles).",
    },
    "prep": {"sv": "Beredningsgrupp: {name}.", "en": "Preparatory group: {name}."},
    "prep_missing": {
        "sv": "Styrdokumentet beskriver ingen beredningsgrupp (Brå).",
        "en": "The steering document describes no preparatory group (Brå).",
    },
    "no_promises": {
        "sv": "Det finns inga medborgarlöften att granska.",
        "en": "There are no citizen promises to review.",
    },
    "promise_fu": {
        "sv": "{Name} har en uppföljning.",
        "en": "{Name} has a follow-up.",
    },
    "promise_no_fu": {
        "sv": "Det anges inte hur eller när {name} följs upp.",
        "en": "It is not stated how or when {name} is followed up.",
    },
}


def _measures(ctx: Context) -> list[tuple[int, Measure]]:
    return list(enumerate(ctx.g.measures))


_MISSING = Situation.MISSING_STEP


def _chain(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.measures:
        plans = ctx.of_kind(DeliverableKind.ATGARDSPLAN)
        path = ctx.path(plans[0].id) if plans else ("measures",)
        fix = ctx.say(M, "no_measures_fix")
        msg = ctx.say(M, "no_measures")
        yield Outcome(Verdict.EJ_BEDOMBART, path, msg, fix, situation=Situation.UNRECORDED)
        return
    for i, m in _measures(ctx):
        name = f'"{m.title}"'
        path = ("measures", i, "causes")
        if m.causes:
            causes = ", ".join(
                f'"{ctx.causes[c].description}"' for c in m.causes if c in ctx.causes
            )
            yield Outcome(
                Verdict.UPPFYLLT, path, ctx.say(M, "measure_cause", name=name, causes=causes)
            )
        else:
            msg = ctx.say(M, "measure_no_cause", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)


def _cause_problem(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.causes:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("causes",), ctx.say(M, "no_causes"))
        return
    for i, c in enumerate(ctx.g.causes):
        path = ("causes", i, "problems")
        if c.problems:
            problems = ctx.names(c.problems)
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "cause_problem", name=c.description, problems=problems),
            )
        else:
            msg = ctx.say(M, "cause_no_problem", name=c.description)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)


def _targeting(ctx: Context) -> dict[str, list[str]]:
    """Problem id → titles of the measures aimed at it through a cause."""
    out: dict[str, list[str]] = {}
    for m in ctx.g.measures:
        for c in m.causes:
            cause = ctx.causes.get(c)
            for p in cause.problems if cause else ():
                out.setdefault(p, []).append(f'"{m.title}"')
    return out


def _problem_in_lagesbild(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.problems:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("problems",), ctx.say(M, "no_problems"))
        return
    targeted = _targeting(ctx)
    for i, p in enumerate(ctx.g.problems):
        name = f'"{p.title}"'
        path = ("problems", i, "identified_in")
        source = ctx.deliverables.get(p.identified_in) if p.identified_in else None
        if source is not None and source.kind is DeliverableKind.LAGESBILD:
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "problem_in_lb", name=name, lb=ctx.name(source.id)),
            )
        elif source is not None:
            msg = ctx.say(M, "problem_not_lb", name=name, where=ctx.name(source.id))
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)
        else:
            aimed = targeted.get(p.id)
            extra = ctx.say(M, "targeted", measures=", ".join(aimed)) if aimed else ""
            msg = ctx.say(M, "problem_unsourced", name=name, targeted=extra)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)


def _column(field: str, ok: str, missing: str, ctx: Context) -> Iterator[Outcome]:
    """Every measure fills one of Brå's six columns (bound per column with partial)."""
    if not ctx.g.measures:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("measures",), ctx.say(M, "needs_measures"))
        return
    for i, m in _measures(ctx):
        name = f'"{m.title}"'
        value = _COLUMNS[field](m)
        path = ("measures", i, field)
        if value:
            params = {"name": name, "when": value, "owner": ctx.name(value)}
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, ok, **params))
        else:
            msg = ctx.say(M, missing, name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)


_COLUMNS: dict[str, Callable[[Measure], str | None]] = {
    "operative_goal": lambda m: m.operative_goal,
    "due": lambda m: str(m.due) if m.due else m.when,
    "owner": lambda m: m.owner,
    "follow_up": lambda m: m.follow_up,
}


def _prioritised(ctx: Context) -> list[tuple[int, str, str]]:
    return [(i, p.id, f'"{p.title}"') for i, p in enumerate(ctx.g.problems) if p.prioritised]


def _cause_per_problem(ctx: Context) -> Iterator[Outcome]:
    problems = _prioritised(ctx)
    if not problems:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("problems",), ctx.say(M, "no_prioritised"))
        return
    counts: dict[str, int] = {}
    for c in ctx.g.causes:
        for p in c.problems:
            counts[p] = counts.get(p, 0) + 1
    for i, pid, name in problems:
        n = counts.get(pid, 0)
        if n:
            yield Outcome(Verdict.UPPFYLLT, ("problems", i), ctx.say(M, "analysed", name=name, n=n))
        else:
            msg = ctx.say(M, "not_analysed", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, ("problems", i), msg, situation=_MISSING)


def _indicator_per_problem(ctx: Context) -> Iterator[Outcome]:
    problems = _prioritised(ctx)
    if not problems:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("problems",), ctx.say(M, "no_prioritised"))
        return
    # An indicator follows up a problem directly, or through a measure aimed at one of its causes.
    by_problem: dict[str, list[tuple[int, bool, str]]] = {}
    for j, ind in enumerate(ctx.g.indicators):
        reached = set(ind.problems)
        for mid in ind.measures:
            measure = ctx.measures.get(mid)
            for c in measure.causes if measure else ():
                cause = ctx.causes.get(c)
                reached.update(cause.problems if cause else ())
        for p in reached:
            by_problem.setdefault(p, []).append((j, ind.baseline is not None, ind.description))
    for i, pid, name in problems:
        found = by_problem.get(pid, [])
        with_baseline = [f for f in found if f[1]]
        if with_baseline:
            j, _, desc = with_baseline[0]
            yield Outcome(
                Verdict.UPPFYLLT, ("indicators", j), ctx.say(M, "indicator_ok", name=name, ind=desc)
            )
        elif found:
            j, _, desc = found[0]
            msg = ctx.say(M, "indicator_no_baseline", name=name, ind=desc)
            yield Outcome(Verdict.DELVIS, ("indicators", j, "baseline"), msg, situation=_MISSING)
        else:
            msg = ctx.say(M, "indicator_missing", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, ("problems", i), msg, situation=_MISSING)


def _cause_analysis(ctx: Context) -> Iterator[Outcome]:
    found = [
        d
        for d in ctx.g.deliverables
        if d.kind is DeliverableKind.ORSAKSANALYS
        or (d.kind is DeliverableKind.LAGESBILD and ContentPart.CAUSE_ANALYSIS in d.covers)
    ]
    if found:
        yield Outcome(
            Verdict.UPPFYLLT,
            ctx.path(found[0].id),
            ctx.say(M, "cause_analysis", names=ctx.names(d.id for d in found)),
        )
    else:
        msg = ctx.say(M, "no_cause_analysis")
        yield Outcome(Verdict.EJ_UPPFYLLT, ("deliverables",), msg, situation=_MISSING)


def _agreement_period(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.agreements:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("agreements",), ctx.say(M, "no_agreements"))
        return
    for a in ctx.g.agreements:
        p = a.period
        stated = p is not None and p.stated
        path = ctx.path(a.id, "period")
        if stated:
            yield Outcome(
                Verdict.UPPFYLLT, path, ctx.say(M, "agreement_period", name=ctx.name(a.id))
            )
        else:
            msg = ctx.say(M, "agreement_no_period", name=ctx.name(a.id))
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.OTHER_DOCUMENT)


def _steering_group(ctx: Context) -> Iterator[Outcome]:
    for b in ctx.active_bodies:
        if b.kind not in (BodyKind.STEERING_GROUP, BodyKind.STRATEGIC_COUNCIL):
            continue
        police = own = False
        for m in b.members:
            role = ctx.roles.get(m.role)
            if role is None or not role.senior or not m.seat:
                continue
            if ctx.org_kind(role.organisation) is OrganisationKind.POLICE:
                police = True
            elif ctx.is_own_role(role.id):
                own = True
        if police and own:
            yield Outcome(
                Verdict.UPPFYLLT, ctx.path(b.id, "members"), ctx.say(M, "steering", name=b.name)
            )
            return
    msg = ctx.say(M, "steering_missing")
    yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), msg, situation=_MISSING)


def _preparatory_group(ctx: Context) -> Iterator[Outcome]:
    for b in ctx.active_bodies:
        if b.kind is BodyKind.PREPARATORY_GROUP:
            yield Outcome(Verdict.UPPFYLLT, ctx.path(b.id), ctx.say(M, "prep", name=b.name))
            return
    msg = ctx.say(M, "prep_missing")
    yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), msg, situation=_MISSING)


def _promise_follow_up(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.citizen_promises:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("citizen_promises",), ctx.say(M, "no_promises"))
        return
    for i, p in enumerate(ctx.g.citizen_promises):
        name = ctx.name(p.id)
        if p.follow_up is not None or p.followed_up_by:
            msg = ctx.say(M, "promise_fu", Name=name[:1].upper() + name[1:])
            yield Outcome(Verdict.UPPFYLLT, ("citizen_promises", i), msg)
        else:
            msg = ctx.say(M, "promise_no_fu", name=name)
            path = ("citizen_promises", i, "follow_up")
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=_MISSING)


def _promise_period(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.citizen_promises:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("citizen_promises",), ctx.say(M, "no_promises"))
        return
    for i, p in enumerate(ctx.g.citizen_promises):
        name = ctx.name(p.id)
        what = name[:1].upper() + name[1:]
        path = ("citizen_promises", i, "period")
        yield period_state(ctx, what, p.period, p.id, path, adopted=p.adopted)


_GP = Strength.GOOD_PRACTICE
_D, _P = Level.DESIGN, Level.PRACTICE


def _rule(
    code: str,
    ref: LegalReference,
    level: Level,
    title: tuple[str, str],
    para: tuple[str, str],
    sat: tuple[str, str],
    fix: tuple[str, str],
    check: Check,
    action: tuple[str, str],
) -> Rule:
    return law_rule(
        code,
        ref,
        strength=_GP,
        level=level,
        duty=None,
        source=RuleSource.GUIDANCE,
        title=title,
        paraphrase=para,
        satisfied=sat,
        fix=fix,
        action=action,
        check=check,
    )


_PLAN = _bra("Upprätta åtgärdsplan", _PLAN_URL)

RULES: tuple[Rule, ...] = (
    _rule(
        "KBFA-B01",
        _PLAN,
        _P,
        ("Varje åtgärd riktar sig mot en orsak", "Every measure targets a cause"),
        (
            "Brå: åtgärderna ska riktas mot de orsaker som identifierats; varje åtgärd kopplas "
            "till en numrerad orsak.",
            "Brå: measures must target the identified causes; each is linked to a numbered cause.",
        ),
        (
            "Varje [[measures]] har minst en orsak i causes.",
            "Every [[measures]] entry lists at least one cause.",
        ),
        (
            "Koppla åtgärden till den orsak den ska påverka (causes), eller ta bort åtgärder som "
            "inte svarar mot något identifierat problem.",
            "Link the measure to the cause it addresses, or drop measures that answer no "
            "identified problem.",
        ),
        _chain,
        (
            "{Lead} låter förvaltningen koppla varje åtgärd i planen till den orsak den ska "
            "påverka (Brås råd).",
            "{Lead} has the administration link every measure in the plan to the cause it "
            "addresses (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B02",
        _bra("Gör en orsaksanalys", _CAUSE_URL),
        _P,
        ("Varje orsak förklarar ett problem", "Every cause explains a problem"),
        (
            "Brå: orsaksanalysen utgår från ett problem och förklarar varför det uppstår.",
            "Brå: a cause analysis starts from a problem and explains why it arises.",
        ),
        ("Varje [[causes]] anger minst ett problem.", "Every [[causes]] entry lists a problem."),
        (
            "Ange vilket problem orsaken förklarar (problems).",
            "State which problem the cause explains (problems).",
        ),
        _cause_problem,
        (
            "{Lead} låter förvaltningen ange vilket problem varje orsak förklarar (Brås råd).",
            "{Lead} has the administration state which problem each cause explains (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B03",
        _bra("Ta fram en kartläggning och lägesbild", _LB_URL),
        _P,
        ("Varje problem är identifierat i lägesbilden", "Every problem is in the lägesbild"),
        (
            "Brå: åtgärder ska svara mot problem som lägesbilden pekat ut. Brås uppföljningar "
            "visar att kommuners åtgärder ofta riktas mot problem som lägesbilden aldrig "
            "identifierat.",
            "Brå: measures must answer problems the lägesbild identified; Brå finds they often "
            "target problems it never identified.",
        ),
        (
            "Varje [[problems]] har identified_in = en lägesbild.",
            "Every [[problems]] entry has identified_in = a lägesbild.",
        ),
        (
            "Visa problemet i lägesbilden och ange identified_in, eller ompröva åtgärderna som "
            "riktas mot det.",
            "Show the problem in the lägesbild and set identified_in, or reconsider the measures "
            "aimed at it.",
        ),
        _problem_in_lagesbild,
        (
            "{Lead} ser till att varje problem som planen riktar sig mot finns i "
            "lägesbilden, eller prövar åtgärderna på nytt (Brås råd).",
            "{Lead} sees to it that every problem the plan addresses is in the situation "
            "report, or reconsiders the measures (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B04",
        _PLAN,
        _P,
        ("Varje åtgärd har ett operativt mål", "Every measure has an operative goal"),
        (
            "Brå: ett operativt mål per åtgärd, gärna SMART.",
            "Brå: one operative goal per measure, preferably SMART.",
        ),
        ("Varje [[measures]] har operative_goal.", "Every [[measures]] entry has operative_goal."),
        (
            "Formulera ett mätbart, tidsatt mål för åtgärden (operative_goal).",
            "Write a measurable, time-bound goal for the measure (operative_goal).",
        ),
        partial(_column, "operative_goal", "goal_ok", "goal_missing"),
        (
            "{Lead} låter förvaltningen formulera ett mätbart och tidsatt mål för varje "
            "åtgärd (Brås råd).",
            "{Lead} has the administration set a measurable, dated goal for each measure "
            "(Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B05",
        _PLAN,
        _P,
        ("Varje åtgärd har en tidpunkt", "Every measure has a time"),
        (
            "Brå: när åtgärden ska vara genomförd och i vilken ordning.",
            "Brå: when the measure is to be completed, and in which order.",
        ),
        (
            'Varje [[measures]] har due (datum) eller when (t.ex. "hösten 2026").',
            "Every [[measures]] entry has due or when.",
        ),
        (
            "Ange när åtgärden ska vara klar (due eller when).",
            "State when the measure is to be done (due or when).",
        ),
        partial(_column, "due", "when_ok", "when_missing"),
        (
            "{Lead} låter förvaltningen ange när varje åtgärd ska vara genomförd (Brås råd).",
            "{Lead} has the administration state when each measure is to be done (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B06",
        _PLAN,
        _P,
        ("Varje åtgärd har en ansvarig", "Every measure has an owner"),
        ("Brå: en ansvarig per åtgärd.", "Brå: one responsible person per measure."),
        ("Varje [[measures]] har owner (en roll).", "Every [[measures]] entry has an owner role."),
        (
            "Ange vilken roll som ansvarar för åtgärden (owner).",
            "Set the role responsible for the measure (owner).",
        ),
        partial(_column, "owner", "owner_ok", "owner_missing"),
        (
            "{Lead} utser vem som ansvarar för varje åtgärd (Brås råd).",
            "{Lead} appoints who is responsible for each measure (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B07",
        _PLAN,
        _P,
        ("Varje åtgärd har en uppföljning", "Every measure has a follow-up"),
        (
            "Brå: hur det följs upp att åtagandet genomförts, t.ex. grön/gul/röd status.",
            "Brå: how it is followed up that the commitment was met, e.g. a traffic-light status.",
        ),
        ("Varje [[measures]] har follow_up.", "Every [[measures]] entry has follow_up."),
        (
            "Beskriv hur och när åtgärden följs upp (follow_up).",
            "Describe how and when the measure is followed up (follow_up).",
        ),
        partial(_column, "follow_up", "fu_ok", "fu_missing"),
        (
            "{Lead} låter förvaltningen ange hur och när varje åtgärd följs upp (Brås råd).",
            "{Lead} has the administration state how and when each measure is followed up "
            "(Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B08",
        _bra("Gör en orsaksanalys", _CAUSE_URL),
        _P,
        ("Orsaksanalys för varje prioriterat problem", "A cause analysis per prioritised problem"),
        (
            "Brå: en orsaksanalys för varje prioriterat problem (situation, brottsutsatthet, "
            "gärningsperson).",
            "Brå: one cause analysis per prioritised problem.",
        ),
        (
            "Varje prioriterat [[problems]] har minst en [[causes]] som pekar på det.",
            "Every prioritised problem has at least one cause pointing to it.",
        ),
        (
            "Gör en orsaksanalys av problemet och för in orsakerna som [[causes]].",
            "Analyse the problem's causes and enter them as [[causes]].",
        ),
        _cause_per_problem,
        (
            "{Lead} ger förvaltningen i uppdrag att göra en orsaksanalys av problemen i "
            "lägesbilden (Brås råd).",
            "{Lead} instructs the administration to analyse the causes of the problems in "
            "the situation report (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B09",
        _bra("Följ upp arbetet", _FU_URL),
        _P,
        (
            "Indikator med utgångsvärde för varje prioriterat problem",
            "An indicator with a baseline per prioritised problem",
        ),
        (
            "Brå: uppföljning av effekt kräver ett utgångsläge (nollmätning) och tydliga mål.",
            "Brå: following up effects needs a baseline and clear goals.",
        ),
        (
            "Varje prioriterat problem följs upp av en [[indicators]] (direkt eller via en åtgärd) "
            "som har baseline.",
            "Every prioritised problem is followed up by an indicator with a baseline.",
        ),
        (
            "Lägg till en indikator för problemet med utgångsvärde (baseline) och målvärde.",
            "Add an indicator for the problem with a baseline and a target.",
        ),
        _indicator_per_problem,
        (
            "{Lead} låter förvaltningen knyta en indikator med utgångsvärde och målvärde "
            "till varje problem (Brås råd).",
            "{Lead} has the administration attach an indicator with a baseline and a target "
            "to each problem (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B10",
        _bra("Gör en orsaksanalys", _CAUSE_URL),
        _D,
        ("Orsaksanalys ingår i arbetet", "A cause analysis is part of the work"),
        (
            "Brå: lägesbilden kompletteras med en orsaksanalys; lagen kräver det inte.",
            "Brå: the lägesbild is complemented by a cause analysis; the law does not require it.",
        ),
        (
            "En leverans av slaget orsaksanalys, eller en lägesbild vars covers innehåller "
            '"cause_analysis".',
            'A cause-analysis deliverable, or a lägesbild covering "cause_analysis".',
        ),
        (
            "Beskriv vem som gör orsaksanalyser och när, som en [[deliverables]] med kind = "
            '"orsaksanalys".',
            'Describe who makes cause analyses and when, as a deliverable of kind "orsaksanalys".',
        ),
        _cause_analysis,
        (
            "{Lead} bestämmer vem som gör orsaksanalyserna och när (Brås råd).",
            "{Lead} decides who analyses causes, and when (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B11",
        _bra("Teckna samverkansöverenskommelse", _SO_URL),
        _D,
        ("Överenskommelser anger sin period", "Agreements state their period"),
        (
            "Brå: en samverkansöverenskommelse anger vilken period den gäller.",
            "Brå: a cooperation agreement states the period it covers.",
        ),
        (
            "Varje [[agreements]] har period (start/slut, tills vidare eller löpande år).",
            "Every [[agreements]] entry has a period.",
        ),
        ("Ange överenskommelsens period.", "State the agreement's period."),
        _agreement_period,
        (
            "{Lead} verkar för att varje överenskommelse anger vilken period den gäller "
            "(Brås råd).",
            "{Lead} works towards every agreement stating the period it covers (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B12",
        _bra("Skapa en organisation för arbetet", _ORG_URL),
        _D,
        (
            "Styrgrupp med polisens och kommunens ledning",
            "A steering group with police and municipal leadership",
        ),
        (
            "Brå: en styrgrupp med lokalpolisområdeschefen, kommunstyrelsens ordförande och "
            "kommundirektören ger mandat och förankring.",
            "Brå: a steering group with the police area chief, the executive board chair and the "
            "chief executive gives mandate and anchoring.",
        ),
        (
            "En styrgrupp eller ett strategiskt råd med minst en ledande befattning från polisen "
            "och en från kommunen (senior = true).",
            "A steering group or council with a senior police role and a senior municipal role.",
        ),
        (
            "Beskriv styrgruppen med polisens och kommunens ledning som ledamöter och markera "
            "rollerna med senior = true.",
            "Describe the steering group with police and municipal leaders, marked senior.",
        ),
        _steering_group,
        (
            "{Lead} överväger en styrgrupp där kommunens och polisens ledning ingår (Brås råd).",
            "{Lead} considers a steering group of the municipality's and the police's "
            "leadership (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B13",
        _bra("Skapa en organisation för arbetet", _ORG_URL),
        _D,
        ("Beredningsgrupp finns", "A preparatory group exists"),
        (
            "Brå: en beredningsgrupp (förvaltningschefer, kommunpolis, samordnare) planerar, "
            "utformar och följer upp arbetet och tillsätter arbetsgrupper.",
            "Brå: a preparatory group plans, designs and follows up the work.",
        ),
        ('Ett organ med kind = "preparatory_group".', 'A body of kind "preparatory_group".'),
        (
            'Beskriv beredningsgruppen i [[bodies]] (kind = "preparatory_group").',
            "Describe the preparatory group in [[bodies]].",
        ),
        _preparatory_group,
        (
            "{Lead} överväger en beredningsgrupp som förbereder frågorna för styrgruppen "
            "eller rådet (Brås råd).",
            "{Lead} considers a preparatory group that prepares matters for the steering "
            "group or council (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B14",
        _bra("Formulera medborgarlöften", _ML_URL),
        _D,
        ("Medborgarlöften följs upp", "Citizen promises are followed up"),
        (
            "Brå: ett medborgarlöfte har en uppföljning med datum.",
            "Brå: a citizen promise has a dated follow-up.",
        ),
        (
            "Varje [[citizen_promises]] har follow_up eller followed_up_by.",
            "Every citizen promise has follow_up or followed_up_by.",
        ),
        (
            "Ange när och av vem medborgarlöftet följs upp.",
            "State when and by whom the promise is followed up.",
        ),
        _promise_follow_up,
        (
            "{Lead} bestämmer tillsammans med polisen när och av vem medborgarlöftet följs "
            "upp (Brås råd).",
            "{Lead} decides with the police when and by whom the citizen promise is followed "
            "up (Brå's advice).",
        ),
    ),
    _rule(
        "KBFA-B15",
        _bra("Formulera medborgarlöften", _ML_URL),
        _P,
        ("Medborgarlöftena gäller", "The citizen promises are current"),
        (
            "Brå: medborgarlöften gäller en period och förnyas ofta årligen.",
            "Brå: citizen promises cover a period and are often renewed yearly.",
        ),
        (
            "Bedömningsdagen ligger inom löftets period, eller inom den löpande perioden från "
            'senaste belägg ("signed"/"adopted").',
            "The evaluation date lies within the promise's period.",
        ),
        (
            'Förnya medborgarlöftet och registrera det som [[evidence]] (kind = "signed").',
            'Renew the promise and record it as evidence (kind = "signed").',
        ),
        _promise_period,
        (
            "{Lead} förnyar medborgarlöftet tillsammans med polisen (Brås råd).",
            "{Lead} renews the citizen promise together with the police (Brå's advice).",
        ),
    ),
)
