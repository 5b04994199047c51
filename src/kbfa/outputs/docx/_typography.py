"""Swedish typography for everything kbfa writes into a Word document.

Text from a config is typed on a keyboard: straight quotes, ordinary spaces. Printed
Swedish uses ”…” (the same mark on both sides) and keeps a number with its § sign and a
diarienummer with its series ("KS 2024/70"), so a line never ends in "§" or "KS".
:func:`typeset` is applied once, by the :class:`~kbfa.outputs.docx._blocks.Writer`, to
every paragraph and table cell; builders pass plain text.
"""

from __future__ import annotations

import re

from kbfa.i18n import Lang

__all__ = ["NBSP", "typeset"]

NBSP = "\u00a0"

# "§ 58", "§§ 4–5": the sign and the number that follows it.
_SIGN_NUMBER = re.compile(r"(§§?) (?=\d)")
# "4 §", "11–12 §§", "6 kap. 37 §": the number and the sign that follows it.
_NUMBER_SIGN = re.compile(r"(\d) (?=§)")
# "KS 2024/70", "KF 2023-05-22", "Dnr 2024/12": a series or body abbreviation and its number.
_SERIES_NUMBER = re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}\.?) (?=\d)")
# "kap. 37": a chapter and its number.
_CHAPTER = re.compile(r"\b(kap\.) (?=\d)")
_DOUBLE = re.compile(r'"')
_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\w)")


def typeset(text: str, lang: Lang = "sv") -> str:
    """``text`` with typographic quotes and non-breaking spaces where a line must not break."""
    if not text:
        return text
    if '"' in text:
        text = _quotes(text, lang)
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
    if " " not in text:
        return text
    text = _SIGN_NUMBER.sub(rf"\1{NBSP}", text)
    text = _NUMBER_SIGN.sub(rf"\1{NBSP}", text)
    text = _CHAPTER.sub(rf"\1{NBSP}", text)
    return _SERIES_NUMBER.sub(_series, text)


def _series(match: re.Match[str]) -> str:
    word = match.group(1)
    # Only abbreviations: "KS", "KF", "Dnr", "BRÅ"; not an ordinary word before a number
    # such as "vecka 7" (which may break like any other words).
    if word.rstrip(".").isupper() or word in ("Dnr", "dnr", "Dnr.", "nr", "nr."):
        return f"{word}{NBSP}"
    return match.group(0)


def _quotes(text: str, lang: Lang) -> str:
    """Straight double quotes as ”…” (Swedish) or “…” (English, alternating)."""
    if lang == "sv":
        return _DOUBLE.sub("”", text)
    marks = iter(("“", "”") * (text.count('"') // 2 + 1))
    return _DOUBLE.sub(lambda _m: next(marks), text)
