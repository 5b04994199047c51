"""Samverkansöverenskommelser (9 §) ready to sign, one document per agreement.

Each document has all the agreement's parties (the municipality first, then two or
more others: police, länsstyrelse, a company), the law's minimum (purposes and areas,
9 §) and what Brå asks an agreement to describe: the problems in focus, their likely
causes, measurable goals, how the work is documented and followed up, and the period
(https://bra.se, "Teckna samverkansöverenskommelse"). Each party's commitments,
information sharing and sekretess, change and termination, and a signature block per
party complete it. Everything the municipality's documents state is filled in; the rest
is a bracketed field for the parties, never invented.

Which documents are written is decided in :mod:`kbfa.outputs.docx._parties`: a recorded
agreement gives one document with all its parties; a counterpart with no agreement gets
a bilateral draft; a category of partners ("Kommunala bolag") gets one fill-in template;
the municipality's own bodies get none.
"""

from __future__ import annotations

from collections.abc import Sequence

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import cadence_text, cadences_text, label
from kbfa.model import (
    Agreement,
    DeliverableKind,
    Governance,
    Measure,
    Organisation,
    OrganisationKind,
    RequirementKind,
)
from kbfa.outputs.docx._action_plan import _benchmark as benchmark_text
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    expired_steering_notice,
    start_document,
)
from kbfa.outputs.docx._filenames import safe_stem
from kbfa.outputs.docx._parties import AgreementDraft, agreement_plan
from kbfa.outputs.docx._words import decision_text, partner_bodies, period_text
from kbfa.outputs.names import body_name, org_name, reporting_text, role_name

__all__ = ["build_agreements", "signatories"]

