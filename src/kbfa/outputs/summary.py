"""``kbfa show``: a municipality's organisation as plain text, Swedish by default."""

from __future__ import annotations

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.regional import words_for
from kbfa.i18n.terms import cadence_text, cadences_text, label, period_text
from kbfa.model import CitizenPromise, Decision, Governance, Reporting, SteeringDocument
from kbfa.outputs.names import (
    actor_name,
    body_name,
    item_name,
    org_name,
    own_shared,
    reporting_text,
    role_name,
    shared_post_text,
    shared_text,
    signatories_text,
)

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
    "more_docs": {"sv": "Fler styrdokument", "en": "Further steering documents"},
    "version": {"sv": "Version {name}", "en": "Version {name}"},
    "text_at": {"sv": "text", "en": "text"},
    "governs": {"sv": "Reglerar", "en": "Governs"},
    "url": {"sv": "Publicerad", "en": "Published"},
    "responsible": {"sv": "Ansvarigt organ", "en": "Responsible body"},
    "territory": {"sv": "Geografisk avgränsning", "en": "Territory"},
    "integrates": {"sv": "Del av", "en": "Part of"},
    "own_org": {
        "sv": "Kommunens egen organisation (samverkan mellan kommuner)",
        "en": "The municipality's own organisation (shared with other municipalities)",
    },
    "shared_posts": {"sv": "Delade tjänster", "en": "Shared posts"},
    "category_of": {"sv": "kategori av parter", "en": "a category of partners"},
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
    "chair": {"sv": "Ordförande", "en": "Chair"},
    "led_by": {"sv": "Leds av", "en": "Led by"},
    "vice_chair": {"sv": "Vice ordförande", "en": "Vice chair"},
    "convener": {"sv": "Sammankallande", "en": "Convener"},
    "secretary": {"sv": "Sekreterare", "en": "Secretary"},
    "appointed": {"sv": "utses av {who}", "en": "appointed by {who}"},
    "tasks_b": {"sv": "Uppgifter", "en": "Tasks"},
    "belongs": {"sv": "Hör till", "en": "Belongs to"},
    "exists": {"sv": "Finns", "en": "Exists"},
    "supports": {"sv": "Stöder", "en": "Supports"},
    "per": {"sv": "En grupp per", "en": "One group per"},
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
    "commitment": {"sv": "{party} lovar", "en": "{party} promises"},
    "together": {"sv": "Tillsammans lovar vi", "en": "Together we promise"},
    "serves_measures": {"sv": "Genomför åtgärder", "en": "Carries out measures"},
    "serves_problems": {"sv": "Tar sig an problem", "en": "Addresses problems"},
    "proposed": {"sv": "Föreslås av", "en": "Proposed by"},
    "adopted": {"sv": "Antas av", "en": "Adopted by"},
    "based": {"sv": "Bygger på", "en": "Based on"},
    "since": {"sv": "Sedan", "en": "Since"},
    "renewal": {"sv": "Förnyas", "en": "Renewed"},
    "follow_up": {"sv": "Följs upp", "en": "Followed up"},
    "by": {"sv": "av", "en": "by"},
    "dialogues": {"sv": "Medborgardialog", "en": "Citizen dialogue"},
    "method": {"sv": "Metod", "en": "Method"},
    "feeds": {"sv": "Ger underlag till", "en": "Feeds"},
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
    "unknowns": {"sv": "Okända uppgifter", "en": "Unknown facts"},
    "unknown_count": {
        "sv": "{n} uppgifter är okända; fynd om dem blir ej bedömbara.",
        "en": "{n} facts are unknown; findings about them cannot be assessed.",
    },
    "unknown_one": {
        "sv": "1 uppgift är okänd; fynd om den blir ej bedömbara.",
        "en": "1 fact is unknown; findings about it cannot be assessed.",
    },
    "in_doc": {"sv": "i {doc}", "en": "in {doc}"},
}


def _t(key: str, lang: Lang, **kw: object) -> str:
    return render(T, key, lang, **kw)


