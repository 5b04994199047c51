"""Arguments and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kbfa.errors import ConfigError, ConfigProblem
from kbfa.i18n import LANGS, Catalogue, Lang, render

if TYPE_CHECKING:
    from kbfa.config import LoadedConfig

#: The dates every output handles (kbfa.config.FIRST_DATE/LAST_DATE; a test keeps them
#: equal), spelt out so that parsing arguments does not load the config layer.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
STDIN = "-"

__all__ = [
    "add_lang",
    "as_of_date",
    "config_files",
    "line_text",
    "load_all",
    "load_each",
    "load_one",
    "year",
]

T: Catalogue = {
    "no_match": {
        "sv": "inga filer matchar mönstret",
        "en": "no files match the pattern",
    },
    "empty_folder": {
        "sv": "katalogen har inga konfigurationsfiler (.toml)",
        "en": "the directory holds no config files (.toml)",
    },
    "stdin_twice": {
        "sv": "standard in (-) kan bara läsas en gång",
        "en": "standard input (-) can be read only once",
    },
    "one_file": {
        "sv": "ange en konfigurationsfil; detta ger {n} filer",
        "en": "give one config file; this gives {n} files",
    },
}

# A name with * or ? that names no file is a pattern. ([...] alone is not: brackets are
# common in file names such as "Hjo [utkast].toml".)
_MAGIC = re.compile(r"[*?]")


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,  # the language given before the command, KBFA_LANG, or sv
        help="språk för utdata: sv (standard) eller en",
    )


#: Years the schedule is computed for; wide, but keeps ISO-week arithmetic in range.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def year(text: str) -> int:
    """argparse type for ``--year``: a four-digit year."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"ogiltigt år {text!r}, ange ett år {FIRST_YEAR}–{LAST_YEAR} "
            f"(invalid year, use {FIRST_YEAR}–{LAST_YEAR})"
        )
    return value


def line_text(text: str) -> str:
    """argparse type for a text printed in a document (a title, a diarienummer, a name):
    one line of at most 200 characters, without control or direction characters."""
    from kbfa.config._limits import UNSAFE_TEXT

    if "\n" in text or "\r" in text or UNSAFE_TEXT.search(text) or len(text) > 200:
        raise argparse.ArgumentTypeError(
            "texten ska vara en rad på högst 200 tecken utan styrtecken "
            "(one line of at most 200 characters, no control characters)"
        )
    if not text.strip():
        raise argparse.ArgumentTypeError("texten är tom (the text is empty)")
    return text.strip()


def as_of_date(text: str) -> dt.date:
    """argparse type for ``--as-of``: an ISO date within the years every output handles."""
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ogiltigt datum {text!r}, ange ÅÅÅÅ-MM-DD (invalid date, use YYYY-MM-DD)"
        ) from None
    if not FIRST_DATE <= value <= LAST_DATE:
        raise argparse.ArgumentTypeError(
            f"datumet {text} ligger utanför {FIRST_DATE}–{LAST_DATE} "
            f"(date outside {FIRST_DATE}–{LAST_DATE})"
        )
    return value


def config_files(names: Sequence[str], lang: Lang, *, strict: bool = True) -> list[str]:
    """The config files the user means, in order.

    A file is taken as given; a folder stands for its ``*.toml`` files in name order; a
    pattern (``configs/*.toml``) is expanded by kbfa itself, because the Windows shells
    do not; ``-`` is standard input. With ``strict``, a pattern that matches nothing or
    a folder without configs is a :class:`ConfigError` (all of them in one); without,
    the name is kept as given and fails when it is read.
    """
    out: list[str] = []
    problems: list[ConfigProblem] = []
    for name, problem in _expand(names, lang):
        if problem is not None and strict:
            problems.append(problem)
        out.append(name)
    if problems:
        raise ConfigError(problems)
    return out


def _expand(names: Sequence[str], lang: Lang) -> list[tuple[str, ConfigProblem | None]]:
    """Each file the names stand for, with the problem of a name that gives none (a
    pattern matching nothing, a folder without configs, ``-`` a second time); such a
    name is kept as given."""
    out: list[tuple[str, ConfigProblem | None]] = []
    stdin_seen = False
    for name in names:
        path = Path(name)
        found: list[str]
        key = ""
        if name == STDIN:
            found = [name]
            if stdin_seen:
                key = "stdin_twice"
            stdin_seen = True
        elif path.is_dir():
            found = sorted(str(p) for p in path.glob("*.toml"))
            key = "" if found else "empty_folder"
        elif not path.exists() and _MAGIC.search(name):
            import glob  # only for a pattern

            # glob.glob, not Path.glob: the pattern may be absolute or hold "..".
            found = sorted(glob.glob(name, recursive=True))  # noqa: PTH207
            key = "" if found else "no_match"
        else:
            found = [name]
        if key:
            out.append((name, ConfigProblem(name, None, "", render(T, key, lang))))
        else:
            out.extend((f, None) for f in found)
    return out


def load_each(names: Sequence[str], lang: Lang) -> tuple[list[LoadedConfig], list[ConfigProblem]]:
    """Load every file (see :func:`config_files`): the ones that load, and the problems
    of those that do not, in the order given. A name that gives no file (a pattern
    matching nothing, an empty folder) is one of the problems."""
    from kbfa.config import load

    loaded: list[LoadedConfig] = []
    problems: list[ConfigProblem] = []
    for path, problem in _expand(names, lang):
        if problem is not None:
            problems.append(problem)
            continue
        try:
            loaded.append(load(path, lang=lang))
        except ConfigError as exc:
            problems.extend(exc.problems)
    return loaded, problems


def load_all(names: Sequence[str], lang: Lang) -> list[LoadedConfig]:
    """Load every file (see :func:`config_files`); if any fails, one ConfigError with all."""
    loaded, problems = load_each(names, lang)
    if problems:
        raise ConfigError(problems)
    return loaded


def load_one(name: str, lang: Lang) -> LoadedConfig:
    """Load the one config a single-file command works on (a pattern must match one file)."""
    files = config_files([name], lang)
    if len(files) != 1:
        message = render(T, "one_file", lang, n=len(files))
        raise ConfigError([ConfigProblem(name, None, "", message)])
    return load_all(files, lang)[0]
