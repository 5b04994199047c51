"""The årshjul in Word: one landscape page with the year as a 12-month grid, the wheel, and
the month-by-month list as an appendix.

Page 1 is the grid (:func:`kbfa.outputs.annual_grid.annual_grid`): one row per activity,
grouped by level, shaded across every month a window spans, ● dated events, ◆ decisions
and deadlines, ✓ what the evidence shows was done. Page 2 is the same rows as a wheel
picture (matplotlib, with alt text). The appendix lists each month's items with who is
responsible, as ``kbfa calendar`` does. All three are built from
:func:`kbfa.schedule.occurrences` for the year :func:`annual_year` gives (the chosen year;
else the year of ``BuildContext.as_of``, or the next from 1 October; today when not
given): a window (vår, tertial 2, vecka 1–52) where the document gives only a season or a
count, a date only where the config has one.
"""

from __future__ import annotations

import datetime as dt
import re

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.outputs.annual_grid import DATED, DECISION, DONE, GridLevel, annual_grid
from kbfa.outputs.calendar_text import arshjul_rows
from kbfa.outputs.docx._blocks import Cell, CellValue, Writer
from kbfa.outputs.docx._context import (
    BuildContext,
    GeneratedDocument,
    annual_year,
    expired_steering_notice,
    start_document,
)
from kbfa.schedule import month_name, occurrences

__all__ = ["build_annual_cycle"]

T: Catalogue = {
    "title": {"sv": "Årshjul {year}", "en": "Annual cycle {year}"},
    "subject": {
        "sv": "Årshjul för det brottsförebyggande arbetet",
        "en": "Annual cycle of the crime-prevention work",
    },
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "year": {"sv": "År", "en": "Year"},
    "document": {"sv": "Styrdokument", "en": "Steering document"},
    "not_stated": {"sv": "anges inte", "en": "not stated"},
    "how": {"sv": "Hur tiderna anges", "en": "How times are given"},
    "how_text": {
        "sv": "Tidsfönster (vår, tertial, vecka) står där styrdokumentet bara anger en tid på "
        "året eller ett antal; ett datum står bara där styrdokumentet anger det. "
        "”(antaget)” betyder att dokumentet inte anger månaderna eller veckorna: antalet är "
        "fördelat jämnt, eller perioderna räknade från januari (vecka 1). Frister enligt "
        "lagen räknas från de belägg som registrerats.",
        "en": "Windows (spring, tertial, week) are given where the steering document states "
        "only a part of the year or a count; a date only where the config states one. "
        "'(assumed)' means the document does not give the months or weeks: the count is "
        "spread evenly, or the periods are counted from January (week 1). Statutory "
        "deadlines are counted from the recorded evidence.",
    },
    "col_when": {"sv": "När", "en": "When"},
    "col_what": {"sv": "Vad", "en": "What"},
    "col_who": {"sv": "Ansvar", "en": "Responsible"},
    "col_notes": {"sv": "Noteringar", "en": "Notes"},
    "nothing": {"sv": "Inget planerat.", "en": "Nothing planned."},
    "col_activity": {"sv": "Aktivitet", "en": "Activity"},
    "legend": {
        "sv": "Skuggad månad: aktiviteten pågår eller ska göras då. {dated} datum  "
        "{decision} beslut eller frist  {done} genomfört (belägg finns).",
        "en": "Shaded month: the activity runs or is due then. {dated} date  "
        "{decision} decision or deadline  {done} done (evidence recorded).",
    },
    "grid_title": {"sv": "Året i en tabell", "en": "The year in a table"},
    "assumed": {
        "sv": "* Tidsfönstren är antagna: styrdokumentet anger inte vilka månader.",
        "en": "* The windows are assumed: the steering document does not say which months.",
    },
    "h_wheel": {"sv": "Årshjulet", "en": "The annual wheel"},
    "wheel_title": {"sv": "Årshjul {year}", "en": "Annual cycle {year}"},
    "h_months": {"sv": "Månad för månad", "en": "Month by month"},
    "whole_year": {"sv": "Hela året: {names}.", "en": "All year: {names}."},
    "empty": {
        "sv": "Styrdokumentet planerar inget för året.",
        "en": "The steering document plans nothing for the year.",
    },
}

