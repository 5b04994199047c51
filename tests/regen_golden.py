"""Regenerate the golden findings: ``python tests/regen_golden.py``; review the diff before committing.

One JSON file per config (configs/*.toml, examples/*.toml) in tests/golden/findings/,
evaluated as of :data:`AS_OF` with paths relative to the project root, exactly as
``kbfa check FILE --as-of 2026-11-23 --format json`` prints them (the export of
docs/export.md), except that ``generator`` names no version: a release does not
change the goldens.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "findings"
#: A fixed evaluation date, so the goldens do not change with the calendar.
AS_OF = dt.date(2026, 11, 23)


def sources() -> list[str]:
    """Config paths relative to the project root, as the goldens name them."""
    found = sorted(ROOT.glob("configs/*.toml")) + sorted(ROOT.glob("examples/*.toml"))
    return [p.relative_to(ROOT).as_posix() for p in found]


def render(relative: str) -> str:
    from kbfa.config import load
    from kbfa.evaluation import evaluate
    from kbfa.outputs.findings_json import render_json

    cwd = Path.cwd()
    os.chdir(ROOT)  # file names in findings are relative to the project root
    try:
        text = render_json([evaluate(load(relative), AS_OF)])
    finally:
        os.chdir(cwd)
    return re.sub(
        r'^  "generator": "kbfa [^"]*",$', '  "generator": "kbfa",', text, count=1, flags=re.M
    )


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for relative in sources():
        target = GOLDEN / (Path(relative).stem + ".json")
        text = render(relative)
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