def _reporting(g: Governance, rs: tuple[Reporting, ...], lang: Lang) -> str:
    return "; ".join(reporting_text(g, r, lang) for r in rs)


def _decision(g: Governance, d: Decision) -> str:
    who = body_name(g, d.body) if d.body else ""
    return " ".join(x for x in (who, str(d.date or ""), d.paragraph or "") if x)


def _document_lines(g: Governance, d: SteeringDocument, lang: Lang) -> list[str]:
    """One steering document's facts, as ``show`` lists them."""
    ns = _t("not_stated", lang)
    lines: list[str] = []
    if d.decision:
        lines.append(f"{_t('decided', lang)}: {_decision(g, d.decision) or ns}")
    for r in d.revisions:
        lines.append(f"{_t('revised', lang)}: {_decision(g, r)}".rstrip())
    for v in d.versions:
        facts = [
            x for x in (str(v.date or ""), _decision(g, v.decision) if v.decision else "") if x
        ]
        if v.diarienummer:
            facts.append(f"{_t('dnr', lang).lower()} {v.diarienummer}")
        if v.text:
            facts.append(f"{_t('text_at', lang)}: {v.text}")
        if v.note:
            facts.append(v.note)
        lines.append(f"{_t('version', lang, name=v.name)}: {'; '.join(facts) or ns}")
    lines.append(f"{_t('dnr', lang)}: {d.diarienummer or ns}")
    lines.append(f"{_t('validity', lang)}: {period_text(d.validity, lang) if d.validity else ns}")
    review = (
        str(d.review_date)
        if d.review_date
        else (_t("review_after", lang, n=d.review_after_years) if d.review_after_years else ns)
    )
    lines.append(f"{_t('review', lang)}: {review}")
    owner = d.owner or (role_name(g, d.owner_role) if d.owner_role else ns)
    if d.owner and d.owner_role and role_name(g, d.owner_role) != d.owner:
        owner += f" ({role_name(g, d.owner_role)})"
    lines.append(f"{_t('owner', lang)}: {owner}")
    if d.responsible_body:
        lines.append(f"{_t('responsible', lang)}: {body_name(g, d.responsible_body)}")
    if d.applies_to:
        lines.append(f"{_t('applies', lang)}: {d.applies_to}")
    if d.territory:
        lines.append(f"{_t('territory', lang)}: {label(d.territory, lang)}")
    if d.parties:
        lines.append(f"{_t('parties', lang)}: " + ", ".join(org_name(g, p) for p in d.parties))
    if d.governs:
        lines.append(f"{_t('governs', lang)}: " + ", ".join(item_name(g, x) for x in d.governs))
    if d.url:
        lines.append(f"{_t('url', lang)}: {d.url}")
    for text in d.integrates_with:
        lines.append(f"{_t('integrates', lang)}: {text}")
    for rel in d.related:
        when = f" ({period_text(rel.period, lang)})" if rel.period else ""
        kind = f", {label(rel.kind, lang)}" if rel.kind else ""
        governs = ", ".join(item_name(g, x) for x in rel.governs)
        what = f"; {_t('governs', lang).lower()}: {governs}" if governs else ""
        lines.append(f"{_t('related', lang)}: {rel.title}{kind}{when}{what}")
    return lines


def _listed(items: tuple[str, ...]) -> str:
    """Items in a line: sentences after each other, phrases with semicolons."""
    if all(x.rstrip().endswith((".", "!", "?")) for x in items):
        return " ".join(items)
    return "; ".join(items)


def _appointed(g: Governance, who: str | None, lang: Lang) -> str:
    if who is None:
        return ""
    name = body_name(g, who) if g.body(who) else org_name(g, who)
    return f" ({_t('appointed', lang, who=name)})"


def _fed(g: Governance, id_: str) -> str:
    """A deliverable's title or a medborgarlöfte's (what a dialogue feeds)."""
    promise = next((p for p in g.citizen_promises if p.id == id_), None)
    if promise is not None:
        return promise.title or id_
    return item_name(g, id_)


