"""The mutation score of the last ``mutmut run``, with the equivalent mutants set apart.

    nice -n 10 mutmut run --max-children 1 [MUTANT-GLOB ...]   # tests/README.md
    python tests/mutation_score.py [MUTANT-GLOB ...]

reads mutmut's results (``mutants/**/*.meta``) and prints, per file and in total, how
many mutants were killed, survived, had no test, timed out, and how many of the
survivors are equivalent (``tests/mutation_equivalents.toml``, each with the reason a
reviewer can check). The score is killed / (all tested - equivalent). A timeout counts
as killed (the mutant made the tests hang: a behaviour change), a mutant no selected
test reaches counts as not killed. ``--survivors`` lists the survivors that are not
known to be equivalent; it exits 1 if there are any and the score is below 90 %.

Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import fnmatch
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.toml")

#: mutmut's exit codes (mutmut/stats.py) in this script's words.
_STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests"}
_TIMEOUT = {36, 24, -24, 152, 255}
TARGET = 0.90


def status(code: int | None) -> str:
    if code is None:
        return "not run"
    if code in _TIMEOUT:
        return "timeout"
    return _STATUS.get(code, "suspicious")


def equivalents() -> dict[str, str]:
    """Mutant name → why it is equivalent."""
    with EQUIVALENTS.open("rb") as f:
        data = tomllib.load(f)
    return {name: reason for group in data.values() for name, reason in group.items()}


def results(patterns: list[str]) -> dict[str, dict[str, int | None]]:
    """Per mutated file (relative to src/kbfa): mutant name → exit code."""
    out: dict[str, dict[str, int | None]] = {}
    for meta in sorted((MUTANTS / "src" / "kbfa").rglob("*.py.meta")):
        with meta.open(encoding="utf-8") as f:
            codes: dict[str, int | None] = json.load(f)["exit_code_by_key"]
        chosen = {
            k: v
            for k, v in codes.items()
            if not patterns or any(fnmatch.fnmatch(k, p) for p in patterns)
        }
        if chosen:
            out[str(meta.relative_to(MUTANTS / "src" / "kbfa"))[: -len(".meta")]] = chosen
    return out


def main(argv: list[str]) -> int:
    show = "--survivors" in argv
    patterns = [a for a in argv if not a.startswith("--")]
    known = equivalents()
    total: Counter[str] = Counter()
    unexplained: list[str] = []
    print(
        f"{'file':44} {'mutants':>7} {'killed':>6} {'equiv':>5} {'surv':>5} {'none':>5} {'score':>6}"
    )
    for file, codes in results(patterns).items():
        row: Counter[str] = Counter()
        for name, code in codes.items():
            s = status(code)
            if s == "survived" and name in known:
                s = "equivalent"
            elif s in ("survived", "no tests", "suspicious"):
                unexplained.append(name)
            row[s] += 1
        total.update(row)
        if sum(row.values()) > row["not run"]:
            print(_line(file, row))
    print(_line("total", total))
    if total["not run"]:
        print(f"not run yet: {total['not run']} mutants (a run stopped early, or another scope)")
    if show:
        for name in unexplained:
            print(name)
    tested = sum(total.values()) - total["not run"] - total["equivalent"]
    score = (total["killed"] + total["timeout"]) / tested if tested else 0.0
    return 1 if show and unexplained and score < TARGET else 0


def _line(name: str, row: Counter[str]) -> str:
    n = sum(row.values()) - row["not run"]
    tested = n - row["equivalent"]
    killed = row["killed"] + row["timeout"]
    score = f"{100 * killed / tested:5.1f}%" if tested else "    -"
    return (
        f"{name:44} {n:7} {killed:6} {row['equivalent']:5} {row['survived']:5}"
        f" {row['no tests']:5} {score:>6}"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
