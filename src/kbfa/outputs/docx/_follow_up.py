"""A draft follow-up of the åtgärdsplan (6 § lag (2023:196)) for kommunstyrelsen.

Per measure its cause and problem, its indicators' baseline, target and latest value
and a status (på väg mot målet / inte på väg mot målet / ingen data), and the date the
next follow-up is due under 6 §, all from :class:`kbfa.outputs.follow_up.FollowUp`
(the JSON export renders the same), and per indicator with values a chart of them with
the baseline, the target and the target line the status uses, drawn as the lägesbild's
(:func:`kbfa.outputs.charts.goal_chart`). Brå's three kinds of follow-up frame it: whether
the measures were carried out (produktion), how (process) and what they achieved
(effekt). kbfa fills in the last from the indicators; the first two are the
municipality's, left as questions with room for the answers.
"""

from __future__ import annotations

import datetime as dt

from kbfa.data import ProgressStatus
from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import DeliverableKind, Governance
from kbfa.outputs.charts import (
    chart_png,
    goal_chart,
    goal_chart_alt,
    observation_text,
    period_span,
)
from kbfa.outputs.docx._blocks import Cell, CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    expired_steering_notice,
    start_document,
)
from kbfa.outputs.follow_up import (
    FollowUp,
    IndicatorFollowUp,
    MeasureFollowUp,
    benchmark_text,
    reason_text,
    status_text,
)
from kbfa.outputs.names import actor_name, body_name, role_name

__all__ = ["build_follow_up"]

