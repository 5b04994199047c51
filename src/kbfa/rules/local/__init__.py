"""The municipality's own "ska"-rules, made per config from its ``[[requirements]]``.

Each requirement becomes a design rule ``KBFA-K-<id>`` (does the governance as
written meet it?, :mod:`~kbfa.rules.local.design`) and, where the requirement is
about doing something over time, a practice rule ``KBFA-KP-<id>`` (do the dated
records show it was done?, :mod:`~kbfa.rules.local.practice`). Every rule cites the
title of the document the requirement is in (with its version and diarienummer, when
the requirement names a version) and the heading the requirement stands under.

A municipality's own rules apply only while the document they are in does: from its
decision (or the named version's date, if later) until its validity ends (the engine
switches them off otherwise; see :mod:`kbfa.rules._document`). Each document under
``[[documents]]`` counts on its own. A requirement may be softened by the document itself
(``strength = "best_effort"``); otherwise a missed one is a breach.
"""

from __future__ import annotations

import datetime as dt

from kbfa.model import Governance, Requirement, RequirementKind
from kbfa.rules._rule import LegalReference, Rule, RuleSource, Words
from kbfa.rules._verdicts import Level
from kbfa.rules.local.design import DESIGN_CHECKS
from kbfa.rules.local.practice import PRACTICE_KINDS, practice_check

__all__ = ["DESIGN_PREFIX", "PRACTICE_PREFIX", "local_rules"]

DESIGN_PREFIX = "KBFA-K-"
PRACTICE_PREFIX = "KBFA-KP-"


def _doc_title(g: Governance, r: Requirement) -> str:
    """The document the requirement is in, as a citation names it: title, version, dnr.

    "Plan för brottsförebyggande arbete", or with a version "Bestämmelser för
    Trygghetsrådet, version 2 (dnr KS 2025/17)".
    """
    d = g.document(r.document)
    if d is None:
        return "kommunens styrdokument"
    v = d.version(r.version)
    if v is None:
        return d.title
    dnr = v.diarienummer or d.diarienummer
    return f"{d.title}, version {v.name}" + (f" (dnr {dnr})" if dnr else "")


def _doc_start(g: Governance, r: Requirement) -> dt.date | None:
    """When the requirement began to apply: its document's decision (else the start of its
    validity), or its version's date when that is later."""
    d = g.document(r.document)
    if d is None:
        return None
    start: dt.date | None = None
    if d.decision is not None and d.decision.date is not None:
        start = d.decision.date
    elif d.validity is not None and d.validity.start is not None:
        start = d.validity.start
    v = d.version(r.version)
    if v is not None and v.starts is not None and (start is None or v.starts > start):
        start = v.starts
    return start


_KIND_TITLES: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: ("Takt för leverans", "Deliverable cadence"),
    RequirementKind.DELIVERABLE_CONTENTS: ("Innehåll i leverans", "Deliverable contents"),
    RequirementKind.DELIVERABLE_BASIS: ("Underlag för leverans", "Deliverable basis"),
    RequirementKind.REPORTING: ("Redovisning", "Reporting"),
    RequirementKind.PARTNER_CATEGORIES: ("Samverkansparter", "Partner categories"),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Undertecknare av överenskommelser",
        "Agreement signatories",
    ),
    RequirementKind.AGREEMENT_CONTENTS: ("Innehåll i överenskommelser", "Agreement contents"),
    RequirementKind.AGREEMENT_WRITTEN: ("Skriftliga överenskommelser", "Written agreements"),
    RequirementKind.REPRESENTATION: ("Representation", "Representation"),
    RequirementKind.MEETING_CADENCE: ("Mötestakt", "Meeting cadence"),
    RequirementKind.FOLLOW_UP: ("Uppföljning", "Follow-up"),
    RequirementKind.PRACTICE: ("Genomförande", "Practice"),
}

_SATISFIED: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: (
        "Leveransen tas fram minst så ofta som kravet anger.",
        "The deliverable is produced at least as often as required.",
    ),
    RequirementKind.DELIVERABLE_CONTENTS: (
        "Leveransens covers innehåller alla delar kravet räknar upp.",
        "The deliverable's covers include every part the requirement lists.",
    ),
    RequirementKind.DELIVERABLE_BASIS: (
        "Leveransen bygger (direkt eller indirekt) på de leveranser kravet anger.",
        "The deliverable builds (directly or indirectly) on the required ones.",
    ),
    RequirementKind.REPORTING: (
        "Målet har en redovisning till mottagaren, minst så ofta som kravet anger.",
        "The target reports to the recipient at least as often as required.",
    ),
    RequirementKind.PARTNER_CATEGORIES: (
        "Skriftliga överenskommelser med parter av varje kategori som kravet anger är "
        "registrerade.",
        "There are written agreements with partners of every required category.",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Varje överenskommelse undertecknas av alla roller som kravet anger.",
        "Every agreement is signed by all the required roles.",
    ),
    RequirementKind.AGREEMENT_CONTENTS: (
        "Varje överenskommelse anger alla uppgifter som kravet räknar upp.",
        "Every agreement states all the fields the requirement lists.",
    ),
    RequirementKind.AGREEMENT_WRITTEN: (
        "Varje aktör som deltar i strukturen har en skriftlig överenskommelse med kommunen.",
        "Every actor taking part has a written agreement with the municipality.",
    ),
    RequirementKind.REPRESENTATION: (
        "Organet har de roller (och organisationsslag) som kravet anger som ledamöter.",
        "The body has the required roles (and organisation kinds) as members.",
    ),
    RequirementKind.MEETING_CADENCE: (
        "Organet möts minst så ofta som kravet anger.",
        "The body meets at least as often as required.",
    ),
    RequirementKind.FOLLOW_UP: (
        "Medborgarlöftet följs upp minst så ofta som kravet anger, av dem kravet anger.",
        "The promise is followed up as often as required, by those required.",
    ),
    RequirementKind.PRACTICE: (
        "Belägg av rätt slag finns registrerade i den takt kravet anger.",
        "Records of the right kind are entered at the required cadence.",
    ),
}

