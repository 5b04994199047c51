"""A smoke run of mutation testing in the suite (and so in CI): a few planted bugs must fail.

mutmut (tests/README.md, "Mutation testing") takes minutes even for one module, so CI
does not run it. These are three of the review's hand-made mutants
(tests/review_mutants.py) that mutmut 3 cannot make, because they change module
constants, not functions: a tertial of three months, the law in force a year late, and
14 § in force on the bill's date. Each is applied to a copy of ``src/kbfa`` in a
temporary directory (the working tree is never touched), and the test that is meant to
kill it is run against the copy; it must fail. About 10 seconds in all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from review_mutants import MUTANTS  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
SMOKE = ("T4", "R2+", "N1")


def _run(src: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def copy_of_kbfa(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of src/kbfa that ``PYTHONPATH`` puts before the installed one."""
    src = tmp_path_factory.mktemp("mutant") / "src"
    shutil.copytree(
        ROOT / "src" / "kbfa", src / "kbfa", ignore=shutil.ignore_patterns("__pycache__")
    )
    found = _run(src, "-c", "import kbfa; print(kbfa.__file__)")
    assert found.stdout.strip() == str(src / "kbfa" / "__init__.py"), found.stderr
    return src


@pytest.mark.parametrize("ident", SMOKE)
def test_a_planted_bug_is_caught(copy_of_kbfa: Path, ident: str) -> None:
    (_, file, old, new, test) = next(m for m in MUTANTS if m[0] == ident)
    path = copy_of_kbfa / "kbfa" / file
    original = path.read_text(encoding="utf-8")
    assert original.count(old) == 1, f"{ident}: the text to mutate is not in {file} once"
    path.write_text(original.replace(old, new), encoding="utf-8")
    try:
        out = _run(copy_of_kbfa, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", test)
    finally:
        path.write_text(original, encoding="utf-8")
    assert out.returncode == 1, f"{ident} survived {test}:\n{out.stdout[-2000:]}"
    # Killed by the test's assertion, not by an import or collection error.
    assert "1 failed" in out.stdout and "AssertionError" in out.stdout, out.stdout[-2000:]
