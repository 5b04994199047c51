"""Coordination, the strategic council, the coordination function and leadership: 8–13 §§.

References (lag 2023:196):
- 8 §: the municipality coordinates crime prevention in its area, https://lagen.nu/2023:196#P8
- 9 §: work for written cooperation agreements stating purposes and areas
- 10 §: work for a strategic council led by the municipality, senior representatives
- 11 §: a coordination function; 12 § 1–3 p.: its tasks
- 13 §: kommunstyrelsen (or a nämnd chosen by fullmäktige) leads and reports to fullmäktige
- 2 §: the general duty, carried out through the tasks of 4–13 §§ (a summary rule)
"""

from __future__ import annotations

from collections.abc import Iterator

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text, label, period_text, term_text
from kbfa.model import (
    Body,
    BodyKind,
    EvidenceKind,
    Period,
    RequirementKind,
    Strength,
    Task12,
)
from kbfa.rules._context import Context
from kbfa.rules._rule import Check, Outcome, Rule, RuleSource, law, law_rule
from kbfa.rules._time import add_months, per_year
from kbfa.rules._verdicts import Level, Verdict, coverage

__all__ = ["COORDINATION_RULES", "SUMMARY_RULES", "council", "period_state", "period_words"]

M: Catalogue = {
    "forums": {
        "sv": "Kommunen samverkar med andra aktörer i {names}.",
        "en": "The municipality works with other actors in {names}.",
    },
    "no_forums": {
        "sv": "Inget organ eller grupp där kommunen samordnar arbetet med andra aktörer "
        "(t.ex. polisen) finns beskrivet.",
        "en": "No body or group where the municipality coordinates the work with other actors "
        "(e.g. the police) is described.",
    },
    "members_unnamed": {
        "sv": "Vilka andra aktörer som deltar i {name} går inte att se: inga av deras roller "
        'finns bland deltagarna, men konfigurationen noterar "{note}"',
        "en": "Which other actors take part in {name} cannot be seen: none of their roles are "
        'among the members, but the config notes "{note}"',
    },
    "agreements": {
        "sv": "Skriftliga samverkansöverenskommelser: {names}.",
        "en": "Written cooperation agreements: {names}.",
    },
    "agreements_effort": {
        "sv": "Inga skriftliga överenskommelser finns inlagda, men styrdokumentet ställer krav "
        "på dem ({reqs}); registrera överenskommelserna när de finns.",
        "en": "No written agreements are entered, but the steering document requires them "
        "({reqs}); add the agreements once they exist.",
    },
    "no_agreements": {
        "sv": "Det finns inga skriftliga samverkansöverenskommelser och inget som visar att "
        "kommunen verkar för sådana.",
        "en": "There are no written cooperation agreements and nothing showing the municipality "
        "works towards them.",
    },
    "no_agreement_items": {
        "sv": "Det finns inga överenskommelser att bedöma.",
        "en": "There are no agreements to assess.",
    },
    "agreement_ok": {
        "sv": "Överenskommelsen {name} är skriftlig och anger syften och områden.",
        "en": "The agreement {name} is written and states purposes and areas.",
    },
    "agreement_not_written": {
        "sv": "Överenskommelsen {name} är inte skriftlig.",
        "en": "The agreement {name} is not written.",
    },
    "agreement_lacks": {
        "sv": "Överenskommelsen {name} anger inte {what}.",
        "en": "The agreement {name} does not state {what}.",
    },
    "w_purposes": {"sv": "syften", "en": "purposes"},
    "w_areas": {"sv": "områden", "en": "areas"},
    "w_and": {"sv": " och ", "en": " and "},
    "period_valid": {
        "sv": "{what} gäller {period}.",
        "en": "{what} is valid {period}.",
    },
    "period_expired": {
        "sv": "{what} gällde till {end} och har löpt ut.",
        "en": "{what} was valid until {end} and has expired.",
    },
    "period_future": {
        "sv": "{what} börjar gälla först {start}.",
        "en": "{what} only takes effect on {start}.",
    },
    "period_rolling": {
        "sv": "{what} gäller {length} från {date} ({ref}), till och med {end}.",
        "en": "{what} runs {length} from {date} ({ref}), until {end}.",
    },
    "period_rolling_expired": {
        "sv": "{what} gällde {length} från {date} ({ref}), till och med {end}, och har löpt ut.",
        "en": "{what} ran {length} from {date} ({ref}), until {end}, and has expired.",
    },
    "period_rolling_none": {
        "sv": "{what} gäller {length} åt gången, men inget belägg visar när den senast "
        "undertecknades eller beslutades.",
        "en": "{what} runs {length} at a time, but no record shows when it was last "
        "signed or adopted.",
    },
    "period_missing": {
        "sv": "Det anges inte under vilken period {what} gäller.",
        "en": "It is not stated for which period {what} is valid.",
    },
    "council": {
        "sv": "Strategiskt råd: {name}.",
        "en": "Strategic council: {name}.",
    },
    "council_steering": {
        "sv": "Det finns inget organ som kallas strategiskt råd, men {name} samlar kommunen och "
        "andra aktörer kring strategiska frågor och bedöms fylla rådets funktion.",
        "en": "No body is called a strategic council, but {name} brings the municipality and "
        "other actors together on strategic questions and is taken to serve as the council.",
    },
    "no_council": {
        "sv": "Det finns inget strategiskt råd (eller styrgrupp med andra aktörer) för de "
        "strategiska brottsförebyggande frågorna.",
        "en": "There is no strategic council (or steering group with other actors) for the "
        "strategic crime-prevention questions.",
    },
    "needs_council": {
        "sv": "Det finns inget strategiskt råd att bedöma (se KBFA-L10A).",
        "en": "There is no strategic council to assess (see KBFA-L10A).",
    },
    "council_chair": {
        "sv": "{name} leds av {chair}, som företräder kommunen.",
        "en": "{name} is chaired by {chair}, who represents the municipality.",
    },
    "council_convener": {
        "sv": "{name} har ingen angiven ordförande men sammankallas av {who}, som företräder "
        "kommunen.",
        "en": "{name} has no stated chair but is convened by {who}, who represents the "
        "municipality.",
    },
    "council_external_chair": {
        "sv": "{name} leds av {chair}, som inte företräder kommunen.",
        "en": "{name} is chaired by {chair}, who does not represent the municipality.",
    },
    "council_no_lead": {
        "sv": "Det anges inte vem som leder {name}.",
        "en": "It is not stated who leads {name}.",
    },
    "council_actors": {
        "sv": "I {name} deltar även {orgs}.",
        "en": "{orgs} also take part in {name}.",
    },
    "council_only_own": {
        "sv": "I {name} deltar bara kommunen själv, inga andra relevanta aktörer.",
        "en": "Only the municipality itself takes part in {name}, no other relevant actors.",
    },
    "senior_all": {
        "sv": "Alla andra aktörer i {name} företräds av någon i ledande befattning.",
        "en": "Every other actor in {name} is represented by someone in a senior position.",
    },
    "senior_missing": {
        "sv": "Det anges inte att {orgs} företräds av någon i ledande befattning i {name}.",
        "en": "{orgs} are not stated to be represented by someone in a senior position in {name}.",
    },
    "senior_none_external": {
        "sv": "Inga andra aktörer än kommunen deltar i {name} (se KBFA-L10C).",
        "en": "No actors other than the municipality take part in {name} (see KBFA-L10C).",
    },
    "function": {
        "sv": "Samordningsfunktionen innehas av {who}.",
        "en": "The coordination function is held by {who}.",
    },
    "function_unassigned": {
        "sv": "En samordningsfunktion beskrivs, men det anges inte vem som har den.",
        "en": "A coordination function is described, but not who holds it.",
    },
    "no_function": {
        "sv": "Det finns ingen samordningsfunktion för det brottsförebyggande arbetet.",
        "en": "There is no coordination function for the crime-prevention work.",
    },
    "needs_function": {
        "sv": "Det finns ingen samordningsfunktion att bedöma (se KBFA-L11A).",
        "en": "There is no coordination function to assess (see KBFA-L11A).",
    },
    "task_ok": {
        "sv": "Samordningsfunktionens uppgifter omfattar att {task}.",
        "en": "The coordination function's tasks include to {task}.",
    },
    "task_missing": {
        "sv": "Det anges inte att samordningsfunktionen ska {task}.",
        "en": "The coordination function is not stated to {task}.",
    },
    "task_fix": {
        "sv": 'Ge samordningsfunktionen uppgiften i styrdokumentet och lägg till "{key}" i '
        "[coordination].tasks.",
        "en": 'Give the function the task in the steering document and add "{key}" to '
        "[coordination].tasks.",
    },
    "lead_board": {
        "sv": "{name} leder arbetet.",
        "en": "{name} leads the work.",
    },
    "lead_inferred": {
        "sv": "{name} anges som ansvarigt politiskt organ för styrdokumentet och bedöms leda "
        "arbetet; det finns ingen uttrycklig [leadership].",
        "en": "{name} is the political body responsible for the steering document and is taken "
        "to lead the work; there is no explicit [leadership].",
    },
    "lead_committee": {
        "sv": "{name} leder arbetet efter beslut av fullmäktige ({decision}).",
        "en": "{name} leads the work by decision of the assembly ({decision}).",
    },
    "lead_committee_no_kf": {
        "sv": "{name} leder arbetet, men det anges inget beslut av fullmäktige om att nämnden "
        "ska göra det.",
        "en": "{name} leads the work, but no assembly decision giving it that role is stated.",
    },
    "lead_wrong": {
        "sv": "{name} leder arbetet, men det är varken kommunstyrelsen eller en nämnd.",
        "en": "{name} leads the work, but it is neither the executive board nor a committee.",
    },
    "no_lead": {
        "sv": "Det anges inte vilket organ (kommunstyrelsen eller en nämnd) som leder arbetet.",
        "en": "It is not stated which body (the executive board or a committee) leads the work.",
    },
    "reports": {
        "sv": "{name} rapporterar till {to}.",
        "en": "{name} reports to {to}.",
    },
    "no_reports": {
        "sv": "Det anges inte att arbetet rapporteras till kommunfullmäktige.",
        "en": "It is not stated that the work is reported to the municipal assembly.",
    },
    "needs_reports": {
        "sv": "Det finns ingen rapportering till fullmäktige att bedöma (se KBFA-L13B).",
        "en": "There is no reporting to the assembly to assess (see KBFA-L13B).",
    },
    "report_often": {
        "sv": "Rapporteringen till fullmäktige sker {how}, minst var {months}:e månad.",
        "en": "Reporting to the assembly happens {how}, at least every {months} months.",
    },
    "report_rare": {
        "sv": "Rapporteringen till fullmäktige sker {how}, mer sällan än var {months}:e månad.",
        "en": "Reporting to the assembly happens {how}, less often than every {months} months.",
    },
    "report_unspecified": {
        "sv": "Rapporteringen till fullmäktige anges som kontinuerlig men utan takt, så det går "
        "inte att se att den sker minst var {months}:e månad.",
        "en": "Reporting to the assembly is called continuous but has no cadence, so it cannot "
        "be seen to happen at least every {months} months.",
    },
    "reported_recent": {
        "sv": "Senaste rapporten till fullmäktige: {date} ({ref}).",
        "en": "Latest report to the assembly: {date} ({ref}).",
    },
    "reported_old": {
        "sv": "Senaste rapporten till fullmäktige är från {date} ({ref}), mer än {months} "
        "månader före {as_of}.",
        "en": "The latest report to the assembly is from {date} ({ref}), more than {months} "
        "months before {as_of}.",
    },
    "reported_none": {
        "sv": "Ingen rapport till fullmäktige finns registrerad som belägg.",
        "en": "No report to the assembly is recorded as evidence.",
    },
    "general_ok": {
        "sv": "Alla ska-krav i 4–13 §§ som kan bedömas är uppfyllda.",
        "en": "Every must-duty of ss. 4–13 that can be assessed is met.",
    },
    "general_gaps": {
        "sv": "Kommunen utför inte alla uppgifter i lagen: se {codes}.",
        "en": "The municipality does not carry out every task of the law: see {codes}.",
    },
    "general_unknown": {
        "sv": "Alla ska-krav som kan bedömas är uppfyllda, men {codes} kan inte bedömas utan "
        "belägg.",
        "en": "Every assessable must-duty is met, but {codes} cannot be assessed without evidence.",
    },
}