T: Catalogue = {
    "title": {"sv": "Samverkansöverenskommelse", "en": "Cooperation agreement"},
    "template_title": {
        "sv": "Samverkansöverenskommelse – mall",
        "en": "Cooperation agreement – template",
    },
    "between": {"sv": "mellan {names}", "en": "between {names}"},
    "and": {"sv": " och ", "en": " and "},
    "draft": {"sv": "Förslag att fyllas i och undertecknas", "en": "Draft to complete and sign"},
    "subject": {
        "sv": "Skriftlig överenskommelse om samverkan enligt 9 § lagen (2023:196)",
        "en": "Written cooperation agreement under s. 9 of the Act (2023:196)",
    },
    "fill_in": {
        "sv": "Text inom hakparentes fylls i av parterna innan överenskommelsen undertecknas.",
        "en": "Text in brackets is completed by the parties before signing.",
    },
    "category_note": {
        "sv": "{category} är en grupp av aktörer, inte en part som kan skriva under. Använd "
        "mallen för en överenskommelse i taget: skriv in partens namn och organisationsnummer "
        "där det står [Partens namn].",
        "en": "{category} is a group of actors, not a party that can sign. Use this template "
        "for one agreement at a time: write the party's name and registration number where it "
        "says [Party name].",
    },
    "company_note": {
        "sv": "Kommunens egna bolag kan också styras genom ägardirektiv i stället för en "
        "överenskommelse.",
        "en": "The municipality's own companies may instead be steered by owner directives.",
    },
    "party_blank": {"sv": "[Partens namn, organisationsnummer]", "en": "[Party name, reg. no.]"},
    "h_parties": {"sv": "Parter", "en": "Parties"},
    "col_party": {"sv": "Part", "en": "Party"},
    "col_kind": {"sv": "Slag av organisation", "en": "Kind of organisation"},
    "col_signs": {"sv": "Undertecknas av", "en": "Signed by"},
    "h_background": {"sv": "Bakgrund", "en": "Background"},
    "law": {
        "sv": "Enligt 9 § lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete ska "
        "kommunen verka för skriftliga överenskommelser om samverkan med de aktörer som är "
        "relevanta. En överenskommelse ska ange åtminstone syftena med samverkan och de områden "
        "den omfattar.",
        "en": "Under s. 9 of the Act (2023:196) the municipality shall work towards written "
        "cooperation agreements with relevant actors. An agreement states at least the purposes "
        "of the cooperation and the areas it covers.",
    },
    "doc": {
        "sv": "Överenskommelsen bygger på {kind}en ”{title}”{decision}.",
        "en": "The agreement rests on the {kind} “{title}”{decision}.",
    },
    "based_on": {
        "sv": "Problembilden kommer från {titles}.",
        "en": "The problems come from {titles}.",
    },
    "replaces": {
        "sv": "Den tidigare överenskommelsen, ”{title}”, gällde {period}. Den här ersätter den.",
        "en": "The agreement replaces “{title}”, which ran {period}.",
    },
    "h_purposes": {"sv": "Syfte", "en": "Purposes"},
    "purpose_blank": {
        "sv": "[Ange syftet med samverkan]",
        "en": "[State the purposes of the cooperation]",
    },
    "h_areas": {"sv": "Områden", "en": "Areas"},
    "area_blank": {
        "sv": "[Ange de områden samverkan omfattar]",
        "en": "[State the areas the cooperation covers]",
    },
    "h_problems": {"sv": "Gemensam problembild", "en": "Shared problems"},
    "problems_blank": {
        "sv": "[Beskriv de problem samverkan ska inriktas på, utifrån lägesbilden]",
        "en": "[Describe the problems the cooperation focuses on, from the lägesbild]",
    },
    "h_causes": {"sv": "Troliga orsaker", "en": "Likely causes"},
    "causes_blank": {
        "sv": "[Beskriv de troliga orsakerna bakom problemen]",
        "en": "[Describe the likely causes of the problems]",
    },
    "problem_of": {"sv": "{cause} (problem: {problems})", "en": "{cause} (problem: {problems})"},
    "h_goals": {"sv": "Mål och åtgärder", "en": "Goals and measures"},
    "goals_intro": {
        "sv": "Målen är avgränsade och mätbara; åtgärderna kommer från kommunens åtgärdsplan.",
        "en": "The goals are limited and measurable; the measures come from the action plan.",
    },
    "goals_blank": {
        "sv": "[Ange avgränsade och mätbara mål och de åtgärder som ska nå dem]",
        "en": "[State limited, measurable goals and the measures to reach them]",
    },
    "col_measure": {"sv": "Åtgärd", "en": "Measure"},
    "col_goal": {"sv": "Mål", "en": "Goal"},
    "col_who": {"sv": "Ansvar", "en": "Responsible"},
    "col_when": {"sv": "När", "en": "When"},
    "col_indicator": {"sv": "Mått", "en": "Indicator"},
    "col_baseline": {"sv": "Utgångsläge", "en": "Baseline"},
    "col_target": {"sv": "Målvärde", "en": "Target"},
    "h_commitments": {"sv": "Parternas åtaganden", "en": "Commitments of the parties"},
    "commits": {"sv": "{party} åtar sig att", "en": "{party} undertakes to"},
    "seat": {"sv": "delta i {body} ({how})", "en": "take part in {body} ({how})"},
    "owns": {"sv": "ansvara för åtgärden ”{title}”", "en": "be responsible for “{title}”"},
    "coordinate": {
        "sv": "samordna arbetet genom sin samordningsfunktion (12 §) och vara kontaktpunkt",
        "en": "coordinate the work through its coordination function (s. 12) as contact point",
    },
    "lagesbild": {
        "sv": "ta fram lägesbilden och åtgärdsplanen (4–5 §§) och dela dem med parterna",
        "en": "produce the lägesbild and action plan (ss. 4–5) and share them with the parties",
    },
    "commit_blank": {
        "sv": "[Ange vad parten åtar sig]",
        "en": "[State what the party undertakes]",
    },
    "h_follow": {"sv": "Dokumentation och uppföljning", "en": "Documentation and follow-up"},
    "follow_item": {"sv": "{title}: {how}{who}", "en": "{title}: {how}{who}"},
    "meets_in": {
        "sv": "Parterna möts i {body} ({cadence}).",
        "en": "The parties meet in {body} ({cadence}).",
    },
    "document_blank": {
        "sv": "[Ange hur arbetet dokumenteras och vem som för anteckningar]",
        "en": "[State how the work is documented and who keeps the notes]",
    },
    "follow_blank": {
        "sv": "[Ange hur och när uppföljningen görs och för vem den redovisas]",
        "en": "[State how and when the work is followed up, and to whom]",
    },
    "h_information": {
        "sv": "Informationsutbyte och sekretess",
        "en": "Information sharing and confidentiality",
    },
    "information": {
        "sv": "Parterna delar den information som behövs för samverkan, i den utsträckning "
        "lagen tillåter. Varje part prövar själv sekretess enligt offentlighets- och "
        "sekretesslagen (2009:400) innan uppgifter lämnas ut, och behandlar personuppgifter "
        "enligt dataskyddsförordningen. Överenskommelsen ger ingen rätt att lämna ut uppgifter "
        "som annars omfattas av sekretess.",
        "en": "The parties share the information the cooperation needs, as far as the law "
        "allows. Each party examines confidentiality under the Public Access to Information "
        "and Secrecy Act (2009:400) before disclosing anything, and processes personal data "
        "under the GDPR. The agreement gives no right to disclose confidential information.",
    },
    "h_contact": {"sv": "Kontaktpersoner", "en": "Contacts"},
    "contact": {
        "sv": "{party}: {who}",
        "en": "{party}: {who}",
    },
    "contact_blank": {
        "sv": "[Befattning och kontaktuppgifter]",
        "en": "[Position and contact details]",
    },
    "h_period": {"sv": "Giltighetstid", "en": "Period"},
    "period_blank": {
        "sv": "[Ange den period överenskommelsen gäller]",
        "en": "[State the period the agreement covers]",
    },
    "h_change": {"sv": "Ändring och uppsägning", "en": "Change and termination"},
    "change": {
        "sv": "Ändringar och tillägg görs skriftligen och undertecknas av samtliga parter. "
        "En part kan säga upp överenskommelsen skriftligen med [antal] månaders uppsägningstid.",
        "en": "Changes and additions are made in writing and signed by all parties. A party "
        "may terminate the agreement in writing with [number] months' notice.",
    },
    "h_rules": {
        "sv": "Krav i kommunens styrdokument",
        "en": "Requirements of the municipality's steering document",
    },
    "rules_intro": {
        "sv": "Överenskommelsen ska uppfylla dessa krav i kommunens styrdokument:",
        "en": "The agreement must meet these requirements of the steering document:",
    },
    "h_sign": {"sv": "Underskrifter", "en": "Signatures"},
    "copies": {
        "sv": "Överenskommelsen har upprättats i {n} likalydande exemplar, av vilka parterna "
        "har tagit var sitt.",
        "en": "The agreement is made in {n} identical copies, one for each party.",
    },
    "sign_rule": {
        "sv": "Enligt kommunens styrdokument undertecknas överenskommelsen för kommunens del "
        "av: {who}.",
        "en": "Under the steering document the agreement is signed for the municipality by: {who}.",
    },
    "for": {"sv": "För {party}", "en": "For {party}"},
    "col_title": {"sv": "Befattning", "en": "Position"},
    "col_signature": {"sv": "Underskrift", "en": "Signature"},
    "col_name": {"sv": "Namnförtydligande", "en": "Name in print"},
    "col_date": {"sv": "Ort och datum", "en": "Place and date"},
    "signatory_blank": {"sv": "[Behörig företrädare]", "en": "[Authorised representative]"},
    "police_signatory": {
        "sv": "[Chef för lokalpolisområdet]",
        "en": "[Head of the local police area]",
    },
}

