"""Golden outlines of every generated Word document: headings and table cells.

What people read is pinned as JSON (tests/golden/docx/<municipality>/<document>.json),
never as .docx bytes, so a change of wording shows as a readable diff. After a
reviewed change, regenerate every golden file with::

    python tests/test_docx_golden.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # conftest, when run as a script

from conftest import CONFIGS  # noqa: E402
from kbfa.config import load  # noqa: E402
from kbfa.outputs.docx import (  # noqa: E402
    BuildContext,
    build_documents,
    compliance_report,
    coordinator_appendix,
    outline,
)

GOLDEN = HERE / "golden" / "docx"
MUNICIPALITIES = ("lindesberg", "nassjo", "hjo", "vetlanda")
#: The report is evaluated as of a fixed date so its verdicts do not move with the clock.
AS_OF = dt.date(2026, 6, 1)


def outlines(name: str) -> dict[str, list[dict[str, Any]]]:
    """Every document of one municipality (the report included), by file stem."""
    config = load(CONFIGS / f"{name}.toml")
    ctx = BuildContext(as_of=AS_OF)
    out = {
        "efterlevnadsrapport": outline(compliance_report(config, AS_OF, ctx).document),
        "efterlevnadsrapport-bilaga": outline(coordinator_appendix(config, AS_OF, ctx).document),
    }
    for d in build_documents(config.governance, ctx):
        out[d.stem] = outline(d.document)
    return out


def as_text(items: list[dict[str, Any]]) -> str:
    """Valid JSON with one heading or one table row per line: diffs show the changed cell."""

    def dump(x: object) -> str:
        return json.dumps(x, ensure_ascii=False)

    blocks = []
    for item in items:
        if "table" in item:
            rows = ",\n".join(f"  {dump(row)}" for row in item["table"])
            blocks.append(f' {{"table": [\n{rows}\n ]}}')
        else:
            blocks.append(f" {dump(item)}")
    return "[\n" + ",\n".join(blocks) + "\n]\n"


@pytest.mark.parametrize("name", MUNICIPALITIES)
def test_documents_match_their_golden_outlines(name: str) -> None:
    """Each document's headings and table cells equal the reviewed golden file."""
    docs = outlines(name)
    folder = GOLDEN / name
    assert sorted(p.stem for p in folder.glob("*.json")) == sorted(docs), (
        "documents added or removed; run python tests/test_docx_golden.py"
    )
    for stem, items in docs.items():
        expected = (folder / f"{stem}.json").read_text(encoding="utf-8")
        assert as_text(items) == expected, f"{name}/{stem}: run python tests/test_docx_golden.py"


def regenerate() -> None:
    for name in MUNICIPALITIES:
        folder = GOLDEN / name
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for stem, items in outlines(name).items():
            (folder / f"{stem}.json").write_text(as_text(items), encoding="utf-8")
            print(folder / f"{stem}.json")


if __name__ == "__main__":
    regenerate()
