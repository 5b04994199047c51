"""``kbfa show``: a municipality's organisation as plain text, Swedish by default."""

from __future__ import annotations

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import cadence_text, cadences_text, label, period_text
from kbfa.model import Governance, Reporting
from kbfa.outputs.names import actor_name, body_name, org_name, reporting_text, role_name

__all__ = ["render_summary"]

T: Catalogue = {
    "title": {
        "sv": "{name}: organisation för brottsförebyggande arbete",
        "en": "{name}: crime-prevention organisation",
    },
    "kommunkod": {"sv": "Kommunkod", "en": "Municipality code"},
    "lan": {"sv": "Län", "en": "County"},
    "police_area": {"sv": "Lokalpolisområde", "en": "Local police area"},
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "doc": {"sv": "Styrdokument", "en": "Steering document"},
    "decided": {"sv": "Beslutad", "en": "Decided"},
    "revised": {"sv": "Reviderad", "en": "Revised"},
    "dnr": {"sv": "Diarienummer", "en": "Reference number"},
    "validity": {"sv": "Giltighet", "en": "Valid"},
    "review": {"sv": "Aktualitetsprövning", "en": "Review"},
    "review_after": {"sv": "{n} år efter antagande", "en": "{n} years after adoption"},
    "owner": {"sv": "Dokumentansvarig", "en": "Owner"},
    "applies": {"sv": "Gäller för", "en": "Applies to"},
    "parties": {"sv": "Parter", "en": "Parties"},
    "related": {"sv": "Relaterade dokument", "en": "Related documents"},
    "leadership": {"sv": "Ledning (13 §)", "en": "Leadership (s. 13)"},
    "leads": {"sv": "Leder arbetet", "en": "Leads the work"},
    "reports_kf": {"sv": "Rapporterar till", "en": "Reports to"},
    "no_reporting": {
        "sv": "rapportering till fullmäktige anges inte",
        "en": "reporting to the assembly is not stated",
    },
    "coordination": {
        "sv": "Samordningsfunktion (11–12 §§)",
        "en": "Coordination function (ss. 11–12)",
    },
    "held_by": {"sv": "Innehas av", "en": "Held by"},
    "placed": {"sv": "Placering", "en": "Placed"},
    "tasks": {"sv": "Uppgifter", "en": "Tasks"},
    "bodies": {"sv": "Organ och grupper", "en": "Bodies and groups"},
    "purpose": {"sv": "Syfte", "en": "Purpose"},
    "members": {"sv": "Deltagare", "en": "Members"},
    "chair": {"sv": "Ordförande/leds av", "en": "Chair"},
    "convener": {"sv": "Sammankallande", "en": "Convener"},
    "cadence": {"sv": "Möten", "en": "Meetings"},
    "form": {"sv": "Mötesform", "en": "Meeting form"},
    "temporary": {"sv": "tillfällig", "en": "temporary"},
    "any_number": {"sv": "hur många som helst", "en": "any number"},
    "created_by": {"sv": "Tillsätts av", "en": "Set up by"},
    "reports_to": {"sv": "Rapporterar till", "en": "Reports to"},
    "substitute": {"sv": "ersättare", "en": "substitute"},
    "deliverables": {"sv": "Leveranser", "en": "Deliverables"},
    "produced_by": {"sv": "Tas fram av", "en": "Produced by"},
    "how_often": {"sv": "Hur ofta", "en": "How often"},
    "to": {"sv": "Redovisas för", "en": "Presented to"},
    "decided_by": {"sv": "Beslutas av", "en": "Decided by"},
    "contents": {"sv": "Innehåll", "en": "Contents"},
    "sources": {"sv": "Underlag från", "en": "Sources"},
    "based_on": {"sv": "Bygger på", "en": "Based on"},
    "partners": {"sv": "Samverkansparter", "en": "Partners"},
    "none": {"sv": "inga angivna", "en": "none stated"},
    "agreements": {"sv": "Överenskommelser", "en": "Agreements"},
    "purposes": {"sv": "Syften", "en": "Purposes"},
    "areas": {"sv": "Områden", "en": "Areas"},
    "signatories": {"sv": "Undertecknas av", "en": "Signed by"},
    "period": {"sv": "Period", "en": "Period"},
    "promises": {"sv": "Medborgarlöften", "en": "Citizen promises"},
    "renewal": {"sv": "Förnyas", "en": "Renewed"},
    "follow_up": {"sv": "Följs upp", "en": "Followed up"},
    "by": {"sv": "av", "en": "by"},
    "dialogues": {"sv": "Medborgardialog", "en": "Citizen dialogue"},
    "method": {"sv": "Metod", "en": "Method"},
    "camera": {"sv": "Kamerabevakning", "en": "Camera surveillance"},
    "principles": {"sv": "Principer", "en": "Principles"},
    "requirements": {"sv": "Kommunens egna krav", "en": "The municipality's own requirements"},
    "chain": {"sv": "Lägesbild och åtgärdsplan i sak", "en": "Content of lägesbild and plan"},
    "chain_counts": {
        "sv": "{p} problem, {c} orsaker, {m} åtgärder, {i} indikatorer",
        "en": "{p} problems, {c} causes, {m} measures, {i} indicators",
    },
    "evidence": {"sv": "Belägg", "en": "Evidence"},
    "evidence_counts": {
        "sv": "{n} daterade belägg, senast {last}",
        "en": "{n} dated records, latest {last}",
    },
    "waivers": {"sv": "Undantag", "en": "Waivers"},
    "until": {"sv": "till och med", "en": "until"},
    "explanations": {"sv": "Kommunens förklaringar", "en": "The municipality's explanations"},
}