_AGREEMENT_RULES = (
    RequirementKind.AGREEMENT_WRITTEN,
    RequirementKind.AGREEMENT_CONTENTS,
    RequirementKind.AGREEMENT_SIGNATORIES,
    RequirementKind.PARTNER_CATEGORIES,
)
_FOLLOW_UP_KINDS = (
    DeliverableKind.UPPFOLJNING,
    DeliverableKind.ARSANALYS,
    DeliverableKind.TRYGGHETSBOKSLUT,
)


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_agreements(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
    """One document per agreement, draft or category template (see :func:`agreement_plan`)."""
    return [_build_one(g, d, ctx) for d in agreement_plan(g)]


class _Sections:
    """Numbered H1 sections, so a section left out leaves no gap in the numbers."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        self.n = 0

    def __call__(self, text: str) -> None:
        self.n += 1
        self.w.heading(f"{self.n}. {text}")


def _names(g: Governance, draft: AgreementDraft, lang: Lang) -> list[str]:
    names: list[str] = [o.name for o in draft.parties]
    if draft.category is not None:
        names.append(_t("party_blank", lang))
    return names


def _joined(names: Sequence[str], lang: Lang) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + _t("and", lang) + names[-1]


def _build_one(g: Governance, draft: AgreementDraft, ctx: BuildContext) -> GeneratedDocument:
    lang = ctx.lang
    names = _names(g, draft, lang)
    title = _t("template_title" if draft.category else "title", lang)
    doc_title = (
        f"{title}: {draft.category.name}"
        if draft.category
        else f"{title} {_t('between', lang, names=_joined(names, lang))}"
    )
    w = start_document(g, ctx, title=doc_title, subject=_t("subject", lang))
    w.title(title)
    w.subtitle(_t("between", lang, names=_joined(names, lang)))
    expired_steering_notice(g, ctx, w)
    w.paragraph(_t("draft", lang) + ". " + _t("fill_in", lang))
    if draft.category is not None:
        w.paragraph(_t("category_note", lang, category=draft.category.name))
        if draft.category.kind is OrganisationKind.MUNICIPAL_COMPANY:
            w.paragraph(_t("company_note", lang))
    a = draft.recorded
    h = _Sections(w)
    _parties(w, h, g, draft, lang)
    _background(w, h, g, draft, ctx, lang)
    h(_t("h_purposes", lang))
    _listed(w, list(a.purposes) if a else [], "purpose_blank", lang)
    h(_t("h_areas", lang))
    _listed(w, list(a.areas) if a else [], "area_blank", lang)
    _problems(w, h, g, lang)
    measures = _measures_for(g, draft)
    _goals(w, h, g, measures, lang)
    _commitments(w, h, g, draft, measures, lang)
    _follow_up(w, h, g, draft, lang)
    h(_t("h_information", lang))
    w.paragraph(_t("information", lang))
    _contacts(w, h, g, draft, lang)
    _period(w, h, a, ctx, lang)
    h(_t("h_change", lang))
    w.paragraph(_t("change", lang))
    rules = [r for r in g.requirements if r.kind in _AGREEMENT_RULES]
    if rules:
        h(_t("h_rules", lang))
        w.paragraph(_t("rules_intro", lang))
        w.bullets([f"{r.text} ({r.source})" for r in rules])
    _signatures(w, h, g, draft, lang)
    return GeneratedDocument(
        safe_stem(draft.stem, "samverkansoverenskommelse"), doc_title, w.document
    )


def signatories(g: Governance, draft: AgreementDraft, org: Organisation, lang: Lang) -> list[str]:
    """The positions that sign for ``org``: the municipality's rule first, then those recorded.

    Each recorded signatory signs for the party it belongs to, a post of the
    municipality's own organisation (a gemensam nämnd, a shared post) for the
    municipality; a party may have several.
    """
    own = g.municipality.organisation
    required: list[str] = []
    if org.id == own:
        required = [
            role
            for r in g.requirements
            if r.kind is RequirementKind.AGREEMENT_SIGNATORIES
            for role in r.roles
            if (x := g.role(role)) is None or x.organisation == own
        ]
    recorded: list[str] = []
    if draft.recorded is not None:
        a = draft.recorded
        parties = tuple(dict.fromkeys((own, *a.parties))) if org.id == own else a.parties
        for party, roles in g.signatories_by_party(parties, a.signatories):
            if party == org.id:
                recorded = roles
    roles = list(dict.fromkeys([*required, *recorded]))
    if roles:
        return [role_name(g, x, with_org=False) for x in roles]
    if org.kind is OrganisationKind.POLICE:
        return [_t("police_signatory", lang)]
    return [_t("signatory_blank", lang)]


def _parties(w: Writer, h: _Sections, g: Governance, d: AgreementDraft, lang: Lang) -> None:
    h(_t("h_parties", lang))
    rows: list[list[CellValue]] = [
        [o.name, label(o.kind, lang), signatories(g, d, o, lang)] for o in d.parties
    ]
    if d.category is not None:
        rows.append(
            [_t("party_blank", lang), label(d.category.kind, lang), _t("signatory_blank", lang)]
        )
    keys = ("col_party", "col_kind", "col_signs")
    w.table([_t(k, lang) for k in keys], rows)


def _background(
    w: Writer, h: _Sections, g: Governance, d: AgreementDraft, ctx: BuildContext, lang: Lang
) -> None:
    h(_t("h_background", lang))
    w.paragraph(_t("law", lang))
    doc = g.steering_document
    if doc:
        decision = f" ({decision_text(g, doc.decision, lang)})" if doc.decision else ""
        w.paragraph(_t("doc", lang, kind=label(doc.kind, lang), title=doc.title, decision=decision))
    sources = [x.title for x in g.deliverables if x.kind is DeliverableKind.LAGESBILD]
    if sources and g.problems:
        w.paragraph(_t("based_on", lang, titles=_joined(sources, lang)))
    a = d.recorded
    if a is not None and a.period is not None:
        ended = ctx.as_of is not None and a.period.end is not None and a.period.end < ctx.as_of
        if ended:
            w.paragraph(_t("replaces", lang, title=a.title, period=period_text(a.period, lang)))


def _listed(w: Writer, items: list[str], blank: str, lang: Lang) -> None:
    if items:
        w.bullets(list(dict.fromkeys(items)))
    else:
        w.paragraph(_t(blank, lang))


def _problems(w: Writer, h: _Sections, g: Governance, lang: Lang) -> None:
    h(_t("h_problems", lang))
    problems = [p for p in g.problems if p.prioritised]
    if problems:
        w.bullets([f"{p.title}: {p.description}" if p.description else p.title for p in problems])
    else:
        w.paragraph(_t("problems_blank", lang))
    h(_t("h_causes", lang))
    titles = {p.id: p.title for p in g.problems}
    causes = [
        _t(
            "problem_of",
            lang,
            cause=c.description,
            problems=", ".join(titles[x] for x in c.problems if x in titles),
        )
        if any(x in titles for x in c.problems)
        else c.description
        for c in g.causes
    ]
    _listed(w, causes, "causes_blank", lang)


def _measures_for(g: Governance, d: AgreementDraft) -> list[Measure]:
    """The measures of the plan this agreement carries.

    With the police (Brå: the agreement the plan rests on), every measure; with anyone
    else, the measures one of its own positions is responsible for.
    """
    others = {o.id for o in d.parties[1:]}
    if any(o.kind is OrganisationKind.POLICE for o in d.parties[1:]):
        return list(g.measures)
    return [
        m for m in g.measures if m.owner and (r := g.role(m.owner)) and r.organisation in others
    ]


def _goals(w: Writer, h: _Sections, g: Governance, measures: list[Measure], lang: Lang) -> None:
    h(_t("h_goals", lang))
    if not measures:
        w.paragraph(_t("goals_blank", lang))
        return
    w.paragraph(_t("goals_intro", lang))
    rows: list[list[CellValue]] = [
        [
            m.title,
            m.operative_goal or "",
            role_name(g, m.owner) if m.owner else "",
            [x for x in (m.due.isoformat() if m.due else None, m.when) if x] or "",
        ]
        for m in measures
    ]
    keys = ("col_measure", "col_goal", "col_who", "col_when")
    w.table([_t(k, lang) for k in keys], rows)
    ids = {m.id for m in measures}
    indicators = [i for i in g.indicators if ids & set(i.measures) or not i.measures]
    if indicators:
        ind_rows: list[list[CellValue]] = [
            [i.description, benchmark_text(i, i.baseline, lang), benchmark_text(i, i.target, lang)]
            for i in indicators
        ]
        ind_keys = ("col_indicator", "col_baseline", "col_target")
        w.table([_t(k, lang) for k in ind_keys], ind_rows)


def _commitments(
    w: Writer, h: _Sections, g: Governance, d: AgreementDraft, measures: list[Measure], lang: Lang
) -> None:
    h(_t("h_commitments", lang))
    own = g.municipality.organisation
    parties: list[tuple[str, str | None]] = [(o.name, o.id) for o in d.parties]
    if d.category is not None:
        parties.append((_t("party_blank", lang), None))
    for name, org in parties:
        w.heading(_t("commits", lang, party=name), 2)
        items: list[str] = []
        if org == own:
            if g.coordination is not None:
                items.append(_t("coordinate", lang))
            if g.deliverables_of(DeliverableKind.LAGESBILD):
                items.append(_t("lagesbild", lang))
        if org is not None:
            items += _seats(g, org, d, lang)
            items += [
                _t("owns", lang, title=m.title)
                for m in measures
                if m.owner and (r := g.role(m.owner)) and r.organisation == org
            ]
        if not items:
            items = [_t("commit_blank", lang)]
        elif org != own:
            items.append(_t("commit_blank", lang))
        w.bullets(items)


def _seats(g: Governance, org: str, d: AgreementDraft, lang: Lang) -> list[str]:
    """ "delta i Trygghetsrådet (ledamot)" for each body the organisation sits in."""
    if org == g.municipality.organisation:
        return []
    roles = {r.id: r for r in g.roles if r.organisation == org}
    out: list[str] = []
    placed = set(d.recorded.placement) if d.recorded else set()
    for b in partner_bodies(g, org):
        hows = [
            f"{role_name(g, m.role, with_org=False)}, {label(m.participation, lang)}"
            for m in b.members
            if m.role in roles
        ]
        if not hows and b.id not in placed:
            continue
        out.append(_t("seat", lang, body=b.name, how="; ".join(hows) or label(b.kind, lang)))
    return out


def _follow_up(w: Writer, h: _Sections, g: Governance, d: AgreementDraft, lang: Lang) -> None:
    h(_t("h_follow", lang))
    items = []
    for x in g.deliverables:
        if x.kind not in _FOLLOW_UP_KINDS:
            continue
        who = ", ".join(role_name(g, p) if g.role(p) else body_name(g, p) for p in x.produced_by)
        to = "; ".join(reporting_text(g, r, lang) for r in x.recipients)
        how = cadences_text(x.cadence, lang) or ""
        items.append(
            _t("follow_item", lang, title=x.title, how=how, who=f" ({who})" if who else "")
            + (f" → {to}" if to else "")
        )
    bodies = []
    for o in d.parties[1:]:
        bodies += [b for b in partner_bodies(g, o.id) if b not in bodies]
    for b in bodies:
        if b.cadence:
            w.paragraph(
                _t(
                    "meets_in",
                    lang,
                    body=b.name,
                    cadence="; ".join(cadence_text(c, lang, full=True) for c in b.cadence),
                )
            )
    w.paragraph(_t("document_blank", lang))
    if items:
        w.bullets(items)
    else:
        w.paragraph(_t("follow_blank", lang))


def _contacts(w: Writer, h: _Sections, g: Governance, d: AgreementDraft, lang: Lang) -> None:
    h(_t("h_contact", lang))
    lines = []
    for o in d.parties:
        who = _t("contact_blank", lang)
        if o.id == g.municipality.organisation and g.coordination is not None:
            c = g.coordination
            holders = [role_name(g, r) for r in c.held_by] + (
                [body_name(g, c.body)] if c.body else []
            )
            if c.organisation and c.organisation != o.id:
                holders.append(org_name(g, c.organisation))
            if holders:
                who = ", ".join(holders) + " " + _t("contact_blank", lang)
        lines.append(_t("contact", lang, party=o.name, who=who))
    if d.category is not None:
        lines.append(
            _t("contact", lang, party=_t("party_blank", lang), who=_t("contact_blank", lang))
        )
    w.bullets(lines)


def _period(w: Writer, h: _Sections, a: Agreement | None, ctx: BuildContext, lang: Lang) -> None:
    """The recorded period, unless it ended before the date the draft is made for."""
    h(_t("h_period", lang))
    ended = (
        a is not None
        and a.period is not None
        and a.period.end is not None
        and ctx.as_of is not None
        and a.period.end < ctx.as_of
    )
    if a is not None and a.period is not None and not ended:
        w.paragraph(period_text(a.period, lang))
    else:
        w.paragraph(_t("period_blank", lang))


def _signatures(w: Writer, h: _Sections, g: Governance, d: AgreementDraft, lang: Lang) -> None:
    h(_t("h_sign", lang))
    parties: list[Organisation | None] = [*d.parties, *([None] if d.category else [])]
    w.paragraph(_t("copies", lang, n=len(parties)))
    own = g.municipality.organisation
    required = [
        role
        for r in g.requirements
        if r.kind is RequirementKind.AGREEMENT_SIGNATORIES
        for role in r.roles
        if (x := g.role(role)) is None or x.organisation == own
    ]
    if required:
        names = ", ".join(role_name(g, x, with_org=False) for x in dict.fromkeys(required))
        w.paragraph(_t("sign_rule", lang, who=names))
    headers = [_t(k, lang) for k in ("col_title", "col_signature", "col_name", "col_date")]
    for org in parties:
        name = org.name if org else _t("party_blank", lang)
        w.heading(_t("for", lang, party=name), 2)
        titles = signatories(g, d, org, lang) if org else [_t("signatory_blank", lang)]
        rows: list[list[CellValue]] = [[x, "", "", ""] for x in titles]
        w.table(headers, rows, widths=[1.4, 2.0, 1.6, 1.2], row_height_mm=14, keep_together=True)
