"""13 § lag (2023:196): leadership of the work and reporting to fullmäktige.

Reference (https://lagen.nu/2023:196#P13): kommunstyrelsen, or the nämnd that
kommunfullmäktige decides, is responsible for leading the municipality's
crime-prevention work and for reporting on it continuously to kommunfullmäktige.

- If fullmäktige has decided on no other nämnd, kommunstyrelsen leads by operation
  of law: a steering document that is silent breaches nothing (L13A).
- A document that puts the leadership elsewhere, e.g. in a ledningsgrupp of
  officials, contradicts the law (L13A).
- The body that reports to fullmäktige is the leading body (L13B).
- "Kontinuerligt" is not defined; kbfa reads it as at least every
  ``settings.report_interval_months`` (12 months): an interpretation, so L13C and
  L13D can only warn.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

from kbfa.i18n import Catalogue
from kbfa.i18n.terms import cadence_text
from kbfa.model import Body, BodyKind, EvidenceKind, Governance
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome, Rule, law, law_rule
from kbfa.rules._time import add_months, per_year
from kbfa.rules._verdicts import Situation, Verdict
from kbfa.rules.law._common import DESIGN, MUST, PRACTICE

__all__ = ["RULES", "Lead", "LeadBasis", "lead_in_text", "leading_body", "who_leads"]

M: Catalogue = {
    "board": {"sv": "{Name} leder arbetet.", "en": "{Name} leads the work."},
    "responsible": {
        "sv": "{Name} är ansvarigt politiskt organ för styrdokumentet och leder arbetet.",
        "en": "{Name} is the political body responsible for the steering document and leads "
        "the work.",
    },
    "committee": {
        "sv": "{Name} leder arbetet efter beslut av fullmäktige ({decision}).",
        "en": "{Name} leads the work by decision of the assembly ({decision}).",
    },
    "committee_no_kf": {
        "sv": "{Name} leder arbetet, men det anges inget beslut av fullmäktige om att nämnden "
        "ska göra det; utan ett sådant beslut leder kommunstyrelsen arbetet enligt 13 §.",
        "en": "{Name} leads the work, but no assembly decision giving it that role is stated; "
        "without one, the executive board leads under s. 13.",
    },
    "elsewhere": {
        "sv": "Enligt styrdokumentet leds och styrs arbetet av {name}, som varken är "
        "kommunstyrelsen eller en nämnd som fullmäktige har utsett.",
        "en": "According to the steering document the work is led and steered by {name}, which "
        "is neither the executive board nor a committee appointed by the assembly.",
    },
    "by_law": {
        "sv": "Styrdokumentet anger inte vilket organ som leder arbetet. Har fullmäktige inte "
        "beslutat om en annan nämnd, leder kommunstyrelsen arbetet enligt 13 §.",
        "en": "The steering document does not state which body leads the work. Unless the "
        "assembly has decided on another committee, the executive board leads under s. 13.",
    },
    "reports": {
        "sv": "{Name} rapporterar till {to}.",
        "en": "{Name} reports to {to}.",
    },
    "no_reports": {
        "sv": "Det anges inte att {name} rapporterar om arbetet till kommunfullmäktige.",
        "en": "It is not stated that {name} reports on the work to the municipal assembly.",
    },
    "others_report": {
        "sv": " {others} redovisas för fullmäktige, men det är det organ som leder arbetet som "
        "ska rapportera.",
        "en": " {others} is presented to the assembly, but it is the leading body that must "
        "report.",
    },
    "w_ks": {"sv": "kommunstyrelsen", "en": "the executive board"},
    "needs_reports": {
        "sv": "Det finns ingen rapportering till fullmäktige att bedöma (se KBFA-L13B).",
        "en": "There is no reporting to the assembly to assess (see KBFA-L13B).",
    },
    "often": {
        "sv": "Rapporteringen till fullmäktige sker {how}, alltså minst var {months}:e månad.",
        "en": "Reporting to the assembly happens {how}, so at least every {months} months.",
    },
    "rare": {
        "sv": "Rapporteringen till fullmäktige sker {how}, mer sällan än var {months}:e månad.",
        "en": "Reporting to the assembly happens {how}, less often than every {months} months.",
    },
    "unspecified": {
        "sv": "Rapporteringen till fullmäktige anges som kontinuerlig men utan takt, så det går "
        "inte att se att den sker minst var {months}:e månad.",
        "en": "Reporting to the assembly is called continuous but has no cadence, so it cannot "
        "be seen to happen at least every {months} months.",
    },
    "reported_recent": {
        "sv": "Senaste rapporten till fullmäktige: {date} ({ref}); nästa senast {due}.",
        "en": "Latest report to the assembly: {date} ({ref}); the next is due by {due}.",
    },
    "reported_old": {
        "sv": "Senaste rapporten till fullmäktige är från {date} ({ref}); nästa skulle ha "
        "lämnats senast {due}.",
        "en": "The latest report to the assembly is from {date} ({ref}); the next was due by "
        "{due}.",
    },
    "reported_none": {
        "sv": "Ingen rapport till fullmäktige är registrerad.",
        "en": "No report to the assembly is recorded.",
    },
}


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class LeadBasis(enum.StrEnum):
    """Why a body is taken to lead the work."""

    STATED = "stated"  # the steering document says who leads ([leadership])
    RESPONSIBLE = "responsible"  # the document's responsible political body
    LAW = "law"  # 13 §: kommunstyrelsen, fullmäktige having decided on no other nämnd


@attrs.frozen
class Lead:
    """Who leads the crime-prevention work, and on what basis (13 §).

    ``body`` is None when the law's default applies and the config names no
    kommunstyrelsen. ``lawful`` says whether that body may lead under 13 §:
    kommunstyrelsen, or a nämnd fullmäktige has decided on; a group of officials
    named to lead contradicts the law (KBFA-L13A reports it).
    """

    body: Body | None
    basis: LeadBasis
    lawful: bool


def who_leads(g: Governance) -> Lead:
    """The one derivation of who leads the work, for the checks, the report and the structure
    document alike: [leadership], else the steering document's responsible political body,
    else kommunstyrelsen by operation of 13 §."""
    bodies = {b.id: b for b in g.bodies}
    lead = g.leadership
    if lead is not None:
        body = bodies.get(lead.body)
        lawful = body is not None and (
            body.kind is BodyKind.EXECUTIVE_BOARD
            or (body.kind is BodyKind.COMMITTEE and bool(lead.kf_decision))
        )
        return Lead(body, LeadBasis.STATED, lawful)
    doc = g.steering_document
    if doc is not None and doc.responsible_body is not None:
        body = bodies.get(doc.responsible_body)
        if body is not None and body.kind in (BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE):
            return Lead(body, LeadBasis.RESPONSIBLE, body.kind is BodyKind.EXECUTIVE_BOARD)
    board = next((b for b in g.bodies if b.kind is BodyKind.EXECUTIVE_BOARD), None)
    return Lead(board, LeadBasis.LAW, True)


def leading_body(ctx: Context) -> Body | None:
    """The body that leads the work (:func:`who_leads`; None when the config names none)."""
    return who_leads(ctx.g).body


def lead_in_text(ctx: Context) -> str:
    """The body that leads the work lawfully, as inside a sentence ("kommunstyrelsen"):
    the one an action for the municipality is addressed to. Where the document names a
    body that may not lead, the law's own answer (kommunstyrelsen) is used."""
    lead = who_leads(ctx.g)
    if lead.lawful and lead.body is not None:
        return ctx.in_text(lead.body.id)
    board = next((b for b in ctx.g.bodies if b.kind is BodyKind.EXECUTIVE_BOARD), None)
    if board is not None:
        return ctx.in_text(board.id)
    return ctx.say(M, "w_ks")


