"""The åtgärdsplan in Brå's six columns: Orsak, Åtgärd, Operativa mål, När, Vem, Uppföljning.

Filled from the config's content chain (problems → causes → measures → indicators)
where it has one: causes are numbered 1, 2, ... and each measure carries the number of
its first cause (1.1, 1.2, ...), as in Brå's template. A measure with no cause, and a
cause with no measure, are shown as such: Brå's main finding about municipal plans is
measures with no link to an identified problem. With no chain, the document is an
empty form with the municipality's own structure (who produces, decides and follows
up the plan) filled in.
"""

from __future__ import annotations

import datetime as dt

from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label, number_text
from kbfa.model import (
    Benchmark,
    Cause,
    Deliverable,
    DeliverableKind,
    EvidenceKind,
    Governance,
    Indicator,
    Measure,
)
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    expired_steering_notice,
    start_document,
)
from kbfa.outputs.docx._words import cadences_text, period_text, reporting_text
from kbfa.outputs.names import actor_name, body_name, role_name

__all__ = ["build_action_plan"]

#: Rows of an empty form: enough to start writing in, few enough to fit a page.
EMPTY_ROWS = 5

T: Catalogue = {
    "title": {
        "sv": "Åtgärdsplan för brottsförebyggande arbete",
        "en": "Crime-prevention action plan",
    },
    "subject": {
        "sv": "Åtgärdsplan enligt 5 § lag (2023:196)",
        "en": "Action plan under s. 5 of the Act (2023:196)",
    },
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "plan": {"sv": "Åtgärdsplan i styrdokumentet", "en": "Action plan in the steering document"},
    "based_on": {"sv": "Bygger på lägesbild (5 §)", "en": "Rests on the lägesbild (s. 5)"},
    "adopted": {"sv": "Antagen", "en": "Adopted"},
    "revised": {"sv": "Reviderad", "en": "Revised"},
    "version": {"sv": "Version", "en": "Version"},
    "version_n": {"sv": "{n} ({status})", "en": "{n} ({status})"},
    "in_force": {"sv": "gällande", "en": "in force"},
    "dnr": {"sv": "Diarienummer", "en": "Reference number"},
    "contact": {"sv": "Kontakt", "en": "Contact"},
    "resources": {"sv": "Resurser", "en": "Resources"},
    "blank_date": {"sv": "[datum, §]", "en": "[date, §]"},
    "blank_dnr": {"sv": "[dnr]", "en": "[reference number]"},
    "blank_validity": {"sv": "[giltighetstid]", "en": "[period of validity]"},
    "blank_contact": {"sv": "[kontaktuppgifter]", "en": "[contact details]"},
    "blank_resources": {
        "sv": "[personal, tid och budget som planen förutsätter]",
        "en": "[staff, time and budget the plan needs]",
    },
    "blank_lagesbild": {
        "sv": "[vilken lägesbild, beslutad när]",
        "en": "[which lägesbild, decided when]",
    },
    "proposal": {"sv": "förslag", "en": "proposal"},
    "produced_by": {"sv": "Tas fram av", "en": "Produced by"},
    "decided_by": {"sv": "Beslutas av", "en": "Decided by"},
    "presented_to": {"sv": "Redovisas för", "en": "Presented to"},
    "anchored": {"sv": "Förankras i", "en": "Anchored in"},
    "how_often": {"sv": "Hur ofta", "en": "How often"},
    "validity": {"sv": "Giltighet", "en": "Valid"},
    "law_follow_up": {"sv": "Uppföljning enligt lag", "en": "Follow-up required by law"},
    "law_follow_up_text": {
        "sv": "Planen följs upp och lägesbilden uppdateras minst vartannat år "
        "(6 § lag (2023:196)).",
        "en": "The plan is followed up and the lägesbild updated at least every second year "
        "(s. 6 of the Act (2023:196)).",
    },
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "no_plan": {
        "sv": "Styrdokumentet anger ingen åtgärdsplan; kommunen ska besluta om en (5 §).",
        "en": "The configuration names no action plan; the municipality must decide one (s. 5).",
    },
    "h_problems": {"sv": "1. Prioriterade problem", "en": "1. Prioritised problems"},
    "problems_from": {
        "sv": "Problemen kommer från lägesbilden; varje orsak i planen hör till ett av dem.",
        "en": "The problems come from the lägesbild; each cause in the plan belongs to one.",
    },
    "no_problems": {
        "sv": "Här finns inga problem från lägesbilden ännu. Fyll i de problem "
        "som lägesbilden pekar ut och prioriterar.",
        "en": "The configuration holds no problems from the lägesbild yet. Fill in the problems "
        "the lägesbild identifies and prioritises.",
    },
    "col_no": {"sv": "Nr", "en": "No."},
    "col_problem": {"sv": "Problem", "en": "Problem"},
    "col_description": {"sv": "Beskrivning", "en": "Description"},
    "col_identified": {"sv": "Identifierat i", "en": "Identified in"},
    "col_priority": {"sv": "Prioriterat", "en": "Prioritised"},
    "yes": {"sv": "ja", "en": "yes"},
    "no": {"sv": "nej", "en": "no"},
    "h_measures": {"sv": "2. Åtgärder", "en": "2. Measures"},
    "brå_columns": {
        "sv": "Kolumnerna följer Brås mall för åtgärdsplaner. Åtgärderna numreras efter den "
        "orsak de riktas mot (1.1 riktas mot orsak 1).",
        "en": "The columns follow Brå's action-plan template. Measures are numbered after "
        "the cause they target (1.1 targets cause 1).",
    },
    "empty_form": {
        "sv": "Här finns inga orsaker eller åtgärder ännu. Fyll i tabellen: en "
        "rad per åtgärd, med den numrerade orsak den riktas mot.",
        "en": "The configuration holds no causes or measures yet. Fill in the table: one row "
        "per measure, with the numbered cause it targets.",
    },
    "col_cause": {"sv": "Orsak", "en": "Cause"},
    "col_measure": {"sv": "Åtgärd", "en": "Measure"},
    "col_goal": {"sv": "Operativa mål", "en": "Operative goal"},
    "col_when": {"sv": "När", "en": "When"},
    "col_who": {"sv": "Vem", "en": "Who"},
    "col_follow": {"sv": "Uppföljning", "en": "Follow-up"},
    "no_cause": {
        "sv": "Ingen orsak angiven: åtgärden saknar koppling till lägesbilden.",
        "en": "No cause stated: the measure has no link to the lägesbild.",
    },
    "no_measure": {"sv": "Ingen åtgärd ännu.", "en": "No measure yet."},
    "problem_of": {"sv": "Problem: {titles}", "en": "Problem: {titles}"},
    "perspective": {"sv": "Perspektiv: {p}", "en": "Perspective: {p}"},
    "one_off": {"sv": "punktinsats", "en": "one-off effort"},
    "ordinary": {"sv": "ordinarie verksamhet", "en": "ordinary work"},
    "status": {"sv": "Status: {s}", "en": "Status: {s}"},
    "h_indicators": {"sv": "3. Indikatorer", "en": "3. Indicators"},
    "col_indicator": {"sv": "Indikator", "en": "Indicator"},
    "col_follows": {"sv": "Följer", "en": "Tracks"},
    "col_baseline": {"sv": "Utgångsläge", "en": "Baseline"},
    "col_target": {"sv": "Målvärde", "en": "Target"},
    "h_responsibility": {
        "sv": "{n}. Ansvar och uppföljning",
        "en": "{n}. Responsibility and follow-up",
    },
    "follow_ups": {"sv": "Uppföljningar", "en": "Follow-ups"},
    "local_rules": {
        "sv": "Kommunens egna krav på planen",
        "en": "The municipality's own rules on the plan",
    },
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_action_plan(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
    """The åtgärdsplan: Brå's six columns, from the content chain or as an empty form."""
    lang = ctx.lang
    title = _t("title", lang)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang), landscape=True)
    w.title(title)
    w.subtitle(g.municipality.name)
    expired_steering_notice(g, ctx, w)
    _cover(w, g, lang, ctx.as_of or dt.date.today())
    _problems(w, g, lang)
    _measures(w, g, lang)
    section = 3
    if g.indicators:
        _indicators(w, g, lang)
        section = 4
    _responsibility(w, g, lang, section)
    return [GeneratedDocument("atgardsplan", title, w.document)]


