"""Findings: the values an evaluation returns (never exceptions).

Renderers (text, JSON, Word, overview) know these types and the model, never
rule internals. ``Verdict``, ``Severity`` and ``Level`` are defined beside the
checks that speak them (:mod:`kbfa.rules._verdicts`) and re-exported here.
"""

from __future__ import annotations

import datetime as dt

import attrs

from kbfa.config import Location
from kbfa.rules._verdicts import Level, Severity, Verdict, verdict_word

__all__ = ["EvaluationResult", "Finding", "Level", "Severity", "Verdict", "verdict_word"]


@attrs.frozen
class Finding:
    """One verdict of one rule, located in the config, with what would make it compliant."""

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

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_open)

    def at_or_above(self, severity: Severity) -> tuple[Finding, ...]:
        """Open findings of at least ``severity`` (what ``--fail-level`` counts)."""
        return tuple(f for f in self.open_findings if f.severity.rank >= severity.rank)