#: Body kinds that are the municipality's own political bodies.
_OWN_POLITICAL = frozenset(
    {BodyKind.ASSEMBLY, BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.PRESIDIUM}
)
_TASK_POINT = {Task12.COORDINATE_SUPPORT: "1", Task12.CONTACT_POINT: "2", Task12.INFORM_PUBLIC: "3"}


def _external_orgs(ctx: Context, body: Body) -> list[str]:
    """Organisations other than the municipality with a seat in ``body``, in order of seats."""
    out: list[str] = []
    for m in body.members:
        org = ctx.role_org(m.role)
        if org is not None and not ctx.is_own(org) and org not in out:
            out.append(org)
    return out


# -- 8 § ------------------------------------------------------------------


def _coordinates(ctx: Context) -> Iterator[Outcome]:
    forums = [b for b in ctx.g.bodies if _external_orgs(ctx, b)]
    if forums:
        names = ctx.names(b.id for b in forums)
        yield Outcome(Verdict.UPPFYLLT, ctx.path(forums[0].id), ctx.say(M, "forums", names=names))
        return
    # A document may say partners take part without naming them (members_note).
    noted = [b for b in ctx.g.bodies if b.members_note]
    if noted:
        b = noted[0]
        msg = ctx.say(M, "members_unnamed", name=b.name, note=b.members_note)
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(b.id, "members_note"), msg)
        return
    yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), ctx.say(M, "no_forums"))


