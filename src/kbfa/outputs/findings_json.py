"""Findings as JSON: versioned, sorted keys, identical for identical input.

No timestamps: the only date is the evaluation date (``as_of``), which the caller
chooses. ``schema_version`` changes when a key is renamed or removed or changes
meaning (adding a key does not change it). Files that could not be loaded are listed
under ``not_loaded``, each with its problems, beside the results of the files that
could. The format is documented in docs/check-json.md.

Version 2 (kbfa after issue 10): ``duties`` gives each duty's design and practice
verdicts with their strength and the rules they rest on (version 1 had the worst
verdict of all the duty's rules); each finding carries its ``situation``,
``strength``, ``interpretation`` and the municipality's ``explanation``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kbfa.errors import ConfigProblem, by_file
from kbfa.evaluation import (
    EvaluationResult,
    Finding,
    LevelVerdict,
    Severity,
    Verdict,
    duty_verdicts,
)

__all__ = ["SCHEMA_VERSION", "duty_data", "findings_data", "level_data", "render_json"]

SCHEMA_VERSION = 2


def _finding(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "code": f.code,
        "title": f.title,
        "source": f.source,
        "duty": f.duty,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "level": f.level.value,
        "reference": f.reference,
        "url": f.url,
        "location": None if loc is None else {"file": loc.file, "line": loc.line, "path": loc.path},
        "message": f.message,
        "fix": f.fix,
        "situation": f.situation.value if f.situation is not None else None,
        "strength": f.strength.value if f.strength is not None else None,
        "interpretation": f.interpretation,
        "explanation": f.explanation,
    }


def level_data(level: LevelVerdict | None) -> dict[str, Any] | None:
    """One duty's verdict on one level as JSON data (None when the duty has no rule there)."""
    if level is None:
        return None
    return {
        "verdict": level.verdict.value,
        "strength": level.strength.value,
        "interpretation": level.interpretation,
        "rests_on": list(level.rests_on),
        "breach": level.breach,
    }


def duty_data(result: EvaluationResult) -> dict[str, Any]:
    """Every duty's design and practice verdicts, keyed by the duty's key ("4", "11-12")."""
    return {
        key: {"design": level_data(v.design), "practice": level_data(v.practice)}
        for key, v in duty_verdicts(result).items()
    }


def _counts(result: EvaluationResult) -> dict[str, Any]:
    by_verdict = {v.value: 0 for v in Verdict}
    open_by_severity = {s.value: 0 for s in Severity}
    for f in result.findings:
        by_verdict[f.verdict.value] += 1
        if f.is_open:
            open_by_severity[f.severity.value] += 1
    return {"verdicts": by_verdict, "open": open_by_severity}


def _result(result: EvaluationResult) -> dict[str, Any]:
    return {
        "municipality": result.municipality,
        "file": result.file,
        "as_of": result.as_of.isoformat(),
        "duties": duty_data(result),
        "summary": _counts(result),
        "findings": [_finding(f) for f in result.findings],
    }


def findings_data(
    results: Sequence[EvaluationResult],
    lang: str = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
) -> dict[str, Any]:
    """The JSON document as Python data (for callers that embed it).

    ``not_loaded`` are the problems of files that could not be loaded (from
    :class:`~kbfa.errors.ConfigError`); each such file is listed with its problems.
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "lang": lang,
        "results": [_result(r) for r in results],
        "not_loaded": [
            {
                "file": file,
                "problems": [
                    {"line": p.line, "path": p.path or None, "message": p.message} for p in group
                ],
            }
            for file, group in by_file(not_loaded).items()
        ],
    }


def render_json(
    results: Sequence[EvaluationResult],
    lang: str = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
) -> str:
    """The findings of every municipality as one JSON document (UTF-8 text, trailing newline)."""
    data = findings_data(results, lang, not_loaded=not_loaded)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
