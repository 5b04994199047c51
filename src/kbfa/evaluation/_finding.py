"""Findings: the values an evaluation returns (never exceptions).

Renderers (text, JSON, Word, overview) know these types and the model, never
rule internals. ``Verdict``, ``Severity`` and ``Level`` are defined beside the
checks that speak them (:mod:`kbfa.rules._verdicts`) and re-exported here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from kbfa.config import Location
from kbfa.model import Strength, Unknown
from kbfa.rules._verdicts import Level, Severity, Situation, Verdict, verdict_word

if TYPE_CHECKING:
    from kbfa.data import Statistics

__all__ = [
    "EvaluationResult",
    "Finding",
    "Level",
    "Severity",
    "Situation",
    "Verdict",
    "plain_text",
    "verdict_word",
]


#: A cross-reference to other rules by code, as messages write it: "(se KBFA-L4A)",
#: "(se KBFA-L4A och KBFA-L5A)", "; se KBFA-KA", "(KBFA-B09)".
_CODES = r"KBFA-[A-Za-z0-9-]*[A-Za-z0-9](?:(?:, | och | and )KBFA-[A-Za-z0-9-]*[A-Za-z0-9])*"
_CROSS_REFERENCE = re.compile(rf"\s*\((?:(?:se|see) )?{_CODES}\)|[;,] (?:se|see) {_CODES}")


def plain_text(text: str) -> str:
    """``text`` without its cross-references to rule codes (:attr:`Finding.plain_message`)."""
    return _CROSS_REFERENCE.sub("", text)


@attrs.frozen
class Finding:
    """One verdict of one rule, located in the config, with what would make it compliant.

    ``situation`` says why something is not (fully) there, as data every output can
    tell apart (:class:`Situation`): the document contradicts the law, the law fills
    its silence, the content is in another document, a required step is missing, a
    fact is only unrecorded, or no steering document applied on the date. Only a
    contradiction or a missing step of a binding rule is a breach. ``strength`` is the
    rule's ("ska", "verka för", ...), ``interpretation`` marks kbfa's reading of an
    open term, and ``explanation`` is the municipality's own explanation of the
    finding (``[[explanations]]``), shown beside it; it never changes the verdict.
    """

    code: str  # stable rule code, e.g. "KBFA-L6A" (scheme in kbfa.rules)
    verdict: Verdict
    severity: Severity
    level: Level
    reference: str  # human-readable legal reference, e.g. "6 § lag (2023:196)"
    url: str | None
    location: Location | None
    message: str  # in the requested language
    fix: str | None  # what would make it compliant; None when nothing is to be done
    title: str | None = None  # the rule's title, in the requested language
    source: str | None = None  # "law", "local" or "guidance"
    duty: str | None = None  # the law duty's key (kbfa.rules.law_duties()), if any
    situation: Situation | None = None  # why it is not (fully) there; None when nothing is missing
    strength: Strength | None = None  # the rule's strength
    interpretation: bool = False  # the rule applies kbfa's reading of an open term
    informational: bool = False  # reported as information whatever the verdict
    explanation: str | None = None  # the municipality's explanation, with its decision
    strength_words: str | None = None  # the rule's strength as a reader says it
    #: What the municipality's organs do about an open finding, in plain words for
    #: kommunstyrelsen ("Kommunstyrelsen beslutar …"); ``fix`` is the coordinator's advice.
    action: str | None = None
    #: The rule's own message when the engine added a note to it (that no steering document
    #: applied on the date, which a report says once, not on every finding); else None.
    said: str | None = None

    @property
    def plain_message(self) -> str:
        """The rule's message without cross-references to other rules' codes ("(se
        KBFA-L4A)") or the engine's note on the steering document: what a reader who never
        sees the codes is shown (the report kommunstyrelsen adopts)."""
        return plain_text(self.said if self.said is not None else self.message)

    @property
    def binding(self) -> bool:
        """Whether the finding's rule is a binding "ska" (can be a breach at all)."""
        return self.strength is Strength.MUST and not self.interpretation and not self.informational

    @property
    def is_open(self) -> bool:
        """Whether the finding asks for action (ej uppfyllt, delvis or ej bedömbart)."""
        return self.verdict.is_open


@attrs.frozen
class EvaluationResult:
    """All findings for one municipality as of one date.

    Findings come in catalogue order (the law by §, then the municipality's own
    rules, then Brå's good practice), then by place in the config file.
    """

    municipality: str
    file: str
    as_of: dt.date
    findings: tuple[Finding, ...]
    #: The municipality's SCB code and county, as the config states them (exports
    #: carry them in every row, as join keys to SCB and Kolada statistics).
    kommunkod: str | None = None
    lan: str | None = None
    #: The config format the file is written in (1 when it does not say).
    format_version: int | None = None
    #: The indicators' statistics as the rules read them (see
    #: :meth:`kbfa.rules.Context.statistics`): ``None`` when no rule needed them (no
    #: indicator names data). Outputs that show the values (the overview's indicator
    #: columns) take them from here rather than read the files a second time.
    statistics: Statistics | None = attrs.field(default=None, eq=False, repr=False)
    #: A region acting as the municipality: outputs use its words (kbfa.i18n.regional).
    region: bool = False
    #: The facts the config marks as not known (``[[unknowns]]``), counted apart.
    unknowns: tuple[Unknown, ...] = ()

    @property
    def unknown_findings(self) -> tuple[Finding, ...]:
        """The findings that are ej bedömbart because a fact they rest on is unknown."""
        return tuple(f for f in self.findings if f.situation is Situation.UNKNOWN)

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    def at_or_above(self, severity: Severity) -> tuple[Finding, ...]:
        """Open findings of at least ``severity`` (what ``--fail-level`` counts)."""
        return tuple(f for f in self.open_findings if f.severity.rank >= severity.rank)