# -- 9 § ------------------------------------------------------------------

_AGREEMENT_KINDS = frozenset(
    {
        RequirementKind.AGREEMENT_WRITTEN,
        RequirementKind.AGREEMENT_CONTENTS,
        RequirementKind.AGREEMENT_SIGNATORIES,
        RequirementKind.PARTNER_CATEGORIES,
    }
)


def _agreements_exist(ctx: Context) -> Iterator[Outcome]:
    written = [
        a for a in ctx.g.agreements if a.written and any(not ctx.is_own(p) for p in a.parties)
    ]
    if written:
        names = ctx.names(a.id for a in written)
        yield Outcome(
            Verdict.UPPFYLLT, ctx.path(written[0].id), ctx.say(M, "agreements", names=names)
        )
        return
    effort = [r for r in ctx.g.requirements if r.kind in _AGREEMENT_KINDS]
    if effort:
        reqs = ", ".join(f'"{r.source}"' for r in effort[:1]) if effort else ""
        msg = ctx.say(M, "agreements_effort", reqs=reqs)
        yield Outcome(Verdict.DELVIS, ctx.path(effort[0].id), msg)
    else:
        yield Outcome(Verdict.EJ_UPPFYLLT, ("agreements",), ctx.say(M, "no_agreements"))


def _agreement_contents(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.agreements:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("agreements",), ctx.say(M, "no_agreement_items"))
        return
    for a in ctx.g.agreements:
        name = ctx.name(a.id)
        if not a.written:
            msg = ctx.say(M, "agreement_not_written", name=name)
            yield Outcome(Verdict.EJ_UPPFYLLT, ctx.path(a.id, "written"), msg)
            continue
        lacks = [k for k, v in (("purposes", a.purposes), ("areas", a.areas)) if not v]
        if not lacks:
            yield Outcome(Verdict.UPPFYLLT, ctx.path(a.id), ctx.say(M, "agreement_ok", name=name))
            continue
        what = ctx.say(M, "w_and").join(ctx.say(M, f"w_{k}") for k in lacks)
        verdict = Verdict.DELVIS if len(lacks) == 1 else Verdict.EJ_UPPFYLLT
        yield Outcome(
            verdict, ctx.path(a.id, lacks[0]), ctx.say(M, "agreement_lacks", name=name, what=what)
        )


