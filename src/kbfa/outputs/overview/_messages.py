"""Words of the overview (Swedish first, English on request)."""

from __future__ import annotations

from kbfa.evaluation import Verdict, verdict_word
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["MEANINGS", "MESSAGES", "WORDS", "counted", "text", "verdict_word", "word"]

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
    # Spreadsheet columns (CSV and .xlsx) and sheet names.
    "kommunkod": {"sv": "Kommunkod", "en": "Municipality code"},
    "lan": {"sv": "Län", "en": "County"},
    "as_of": {"sv": "Bedömd per", "en": "Assessed as of"},
    "format_version": {"sv": "Formatversion", "en": "Format version"},
    "breaches": {"sv": "Brister", "en": "Breaches"},
    "warnings": {"sv": "Varningar", "en": "Warnings"},
    "notes": {"sv": "Att notera", "en": "To note"},
    "code": {"sv": "Kod", "en": "Code"},
    "rule": {"sv": "Regel", "en": "Rule"},
    "source": {"sv": "Källa", "en": "Source"},
    "level": {"sv": "Nivå", "en": "Level"},
    "verdict": {"sv": "Bedömning", "en": "Verdict"},
    "severity": {"sv": "Allvar", "en": "Severity"},
    "situation": {"sv": "Situation", "en": "Situation"},
    "strength": {"sv": "Styrka", "en": "Strength"},
    "interpretation": {"sv": "kbfa:s tolkning", "en": "kbfa's reading"},
    "reference": {"sv": "Hänvisning", "en": "Reference"},
    "url": {"sv": "Länk", "en": "Link"},
    "line": {"sv": "Rad", "en": "Line"},
    "path": {"sv": "Nyckel", "en": "Key"},
    "message": {"sv": "Meddelande", "en": "Message"},
    "fix": {"sv": "Åtgärd", "en": "Fix"},
    "explanation": {"sv": "Kommunens förklaring", "en": "The municipality's explanation"},
    "no_rule": {"sv": "Ingen regel (–)", "en": "No rule (–)"},
    # Totals: an unmet "ska" (a breach) and an unmet "verka för", lämplighet or kbfa's
    # reading (a warning) are counted apart, so a county's figures never make a duty to
    # try into a breach of a duty (issue 10).
    "total_breach": {"sv": "ej uppfyllt (brist)", "en": "not met (breach)"},
    "total_warning": {"sv": "ej uppfyllt (varning)", "en": "not met (warning)"},
    "sheet_municipalities": {"sv": "Kommuner", "en": "Municipalities"},
    "sheet_findings": {"sv": "Fynd", "en": "Findings"},
    "sheet_totals": {"sv": "Summor", "en": "Totals"},
    "sheet_about": {"sv": "Förklaringar", "en": "Legend"},
    "yes": {"sv": "ja", "en": "yes"},
    "no": {"sv": "nej", "en": "no"},
    # The legend sheet of the .xlsx.
    "generator": {"sv": "Skapad med", "en": "Made with"},
    "files_row": {"sv": "Filer", "en": "Files"},
    "legend_heading": {"sv": "Utfallen och deras färger", "en": "The outcomes and their colours"},
    "meaning": {"sv": "Betydelse", "en": "Meaning"},
    "sheets_heading": {"sv": "Bladen", "en": "The sheets"},
    "sheet_municipalities_about": {
        "sv": (
            "En rad per fil: kommunen, utfallet per skyldighet för utformningen och "
            "genomförandet, antalet brister, varningar och saker att notera."
        ),
        "en": (
            "One row per file: the municipality, the outcome per duty for design and "
            "practice, the number of breaches, warnings and things to note."
        ),
    },
    "sheet_findings_about": {
        "sv": "En rad per fynd: regeln, bedömningen, var i konfigurationen och vad som kan göras.",
        "en": "One row per finding: the rule, the verdict, where in the config and what to do.",
    },
    "sheet_totals_about": {
        "sv": (
            "Per skyldighet och nivå: hur många kommuner som fick varje utfall. Summorna "
            "står på ett eget blad så att sortering och filter aldrig blandar in dem."
        ),
        "en": (
            "Per duty and level: how many municipalities got each outcome. The totals have a "
            "sheet of their own, so that sorting and filtering never mix them in."
        ),
    },
    "csv_totals": {"sv": "summor", "en": "totals"},
    "csv_findings": {"sv": "fynd", "en": "findings"},
}