_FIX: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: (
        "Ändra leveransens cadence (eller styrdokumentet) så att de stämmer överens.",
        "Align the deliverable's cadence with the requirement.",
    ),
    RequirementKind.DELIVERABLE_CONTENTS: (
        "Se till att leveransen innehåller delarna och ange dem i covers.",
        "Make the deliverable contain the parts and list them in covers.",
    ),
    RequirementKind.DELIVERABLE_BASIS: (
        "Ange i based_on vilka leveranser den bygger på.",
        "List in based_on the deliverables it builds on.",
    ),
    RequirementKind.REPORTING: (
        "Lägg till redovisningen (recipients eller reports_to) med mottagare och takt.",
        "Add the reporting line (recipients or reports_to) with recipient and cadence.",
    ),
    RequirementKind.PARTNER_CATEGORIES: (
        "För in de skriftliga överenskommelser som finns under [[agreements]] (med parternas "
        "categories), och verka för överenskommelser med de kategorier som saknas.",
        "Conclude written agreements with the missing categories and enter them.",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "Låt överenskommelsen undertecknas av de roller kravet anger och för in dem i signatories.",
        "Have the agreement signed by the required roles and list them in signatories.",
    ),
    RequirementKind.AGREEMENT_CONTENTS: (
        "För in uppgifterna ur överenskommelsen; saknas de där, komplettera den.",
        "Add the missing fields to the agreement.",
    ),
    RequirementKind.AGREEMENT_WRITTEN: (
        "För in de skriftliga överenskommelser som finns under [[agreements]], och ingå "
        "sådana med de aktörer som deltar utan en.",
        "Conclude written agreements with the actors taking part and enter them.",
    ),
    RequirementKind.REPRESENTATION: (
        "Lägg till rollerna som ledamöter i organet (members).",
        "Add the roles as members of the body.",
    ),
    RequirementKind.MEETING_CADENCE: (
        "Ändra organets cadence (eller styrdokumentet) så att de stämmer överens.",
        "Align the body's cadence with the requirement.",
    ),
    RequirementKind.FOLLOW_UP: (
        "Ange medborgarlöftets uppföljning (follow_up och followed_up_by).",
        "State the promise's follow-up (follow_up and followed_up_by).",
    ),
    RequirementKind.PRACTICE: (
        "Registrera det som gjorts under [[evidence]] med datum och referens.",
        "Record what was done under [[evidence]] with date and reference.",
    ),
}

