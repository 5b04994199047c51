"""The command line on a municipal PC and in a shell: any console encoding, closed pipes,
globs and folders, standard input, Swedish usage messages, -q, and no escape sequence
from the input ever reaching the terminal raw (issue 13, issue 15 item 5).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from conftest import CONFIGS
from kbfa.cli import main

ROOT = Path(__file__).resolve().parents[1]
HJO = str(CONFIGS / "hjo.toml")
LINDESBERG = str(CONFIGS / "lindesberg.toml")
DATE = ["--as-of", "2026-11-23"]


def kbfa(
    *argv: str, env: dict[str, str] | None = None, stdin: bytes | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed command line as a user would, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "kbfa", *argv],
        capture_output=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestWindowsEncoding:
    """A redirected stdout on Windows is cp1252, which has no "→": no command may crash on it."""

    CP1252: ClassVar[dict[str, str]] = {"PYTHONIOENCODING": "cp1252"}

    @pytest.mark.parametrize(
        "argv",
        [
            ["check", *DATE, LINDESBERG, HJO],
            ["check", *DATE, "--format", "json", LINDESBERG],
            ["check", *DATE, "-q", "configs"],
            ["show", "configs"],
            ["rules", LINDESBERG],
            ["explain", "KBFA-L6A"],
            ["explain", "KBFA-K-lb-signering", LINDESBERG],
            ["calendar", LINDESBERG, "--year", "2027"],
            ["calendar", LINDESBERG, "--year", "2027", "--ics", "-"],
            ["schema"],
            ["data", "show", "examples/exempelby.toml"],
            ["data", "show", "--format", "json", "examples/exempelby.toml"],
            ["--help"],
            ["check", "--help"],
        ],
    )
    def test_printing_commands(self, argv: list[str]) -> None:
        """Every printing command and format exits 0 or 1, never "internt fel"."""
        done = kbfa(*argv, env=self.CP1252)
        assert done.returncode in (0, 1), done.stderr.decode("cp1252")
        assert b"internt fel" not in done.stderr
        text = done.stdout.decode("cp1252")  # what a Windows reader gets: valid cp1252
        assert text.strip()

    def test_arrows_become_ascii(self) -> None:
        """The chain problem → orsak → åtgärd reads "->" where "→" cannot be written."""
        done = kbfa("check", *DATE, HJO, env=self.CP1252)
        text = done.stdout.decode("cp1252")
        assert "problem -> orsak -> åtgärd" in text
        assert "Lägesbild" in text  # å, ä, ö are in cp1252 and stay

    def test_json_stays_valid_json(self) -> None:
        """In JSON, what cp1252 cannot hold is written as a \\u escape, so the data is intact."""
        import json

        done = kbfa("check", *DATE, "--format", "json", HJO, env=self.CP1252)
        data = json.loads(done.stdout.decode("cp1252"))
        assert data

    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_a_file_that_cannot_be_loaded(self, tmp_path: Path, fmt: str) -> None:
        """check reports a broken file beside a good one in every format, in cp1252: exit 2
        with the report on stdout, never a crash on a character cp1252 lacks."""
        import json

        bad = tmp_path / "trasig→fil.toml"
        bad.write_text("[municipality]\nname = 1\n", encoding="utf-8")
        done = kbfa("check", *DATE, "--format", fmt, HJO, str(bad), env=self.CP1252)
        assert done.returncode == 2, done.stderr.decode("cp1252")
        assert done.stderr == b""
        text = done.stdout.decode("cp1252")  # valid cp1252
        assert "hjo.toml" in text  # the good file is still assessed
        assert "förväntade en text, fick 1" in text
        if fmt == "text":
            assert "trasig->fil.toml: kunde inte läsas" in text
        if fmt == "json":
            entries = json.loads(text)["municipalities"]
            (entry,) = [m for m in entries if m["status"] == "not_loaded"]
            assert entry["file"].endswith("trasig->fil.toml")
        if fmt == "sarif":
            results = json.loads(text)["runs"][0]["results"]
            assert any(r["ruleId"] == "config-error" for r in results)

    @pytest.mark.parametrize("suffix", [".csv", ".json", ".docx", ".xlsx"])
    def test_writing_commands(self, tmp_path: Path, suffix: str) -> None:
        """Commands that write files print their messages in cp1252 and exit 0/1."""
        out = tmp_path / f"o{suffix}"
        done = kbfa("overview", *DATE, "configs", "-o", str(out), env=self.CP1252)
        assert done.returncode in (0, 1)
        assert b"internt fel" not in done.stderr
        assert out.stat().st_size > 0

    def test_report_documents_init(self, tmp_path: Path) -> None:
        for argv in (
            ["report", *DATE, LINDESBERG, "-o", str(tmp_path / "r.docx")],
            ["documents", *DATE, LINDESBERG, "-o", str(tmp_path / "dok")],
            ["calendar", LINDESBERG, "--year", "2027", "--ics", str(tmp_path / "a.ics")],
            ["schema", "-o", str(tmp_path / "s.json")],
            [
                "init",
                str(tmp_path / "ny.toml"),
                "--name",
                "Provköping kommun",
                "--kommunkod",
                "9999",
                "--police-area",
                "LPO Prov → Syd",
            ],
        ):
            done = kbfa(*argv, env=self.CP1252)
            assert done.returncode == 0, (argv, done.stderr.decode("cp1252"))
            assert b"internt fel" not in done.stderr


class TestClosedPipe:
    """`kbfa show … | head` used to end in "internt fel (BrokenPipeError)"."""

    @pytest.mark.parametrize("attempt", range(20))
    def test_reader_closes_early(self, attempt: int) -> None:
        """The reader takes one line and leaves: exit 0 or 141, and not a word on stderr."""
        argv = ["show", "configs"] if attempt % 2 else ["check", "--exit-zero", *DATE, "configs"]
        child = subprocess.Popen(
            [sys.executable, "-m", "kbfa", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read()
        status = child.wait(timeout=60)
        assert status in (0, 141)
        assert err == b""


class TestConfigsByFolderAndPattern:
    """PowerShell and cmd do not expand configs/*.toml: kbfa does, and takes folders."""

    def test_a_pattern_kbfa_expands(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa check "configs/*.toml"` (as PowerShell passes it) checks the four files."""
        status, out, _ = run(capsys, "check", *DATE, "-q", str(CONFIGS / "*.toml"))
        assert status == 1
        assert out.count("bedömd per") == 4

    def test_a_folder(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa check configs` checks the folder's .toml files in name order."""
        _, out, _ = run(capsys, "check", *DATE, "-q", str(CONFIGS))
        names = [line.split(" (")[0] for line in out.splitlines()[:4]]
        assert names == ["Hjo kommun", "Lindesbergs kommun", "Nässjö kommun", "Vetlanda kommun"]

    @pytest.mark.parametrize("command", ["show", "rules"])
    def test_other_commands_take_folders(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        status, out, _ = run(capsys, command, str(CONFIGS))
        assert status == 0
        assert "Vetlanda" in out

    def test_a_pattern_that_matches_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Reported in check's own output, as a file that could not be loaded is."""
        status, out, err = run(capsys, "check", "configs/*.tomll")
        assert status == 2
        assert "\n  configs/*.tomll: inga filer matchar mönstret\n" in out
        assert err == ""

    def test_a_pattern_that_matches_nothing_beside_a_good_file(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The other files are still assessed; the exit status is the worst, 2."""
        status, out, _ = run(capsys, "check", *DATE, "-q", "configs/*.tomll", HJO)
        assert status == 2
        assert out.splitlines()[:2] == [
            out.splitlines()[0],
            "configs/*.tomll: inga filer matchar mönstret",
        ]
        assert out.startswith("Hjo kommun (")

    def test_an_empty_folder(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "check", str(tmp_path))
        assert status == 2
        assert f"{tmp_path}: katalogen har inga konfigurationsfiler (.toml)" in out

    def test_a_single_file_command_needs_one_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`kbfa report configs -o r.docx` says it needs one file instead of picking one."""
        status, _, err = run(capsys, "report", str(CONFIGS), "-o", str(tmp_path / "r.docx"))
        assert status == 2
        assert "ange en konfigurationsfil; detta ger 4 filer" in err
        assert not (tmp_path / "r.docx").exists()

    def test_a_single_file_command_takes_a_pattern_with_one_match(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, _ = run(capsys, "calendar", str(CONFIGS / "hj*.toml"), "--year", "2027")
        assert status == 0
        assert "Hjo kommun" in out

    def test_standard_input(self) -> None:
        """`kbfa check -` reads one config from standard input; messages name it <stdin>."""
        done = kbfa("check", *DATE, "-q", "-", stdin=Path(HJO).read_bytes())
        assert done.returncode == 1
        assert "Hjo kommun (<stdin>)" in done.stdout.decode()
        bad = kbfa("check", "-", stdin=b"[municipality]\nname = 1\n")
        assert bad.returncode == 2
        assert "<stdin>:2: municipality.name: förväntade en text, fick 1" in bad.stdout.decode()


class TestUsageInSwedish:
    def test_no_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys)
        assert status == 2
        assert err.startswith("användning: kbfa")
        assert "kbfa: fel: följande argument saknas: KOMMANDO" in err

    def test_unknown_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "chek")
        assert status == 2
        assert "ogiltigt val: 'chek' (välj bland 'show', 'check'" in err

    def test_help_headings(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "check", "--help")
        assert status == 0
        assert out.startswith("användning: kbfa check")
        assert "\nargument:\n" in out and "\nflaggor:\n" in out
        assert "visa den här hjälptexten och avsluta" in out
        assert "options:" not in out and "usage:" not in out

    def test_english_on_request(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, _, err = run(capsys, "--lang", "en")
        assert status == 2
        assert err.startswith("usage: kbfa")
        assert "error: the following arguments are required: KOMMANDO" in err

    def test_argparse_is_left_as_it_was(self) -> None:
        """Swedish is kbfa's while it parses; argparse itself is not changed for others."""
        import argparse

        main(["rules", "--lang", "sv"])
        assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


class TestLangAndQuietAnywhere:
    @pytest.mark.parametrize(
        "argv",
        [
            ["--lang", "en", "check", *DATE, HJO],
            ["check", *DATE, HJO, "--lang", "en"],
            ["check", "--lang=en", *DATE, HJO],
        ],
    )
    def test_lang_before_or_after_the_command(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        _, out, _ = run(capsys, *argv)
        assert "assessed as of 2026-11-23" in out

    def test_lang_from_the_environment(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("KBFA_LANG", "en")
        _, out, _ = run(capsys, "check", *DATE, HJO)
        assert "assessed as of" in out
        _, out, _ = run(capsys, "check", *DATE, HJO, "--lang", "sv")
        assert "bedömd per" in out

    @pytest.mark.parametrize("where", ["before", "after"])
    def test_quiet_check_is_one_line_each(
        self, capsys: pytest.CaptureFixture[str], where: str
    ) -> None:
        argv = (
            ["-q", "check", *DATE, HJO, LINDESBERG]
            if where == "before"
            else ["check", *DATE, HJO, LINDESBERG, "--quiet"]
        )
        status, out, _ = run(capsys, *argv)
        assert status == 1
        assert out.splitlines() == [
            "Hjo kommun ("
            + HJO
            + "), bedömd per 2026-11-23: "
            + out.splitlines()[0].split(": ", 1)[1],
            out.splitlines()[1],
            out.splitlines()[2],
        ]
        assert out.splitlines()[2].startswith("Totalt för 2 kommuner: ")
        assert "KBFA-L" not in out

    def test_quiet_writers_print_nothing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, err = run(
            capsys, "-q", "report", *DATE, LINDESBERG, "-o", str(tmp_path / "r.docx")
        )
        assert (status, out, err) == (0, "", "")
        status, out, err = run(
            capsys, "overview", "-q", *DATE, str(CONFIGS), "-o", str(tmp_path / "o.csv")
        )
        assert (status, out, err) == (1, "", "")


class TestTerminalEscapes:
    """Finding 7: escape sequences and bidi overrides in keys, values and file names."""

    ESC_KEY = '"\\u001b]0;PWNED\\u0007\\u001b[2J\\u001b[31mRED" = 1\n'

    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_an_unknown_key_is_shown_escaped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
    ) -> None:
        """check reports a file it cannot load in its own output, in every format, escaped."""
        path = tmp_path / "k.toml"
        path.write_text(self.ESC_KEY + Path(HJO).read_text(encoding="utf-8"), encoding="utf-8")
        status, out, err = run(capsys, "check", "--format", fmt, str(path))
        assert status == 2
        assert "\x1b" not in out and "\x07" not in out
        assert "\\u001b]0;PWNED\\u0007\\u001b[2J" in out
        assert err == ""

    def test_a_reference_value_is_shown_escaped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        text = (
            Path(HJO)
            .read_text(encoding="utf-8")
            .replace('organisation = "hjo-kommun"', 'organisation = "\\u001b[31mpolisen\\u009b"', 1)
        )
        path = tmp_path / "k.toml"
        path.write_text(text, encoding="utf-8")
        status, out, _ = run(capsys, "check", str(path))
        assert status == 2
        assert "\x1b" not in out and "\x9b" not in out
        assert "\\u001b[31mpolisen" in out

    def test_a_file_name_is_shown_escaped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A config sent in under a name with ESC and a bidi override prints harmlessly."""
        path = tmp_path / "hjo\x1b[2J\u202eevil.toml"
        shutil.copy(HJO, path)
        status, out, _ = run(capsys, "check", *DATE, "-q", str(path))
        assert status == 1
        assert "\x1b" not in out and "\u202e" not in out
        assert "hjo\\u001b[2J\\u202eevil.toml" in out
        status, out, _ = run(capsys, "check", str(tmp_path / "nej\x1b[31m.toml"))
        assert status == 2
        assert "\x1b" not in out and "nej\\u001b[31m.toml: filen finns inte" in out

    def test_overview_progress_escapes_file_names(self) -> None:
        import io

        from kbfa.cli._cmd_overview import _Progress

        stream = io.StringIO()
        _Progress(stream)(1, 2, "a/x\x1b[31m.toml")
        assert "\x1b" not in stream.getvalue()


class TestStartup:
    def test_fail_levels_are_the_severities(self) -> None:
        """check's --fail-level choices, spelt out for a fast start, are the severities."""
        from kbfa.cli._cmd_check import FAIL_LEVELS
        from kbfa.evaluation import Severity

        assert tuple(s.value for s in Severity) == FAIL_LEVELS

    def test_as_of_range_is_the_loaders(self) -> None:
        """--as-of takes exactly the dates the loader accepts."""
        from kbfa.cli._common import FIRST_DATE, LAST_DATE
        from kbfa.config import FIRST_DATE as LOADER_FIRST
        from kbfa.config import LAST_DATE as LOADER_LAST

        assert (FIRST_DATE, LAST_DATE) == (LOADER_FIRST, LOADER_LAST)

    @pytest.mark.parametrize(
        ("argv", "absent"),
        [
            (["--help"], ("kbfa.config", "kbfa.rules", "cattrs", "importlib.metadata")),
            (
                ["check", HJO],
                (
                    "kbfa.schema",
                    "kbfa.outputs.summary",
                    "kbfa.outputs.rules_text",
                    "importlib.metadata",
                    "tempfile",
                    "docx",
                    "icalendar",
                ),
            ),
        ],
    )
    def test_a_command_imports_only_what_it_uses(
        self, argv: list[str], absent: tuple[str, ...]
    ) -> None:
        """`kbfa --help` loads no config layer; `kbfa check` no schema, summary, metadata or Word."""
        code = (
            "import contextlib, io, sys\n"
            "from kbfa.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    main({argv!r})\n"
            f"print([m for m in {list(absent)!r} if m in sys.modules])\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        assert done.stdout.strip() == "[]"

    def test_as_of_out_of_range(self, capsys: pytest.CaptureFixture[str]) -> None:
        """documents --as-of 0001-01-01 crashed 0.1.0 ("year out of range"); now a usage error."""
        status, _, err = run(capsys, "documents", LINDESBERG, "-o", "x", "--as-of", "0001-01-01")
        assert status == 2
        assert "datumet 0001-01-01 ligger utanför 1900-01-01–2999-12-31" in err


class TestGettingStarted:
    """docs/kom-igang.md, tested as far as a Linux machine allows."""

    DOC = ROOT / "docs" / "kom-igang.md"

    def blocks(self, language: str) -> list[list[str]]:
        import re

        text = self.DOC.read_text(encoding="utf-8")
        found = re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)
        return [[line.strip() for line in b.splitlines() if line.strip()] for b in found]

    def test_windows_steps(self) -> None:
        """PowerShell: the py launcher, Activate.ps1, and the execution policy for this window."""
        first, policy = self.blocks("powershell")[:2]
        assert first == [
            "py -m venv .venv",
            ".venv\\Scripts\\Activate.ps1",
            "pip install -e .",
            "kbfa --version",
        ]
        assert policy[0] == "Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass"
        text = self.DOC.read_text(encoding="utf-8")
        assert ".venv\\Scripts\\activate.bat" in text  # cmd, when PowerShell is locked down

    def test_linux_steps_are_the_readmes(self) -> None:
        """The Linux steps are the README's first command, split into lines."""
        steps = self.blocks("sh")[0]
        assert steps[:3] == ["python3 -m venv .venv", ". .venv/bin/activate", "pip install -e ."]
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert " && ".join(steps[:3]) in readme

    def test_a_venv_has_the_powershell_activation_script(self, tmp_path: Path) -> None:
        """The venv module writes Activate.ps1 (in Scripts\\ on Windows, bin/ here)."""
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "v")], check=True
        )
        assert (tmp_path / "v" / "bin" / "Activate.ps1").is_file()

    def test_every_documented_command_parses(self) -> None:
        """Every `kbfa ...` line of the page is valid for kbfa's own argument parser."""
        import shlex

        from kbfa.cli._main import build_parser

        commands = [
            line
            for language in ("sh", "powershell")
            for block in self.blocks(language)
            for line in block
            if line.startswith("kbfa ")
        ]
        assert len(commands) >= 6
        parser = build_parser()
        for line in commands:
            argv = shlex.split(line.split("  #")[0])[1:]
            if argv == ["--version"]:
                continue
            parser.parse_args(argv)