def period_state(
    ctx: Context,
    what: str,
    period: Period | None,
    subject: str,
    path: tuple[str | int, ...],
) -> Outcome:
    """Whether something with a period (agreement, promise, document) is valid on the date."""
    if period is None or not period.stated:
        return Outcome(Verdict.EJ_BEDOMBART, path, ctx.say(M, "period_missing", what=what))
    if period.end is not None and period.end < ctx.as_of:
        return Outcome(
            Verdict.EJ_UPPFYLLT,
            (*path, "end"),
            ctx.say(M, "period_expired", what=what, end=period.end),
        )
    if period.start is not None and period.start > ctx.as_of:
        return Outcome(
            Verdict.EJ_UPPFYLLT,
            (*path, "start"),
            ctx.say(M, "period_future", what=what, start=period.start),
        )
    if period.rolling:
        length = term_text(period, ctx.lang)
        records = ctx.evidence(subject, EvidenceKind.SIGNED, EvidenceKind.ADOPTED)
        if not records and period.start is None:
            msg = ctx.say(M, "period_rolling_none", what=what, length=length)
            return Outcome(Verdict.EJ_BEDOMBART, path, msg)
        latest = max((r.date for r in records), default=period.start or ctx.as_of)
        ref = next((r.reference for r in reversed(records) if r.date == latest), "start")
        # The term's last day (inclusive), counted the same way as the årshjul's expiry.
        end = period.term_end(latest)
        assert end is not None  # a rolling period has terms
        params = {
            "what": what,
            "length": length,
            "date": latest,
            "ref": ref,
            "end": end,
        }
        if end < ctx.as_of:
            return Outcome(
                Verdict.EJ_UPPFYLLT, path, ctx.say(M, "period_rolling_expired", **params)
            )
        return Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "period_rolling", **params))
    return Outcome(
        Verdict.UPPFYLLT,
        path,
        ctx.say(M, "period_valid", what=what, period=period_words(ctx, period)),
    )


def period_words(ctx: Context, period: Period) -> str:
    """A period in the reader's words (:func:`kbfa.i18n.terms.period_text`)."""
    return period_text(period, ctx.lang)


def _agreement_periods(ctx: Context) -> Iterator[Outcome]:
    if not ctx.g.agreements:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("agreements",), ctx.say(M, "no_agreement_items"))
        return
    for a in ctx.g.agreements:
        what = ("Överenskommelsen " if ctx.lang == "sv" else "The agreement ") + ctx.name(a.id)
        yield period_state(ctx, what, a.period, a.id, ctx.path(a.id, "period"))


# -- 10 § -----------------------------------------------------------------


def council(ctx: Context) -> tuple[Body, bool] | None:
    """The strategic council, and whether it is one by name (not a steering group serving as one).

    An existing local council or steering group can serve as the strategiskt råd
    (reference file 3.10): the first body of kind strategic_council, else the first
    steering group in which other actors than the municipality take part.
    """
    for b in ctx.g.bodies:
        if b.kind is BodyKind.STRATEGIC_COUNCIL:
            return b, True
    for b in ctx.g.bodies:
        if b.kind is BodyKind.STEERING_GROUP and _external_orgs(ctx, b):
            return b, False
    return None


def _council_exists(ctx: Context) -> Iterator[Outcome]:
    found = council(ctx)
    if found is None:
        yield Outcome(Verdict.EJ_UPPFYLLT, ("bodies",), ctx.say(M, "no_council"))
        return
    body, named = found
    key = "council" if named else "council_steering"
    yield Outcome(Verdict.UPPFYLLT, ctx.path(body.id), ctx.say(M, key, name=body.name))


def _council_led(ctx: Context) -> Iterator[Outcome]:
    found = council(ctx)
    if found is None:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    body = found[0]
    if body.chair is not None:
        path = ctx.path(body.id, "chair")
        if ctx.is_own(ctx.role_org(body.chair)):
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "council_chair", name=body.name, chair=ctx.name(body.chair)),
            )
        else:
            msg = ctx.say(M, "council_external_chair", name=body.name, chair=ctx.name(body.chair))
            yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)
        return
    if body.convener is not None and ctx.is_own(ctx.role_org(body.convener)):
        msg = ctx.say(M, "council_convener", name=body.name, who=ctx.name(body.convener))
        yield Outcome(Verdict.UPPFYLLT, ctx.path(body.id, "convener"), msg)
        return
    yield Outcome(
        Verdict.EJ_UPPFYLLT,
        ctx.path(body.id, "chair"),
        ctx.say(M, "council_no_lead", name=body.name),
    )


def _council_actors(ctx: Context) -> Iterator[Outcome]:
    found = council(ctx)
    if found is None:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    body = found[0]
    orgs = _external_orgs(ctx, body)
    path = ctx.path(body.id, "members")
    if orgs:
        msg = ctx.say(M, "council_actors", name=body.name, orgs=ctx.names(orgs))
        yield Outcome(Verdict.UPPFYLLT, path, msg)
    elif body.members_note:
        msg = ctx.say(M, "members_unnamed", name=body.name, note=body.members_note)
        yield Outcome(Verdict.EJ_BEDOMBART, ctx.path(body.id, "members_note"), msg)
    else:
        yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "council_only_own", name=body.name))


def _council_senior(ctx: Context) -> Iterator[Outcome]:
    found = council(ctx)
    if found is None:
        yield Outcome(Verdict.EJ_TILLAMPLIG, ("bodies",), ctx.say(M, "needs_council"))
        return
    body = found[0]
    orgs = _external_orgs(ctx, body)
    path = ctx.path(body.id, "members")
    if not orgs:
        yield Outcome(
            Verdict.EJ_TILLAMPLIG, path, ctx.say(M, "senior_none_external", name=body.name)
        )
        return
    senior_orgs = {
        ctx.role_org(m.role)
        for m in body.members
        if (r := ctx.roles.get(m.role)) is not None and r.senior
    }
    missing = [o for o in orgs if o not in senior_orgs]
    if not missing:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "senior_all", name=body.name))
        return
    verdict = coverage(len(missing), len(orgs))
    yield Outcome(
        verdict, path, ctx.say(M, "senior_missing", name=body.name, orgs=ctx.names(missing))
    )


# -- 11–12 §§ -------------------------------------------------------------


