"""The vocabulary of outcomes: verdict, situation, severity, level.

Defined in the rules layer because checks speak it; :mod:`kbfa.evaluation`
re-exports it with the finding types, which is where renderers import it from.
"""

from __future__ import annotations

import enum

__all__ = ["Level", "Severity", "Situation", "Verdict", "coverage", "verdict_word"]


class Verdict(enum.StrEnum):
    """The outcome of one rule for one municipality (or one item in it)."""

    UPPFYLLT = "uppfyllt"
    DELVIS = "delvis"
    EJ_UPPFYLLT = "ej_uppfyllt"
    EJ_BEDOMBART = "ej_bedombart"  # no evidence recorded: never silently "uppfyllt"
    UNDANTAG = "undantag"  # an unexpired waiver covers the rule
    # The rule does not apply: not yet in force on the evaluation date, or nothing
    # it applies to exists (e.g. a rule about existing agreements when there are none).
    EJ_TILLAMPLIG = "ej_tillamplig"

    @property
    def is_open(self) -> bool:
        """Whether the verdict asks for action (ej uppfyllt, delvis, ej bedömbart)."""
        return self in _OPEN

    @property
    def rank(self) -> int:
        """Badness for "worst verdict": ej uppfyllt is worst, ej tillämplig mildest."""
        return _RANK[self]


_OPEN = frozenset({Verdict.EJ_UPPFYLLT, Verdict.DELVIS, Verdict.EJ_BEDOMBART})
_RANK = {
    Verdict.EJ_TILLAMPLIG: 0,
    Verdict.UPPFYLLT: 1,
    Verdict.UNDANTAG: 2,
    Verdict.EJ_BEDOMBART: 3,
    Verdict.DELVIS: 4,
    Verdict.EJ_UPPFYLLT: 5,
}


def coverage(missing: int, required: int, *, absent: Verdict = Verdict.EJ_UPPFYLLT) -> Verdict:
    """The verdict when ``missing`` of ``required`` items are absent: none, some or all.

    None missing is uppfyllt, some is delvis, all is ``absent``: ej uppfyllt when the
    absence is established, ej bedömbart when the items are only not recorded.
    """
    if missing == 0:
        return Verdict.UPPFYLLT
    return Verdict.DELVIS if missing < required else absent


class Situation(enum.StrEnum):
    """Why something the law or a document asks for is not (fully) there.

    Every open finding says which situation it met, so that every output can tell
    them apart; only :attr:`CONTRARY` and :attr:`MISSING_STEP` can be breaches.
    A finding with nothing missing has no situation, except :attr:`LAW_FILLS`,
    which may accompany "uppfyllt" (the law itself supplies the answer).
    """

    #: The document establishes something contrary to the law (e.g. the work is
    #: steered by a group of officials): ej uppfyllt.
    CONTRARY = "contrary"
    #: The document is silent where the law itself fills the gap (kommunstyrelsen
    #: leads under 13 § unless fullmäktige decided otherwise): never a breach.
    LAW_FILLS = "law_fills"
    #: The content lives in another document (the lägesbild itself, a council's
    #: own rules, an agreement): ej bedömbart, naming that document.
    OTHER_DOCUMENT = "other_document"
    #: A step the law (or the document) demands is not provided for, or was not
    #: done in time: ej uppfyllt or delvis.
    MISSING_STEP = "missing_step"
    #: A fact is not recorded in the config; that is not the same as not existing
    #: ("är inte registrerad", never "finns inte").
    UNRECORDED = "unrecorded"
    #: No steering document applied on the date (not yet decided, never decided,
    #: or expired), so the document cannot show it: ej bedömbart.
    NO_DOCUMENT = "no_document"
    #: The fact is marked as not known, or not read, in the config's ``[[unknowns]]``,
    #: with why: ej bedömbart with that note, never a breach.
    UNKNOWN = "unknown"

    @property
    def can_breach(self) -> bool:
        """Whether a missed "ska" in this situation is a breach."""
        return self in (Situation.CONTRARY, Situation.MISSING_STEP)


# The one place the verdicts are put in words, for every output (text, Word, overview).
_WORDS: dict[Verdict, tuple[str, str]] = {
    Verdict.UPPFYLLT: ("uppfyllt", "met"),
    Verdict.DELVIS: ("delvis uppfyllt", "partly met"),
    Verdict.EJ_UPPFYLLT: ("ej uppfyllt", "not met"),
    Verdict.EJ_BEDOMBART: ("ej bedömbart", "cannot be assessed"),
    Verdict.UNDANTAG: ("undantag", "waived"),
    Verdict.EJ_TILLAMPLIG: ("ej tillämpligt", "not applicable"),
}


def verdict_word(verdict: Verdict, lang: str = "sv") -> str:
    """The verdict as a reader says it, in lower case: "ej bedömbart", "not met"."""
    sv, en = _WORDS[verdict]
    return sv if lang == "sv" else en


class Severity(enum.StrEnum):
    """How serious a finding is; ordered for ``--fail-level``."""

    INFO = "info"
    WARNING = "warning"
    BREACH = "breach"

    @property
    def rank(self) -> int:
        return ("info", "warning", "breach").index(self.value)


class Level(enum.StrEnum):
    """Design: does the governance as written comply? Practice: was it done on time?"""

    DESIGN = "design"
    PRACTICE = "practice"