#: A cell's meaning in the legend: the duty's verdict as the coverage of its parts (a
#: finding's verdict reads the same for its one rule).
MEANINGS: Catalogue = {
    "uppfyllt": {
        "sv": "Alla delar av skyldigheten är uppfyllda.",
        "en": "Every part of the duty is met.",
    },
    "delvis": {
        "sv": (
            "Några delar är uppfyllda, andra inte. Också en brist som bara vilar på "
            "verka för, lämplighet eller kbfa:s tolkning får denna färg."
        ),
        "en": (
            "Some parts are met, others are not. A gap resting only on best effort, "
            "suitability or kbfa's reading also takes this colour."
        ),
    },
    "ej_uppfyllt": {
        "sv": "Ingen del är uppfylld (ett ska-krav i lagen).",
        "en": "No part is met (a must-requirement of the law).",
    },
    "ej_bedombart": {
        "sv": (
            "Inget kan bedömas: inga belägg registrerade, innehållet finns i ett annat "
            "dokument eller inget styrdokument gällde."
        ),
        "en": (
            "Nothing can be assessed: no evidence recorded, the content is in another "
            "document, or no steering document applied."
        ),
    },
    "undantag": {
        "sv": "Ett beslutat undantag som ännu gäller omfattar kravet (aldrig för lagens krav).",
        "en": "A decided waiver that still applies covers the requirement (never the law's).",
    },
    "ej_tillamplig": {
        "sv": "Ingen del gällde på datumet eller har något att tillämpas på.",
        "en": "No part applied on the date or has anything to apply to.",
    },
    "not_read": {
        "sv": "Filen kunde inte läsas; Anmärkning säger varför.",
        "en": "The file could not be read; Note says why.",
    },
    "no_rule": {
        "sv": "Skyldigheten har ingen regel på den nivån (7 § har ingen för genomförandet).",
        "en": "The duty has no rule on that level (7 § has none for practice).",
    },
}

#: The words of the export's codes, as a spreadsheet shows them.
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "severity": {
        "breach": ("brist", "breach"),
        "warning": ("varning", "warning"),
        "info": ("att notera", "to note"),
    },
    "source": {
        "law": ("lagen", "the Act"),
        "guidance": ("Brås goda praxis", "Brå's good practice"),
        "local": ("kommunens egen regel", "the municipality's own rule"),
        "kbfa": ("kbfa:s förvaltningsregel", "kbfa's administrative rule"),
    },
    "situation": {
        "contrary": ("strider mot kravet", "contradicts the requirement"),
        "missing_step": ("ett steg saknas", "a step is missing"),
        "law_fills": ("lagen ger svaret", "the law fills the gap"),
        "other_document": ("i ett annat dokument", "in another document"),
        "unrecorded": ("inte registrerat", "not recorded"),
        "no_document": ("inget styrdokument gällde", "no steering document applied"),
        "unknown": ("uppgiften är okänd", "the fact is unknown"),
    },
    "status": {
        "evaluated": ("bedömd", "evaluated"),
        "not_loaded": ("kunde inte läsas", "could not be read"),
    },
}


def word(kind: str, code: str, lang: Lang) -> str:
    """A code of the export in the reader's words: ``word("severity", "breach")`` → "brist"."""
    sv, en = WORDS[kind][code]
    return sv if lang == "sv" else en


def text(key: str, lang: Lang, **params: object) -> str:
    return render(MESSAGES, key, lang, **params)


def counted(key: str, n: int, lang: Lang) -> str:
    """``n`` and its noun in the right number: "1 fil", "5 filer" (``files``, ``evaluated``)."""
    return render(MESSAGES, f"{key}_one" if n == 1 else f"{key}_many", lang, n=n)


def total_word(kind: str, lang: Lang) -> str:
    """The heading of a totals column (:data:`~kbfa.outputs.overview._table.TOTAL_KINDS`):
    a verdict's word, "ej uppfyllt" named as a breach or a warning."""
    if kind == "warning":
        return text("total_warning", lang)
    if kind == Verdict.EJ_UPPFYLLT.value:
        return text("total_breach", lang)
    return verdict_word(Verdict(kind), lang)
