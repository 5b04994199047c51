"""The exceptions kbfa raises. Every one derives from :class:`KbfaError`.

Findings about a municipality's governance are never exceptions: they are values
returned by the evaluation. Exceptions are for input kbfa cannot work with.
"""

from __future__ import annotations

import attrs

__all__ = ["ConfigError", "ConfigProblem", "KbfaError", "OutputError", "TemplateError"]


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
