"""Titles of occurrences, Swedish and English (the engine stores both)."""

from __future__ import annotations

from kbfa.i18n import Catalogue, render

__all__ = ["TITLES", "titles"]

TITLES: Catalogue = {
    "meeting": {"sv": "{name}: möte", "en": "{name}: meeting"},
    "meeting_titled": {"sv": "{name}: {title}", "en": "{name}: {title}"},
    "deliverable": {"sv": "{name} ska tas fram", "en": "{name} due"},
    "report": {"sv": "{name} redovisas för {to}", "en": "{name} presented to {to}"},
    "body_report": {"sv": "{name} rapporterar till {to}", "en": "{name} reports to {to}"},
    "leadership_report": {
        "sv": "{name} rapporterar till {to} (13 §)",
        "en": "{name} reports to {to} (s. 13)",
    },
    "law_13": {
        "sv": "Rapport till fullmäktige om det brottsförebyggande arbetet (13 §)",
        "en": "Report to the assembly on the crime-prevention work (s. 13)",
    },
    "assembly": {"sv": "fullmäktige", "en": "the assembly"},
    "camera_report": {
        "sv": "Kamerabevakningen redovisas för {to}",
        "en": "Camera surveillance reported to {to}",
    },
    "follow_up": {"sv": "{name}: uppföljning", "en": "{name}: follow-up"},
    "promise_follow_up": {
        "sv": "Medborgarlöften{which}: uppföljning",
        "en": "Citizen promises{which}: follow-up",
    },
    "promise_renewal": {
        "sv": "Medborgarlöften{which}: förnyas",
        "en": "Citizen promises{which}: renewal",
    },
    "promise_expiry": {
        "sv": "Medborgarlöften{which}: perioden slutar",
        "en": "Citizen promises{which}: period ends",
    },
    "dialogue": {"sv": "Medborgardialog{which}", "en": "Citizen dialogue{which}"},
    "expiry": {"sv": "{name}: giltighetstiden går ut", "en": "{name}: validity ends"},
    "review": {"sv": "{name}: aktualitetsprövning", "en": "{name}: review due"},
    "law_6_lagesbild": {
        "sv": "Lägesbilden ska uppdateras (6 §, minst vartannat år)",
        "en": "Update the lägesbild (s. 6, at least every second year)",
    },
    "law_6_atgardsplan": {
        "sv": "Åtgärdsplanen ska följas upp (6 §, minst vartannat år)",
        "en": "Follow up the åtgärdsplan (s. 6, at least every second year)",
    },
    "measure_due": {"sv": "Åtgärd klar: {name}", "en": "Measure due: {name}"},
    "waiver_expiry": {
        "sv": "Undantaget från {name} upphör",
        "en": "Waiver from {name} expires",
    },
}


def titles(key: str, **params: object) -> tuple[str, str]:
    """The Swedish and the English title; ``params`` may give per-language values as pairs."""

    def pick(lang_index: int) -> dict[str, object]:
        return {k: v[lang_index] if isinstance(v, tuple) else v for k, v in params.items()}

    return render(TITLES, key, "sv", **pick(0)), render(TITLES, key, "en", **pick(1))