def _subject(g: Governance, id_: str) -> str:
    """What an evidence record is about, by its name."""
    if id_ == "steering_document" and g.steering_document is not None:
        return g.steering_document.title
    doc = next((d for d in g.documents if d.id == id_), None)
    if doc is not None:
        return doc.title
    for items in (g.agreements, g.citizen_promises):
        for item in items:
            if item.id == id_:
                return getattr(item, "title", None) or id_
    return item_name(g, id_)


def _promise_lines(g: Governance, p: CitizenPromise, lang: Lang) -> list[str]:
    """One medborgarlöfte as ``show`` lists it: title, parties, commitments, what it serves."""
    parties = ", ".join(org_name(g, x) for x in p.parties)
    lines = [f"* {p.title}: {parties}" if p.title else f"* {parties}"]
    if p.description:
        lines.append(f"    {p.description}")
    for c in p.commitments:
        who = (
            _t("commitment", lang, party=org_name(g, c.party)) if c.party else _t("together", lang)
        )
        lines.append(f"    {who}: {c.text}")
    if p.measures:
        titles = [m.title for m in g.measures if m.id in p.measures]
        lines.append(f"    {_t('serves_measures', lang)}: {'; '.join(titles)}")
    if p.problems:
        titles = [x.title for x in g.problems if x.id in p.problems]
        lines.append(f"    {_t('serves_problems', lang)}: {'; '.join(titles)}")
    if p.based_on:
        lines.append(f"    {_t('based', lang)}: {'; '.join(p.based_on)}")
    if p.proposed:
        lines.append(f"    {_t('proposed', lang)}: {_decision(g, p.proposed)}")
    if p.adopted:
        lines.append(f"    {_t('adopted', lang)}: {_decision(g, p.adopted)}")
    if p.signatories:
        signing = signatories_text(g, p.parties, p.signatories)
        lines.append(f"    {_t('signatories', lang)}: {'; '.join(signing)}")
    if p.period:
        lines.append(f"    {_t('period', lang)}: {period_text(p.period, lang)}")
    if p.renewal:
        lines.append(f"    {_t('renewal', lang)}: {cadence_text(p.renewal, lang, full=True)}")
    if p.follow_up or p.followed_up_by:
        by = ", ".join(actor_name(g, x) for x in p.followed_up_by)
        how = cadence_text(p.follow_up, lang, full=True) if p.follow_up else ""
        text = " ".join(x for x in (how, f"{_t('by', lang)} {by}" if by else "") if x)
        lines.append(f"    {_t('follow_up', lang)}: {text}")
    if p.since:
        lines.append(f"    {_t('since', lang)}: {p.since}")
    return lines


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

    if g.steering_document is not None:
        d = g.steering_document
        section(f"{_t('doc', lang)}: {d.title} ({label(d.kind, lang)})")
        lines.extend(_document_lines(g, d, lang))
    for other in g.documents:
        section(f"{_t('more_docs', lang)}: {other.title} ({label(other.kind, lang)})")
        lines.extend(_document_lines(g, other, lang))

    shared = own_shared(g)
    posts = [r for r in g.roles if r.shared_with]
    if shared or posts:
        section(_t("own_org", lang))
        for o in shared:
            lines.append(f"* {o.name} ({shared_text(g, o, lang)})")
        for r in posts:
            lines.append(f"* {role_name(g, r.id)}: {shared_post_text(g, r, lang)}")

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
        if b.tasks:
            lines.append(f"    {_t('tasks_b', lang)}: " + _listed(b.tasks))
        if b.organisation:
            lines.append(f"    {_t('belongs', lang)}: {org_name(g, b.organisation)}")
        if b.period:
            lines.append(f"    {_t('exists', lang)}: {period_text(b.period, lang)}")
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
        for key, who, by in (
            ("chair", b.chair, b.chair_appointed_by),
            ("vice_chair", b.vice_chair, b.vice_chair_appointed_by),
            ("convener", b.convener, b.convener_appointed_by),
            ("secretary", b.secretary, b.secretary_appointed_by),
        ):
            if who or by:
                name = role_name(g, who) if who else ns
                lines.append(f"    {_t(key, lang)}: {name}{_appointed(g, by, lang)}")
        if b.led_by:
            lines.append(f"    {_t('led_by', lang)}: {body_name(g, b.led_by)}")
        if b.cadence:
            lines.append(f"    {_t('cadence', lang)}: {cadences_text(b.cadence, lang)}")
        form = [label(b.meeting_form, lang)] if b.meeting_form else []
        form += list(b.places) + ([b.meeting_tool] if b.meeting_tool else [])
        if form:
            lines.append(f"    {_t('form', lang)}: {', '.join(form)}")
        if b.created_by:
            lines.append(f"    {_t('created_by', lang)}: {body_name(g, b.created_by)}")
        if b.created_per:
            lines.append(f"    {_t('per', lang)}: {b.created_per}")
        if b.supports:
            lines.append(
                f"    {_t('supports', lang)}: " + ", ".join(item_name(g, x) for x in b.supports)
            )
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
            kinds = [label(o.kind, lang), *(label(x, lang) for x in o.categories)]
            facts = [", ".join(dict.fromkeys(kinds))]
            facts += [_t("category_of", lang)] if o.collective else []
            facts += [shared_text(g, o, lang)] if o.hosted_by else []
            lines.append(f"* {o.name} ({'; '.join(facts)})")
            if o.note:
                lines.append(f"    {o.note}")
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
            signing = signatories_text(g, a.parties, a.signatories)
            lines.append(f"    {_t('signatories', lang)}: {'; '.join(signing)}")
        if a.period:
            lines.append(f"    {_t('period', lang)}: {period_text(a.period, lang)}")

    if g.citizen_promises:
        section(_t("promises", lang))
        for p in g.citizen_promises:
            lines.extend(_promise_lines(g, p, lang))
    if g.citizen_dialogues:
        section(_t("dialogues", lang))
        for cd in g.citizen_dialogues:
            lines.append("* " + (cd.purpose or cd.id))
            if cd.method:
                lines.append(f"    {_t('method', lang)}: {cd.method}")
            if cd.cadence:
                lines.append(f"    {_t('how_often', lang)}: {cadence_text(cd.cadence, lang)}")
            if cd.feeds:
                lines.append(f"    {_t('feeds', lang)}: " + ", ".join(_fed(g, x) for x in cd.feeds))
            if cd.since:
                lines.append(f"    {_t('since', lang)}: {cd.since}")
    if g.camera_surveillance:
        section(_t("camera", lang))
        cam = g.camera_surveillance
        if cam.purpose:
            lines.append(cam.purpose)
        for i, pr in enumerate(cam.principles, 1):
            lines.append(f"  {i}. {pr}")
    if g.requirements:
        section(_t("requirements", lang))
        several = bool(g.documents)
        for req in g.requirements:
            doc = g.document(req.document)
            where = req.source
            if doc is not None and (several or req.version):
                title = doc.title + (f", version {req.version}" if req.version else "")
                where = f"{req.source}, {_t('in_doc', lang, doc=title)}"
            lines.append(f"* [{where}] {req.text}")
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
        for record in sorted(g.evidence, key=lambda x: x.date):
            what = f"{label(record.kind, lang)}: {_subject(g, record.subject)}"
            if record.to:
                what += f" → {body_name(g, record.to)}"
            note = f"; {record.note}" if record.note else ""
            lines.append(f"* {record.date} {what} ({record.reference}{note})")
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
    if g.unknowns:
        section(_t("unknowns", lang))
        n = len(g.unknowns)
        lines.append(_t("unknown_one" if n == 1 else "unknown_count", lang, n=n))
        for u in g.unknowns:
            lines.append(f"* {u.key}: {u.note}")
    return words_for(g.is_region and lang == "sv")("\n".join(lines))
