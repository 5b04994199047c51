"""What the config says about each duty of the law, and which evidence records bear on it.

The report's "how the municipality meets it" comes from here: plain sentences built
from the model, keyed by the law duty (``Duty.key``: "4", "5", ..., "11-12", "13").
A duty this module does not know gets no facts of its own; its findings still show.
"""

from __future__ import annotations

from collections.abc import Callable

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label
from kbfa.model import BodyKind, DeliverableKind, Evidence, EvidenceKind, Governance
from kbfa.outputs.docx._words import cadences_text, period_text, reporting_text
from kbfa.outputs.names import actor_name, body_name, org_name, role_name

__all__ = ["duty_evidence", "duty_facts"]

T: Catalogue = {
    "deliverable": {"sv": "{title} ({kind})", "en": "{title} ({kind})"},
    "produced_by": {"sv": "tas fram av {who}", "en": "produced by {who}"},
    "cadence": {"sv": "{how}", "en": "{how}"},
    "presented": {"sv": "redovisas för {to}", "en": "presented to {to}"},
    "decided": {"sv": "beslutas av {body}", "en": "decided by {body}"},
    "covers": {"sv": "omfattar {parts}", "en": "covers {parts}"},
    "based_on": {"sv": "bygger på {what}", "en": "based on {what}"},
    "integrates": {"sv": "samordnas med {what}", "en": "integrated with {what}"},
    "chain": {
        "sv": "Konfigurationen innehåller {p} problem, {c} orsaker och {m} åtgärder.",
        "en": "The configuration holds {p} problems, {c} causes and {m} measures.",
    },
    "cycle": {
        "sv": "Utvärderingen räknar ”minst vartannat år” som {n} månader.",
        "en": "The evaluation counts “at least every second year” as {n} months.",
    },
    "agreement": {"sv": "{title}: parter {parties}", "en": "{title}: parties {parties}"},
    "purposes": {"sv": "syften: {x}", "en": "purposes: {x}"},
    "areas": {"sv": "områden: {x}", "en": "areas: {x}"},
    "period": {"sv": "period: {x}", "en": "period: {x}"},
    "partners": {
        "sv": "Samverkansparter i konfigurationen: {names}.",
        "en": "Partners in the configuration: {names}.",
    },
    "council": {"sv": "{name}: leds av {chair}", "en": "{name}: chaired by {chair}"},
    "members": {"sv": "deltagare: {who}", "en": "members: {who}"},
    "meets": {"sv": "möts {how}", "en": "meets {how}"},
    "coordination": {"sv": "Samordningsfunktionen innehas av {who}.", "en": "Held by {who}."},
    "placed": {"sv": "Placering: {where}.", "en": "Placed: {where}."},
    "tasks": {"sv": "Uppgifter: {tasks}.", "en": "Tasks: {tasks}."},
    "leads": {"sv": "{body} leder arbetet.", "en": "{body} leads the work."},
    "kf": {"sv": "Fullmäktiges beslut: {x}.", "en": "Assembly decision: {x}."},
    "reports": {"sv": "Rapporterar till {to}.", "en": "Reports to {to}."},
    "not_stated": {"sv": "anges inte", "en": "not stated"},
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def _deliverables(g: Governance, kinds: tuple[DeliverableKind, ...], lang: Lang) -> list[str]:
    out: list[str] = []
    for d in g.deliverables:
        if d.kind not in kinds:
            continue
        parts = [_t("deliverable", lang, title=d.title, kind=label(d.kind, lang))]
        if d.produced_by:
            who = ", ".join(actor_name(g, x) for x in d.produced_by)
            parts.append(_t("produced_by", lang, who=who))
        if d.cadence:
            parts.append(cadences_text(d.cadence, lang))
        if d.recipients:
            to = "; ".join(reporting_text(g, r, lang) for r in d.recipients)
            parts.append(_t("presented", lang, to=to))
        if d.decided_by:
            parts.append(_t("decided", lang, body=body_name(g, d.decided_by)))
        if d.covers:
            parts.append(_t("covers", lang, parts=", ".join(label(c, lang) for c in d.covers)))
        if d.based_on:
            what = ", ".join(x.title for x in g.deliverables if x.id in d.based_on)
            parts.append(_t("based_on", lang, what=what))
        out.append(", ".join(parts) + ".")
    return out


def _lagesbild(g: Governance, lang: Lang) -> list[str]:
    return _deliverables(g, (DeliverableKind.LAGESBILD, DeliverableKind.ORSAKSANALYS), lang)


def _plan(g: Governance, lang: Lang) -> list[str]:
    out = _deliverables(g, (DeliverableKind.ATGARDSPLAN,), lang)
    if g.problems or g.causes or g.measures:
        out.append(_t("chain", lang, p=len(g.problems), c=len(g.causes), m=len(g.measures)))
    return out


def _cycle(g: Governance, lang: Lang) -> list[str]:
    kinds = (
        DeliverableKind.LAGESBILD,
        DeliverableKind.ATGARDSPLAN,
        DeliverableKind.UPPFOLJNING,
        DeliverableKind.ARSANALYS,
        DeliverableKind.TRYGGHETSBOKSLUT,
    )
    return [*_deliverables(g, kinds, lang), _t("cycle", lang, n=g.settings.cycle_months)]


def _integration(g: Governance, lang: Lang) -> list[str]:
    return [
        f"{d.title}: " + _t("integrates", lang, what="; ".join(d.integrates_with)) + "."
        for d in g.deliverables
        if d.integrates_with
    ]


def _coordinate(g: Governance, lang: Lang) -> list[str]:
    if not g.partners:
        return []
    return [_t("partners", lang, names=", ".join(o.name for o in g.partners))]


def _agreements(g: Governance, lang: Lang) -> list[str]:
    out: list[str] = []
    for a in g.agreements:
        parts = [
            _t(
                "agreement",
                lang,
                title=a.title,
                parties=", ".join(org_name(g, p) for p in a.parties),
            )
        ]
        if a.purposes:
            parts.append(_t("purposes", lang, x="; ".join(a.purposes)))
        if a.areas:
            parts.append(_t("areas", lang, x="; ".join(a.areas)))
        if a.period:
            parts.append(_t("period", lang, x=period_text(a.period, lang)))
        out.append(", ".join(parts) + ".")
    return out


def _council(g: Governance, lang: Lang) -> list[str]:
    out: list[str] = []
    for b in g.bodies_of(BodyKind.STRATEGIC_COUNCIL):
        chair = b.chair or b.convener
        parts = [
            _t(
                "council",
                lang,
                name=b.name,
                chair=role_name(g, chair) if chair else _t("not_stated", lang),
            )
        ]
        if b.members:
            parts.append(
                _t("members", lang, who=", ".join(role_name(g, m.role) for m in b.members))
            )
        if b.cadence:
            parts.append(_t("meets", lang, how=cadences_text(b.cadence, lang)))
        out.append(", ".join(parts) + ".")
    return out


def _coordination(g: Governance, lang: Lang) -> list[str]:
    c = g.coordination
    if c is None:
        return []
    out: list[str] = []
    holders = [role_name(g, r) for r in c.held_by] + ([body_name(g, c.body)] if c.body else [])
    if holders:
        out.append(_t("coordination", lang, who=", ".join(holders)))
    where = [org_name(g, c.organisation)] if c.organisation else []
    where += [c.placement] if c.placement else []
    if where:
        out.append(_t("placed", lang, where=", ".join(where)))
    if c.tasks:
        out.append(_t("tasks", lang, tasks="; ".join(label(x, lang) for x in c.tasks)))
    return out


def _leadership(g: Governance, lang: Lang) -> list[str]:
    lead = g.leadership
    if lead is None:
        return []
    out = [_t("leads", lang, body=body_name(g, lead.body))]
    if lead.kf_decision:
        out.append(_t("kf", lang, x=lead.kf_decision))
    if lead.reporting:
        to = "; ".join(reporting_text(g, r, lang) for r in lead.reporting)
        out.append(_t("reports", lang, to=to))
    return out


_FACTS: dict[str, Callable[[Governance, Lang], list[str]]] = {
    "4": _lagesbild,
    "5": _plan,
    "6": _cycle,
    "7": _integration,
    "8": _coordinate,
    "9": _agreements,
    "10": _council,
    "11-12": _coordination,
    "13": _leadership,
    "OB": _plan,  # the transitional provisions are about the first åtgärdsplan
}


def duty_facts(g: Governance, key: str, lang: Lang) -> list[str]:
    """Sentences saying how the config meets duty ``key`` ([] when it says nothing)."""
    facts = _FACTS.get(key)
    return facts(g, lang) if facts else []


def _subjects(g: Governance, key: str) -> set[str]:
    """Ids whose evidence records bear on duty ``key``."""

    def kinds(*ks: DeliverableKind) -> set[str]:
        return {d.id for d in g.deliverables if d.kind in ks}

    match key:
        case "4":
            return kinds(DeliverableKind.LAGESBILD, DeliverableKind.ORSAKSANALYS)
        case "5" | "OB":
            return kinds(DeliverableKind.ATGARDSPLAN)
        case "6":
            return kinds(
                DeliverableKind.LAGESBILD,
                DeliverableKind.ATGARDSPLAN,
                DeliverableKind.UPPFOLJNING,
                DeliverableKind.ARSANALYS,
                DeliverableKind.TRYGGHETSBOKSLUT,
            )
        case "9":
            return {a.id for a in g.agreements}
        case "10":
            return {b.id for b in g.bodies_of(BodyKind.STRATEGIC_COUNCIL)}
        case "13":
            return {g.leadership.body} if g.leadership else set()
    return set()


def duty_evidence(g: Governance, key: str) -> list[Evidence]:
    """The dated evidence records that bear on duty ``key``, oldest first."""
    subjects = _subjects(g, key)
    found = [
        e
        for e in g.evidence
        if e.subject in subjects or (key == "13" and e.kind is EvidenceKind.REPORTED)
    ]
    return sorted(found, key=lambda e: (e.date, e.subject))
