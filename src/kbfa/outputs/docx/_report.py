"""The compliance report (efterlevnadsrapport) kommunstyrelsen adopts: the default of
``kbfa report``.

Plain Swedish about styrdokumentet, kommunen, organ and beslut; no rule codes, config
keys or file places (those are in the coordinator's appendix, :mod:`._appendix`). At
most six pages for the bundled municipalities:

1. page 1: the report's own identity (date, diarienummer, handläggare) beside the
   steering document's, a notice when that document has expired or is overdue for
   review, a sammanfattande bedömning in 3–5 sentences, the verdict strip (one row per
   duty of the law, design and practice apart, each a symbol, a word and a colour),
   the three most important actions and, on request, a draft förslag till beslut;
2. one short section per duty: what the law asks, the verdicts, what was found and
   what the municipality's organs do about it (each rule's organisational action,
   :attr:`kbfa.rules.Rule.actions`);
3. the municipality's own requirements and Brå's advice that are not met;
4. how to read the report: the legend and the law's text.

The renderer takes the evaluation's findings as data (:func:`build_report`);
:func:`compliance_report` runs the evaluation first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from kbfa.config import LoadedConfig
from kbfa.evaluation import DutyVerdict, EvaluationResult, Finding, LevelVerdict, Severity, Verdict
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label
from kbfa.model import Governance
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import BuildContext, GeneratedDocument, start_document
from kbfa.outputs.docx._report_parts import (
    LAW_NAME,
    FindingGroups,
    ReportIdentity,
    group_findings,
    law_links,
)
from kbfa.outputs.docx._verdict_cells import finding_cell, legend_rows, level_cell, level_look
from kbfa.outputs.docx._words import W, decision_text, other_documents_text, period_text
from kbfa.outputs.duty_cells import NO_RULE, duty_cell
from kbfa.rules import Context, DocumentState, Duty, document_time, lead_in_text

__all__ = ["MAX_ACTIONS", "build_report", "compliance_report", "top_actions"]

#: How many actions page 1 lists.
MAX_ACTIONS = 3
#: Per duty, at most this many findings and actions are spelled out (the rest are
#: counted and shown in the coordinator's appendix).
_PER_DUTY = 3
_ACTIONS_PER_DUTY = 2
#: The font scale of the report's tables: 9.5 points beside 10.5 points of running text,
#: so that page 1 holds the answer and the whole report stays short.
_COMPACT = 0.9
#: The verdict strip a little smaller still: ten rows that must stay on page 1.
_STRIP = 0.85

T: Catalogue = {
    "subtitle": {
        "sv": "Det brottsförebyggande arbetet i {name}",
        "en": "Crime prevention in {name}",
    },
    "subject": {
        "sv": "Efterlevnad av lag (2023:196) och kommunens styrdokument per {date}",
        "en": "Compliance with the Act (2023:196) and the steering document as of {date}",
    },
    "header": {"sv": "{name} · {title} · {date}{dnr}", "en": "{name} · {title} · {date}{dnr}"},
    "header_dnr": {"sv": " · Dnr {dnr}", "en": " · Ref. {dnr}"},
    # the report's own identity
    "date": {"sv": "Datum", "en": "Date"},
    "dnr": {"sv": "Diarienummer", "en": "Reference number"},
    "dnr_blank": {"sv": "[diarienummer]", "en": "[reference number]"},
    "officer": {"sv": "Handläggare", "en": "Officer"},
    "officer_blank": {"sv": "[namn, befattning]", "en": "[name, title]"},
    "as_of": {"sv": "Bedömningen avser läget", "en": "Assessed as of"},
    # the steering document's, labelled as its own
    "doc": {"sv": "Styrdokument", "en": "Steering document"},
    "doc_title": {"sv": "{title} ({kind})", "en": "{title} ({kind})"},
    "doc_decision": {"sv": "Styrdokumentets beslut", "en": "The document's decision"},
    "revised": {"sv": ", reviderat {x}", "en": ", revised {x}"},
    "doc_dnr": {"sv": "; dnr {dnr}", "en": "; ref. {dnr}"},
    "doc_validity": {"sv": "Styrdokumentets giltighet", "en": "The document's validity"},
    "no_doc": {"sv": "inget styrdokument är beslutat", "en": "no steering document is decided"},
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "review_due": {"sv": "; aktualitetsprövas senast {due}", "en": "; review by {due}"},
    "review_after": {
        "sv": "; aktualitetsprövas {n} år efter antagandet",
        "en": "; review {n} years after adoption",
    },
    "overdue": {"sv": "Observera", "en": "Note"},
    # page 1
    "h_assessment": {"sv": "Sammanfattande bedömning", "en": "Overall assessment"},
    "s_design": {
        "sv": "Bedömt per {date} uppfyller {name} {met} av de {n} skyldigheterna i {law} "
        "enligt styrdokumentet{rest}.",
        "en": "As of {date}, {name} meets {met} of the {n} duties of {law} according to its "
        "steering document{rest}.",
    },
    "s_breaches": {
        "sv": "Brister mot lagens ska-krav finns i {where}.",
        "en": "There are breaches of the Act's requirements in {where}.",
    },
    "s_no_breaches": {
        "sv": "Styrdokumentet visar inga brister mot lagens ska-krav.",
        "en": "The steering document shows no breach of the Act's requirements.",
    },
    "s_warnings": {
        "sv": " Varningar (verka för, lämplighet) gäller {where}.",
        "en": " Warnings (work towards, where suitable) concern {where}.",
    },
    "s_practice": {
        "sv": "Registrerade belägg visar att arbetet har genomförts i tid för {met} av {n} "
        "skyldigheter{rest}.",
        "en": "Recorded evidence shows the work done on time for {met} of {n} duties{rest}.",
    },
    "s_unknown": {
        "sv": "{facts}{assessed} (det är inga brister).",
        "en": "{facts}{assessed} (these are not breaches).",
    },
    "unknown_facts_one": {
        "sv": "1 uppgift är okänd",
        "en": "1 fact is unknown",
    },
    "unknown_facts_many": {"sv": "{n} uppgifter är okända", "en": "{n} facts are unknown"},
    "unknown_assessed_none": {"sv": "", "en": ""},
    "unknown_assessed_one": {
        "sv": ", så 1 iakttagelse kan inte bedömas än",
        "en": ", so 1 finding cannot be assessed yet",
    },
    "unknown_assessed_many": {
        "sv": ", så {n} iakttagelser kan inte bedömas än",
        "en": ", so {n} findings cannot be assessed yet",
    },
    "s_practice_none": {
        "sv": "Inga registrerade belägg visar ännu att arbetet har genomförts i tid; {n} "
        "skyldigheter kan därför inte bedömas i genomförandet.",
        "en": "No recorded evidence yet shows the work done on time; {n} duties can therefore "
        "not be assessed in practice.",
    },
    "s_expired": {
        "sv": "Styrdokumentet gällde till {end} och behöver beslutas på nytt; det som står "
        "i det kan inte längre tillgodoräknas kommunen.",
        "en": "The steering document was valid until {end} and needs to be decided again; "
        "what it says can no longer be credited to the municipality.",
    },
    "s_undecided": {
        "sv": "Inget beslut om styrdokumentet ”{title}” är registrerat, så det som står i det "
        "kan inte tillgodoräknas kommunen.",
        "en": "No decision on the steering document “{title}” is recorded, so what it says "
        "cannot be credited to the municipality.",
    },
    "s_not_yet": {
        "sv": "Styrdokumentet ”{title}” gäller först från {start}.",
        "en": "The steering document “{title}” applies only from {start}.",
    },
    "s_own": {
        "sv": "Av kommunens egna krav i styrdokumentet är {met} av {n} uppfyllda",
        "en": "Of the municipality's own requirements, {met} of {n} are met",
    },
    "s_bra": {
        "sv": "Brås råd följs inte på {n} punkter (varningar, inte brister)",
        "en": "Brå's advice is not followed on {n} points (warnings, not breaches)",
    },
    "s_bra_all": {
        "sv": "Brås råd följs där de har kunnat bedömas",
        "en": "Brå's advice is followed where it could be assessed",
    },
    "h_strip": {"sv": "Bedömning per skyldighet", "en": "Verdict per duty"},
    "col_duty": {"sv": "Skyldighet i lagen", "en": "Duty under the Act"},
    "col_design": {"sv": "Utformning", "en": "Design"},
    "col_practice": {"sv": "Genomförande", "en": "Practice"},
    "ob_title": {
        "sv": "{title} (övergångsbestämmelserna)",
        "en": "{title} (transitional provisions)",
    },
    "h_actions": {"sv": "De viktigaste åtgärderna", "en": "The most important actions"},
    "no_actions": {"sv": "Inga åtgärder behövs.", "en": "No action is needed."},
    "h_proposal": {"sv": "Förslag till beslut", "en": "Proposed decision"},
    "p_approve": {
        "sv": "{Lead} godkänner efterlevnadsrapporten för det brottsförebyggande arbetet per "
        "{date}.",
        "en": "{Lead} approves the compliance report on crime prevention as of {date}.",
    },
    "p_task": {
        "sv": "{Lead} ger [förvaltningen] i uppdrag att genomföra de viktigaste åtgärderna i "
        "rapporten och återrapportera senast [datum].",
        "en": "{Lead} instructs [the administration] to carry out the report's most important "
        "actions and report back by [date].",
    },
    "p_assembly": {
        "sv": "Rapporten överlämnas till fullmäktige som en del av rapporteringen enligt 13 §.",
        "en": "The report is passed to the assembly as part of the reporting under s. 13.",
    },
    # the duties
    "h_duties": {"sv": "Skyldigheterna en och en", "en": "The duties one by one"},
    "duties_intro": {
        "sv": "För varje skyldighet: vad lagen kräver, bedömningen, vad som har iakttagits och "
        "vad kommunens organ behöver göra.",
        "en": "For each duty: what the Act asks, the verdict, what was found and what the "
        "municipality's bodies need to do.",
    },
    "duty_heading": {"sv": "{ref} {title}", "en": "{ref} {title}"},
    "law": {"sv": "Lagen", "en": "The Act"},
    "verdict": {"sv": "Bedömning", "en": "Verdict"},
    "verdict_text": {
        "sv": "utformning {design}; genomförande {practice}",
        "en": "design {design}; practice {practice}",
    },
    "found": {"sv": "Iakttagelser", "en": "Findings"},
    "todo": {"sv": "Åtgärder", "en": "Actions"},
    "nothing": {"sv": "Inga iakttagelser.", "en": "No findings."},
    "more": {
        "sv": "Ytterligare {n} iakttagelser finns i bilagan för samordnaren.",
        "en": "{n} further findings are in the coordinator's appendix.",
    },
    "more_1": {
        "sv": "Ytterligare en iakttagelse finns i bilagan för samordnaren.",
        "en": "One further finding is in the coordinator's appendix.",
    },
    "h_other_law": {"sv": "Övrigt enligt lagen", "en": "Other provisions of the Act"},
    # own requirements and Brå
    "h_own": {"sv": "Kommunens egna krav", "en": "The municipality's own requirements"},
    "own_intro": {
        "sv": "Styrdokumentet ställer egna ska-krav utöver lagen. Av {n} bedömningar är {met} "
        "uppfyllda; de som inte är det står här.",
        "en": "The steering document sets its own requirements beyond the Act. Of {n} "
        "verdicts {met} are met; those that are not are listed here.",
    },
    "own_waiting": {
        "sv": "För {n} av kraven finns ännu inga registrerade belägg att bedöma.",
        "en": "For {n} of the requirements there is no recorded evidence to assess yet.",
    },
    "own_all": {
        "sv": "Styrdokumentet ställer egna ska-krav utöver lagen. Alla {n} bedömningar är "
        "uppfyllda eller kan inte bedömas förrän det finns belägg.",
        "en": "The steering document sets its own requirements beyond the Act. All {n} "
        "verdicts are met or await evidence.",
    },
    "col_requirement": {"sv": "Krav", "en": "Requirement"},
    "col_found_todo": {"sv": "Iakttagelse och åtgärd", "en": "Finding and action"},
    "h_bra": {"sv": "Brås råd", "en": "Brå's advice"},
    "bra_intro": {
        "sv": "Brottsförebyggande rådets vägledning är inte lag. Där kommunen avviker från den "
        "är det varningar som pekar på förbättringar, inte brister.",
        "en": "The guidance of Brå is not law. Where the municipality departs from it, these "
        "are warnings pointing to improvements, not breaches.",
    },
    "col_advice": {"sv": "Brås råd", "en": "Brå's advice"},
    "alike": {"sv": " (och {n} liknande)", "en": " (and {n} similar)"},
    # how to read it
    "h_about": {"sv": "Om rapporten", "en": "About this report"},
    "about": {
        "sv": "Rapporten bedömer hur {name} uppfyller {law} och sitt eget styrdokument per "
        "{date}: dels hur arbetet är utformat i styrdokumentet (utformning), dels om daterade "
        "belägg, som beslut och protokoll, visar att det har genomförts i tid (genomförande). "
        "Det som kommunen ”ska” göra och inte gör är en brist; det som kommunen ska ”verka "
        "för” eller göra ”i den utsträckning det är lämpligt”, och Brås råd, ger som mest "
        "varningar. Ett krav räknas aldrig som uppfyllt utan belägg. Rapporten är framtagen "
        "med verktyget kbfa; regler, källor och detaljer finns i en bilaga för samordnaren.",
        "en": "The report assesses how {name} meets {law} and its own steering document as "
        "of {date}: how the work is designed in the document (design), and whether dated "
        "evidence such as decisions and minutes shows it done on time (practice). A missed "
        "“must” is a breach; what the municipality is to “work towards” or do “where "
        "suitable”, and Brå's advice, give warnings at most. Nothing counts as met without "
        "evidence. The report was made with kbfa; rules, sources and detail are in an "
        "appendix for the coordinator.",
    },
    "col_mark": {"sv": "Markering", "en": "Mark"},
    "col_meaning": {"sv": "Betydelse", "en": "Meaning"},
    "law_text": {"sv": "Lagtexten", "en": "The Act"},
    "or": {"sv": " eller ", "en": " or "},
}

#: What each duty of the law asks, in one plain sentence (the full paraphrase of every
#: rule is in the coordinator's appendix).
_DUTY_LAW: dict[str, tuple[str, str]] = {
    "4": (
        "Kommunen ska ta fram en lägesbild över brottsligheten i hela kommunen: en kartläggning "
        "av brottsligheten, dess omfattning och konsekvenser, annan information av betydelse och "
        "en analys av dem.",
        "The municipality must produce a situation report on crime in its whole area: a mapping "
        "of crime, its extent and consequences, other relevant information and an analysis.",
    ),
    "5": (
        "Kommunen ska utifrån lägesbilden besluta en åtgärdsplan med de åtgärder den avser att "
        "vidta.",
        "Based on the situation report, the municipality must decide an action plan with the "
        "measures it intends to take.",
    ),
    "6": (
        "Lägesbilden ska uppdateras och åtgärdsplanen följas upp minst vartannat år.",
        "The situation report must be updated and the action plan followed up at least every "
        "second year.",
    ),
    "7": (
        "Arbetet ska, i den utsträckning det är lämpligt, integreras med kommunens analys- och "
        "planeringsarbete enligt andra författningar.",
        "The work must, where suitable, be integrated with the municipality's analysis and "
        "planning under other statutes.",
    ),
    "8": (
        "Kommunen ansvarar för att samordna det lokala brottsförebyggande arbetet, genom "
        "överenskommelser (9 §) och ett strategiskt råd (10 §).",
        "The municipality is responsible for coordinating local crime prevention, through "
        "agreements (s. 9) and a strategic council (s. 10).",
    ),
    "9": (
        "Kommunen ska verka för skriftliga överenskommelser om samverkan med relevanta aktörer; "
        "en överenskommelse ska ange för vilka syften och inom vilka områden samverkan sker.",
        "The municipality must work towards written cooperation agreements with relevant "
        "actors, each stating the purposes and areas of the cooperation.",
    ),
    "10": (
        "Kommunen ska verka för ett strategiskt råd som kommunen leder, där andra aktörer "
        "företräds av personer i ledande befattning.",
        "The municipality must work towards a strategic council it leads, where other actors "
        "are represented by senior officials.",
    ),
    "11-12": (
        "Kommunen ska ha en samordningsfunktion som samordnar och stödjer arbetet, är "
        "kontaktpunkt för externa aktörer och bidrar till att information sprids.",
        "The municipality must have a coordination function that coordinates and supports the "
        "work, is the contact point for external actors and helps spread information.",
    ),
    "13": (
        "Kommunstyrelsen, eller den nämnd som fullmäktige beslutar, leder arbetet och "
        "rapporterar kontinuerligt om det till fullmäktige.",
        "The executive board, or the committee the assembly decides on, leads the work and "
        "reports on it continuously to the assembly.",
    ),
    "OB": (
        "Kommunens första åtgärdsplan skulle beslutas senast den 1 juli 2024.",
        "The municipality's first action plan was due by 1 July 2024.",
    ),
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def compliance_report(
    config: LoadedConfig | Governance,
    as_of: dt.date,
    ctx: BuildContext,
    identity: ReportIdentity | None = None,
) -> GeneratedDocument:
    """Evaluate ``config`` (a loaded file or a model built in code) as of ``as_of`` and
    render the report kommunstyrelsen adopts."""
    from kbfa.evaluation import duty_verdicts, evaluate
    from kbfa.rules import law_duties

    g = config.governance if isinstance(config, LoadedConfig) else config
    result = evaluate(config, as_of, lang=ctx.lang)
    return build_report(
        g,
        result,
        ctx,
        duties=law_duties(),
        verdicts=duty_verdicts(result),
        identity=identity or ReportIdentity(),
    )


def build_report(
    g: Governance,
    result: EvaluationResult,
    ctx: BuildContext,
    *,
    duties: Sequence[Duty],
    verdicts: Mapping[str, DutyVerdict],
    identity: ReportIdentity | None = None,
) -> GeneratedDocument:
    """The report for one municipality from its model, findings and duty verdicts."""
    lang = ctx.lang
    identity = identity or ReportIdentity()
    title = identity.title_or_default(lang)
    date = identity.date or result.as_of
    dnr = _t("header_dnr", lang, dnr=identity.dnr) if identity.dnr else ""
    header = _t(
        "header", lang, name=g.municipality.name, title=title, date=date.isoformat(), dnr=dnr
    )
    when = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC)
    w = start_document(
        g,
        ctx,
        title=title,
        subject=_t("subject", lang, date=result.as_of.isoformat()),
        when=when,
        header=header,
    )
    w.spacer_pt = 4.0  # tables a short line apart: page 1 must hold the answer
    groups = group_findings(result, duties)
    lead = lead_in_text(Context(g, result.as_of, lang))

    # Page 1: who, which document, the answer, the verdicts and what to do.
    w.title(title)
    w.subtitle(_t("subtitle", lang, name=g.municipality.name))
    _identity(w, result, identity, date, lang)
    w.fields(_document_rows(g, lang), scale=_COMPACT)
    noticed = _document_notice(w, g, result, groups, lang)
    w.heading(_t("h_assessment", lang))
    sentences = assessment(g, result, duties, verdicts, groups, lang)
    # The steering document's state is in the notice just above: not said twice.
    w.paragraph(" ".join(sentences[:-1] if noticed else sentences))
    _strip(w, duties, verdicts, lang)
    w.heading(_t("h_actions", lang))
    actions = top_actions(groups, duties)
    if actions:
        w.numbered(actions)
    else:
        w.paragraph(_t("no_actions", lang))
    if identity.proposal:
        _proposal(w, lead, date, bool(actions), lang)

    w.heading(_t("h_duties", lang))
    w.paragraph(_t("duties_intro", lang))
    for d in duties:
        _duty(w, d, verdicts.get(d.key), groups.by_duty[d.key], lang)
    other = [f for f in groups.other_law if _reported(f)]
    if other:
        w.heading(_t("h_other_law", lang), 2)
        w.fields(_found_and_todo(other, lang), label_weight=0.55, scale=_COMPACT)
    _own(w, groups.local, lang)
    _bra(w, groups.guidance, lang)
    _about(w, g, result, lang)
    w.finish()
    return GeneratedDocument("efterlevnadsrapport", f"{title}: {g.municipality.name}", w.document)


# -- page 1 ----------------------------------------------------------------------


def _identity(
    w: Writer, result: EvaluationResult, identity: ReportIdentity, date: dt.date, lang: Lang
) -> None:
    """The report's own date, dnr and handläggare on one line, as a tjänsteskrivelse has
    them under its title (the steering document's follow, labelled as its own)."""
    parts = [
        (_t("date", lang), date.isoformat()),
        (_t("dnr", lang), identity.dnr or _t("dnr_blank", lang)),
        (_t("officer", lang), identity.handlaggare or _t("officer_blank", lang)),
    ]
    if date != result.as_of:
        parts.insert(1, (_t("as_of", lang), result.as_of.isoformat()))
    w.labelled(parts)


def _document_rows(g: Governance, lang: Lang) -> list[tuple[str, CellValue]]:
    """The steering document's title, decision (with its dnr) and validity, labelled."""
    rows: list[tuple[str, CellValue]] = []
    d = g.steering_document
    if d is None:
        rows.append((_t("doc", lang), _t("no_doc", lang)))
        return rows
    ns = _t("not_stated", lang)
    rows.append((_t("doc", lang), _t("doc_title", lang, title=d.title, kind=label(d.kind, lang))))
    decided = decision_text(g, d.decision, lang) if d.decision else ns
    for r in d.revisions:
        # "Kommunfullmäktige 2024-05-16 § 38, reviderat 2026-05-21 § 40": the body once.
        same = d.decision is not None and r.body is not None and r.body == d.decision.body
        words = decision_text(g, attrs.evolve(r, body=None) if same else r, lang)
        decided += _t("revised", lang, x=words)
    if d.diarienummer:
        decided += _t("doc_dnr", lang, dnr=d.diarienummer)
    rows.append((_t("doc_decision", lang), decided))
    validity = period_text(d.validity, lang) if d.validity else ns
    if d.review_date:
        validity += _t("review_due", lang, due=d.review_date.isoformat())
    elif d.review_after_years:
        validity += _t("review_after", lang, n=d.review_after_years)
    rows.append((_t("doc_validity", lang), validity))
    others = other_documents_text(g, lang)
    if others is not None:
        rows.append((W["other_docs"][lang], others))
    return rows


def _document_notice(
    w: Writer, g: Governance, result: EvaluationResult, groups: FindingGroups, lang: Lang
) -> bool:
    """A framed notice when the steering document has expired, is undecided, does not yet
    apply or is overdue for review (True when one was written)."""
    sentence = _document_sentence(g, result, groups, lang)
    if sentence:
        w.notice(_t("overdue", lang), sentence)
    return bool(sentence)


_ADJ: dict[Verdict, tuple[tuple[str, str], str]] = {
    Verdict.DELVIS: (("är delvis uppfylld", "är delvis uppfyllda"), "partly met"),
    Verdict.EJ_UPPFYLLT: (("är inte uppfylld", "är inte uppfyllda"), "not met"),
    Verdict.EJ_BEDOMBART: (("kan inte bedömas", "kan inte bedömas"), "cannot be assessed"),
    Verdict.UNDANTAG: (("är undantagen", "är undantagna"), "waived"),
    Verdict.EJ_TILLAMPLIG: (("är inte tillämplig", "är inte tillämpliga"), "not applicable"),
}


def _rest(counts: Mapping[Verdict, int], lang: Lang, and_: str = " och ") -> str:
    parts: list[str] = []
    for v, ((one, many), en) in _ADJ.items():
        n = counts.get(v, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}" if lang == "sv" else f"{n} {en}")
    if not parts:
        return ""
    joined = ", ".join(parts[:-1]) + (and_ if lang == "sv" else " and ") + parts[-1]
    return "; " + (joined if len(parts) > 1 else parts[0])


def _where(duties: Sequence[Duty], keys: Sequence[str], lang: Lang) -> str:
    """ "5 § (åtgärdsplan) och 13 § (ledning …)"; with more than two, the sections alone."""
    if len(keys) > 2:
        return _refs(duties, keys, lang)
    names = [f"{_ref(d, lang)} ({d.title(lang).lower()})" for d in duties if d.key in keys]
    if len(names) < 2:
        return "".join(names)
    last = " och " if lang == "sv" else " and "
    return ", ".join(names[:-1]) + last + names[-1]


def _ref(d: Duty, lang: Lang) -> str:
    if d.reference.transitional:
        return "övergångsbestämmelserna" if lang == "sv" else "the transitional provisions"
    return d.reference.short(lang)


def _refs(duties: Sequence[Duty], keys: Sequence[str], lang: Lang) -> str:
    """ "7, 8 och 9 §§", "4, 5 och 13 §§ och övergångsbestämmelserna": the sections alone."""
    chosen = [d for d in duties if d.key in keys]
    sections = [d for d in chosen if not d.reference.transitional and d.reference.section]
    tail = [_ref(d, lang) for d in chosen if d not in sections]
    last = " och " if lang == "sv" else " and "
    if (
        lang == "sv"
        and len(sections) > 1
        and all(d.reference.last_section is None for d in sections)
    ):
        numbers = [str(d.reference.section) for d in sections]
        refs = [", ".join(numbers[:-1]) + last + numbers[-1] + " §§"]
    else:
        refs = [_ref(d, lang) for d in sections]
    refs += tail
    if len(refs) < 2:
        return "".join(refs)
    return ", ".join(refs[:-1]) + last + refs[-1]


def assessment(
    g: Governance,
    result: EvaluationResult,
    duties: Sequence[Duty],
    verdicts: Mapping[str, DutyVerdict],
    groups: FindingGroups,
    lang: Lang,
) -> list[str]:
    """The sammanfattande bedömning: 3–5 sentences, each a plain statement of the verdicts.

    1. the design verdicts counted, with the law's full name at its first mention;
    2. where the Act's binding requirements are breached (and where only its "verka
       för" and lämplighet parts are missing);
    3. what the recorded evidence shows;
    4. how many facts the config marks as unknown, and the findings that therefore
       cannot be assessed (issue 12; joined to sentence 3 when five would be exceeded);
    5. the municipality's own requirements and Brå's advice (when there are any);
    6. the steering document, when it has expired, is undecided or overdue for review.
    """
    design = {k: v.design for k, v in verdicts.items() if v.design is not None}
    counts: dict[Verdict, int] = {}
    for level in design.values():
        counts[level.verdict] = counts.get(level.verdict, 0) + 1
    met = counts.pop(Verdict.UPPFYLLT, 0)
    out = [
        _t(
            "s_design",
            lang,
            date=result.as_of.isoformat(),
            name=g.municipality.name,
            met=met,
            n=len(design),
            law=LAW_NAME[lang],
            rest=_rest(counts, lang),
        )
    ]
    breach = [k for k, v in verdicts.items() if any(x.breach for x in v.levels)]
    warn = [
        k
        for k, v in verdicts.items()
        if k not in breach
        and any(
            x.verdict in (Verdict.EJ_UPPFYLLT, Verdict.DELVIS) and not x.binding for x in v.levels
        )
    ]
    sentence = (
        _t("s_breaches", lang, where=_where(duties, breach, lang))
        if breach
        else _t("s_no_breaches", lang)
    )
    if warn:
        sentence += _t("s_warnings", lang, where=_refs(duties, warn, lang))
    out.append(sentence)
    practice = {k: v.practice for k, v in verdicts.items() if v.practice is not None}
    p_counts: dict[Verdict, int] = {}
    for level in practice.values():
        p_counts[level.verdict] = p_counts.get(level.verdict, 0) + 1
    p_met = p_counts.pop(Verdict.UPPFYLLT, 0)
    if practice and p_met == 0 and set(p_counts) == {Verdict.EJ_BEDOMBART}:
        out.append(_t("s_practice_none", lang, n=len(practice)))
    elif practice:
        out.append(_t("s_practice", lang, met=p_met, n=len(practice), rest=_rest(p_counts, lang)))
    unknown = unknown_sentence(result, lang)
    if unknown:
        out.append(unknown)
    own = [f for f in groups.local if _counted(f)]
    bra_open = {f.code for f in groups.guidance if _shown(f)}
    parts: list[str] = []
    if own:
        own_met = sum(1 for f in own if f.verdict is Verdict.UPPFYLLT)
        parts.append(_t("s_own", lang, met=own_met, n=len(own)))
    if groups.guidance:
        parts.append(_t("s_bra", lang, n=len(bra_open)) if bra_open else _t("s_bra_all", lang))
    if parts:
        joiner = ", och " if lang == "sv" else ", and "
        out.append(joiner.join(parts) + ".")
    state = _document_sentence(g, result, groups, lang)
    if state:
        out.append(state)
    if unknown and len(out) > 5:
        # At most five sentences: the unknown facts join the sentence on the evidence.
        at = out.index(unknown)
        joiner = ", och " if lang == "sv" else ", and "
        out[at - 1 : at + 1] = [out[at - 1].rstrip(".") + joiner + unknown]
    return out


def unknown_sentence(result: EvaluationResult, lang: Lang) -> str:
    """ "2 uppgifter är okända, så 5 iakttagelser kan inte bedömas än (det är inga
    brister)." ("" when none is unknown)."""
    n = len(result.unknowns)
    if not n:
        return ""
    facts = _t("unknown_facts_one" if n == 1 else "unknown_facts_many", lang, n=n)
    found = len(result.unknown_findings)
    which = "none" if found == 0 else "one" if found == 1 else "many"
    assessed = _t(f"unknown_assessed_{which}", lang, n=found)
    return _t("s_unknown", lang, facts=facts, assessed=assessed)


def _document_sentence(
    g: Governance, result: EvaluationResult, groups: FindingGroups, lang: Lang
) -> str:
    """One sentence on a steering document that does not apply or is overdue ("" if fine)."""
    time = document_time(g, result.as_of)
    if time.state is DocumentState.EXPIRED or (
        time.state is DocumentState.UNDECIDED and time.end is not None and time.end < result.as_of
    ):
        return _t("s_expired", lang, end=time.end, title=time.title)
    if time.state is DocumentState.UNDECIDED:
        return _t("s_undecided", lang, title=time.title)
    if time.state is DocumentState.NOT_YET:
        return _t("s_not_yet", lang, start=time.start, title=time.title)
    overdue = next(
        (f for f in groups.admin if f.is_open and not f.informational and _about_main(f)), None
    )
    return overdue.plain_message if overdue is not None else ""


def _about_main(f: Finding) -> bool:
    """Whether an administrative finding is about the main steering document (a further
    one, ``[[documents]]``, is among the duties' findings and actions, not page 1's notice)."""
    path = f.location.path if f.location is not None else None
    return not (path or "").startswith("documents")


def _strip(
    w: Writer, duties: Sequence[Duty], verdicts: Mapping[str, DutyVerdict], lang: Lang
) -> None:
    """One row per duty: its design and practice verdicts as symbol, word and colour."""
    # No heading of its own: the header row says what the table is, and page 1 needs
    # the room; screen readers get the table's title.
    rows: list[list[CellValue]] = []
    for d in duties:
        v = verdicts.get(d.key)
        rows.append(
            [
                _duty_name(d, lang),
                level_cell(v.design if v else None, lang),
                level_cell(v.practice if v else None, lang),
            ]
        )
    keys = ("col_duty", "col_design", "col_practice")
    # Each cell says its verdict in words beside the symbol, so the strip needs no key;
    # the legend at the end explains the marks.
    w.table(
        [_t(k, lang) for k in keys],
        rows,
        widths=[0.4, 2.8, 2.8],
        title=_t("h_strip", lang),
        scale=_STRIP,
    )


def _duty_name(d: Duty, lang: Lang) -> str:
    """ "4 § Lägesbild"; the transitional provisions by name, not an abbreviation."""
    if d.reference.transitional:
        return _t("ob_title", lang, title=d.title(lang))
    return _t("duty_heading", lang, ref=d.reference.short(lang), title=d.title(lang))


def _reported(f: Finding) -> bool:
    """Whether an open finding is reported under its duty: not the summary of others or
    other information, not the checks of the config's own waiver entries (the
    coordinator's). A gap the law itself fills is reported: it explains a "delvis"."""
    return f.is_open and not f.informational and not f.code.startswith("KBFA-W")


def _shown(f: Finding) -> bool:
    """Whether an open finding asks kommunstyrelsen to act: a breach or a warning (the
    top actions, the own requirements' and Brå's tables)."""
    return _reported(f) and f.severity is not Severity.INFO


def _counted(f: Finding) -> bool:
    """Whether a finding of the municipality's own rules counts in the summary."""
    return (
        not f.code.startswith("KBFA-W")
        and not f.informational
        and f.verdict not in (Verdict.EJ_TILLAMPLIG, Verdict.UNDANTAG)
    )


def _rank(f: Finding) -> int:
    """How urgent an action is: the steering document first, then breaches of the Act,
    breaches of the municipality's own rules, the Act's warnings, the own rules'
    warnings and Brå's advice. A further steering document ([[documents]]: a council's
    rules, a routine) ranks with the own rules' warnings: the main document still applies;
    so does a finding that rests on an unknown fact (issue 12)."""
    if f.source == "kbfa" and not _about_main(f):
        return 4
    if f.situation is not None and f.situation.value == "unknown":
        return 4  # find the fact out: no breach, and the law's own actions come first
    if f.source == "kbfa" or (f.situation is not None and f.situation.value == "no_document"):
        return 0
    breach = f.severity is Severity.BREACH
    if f.source == "law":
        return 1 if breach else 3
    if f.source == "local":
        return 2 if breach else 4
    return 5


def top_actions(groups: FindingGroups, duties: Sequence[Duty], n: int = MAX_ACTIONS) -> list[str]:
    """The ``n`` most important actions for kommunstyrelsen, each about a different thing.

    Open findings that are no mere information, most urgent first (:func:`_rank`), in
    the law's order within a rank; one action per duty (or per rule outside the duties,
    and one for the steering document), so that three actions are three different tasks.
    """
    found: list[tuple[int, int, str, str]] = []  # (rank, order, area, action)
    order = 0
    for d in duties:
        for f in groups.by_duty[d.key]:
            if _shown(f) and f.action:
                area = "document" if _rank(f) == 0 else d.key
                found.append((_rank(f), order, area, f.action))
                order += 1
    for f in [*groups.admin, *groups.other_law, *groups.local, *groups.guidance]:
        if _shown(f) and f.action:
            area = "document" if _rank(f) == 0 else f.code
            found.append((_rank(f), order, area, f.action))
            order += 1
    out: list[str] = []
    areas: set[str] = set()
    for _, _, area, action in sorted(found):
        if area in areas or action in out:
            continue
        areas.add(area)
        out.append(action)
        if len(out) == n:
            break
    return out


def _proposal(w: Writer, lead: str, date: dt.date, actions: bool, lang: Lang) -> None:
    """A draft förslag till beslut, in the order a tjänsteskrivelse has it."""
    w.heading(_t("h_proposal", lang))
    lead_cap = lead[:1].upper() + lead[1:]
    items = [_t("p_approve", lang, Lead=lead_cap, date=date.isoformat())]
    if actions:
        items.append(_t("p_task", lang, Lead=lead_cap))
    items.append(_t("p_assembly", lang))
    w.numbered(items)


# -- the duties -------------------------------------------------------------------


def _level_words(level: LevelVerdict | None, lang: Lang) -> str:
    if level is None:
        return NO_RULE
    return f"{level_look(level).symbol} {duty_cell(level, lang)}"


def _severity_order(f: Finding) -> int:
    return -f.severity.rank


def _found_and_todo(findings: Sequence[Finding], lang: Lang) -> list[tuple[str, CellValue]]:
    """What was found (at most a few, the most serious first) and what to do, as rows."""
    shown = sorted((f for f in findings if _reported(f)), key=_severity_order)
    if not shown:
        return [(_t("found", lang), _t("nothing", lang))]
    messages = list(dict.fromkeys(f.plain_message for f in shown))
    found = _listed(messages[:_PER_DUTY])
    rest = len(messages) - _PER_DUTY
    if rest > 0:
        found.append(_t("more_1", lang) if rest == 1 else _t("more", lang, n=rest))
    rows: list[tuple[str, CellValue]] = [(_t("found", lang), found)]
    actions = list(dict.fromkeys(f.action for f in shown if f.action))
    if actions:
        rows.append((_t("todo", lang), _listed(actions[:_ACTIONS_PER_DUTY])))
    return rows


def _listed(items: Sequence[str]) -> list[str]:
    """Several items in a cell each with a bullet; a single one as it is."""
    return [f"• {x}" for x in items] if len(items) > 1 else list(items)


def _duty(
    w: Writer, d: Duty, verdict: DutyVerdict | None, findings: Sequence[Finding], lang: Lang
) -> None:
    w.heading(_duty_name(d, lang), 2)
    rows: list[tuple[str, CellValue]] = []
    sv, en = _DUTY_LAW.get(d.key, ("", ""))
    if sv:
        rows.append((_t("law", lang), sv if lang == "sv" else en))
    if verdict is not None:
        text = _t(
            "verdict_text",
            lang,
            design=_level_words(verdict.design, lang),
            practice=_level_words(verdict.practice, lang),
        )
        rows.append((_t("verdict", lang), text))
    rows += _found_and_todo(findings, lang)
    w.fields(rows, label_weight=0.55, scale=_COMPACT)


# -- own requirements and Brå ---------------------------------------------------


def _own(w: Writer, local: Sequence[Finding], lang: Lang) -> None:
    counted = [f for f in local if _counted(f)]
    if not counted:
        return
    w.heading(_t("h_own", lang))
    met = sum(1 for f in counted if f.verdict is Verdict.UPPFYLLT)
    # Not yet assessable for want of records: counted, not listed one by one.
    waiting = [f for f in counted if _shown(f) and f.verdict is Verdict.EJ_BEDOMBART]
    shown = [f for f in counted if _shown(f) and f.verdict is not Verdict.EJ_BEDOMBART]
    if not shown:
        w.paragraph(_t("own_all", lang, n=len(counted)))
        return
    intro = _t("own_intro", lang, n=len(counted), met=met)
    if waiting:
        intro += " " + _t("own_waiting", lang, n=len(waiting))
    w.paragraph(intro)
    rows: list[list[CellValue]] = []
    for f in shown:
        heading = f.reference.rsplit(", ", 1)[-1] if ", " in f.reference else f.reference
        requirement = [x for x in (f.title, heading) if x]
        said = [f.plain_message] + ([f.action] if f.action else [])
        rows.append([requirement, finding_cell(f, lang), said])
    keys = ("col_requirement", "verdict", "col_found_todo")
    w.table([_t(k, lang) for k in keys], rows, widths=[1.6, 1.1, 3.2], scale=_COMPACT)


def _bra(w: Writer, guidance: Sequence[Finding], lang: Lang) -> None:
    shown = [f for f in guidance if _shown(f)]
    if not shown:
        return
    w.heading(_t("h_bra", lang))
    w.paragraph(_t("bra_intro", lang))
    by_code: dict[str, list[Finding]] = {}
    for f in shown:
        by_code.setdefault(f.code, []).append(f)
    rows: list[list[CellValue]] = []
    for fs in by_code.values():
        first = fs[0]
        more = len({f.plain_message for f in fs}) - 1
        message = first.plain_message + (_t("alike", lang, n=more) if more > 0 else "")
        said = [message] + ([first.action] if first.action else [])
        rows.append([first.title or "", finding_cell(first, lang), said])
    keys = ("col_advice", "verdict", "col_found_todo")
    w.table([_t(k, lang) for k in keys], rows, widths=[1.6, 1.1, 3.2], scale=_COMPACT)


# -- how to read it -----------------------------------------------------------------


def _about(w: Writer, g: Governance, result: EvaluationResult, lang: Lang) -> None:
    w.heading(_t("h_about", lang))
    w.paragraph(
        _t(
            "about",
            lang,
            name=g.municipality.name,
            date=result.as_of.isoformat(),
            law=LAW_NAME[lang],
        )
    )
    rows: list[list[CellValue]] = [[cell, meaning] for cell, meaning in legend_rows(lang)]
    w.table(
        [_t("col_mark", lang), _t("col_meaning", lang)], rows, widths=[1.2, 3.5], scale=_COMPACT
    )
    (official, official_url), (commented, commented_url) = law_links(lang)
    w.linked(
        [(official, official_url), _t("or", lang), (commented, commented_url), "."],
        lead=_t("law_text", lang),
    )
