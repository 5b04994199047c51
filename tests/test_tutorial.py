"""The tutorial (docs/tutorial.md) is executed: its steps give the findings its text promises.

Step 0 runs the tutorial's own `kbfa init` line. Each later step's TOML blocks are
applied the way the tutorial tells the reader to: a table replaces the table of the
same name, a list entry replaces the entry with the same id, other entries are
appended. After each step `kbfa check --format json` runs as of the tutorial's date, and
the breaches and warnings must be exactly those in the step's table. The assembled file must equal
the finished fixture docs/tutorial/solbacka.toml, which the reader can open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from kbfa.cli import main
from kbfa.config import load
from kbfa.evaluation import Severity, evaluate

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
FIXTURE = ROOT / "docs" / "tutorial" / "solbacka.toml"

_WORD = {Severity.BREACH: "brist", Severity.WARNING: "varning"}
_FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)
_ROW = re.compile(r"^\| (KBFA-[A-Za-z0-9-]+) \| (brist|varning) \|", re.M)


def tutorial_text() -> str:
    return TUTORIAL.read_text(encoding="utf-8")


def steps() -> list[tuple[str, str]]:
    """(heading, body) of every "## Steg N" section, in order."""
    parts = re.split(r"^## (Steg \d+:[^\n]*)\n", tutorial_text(), flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def as_of() -> dt.date:
    found = re.search(r"kbfa check --as-of (\d{4}-\d\d-\d\d)", tutorial_text())
    assert found, "the tutorial names the date its tables hold for"
    return dt.date.fromisoformat(found.group(1))


def promised(body: str) -> set[tuple[str, str]]:
    """The (code, brist/varning) rows of the step's table of what remains."""
    return set(_ROW.findall(body))


def blocks(body: str, language: str) -> list[str]:
    return [text for lang, text in _FENCE.findall(body) if lang == language]


def apply(state: dict[str, Any], block: dict[str, Any]) -> dict[str, Any]:
    """Apply one tutorial block to the file's data, as the tutorial describes."""
    out = dict(state)
    for key, value in block.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            entries = list(out.get(key, []))
            for entry in value:
                same = [
                    i for i, e in enumerate(entries) if "id" in entry and e.get("id") == entry["id"]
                ]
                if same:
                    entries[same[0]] = entry
                else:
                    entries.append(entry)
            out[key] = entries
        else:
            out[key] = value
    return out


def remaining(state: dict[str, Any], day: dt.date, tmp: Path) -> set[tuple[str, str]]:
    """What `kbfa check --format json` reports as breaches and warnings for the file's data.

    The exit status must agree: 1 when a breach or warning remains (with
    --fail-level warning), 0 when nothing does.
    """
    path = tmp / "steg.toml"
    path.write_text(tomli_w.dumps(state), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(
            ["check", "--format", "json", "--fail-level", "warning", "--as-of", str(day), str(path)]
        )
    found = {
        (f["code"], _WORD[Severity(f["severity"])])
        for f in json.loads(out.getvalue())["findings"]
        if Severity(f["severity"]) in _WORD
    }
    assert status == (1 if found else 0)
    return found


def initial_state(tmp: Path) -> dict[str, Any]:
    """Step 0: the tutorial's `kbfa init` line, run as written."""
    _, body = steps()[0]
    (line,) = [x for b in blocks(body, "sh") for x in b.splitlines() if x.startswith("kbfa init ")]
    args = shlex.split(line)[1:]
    args[1] = str(tmp / args[1])
    assert main(args) == 0
    return tomllib.loads(Path(args[1]).read_text(encoding="utf-8"))


def run_tutorial(tmp: Path) -> list[tuple[str, dict[str, Any], set[tuple[str, str]]]]:
    """Each step's heading, the file's data after it, and what the check then reports."""
    day = as_of()
    state = initial_state(tmp)
    out = [(steps()[0][0], state, remaining(state, day, tmp))]
    for heading, body in steps()[1:]:
        for block in blocks(body, "toml"):
            state = apply(state, tomllib.loads(block))
        out.append((heading, state, remaining(state, day, tmp)))
    return out


@pytest.fixture(scope="module")
def executed(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[str, dict[str, Any], set[tuple[str, str]]]]:
    mp = pytest.MonkeyPatch()
    mp.setattr("sys.stdin", io.StringIO(""))  # no terminal: init takes its options
    try:
        return run_tutorial(tmp_path_factory.mktemp("tutorial"))
    finally:
        mp.undo()


class TestTutorial:
    def test_has_the_steps_in_order(self) -> None:
        """The tutorial has steps 0, 1, 2 ... with no gap, each with a TOML block after step 0."""
        headings = [h for h, _ in steps()]
        assert [int(re.search(r"\d+", h).group()) for h in headings] == list(range(len(headings)))  # type: ignore[union-attr]
        assert all(blocks(body, "toml") for _, body in steps()[1:])

    @pytest.mark.parametrize("index", range(11))
    def test_step_gives_the_promised_findings(
        self, executed: list[tuple[str, dict[str, Any], set[tuple[str, str]]]], index: int
    ) -> None:
        """After each step the check's breaches and warnings are exactly the step's table."""
        heading, _, found = executed[index]
        expected = promised(steps()[index][1])
        assert found == expected, heading

    def test_every_step_changes_what_the_check_says(
        self, executed: list[tuple[str, dict[str, Any], set[tuple[str, str]]]]
    ) -> None:
        """No step is decoration: each one changes the findings (the tables differ)."""
        results = [found for _, _, found in executed]
        assert all(a != b for a, b in itertools.pairwise(results))

    def test_shown_check_output_is_what_kbfa_check_prints(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The `kbfa check` excerpt in step 0 is, character for character, the real output."""
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        monkeypatch.chdir(tmp_path)
        initial_state(Path())
        _, body = steps()[0]
        (command,) = [b.strip() for b in blocks(body, "sh") if b.startswith("kbfa check ")]
        (shown,) = blocks(body, "text")
        capsys.readouterr()
        assert main(shlex.split(command)[1:]) == 1
        assert capsys.readouterr().out == shown

    def test_ends_with_nothing_left(
        self, executed: list[tuple[str, dict[str, Any], set[tuple[str, str]]]]
    ) -> None:
        """The finished Solbacka has no breach and no warning as of the tutorial's date."""
        assert executed[-1][2] == set()

    def test_fixture_is_the_assembled_file(
        self, executed: list[tuple[str, dict[str, Any], set[tuple[str, str]]]]
    ) -> None:
        """docs/tutorial/solbacka.toml holds exactly what the steps build, nothing more."""
        assert tomllib.loads(FIXTURE.read_text(encoding="utf-8")) == executed[-1][1]

    def test_fixture_loads_and_checks_clean(self) -> None:
        """The finished file itself loads with kbfa and the check finds nothing to do."""
        result = evaluate(load(FIXTURE), as_of())
        assert [f.code for f in result.findings if f.severity is not Severity.INFO] == []

    def test_fixture_points_at_the_schema(self) -> None:
        """The finished file starts with the #:schema line, resolving to the committed schema."""
        first = FIXTURE.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#:schema ")
        schema = (FIXTURE.parent / first.removeprefix("#:schema ")).resolve()
        assert schema == ROOT / "schema" / "kbfa-config.schema.json"