def _cover(w: Writer, g: Governance, lang: Lang, on: dt.date) -> None:
    """The decision block a plan for adoption carries, then who makes and presents it."""
    plans = g.deliverables_of(DeliverableKind.ATGARDSPLAN)
    rows: list[tuple[str, CellValue]] = [(_t("municipality", lang), g.municipality.name)]
    if not plans:
        w.fields(rows)
        w.paragraph(_t("no_plan", lang))
        return
    ns = _t("not_stated", lang)
    for plan in plans:
        rows.append((_t("plan", lang), plan.title))
        rows.append(
            (_t("decided_by", lang), body_name(g, plan.decided_by) if plan.decided_by else ns)
        )
        rows += _decision_rows(g, plan, lang, on)
        rows.append((_t("based_on", lang), _lagesbild(g, plan, lang, on)))
        rows.append(
            (_t("produced_by", lang), ", ".join(actor_name(g, x) for x in plan.produced_by) or ns)
        )
        if plan.recipients:
            rows.append(
                (
                    _t("presented_to", lang),
                    "; ".join(reporting_text(g, r, lang) for r in plan.recipients),
                )
            )
        if plan.anchored_in:
            rows.append(
                (_t("anchored", lang), ", ".join(actor_name(g, x) for x in plan.anchored_in))
            )
        if plan.cadence:
            rows.append((_t("how_often", lang), cadences_text(plan.cadence, lang)))
        rows.append((_t("contact", lang), _contact(g, lang)))
        rows.append((_t("resources", lang), _t("blank_resources", lang)))
    w.fields(rows, label_weight=0.7)


