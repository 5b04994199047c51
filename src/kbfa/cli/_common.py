"""Arguments and helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt

from kbfa.config import LoadedConfig, load
from kbfa.errors import ConfigError, ConfigProblem
from kbfa.i18n import LANGS, Lang

__all__ = ["add_lang", "as_of_date", "load_all", "load_each"]


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default="sv",
        help="språk för utdata: sv (standard) eller en",
    )


def as_of_date(text: str) -> dt.date:
    """argparse type for ``--as-of``: an ISO date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ogiltigt datum {text!r}, ange ÅÅÅÅ-MM-DD (invalid date, use YYYY-MM-DD)"
        ) from None


def load_all(paths: list[str], lang: Lang) -> list[LoadedConfig]:
    """Load every file; if any fails, raise one ConfigError with all their problems."""
    loaded: list[LoadedConfig] = []
    problems: list[ConfigProblem] = []
    for path in paths:
        try:
            loaded.append(load(path, lang=lang))
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    return loaded


def load_each(paths: list[str], lang: Lang) -> tuple[list[LoadedConfig], list[ConfigProblem]]:
    """Load every file; the ones that load, and the problems of those that do not."""
    loaded: list[LoadedConfig] = []
    problems: list[ConfigProblem] = []
    for path in paths:
        try:
            loaded.append(load(path, lang=lang))
        except ConfigError as exc:
            problems.extend(exc.problems)
    return loaded, problems
