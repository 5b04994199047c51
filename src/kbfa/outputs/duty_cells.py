"""A duty's verdict on one level in words: the same cell in text, Word, CSV and the overview.

"uppfyllt", "delvis uppfyllt (verka för)", "ej bedömbart (kbfa:s tolkning)", "–": the
verdict, followed by the strength it rests on when that is not a "ska", so that a
duty resting only on "verka för" is never read as a failed "ska".
"""

from __future__ import annotations

from kbfa.evaluation import Level, LevelVerdict, Verdict, verdict_word
from kbfa.i18n import Lang

__all__ = [
    "LEVELS",
    "NOT_READ_FILL",
    "NO_RULE",
    "VERDICT_FILLS",
    "duty_cell",
    "level_word",
    "shade",
]

#: The two levels in the order every output shows them.
LEVELS: tuple[Level, ...] = (Level.DESIGN, Level.PRACTICE)
#: The cell of a duty that has no rule on a level (7 § has no practice rule).
NO_RULE = "–"

#: Each verdict's cell colour (RGB), the same in the Word report, the Word overview and
#: the spreadsheet: green met, yellow partly, a stronger red not met (a breach: the one
#: darker cell, so it stands out in greyscale and with colour blindness too, black text
#: at 8.5:1), grey cannot be assessed, blue waived, white not applicable. The word (and
#: in Word a symbol) is always there too; :func:`shade` gives the colour of a non-binding
#: gap, yellow, never the breach's red.
VERDICT_FILLS: dict[Verdict, str] = {
    Verdict.UPPFYLLT: "C6EFCE",
    Verdict.DELVIS: "FFEB9C",
    Verdict.EJ_UPPFYLLT: "FF7C80",
    Verdict.EJ_BEDOMBART: "E7E6E6",
    Verdict.UNDANTAG: "DDEBF7",
    Verdict.EJ_TILLAMPLIG: "FFFFFF",
}
#: A file that could not be read: darker than any verdict's colour, nothing was assessed.
NOT_READ_FILL = "BFBFBF"

_LEVEL_WORDS = {
    Level.DESIGN: ("utformning", "design"),
    Level.PRACTICE: ("genomförande", "practice"),
}


def level_word(level: Level, lang: Lang = "sv") -> str:
    """The level as a reader says it: "utformning" (the document), "genomförande" (evidence)."""
    sv, en = _LEVEL_WORDS[level]
    return sv if lang == "sv" else en


def duty_cell(level: LevelVerdict | None, lang: Lang = "sv") -> str:
    """A duty's verdict on one level as a reader says it: "uppfyllt (verka för)", "–"."""
    if level is None:
        return NO_RULE
    word = verdict_word(level.verdict, lang)
    if level.binding or level.verdict is Verdict.EJ_TILLAMPLIG:
        return word
    return f"{word} ({level.strength_words(lang)})"


def shade(level: LevelVerdict) -> Verdict:
    """The verdict whose colour the cell takes: a gap under "verka för", lämplighet or
    kbfa's reading is a warning and is shaded as partly met, never as a failed "ska"."""
    if level.verdict is Verdict.EJ_UPPFYLLT and not level.binding:
        return Verdict.DELVIS
    return level.verdict
