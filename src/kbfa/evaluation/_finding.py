"""Findings: the values an evaluation returns (never exceptions).

Renderers (text, JSON, Word, overview) know these types and the model, never
rule internals.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from kbfa.config import Location

__all__ = ["EvaluationResult", "Finding", "Level", "Severity", "Verdict"]


class Verdict(enum.StrEnum):
    """The outcome of one rule for one municipality (or one item in it)."""

    UPPFYLLT = "uppfyllt"
    DELVIS = "delvis"
    EJ_UPPFYLLT = "ej_uppfyllt"
    EJ_BEDOMBART = "ej_bedombart"  # no evidence recorded: never silently "uppfyllt"
    UNDANTAG = "undantag"  # an unexpired waiver covers the rule
    EJ_TILLAMPLIG = "ej_tillamplig"  # the rule was not yet in force on the evaluation date


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


@attrs.frozen
class Finding:
    """One verdict of one rule, located in the config, with what would make it compliant."""

    code: str  # stable rule code, e.g. "KBFA-6A"
    verdict: Verdict
    severity: Severity
    level: Level
    reference: str  # human-readable legal reference, e.g. "6 § lag (2023:196)"
    url: str | None
    location: Location | None
    message: str  # in the requested language
    fix: str | None  # what would make it compliant; None when uppfyllt


@attrs.frozen
class EvaluationResult:
    """All findings for one municipality as of one date, sorted by code then location."""

    municipality: str
    file: str
    as_of: dt.date
    findings: tuple[Finding, ...]
