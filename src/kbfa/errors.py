"""The exceptions kbfa raises. Every one derives from :class:`KbfaError`.

Findings about a municipality's governance are never exceptions: they are values
returned by the evaluation. Exceptions are for input kbfa cannot work with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "ConfigError",
    "ConfigProblem",
    "DataError",
    "DataProblem",
    "KbfaError",
    "OutputError",
    "TemplateError",
    "by_file",
]


class KbfaError(Exception):
    """Root of every error kbfa raises on purpose; the CLI turns it into exit status 2."""


@attrs.frozen
class ConfigProblem:
    """One problem in a config file, located the way the user wrote it.

    ``path`` uses TOML key names (``bodies[2].cadence.times``); ``line`` is 1-based
    or ``None`` when the key does not occur in the file (a missing required key).
    """

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        key = f" {self.path}:" if self.path else ""
        return f"{where}:{key} {self.message}"


def by_file(problems: Iterable[ConfigProblem]) -> dict[str, list[ConfigProblem]]:
    """Problems grouped by file, the files in the order they first occur."""
    out: dict[str, list[ConfigProblem]] = {}
    for p in problems:
        out.setdefault(p.file, []).append(p)
    return out


class ConfigError(KbfaError):
    """Raised when a config file cannot be read, parsed or validated.

    Carries every problem found in the file in one pass, in file order.
    """

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class TemplateError(KbfaError):
    """Raised when a Word template lacks styles the generator needs (all listed at once)."""


class OutputError(KbfaError):
    """Raised when an output file cannot be written (it is then not written at all)."""


@attrs.frozen
class DataProblem:
    """One problem in a statistics file: file, row (1-based, as a spreadsheet counts) and column.

    ``column`` is already worded for the reader (``kolumn "Region"``, or a JSON path such
    as ``values[3].municipality``); ``row`` is ``None`` when the problem is not on one row.
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}" if self.row is not None else self.file
        column = f" {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message}"


class DataError(KbfaError):
    """Raised when a dataset a config names cannot be read, or does not fit the config.

    Carries every problem found, each located in the data file (file, row, column) or,
    when the config is at fault, in the config (file, line, key path).
    """

    def __init__(self, problems: Sequence[DataProblem | ConfigProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in problems))
