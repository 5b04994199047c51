"""`kbfa check` imports only what checking needs (issue 13, item 7).

Startup time is measured by ``python benchmarks/run.py --imports`` (docs/benchmarks.md);
a timer on this shared machine cannot fail a test reliably. What a test can pin is the
cause: which modules the command imports. ``kbfa check FILE`` (text output) may import
the prescribed stack (whatever ``import tomllib, attrs, cattrs`` imports on the running
Python), argparse, signal, and the kbfa modules listed here; anything else (a writer, a
JSON encoder, difflib for hints, the docs' word lists, importlib.metadata) is a
regression that fails here, by name, before it shows up in a benchmark.

When a change makes check need another module, add it to the list with the reason.
"""

from __future__ import annotations

import calendar
import subprocess
import sys
from pathlib import Path

import pytest

from kbfa.cli._main import COMMANDS, build_parser, command_of
from kbfa.model._dates import days_in_month

ROOT = Path(__file__).resolve().parents[1]
HJO = ROOT / "configs" / "hjo.toml"

#: Runs ``python -m kbfa ARGS`` (or, with ``-c CODE``, the code) and prints the names of
#: all imported modules on stderr at exit, after a marker line.
_HARNESS = """\
import atexit, runpy, sys
atexit.register(lambda: sys.__stderr__.write("\\n@@modules\\n" + "\\n".join(sorted(sys.modules))))
args = sys.argv[1:]
if args[:1] == ["-c"]:
    exec(args[1])
else:
    sys.argv = ["kbfa", *args]
    runpy.run_module("kbfa", run_name="__main__", alter_sys=True)
"""

#: The standard-library modules kbfa check imports beyond the floor, and why.
STDLIB_BEYOND_FLOOR = {
    "argparse",  # the command line
    "gettext",  # argparse's own import
    "signal",  # SIGTERM/SIGHUP as a clean exit (cli/_streams.py)
    "_signal",
    "math",  # counting in the practice rules (rules/_practice.py); Python 3.11's datetime
    # brings it with the floor, 3.13's does not
}

#: kbfa's modules that kbfa check FILE may import (text output). Every rule module under
#: kbfa.rules is allowed: check evaluates every rule.
KBFA_CHECK = {
    "kbfa",
    "kbfa.cli",
    "kbfa.cli._args",
    "kbfa.cli._cmd_check",  # only the command that runs: its parser, its handler
    "kbfa.cli._common",
    "kbfa.cli._main",
    "kbfa.cli._streams",
    "kbfa.config",
    "kbfa.config._consistency",  # cross-references the loader checks (issue 12)
    "kbfa.config._converter",
    "kbfa.config._hints",  # imported by the converter; its word lists only on a mistake
    "kbfa.config._limits",
    "kbfa.config._lines",
    "kbfa.config._loader",
    "kbfa.config._messages",
    "kbfa.config._references",
    "kbfa.config._versions",
    "kbfa.errors",
    "kbfa.evaluation",
    "kbfa.evaluation._duties",
    "kbfa.evaluation._engine",
    "kbfa.evaluation._finding",
    "kbfa.files",
    "kbfa.files._read",  # reading the config; not the writer (kbfa.files._write)
    "kbfa.files._reasons",
    "kbfa.i18n",
    "kbfa.i18n.regional",  # a region's own words in findings (issue 12)
    "kbfa.i18n.terms",  # period words in the rules' messages
    "kbfa.model",
    "kbfa.model._dates",
    "kbfa.model._governance",
    "kbfa.model._types",
    "kbfa.outputs",
    "kbfa.outputs.duty_cells",
    "kbfa.outputs.findings_text",
}

#: Named so that a failure says plainly what went wrong; the lists above already keep
#: them out.
NEVER_FOR_CHECK = (
    "docx",
    "matplotlib",
    "openpyxl",
    "urllib3",
    "icalendar",
    "importlib.metadata",  # __version__ only on --version
    "json",  # only for --format json/sarif
    "tomli_w",  # writing TOML is not checking
    "difflib",  # "menade du" only for a mistake
    "calendar",  # and locale with it (kbfa.model._dates counts days itself)
    "kbfa.files._write",
    "kbfa.i18n.keys",
    "kbfa.schema",
    "kbfa.schedule",
    "kbfa.data",
    "kbfa.outputs.docx",
)