def _leads(ctx: Context) -> Iterator[Outcome]:
    lead = ctx.g.leadership
    if lead is None:
        doc = ctx.g.steering_document
        body = ctx.bodies.get(doc.responsible_body) if doc and doc.responsible_body else None
        if body is not None and body.kind is BodyKind.EXECUTIVE_BOARD:
            path = ("steering_document", "responsible_body")
            name = _sentence(ctx.in_text(body.id))
            yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "responsible", Name=name))
            return
        msg = ctx.say(M, "by_law")
        yield Outcome(Verdict.UPPFYLLT, ("leadership",), msg, situation=Situation.LAW_FILLS)
        return
    body = ctx.bodies.get(lead.body)
    path = ("leadership", "body")
    name = ctx.in_text(lead.body)
    if body is not None and body.kind is BodyKind.EXECUTIVE_BOARD:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "board", Name=_sentence(name)))
    elif body is not None and body.kind is BodyKind.COMMITTEE:
        if lead.kf_decision:
            msg = ctx.say(M, "committee", Name=_sentence(name), decision=lead.kf_decision)
            yield Outcome(Verdict.UPPFYLLT, path, msg)
        else:
            msg = ctx.say(M, "committee_no_kf", Name=_sentence(name))
            yield Outcome(
                Verdict.DELVIS,
                ("leadership", "kf_decision"),
                msg,
                situation=Situation.MISSING_STEP,
            )
    else:
        msg = ctx.say(M, "elsewhere", name=name)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)