#: Kommunstyrelsen's action per kind: the municipality's own "ska" is met in the work
#: itself, or the steering document is changed by the body that adopted it.
_ACTION: dict[RequirementKind, tuple[str, str]] = {
    RequirementKind.DELIVERABLE_CADENCE: (
        "{Lead} ser till att underlaget tas fram så ofta som styrdokumentet kräver, eller "
        "föreslår att styrdokumentet ändras.",
        "{Lead} sees to it that the deliverable is produced as often as the steering document "
        "requires, or proposes to change the document.",
    ),
    RequirementKind.DELIVERABLE_CONTENTS: (
        "{Lead} ser till att underlaget innehåller det som styrdokumentet kräver.",
        "{Lead} sees to it that the deliverable contains what the steering document requires.",
    ),
    RequirementKind.DELIVERABLE_BASIS: (
        "{Lead} ser till att underlaget bygger på det som styrdokumentet anger.",
        "{Lead} sees to it that the deliverable builds on what the steering document names.",
    ),
    RequirementKind.REPORTING: (
        "{Lead} ser till att redovisningen sker till rätt mottagare och så ofta som "
        "styrdokumentet kräver.",
        "{Lead} sees to it that the reporting goes to the right recipient as often as the "
        "steering document requires.",
    ),
    RequirementKind.PARTNER_CATEGORIES: (
        "{Lead} verkar för skriftliga överenskommelser med de slags parter som styrdokumentet "
        "anger.",
        "{Lead} works towards written agreements with the kinds of partner the steering "
        "document names.",
    ),
    RequirementKind.AGREEMENT_SIGNATORIES: (
        "{Lead} ser till att överenskommelserna undertecknas av dem som styrdokumentet anger.",
        "{Lead} sees to it that the agreements are signed by those the steering document names.",
    ),
    RequirementKind.AGREEMENT_CONTENTS: (
        "{Lead} ser till att överenskommelserna innehåller det som styrdokumentet kräver.",
        "{Lead} sees to it that the agreements contain what the steering document requires.",
    ),
    RequirementKind.AGREEMENT_WRITTEN: (
        "{Lead} verkar för skriftliga överenskommelser med de aktörer som deltar i arbetet.",
        "{Lead} works towards written agreements with the actors taking part in the work.",
    ),
    RequirementKind.REPRESENTATION: (
        "{Lead} ser till att organet har de ledamöter som styrdokumentet kräver.",
        "{Lead} sees to it that the body has the members the steering document requires.",
    ),
    RequirementKind.MEETING_CADENCE: (
        "{Lead} ser till att organet möts så ofta som styrdokumentet kräver, eller föreslår att "
        "styrdokumentet ändras.",
        "{Lead} sees to it that the body meets as often as the steering document requires, or "
        "proposes to change the document.",
    ),
    RequirementKind.FOLLOW_UP: (
        "{Lead} bestämmer hur och när medborgarlöftet följs upp och av vem.",
        "{Lead} decides how, when and by whom the citizen promise is followed up.",
    ),
    RequirementKind.PRACTICE: (
        "{Lead} ser till att det som styrdokumentet kräver blir gjort i tid och diarieförs.",
        "{Lead} sees to it that what the steering document requires is done on time and "
        "registered.",
    ),
}

_PRACTICE_FIX = (
    "Registrera varje genomfört tillfälle under [[evidence]] (datum, slag, subject, referens), "
    "eller se till att det blir gjort i den takt styrdokumentet kräver.",
    "Record each occasion under [[evidence]] (date, kind, subject, reference), or make sure it "
    "happens at the cadence the steering document requires.",
)


def _title(names: dict[str, str], r: Requirement, practice: bool) -> Words:
    sv, en = _KIND_TITLES[r.kind]
    target = names.get(r.target, r.target) if r.target else ""
    if practice and r.kind is not RequirementKind.PRACTICE:
        sv, en = f"{sv} i praktiken", f"{en} in practice"
    return Words(f"{sv}: {target}" if target else sv, f"{en}: {target}" if target else en)


def _requirement_rule(g: Governance, names: dict[str, str], r: Requirement, practice: bool) -> Rule:
    reference = LegalReference(document=_doc_title(g, r), heading=r.source)
    since = _doc_start(g, r)
    if practice:
        code, check, fix = PRACTICE_PREFIX + r.id, practice_check(r, since), _PRACTICE_FIX
        satisfied = _SATISFIED[RequirementKind.PRACTICE]
        action = _ACTION[RequirementKind.PRACTICE]
    else:
        code, check, fix = DESIGN_PREFIX + r.id, DESIGN_CHECKS[r.kind](r), _FIX[r.kind]
        satisfied = _SATISFIED[r.kind]
        action = _ACTION[r.kind]
    return Rule(
        code=code,
        source=RuleSource.LOCAL,
        reference=reference,
        strength=r.strength,
        in_force=since or dt.date.min,
        level=Level.PRACTICE if practice else Level.DESIGN,
        titles=_title(names, r, practice),
        # The document's own words; the English text says so rather than guessing a translation.
        paraphrases=Words(r.text, f"(the document's words, in Swedish) {r.text}"),
        satisfied=Words(*satisfied),
        fixes=Words(*fix),
        actions=Words(*action),
        check=check,
        document_rule=True,
        document=r.document,
    )


def local_rules(governance: Governance) -> tuple[Rule, ...]:
    """The municipality's own rules, one or two per requirement, in the document's order.

    A requirement gets a design rule unless it is only about practice (kind
    ``practice``) or a follow-up of something other than a citizen promise (a
    deliverable's follow-up is shown by records alone); it gets a practice rule
    when it is about doing something over time.
    """
    out: list[Rule] = []
    promises = {p.id for p in governance.citizen_promises}
    names: dict[str, str] = {b.id: b.name for b in governance.bodies}
    names.update({d.id: d.title for d in governance.deliverables})
    names.update(
        {
            p.id: f'Medborgarlöftet "{p.title}"' if p.title else "Medborgarlöftet"
            for p in governance.citizen_promises
        }
    )
    names.update({d.id: "Medborgardialogen" for d in governance.citizen_dialogues})
    for r in governance.requirements:
        design = r.kind is not RequirementKind.PRACTICE and not (
            r.kind is RequirementKind.FOLLOW_UP and r.target not in promises
        )
        if design:
            out.append(_requirement_rule(governance, names, r, practice=False))
        if r.kind in PRACTICE_KINDS:
            out.append(_requirement_rule(governance, names, r, practice=True))
    return tuple(out)
