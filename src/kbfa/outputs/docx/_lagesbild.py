"""A draft lägesbild (4 § lag (2023:196)) in Brå's structure, from the config's statistics.

Brå's structure: the kartläggning of crime's extent and consequences (4 § 1 p.),
other relevant information (2 p.), the analysis of both (3 p.), and the sources with
their limits. kbfa fills in what it knows: for each indicator a chart (the
municipality against the county and the country over time) and a table with the
latest value, its change and its position against the references; the sources and
their retrieval dates; the problems and the citizen dialogues the config records.
What only the municipality can know (what the numbers mean, where and when, why, and
what to prioritise) is left as Brå's questions with room for the answers: kbfa never
writes a conclusion it cannot know.

The document is written with the same :class:`~kbfa.outputs.docx._blocks.Writer`,
template handling and plain-language rules as the other documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kbfa.data import (
    COMPARABLE_UNITS,
    AreaSeries,
    Change,
    IndicatorData,
    Observation,
    SourceNote,
    change,
    completed,
    period_label,
    position,
    running,
)
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import number_text
from kbfa.model import (
    DeliverableKind,
    EvidenceKind,
    Governance,
    IndicatorPart,
    Unit,
)
from kbfa.outputs.charts import chart_alt, chart_png, indicator_chart, observation_text
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    expired_steering_notice,
    start_document,
)
from kbfa.outputs.names import actor_name, body_name

__all__ = ["build_lagesbild", "indicator_table"]

T: Catalogue = {
    "title": {"sv": "Lägesbild över brottsligheten", "en": "Situation report on crime"},
    "subtitle": {"sv": "{name} – utkast {date}", "en": "{name} – draft {date}"},
    "subject": {
        "sv": "Lägesbild enligt 4 § lag (2023:196), utkast",
        "en": "Situation report under s. 4 of the Act (2023:196), draft",
    },
    "notice_lead": {"sv": "Utkast", "en": "Draft"},
    "notice": {
        "sv": "Statistiken, diagrammen och tabellerna är hämtade ur kommunens underlag. "
        "Analysen och slutsatserna skriver kommunen: frågorna i avsnitt 3 är Brås, och "
        "svaren är kommunens.",
        "en": "The statistics, charts and tables come from the municipality's sources. The "
        "analysis and the conclusions are the municipality's to write: the questions in "
        "section 3 are Brå's, the answers are the municipality's.",
    },
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "lagesbild": {"sv": "Lägesbild enligt styrdokumentet", "en": "Lägesbild in the document"},
    "produced_by": {"sv": "Tas fram av", "en": "Produced by"},
    "presented_to": {"sv": "Redovisas för", "en": "Presented to"},
    "previous": {"sv": "Förra lägesbilden", "en": "Previous lägesbild"},
    "statistics_until": {"sv": "Statistik till och med", "en": "Statistics up to"},
    "status": {"sv": "Status", "en": "Status"},
    "status_draft": {
        "sv": "Utkast {date}, inte beslutat",
        "en": "Draft {date}, not decided",
    },
    "none_recorded": {"sv": "inte registrerad", "en": "not recorded"},
    "h_about": {"sv": "Om lägesbilden", "en": "About this lägesbild"},
    "about": {
        "sv": "Kommunen ska ta fram en lägesbild över brottsligheten i kommunen (4 § lag "
        "(2023:196)). Den innehåller en kartläggning av brottsligheten, dess omfattning och "
        "konsekvenser, annan information av betydelse och en analys av dem, och uppdateras "
        "minst vartannat år (6 §). Lägesbilden är underlag för kommunens åtgärdsplan (5 §).",
        "en": "The municipality must produce a situation report on crime in the municipality "
        "(s. 4 of the Act (2023:196)): a mapping of crime, its extent and consequences, other "
        "relevant information and an analysis of both, updated at least every second year "
        "(s. 6). It is the basis of the municipality's action plan (s. 5).",
    },
    "about_sources": {
        "sv": "Varje diagram jämför kommunen med länet och riket där värdena kan jämföras "
        "(per invånare, andelar, index). Källorna och deras begränsningar står i avsnitt 4.",
        "en": "Each chart compares the municipality with the county and the country where "
        "the values can be compared (per inhabitants, shares, indexes). Section 4 lists the "
        "sources and their limits.",
    },
    "h_mapping": {
        "sv": "1. Kartläggning: brottslighetens omfattning och konsekvenser",
        "en": "1. Mapping: the extent and consequences of crime",
    },
    "h_extent": {"sv": "1.1 Omfattning", "en": "1.1 Extent"},
    "h_consequences": {"sv": "1.2 Konsekvenser", "en": "1.2 Consequences"},
    "h_where_when": {"sv": "1.3 Var och när", "en": "1.3 Where and when"},
    "no_extent": {
        "sv": "[Beskriv hur mycket brott som förekommer och hur det har utvecklats. Ingen "
        "statistik om brottslighetens omfattning finns i underlaget.]",
        "en": "[Describe how much crime there is and how it has developed. The sources hold "
        "no statistics on the extent of crime.]",
    },
    "no_consequences": {
        "sv": "[Beskriv brottslighetens konsekvenser, t.ex. otrygghet enligt en "
        "trygghetsmätning, utsatthet och kostnader. Ingen indikator för konsekvenserna finns "
        "i underlaget.]",
        "en": "[Describe the consequences of crime, e.g. insecurity according to a safety "
        "survey, victimisation and costs. The sources hold no indicator of consequences.]",
    },
    "where_when": {
        "sv": "[Var inträffar brotten och otryggheten, och när (plats, tid på dygnet, veckodag, "
        "årstid)? Brå råder att identifiera återkommande platser och tider.]",
        "en": "[Where and when do crime and insecurity occur (place, time of day, weekday, "
        "season)? Brå advises identifying recurring places and times.]",
    },
    "h_other": {
        "sv": "2. Annan information av betydelse",
        "en": "2. Other relevant information",
    },
    "other_sources": {
        "sv": "Enligt styrdokumentet bygger lägesbilden också på:",
        "en": "According to the steering document the lägesbild also rests on:",
    },
    "summarise": {"sv": "{source}: [sammanfatta vad den visar]", "en": "{source}: [summarise]"},
    "dialogues": {
        "sv": "Medborgardialoger som ger underlag till lägesbilden:",
        "en": "Citizen dialogues that feed the lägesbild:",
    },
    "dialogue": {
        "sv": "{purpose}{method}{held}: [sammanfatta vad som kom fram]",
        "en": "{purpose}{method}{held}: [summarise what came up]",
    },
    "held": {"sv": ", senast {date} ({ref})", "en": ", last on {date} ({ref})"},
    "no_other": {
        "sv": "[Beskriv annan information av betydelse: iakttagelser från verksamheterna, "
        "polisen, näringslivet och invånarna, och omvärldsbevakning (planerat byggande, nya "
        "etableringar, befolkningsförändringar).]",
        "en": "[Describe other relevant information: observations from the services, the "
        "police, businesses and residents, and horizon scanning (planned building, new "
        "establishments, population change).]",
    },
    "scanning": {
        "sv": "[Omvärldsbevakning: planerat byggande, nya etableringar och "
        "befolkningsförändringar som kan påverka brottsligheten.]",
        "en": "[Horizon scanning: planned building, new establishments and population change "
        "that may affect crime.]",
    },
    "h_analysis": {"sv": "3. Analys", "en": "3. Analysis"},
    "analysis_intro": {
        "sv": "Analysen väger samman kartläggningen och den andra informationen. Frågorna är "
        "Brås; svaren skriver kommunen, tillsammans med polisen och de andra aktörerna.",
        "en": "The analysis weighs the mapping and the other information together. The "
        "questions are Brå's; the municipality writes the answers, with the police and the "
        "other actors.",
    },
    "col_question": {"sv": "Fråga", "en": "Question"},
    "col_answer": {"sv": "Kommunens svar", "en": "The municipality's answer"},
    "q_where": {
        "sv": "Var är problemen som störst: vilka områden, platser och grupper?",
        "en": "Where are the problems greatest: which areas, places and groups?",
    },
    "q_compare": {
        "sv": "Hur ser situationen ut jämfört med länet, riket och liknande kommuner?",
        "en": "How does the situation compare with the county, the country and similar "
        "municipalities?",
    },
    "q_trend": {
        "sv": "Hur har utvecklingen sett ut över tid, och vad kan förklara den?",
        "en": "How has it developed over time, and what may explain it?",
    },
    "q_common": {
        "sv": "Vilka problem är vanligast, och vilka avviker från andra områden?",
        "en": "Which problems are the most common, and which stand out against other areas?",
    },
    "q_problem": {
        "sv": "Problemet ”{title}” i förra lägesbilden: finns det kvar, och hur har det "
        "utvecklats?",
        "en": "The problem “{title}” in the previous lägesbild: does it remain, and how has "
        "it developed?",
    },
    "q_causes": {
        "sv": "Vad kan orsakerna vara (situationen, brottsutsattheten, gärningspersonerna)?",
        "en": "What may the causes be (the situation, victimisation, the offenders)?",
    },
    "q_priorities": {
        "sv": "Vilka problem ska prioriteras i åtgärdsplanen, och varför?",
        "en": "Which problems should the action plan prioritise, and why?",
    },
    "h_sources": {"sv": "4. Källor och deras begränsningar", "en": "4. Sources and their limits"},
    "sources_intro": {
        "sv": "Statistiken i lägesbilden kommer från följande källor.",
        "en": "The statistics in this lägesbild come from the following sources.",
    },
    "col_source": {"sv": "Källa", "en": "Source"},
    "col_retrieved": {"sv": "Hämtad", "en": "Retrieved"},
    "col_used_for": {"sv": "Används för", "en": "Used for"},
    "col_limits": {"sv": "Begränsningar", "en": "Limits"},
    "limits_blank": {
        "sv": "[Beskriv vad källan inte visar]",
        "en": "[Describe what the source does not show]",
    },
    "no_sources": {
        "sv": "Underlaget innehåller ingen statistik ännu.",
        "en": "The sources hold no statistics yet.",
    },
    "q_sources": {
        "sv": "[Vilka källor har valts bort, och hur begränsar det kunskapen om brottsligheten?]",
        "en": "[Which sources were left out, and how does that limit what is known?]",
    },
    "figure": {
        "sv": "Figur {n}. {name}, {first}–{last}.",
        "en": "Figure {n}. {name}, {first}–{last}.",
    },
    "table_note": {
        "sv": "{sources}{derived} p = preliminärt, o = ofullständigt, .. = ej tillgängligt "
        "eller sekretess, – = saknas.",
        "en": "{sources}{derived} p = preliminary, o = incomplete, .. = not available or "
        "confidential, – = missing.",
    },
    "source_note": {"sv": "{source}, hämtad {date}", "en": "{source}, retrieved {date}"},
    "sources_lead": {"sv": "Underlag: {notes}.", "en": "Based on: {notes}."},
    "derived": {
        "sv": " Värdena är beräknade ur källorna (antal per folkmängd), inte källornas egna "
        "siffror.",
        "en": " The values are computed from the sources (counts per population), not the "
        "sources' own figures.",
    },
    "running": {
        "sv": "{periods} pågick när uppgifterna hämtades ({date}) och visas inte.",
        "en": "{periods} was under way when the data was retrieved ({date}) and is not shown.",
    },
    "counts": {
        "sv": "Antal kan inte jämföras mellan områden av olika storlek; därför visas bara "
        "kommunen.",
        "en": "Counts cannot be compared between areas of different size, so only the "
        "municipality is shown.",
    },
    "no_values": {
        "sv": "Underlaget har inga värden för kommunen.",
        "en": "The sources hold no values for the municipality.",
    },
    "col_area": {"sv": "Område", "en": "Area"},
    "col_change": {"sv": "Förändring sedan {period}", "en": "Change since {period}"},
    "col_position": {
        "sv": "Kommunen jämfört med området",
        "en": "The municipality against the area",
    },
    "points": {"sv": "{value} procentenheter", "en": "{value} percentage points"},
    "relative": {"sv": "{value} ({share} %)", "en": "{value} ({share}%)"},
    "lower": {"sv": "{share} % lägre", "en": "{share}% lower"},
    "higher": {"sv": "{share} % högre", "en": "{share}% higher"},
    "same": {"sv": "samma nivå", "en": "the same level"},
    "missing_ref": {"sv": "saknas för {period}", "en": "missing for {period}"},
    "county": {"sv": "Länet", "en": "The county"},
    "country": {"sv": "Riket", "en": "The country"},
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_lagesbild(
    g: Governance, statistics: Sequence[IndicatorData], ctx: BuildContext
) -> GeneratedDocument:
    """The draft lägesbild of ``g`` from the indicators' ``statistics`` (one per indicator
    with data, as :func:`kbfa.data.indicator_data` gives them)."""
    lang = ctx.lang
    on = ctx.as_of or dt.date.today()
    lagesbilder = g.deliverables_of(DeliverableKind.LAGESBILD)
    title = lagesbilder[0].title if lagesbilder else _t("title", lang)
    when = dt.datetime.combine(on, dt.time(), tzinfo=dt.UTC)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang), when=when)
    w.title(title)
    w.subtitle(_t("subtitle", lang, name=g.municipality.name, date=on.isoformat()))
    expired_steering_notice(g, ctx, w)
    w.notice(_t("notice_lead", lang), _t("notice", lang))
    _cover(w, g, statistics, on, lang)
    w.heading(_t("h_about", lang))
    w.paragraph(_t("about", lang))
    w.paragraph(_t("about_sources", lang))
    figures = _Figures()
    by_part: dict[IndicatorPart, list[IndicatorData]] = {p: [] for p in IndicatorPart}
    for d in statistics:
        by_part[d.indicator.part or IndicatorPart.EXTENT].append(d)
    w.heading(_t("h_mapping", lang))
    w.heading(_t("h_extent", lang), 2)
    _indicators(w, g, by_part[IndicatorPart.EXTENT], figures, "no_extent", lang)
    w.heading(_t("h_consequences", lang), 2)
    _indicators(w, g, by_part[IndicatorPart.CONSEQUENCES], figures, "no_consequences", lang)
    w.heading(_t("h_where_when", lang), 2)
    w.paragraph(_t("where_when", lang))
    w.heading(_t("h_other", lang))
    _other(w, g, by_part[IndicatorPart.OTHER_INFORMATION], figures, on, lang)
    _analysis(w, g, lang)
    _sources(w, g, statistics, lang)
    return GeneratedDocument("lagesbild", title, w.document)


class _Figures:
    """Figure numbers, in the order the charts appear."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _cover(
    w: Writer, g: Governance, statistics: Sequence[IndicatorData], on: dt.date, lang: Lang
) -> None:
    rows: list[tuple[str, CellValue]] = [(_t("municipality", lang), g.municipality.name)]
    for d in g.deliverables_of(DeliverableKind.LAGESBILD):
        rows.append((_t("lagesbild", lang), d.title))
        if d.produced_by:
            rows.append(
                (_t("produced_by", lang), ", ".join(actor_name(g, x) for x in d.produced_by))
            )
        if d.recipients:
            rows.append(
                (_t("presented_to", lang), ", ".join(body_name(g, r.to) for r in d.recipients))
            )
        done = [
            e
            for e in g.evidence
            if e.subject == d.id
            and e.kind in (EvidenceKind.DELIVERED, EvidenceKind.ADOPTED)
            and e.date <= on
        ]
        latest = max(done, key=lambda e: e.date, default=None)
        previous = f"{latest.date.isoformat()} ({latest.reference})" if latest else None
        rows.append((_t("previous", lang), previous or _t("none_recorded", lang)))
    years = [o.year for d in statistics for o in d.municipality.observations if o.value is not None]
    if years:
        rows.append((_t("statistics_until", lang), str(max(years))))
    rows.append((_t("status", lang), _t("status_draft", lang, date=on.isoformat())))
    w.fields(rows, label_weight=0.8)


