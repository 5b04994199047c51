"""Evaluation (layer 4): run the rules over a municipality as of a date; findings are values."""

from kbfa.evaluation._engine import duty_verdicts, evaluate, matches, severity_of
from kbfa.evaluation._finding import (
    EvaluationResult,
    Finding,
    Level,
    Severity,
    Verdict,
    verdict_word,
)

__all__ = [
    "EvaluationResult",
    "Finding",
    "Level",
    "Severity",
    "Verdict",
    "duty_verdicts",
    "evaluate",
    "matches",
    "severity_of",
    "verdict_word",
]
