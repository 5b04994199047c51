"""One verdict per duty of the law and per level: what every output shows for a duty.

A duty of lag (2023:196) (4 §, 5 §, ..., 11–12 §§, 13 §, the transitional
provisions) is checked by several rules, each on one level: *design* (what the
steering document provides for) or *practice* (what the dated evidence shows). For
each duty and level :func:`duty_verdicts` sums up the rules' findings by coverage:

- the parts are the findings of the duty's rules on that level; a finding that
  does not apply (ej tillämplig) or is waived is not a part;
- the verdict rests on the binding parts, the "ska"-rules in the statute's words;
  only when a level has none does it rest on the others ("verka för", "i den
  utsträckning det är lämpligt", kbfa's readings), and then says so (``strength``);
- all parts met → uppfyllt; some met or partly met → delvis; none met → ej
  uppfyllt; nothing assessable (every part ej bedömbart) → ej bedömbart.

So a duty that is mostly met is "delvis", not its worst part; a document's silence
where the law fills the gap never makes a duty "ej uppfyllt" by itself; and a duty
resting only on "verka för" is never shown as a failed "ska".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kbfa.evaluation._finding import EvaluationResult, Finding, Level, Severity, Verdict
from kbfa.i18n import Lang
from kbfa.model import Strength
from kbfa.rules import law_duties

__all__ = ["DutyVerdict", "LevelVerdict", "duty_verdicts", "strength_word", "summarise"]

_SHORT: dict[Strength, tuple[str, str]] = {
    Strength.MUST: ("ska", "must"),
    Strength.BEST_EFFORT: ("verka för", "work towards"),
    Strength.QUALIFIED: ("lämplighet", "where suitable"),
    Strength.GOOD_PRACTICE: ("god praxis", "good practice"),
}
#: Order of strengths, strongest first, for a level that rests on non-binding parts.
_STRONGEST = (Strength.MUST, Strength.BEST_EFFORT, Strength.QUALIFIED, Strength.GOOD_PRACTICE)


@attrs.frozen
class LevelVerdict:
    """A duty's verdict on one level (design or practice) and what it rests on.

    ``strength`` is that of the parts the verdict rests on: ``MUST`` when binding
    "ska"-rules decided it, otherwise the strongest of the others ("verka för",
    lämplighet); ``interpretation`` is true when those are kbfa's readings of an
    open term. ``rests_on`` names the rules (codes) whose findings were summed up,
    ``breach`` whether one of them is a breach.
    """

    verdict: Verdict
    strength: Strength
    interpretation: bool = False
    rests_on: tuple[str, ...] = ()
    breach: bool = False

    @property
    def binding(self) -> bool:
        """Whether the verdict rests on the law's "ska" (so an open verdict fails a duty)."""
        return self.strength is Strength.MUST and not self.interpretation

    def strength_words(self, lang: Lang = "sv") -> str:
        """The strength in a word or two, to stand beside the verdict: "verka för", "lämplighet"."""
        return strength_word(self.strength, self.interpretation, lang)


def strength_word(strength: Strength, interpretation: bool = False, lang: Lang = "sv") -> str:
    """A strength in a word or two: "ska", "verka för", "lämplighet", "god praxis", or
    "kbfa:s tolkning" for kbfa's reading of an open term (the short form, for a cell)."""
    if interpretation:
        return "kbfa:s tolkning" if lang == "sv" else "kbfa's reading"
    sv, en = _SHORT[strength]
    return sv if lang == "sv" else en


@attrs.frozen
class DutyVerdict:
    """One duty of the law: its design verdict and its practice verdict.

    A level the duty has no rule for (e.g. 7 § has no practice rule) is None; a level
    whose rules do not apply on the date is ej tillämplig.
    """

    key: str  # the duty's key, as in kbfa.rules.law_duties(): "4", "11-12", "OB"
    design: LevelVerdict | None
    practice: LevelVerdict | None

    def level(self, level: Level) -> LevelVerdict | None:
        return self.design if level is Level.DESIGN else self.practice

    @property
    def levels(self) -> tuple[LevelVerdict, ...]:
        return tuple(v for v in (self.design, self.practice) if v is not None)


def _cover(verdicts: Sequence[Verdict]) -> Verdict:
    """Coverage of assessed parts: all met, some, none, or nothing assessable."""
    if all(v is Verdict.EJ_BEDOMBART for v in verdicts):
        return Verdict.EJ_BEDOMBART
    if all(v is Verdict.UPPFYLLT for v in verdicts):
        return Verdict.UPPFYLLT
    if any(v in (Verdict.UPPFYLLT, Verdict.DELVIS) for v in verdicts):
        return Verdict.DELVIS
    return Verdict.EJ_UPPFYLLT


def summarise(findings: Sequence[Finding]) -> LevelVerdict | None:
    """The verdict of one duty on one level from its findings (None when there are none).

    See the module docstring for the rule; the findings are those of one duty and level.
    """
    if not findings:
        return None
    parts = [
        f
        for f in findings
        if not f.informational and f.verdict not in (Verdict.EJ_TILLAMPLIG, Verdict.UNDANTAG)
    ]
    if not parts:
        strongest = min((f.strength or Strength.MUST for f in findings), key=_STRONGEST.index)
        return LevelVerdict(Verdict.EJ_TILLAMPLIG, strongest)
    binding = [f for f in parts if f.binding]
    basis = binding or parts
    codes = tuple(dict.fromkeys(f.code for f in basis))
    breach = any(f.severity is Severity.BREACH for f in basis)
    verdict = _cover([f.verdict for f in basis])
    if binding:
        return LevelVerdict(verdict, Strength.MUST, False, codes, breach)
    strength = min((f.strength or Strength.MUST for f in basis), key=_STRONGEST.index)
    interpretation = all(f.interpretation for f in basis)
    return LevelVerdict(verdict, strength, interpretation, codes, breach)


def duty_verdicts(result: EvaluationResult) -> dict[str, DutyVerdict]:
    """The verdict of every duty of the law, per level, in the law's order.

    Keys are the duties' keys (:func:`kbfa.rules.law_duties`). A duty none of whose
    rules produced a finding (e.g. all filtered out with ``select``) is left out.
    """
    by_duty: dict[str, dict[Level, list[Finding]]] = {}
    for f in result.findings:
        if f.duty is None:
            continue
        by_duty.setdefault(f.duty, {}).setdefault(f.level, []).append(f)
    out: dict[str, DutyVerdict] = {}
    for d in law_duties():
        levels = by_duty.get(d.key)
        if levels is None:
            continue
        out[d.key] = DutyVerdict(
            d.key,
            summarise(levels.get(Level.DESIGN, [])),
            summarise(levels.get(Level.PRACTICE, [])),
        )
    return out
