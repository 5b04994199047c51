"""Evaluation (layer 4): run the rules over a municipality as of a date; findings are values.

- :func:`evaluate` gives every finding for one municipality as of a date;
- :func:`duty_verdicts` sums them up per duty of the law and per level (design,
  practice), by coverage of the duty's parts, with the strength they rest on.
"""

from kbfa.evaluation._duties import (
    DutyVerdict,
    LevelVerdict,
    duty_verdicts,
    strength_word,
    summarise,
)
from kbfa.evaluation._engine import evaluate, matches, severity_of
from kbfa.evaluation._finding import (
    EvaluationResult,
    Finding,
    Level,
    Severity,
    Situation,
    Verdict,
    verdict_word,
)

__all__ = [
    "DutyVerdict",
    "EvaluationResult",
    "Finding",
    "Level",
    "LevelVerdict",
    "Severity",
    "Situation",
    "Verdict",
    "duty_verdicts",
    "evaluate",
    "matches",
    "severity_of",
    "strength_word",
    "summarise",
    "verdict_word",
]