def _county(g: Governance, lang: Lang) -> str:
    return g.municipality.lan or _t("county", lang)


def _indicators(
    w: Writer,
    g: Governance,
    found: Sequence[IndicatorData],
    figures: _Figures,
    empty: str,
    lang: Lang,
) -> None:
    if not found:
        w.paragraph(_t(empty, lang))
        return
    for d in found:
        _indicator(w, g, d, figures, lang)


def _indicator(
    w: Writer, g: Governance, found: IndicatorData, figures: _Figures, lang: Lang, level: int = 3
) -> None:
    # A period still running when the data was retrieved is a part of a period: left out.
    d = completed(found)
    late = [o for o in running(found) if o.value is not None]
    if any(o.tertial for o in late):
        late = [o for o in late if o.tertial]  # the tertials, not the year they add up to
    ind = d.indicator
    w.heading(ind.name, level)
    if ind.title and ind.description != ind.title:
        w.paragraph(ind.description, keep_with_next=True)
    chart = indicator_chart(d, g.municipality.name, g.municipality.lan, lang)
    if chart.periods and chart.lines:
        w.picture(
            chart_png(chart, lang),
            width_mm=160,
            alt=chart_alt(chart, lang),
            title=ind.name,
            keep_with_next=True,
        )
        w.caption(
            _t(
                "figure",
                lang,
                n=figures.next(),
                name=ind.name,
                first=chart.periods[0],
                last=chart.periods[-1],
            )
        )
    headers, rows = indicator_table(d, g.municipality.name, _county(g, lang), lang)
    if not rows:
        w.paragraph(_t("no_values", lang))
        return
    w.table(headers, rows, title=ind.name)
    notes = "; ".join(_source_note(s, lang) for s in d.sources)
    credits = "".join(f" {c}." for c in dict.fromkeys(s.attribution for s in d.sources) if c)
    note = _t(
        "table_note",
        lang,
        sources=_t("sources_lead", lang, notes=notes) + credits.replace("..", "."),
        derived=_t("derived", lang) if d.derived else "",
    )
    if d.unit not in COMPARABLE_UNITS:
        note = _t("counts", lang) + " " + note
    if late:
        retrieved = min(s.retrieved for s in d.sources)
        periods = ", ".join(o.label for o in late)
        note = _t("running", lang, periods=periods, date=retrieved.isoformat()) + " " + note
    w.caption(note)