def _assembly_lines(ctx: Context) -> list[tuple[int, str]]:
    """The leading body's reporting lines that go to an assembly: (index, body id)."""
    lead = ctx.g.leadership
    if lead is None:
        return []
    out: list[tuple[int, str]] = []
    for i, r in enumerate(lead.reporting):
        body = ctx.bodies.get(r.to)
        if (body is not None and body.kind is BodyKind.ASSEMBLY) or r.to == lead.assembly:
            out.append((i, r.to))
    return out


def _to_assembly_elsewhere(ctx: Context) -> list[str]:
    """Other bodies and deliverables the config has report to an assembly (not the leader)."""
    assemblies = {b.id for b in ctx.g.bodies if b.kind is BodyKind.ASSEMBLY}
    out: list[str] = [
        b.id for b in ctx.active_bodies if any(r.to in assemblies for r in b.reports_to)
    ]
    out += [d.id for d in ctx.g.deliverables if any(r.to in assemblies for r in d.recipients)]
    return out


def _reports(ctx: Context) -> Iterator[Outcome]:
    lines = _assembly_lines(ctx)
    leader = leading_body(ctx)
    name = ctx.in_text(leader.id) if leader is not None else ctx.say(M, "w_ks")
    if not lines:
        path = ("leadership", "reporting") if ctx.g.leadership else ("leadership",)
        msg = ctx.say(M, "no_reports", name=name)
        others = _to_assembly_elsewhere(ctx)
        if others:
            msg += ctx.say(M, "others_report", others=_sentence(ctx.names(others)))
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)
        return
    i, to = lines[0]
    msg = ctx.say(M, "reports", Name=_sentence(name), to=ctx.in_text(to))
    yield Outcome(Verdict.UPPFYLLT, ("leadership", "reporting", i), msg)


def _frequency(ctx: Context) -> Iterator[Outcome]:
    lines = _assembly_lines(ctx)
    months = ctx.g.settings.report_interval_months
    if not lines:
        msg = ctx.say(M, "needs_reports")
        yield Outcome(Verdict.EJ_BEDOMBART, ("leadership",), msg, situation=Situation.MISSING_STEP)
        return
    assert ctx.g.leadership is not None
    reporting = ctx.g.leadership.reporting
    timed = [(i, c) for i, _ in lines for c in [reporting[i].cadence] if c is not None]
    if not timed:
        msg = ctx.say(M, "unspecified", months=months)
        line = ("leadership", "reporting", lines[0][0])
        yield Outcome(Verdict.EJ_BEDOMBART, line, msg, situation=Situation.UNRECORDED)
        return
    i, cadence = max(timed, key=lambda t: per_year(t[1]))
    how = cadence_text(cadence, ctx.lang)
    path = ("leadership", "reporting", i, "cadence")
    if per_year(cadence) * months / 12 >= 1 - 1e-9:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "often", how=how, months=months))
    else:
        msg = ctx.say(M, "rare", how=how, months=months)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.CONTRARY)


def _reported(ctx: Context) -> Iterator[Outcome]:
    months = ctx.g.settings.report_interval_months
    leader = leading_body(ctx)
    records = [
        e
        for e in ctx.evidence_of_kind(EvidenceKind.REPORTED)
        # A report by another body is not the leading body's report.
        if leader is None or e.subject == leader.id
    ]
    if not records:
        msg = ctx.say(M, "reported_none")
        yield Outcome(Verdict.EJ_BEDOMBART, ("leadership",), msg, situation=Situation.UNRECORDED)
        return
    last = records[-1]
    due = add_months(last.date, months)
    params = {"date": last.date, "ref": last.reference, "due": due}
    path = ctx.evidence_path(last)
    if ctx.as_of <= due:
        yield Outcome(Verdict.UPPFYLLT, path, ctx.say(M, "reported_recent", **params))
    else:
        msg = ctx.say(M, "reported_old", **params)
        yield Outcome(Verdict.EJ_UPPFYLLT, path, msg, situation=Situation.MISSING_STEP)


