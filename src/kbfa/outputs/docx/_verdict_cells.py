"""Verdicts as symbols, words and colours: what a reader of the report sees at a glance.

Every verdict cell carries a symbol and the word as well as a colour, so that a
black-and-white print and a colour-blind reader still read it right. The colours are
the shared ones (:data:`kbfa.outputs.duty_cells.VERDICT_FILLS`, the spreadsheet's too):

====================  ======  ==============================================
verdict               symbol  colour
====================  ======  ==============================================
uppfyllt              ✔       light green
delvis uppfyllt       ◐       light yellow
ej uppfyllt (brist)   ✖       red, the one darker cell
varning               !       light yellow: a "verka för", lämplighet, kbfa's
                              reading or Brå gap, never the colour of a breach
ej bedömbart          ?       light grey
undantag              ⊘       light blue
ej tillämpligt        –       white
====================  ======  ==============================================

The light colours differ little in greyscale and under deuteranopia, which is why the
symbol is always there; the breach is darker so that it stands out in both.
"""

from __future__ import annotations

import attrs

from kbfa.evaluation import Finding, LevelVerdict, Severity, Verdict
from kbfa.evaluation import verdict_word as shared_verdict_word
from kbfa.i18n import Lang
from kbfa.outputs.docx._blocks import Cell
from kbfa.outputs.duty_cells import NO_RULE, VERDICT_FILLS, duty_cell

__all__ = [
    "LOOKS",
    "VERDICT_ORDER",
    "WARNING",
    "Look",
    "finding_cell",
    "legend_rows",
    "level_cell",
    "level_look",
    "verdict_cell",
    "verdict_counted",
    "verdict_meaning",
    "verdict_word",
]


@attrs.frozen
class Look:
    """How a verdict is shown: a symbol and a background."""

    symbol: str
    fill: str


#: The look of each verdict; an open verdict that is no breach of a "ska" is :data:`WARNING`.
LOOKS: dict[Verdict, Look] = {
    v: Look(symbol, VERDICT_FILLS[v])
    for v, symbol in (
        (Verdict.UPPFYLLT, "✔"),
        (Verdict.DELVIS, "◐"),
        (Verdict.EJ_UPPFYLLT, "✖"),
        (Verdict.EJ_BEDOMBART, "?"),
        (Verdict.UNDANTAG, "⊘"),
        (Verdict.EJ_TILLAMPLIG, "–"),
    )
}
#: Not met, but no breach: "verka för", lämplighet, kbfa's reading of an open term, Brå.
#: Yellow as "delvis" (and as in the spreadsheet), told apart by its symbol and words.
WARNING = Look("!", VERDICT_FILLS[Verdict.DELVIS])

_MEANINGS: dict[Verdict, tuple[str, str]] = {
    Verdict.UPPFYLLT: (
        "Kravet uppfylls enligt styrdokumentet och de registrerade beläggen.",
        "The requirement is met according to the steering document and the recorded evidence.",
    ),
    Verdict.DELVIS: (
        "Kravet uppfylls till en del; något saknas.",
        "The requirement is partly met; something is missing.",
    ),
    Verdict.EJ_UPPFYLLT: (
        "Kravet i lagen eller styrdokumentet (”ska”) uppfylls inte: en brist.",
        "The requirement of the Act or the steering document (“must”) is not met: a breach.",
    ),
    Verdict.EJ_BEDOMBART: (
        "Det går inte att bedöma: uppgiften finns inte i underlaget, eller inget styrdokument "
        "gällde. Ett krav räknas aldrig som uppfyllt utan belägg.",
        "Cannot be assessed: the information is not recorded, or no steering document applied. "
        "A requirement is never counted as met without evidence.",
    ),
    Verdict.UNDANTAG: (
        "Ett beslutat undantag som ännu gäller omfattar kravet (aldrig ett krav i lagen).",
        "A decided waiver that has not expired covers the requirement (never one of the Act).",
    ),
    Verdict.EJ_TILLAMPLIG: (
        "Kravet gällde inte på dagen för bedömningen eller har inget att tillämpas på.",
        "The requirement was not in force on the date or has nothing to apply to.",
    ),
}

_WARNING_WORDS = ("Ej uppfyllt (varning)", "Not met (warning)")
_WARNING_MEANING = (
    "Något som kommunen ska verka för, gör i den utsträckning det är lämpligt, eller som Brå "
    "råder till, saknas: en varning, aldrig en brist mot lagen.",
    "Something the municipality is to work towards, do where suitable, or that Brå advises, "
    "is missing: a warning, never a breach of the Act.",
)
_BRA_WORDS = ("Avviker från Brås råd", "Departs from Brå's advice")

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


def _cell(look: Look, word: str) -> Cell:
    return Cell(f"{look.symbol} {word}", look.fill, bold=True)


def verdict_cell(v: Verdict, lang: Lang = "sv", *, warning: bool = False) -> Cell:
    """A table cell with the verdict's symbol and word, in bold on its colour.

    ``warning`` shows a "not met" that is no breach (verka för, lämplighet, kbfa's
    reading, Brå) in the warning's look, never in the breach's dark red.
    """
    if warning and v is Verdict.EJ_UPPFYLLT:
        return _cell(WARNING, verdict_word(v, lang))
    return _cell(LOOKS[v], verdict_word(v, lang))


def level_look(level: LevelVerdict) -> Look:
    """The look of a duty's verdict on a level: a "not met" resting on "verka för",
    lämplighet or kbfa's reading is a warning, never the breach's dark red."""
    if level.verdict is Verdict.EJ_UPPFYLLT and not level.binding:
        return WARNING
    return LOOKS[level.verdict]


def level_cell(
    level: LevelVerdict | None, lang: Lang = "sv", *, capitalize: bool = True, bold: bool = True
) -> Cell | str:
    """A duty's verdict on one level: symbol, word with the strength it rests on, colour.

    A verdict resting on "verka för", lämplighet or kbfa's reading says so in words
    ("Ej uppfyllt (verka för)") and, when not met, takes the warning's look.
    """
    if level is None:
        return NO_RULE
    look = level_look(level)
    words = duty_cell(level, lang)
    cell = _cell(look, words.capitalize() if capitalize else words)
    return cell if bold else attrs.evolve(cell, bold=False)


def finding_cell(f: Finding, lang: Lang = "sv") -> Cell:
    """One finding's verdict: a breach in the breach's look, any other "not met" as a
    warning, and Brå's advice in its own words ("Avviker från Brås råd")."""
    if f.verdict is Verdict.EJ_UPPFYLLT and f.severity is not Severity.BREACH:
        sv, en = _BRA_WORDS if f.source == "guidance" else (verdict_word(f.verdict, lang),) * 2
        return _cell(WARNING, sv if lang == "sv" else en)
    return verdict_cell(f.verdict, lang)


def legend_rows(lang: Lang = "sv") -> list[tuple[Cell, str]]:
    """Every look with what it means, in the order of :data:`VERDICT_ORDER` (the warning
    after "ej uppfyllt")."""
    rows: list[tuple[Cell, str]] = []
    for v in VERDICT_ORDER:
        rows.append((verdict_cell(v, lang), verdict_meaning(v, lang)))
        if v is Verdict.EJ_UPPFYLLT:
            sv, en = _WARNING_WORDS
            meaning = _WARNING_MEANING[0] if lang == "sv" else _WARNING_MEANING[1]
            rows.append((_cell(WARNING, sv if lang == "sv" else en), meaning))
    return rows