def _source_note(s: SourceNote, lang: Lang) -> str:
    return _t("source_note", lang, source=s.title or s.source, date=s.retrieved.isoformat())


def _decimals(unit: Unit) -> int:
    return 1 if unit in COMPARABLE_UNITS else 0


def _signed(value: float, lang: Lang, decimals: int) -> str:
    text = number_text(abs(value), lang, decimals)
    if value > 0:
        return "+" + text
    if value < 0:
        return ("−" if lang == "sv" else "-") + text
    return text


def _change_text(found: Change | None, decimals: int, lang: Lang) -> str:
    if found is None:
        return "–"
    if found.points:
        return _t("points", lang, value=_signed(found.absolute, lang, 1))
    absolute = _signed(found.absolute, lang, decimals)
    if found.relative is None:
        return absolute
    return _t("relative", lang, value=absolute, share=_signed(found.relative * 100, lang, 1))


def indicator_table(
    d: IndicatorData, municipality: str, county: str, lang: Lang = "sv"
) -> tuple[list[str], list[list[CellValue]]]:
    """The indicator's table: per area the latest value, its change and its position.

    The latest period is the municipality's latest with a value; the county and the
    country are shown for the same period, so the comparison is like for like. A
    tertial is compared with the same tertial a year earlier. Counts show the
    municipality alone. Returns no rows when the municipality has no value.
    """
    last = d.municipality.latest
    if last is None:
        return [], []
    decimals = _decimals(d.unit)
    first = _first_year(d.municipality, last)
    headers = [_t("col_area", lang), last.label]
    headers.append(_t("col_change", lang, period=period_label((last.year - 1, last.tertial or 0))))
    if first is not None:
        headers.append(_t("col_change", lang, period=first.label))
    comparable = d.unit in COMPARABLE_UNITS
    if comparable:
        headers.append(_t("col_position", lang))
    areas: list[tuple[str, AreaSeries]] = [(municipality, d.municipality)]
    if comparable:
        areas += [(county, d.county), (_t("country", lang), d.country)]
    rows: list[list[CellValue]] = []
    for name, series in areas:
        at = series.at(last.year, last.tertial)
        if series is not d.municipality and not series.observations:
            continue
        row: list[CellValue] = [name, observation_text(at, decimals, lang)]
        row.append(_change_text(change(series, at, d.unit) if at else None, decimals, lang))
        if first is not None:
            years = last.year - first.year
            row.append(
                _change_text(change(series, at, d.unit, years) if at else None, decimals, lang)
            )
        if comparable:
            row.append("–" if series is d.municipality else _position_text(last, series, d, lang))
        rows.append(row)
    return headers, rows