RULES: tuple[Rule, ...] = (
    law_rule(
        "KBFA-L13A",
        law(13),
        strength=MUST,
        level=DESIGN,
        duty="13",
        title=(
            "Kommunstyrelsen eller en nämnd leder arbetet",
            "The executive board or a committee leads the work",
        ),
        paraphrase=(
            "Kommunstyrelsen, eller den nämnd som kommunfullmäktige beslutar, ansvarar för "
            "ledningen av kommunens brottsförebyggande arbete. Har fullmäktige inte beslutat om "
            "en annan nämnd leder kommunstyrelsen arbetet; ett styrdokument som inte säger något "
            "om saken brister därför inte.",
            "The executive board, or the committee the assembly decides on, leads the work; "
            "absent such a decision the executive board leads, so a silent document breaches "
            "nothing.",
        ),
        satisfied=(
            "[leadership].body är kommunstyrelsen, eller en nämnd med fullmäktiges beslut "
            "(kf_decision); eller så anger styrdokumentet inget annat organ.",
            "[leadership].body is the executive board, or a committee with kf_decision; or the "
            "document names no other body.",
        ),
        fix=(
            "Låt kommunstyrelsen (eller den nämnd fullmäktige utser) leda arbetet, och ange det "
            "i [leadership].",
            "Let the executive board (or the committee the assembly appoints) lead the work, and "
            "state it in [leadership].",
        ),
        action=(
            "Kommunstyrelsen leder arbetet, eller en nämnd som fullmäktige beslutar om; "
            "styrdokumentet ändras så att det framgår.",
            "The executive board leads the work, or a committee the assembly decides on; the "
            "steering document is changed to say so.",
        ),
        check=_leads,
    ),
    law_rule(
        "KBFA-L13B",
        law(13),
        strength=MUST,
        level=DESIGN,
        duty="13",
        title=("Arbetet rapporteras till fullmäktige", "The work is reported to the assembly"),
        paraphrase=(
            "Det organ som leder arbetet ska kontinuerligt rapportera om det till "
            "kommunfullmäktige.",
            "The leading body must report continuously on the work to the municipal assembly.",
        ),
        satisfied=(
            '[leadership].reporting har en rad till fullmäktige (ett organ med kind = "assembly").',
            '[leadership].reporting has a line to the assembly (a body of kind "assembly").',
        ),
        fix=(
            "Beskriv i styrdokumentet hur det organ som leder arbetet rapporterar till "
            "fullmäktige och för in det i [leadership].reporting.",
            "Describe how the leading body reports to the assembly and add it to "
            "[leadership].reporting.",
        ),
        action=(
            "{Lead} beslutar hur och när den rapporterar om det brottsförebyggande arbetet "
            "till fullmäktige.",
            "{Lead} decides how and when it reports on the crime-prevention work to the assembly.",
        ),
        check=_reports,
    ),
    law_rule(
        "KBFA-L13C",
        law(13),
        strength=MUST,
        level=DESIGN,
        duty="13",
        interpretation=True,
        title=(
            "Rapporteringen till fullmäktige sker tillräckligt ofta",
            "Reporting to the assembly is frequent enough",
        ),
        paraphrase=(
            "”Kontinuerligt” är inte definierat i lagen; kbfa:s tolkning är minst var 12:e månad "
            "(settings.report_interval_months). En tolkning, därför en varning.",
            '"Continuously" is undefined; kbfa reads it as at least every 12 months '
            "(settings.report_interval_months). An interpretation, hence a warning.",
        ),
        satisfied=(
            "Rapporteringen till fullmäktige har en takt minst var report_interval_months.",
            "Reporting to the assembly has a cadence of at least every report_interval_months.",
        ),
        fix=(
            "Ange hur ofta det organ som leder arbetet (kommunstyrelsen eller nämnden) "
            "rapporterar till fullmäktige (cadence).",
            "State how often the leading body (the executive board or the committee) reports to "
            "the assembly (cadence).",
        ),
        action=(
            "{Lead} bestämmer hur ofta den rapporterar till fullmäktige, minst en gång om året.",
            "{Lead} decides how often it reports to the assembly, at least once a year.",
        ),
        check=_frequency,
    ),
    law_rule(
        "KBFA-L13D",
        law(13),
        strength=MUST,
        level=PRACTICE,
        duty="13",
        interpretation=True,
        title=("Fullmäktige har fått rapport nyligen", "The assembly was reported to recently"),
        paraphrase=(
            "Den senaste rapporten från det organ som leder arbetet till fullmäktige ska vara "
            "högst 12 månader gammal (settings.report_interval_months); kbfa:s tolkning av "
            "”kontinuerligt”.",
            "The leading body's latest report to the assembly is at most 12 months old; kbfa's "
            'reading of "continuously".',
        ),
        satisfied=(
            'Ett belägg med kind = "reported" från det ledande organet inom '
            "report_interval_months; den dag nästa rapport senast ska lämnas är den i tid.",
            'A "reported" record by the leading body within report_interval_months.',
        ),
        fix=(
            'Registrera rapporterna till fullmäktige under [[evidence]] (kind = "reported", '
            "subject = det ledande organet, med paragraf).",
            'Record reports to the assembly under [[evidence]] (kind = "reported", subject = '
            "the leading body).",
        ),
        action=(
            "{Lead} rapporterar om det brottsförebyggande arbetet till fullmäktige, och "
            "rapporten diarieförs.",
            "{Lead} reports on the crime-prevention work to the assembly, and the report is "
            "registered.",
        ),
        check=_reported,
    ),
)