def _function(ctx: Context) -> Iterator[Outcome]:
    c = ctx.g.coordination
    if c is None:
        yield Outcome(Verdict.EJ_UPPFYLLT, ("coordination",), ctx.say(M, "no_function"))
        return
    holders = [*c.held_by, *([c.body] if c.body else [])]
    if holders:
        yield Outcome(
            Verdict.UPPFYLLT,
            ("coordination", "held_by"),
            ctx.say(M, "function", who=ctx.names(holders)),
        )
    elif c.organisation:
        yield Outcome(
            Verdict.UPPFYLLT,
            ("coordination", "organisation"),
            ctx.say(M, "function", who=ctx.name(c.organisation)),
        )
    else:
        yield Outcome(Verdict.DELVIS, ("coordination",), ctx.say(M, "function_unassigned"))


def _task(task: Task12) -> Check:
    def check(ctx: Context) -> Iterator[Outcome]:
        c = ctx.g.coordination
        if c is None:
            yield Outcome(Verdict.EJ_BEDOMBART, ("coordination",), ctx.say(M, "needs_function"))
            return
        words = label(task, ctx.lang)
        path = ("coordination", "tasks")
        if task in c.tasks:
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "task_ok", task=words))
        else:
            fix = ctx.say(M, "task_fix", key=task.value)
            yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "task_missing", task=words), fix)

    return check


# -- 13 § -----------------------------------------------------------------


def _leading_body(ctx: Context) -> Iterator[Outcome]:
    lead = ctx.g.leadership
    if lead is None:
        doc = ctx.g.steering_document
        body = ctx.bodies.get(doc.responsible_body) if doc and doc.responsible_body else None
        if body is not None and body.kind is BodyKind.EXECUTIVE_BOARD:
            path = ("steering_document", "responsible_body")
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "lead_inferred", name=body.name))
            return
        yield Outcome(Verdict.EJ_UPPFYLLT, ("leadership",), ctx.say(M, "no_lead"))
        return
    body = ctx.bodies.get(lead.body)
    path = ("leadership", "body")
    name = body.name if body else lead.body
    if body is not None and body.kind is BodyKind.EXECUTIVE_BOARD:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "lead_board", name=name))
    elif body is not None and body.kind is BodyKind.COMMITTEE:
        if lead.kf_decision:
            yield Outcome(
                Verdict.UPPFYLLT,
                path,
                ctx.say(M, "lead_committee", name=name, decision=lead.kf_decision),
            )
        else:
            yield Outcome(
                Verdict.DELVIS,
                ("leadership", "kf_decision"),
                ctx.say(M, "lead_committee_no_kf", name=name),
            )
    else:
        yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "lead_wrong", name=name))


def _assembly_lines(ctx: Context) -> list[tuple[int, str]]:  # (index, body id)
    """Reporting lines of the leadership that go to an assembly: (index, body id)."""
    lead = ctx.g.leadership
    if lead is None:
        return []
    out: list[tuple[int, str]] = []
    for i, r in enumerate(lead.reporting):
        body = ctx.bodies.get(r.to)
        if (body is not None and body.kind is BodyKind.ASSEMBLY) or r.to == lead.assembly:
            out.append((i, r.to))
    return out


def _reports_to_assembly(ctx: Context) -> Iterator[Outcome]:
    lines = _assembly_lines(ctx)
    if not lines:
        path = ("leadership", "reporting") if ctx.g.leadership else ("leadership",)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "no_reports"))
        return
    assert ctx.g.leadership is not None
    i, to = lines[0]
    name = ctx.name(ctx.g.leadership.body)
    yield Outcome(
        Verdict.UPPFYLLT,
        ("leadership", "reporting", i),
        ctx.say(M, "reports", name=name, to=ctx.name(to)),
    )


def _report_frequency(ctx: Context) -> Iterator[Outcome]:
    lines = _assembly_lines(ctx)
    months = ctx.g.settings.report_interval_months
    if not lines:
        yield Outcome(Verdict.EJ_BEDOMBART, ("leadership",), ctx.say(M, "needs_reports"))
        return
    assert ctx.g.leadership is not None
    reporting = ctx.g.leadership.reporting
    timed = [(i, c) for i, _ in lines for c in [reporting[i].cadence] if c is not None]
    if not timed:
        i = lines[0][0]
        yield Outcome(
            Verdict.DELVIS,
            ("leadership", "reporting", i),
            ctx.say(M, "report_unspecified", months=months),
        )
        return
    i, cadence = max(timed, key=lambda t: per_year(t[1]))
    how = cadence_text(cadence, ctx.lang)
    path = ("leadership", "reporting", i, "cadence")
    if per_year(cadence) * months / 12 >= 1 - 1e-9:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "report_often", how=how, months=months))
    else:
        yield Outcome(Verdict.EJ_UPPFYLLT, path, ctx.say(M, "report_rare", how=how, months=months))


def _reported(ctx: Context) -> Iterator[Outcome]:
    months = ctx.g.settings.report_interval_months
    records = ctx.evidence_of_kind(EvidenceKind.REPORTED)
    if not records:
        yield Outcome(
            Verdict.EJ_BEDOMBART,
            ("leadership",),
            ctx.say(M, "reported_none"),
        )
        return
    last = records[-1]
    path = ctx.evidence_path(last)
    if add_months(last.date, months) >= ctx.as_of:
        yield Outcome(
            Verdict.UPPFYLLT,
            path,
            ctx.say(M, "reported_recent", date=last.date, ref=last.reference),
        )
    else:
        msg = ctx.say(
            M, "reported_old", date=last.date, ref=last.reference, months=months, as_of=ctx.as_of
        )
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg)


# -- 2 § (summary) --------------------------------------------------------