def _first_year(series: AreaSeries, last: Observation) -> Observation | None:
    """The earliest whole year with a value, at least two years before the latest."""
    if last.tertial:
        return None
    for o in series.observations:
        if o.tertial is None and o.value is not None and o.year <= last.year - 2:
            return o
    return None


def _position_text(own: Observation, ref: AreaSeries, d: IndicatorData, lang: Lang) -> str:
    found = position(own, ref, d.unit)
    if found is None:
        return _t("missing_ref", lang, period=own.label)
    if found.level == "same" or found.relative is None:
        return _t("same", lang)
    share = number_text(abs(found.relative) * 100, lang, 1)
    return _t(found.level, lang, share=share)


def _other(
    w: Writer,
    g: Governance,
    found: Sequence[IndicatorData],
    figures: _Figures,
    on: dt.date,
    lang: Lang,
) -> None:
    for d in found:
        _indicator(w, g, d, figures, lang, level=2)
    sources = [s for d in g.deliverables_of(DeliverableKind.LAGESBILD) for s in d.sources]
    if sources:
        w.paragraph(_t("other_sources", lang))
        w.bullets([_t("summarise", lang, source=s) for s in dict.fromkeys(sources)])
    feeding = {d.id for d in g.deliverables_of(DeliverableKind.LAGESBILD)}
    dialogues = [c for c in g.citizen_dialogues if feeding & set(c.feeds)]
    if dialogues:
        w.paragraph(_t("dialogues", lang))
        items = []
        for c in dialogues:
            held = [
                e
                for e in g.evidence
                if e.subject == c.id and e.kind is EvidenceKind.DIALOGUE_HELD and e.date <= on
            ]
            latest = max(held, key=lambda e: e.date, default=None)
            items.append(
                _t(
                    "dialogue",
                    lang,
                    purpose=c.purpose or c.id,
                    method=f" ({c.method})" if c.method else "",
                    held=_t("held", lang, date=latest.date.isoformat(), ref=latest.reference)
                    if latest
                    else "",
                )
            )
        w.bullets(items)
    if not found and not sources and not dialogues:
        w.paragraph(_t("no_other", lang))
    else:
        w.paragraph(_t("scanning", lang))