def _decision_rows(
    g: Governance, plan: Deliverable, lang: Lang, on: dt.date
) -> list[tuple[str, CellValue]]:
    """Antagen, Reviderad, Version, Diarienummer, Giltighet: from the recorded decisions."""
    adopted = sorted(
        (e for e in g.evidence if e.subject == plan.id and e.kind is EvidenceKind.ADOPTED),
        key=lambda e: e.date,
    )
    adopted = [e for e in adopted if e.date <= on]
    rows: list[tuple[str, CellValue]] = []
    if adopted:
        rows.append((_t("adopted", lang), adopted[0].reference))
        if len(adopted) > 1:
            rows.append((_t("revised", lang), [e.reference for e in adopted[1:]]))
        status = _t("in_force", lang)
        rows.append((_t("version", lang), _t("version_n", lang, n=len(adopted), status=status)))
    else:
        rows.append((_t("adopted", lang), _t("blank_date", lang)))
        status = _t("proposal", lang)
        rows.append((_t("version", lang), _t("version_n", lang, n=1, status=status)))
    rows.append((_t("dnr", lang), _t("blank_dnr", lang)))
    validity = period_text(plan.validity, lang) if plan.validity else _t("blank_validity", lang)
    rows.append((_t("validity", lang), validity))
    return rows


def _lagesbild(g: Governance, plan: Deliverable, lang: Lang, on: dt.date) -> CellValue:
    """The lägesbild the plan rests on, with its latest recorded decision or delivery."""
    out: list[str] = []
    for basis in (d for d in g.deliverables if d.id in plan.based_on):
        done = [
            e
            for e in g.evidence
            if e.subject == basis.id
            and e.kind in (EvidenceKind.ADOPTED, EvidenceKind.DELIVERED)
            and e.date <= on
        ]
        latest = max(done, key=lambda e: e.date, default=None)
        out.append(f"{basis.title}: {latest.reference}" if latest else basis.title)
    return out or _t("blank_lagesbild", lang)


def _contact(g: Governance, lang: Lang) -> str:
    c = g.coordination
    holders = [role_name(g, r) for r in c.held_by] if c else []
    holders += [body_name(g, c.body)] if c and c.body else []
    blank = _t("blank_contact", lang)
    return f"{', '.join(holders)} {blank}" if holders else blank


def _problems(w: Writer, g: Governance, lang: Lang) -> None:
    w.heading(_t("h_problems", lang))
    keys = ("col_no", "col_problem", "col_description", "col_identified", "col_priority")
    widths = [0.4, 2.0, 4.0, 1.6, 0.9]
    if not g.problems:
        w.paragraph(_t("no_problems", lang))
        blank: list[list[CellValue]] = [[str(i), "", "", "", ""] for i in range(1, 4)]
        w.table([_t(k, lang) for k in keys], blank, widths=widths, row_height_mm=10)
        return
    w.paragraph(_t("problems_from", lang))
    rows: list[list[CellValue]] = []
    for i, p in enumerate(g.problems, 1):
        where = g.deliverable(p.identified_in) if p.identified_in else None
        rows.append(
            [
                str(i),
                p.title,
                p.description or "",
                where.title if where else "",
                _t("yes" if p.prioritised else "no", lang),
            ]
        )
    w.table([_t(k, lang) for k in keys], rows, widths=widths)


def _cause_cell(g: Governance, number: int, c: Cause, lang: Lang) -> list[str]:
    texts = [f"{number}. {c.description}"]
    titles = [p.title for p in g.problems if p.id in c.problems]
    if titles:
        texts.append(_t("problem_of", lang, titles=", ".join(titles)))
    if c.perspective:
        texts.append(_t("perspective", lang, p=c.perspective))
    return texts


