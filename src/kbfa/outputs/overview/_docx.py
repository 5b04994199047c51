"""The overview as a Word document for a county board (landscape, one table per view).

python-docx is imported here only, through the shared Word building blocks, and
this module is imported only when a ``.docx`` is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kbfa.evaluation import Level, LevelVerdict, Verdict
from kbfa.files import write_output
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import number_text
from kbfa.outputs.docx._base import new_document
from kbfa.outputs.docx._blocks import Cell, CellValue, Writer
from kbfa.outputs.docx._save import document_bytes, set_core_properties
from kbfa.outputs.docx._verdict_cells import LOOKS, WARNING, level_cell
from kbfa.outputs.duty_cells import LEVELS, level_word
from kbfa.outputs.overview._indicators import IndicatorColumn, position_text, year_text
from kbfa.outputs.overview._messages import counted, text, total_word, verdict_word
from kbfa.outputs.overview._table import TOTAL_KINDS, Overview, first_problem

__all__ = ["build_docx", "write_docx"]

NOT_READ_FILL = "BFBFBF"  # darker than any verdict's colour: nothing was assessed

# Words of the Word overview only (the shared ones, for CSV and JSON too, are in
# _messages.py).
T: Catalogue = {
    "intro": {
        "sv": "{evaluated}{failed}. Varje cell visar skyldighetens utfall: hur stor del av dess "
        "ska-krav som är uppfyllda, för utformningen (styrdokumentet) och för genomförandet "
        "(belägg) var för sig. Vilar utfallet bara på verka för, lämplighet eller kbfa:s "
        "tolkning står det inom parentes, och ett sådant ”ej uppfyllt” är en varning (!), "
        "aldrig en brist (✖).",
        "en": "{evaluated}{failed}. Each cell shows the duty's outcome: how much of its "
        "must-requirements are met, for the design (the steering document) and the practice "
        "(evidence) separately. An outcome resting only on best effort, suitability or kbfa's "
        "reading says so in brackets, and such a “not met” is a warning (!), never a breach "
        "(✖).",
    },
    "failed": {"sv": "; {n} kunde inte läsas", "en": "; {n} could not be read"},
    "h_bars": {"sv": "Skyldigheterna i diagram", "en": "The duties in a chart"},
    "bars_intro": {
        "sv": "Per skyldighet: hur många kommuner som har varje utfall.",
        "en": "Per duty: how many municipalities have each outcome.",
    },
    "bars_alt": {
        "sv": "Liggande staplar, en per skyldighet i lagen, delade efter hur många kommuner som "
        "har varje utfall; utformningen till vänster, genomförandet till höger. Samma siffror "
        "står i tabellerna Summering per skyldighet.",
        "en": "Horizontal bars, one per duty of the Act, divided by how many municipalities "
        "have each outcome; design on the left, practice on the right. The same figures are "
        "in the tables Totals per duty.",
    },
    "breach": {"sv": "ej uppfyllt (brist)", "en": "not met (breach)"},
    "warning": {"sv": "ej uppfyllt (varning)", "en": "not met (warning)"},
    "no_verdict": {"sv": "ingen regel", "en": "no rule"},
    "h_indicator": {"sv": "Indikator: {title}", "en": "Indicator: {title}"},
    "indicator_intro": {
        "sv": "Senaste värdet per 100 000 invånare för varje kommun vars konfiguration har "
        "statistiken, med året det gäller och läget jämfört med riket samma år. Ett helt år "
        "som var slut när statistiken hämtades; en kommun utan värde har en tom cell och "
        "skälet står i sista kolumnen.",
        "en": "The latest value per 100,000 inhabitants for each municipality whose config "
        "has the statistics, with the year it is for and its position against the country "
        "that year. A whole year that had ended when the data was retrieved; a municipality "
        "without a value has an empty cell, and the last column says why.",
    },
    "indicator_sources": {"sv": "Källor:", "en": "Sources:"},
    "col_value": {"sv": "Per 100 000 invånare", "en": "Per 100,000 inhabitants"},
    "col_year": {"sv": "År", "en": "Year"},
    "col_position": {"sv": "Jämfört med riket", "en": "Against the country"},
}


def build_docx(overview: Overview) -> Any:
    """The python-docx ``Document`` of the overview."""
    lang = overview.lang
    document = new_document(None, lang=lang, header=text("header", lang), landscape=True)
    w = Writer(document)
    w.title(text("title", lang))
    w.subtitle(text("subtitle", lang, as_of=overview.as_of.isoformat()))
    failed = render(T, "failed", lang, n=len(overview.failed)) if overview.failed else ""
    evaluated = counted("evaluated", len(overview.evaluated), lang)
    w.paragraph(render(T, "intro", lang, evaluated=evaluated, failed=failed))
    if overview.evaluated:
        _bars(w, overview, lang)

    for level in LEVELS:
        _level_tables(w, overview, level)

    for column in overview.indicators:
        _indicator_table(w, overview, column)

    if overview.failed:
        w.heading(text("errors_heading", lang))
        w.bullets([first_problem(r, lang) for r in overview.failed])

    w.heading(text("duties_heading", lang))
    for d in overview.duties:
        # The reference a real link to the law's text (word review m8).
        reference: str | tuple[str, str] = (d.reference, d.url) if d.url else d.reference
        w.linked([f"{d.title}: ", reference], style="List Bullet")
    return document


def _level_tables(w: Writer, overview: Overview, level: Level) -> None:
    """The outcome per municipality on one level, then its totals per duty."""
    lang = overview.lang
    where = level_word(level, lang)
    w.heading(text("table_heading", lang, level=where))
    rows: list[list[CellValue]] = []
    for row in overview.rows:
        if row.failed:
            cells: list[CellValue] = [
                Cell(text("not_read", lang), NOT_READ_FILL) for _ in overview.duties
            ]
            rows.append([Path(row.file).name, *cells])
            continue
        cells = []
        for d in overview.duties:
            verdict = row.verdict(d.key, level)
            if verdict is None:
                cells.append(text("no_verdict", lang))
            else:
                # The report's symbols and colours, so both documents read alike (and in
                # black and white).
                cells.append(level_cell(verdict, lang, capitalize=False, bold=False))
        rows.append([row.municipality or row.file, *cells])
    # The duty's name in its column's header ("4 § Lägesbild", word review m14).
    headers = [text("municipality", lang), *(d.heading for d in overview.duties)]
    w.table(headers, rows, widths=[2.0] + [1.0] * len(overview.duties))

    w.heading(text("totals_heading", lang, level=where))
    totals = overview.totals(level)
    total_rows: list[list[CellValue]] = []
    for d in overview.duties:
        t = totals[d.key]
        total_rows.append([d.heading, *(str(t.count(k)) for k in TOTAL_KINDS), str(t.not_read)])
    # "Ej uppfyllt" as two columns, the breach of a "ska" and the warning, as the bars
    # have them: a county's figures never count a duty to try as a breach (issue 10).
    verdict_headers = [total_word(k, lang) for k in TOTAL_KINDS]
    total_headers = [text("duty", lang), *verdict_headers, text("not_read", lang)]
    w.table(total_headers, total_rows, widths=[2.2] + [1.0] * (len(verdict_headers) + 1))


def _indicator_table(w: Writer, overview: Overview, column: IndicatorColumn) -> None:
    """One indicator asked for: per municipality its value, year and position (the cells
    of the spreadsheet's three columns, in the same words)."""
    lang = overview.lang
    w.heading(render(T, "h_indicator", lang, title=column.title))
    w.paragraph(render(T, "indicator_intro", lang))
    rows: list[list[CellValue]] = []
    for row in overview.rows:
        if row.failed:
            rows.append([Path(row.file).name, "", "", Cell(text("not_read", lang), NOT_READ_FILL)])
            continue
        found = row.indicators[column.key].data()
        value = found["value"]
        rows.append(
            [
                row.municipality or row.file,
                number_text(value, lang, 1) if isinstance(value, float | int) else "",
                year_text(found, lang) or "",
                position_text(found, lang),
            ]
        )
    headers = [
        text("municipality", lang),
        render(T, "col_value", lang),
        render(T, "col_year", lang),
        render(T, "col_position", lang),
    ]
    w.table(headers, rows, widths=[2.0, 1.0, 1.0, 2.2])
    sources = [
        f"{row.municipality}: {source}"
        for row in overview.evaluated
        if (source := row.indicators[column.key].source)
    ]
    if sources:
        w.paragraph(render(T, "indicator_sources", lang))
        w.bullets(sources)


def _bar_kind(level: LevelVerdict | None) -> int:
    """The segment a municipality's verdict counts in (see :func:`_bars`)."""
    if level is None:
        return 7
    order = {
        Verdict.UPPFYLLT: 0,
        Verdict.DELVIS: 1,
        Verdict.EJ_BEDOMBART: 4,
        Verdict.UNDANTAG: 5,
        Verdict.EJ_TILLAMPLIG: 6,
    }
    if level.verdict is Verdict.EJ_UPPFYLLT:
        return 2 if level.binding else 3
    return order[level.verdict]


def bar_panels(overview: Overview, lang: Lang) -> tuple[list[Any], list[Any]]:
    """The overview's stacked bars as data: the categories that occur and, per level, a
    panel with a bar per duty counting the municipalities in each category.

    The categories: uppfyllt, delvis, ej uppfyllt as a breach of a "ska", ej uppfyllt as
    a warning ("verka för", lämplighet, kbfa's reading: never the breach's colour), ej
    bedömbart, undantag, ej tillämpligt, and no rule on the level. Files that could not be
    read are not counted (their number is in the text above the chart).
    """
    from kbfa.outputs.pictures import BarCategory, BarPanel

    def hexa(fill: str) -> str:
        return f"#{fill}"

    categories = [
        BarCategory(verdict_word(Verdict.UPPFYLLT, lang), hexa(LOOKS[Verdict.UPPFYLLT].fill)),
        BarCategory(verdict_word(Verdict.DELVIS, lang), hexa(LOOKS[Verdict.DELVIS].fill), "//"),
        BarCategory(render(T, "breach", lang), hexa(LOOKS[Verdict.EJ_UPPFYLLT].fill), "xx"),
        BarCategory(render(T, "warning", lang), hexa(WARNING.fill), "\\\\"),
        BarCategory(
            verdict_word(Verdict.EJ_BEDOMBART, lang), hexa(LOOKS[Verdict.EJ_BEDOMBART].fill), ".."
        ),
        BarCategory(verdict_word(Verdict.UNDANTAG, lang), hexa(LOOKS[Verdict.UNDANTAG].fill), "oo"),
        BarCategory(verdict_word(Verdict.EJ_TILLAMPLIG, lang), "#FFFFFF"),
        BarCategory(render(T, "no_verdict", lang), "#F2F2F2", "--"),
    ]
    panels = []
    for level in LEVELS:
        bars = []
        for d in overview.duties:
            counts = [0] * len(categories)
            for row in overview.evaluated:
                counts[_bar_kind(row.verdict(d.key, level))] += 1
            bars.append((d.heading, tuple(counts)))
        panels.append(BarPanel(level_word(level, lang).capitalize(), tuple(bars)))
    # Only the kinds that occur, so the legend names nothing absent.
    used = [i for i in range(len(categories)) if any(c[i] for p in panels for _, c in p.bars)]
    panels = [
        BarPanel(p.title, tuple((lb, tuple(c[i] for i in used)) for lb, c in p.bars))
        for p in panels
    ]
    return [categories[i] for i in used], panels


def _bars(w: Writer, overview: Overview, lang: Lang) -> None:
    """The stacked bars per duty, design and practice apart (:func:`bar_panels`)."""
    from kbfa.outputs.pictures import stacked_bars_png

    categories, panels = bar_panels(overview, lang)
    png = stacked_bars_png(panels, categories)
    w.heading(render(T, "h_bars", lang))
    w.paragraph(render(T, "bars_intro", lang))
    w.picture(
        png,
        width_mm=250,
        max_height_mm=88,
        alt=render(T, "bars_alt", lang),
        title=render(T, "h_bars", lang),
    )


def docx_bytes(overview: Overview) -> bytes:
    """The overview as .docx bytes; the same input gives the same bytes (no clock, no user)."""
    document = build_docx(overview)
    lang = overview.lang
    when = dt.datetime.combine(overview.as_of, dt.time(), tzinfo=dt.UTC)
    set_core_properties(
        document,
        title=text("title", lang),
        subject=text("subtitle", lang, as_of=overview.as_of.isoformat()),
        lang=lang,
        when=when,
    )
    return document_bytes(document)


def write_docx(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> None:
    """Save the overview whole or not at all (see :func:`kbfa.files.write_output`)."""
    data = docx_bytes(overview)
    write_output(
        path, data, suffixes=(".docx",), protected=protected, binary=True, lang=overview.lang
    )
