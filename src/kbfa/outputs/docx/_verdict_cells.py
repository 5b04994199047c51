"""Verdicts as words and colours: what a reader of the report sees at a glance.

The word carries the verdict (a black-and-white print still reads right); the cell
shading makes the summary table scannable: green met, yellow partly, red not met,
orange cannot be assessed, blue waived, grey not applicable.
"""

from __future__ import annotations

from kbfa.evaluation import Verdict
from kbfa.evaluation import verdict_word as shared_verdict_word
from kbfa.i18n import Lang
from kbfa.outputs.docx._blocks import Cell
from kbfa.outputs.duty_cells import VERDICT_FILLS

__all__ = ["VERDICT_ORDER", "verdict_cell", "verdict_counted", "verdict_meaning", "verdict_word"]


_MEANINGS: dict[Verdict, tuple[str, str]] = {
    Verdict.UPPFYLLT: (
        "Kravet uppfylls enligt konfigurationen och de registrerade beläggen.",
        "The requirement is met according to the configuration and the recorded evidence.",
    ),
    Verdict.DELVIS: (
        "Kravet uppfylls till en del; något saknas.",
        "The requirement is partly met; something is missing.",
    ),
    Verdict.EJ_UPPFYLLT: (
        "Kravet uppfylls inte enligt konfigurationen.",
        "The requirement is not met according to the configuration.",
    ),
    Verdict.EJ_BEDOMBART: (
        "Det finns inga registrerade belägg att bedöma; kravet räknas aldrig som uppfyllt "
        "utan belägg.",
        "No evidence is recorded; a requirement is never counted as met without evidence.",
    ),
    Verdict.UNDANTAG: (
        "Ett beslutat undantag som ännu gäller omfattar kravet.",
        "A decided waiver that has not expired covers the requirement.",
    ),
    Verdict.EJ_TILLAMPLIG: (
        "Kravet gällde inte vid utvärderingsdatumet eller har inget att tillämpas på.",
        "The requirement was not in force on the evaluation date or has nothing to apply to.",
    ),
}

_FILLS = VERDICT_FILLS  # shared with the spreadsheet (kbfa.outputs.duty_cells)

# How many duties got a verdict: "2 som uppfyllda" (Swedish adjectives agree in number).
_COUNTED: dict[Verdict, tuple[str, str, str]] = {
    Verdict.UPPFYLLT: ("uppfylld", "uppfyllda", "met"),
    Verdict.DELVIS: ("delvis uppfylld", "delvis uppfyllda", "partly met"),
    Verdict.EJ_UPPFYLLT: ("ej uppfylld", "ej uppfyllda", "not met"),
    Verdict.EJ_BEDOMBART: ("ej bedömbar", "ej bedömbara", "cannot be assessed"),
    Verdict.UNDANTAG: ("undantagen", "undantagna", "waived"),
    Verdict.EJ_TILLAMPLIG: ("ej tillämplig", "ej tillämpliga", "not applicable"),
}

#: The order verdicts are explained and counted in (best first).
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.UPPFYLLT,
    Verdict.DELVIS,
    Verdict.EJ_UPPFYLLT,
    Verdict.EJ_BEDOMBART,
    Verdict.UNDANTAG,
    Verdict.EJ_TILLAMPLIG,
)


def verdict_word(v: Verdict, lang: Lang = "sv") -> str:
    """The verdict as it stands alone in a cell: "Ej bedömbart" (the shared word, capitalised)."""
    return shared_verdict_word(v, lang).capitalize()


def verdict_counted(v: Verdict, n: int, lang: Lang = "sv") -> str:
    """The verdict as said of ``n`` duties: "1 som uppfylld", "3 som ej bedömbara"."""
    one, many, en = _COUNTED[v]
    if lang == "en":
        return f"{n} {en}"
    return f"{n} som {one if n == 1 else many}"


def verdict_meaning(v: Verdict, lang: Lang = "sv") -> str:
    sv, en = _MEANINGS[v]
    return sv if lang == "sv" else en


def verdict_cell(v: Verdict, lang: Lang = "sv") -> Cell:
    """A table cell with the verdict in bold on its colour."""
    return Cell(verdict_word(v, lang), _FILLS[v], bold=True)