def _general(ctx: Context) -> Iterator[Outcome]:
    # Reads the verdicts of the rules evaluated before it: the must-duties of 4–13 §§.
    gaps: list[str] = []
    unknown: list[str] = []
    for code, verdicts in ctx.verdicts.items():
        if code not in _MUST_CODES:
            continue
        if any(v in (Verdict.EJ_UPPFYLLT, Verdict.DELVIS) for v in verdicts):
            gaps.append(code)
        elif Verdict.EJ_BEDOMBART in verdicts:
            unknown.append(code)
    if gaps:
        yield Outcome(Verdict.DELVIS, (), ctx.say(M, "general_gaps", codes=", ".join(gaps)))
    elif unknown:
        yield Outcome(
            Verdict.EJ_BEDOMBART, (), ctx.say(M, "general_unknown", codes=", ".join(unknown))
        )
    else:
        yield Outcome(Verdict.UPPFYLLT, (), ctx.say(M, "general_ok"))


_D, _P = Level.DESIGN, Level.PRACTICE
_MUST = Strength.MUST
_BEST = Strength.BEST_EFFORT


def _task_rule(code: str, task: Task12, title: tuple[str, str], para: tuple[str, str]) -> Rule:
    return law_rule(
        code,
        law(12, _TASK_POINT[task]),
        strength=_MUST,
        level=_D,
        duty="11-12",
        title=title,
        paraphrase=para,
        satisfied=(
            f'[coordination].tasks innehåller "{task.value}".',
            f'[coordination].tasks includes "{task.value}".',
        ),
        fix=(
            f'Ge samordningsfunktionen uppgiften i styrdokumentet och lägg till "{task.value}" '
            "i [coordination].tasks.",
            f'Give the function the task in the steering document and add "{task.value}" to '
            "[coordination].tasks.",
        ),
        check=_task(task),
    )