T: Catalogue = {
    "title": {"sv": "Uppföljning av åtgärdsplanen", "en": "Follow-up of the action plan"},
    "subtitle": {"sv": "{name} – utkast {date}", "en": "{name} – draft {date}"},
    "subject": {
        "sv": "Uppföljning av åtgärdsplanen enligt 6 § lag (2023:196), utkast",
        "en": "Follow-up of the action plan under s. 6 of the Act (2023:196), draft",
    },
    "notice_lead": {"sv": "Utkast", "en": "Draft"},
    "notice": {
        "sv": "Indikatorernas värden och status är hämtade ur kommunens underlag. Hur "
        "åtgärderna har genomförts, och vad kommunen drar för slutsatser, skriver kommunen.",
        "en": "The indicators' values and statuses come from the municipality's sources. How "
        "the measures were carried out, and the conclusions, are the municipality's to write.",
    },
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "plan": {"sv": "Åtgärdsplan", "en": "Action plan"},
    "adopted": {"sv": "Antagen", "en": "Adopted"},
    "as_of": {"sv": "Uppföljningen avser", "en": "Follow-up as of"},
    "last": {"sv": "Förra uppföljningen", "en": "Previous follow-up"},
    "first_plan": {
        "sv": "ingen ännu; planen antogs {date} ({ref})",
        "en": "none yet; the plan was adopted on {date} ({ref})",
    },
    "due": {"sv": "Nästa uppföljning enligt 6 § senast", "en": "Next follow-up under s. 6 by"},
    "due_text": {
        "sv": "{due} (minst vartannat år, räknat från {since})",
        "en": "{due} (at least every second year, from {since})",
    },
    "due_passed": {
        "sv": "{due}; den dagen har passerat (räknat från {since})",
        "en": "{due}; that day has passed (from {since})",
    },
    "no_clock": {
        "sv": "kan inte anges: ingen antagen plan eller uppföljning är registrerad",
        "en": "cannot be given: no adopted plan or follow-up is recorded",
    },
    "produced_by": {"sv": "Tas fram av", "en": "Produced by"},
    "presented_to": {"sv": "Redovisas för", "en": "Presented to"},
    "not_recorded": {"sv": "inte registrerad", "en": "not recorded"},
    "h_summary": {"sv": "1. Sammanfattning", "en": "1. Summary"},
    "summary": {
        "sv": "Åtgärdsplanen har {measures} åtgärder. Indikatorerna som följer dem visar "
        "{on} på väg mot målet, {off} inte på väg mot målet och {none} utan data (mål, "
        "utgångsläge eller värden saknas).{without}",
        "en": "The plan has {measures} measures. The indicators following them show {on} on "
        "track, {off} not on track and {none} without data (no target, baseline or "
        "values).{without}",
    },
    "without": {
        "sv": " {n} av åtgärderna följs inte av någon indikator.",
        "en": " {n} of the measures are followed by no indicator.",
    },
    "continued": {"sv": "{n}. (forts.)", "en": "{n}. (cont.)"},
    "no_measures": {
        "sv": "Underlaget har inga åtgärder ännu. För in åtgärdsplanens åtgärder, med de "
        "orsaker de riktas mot och indikatorer med utgångsläge och mål.",
        "en": "The sources hold no measures yet. Enter the plan's measures, with the causes "
        "they target and indicators with baselines and targets.",
    },
    "summary_blank": {
        "sv": "[Kommunens samlade bedömning av hur arbetet går.]",
        "en": "[The municipality's overall assessment.]",
    },
    "h_effect": {"sv": "2. Åtgärder och indikatorer", "en": "2. Measures and indicators"},
    "effect_intro": {
        "sv": "Status jämför det senaste värdet för ett helt år med målkurvan, en rak linje "
        "från utgångsläget till målet: på väg mot målet när värdet är minst så bra som "
        "linjen det året. En indikator markerad ”problemets” följer problemet som åtgärden "
        "riktas mot, eftersom åtgärden saknar en egen.",
        "en": "The status compares the latest whole-year value with the target line, a "
        "straight line from the baseline to the target: on track when the value is at least "
        "as good as the line that year. An indicator marked “the problem's” follows the "
        "problem the measure targets, as the measure has none of its own.",
    },
    "col_measure": {"sv": "Åtgärd", "en": "Measure"},
    "col_cause": {"sv": "Orsak och problem", "en": "Cause and problem"},
    "col_indicator": {"sv": "Indikator", "en": "Indicator"},
    "col_baseline": {"sv": "Utgångsläge", "en": "Baseline"},
    "col_target": {"sv": "Mål", "en": "Target"},
    "col_latest": {"sv": "Senaste värde", "en": "Latest value"},
    "col_status": {"sv": "Status", "en": "Status"},
    "owner": {"sv": "Ansvarig: {who}", "en": "Owner: {who}"},
    "when": {"sv": "Klar: {when}", "en": "Done by: {when}"},
    "problem": {"sv": "Problem: {title}", "en": "Problem: {title}"},
    "via_problem": {"sv": "(problemets)", "en": "(the problem's)"},
    "no_indicator": {"sv": "ingen indikator", "en": "no indicator"},
    "h_output": {"sv": "3. Genomförande", "en": "3. Implementation"},
    "output_intro": {
        "sv": "Har åtgärderna genomförts som planerat? Brå kallar det produktionsuppföljning: "
        "vilka delar genomfördes, vilka ändrades, hur och varför.",
        "en": "Were the measures carried out as planned? Brå calls it output follow-up: which "
        "parts were done, which changed, how and why.",
    },
    "h_charts": {"sv": "Indikatorerna över tid", "en": "The indicators over time"},
    "charts_intro": {
        "sv": "Diagrammen visar kommunens värden för hela år, utgångsläget (fyrkant), målet "
        "(stjärna) och målkurvan mellan dem (streckad) som statusen ovan jämförs med.",
        "en": "The charts show the municipality's whole-year values, the baseline (square), "
        "the target (star) and the target line between them (dashed) that the status above "
        "is compared with.",
    },
    "figure": {
        "sv": "Figur {n}. {name}, {periods}. Status: {status}.",
        "en": "Figure {n}. {name}, {periods}. Status: {status}.",
    },
    "col_planned": {"sv": "Planerad uppföljning", "en": "Planned follow-up"},
    "col_plan_status": {"sv": "Status i planen", "en": "Status in the plan"},
    "col_done": {"sv": "Genomförande och avvikelser", "en": "Implementation and deviations"},
    "h_questions": {"sv": "4. Frågor för uppföljningen", "en": "4. Questions for the follow-up"},
    "col_question": {"sv": "Fråga", "en": "Question"},
    "col_answer": {"sv": "Kommunens svar", "en": "The municipality's answer"},
    "q_process": {
        "sv": "Hur fungerade genomförandet och samverkan? Vilka resurser användes, och vad "
        "kostade det?",
        "en": "How did the implementation and the cooperation work? Which resources were used, "
        "at what cost?",
    },
    "q_effect": {
        "sv": "Har problemen förändrats, och i så fall i vilken riktning och varför?",
        "en": "Have the problems changed, in which direction and why?",
    },
    "q_no_data": {
        "sv": "Hur ska de indikatorer som saknar data eller mål följas upp framöver?",
        "en": "How will the indicators without data or targets be followed up from now on?",
    },
    "q_next": {
        "sv": "Vad behöver ändras i åtgärdsplanen inför nästa period?",
        "en": "What needs to change in the plan for the next period?",
    },
    "h_sources": {"sv": "5. Källor", "en": "5. Sources"},
    "source": {"sv": "{source}, hämtad {date}", "en": "{source}, retrieved {date}"},
    "derived_note": {
        "sv": "Värden per invånare är beräknade ur källorna (antal per folkmängd).",
        "en": "Values per inhabitants are computed from the sources (counts per population).",
    },
    "no_sources": {
        "sv": "Ingen statistik är registrerad; indikatorerna har inga värden utöver "
        "utgångsläge och mål.",
        "en": "No statistics are recorded; the indicators have no values beyond baselines "
        "and targets.",
    },
}

