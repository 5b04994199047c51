"""The JSON export: one shape for ``kbfa overview -o x.json`` and ``kbfa check --format json``.

Built for loading into a spreadsheet or a database: ``municipalities``,
``duty_verdicts`` and ``findings`` are flat lists of records (one table each, every
record starting with the municipality, kommunkod, län, assessment date, config-format
version and file; see :mod:`kbfa.outputs.overview._columns`), ``duties`` names the
duty columns, ``totals`` repeats the counts of the overview table. Enum values
(``"ej_uppfyllt"``) are the stable keys; the reader's words are given once in
``verdicts``. The schema is docs/export-schema.json, generated from the same column
definitions (:mod:`kbfa.outputs.overview._schema`).

``version`` is the export format's major version. Adding a field keeps it;
renaming, removing or changing the meaning of one raises it, and the schema changes
in the same commit. Version 3: ``kbfa check --format json`` writes this shape too;
every record carries the identity columns; ``municipalities[].duties`` holds each
duty's design and practice verdict with its strength (version 2: ``verdicts``, the
verdict alone); findings carry their ``title`` and ``source``; a municipality's open
findings of severity info are counted in ``notes``. Added in version 3 (fields, no new
version): ``indicators`` (those asked for with ``kbfa overview --indikator``) and each
municipality's ``indicators``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kbfa._version import version
from kbfa.files import write_output
from kbfa.outputs.duty_cells import LEVELS
from kbfa.outputs.overview._columns import (
    duty_verdict_records,
    finding_record,
    identity,
    municipality_record,
)
from kbfa.outputs.overview._messages import verdict_word
from kbfa.outputs.overview._table import TOTAL_KINDS, VERDICT_ORDER, Overview

__all__ = ["EXPORT_FORMAT", "EXPORT_VERSION", "export_data", "render_json", "write_json"]

EXPORT_FORMAT = "kbfa-export"
EXPORT_VERSION = 3


def export_data(overview: Overview) -> dict[str, Any]:
    """The export as plain data (what :func:`render_json` serialises)."""
    lang = overview.lang
    totals = {level: overview.totals(level) for level in LEVELS}
    rows = [(identity(r, overview.as_of), r) for r in overview.rows]
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
        "indicators": [
            {"key": c.key, "title": c.title, "unit": "per_100000"} for c in overview.indicators
        ],
        "municipalities": [municipality_record(r, overview) for r in overview.rows],
        "duty_verdicts": [record for who, r in rows for record in duty_verdict_records(who, r)],
        "findings": [
            finding_record(who, f)
            for who, r in rows
            if r.result is not None
            for f in r.result.findings
        ],
        "totals": {
            d.key: {
                level.value: {
                    **{k: totals[level][d.key].count(k) for k in TOTAL_KINDS},
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