def _analysis(w: Writer, g: Governance, lang: Lang) -> None:
    w.heading(_t("h_analysis", lang))
    w.paragraph(_t("analysis_intro", lang))
    lagesbilder = {d.id for d in g.deliverables_of(DeliverableKind.LAGESBILD)}
    questions = [_t(k, lang) for k in ("q_where", "q_compare", "q_trend", "q_common")]
    questions += [
        _t("q_problem", lang, title=p.title) for p in g.problems if p.identified_in in lagesbilder
    ]
    questions += [_t(k, lang) for k in ("q_causes", "q_priorities")]
    rows: list[list[CellValue]] = [[q, ""] for q in questions]
    w.table(
        [_t("col_question", lang), _t("col_answer", lang)],
        rows,
        widths=[1.0, 1.6],
        row_height_mm=22,
    )


def _sources(w: Writer, g: Governance, statistics: Sequence[IndicatorData], lang: Lang) -> None:
    w.heading(_t("h_sources", lang))
    used: dict[str, list[str]] = {}
    for d in statistics:
        for s in d.sources:
            used.setdefault(s.dataset, []).append(d.indicator.name)
    if not used:
        w.paragraph(_t("no_sources", lang))
    else:
        w.paragraph(_t("sources_intro", lang))
        rows: list[list[CellValue]] = []
        for ds in g.datasets:
            if ds.id not in used:
                continue
            source = [ds.title or ds.source]
            if ds.title:
                source.append(ds.source)
            if ds.url:
                source.append(ds.url)
            if ds.attribution:
                source.append(ds.attribution)
            rows.append(
                [
                    source,
                    ds.retrieved.isoformat(),
                    list(dict.fromkeys(used[ds.id])),
                    ds.limits or _t("limits_blank", lang),
                ]
            )
        headers = [
            _t(k, lang) for k in ("col_source", "col_retrieved", "col_used_for", "col_limits")
        ]
        w.table(headers, rows, widths=[2.2, 1.0, 1.8, 2.4])
    w.paragraph(_t("q_sources", lang))
