"""Findings as JSON (``kbfa check --format json``): the export's shape, for any number of files.

``kbfa check --format json`` and ``kbfa overview -o x.json`` write one document
shape, described by one schema (docs/export.md, docs/export-schema.json): the
municipalities, their verdicts per duty and level, every finding and the totals as
flat tables. Here the evaluations of ``check`` become that export; files that could
not be loaded are municipalities with ``status`` ``not_loaded`` and every problem.

No timestamps: the only date is the evaluation date (``as_of``), which the caller
chooses, so the same input gives the same text. Version 3 of the export is the first
that ``check`` writes; ``check``'s own format, ``schema_version`` 2, is gone (the
migration is in docs/check-json.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from kbfa.errors import ConfigProblem, by_file
from kbfa.evaluation import EvaluationResult
from kbfa.i18n import Lang
from kbfa.outputs.overview import (
    EXPORT_VERSION,
    Overview,
    Row,
    duty_columns,
    export_data,
)

__all__ = ["SCHEMA_VERSION", "findings_data", "findings_overview", "render_json"]

#: The version of the document ``check --format json`` writes: the export's ``version``.
SCHEMA_VERSION = EXPORT_VERSION


def findings_overview(
    results: Sequence[EvaluationResult],
    lang: str = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
    as_of: dt.date | None = None,
) -> Overview:
    """The evaluations (and the files that could not be loaded) as an overview's rows:
    the evaluated ones first, in the order given, then those not loaded. ``as_of`` is the
    run's date (default: the first evaluation's, or today)."""
    language: Lang = "en" if lang == "en" else "sv"
    rows = [Row.evaluated(r) for r in results]
    rows += [
        Row(file=file, municipality=None, problems=tuple(group))
        for file, group in by_file(not_loaded).items()
    ]
    day = as_of or (results[0].as_of if results else dt.date.today())
    return Overview(as_of=day, lang=language, duties=duty_columns(language), rows=tuple(rows))


def findings_data(
    results: Sequence[EvaluationResult],
    lang: str = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
    as_of: dt.date | None = None,
) -> dict[str, Any]:
    """The JSON document as Python data (for callers that embed it).

    ``not_loaded`` are the problems of files that could not be loaded (from
    :class:`~kbfa.errors.ConfigError`); each such file is listed with its problems.
    """
    overview = findings_overview(results, lang, not_loaded=not_loaded, as_of=as_of)
    return export_data(overview)


def render_json(
    results: Sequence[EvaluationResult],
    lang: str = "sv",
    *,
    not_loaded: Sequence[ConfigProblem] = (),
    as_of: dt.date | None = None,
) -> str:
    """The findings of every municipality as one JSON document (UTF-8 text, trailing newline)."""
    data = findings_data(results, lang, not_loaded=not_loaded, as_of=as_of)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
