"""The årshjul in Word: the year's meetings, deliveries, reports and deadlines, month by month.

Built from :func:`kbfa.schedule.occurrences` for the year of ``BuildContext.as_of``
(today when not given), with the same rows as ``kbfa calendar``
(:func:`kbfa.outputs.calendar_text.arshjul_rows`): a window (vår, tertial 2, vecka 1–52)
where the document gives only a season or a count, a date only where the config has one.
"""

from __future__ import annotations

import datetime as dt

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import Governance
from kbfa.outputs.calendar_text import arshjul_rows
from kbfa.outputs.docx._blocks import CellValue, Writer
from kbfa.outputs.docx._context import BuildContext, GeneratedDocument, start_document
from kbfa.schedule import occurrences

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
        "året eller ett antal; ett datum står bara där konfigurationen anger det. "
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
}


def _t(key: str, lang: Lang, **params: object) -> str:
    return render(T, key, lang, **params)


def build_annual_cycle(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
    """The årshjul of the context's year: one heading and one table per part of the year."""
    lang = ctx.lang
    year = (ctx.as_of or dt.date.today()).year
    title = _t("title", lang, year=year)
    w = start_document(g, ctx, title=title, subject=_t("subject", lang), landscape=True)
    w.title(title)
    w.subtitle(g.municipality.name)
    _cover(w, g, lang, year)
    headers = [_t(k, lang) for k in ("col_when", "col_what", "col_who", "col_notes")]
    for section in arshjul_rows(g, occurrences(g, year), year, lang):
        w.heading(section.title)
        if not section.rows:
            w.paragraph(_t("nothing", lang))
            continue
        rows: list[list[CellValue]] = [[r.when, r.what, r.who, list(r.notes)] for r in section.rows]
        w.table(headers, rows, widths=[1.3, 2.6, 1.6, 3.5])
    return [GeneratedDocument("arshjul", title, w.document)]


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