def imported(*args: str) -> set[str]:
    """The modules a fresh interpreter holds at exit after ``python -m kbfa ARGS``."""
    proc = subprocess.run(
        [sys.executable, "-c", _HARNESS, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    _, marker, names = proc.stderr.rpartition("@@modules\n")
    assert marker, proc.stderr
    return set(names.split())


@pytest.fixture(scope="module")
def floor() -> set[str]:
    """What the prescribed stack imports on this Python (and what the harness needs)."""
    return imported("-c", "import tomllib, attrs, cattrs")


@pytest.fixture(scope="module")
def check_modules() -> set[str]:
    return imported("check", str(HJO))


class TestCheckImports:
    def test_only_the_allowed_modules(self, floor: set[str], check_modules: set[str]) -> None:
        extra = check_modules - floor
        own = {m for m in extra if m == "kbfa" or m.startswith("kbfa.")}
        rules = {m for m in own if m.startswith("kbfa.rules.") or m == "kbfa.rules"}
        assert sorted(own - rules - KBFA_CHECK) == []
        assert sorted(extra - own - STDLIB_BEYOND_FLOOR) == []

    @pytest.mark.parametrize("module", NEVER_FOR_CHECK)
    def test_never(self, check_modules: set[str], module: str) -> None:
        assert module not in check_modules

    def test_every_rule_module_is_loaded(self, check_modules: set[str]) -> None:
        """The allowance for kbfa.rules is not a blind spot: check does load the rules."""
        assert {"kbfa.rules", "kbfa.rules.bra", "kbfa.rules.law.p04_lagesbild"} <= check_modules

    def test_the_list_is_not_stale(self, check_modules: set[str]) -> None:
        """Every module allowed is imported: a module check stops needing leaves the list."""
        assert sorted(KBFA_CHECK - check_modules) == []

    def test_json_output_may_use_json(self) -> None:
        """The allowance is for text output; --format json imports json, as it must."""
        assert "json" in imported("check", "--format", "json", str(HJO))


class TestHelpImports:
    def test_help_loads_no_config_layer(self) -> None:
        """kbfa --help lists the commands without loading the model, rules or cattrs."""
        modules = imported("--help")
        assert {f"kbfa.cli._cmd_{name}" for name in COMMANDS} <= modules
        for heavy in ("cattrs", "kbfa.model", "kbfa.config", "kbfa.rules", "kbfa.evaluation"):
            assert heavy not in modules


class TestOneCommandParser:
    """main builds the parser of the command named on the line, and only that one."""

    @pytest.mark.parametrize(
        ("argv", "command"),
        [
            (["check", "x.toml"], "check"),
            (["--lang", "en", "check", "x.toml"], "check"),
            (["--lang=en", "report", "x.toml"], "report"),
            (["-q", "--lang", "sv", "data", "show"], "data"),
            (["--quiet", "show", "x.toml"], "show"),
            (["--lang", "check"], None),  # "check" is --lang's (bad) value: argparse says so
            (["--help"], None),
            (["--version"], None),
            ([], None),
            (["chek", "x.toml"], None),  # a misspelling: argparse lists every command
            (["--", "check"], None),
            (["-", "check"], None),
        ],
    )
    def test_command_of(self, argv: list[str], command: str | None) -> None:
        assert command_of(argv) == command

    @pytest.mark.parametrize(
        "argv",
        [
            ["check", "a.toml", "b.toml", "--format", "sarif", "--as-of", "2026-01-01"],
            ["--lang", "en", "-q", "check", "a.toml", "--select", "KBFA-L6"],
            ["report", "a.toml", "-o", "r.docx", "--bilaga"],
            ["data", "show", "a.toml"],
            ["calendar", "a.toml", "--year", "2027"],
        ],
    )
    def test_same_arguments_as_the_whole_parser(self, argv: list[str]) -> None:
        """The one-command parser reads a line exactly as the parser with every command."""
        whole = vars(build_parser().parse_args(argv))
        alone = vars(build_parser(command_of(argv)).parse_args(argv))
        assert alone == whole

    def test_its_help_is_the_same(self) -> None:
        for name in COMMANDS:
            whole = build_parser()._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
            alone = build_parser(name)._subparsers._group_actions[0].choices[name]  # type: ignore[union-attr]
            assert alone.format_help() == whole.format_help()


class TestDaysInMonth:
    def test_as_the_calendar_module(self) -> None:
        """kbfa.model._dates counts a month's days itself (calendar brings locale); the same
        answer as calendar.monthrange for every month of the years 1-9999."""
        for year in range(1, 10000):
            for month in range(1, 13):
                assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
