"""Reading input files and writing output files safely (used by every command).

- :func:`write_output` writes one output file whole or not at all; :func:`write_outputs`
  writes a set of files that belong together (``kbfa documents``); :func:`check_output`
  checks a target before long work. ``-`` (:data:`STDOUT`) is standard output;
  :func:`is_own_stream` says whether a target is standard output or error (by name or
  by identity), where no "wrote PATH" line should follow the data.
- :func:`read_input` reads an input file: regular files only, with a size limit, never
  blocking on a FIFO.
- :func:`os_reason` says why an operating-system call failed, in Swedish or English.

This package depends only on :mod:`kbfa.errors` and :mod:`kbfa.i18n`, so every layer
may use it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # at run time each name is imported on first use (__getattr__)
    from kbfa.files._read import MAX_INPUT_BYTES, STDIN, InputRefused, read_input
    from kbfa.files._reasons import os_reason
    from kbfa.files._write import (
        STDOUT,
        Target,
        check_output,
        is_own_stream,
        write_output,
        write_outputs,
    )

# Where each name lives. Reading (every command) does not import the writer (the commands
# that write files): `kbfa check` prints and writes nothing.
_HOME = {
    "MAX_INPUT_BYTES": "_read",
    "STDIN": "_read",
    "InputRefused": "_read",
    "read_input": "_read",
    "os_reason": "_reasons",
    "STDOUT": "_write",
    "Target": "_write",
    "check_output": "_write",
    "is_own_stream": "_write",
    "write_output": "_write",
    "write_outputs": "_write",
}

__all__ = [
    "MAX_INPUT_BYTES",
    "STDIN",
    "STDOUT",
    "InputRefused",
    "Target",
    "check_output",
    "is_own_stream",
    "os_reason",
    "read_input",
    "write_output",
    "write_outputs",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = f"{__name__}.{home}"
    __import__(module)  # as an import statement does, so `python -X importtime` sees it
    value = getattr(sys.modules[module], name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