def _t(key: str, lang: Lang, **kw: object) -> str:
    return render(T, key, lang, **kw)


def _reporting(g: Governance, rs: tuple[Reporting, ...], lang: Lang) -> str:
    return "; ".join(reporting_text(g, r, lang) for r in rs)


def render_summary(g: Governance, lang: Lang = "sv") -> str:
    """The organisation of one municipality as readable text."""
    m = g.municipality
    lines = [_t("title", lang, name=m.name), "=" * len(_t("title", lang, name=m.name))]
    ns = _t("not_stated", lang)
    lines.append(f"{_t('kommunkod', lang)}: {m.kommunkod or ns}")
    lines.append(f"{_t('lan', lang)}: {m.lan or ns}")
    lines.append(f"{_t('police_area', lang)}: {m.police_area or ns}")

    def section(title: str) -> None:
        lines.extend(["", title, "-" * len(title)])

    d = g.steering_document
    if d:
        section(f"{_t('doc', lang)}: {d.title} ({label(d.kind, lang)})")
        if d.decision:
            who = body_name(g, d.decision.body) if d.decision.body else ns
            when = f"{d.decision.date or ''} {d.decision.paragraph or ''}"
            lines.append(f"{_t('decided', lang)}: {who} {when}".rstrip())
        for r in d.revisions:
            who = body_name(g, r.body) if r.body else ""
            lines.append(
                f"{_t('revised', lang)}: {who} {r.date or ''} {r.paragraph or ''}".rstrip()
            )
        lines.append(f"{_t('dnr', lang)}: {d.diarienummer or ns}")
        lines.append(
            f"{_t('validity', lang)}: {period_text(d.validity, lang) if d.validity else ns}"
        )
        review = (
            str(d.review_date)
            if d.review_date
            else (_t("review_after", lang, n=d.review_after_years) if d.review_after_years else ns)
        )
        lines.append(f"{_t('review', lang)}: {review}")
        owner = d.owner or (role_name(g, d.owner_role) if d.owner_role else ns)
        lines.append(f"{_t('owner', lang)}: {owner}")
        if d.applies_to:
            lines.append(f"{_t('applies', lang)}: {d.applies_to}")
        if d.parties:
            lines.append(f"{_t('parties', lang)}: " + ", ".join(org_name(g, p) for p in d.parties))
        for rel in d.related:
            when = f" ({period_text(rel.period, lang)})" if rel.period else ""
            lines.append(f"{_t('related', lang)}: {rel.title}{when}")

    section(_t("leadership", lang))
    if g.leadership:
        lines.append(f"{_t('leads', lang)}: {body_name(g, g.leadership.body)}")
        rep = _reporting(g, g.leadership.reporting, lang)
        lines.append(f"{_t('reports_kf', lang)}: {rep}" if rep else _t("no_reporting", lang))
    else:
        lines.append(ns)

    section(_t("coordination", lang))
    c = g.coordination
    if c:
        if c.description:
            lines.append(c.description)
        holders = [role_name(g, r) for r in c.held_by] + ([body_name(g, c.body)] if c.body else [])
        lines.append(f"{_t('held_by', lang)}: {', '.join(holders) or ns}")
        place = ", ".join(
            x
            for x in (org_name(g, c.organisation) if c.organisation else "", c.placement or "")
            if x
        )
        lines.append(f"{_t('placed', lang)}: {place or ns}")
        tasks = "; ".join(label(t, lang) for t in c.tasks)
        lines.append(f"{_t('tasks', lang)}: {tasks or ns}")
    else:
        lines.append(ns)

    section(_t("bodies", lang))
    for b in g.bodies:
        flags = [label(b.kind, lang)]
        if not b.permanent:
            flags.append(_t("temporary", lang))
        if b.any_number:
            flags.append(_t("any_number", lang))
        lines.append(f"* {b.name} ({', '.join(flags)})")
        if b.purpose:
            lines.append(f"    {_t('purpose', lang)}: {b.purpose}")
        if b.members:
            lines.append(f"    {_t('members', lang)}:")
            for mem in b.members:
                text = role_name(g, mem.role)
                extra: list[str] = []
                if mem.participation.value != "member":
                    extra.append(label(mem.participation, lang))
                if mem.substitute:
                    extra.append(f"{_t('substitute', lang)}: {role_name(g, mem.substitute)}")
                if mem.note:
                    extra.append(mem.note)
                lines.append(f"      - {text}" + (f" ({'; '.join(extra)})" if extra else ""))
        if b.members_note:
            lines.append(f"    {b.members_note}")
        if b.chair:
            lines.append(f"    {_t('chair', lang)}: {role_name(g, b.chair)}")
        if b.convener:
            lines.append(f"    {_t('convener', lang)}: {role_name(g, b.convener)}")
        if b.led_by:
            lines.append(f"    {_t('chair', lang)}: {body_name(g, b.led_by)}")
        if b.cadence:
            lines.append(f"    {_t('cadence', lang)}: {cadences_text(b.cadence, lang)}")
        form = [label(b.meeting_form, lang)] if b.meeting_form else []
        form += list(b.places) + ([b.meeting_tool] if b.meeting_tool else [])
        if form:
            lines.append(f"    {_t('form', lang)}: {', '.join(form)}")
        if b.created_by:
            lines.append(f"    {_t('created_by', lang)}: {body_name(g, b.created_by)}")
        if b.reports_to:
            lines.append(f"    {_t('reports_to', lang)}: {_reporting(g, b.reports_to, lang)}")

    section(_t("deliverables", lang))
    for dl in g.deliverables:
        lines.append(f"* {dl.title} ({label(dl.kind, lang)})")
        if dl.produced_by:
            who = ", ".join(actor_name(g, x) for x in dl.produced_by)
            lines.append(f"    {_t('produced_by', lang)}: {who}")
        if dl.cadence:
            lines.append(f"    {_t('how_often', lang)}: {cadences_text(dl.cadence, lang)}")
        if dl.recipients:
            lines.append(f"    {_t('to', lang)}: {_reporting(g, dl.recipients, lang)}")
        if dl.decided_by:
            lines.append(f"    {_t('decided_by', lang)}: {body_name(g, dl.decided_by)}")
        if dl.based_on:
            names = ", ".join(x.title for x in g.deliverables if x.id in dl.based_on)
            lines.append(f"    {_t('based_on', lang)}: {names}")
        content = [label(p, lang) for p in dl.covers] + list(dl.contents)
        if content:
            lines.append(f"    {_t('contents', lang)}: {'; '.join(content)}")
        if dl.sources:
            lines.append(f"    {_t('sources', lang)}: {', '.join(dl.sources)}")

    section(_t("partners", lang))
    if g.partners:
        for o in g.partners:
            cats = ", ".join(label(x, lang) for x in o.categories)
            lines.append(f"* {o.name} ({label(o.kind, lang)}{'; ' + cats if cats else ''})")
    else:
        lines.append(_t("none", lang))

    section(_t("agreements", lang))
    if not g.agreements:
        lines.append(_t("none", lang))
    for a in g.agreements:
        lines.append(f"* {a.title}: " + ", ".join(org_name(g, p) for p in a.parties))
        for key, values in (("purposes", a.purposes), ("areas", a.areas)):
            if values:
                lines.append(f"    {_t(key, lang)}: {'; '.join(values)}")
        if a.signatories:
            lines.append(
                f"    {_t('signatories', lang)}: "
                + ", ".join(role_name(g, s) for s in a.signatories)
            )
        if a.period:
            lines.append(f"    {_t('period', lang)}: {period_text(a.period, lang)}")

    if g.citizen_promises:
        section(_t("promises", lang))
        for p in g.citizen_promises:
            lines.append("* " + (p.description or ", ".join(org_name(g, x) for x in p.parties)))
            if p.period:
                lines.append(f"    {_t('period', lang)}: {period_text(p.period, lang)}")
            if p.renewal:
                lines.append(
                    f"    {_t('renewal', lang)}: {cadence_text(p.renewal, lang, full=True)}"
                )
            if p.follow_up:
                by = ", ".join(actor_name(g, x) for x in p.followed_up_by)
                lines.append(
                    f"    {_t('follow_up', lang)}: {cadence_text(p.follow_up, lang, full=True)}"
                    + (f" {_t('by', lang)} {by}" if by else "")
                )
    if g.citizen_dialogues:
        section(_t("dialogues", lang))
        for cd in g.citizen_dialogues:
            lines.append("* " + (cd.purpose or cd.id))
            if cd.method:
                lines.append(f"    {_t('method', lang)}: {cd.method}")
    if g.camera_surveillance:
        section(_t("camera", lang))
        cam = g.camera_surveillance
        if cam.purpose:
            lines.append(cam.purpose)
        for i, pr in enumerate(cam.principles, 1):
            lines.append(f"  {i}. {pr}")
    if g.requirements:
        section(_t("requirements", lang))
        for req in g.requirements:
            lines.append(f"* [{req.source}] {req.text}")
    if g.problems or g.measures:
        section(_t("chain", lang))
        lines.append(
            _t(
                "chain_counts",
                lang,
                p=len(g.problems),
                c=len(g.causes),
                m=len(g.measures),
                i=len(g.indicators),
            )
        )
    if g.evidence:
        section(_t("evidence", lang))
        last = max(e.date for e in g.evidence)
        lines.append(_t("evidence_counts", lang, n=len(g.evidence), last=last))
    if g.waivers:
        section(_t("waivers", lang))
        for w in g.waivers:
            until = f", {_t('until', lang)} {w.expires}" if w.expires else ""
            lines.append(f"* {w.rule}: {w.justification} ({w.decision}{until})")
    if g.explanations:
        section(_t("explanations", lang))
        for e in g.explanations:
            decision = f" ({e.decision})" if e.decision else ""
            lines.append(f"* {e.rule}: {e.text}{decision}")
    return "\n".join(lines)
