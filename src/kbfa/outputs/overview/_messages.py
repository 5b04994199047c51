"""Words of the overview (Swedish first, English on request)."""

from __future__ import annotations

from kbfa.evaluation import verdict_word
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["MESSAGES", "counted", "text", "verdict_word"]

MESSAGES: Catalogue = {
    "title": {
        "sv": "Översikt: kommunernas brottsförebyggande arbete",
        "en": "Overview: the municipalities' crime-prevention work",
    },
    "subtitle": {
        "sv": "Efterlevnad av lag (2023:196) per kommun och skyldighet, per den {as_of}",
        "en": "Compliance with the Act (2023:196) per municipality and duty, as of {as_of}",
    },
    "intro": {
        "sv": (
            "{files}: {evaluated}, {failed} kunde inte läsas. "
            "Varje cell visar skyldighetens utfall: hur stor del av dess ska-krav som är "
            "uppfyllda, för utformningen (styrdokumentet) och för genomförandet (belägg) var för "
            "sig. Vilar utfallet bara på verka för, lämplighet eller kbfa:s tolkning står det "
            "inom parentes."
        ),
        "en": (
            "{files}: {evaluated}, {failed} could not be read. "
            "Each cell shows the duty's outcome: how much of its must-requirements are met, for "
            "the design (the steering document) and the practice (evidence) separately. An "
            "outcome resting only on best effort, suitability or kbfa's reading says so in "
            "brackets."
        ),
    },
    "files_one": {"sv": "{n} fil", "en": "{n} file"},
    "files_many": {"sv": "{n} filer", "en": "{n} files"},
    "evaluated_one": {"sv": "{n} kommun bedömd", "en": "{n} municipality evaluated"},
    "evaluated_many": {"sv": "{n} kommuner bedömda", "en": "{n} municipalities evaluated"},
    "municipality": {"sv": "Kommun", "en": "Municipality"},
    "file": {"sv": "Fil", "en": "File"},
    "duty": {"sv": "Skyldighet", "en": "Duty"},
    "note": {"sv": "Anmärkning", "en": "Note"},
    "not_read": {"sv": "kunde inte läsas", "en": "could not be read"},
    "no_verdict": {"sv": "–", "en": "–"},
    "more_problems": {"sv": " (och {n} fel till)", "en": " (and {n} more problems)"},
    "totals_heading": {
        "sv": "Summering per skyldighet: {level}",
        "en": "Totals per duty: {level}",
    },
    "table_heading": {
        "sv": "Utfall per kommun: {level}",
        "en": "Outcome per municipality: {level}",
    },
    "total_label": {"sv": "Totalt: {what}", "en": "Total: {what}"},
    "outcome": {"sv": "Utfall", "en": "Outcome"},
    "errors_heading": {"sv": "Filer som inte kunde läsas", "en": "Files that could not be read"},
    "duties_heading": {"sv": "Skyldigheterna i lagen", "en": "The duties of the Act"},
    "header": {"sv": "Översikt enligt lag (2023:196)", "en": "Overview under the Act (2023:196)"},
}


def text(key: str, lang: Lang, **params: object) -> str:
    return render(MESSAGES, key, lang, **params)


def counted(key: str, n: int, lang: Lang) -> str:
    """``n`` and its noun in the right number: "1 fil", "5 filer" (``files``, ``evaluated``)."""
    return render(MESSAGES, f"{key}_one" if n == 1 else f"{key}_many", lang, n=n)