#: Status shading; the word carries the status in black and white.
_FILLS = {
    ProgressStatus.ON_TRACK: "C6EFCE",
    ProgressStatus.OFF_TRACK: "FFC7CE",
    ProgressStatus.NO_DATA: "EDEDED",
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_follow_up(g: Governance, fu: FollowUp, ctx: BuildContext) -> GeneratedDocument:
    """The follow-up document of ``g`` from its collected :class:`FollowUp`."""
    lang = ctx.lang
    follow_ups = g.deliverables_of(DeliverableKind.UPPFOLJNING)
    title = follow_ups[0].title if follow_ups else _t("title", lang)
    when = dt.datetime.combine(fu.as_of, dt.time(), tzinfo=dt.UTC)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang), landscape=True, when=when)
    w.title(title)
    w.subtitle(_t("subtitle", lang, name=g.municipality.name, date=fu.as_of.isoformat()))
    expired_steering_notice(g, ctx, w)
    w.notice(_t("notice_lead", lang), _t("notice", lang))
    _cover(w, g, fu, lang)
    _summary(w, fu, lang)
    _effect(w, g, fu, lang)
    _output(w, fu, lang)
    _questions(w, lang)
    _sources(w, fu, lang)
    return GeneratedDocument("uppfoljning", title, w.document)


def _cover(w: Writer, g: Governance, fu: FollowUp, lang: Lang) -> None:
    rows: list[tuple[str, CellValue]] = [(_t("municipality", lang), g.municipality.name)]
    if fu.plan_title:
        rows.append((_t("plan", lang), fu.plan_title))
    adopted = f"{fu.adopted.date.isoformat()} ({fu.adopted.reference})" if fu.adopted else None
    rows.append((_t("adopted", lang), adopted or _t("not_recorded", lang)))
    rows.append((_t("as_of", lang), fu.as_of.isoformat()))
    clock = fu.clock
    if clock is not None:
        if clock.first:
            last = _t("first_plan", lang, date=clock.since.isoformat(), ref=clock.reference)
        else:
            last = f"{clock.since.isoformat()} ({clock.reference})"
        rows.append((_t("last", lang), last))
        key = "due_text" if fu.as_of <= clock.due else "due_passed"
        rows.append(
            (
                _t("due", lang),
                _t(key, lang, due=clock.due.isoformat(), since=clock.since.isoformat()),
            )
        )
    else:
        rows.append((_t("due", lang), _t("no_clock", lang)))
    for d in g.deliverables_of(DeliverableKind.UPPFOLJNING):
        if d.produced_by:
            rows.append(
                (_t("produced_by", lang), ", ".join(actor_name(g, x) for x in d.produced_by))
            )
        if d.recipients:
            rows.append(
                (_t("presented_to", lang), ", ".join(body_name(g, r.to) for r in d.recipients))
            )
    w.fields(rows, label_weight=0.8)


def _summary(w: Writer, fu: FollowUp, lang: Lang) -> None:
    w.heading(_t("h_summary", lang))
    if not fu.measures:
        w.paragraph(_t("no_measures", lang))
        return
    counts = fu.counts()
    without = sum(1 for m in fu.measures if not m.indicators)
    w.paragraph(
        _t(
            "summary",
            lang,
            measures=len(fu.measures),
            on=counts[ProgressStatus.ON_TRACK],
            off=counts[ProgressStatus.OFF_TRACK],
            none=counts[ProgressStatus.NO_DATA],
            without=_t("without", lang, n=without) if without else "",
        )
    )
    w.paragraph(_t("summary_blank", lang))


def _measure_cell(g: Governance, n: int, m: MeasureFollowUp, lang: Lang) -> list[str]:
    out = [f"{n}. {m.measure.title}"]
    if m.measure.owner:
        out.append(_t("owner", lang, who=role_name(g, m.measure.owner)))
    when = m.measure.due.isoformat() if m.measure.due else m.measure.when
    if when:
        out.append(_t("when", lang, when=when))
    return out


def _cause_cell(m: MeasureFollowUp, lang: Lang) -> list[str]:
    out = [c.description for c in m.causes]
    out += [_t("problem", lang, title=p.title) for p in m.problems]
    return out or ["–"]


def _indicator_cells(item: IndicatorFollowUp, lang: Lang) -> list[CellValue]:
    name = [item.indicator.name]
    if item.via_problem:
        name.append(_t("via_problem", lang))
    unit = item.unit
    decimals = 0 if unit is None or unit.value in ("count", "sek") else 1
    latest = item.latest
    latest_text = (
        [observation_text(latest, decimals, lang), f"({latest.label})"] if latest else ["–"]
    )
    status = item.progress.status
    return [
        name,
        benchmark_text(item.indicator.baseline, unit, lang),
        benchmark_text(item.indicator.target, unit, lang),
        latest_text,
        Cell(f"{status_text(status, lang)}: {reason_text(item, lang)}", _FILLS[status]),
    ]


