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

A whole run is 10 000 mutants and many hours on a small machine. A score can instead be
measured on a uniform random sample, drawn with a fixed seed from every mutant of the
three packages (cheap and costly alike: mutmut itself runs the cheap ones first, so the
mutants a stopped run has done are no fair sample)::

    nice -n 10 mutmut run $(python tests/mutation_score.py --draw 2000)
    python tests/mutation_import_time.py
    python tests/mutation_score.py --sample 2000 --survivors

mutmut keeps a survivor's result when tests are added; ``--retest`` (with or without
``--sample N``) sets every result that is not a kill back to "not run", so the next
``mutmut run`` tests those mutants again against the tests as they are now (run it while
mutmut is not running: mutmut rewrites these files).

``--draw N`` prints the names of the sample, ``--sample N`` scores only those and prints
the 95 % interval of the score over all mutants (Wilson's, for a sample without
replacement from a finite population, with the finite population correction).

Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import fnmatch
import json
import math
import random
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


#: The seed of every sample: the same mutants are drawn until the code changes.
SEED = 2023_196


def all_mutants() -> list[str]:
    names: list[str] = []
    for meta in sorted((MUTANTS / "src" / "kbfa").rglob("*.py.meta")):
        with meta.open(encoding="utf-8") as f:
            names.extend(json.load(f)["exit_code_by_key"])
    return sorted(names)


def sample(size: int) -> list[str]:
    """``size`` mutants drawn uniformly, without replacement, with :data:`SEED`.

    The first ``size`` of one seeded shuffle, so a larger sample contains a smaller one
    and the mutants a smaller sample ran keep counting.
    """
    order = all_mutants()
    random.Random(SEED).shuffle(order)
    return sorted(order[:size])


def interval(killed: int, tested: int, population: int) -> tuple[float, float]:
    """Wilson's 95 % interval for killed/tested, narrowed by the finite population
    correction as the sample becomes a large part of the population."""
    if not tested:
        return (0.0, 1.0)
    z = 1.96
    fpc = math.sqrt(max(population - tested, 0) / max(population - 1, 1))
    p = killed / tested
    zz = (z * fpc) ** 2
    centre = (p + zz / (2 * tested)) / (1 + zz / tested)
    half = (z * fpc) * math.sqrt(p * (1 - p) / tested + zz / (4 * tested**2)) / (1 + zz / tested)
    return (max(0.0, centre - half), min(1.0, centre + half))


def retest(chosen: set[str] | None) -> int:
    """Set every result that is not a kill (of ``chosen``, or all) back to not run."""
    count = 0
    for meta in sorted((MUTANTS / "src" / "kbfa").rglob("*.py.meta")):
        with meta.open(encoding="utf-8") as f:
            data = json.load(f)
        codes = data["exit_code_by_key"]
        for name, code in codes.items():
            if (chosen is None or name in chosen) and code is not None and status(code) != "killed":
                codes[name] = None
                count += 1
        tmp = meta.with_suffix(".meta.tmp")
        tmp.write_text(json.dumps(data, indent=4), encoding="utf-8")
        tmp.replace(meta)
    return count


def _option(argv: list[str], name: str) -> int | None:
    if name not in argv:
        return None
    return int(argv[argv.index(name) + 1])


def main(argv: list[str]) -> int:
    draw = _option(argv, "--draw")
    if draw is not None:
        print("\n".join(sample(draw)))
        return 0
    size = _option(argv, "--sample")
    chosen = set(sample(size)) if size is not None else None
    if "--retest" in argv:
        print(f"{retest(chosen)} results set back to not run")
        return 0
    show = "--survivors" in argv
    skip = {argv.index("--sample") + 1} if size is not None else set()
    patterns = [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
    known = equivalents()
    total: Counter[str] = Counter()
    unexplained: list[str] = []
    print(
        f"{'file':44} {'mutants':>7} {'killed':>6} {'equiv':>5} {'surv':>5} {'none':>5} {'score':>6}"
    )
    for file, codes in results(patterns).items():
        row: Counter[str] = Counter()
        for name, code in codes.items():
            if chosen is not None and name not in chosen:
                continue
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
    if chosen is not None and not total["not run"]:
        population = len(all_mutants())
        low, high = interval(total["killed"] + total["timeout"], tested, population)
        print(
            f"sample of {len(chosen)} of {population} mutants (seed {SEED}): score "
            f"{100 * score:.1f} %, 95 % interval {100 * low:.1f}–{100 * high:.1f} % over all"
        )
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
