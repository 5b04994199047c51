"""The stable JSON export of findings across municipalities (docs/export-schema.json).

Built for loading into a spreadsheet or a database: ``municipalities`` and
``findings`` are flat lists of records with scalar fields only (one table each,
joined on ``file``), ``duties`` names the columns, ``totals`` repeats the counts of
the overview table. Enum values (``"ej_uppfyllt"``) are the stable keys; the
reader's words are given once in ``verdicts``.

``version`` is the export format's major version. Adding a field keeps it;
renaming, removing or changing the meaning of one raises it, and the schema file
changes in the same commit. Version 2: a duty has a design and a practice verdict,
each the coverage of its parts (version 1 had one, the worst of all its rules); the
flat table ``duty_verdicts`` carries them with their strength, and findings carry
their ``situation``, ``strength`` and the municipality's ``explanation``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kbfa._version import version
from kbfa.errors import ConfigProblem
from kbfa.evaluation import Finding, LevelVerdict
from kbfa.files import write_output
from kbfa.outputs.duty_cells import LEVELS
from kbfa.outputs.overview._messages import verdict_word
from kbfa.outputs.overview._table import VERDICT_ORDER, Overview, Row

__all__ = ["EXPORT_FORMAT", "EXPORT_VERSION", "export_data", "render_json", "write_json"]

EXPORT_FORMAT = "kbfa-export"
EXPORT_VERSION = 2


def _problem(p: ConfigProblem) -> dict[str, Any]:
    return {"file": p.file, "line": p.line, "path": p.path or None, "message": p.message}


def _word(level: LevelVerdict | None) -> str | None:
    return level.verdict.value if level is not None else None


def _municipality(row: Row) -> dict[str, Any]:
    return {
        "file": row.file,
        "name": row.municipality,
        "kommunkod": row.kommunkod,
        "lan": row.lan,
        "status": "not_loaded" if row.failed else "evaluated",
        "verdicts": {
            key: {level.value: _word(v.level(level)) for level in LEVELS}
            for key, v in row.verdicts.items()
        },
        "breaches": row.breaches,
        "warnings": row.warnings,
        "problems": [_problem(p) for p in row.problems],
    }


def _finding(row: Row, f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "file": row.file,
        "municipality": row.municipality,
        "code": f.code,
        "duty": f.duty,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "level": f.level.value,
        "reference": f.reference,
        "url": f.url,
        "line": loc.line if loc else None,
        "path": (loc.path or None) if loc else None,
        "message": f.message,
        "fix": f.fix,
        "situation": f.situation.value if f.situation is not None else None,
        "strength": f.strength.value if f.strength is not None else None,
        "interpretation": f.interpretation,
        "explanation": f.explanation,
    }


def _duty_verdicts(row: Row) -> list[dict[str, Any]]:
    """One flat record per duty and level of a municipality that was evaluated."""
    out: list[dict[str, Any]] = []
    for key, v in row.verdicts.items():
        for level in LEVELS:
            found = v.level(level)
            if found is None:
                continue
            out.append(
                {
                    "file": row.file,
                    "municipality": row.municipality,
                    "duty": key,
                    "level": level.value,
                    "verdict": found.verdict.value,
                    "strength": found.strength.value,
                    "interpretation": found.interpretation,
                    "breach": found.breach,
                    "rests_on": " ".join(found.rests_on),
                }
            )
    return out


def export_data(overview: Overview) -> dict[str, Any]:
    """The export as plain data (what :func:`render_json` serialises)."""
    lang = overview.lang
    totals = {level: overview.totals(level) for level in LEVELS}
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "generator": f"kbfa {version()}",
        "as_of": overview.as_of.isoformat(),
        "lang": lang,
        "verdicts": [{"value": v.value, "label": verdict_word(v, lang)} for v in VERDICT_ORDER],
        "duties": [
            {
                "key": d.key,
                "section": d.section,
                "title": d.title,
                "reference": d.reference,
                "url": d.url,
                "codes": list(d.codes),
            }
            for d in overview.duties
        ],
        "municipalities": [_municipality(r) for r in overview.rows],
        "duty_verdicts": [record for r in overview.rows for record in _duty_verdicts(r)],
        "findings": [
            _finding(r, f) for r in overview.rows if r.result is not None for f in r.result.findings
        ],
        "totals": {
            d.key: {
                level.value: {
                    **{v.value: totals[level][d.key][v] for v in VERDICT_ORDER},
                    "not_loaded": totals[level][d.key].not_read,
                    "no_verdict": totals[level][d.key].no_verdict,
                }
                for level in LEVELS
            }
            for d in overview.duties
        },
    }


def render_json(overview: Overview) -> str:
    return json.dumps(export_data(overview), ensure_ascii=False, indent=2) + "\n"


def write_json(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> None:
    data = render_json(overview).encode("utf-8")
    write_output(path, data, suffixes=(".json",), protected=protected, lang=overview.lang)