COORDINATION_RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L8A",
        law(8),
        strength=_MUST,
        level=_D,
        duty="8",
        title=("Kommunen samordnar arbetet i kommunen", "The municipality coordinates the work"),
        paraphrase=(
            "Kommunen ansvarar för att samordna det brottsförebyggande arbetet inom sitt "
            "geografiska område, enligt 9 och 10 §§.",
            "The municipality is responsible for coordinating crime prevention in its area, "
            "in line with ss. 9 and 10.",
        ),
        satisfied=(
            "Minst ett organ eller en grupp där roller från andra organisationer än kommunen "
            "(t.ex. polisen) deltar.",
            "At least one body in which roles from organisations other than the municipality "
            "(e.g. the police) take part.",
        ),
        fix=(
            "Beskriv i [[bodies]] de forum där kommunen samordnar arbetet med polisen och andra "
            "aktörer, med deras deltagare.",
            "Describe in [[bodies]] the forums where the municipality coordinates with the police "
            "and other actors, with their members.",
        ),
        check=_coordinates,
    ),
    law_rule(
        "KBFA-L9A",
        law(9),
        strength=_BEST,
        level=_D,
        duty="9",
        title=(
            "Kommunen verkar för skriftliga samverkansöverenskommelser",
            "The municipality works for written cooperation agreements",
        ),
        paraphrase=(
            "Kommunen ska verka för att skriftliga överenskommelser om samverkan ingås med "
            "relevanta aktörer. Det är en skyldighet att försöka, inte att lyckas.",
            "The municipality must work towards written cooperation agreements with relevant "
            "actors: a duty to try, not to succeed.",
        ),
        satisfied=(
            "Minst en skriftlig överenskommelse med en annan aktör. Krav på överenskommelser i "
            "styrdokumentet räknas som delvis (ansträngning utan överenskommelse).",
            "At least one written agreement with another actor; requirements on agreements in the "
            "steering document count as partly met.",
        ),
        fix=(
            "För in kommunens samverkansöverenskommelser som [[agreements]] (parter, syften, "
            "områden, period).",
            "Enter the cooperation agreements as [[agreements]] (parties, purposes, areas, "
            "period).",
        ),
        check=_agreements_exist,
    ),
    law_rule(
        "KBFA-L9B",
        law(9),
        strength=_MUST,
        level=_D,
        duty="9",
        title=(
            "Överenskommelser är skriftliga och anger syften och områden",
            "Agreements are written and state purposes and areas",
        ),
        paraphrase=(
            "En överenskommelse om samverkan ska vara skriftlig och ange åtminstone syftena med "
            "samverkan och de områden den avser.",
            "A cooperation agreement must be written and state at least the purposes of the "
            "cooperation and the areas it covers.",
        ),
        satisfied=(
            "Varje [[agreements]] har written = true och minst ett syfte (purposes) och ett "
            "område (areas).",
            "Every [[agreements]] entry is written and has purposes and areas.",
        ),
        fix=(
            "Komplettera överenskommelsen med dess syften och områden.",
            "Add the agreement's purposes and areas.",
        ),
        check=_agreement_contents,
    ),
    law_rule(
        "KBFA-L9C",
        law(9),
        strength=_BEST,
        level=_P,
        duty="9",
        title=("Överenskommelserna gäller", "The agreements are in force"),
        paraphrase=(
            "En överenskommelse som har löpt ut är inte längre en överenskommelse om samverkan; "
            "kommunen ska verka för att den förnyas.",
            "An expired agreement no longer counts; the municipality should work for its renewal.",
        ),
        satisfied=(
            "Bedömningsdagen ligger inom överenskommelsens period (eller den gäller tills "
            "vidare, eller ett belägg om undertecknande ligger inom den löpande perioden).",
            "The evaluation date lies within the agreement's period.",
        ),
        fix=(
            "Förnya överenskommelsen och ange den nya perioden, eller registrera "
            'undertecknandet som [[evidence]] (kind = "signed").',
            "Renew the agreement and state its new period, or record its signing as evidence.",
        ),
        check=_agreement_periods,
    ),
    law_rule(
        "KBFA-L10A",
        law(10),
        strength=_BEST,
        level=_D,
        duty="10",
        title=(
            "Kommunen verkar för ett strategiskt råd",
            "The municipality works for a strategic council",
        ),
        paraphrase=(
            "Kommunen ska verka för att strategiska brottsförebyggande frågor behandlas i ett "
            "strategiskt råd med kommunen och relevanta aktörer. Ett befintligt lokalt råd eller "
            "en styrgrupp med andra aktörer kan fylla funktionen.",
            "The municipality must work for a strategic council where strategic questions are "
            "handled with relevant actors; an existing council or steering group can serve.",
        ),
        satisfied=(
            'Ett organ med kind = "strategic_council", eller en styrgrupp där andra aktörer '
            "än kommunen deltar.",
            'A body of kind "strategic_council", or a steering group with other actors.',
        ),
        fix=(
            'Beskriv det strategiska rådet i [[bodies]] med kind = "strategic_council" och '
            "dess deltagare.",
            'Describe the council in [[bodies]] with kind = "strategic_council" and members.',
        ),
        check=_council_exists,
    ),
    law_rule(
        "KBFA-L10B",
        law(10),
        strength=_MUST,
        level=_D,
        duty="10",
        title=("Kommunen leder det strategiska rådet", "The municipality leads the council"),
        paraphrase=(
            "Det strategiska rådet ska ledas av kommunen.",
            "The strategic council must be led by the municipality.",
        ),
        satisfied=(
            "Rådets ordförande (chair), eller om ordförande inte anges dess sammankallande, "
            "är en roll i kommunen.",
            "The council's chair (or, lacking one, its convener) is a municipal role.",
        ),
        fix=(
            "Ange i rådets chair vilken roll i kommunen som leder rådet.",
            "Set the council's chair to the municipal role that leads it.",
        ),
        check=_council_led,
    ),
    law_rule(
        "KBFA-L10C",
        law(10),
        strength=_MUST,
        level=_D,
        duty="10",
        title=("Andra aktörer deltar i rådet", "Other actors take part in the council"),
        paraphrase=(
            "I det strategiska rådet ska, utöver kommunen, relevanta aktörer ingå.",
            "Besides the municipality, relevant actors take part in the strategic council.",
        ),
        satisfied=(
            "Minst en ledamot i rådet har en roll i en annan organisation än kommunen.",
            "At least one member of the council holds a role in another organisation.",
        ),
        fix=(
            "Lägg till de andra aktörernas representanter som ledamöter i rådet.",
            "Add the other actors' representatives as council members.",
        ),
        check=_council_actors,
    ),
    law_rule(
        "KBFA-L10D",
        law(10),
        strength=_BEST,
        level=_D,
        duty="10",
        title=(
            "Andra aktörer företräds i ledande befattning",
            "Other actors are represented at senior level",
        ),
        paraphrase=(
            "Kommunen ska verka för att de andra aktörerna i rådet företräds av personer i "
            "ledande befattning.",
            "The municipality must work for the other actors to be represented by people in "
            "senior positions.",
        ),
        satisfied=(
            "Varje annan organisation i rådet har minst en ledamot vars roll har senior = true.",
            "Every other organisation in the council has a member whose role is senior.",
        ),
        fix=(
            "Verka för att varje aktör skickar någon i ledande befattning och markera rollen "
            "med senior = true.",
            "Work for each actor to send a senior representative and mark the role senior.",
        ),
        check=_council_senior,
    ),
    law_rule(
        "KBFA-L11A",
        law(11),
        strength=_MUST,
        level=_D,
        duty="11-12",
        title=("Samordningsfunktion finns", "A coordination function exists"),
        paraphrase=(
            "Kommunen ska ha en samordningsfunktion för det brottsförebyggande arbetet. Det "
            "behöver inte vara en egen tjänst.",
            "The municipality must have a coordination function for crime prevention; it need "
            "not be a dedicated post.",
        ),
        satisfied=(
            "[coordination] anger vem som har funktionen (held_by, body eller organisation).",
            "[coordination] says who holds the function (held_by, body or organisation).",
        ),
        fix=(
            "Lägg till [coordination] med held_by = [rollen som har funktionen].",
            "Add [coordination] with held_by = [the role holding the function].",
        ),
        check=_function,
    ),
    _task_rule(
        "KBFA-L12A",
        Task12.COORDINATE_SUPPORT,
        ("Samordningsfunktionen samordnar och stödjer", "The function coordinates and supports"),
        (
            "Samordningsfunktionen ska samordna och stödja genomförandet av kommunens arbete "
            "enligt lagen.",
            "The function must coordinate and support the municipality's work under the law.",
        ),
    ),
    _task_rule(
        "KBFA-L12B",
        Task12.CONTACT_POINT,
        ("Samordningsfunktionen är kontaktpunkt", "The function is the contact point"),
        (
            "Samordningsfunktionen ska vara kommunens kontaktpunkt för externa aktörer.",
            "The function must be the municipality's contact point for external actors.",
        ),
    ),
    _task_rule(
        "KBFA-L12C",
        Task12.INFORM_PUBLIC,
        ("Samordningsfunktionen sprider information", "The function spreads information"),
        (
            "Samordningsfunktionen ska bidra till att sprida information om det brottsförebyggande "
            "arbetet till invånarna och andra som kan vilja eller behöva den.",
            "The function must help spread information about the work to residents and others.",
        ),
    ),
    law_rule(
        "KBFA-L13A",
        law(13),
        strength=_MUST,
        level=_D,
        duty="13",
        title=(
            "Kommunstyrelsen eller en nämnd leder arbetet",
            "The executive board or a committee leads the work",
        ),
        paraphrase=(
            "Kommunstyrelsen, eller den nämnd som kommunfullmäktige beslutar, ska leda kommunens "
            "brottsförebyggande arbete.",
            "The executive board, or a committee the assembly appoints, must lead the work.",
        ),
        satisfied=(
            "[leadership].body är kommunstyrelsen, eller en nämnd med kf_decision. Saknas "
            "[leadership] godtas kommunstyrelsen som ansvarigt politiskt organ för "
            "styrdokumentet.",
            "[leadership].body is the executive board, or a committee with kf_decision.",
        ),
        fix=(
            "Lägg till [leadership] med body = kommunstyrelsens id (eller nämndens, med "
            "fullmäktiges beslut i kf_decision).",
            "Add [leadership] with body = the executive board (or a committee with kf_decision).",
        ),
        check=_leading_body,
    ),
    law_rule(
        "KBFA-L13B",
        law(13),
        strength=_MUST,
        level=_D,
        duty="13",
        title=("Arbetet rapporteras till fullmäktige", "The work is reported to the assembly"),
        paraphrase=(
            "Det organ som leder arbetet ska kontinuerligt rapportera till kommunfullmäktige.",
            "The leading body must report continuously to the municipal assembly.",
        ),
        satisfied=(
            '[leadership].reporting har en rad till fullmäktige (ett organ med kind = "assembly").',
            '[leadership].reporting has a line to the assembly (a body of kind "assembly").',
        ),
        fix=(
            "Beskriv i styrdokumentet hur arbetet rapporteras till fullmäktige och för in det i "
            "[leadership].reporting.",
            "Describe how the work is reported to the assembly and add it to "
            "[leadership].reporting.",
        ),
        check=_reports_to_assembly,
    ),
    law_rule(
        "KBFA-L13C",
        law(13),
        strength=Strength.QUALIFIED,
        level=_D,
        duty="13",
        title=(
            "Rapporteringen till fullmäktige är tät nog",
            "Reporting to the assembly is frequent enough",
        ),
        paraphrase=(
            '"Kontinuerligt" är inte definierat i lagen; kbfa tolkar det som minst var 12:e '
            "månad (settings.report_interval_months). En tolkning, därför en varning.",
            '"Continuously" is undefined; kbfa reads it as at least every 12 months '
            "(settings.report_interval_months). An interpretation, hence a warning.",
        ),
        satisfied=(
            "Rapporteringen till fullmäktige har en takt minst var report_interval_months.",
            "Reporting to the assembly has a cadence of at least every report_interval_months.",
        ),
        fix=(
            "Ange hur ofta kommunstyrelsen rapporterar till fullmäktige (cadence).",
            "State how often the leading body reports to the assembly (cadence).",
        ),
        check=_report_frequency,
    ),
    law_rule(
        "KBFA-L13D",
        law(13),
        strength=Strength.QUALIFIED,
        level=_P,
        duty="13",
        title=("Fullmäktige har fått rapport nyligen", "The assembly was reported to recently"),
        paraphrase=(
            "Den senaste rapporten till fullmäktige ska vara högst 12 månader gammal "
            '(settings.report_interval_months); en tolkning av "kontinuerligt".',
            "The latest report to the assembly is at most 12 months old; an interpretation of "
            '"continuously".',
        ),
        satisfied=(
            'Ett belägg med kind = "reported" inom report_interval_months.',
            'A "reported" record within report_interval_months.',
        ),
        fix=(
            'Registrera rapporterna till fullmäktige som [[evidence]] (kind = "reported", '
            "med paragraf).",
            'Record reports to the assembly as [[evidence]] (kind = "reported").',
        ),
        check=_reported,
    ),
)