_SHADE = "BDD7EE"  # light blue: a month the activity runs in (grey in black and white)
_LEVEL_FILL = "D9E2F3"
_TOML = re.compile(r"\s*\(?[^()]*\[\[[a-z_]+\]\][^()]*\)?")


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_annual_cycle(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
    """The årshjul of the context's year: the grid, the wheel, then month by month."""
    lang = ctx.lang
    on = ctx.as_of or dt.date.today()
    year = annual_year(ctx)
    title = _t("title", lang, year=year)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang), landscape=True)
    w.title(f"{title} – {g.municipality.name}")
    expired_steering_notice(g, ctx, w)
    items = occurrences(g, year)
    levels = annual_grid(g, items, year, lang, as_of=on)
    _grid(w, levels, lang)
    if levels:
        w.page_break()
        _wheel(w, g, levels, year, lang)
    w.page_break()
    w.heading(_t("h_months", lang))
    _cover(w, g, lang, year)
    headers = [_t(k, lang) for k in ("col_when", "col_what", "col_who", "col_notes")]
    for section in arshjul_rows(g, items, year, lang):
        if not section.rows:
            continue
        w.heading(section.title, 2)
        rows: list[list[CellValue]] = [
            [r.when, r.what, r.who, [_plain(n) for n in r.notes if _plain(n)]] for r in section.rows
        ]
        w.table(headers, rows, widths=[1.3, 2.6, 1.6, 3.5])
    return [GeneratedDocument("arshjul", title, w.document)]


def _plain(note: str) -> str:
    """A calendar note without the config advice meant for the coordinator ("[[evidence]]")."""
    return _TOML.sub("", note).strip()


def _grid(w: Writer, levels: tuple[GridLevel, ...], lang: Lang) -> None:
    """The year on one page: a row per activity, grouped by level, a column per month."""
    if not levels:
        w.paragraph(_t("empty", lang))
        return
    w.caption(_t("legend", lang, dated=DATED, decision=DECISION, done=DONE))
    months = [month_name(m, lang)[:3].capitalize() for m in range(1, 13)]
    rows: list[list[CellValue]] = []
    level_rows: list[int] = []
    for level in levels:
        level_rows.append(len(rows) + 1)
        rows.append([Cell(level.title, _LEVEL_FILL, bold=True), *([""] * 12)])
        for r in level.rows:
            rows.append([r.title, *(Cell(m.marks, _SHADE if m.shaded else None) for m in r.months)])
    table = w.table(
        [_t("col_activity", lang), *months],
        rows,
        widths=[6.0, *([0.2] * 12)],
        title=_t("grid_title", lang),
    )
    for index in level_rows:
        cells = table.rows[index].cells
        merged = cells[0].merge(cells[-1])
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    if any(r.assumed for lv in levels for r in lv.rows):
        w.caption(_t("assumed", lang))
    for row in table.rows[1:]:
        for cell in row.cells[1:]:
            for p in cell.paragraphs:
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _wheel(w: Writer, g: Governance, levels: tuple[GridLevel, ...], year: int, lang: Lang) -> None:
    from kbfa.outputs.pictures import wheel_alt, wheel_png

    w.heading(_t("h_wheel", lang))
    name = g.municipality.name
    w.picture(
        wheel_png(levels, year, name, lang),
        width_mm=135,
        alt=wheel_alt(levels, year, name, lang),
        title=_t("wheel_title", lang, year=year),
    )
    whole = [r.title for lv in levels for r in lv.rows if r.whole_year]
    if whole:
        w.caption(_t("whole_year", lang, names=", ".join(whole)))


def _cover(w: Writer, g: Governance, lang: Lang, year: int) -> None:
    doc = g.steering_document
    w.fields(
        [
            (_t("municipality", lang), g.municipality.name),
            (_t("year", lang), str(year)),
            (_t("document", lang), doc.title if doc else _t("not_stated", lang)),
            (_t("how", lang), _t("how_text", lang)),
        ],
        label_weight=0.7,
    )
