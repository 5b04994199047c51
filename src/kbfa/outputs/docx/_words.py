"""Model facts as short phrases, shared by the Word documents (Swedish or English)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kbfa.i18n import Catalogue, Lang, render, terms
from kbfa.i18n.terms import cadences_text, label
from kbfa.model import (
    Body,
    Decision,
    Governance,
    Membership,
    Participation,
    Period,
    SteeringDocument,
)
from kbfa.outputs.names import (
    actor_name,
    body_name,
    item_name,
    org_name,
    reporting_text,
    role_name,
)

__all__ = [
    "W",
    "body_facts",
    "cadences_text",
    "decision_text",
    "member_text",
    "office_texts",
    "other_documents_text",
    "partner_bodies",
    "period_text",
    "reporting_text",
    "steering_rows",
    "t",
]

W: Catalogue = {
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "substitute": {"sv": "ersättare: {who}", "en": "substitute: {who}"},
    "convener": {"sv": "sammankallande", "en": "convener"},
    "chair": {"sv": "ordförande", "en": "chair"},
    "vice_chair": {"sv": "vice ordförande", "en": "vice chair"},
    "secretary": {"sv": "sekreterare", "en": "secretary"},
    "roles": {"sv": "Ordförande och andra uppdrag", "en": "Chair and other offices"},
    "appointed": {"sv": "utses av {who}", "en": "appointed by {who}"},
    "exists": {"sv": "Finns", "en": "Exists"},
    "version": {"sv": "Version {name}", "en": "Version {name}"},
    "responsible": {"sv": "Ansvarigt organ", "en": "Responsible body"},
    "governs": {"sv": "Reglerar", "en": "Governs"},
    "url": {"sv": "Publicerad", "en": "Published"},
    "doc": {"sv": "Styrdokument", "en": "Steering document"},
    "other_docs": {"sv": "Andra styrdokument", "en": "Other steering documents"},
    "other_doc": {
        "sv": "{title}: {decided}; giltighet {validity}",
        "en": "{title}: {decided}; valid {validity}",
    },
    "not_decided": {"sv": "inte beslutat", "en": "not decided"},
    "latest": {"sv": "senast {x}", "en": "latest {x}"},
    "doc_kind": {"sv": "Dokumenttyp", "en": "Document type"},
    "decided": {"sv": "Beslutat", "en": "Decided"},
    "revised": {"sv": "Reviderat", "en": "Revised"},
    "dnr": {"sv": "Diarienummer", "en": "Reference number"},
    "validity": {"sv": "Giltighet", "en": "Valid"},
    "review": {"sv": "Aktualitetsprövning", "en": "Review"},
    "review_after": {"sv": "{n} år efter antagande", "en": "{n} years after adoption"},
    "owner": {"sv": "Dokumentansvarig", "en": "Document owner"},
    "applies": {"sv": "Gäller för", "en": "Applies to"},
    "parties": {"sv": "Parter", "en": "Parties"},
    "purpose": {"sv": "Uppgift/syfte", "en": "Task/purpose"},
    "tasks": {"sv": "Uppgifter", "en": "Tasks"},
    "members": {"sv": "Deltagare", "en": "Members"},
    "leads": {"sv": "Leds av", "en": "Led by"},
    "cadence": {"sv": "Mötestakt", "en": "Meetings"},
    "form": {"sv": "Mötesform och plats", "en": "Meeting form and place"},
    "reports_to": {"sv": "Rapporterar till", "en": "Reports to"},
    "created_by": {"sv": "Tillsätts av", "en": "Set up by"},
    "created_per": {"sv": "En grupp per", "en": "One group per"},
    "permanence": {"sv": "Varaktighet", "en": "Permanence"},
    "permanent": {"sv": "permanent", "en": "permanent"},
    "temporary": {"sv": "tillfällig", "en": "temporary"},
    "any_number": {"sv": "tillfällig, hur många som helst", "en": "temporary, any number"},
    "kind": {"sv": "Typ", "en": "Kind"},
    "supports": {"sv": "Stöder", "en": "Supports"},
    "organisation": {"sv": "Organisation", "en": "Organisation"},
}


def t(key: str, lang: Lang, **params: object) -> str:
    return render(W, key, lang, **params)


def period_text(p: Period, lang: Lang) -> str:
    """The shared wording (:func:`kbfa.i18n.terms.period_text`); "anges inte" when empty."""
    return terms.period_text(p, lang) or t("not_stated", lang)


def decision_text(g: Governance, d: Decision, lang: Lang) -> str:
    """ "Kommunstyrelsen 2024-04-30 § 58"."""
    parts = [
        body_name(g, d.body) if d.body else "",
        d.date.isoformat() if d.date else "",
        d.paragraph or "",
    ]
    return " ".join(p for p in parts if p) or t("not_stated", lang)


def member_text(g: Governance, body: Body, m: Membership, lang: Lang) -> str:
    """One seat: "Kommundirektör (ersättare: Kanslichef)"."""
    extra: list[str] = []
    if m.role == body.convener:
        extra.append(t("convener", lang))
    if m.role == body.chair:
        extra.append(t("chair", lang))
    if m.role == body.vice_chair:
        extra.append(t("vice_chair", lang))
    if m.role == body.secretary:
        extra.append(t("secretary", lang))
    if m.participation is not Participation.MEMBER:
        extra.append(label(m.participation, lang))
    if m.substitute:
        extra.append(t("substitute", lang, who=role_name(g, m.substitute)))
    if m.note:
        extra.append(m.note)
    return role_name(g, m.role) + (f" ({'; '.join(extra)})" if extra else "")


def body_facts(g: Governance, b: Body, lang: Lang) -> list[tuple[str, str | list[str]]]:
    """The labelled facts of a body the config states, in the order a reader wants them."""
    rows: list[tuple[str, str | list[str]]] = [(t("kind", lang), label(b.kind, lang))]
    if b.organisation:
        rows.append((t("organisation", lang), org_name(g, b.organisation)))
    if b.purpose:
        rows.append((t("purpose", lang), b.purpose))
    if b.tasks:
        rows.append((t("tasks", lang), list(b.tasks)))
    members = [member_text(g, b, m, lang) for m in b.members]
    seated = {m.role for m in b.members}
    for key, who in (
        ("secretary", b.secretary),
        ("convener", b.convener),
        ("vice_chair", b.vice_chair),
        ("chair", b.chair),
    ):
        if who and who not in seated:
            members.insert(0, f"{role_name(g, who)} ({t(key, lang)})")
    if b.members_note:
        members.append(b.members_note)
    if members:
        rows.append((t("members", lang), members))
    offices = office_texts(g, b, lang)
    if offices:
        rows.append((t("roles", lang), offices))
    if b.led_by:
        rows.append((t("leads", lang), actor_name(g, b.led_by)))
    if b.cadence:
        rows.append((t("cadence", lang), cadences_text(b.cadence, lang)))
    form = [label(b.meeting_form, lang)] if b.meeting_form else []
    form += list(b.places) + ([b.meeting_tool] if b.meeting_tool else [])
    if form:
        rows.append((t("form", lang), ", ".join(form)))
    if b.reports_to:
        rows.append(
            (t("reports_to", lang), "; ".join(reporting_text(g, r, lang) for r in b.reports_to))
        )
    if b.supports:
        rows.append((t("supports", lang), ", ".join(actor_name(g, x) for x in b.supports)))
    if b.created_by:
        rows.append((t("created_by", lang), actor_name(g, b.created_by)))
    if b.created_per:
        rows.append((t("created_per", lang), b.created_per))
    if b.period:
        rows.append((t("exists", lang), period_text(b.period, lang)))
    permanence = (
        t("any_number", lang)
        if b.any_number
        else t("permanent", lang)
        if b.permanent
        else t("temporary", lang)
    )
    rows.append((t("permanence", lang), permanence))
    return rows


def office_texts(g: Governance, b: Body, lang: Lang) -> list[str]:
    """Who holds each office of a body that has an appointer, and who appoints them:
    "Ordförande: Kommunstyrelsens ordförande (utses av Kommunstyrelsen)"."""
    out: list[str] = []
    for key, who, by in (
        ("chair", b.chair, b.chair_appointed_by),
        ("vice_chair", b.vice_chair, b.vice_chair_appointed_by),
        ("convener", b.convener, b.convener_appointed_by),
        ("secretary", b.secretary, b.secretary_appointed_by),
    ):
        if not by:
            continue  # the holder is already marked in the list of members
        office = t(key, lang)
        text = f"{office[:1].upper()}{office[1:]}: " + (
            role_name(g, who) if who else t("not_stated", lang)
        )
        if by:
            appointer = body_name(g, by) if g.body(by) else org_name(g, by)
            text += f" ({t('appointed', lang, who=appointer)})"
        out.append(text)
    return out


def other_documents_text(g: Governance, lang: Lang) -> str | None:
    """The further steering documents (``[[documents]]``), one line each: title, latest
    decision and validity ("Rutin för EST-gruppen: inte beslutat; anges inte"); None when
    the municipality has only its main document."""
    if not g.documents:
        return None
    lines = []
    for d in g.documents:
        decisions = [x for x in d.decisions() if x.date is not None]
        if not decisions:
            decided = t("not_decided", lang)
        else:
            latest = max(decisions, key=lambda x: x.date or dt.date.min)
            decided = decision_text(g, latest, lang)
            if len(decisions) > 1:
                decided = t("latest", lang, x=decided)
        validity = period_text(d.validity, lang) if d.validity else t("not_stated", lang)
        lines.append(t("other_doc", lang, title=d.title, decided=decided, validity=validity))
    return "\n".join(lines)


def steering_rows(g: Governance, d: SteeringDocument, lang: Lang) -> list[tuple[str, str]]:
    """The steering document's metadata as a municipality prints it on a cover."""
    ns = t("not_stated", lang)
    rows = [
        (t("doc", lang), d.title),
        (t("doc_kind", lang), label(d.kind, lang)),
        (t("decided", lang), decision_text(g, d.decision, lang) if d.decision else ns),
    ]
    rows += [(t("revised", lang), decision_text(g, r, lang)) for r in d.revisions]
    for v in d.versions:
        facts = [x for x in (v.date.isoformat() if v.date else "",) if x]
        if v.decision:
            facts.append(decision_text(g, v.decision, lang))
        if v.diarienummer:
            facts.append(f"{t('dnr', lang).lower()} {v.diarienummer}")
        if v.text:
            facts.append(v.text)
        if v.note:
            facts.append(v.note)
        rows.append((t("version", lang, name=v.name), "; ".join(facts) or ns))
    rows.append((t("dnr", lang), d.diarienummer or ns))
    rows.append((t("validity", lang), period_text(d.validity, lang) if d.validity else ns))
    if d.review_date:
        review = d.review_date.isoformat()
    elif d.review_after_years:
        review = t("review_after", lang, n=d.review_after_years)
    else:
        review = ns
    rows.append((t("review", lang), review))
    owner = d.owner or (role_name(g, d.owner_role) if d.owner_role else ns)
    if d.owner and d.owner_role and role_name(g, d.owner_role) != d.owner:
        owner += f" ({role_name(g, d.owner_role)})"
    rows.append((t("owner", lang), owner))
    if d.responsible_body:
        rows.append((t("responsible", lang), body_name(g, d.responsible_body)))
    if d.applies_to:
        rows.append((t("applies", lang), d.applies_to))
    if d.parties:
        rows.append((t("parties", lang), ", ".join(org_name(g, p) for p in d.parties)))
    if d.governs:
        rows.append((t("governs", lang), ", ".join(item_name(g, x) for x in d.governs)))
    if d.url:
        rows.append((t("url", lang), d.url))
    return rows


def partner_bodies(g: Governance, org: str) -> Sequence[Body]:
    """The bodies where a role of ``org`` has a seat, or where an agreement places ``org``."""
    roles = {r.id for r in g.roles if r.organisation == org}
    placed = {p for a in g.agreements if org in a.parties for p in a.placement}
    return [
        b
        for b in g.bodies
        if b.id in placed
        or any(m.role in roles for m in b.members)
        or b.chair in roles
        or b.convener in roles
    ]