#: The must-duties that 2 § is carried out through.
_MUST_CODES = frozenset(
    r.code for r in COORDINATION_RULES if r.strength is Strength.MUST
) | frozenset(
    {
        "KBFA-L4A",
        "KBFA-L4B",
        "KBFA-L4C",
        "KBFA-L4D",
        "KBFA-L5A",
        "KBFA-L5B",
        "KBFA-L5C",
        "KBFA-L5D",
        "KBFA-L6A",
        "KBFA-L6B",
        "KBFA-L6C",
        "KBFA-L6D",
    }
)

SUMMARY_RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L2A",
        law(2),
        strength=_MUST,
        level=_D,
        duty=None,
        informational=True,
        source=RuleSource.LAW,
        title=("Kommunen utför lagens uppgifter", "The municipality carries out the law's tasks"),
        paraphrase=(
            "Kommunen ska bidra till att samhällets samlade brottsförebyggande arbete blir "
            "effektivt genom att utföra uppgifterna i lagen. Skyldigheten fullgörs genom 4–13 §§; "
            "regeln sammanfattar deras ska-krav och rapporteras som information, så att varje "
            "brist räknas en gång, under sin egen paragraf.",
            "The municipality must help make crime prevention effective by carrying out the "
            "law's tasks; this sums up the must-duties of ss. 4–13 (reported as information so "
            "each breach is counted once).",
        ),
        satisfied=(
            "Alla ska-krav i 4–13 §§ är uppfyllda, ej tillämpliga eller undantagna.",
            "Every must-duty of ss. 4–13 is met, not applicable or waived.",
        ),
        fix=(
            "Åtgärda bristerna under de paragrafer som anges.",
            "Remedy the gaps under the sections listed.",
        ),
        check=_general,
    ),
)