def _measure_cells(g: Governance, number: str, m: Measure, lang: Lang) -> list[CellValue]:
    what = [f"{number} {m.title}"]
    if m.one_off is not None:
        what.append(f"({_t('one_off' if m.one_off else 'ordinary', lang)})")
    when = [x for x in (m.due.isoformat() if m.due else None, m.when) if x]
    follow = [x for x in (m.follow_up, _t("status", lang, s=m.status) if m.status else None) if x]
    return [
        what,
        m.operative_goal or "",
        when or "",
        role_name(g, m.owner) if m.owner else "",
        follow or "",
    ]


def _measures(w: Writer, g: Governance, lang: Lang) -> None:
    w.heading(_t("h_measures", lang))
    headers = [
        _t(k, lang)
        for k in ("col_cause", "col_measure", "col_goal", "col_when", "col_who", "col_follow")
    ]
    widths = [2.4, 2.2, 1.9, 1.0, 1.3, 1.6]
    if not g.causes and not g.measures:
        w.paragraph(_t("empty_form", lang))
        empty: list[list[CellValue]] = [
            [f"{i}.", f"{i}.1", "", "", "", ""] for i in range(1, EMPTY_ROWS + 1)
        ]
        w.table(headers, empty, widths=widths, row_height_mm=14)
        w.caption(_t("brå_columns", lang))
        return
    numbers = {c.id: i for i, c in enumerate(g.causes, 1)}
    rows: list[list[CellValue]] = []
    for c in g.causes:
        n = numbers[c.id]
        targeting = [m for m in g.measures if m.causes and m.causes[0] == c.id]
        also = [m for m in g.measures if c.id in m.causes[1:]]
        cause = _cause_cell(g, n, c, lang)
        if not targeting and not also:
            rows.append([cause, _t("no_measure", lang), "", "", "", ""])
        for j, m in enumerate(targeting, 1):
            rows.append([cause, *_measure_cells(g, f"{n}.{j}", m, lang)])
        for m in also:
            first = numbers.get(m.causes[0], 0)
            rows.append([cause, *_measure_cells(g, f"→ {first}", m, lang)])
    orphans = [m for m in g.measures if not m.causes or m.causes[0] not in numbers]
    for k, m in enumerate(orphans, 1):
        rows.append([_t("no_cause", lang), *_measure_cells(g, f"0.{k}", m, lang)])
    w.table(headers, rows, widths=widths)
    w.caption(_t("brå_columns", lang))


def _indicators(w: Writer, g: Governance, lang: Lang) -> None:
    w.heading(_t("h_indicators", lang))
    rows: list[list[CellValue]] = []
    for ind in g.indicators:
        follows = [m.title for m in g.measures if m.id in ind.measures]
        follows += [p.title for p in g.problems if p.id in ind.problems]
        rows.append(
            [
                ind.description,
                follows or "",
                _benchmark(ind, ind.baseline, lang),
                _benchmark(ind, ind.target, lang),
            ]
        )
    keys = ("col_indicator", "col_follows", "col_baseline", "col_target")
    w.table([_t(k, lang) for k in keys], rows, widths=[3.0, 2.5, 1.5, 1.5])


def _benchmark(ind: Indicator, b: Benchmark | None, lang: Lang) -> str:
    """A baseline or target as "42 (2025)", or "12,5 per 100 000 invånare (2025)"."""
    if b is None:
        return ""
    unit = f" {label(ind.unit, lang)}" if ind.unit and ind.unit.value != "count" else ""
    text = f"{number_text(b.value, lang)}{unit} ({b.year})"
    return f"{text}: {b.note}" if b.note else text


def _responsibility(w: Writer, g: Governance, lang: Lang, section: int) -> None:
    w.heading(_t("h_responsibility", lang, n=section))
    rows: list[tuple[str, CellValue]] = [
        (_t("law_follow_up", lang), _t("law_follow_up_text", lang))
    ]
    follow_ups = [
        f"{d.title}: {cadences_text(d.cadence, lang) or _t('not_stated', lang)}"
        + (f" ({', '.join(actor_name(g, x) for x in d.produced_by)})" if d.produced_by else "")
        for d in g.deliverables
        if d.kind
        in (
            DeliverableKind.UPPFOLJNING,
            DeliverableKind.ARSANALYS,
            DeliverableKind.TRYGGHETSBOKSLUT,
        )
    ]
    if follow_ups:
        rows.append((_t("follow_ups", lang), follow_ups))
    plan_ids = {d.id for d in g.deliverables_of(DeliverableKind.ATGARDSPLAN)}
    rules = [f"{r.text} ({r.source})" for r in g.requirements if r.target in plan_ids]
    if rules:
        rows.append((_t("local_rules", lang), rules))
    w.fields(rows, label_weight=0.7)