def _effect(w: Writer, g: Governance, fu: FollowUp, lang: Lang) -> None:
    w.heading(_t("h_effect", lang))
    if not fu.measures:
        w.paragraph(_t("no_measures", lang))
        return
    w.paragraph(_t("effect_intro", lang))
    headers = [
        _t(k, lang)
        for k in (
            "col_measure",
            "col_cause",
            "col_indicator",
            "col_baseline",
            "col_target",
            "col_latest",
            "col_status",
        )
    ]
    rows: list[list[CellValue]] = []
    for n, m in enumerate(fu.measures, 1):
        first = _measure_cell(g, n, m, lang)
        cause = _cause_cell(m, lang)
        if not m.indicators:
            none = status_text(ProgressStatus.NO_DATA, lang)
            status = Cell(f"{none}: {_t('no_indicator', lang)}", _FILLS[ProgressStatus.NO_DATA])
            rows.append([first, cause, _t("no_indicator", lang), "–", "–", "–", status])
            continue
        for k, item in enumerate(m.indicators):
            # A measure with several indicators: its own cells once, then "(forts.)".
            lead: list[CellValue] = [first, cause] if k == 0 else [_t("continued", lang, n=n), ""]
            rows.append([*lead, *_indicator_cells(item, lang)])
    w.table(headers, rows, widths=[1.8, 2.0, 1.8, 1.0, 1.0, 1.0, 2.0])
    _charts(w, g, fu, lang)


def _charts(w: Writer, g: Governance, fu: FollowUp, lang: Lang) -> None:
    """One chart per indicator with values, once even when it follows several measures."""
    seen: dict[str, IndicatorFollowUp] = {}
    for m in fu.measures:
        for item in m.indicators:
            if item.data is not None:
                seen.setdefault(item.indicator.id, item)
    charts = [
        (item, goal_chart(item.indicator, item.data, g.municipality.name, lang))
        for item in seen.values()
        if item.data is not None
    ]
    charts = [(item, c) for item, c in charts if c.periods and c.lines]
    if not charts:
        return
    w.heading(_t("h_charts", lang), 2)
    w.paragraph(_t("charts_intro", lang))
    for n, (item, chart) in enumerate(charts, 1):
        name = item.indicator.name
        w.heading(name, 3)
        w.picture(
            chart_png(chart, lang),
            width_mm=160,
            alt=goal_chart_alt(chart, lang),
            title=name,
            keep_with_next=True,
        )
        w.caption(
            _t(
                "figure",
                lang,
                n=n,
                name=name,
                periods=period_span(chart),
                status=f"{status_text(item.progress.status, lang)}, {reason_text(item, lang)}",
            )
        )


def _output(w: Writer, fu: FollowUp, lang: Lang) -> None:
    if not fu.measures:
        return
    w.heading(_t("h_output", lang))
    w.paragraph(_t("output_intro", lang))
    headers = [_t(k, lang) for k in ("col_measure", "col_planned", "col_plan_status", "col_done")]
    rows: list[list[CellValue]] = [
        [f"{n}. {m.measure.title}", m.measure.follow_up or "–", m.measure.status or "–", ""]
        for n, m in enumerate(fu.measures, 1)
    ]
    w.table(headers, rows, widths=[2.0, 2.2, 1.2, 3.4], row_height_mm=14)


def _questions(w: Writer, lang: Lang) -> None:
    w.heading(_t("h_questions", lang))
    rows: list[list[CellValue]] = [
        [_t(k, lang), ""] for k in ("q_process", "q_effect", "q_no_data", "q_next")
    ]
    w.table(
        [_t("col_question", lang), _t("col_answer", lang)],
        rows,
        widths=[1.0, 2.0],
        row_height_mm=20,
    )


def _sources(w: Writer, fu: FollowUp, lang: Lang) -> None:
    w.heading(_t("h_sources", lang))
    if not fu.sources:
        w.paragraph(_t("no_sources", lang))
        return
    items = []
    for s in fu.sources:
        text = _t("source", lang, source=s.title or s.source, date=s.retrieved.isoformat())
        items.append(f"{text}. {s.attribution}" if s.attribution else text)
    derived = any(i.data is not None and i.data.derived for m in fu.measures for i in m.indicators)
    # The note on derived values closes the list: kept with it, so it never stands alone on
    # a last page (the example's follow-up ended on a page holding only that sentence).
    w.bullets(items, keep_with_next=derived)
    if derived:
        w.paragraph(_t("derived_note", lang))
