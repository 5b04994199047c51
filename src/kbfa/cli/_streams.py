"""Standard output and error that survive any console, any redirect and any input.

Three things can go wrong between kbfa's text and the person reading it:

- **Encoding.** On Windows a redirected or piped stdout is written in the ANSI code
  page (cp1252), which has no "→" or "≥". Characters the stream cannot encode are
  written as ASCII look-alikes ("->", ">=") or, failing that, as ``\\uXXXX`` (valid
  inside a JSON string too), never as a crash.
- **Hostile text.** Names, keys and file names come from input. C0 and C1 controls
  (an ESC sequence can retitle or clear the terminal) and bidi overrides (which
  reorder what the reader sees) are shown as visible ``\\u001b`` escapes.
- **A reader that goes away.** ``kbfa show … | head`` closes the pipe early; the
  command then ends quietly with status 141, as a program killed by SIGPIPE does.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import re
import signal
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from kbfa.errors import OutputError
from kbfa.files._reasons import os_reason
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["BROKEN_PIPE", "ERRORS", "StreamError", "VisibleStream", "console", "visible"]

#: Exit status after the reader closed the pipe (128 + SIGPIPE, as the shell reports it).
BROKEN_PIPE = 141

#: The codec error handler kbfa's streams use.
ERRORS = "kbfa-replace"

# Controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and the line-direction marks a reader cannot see either.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: ASCII stand-ins for the symbols kbfa's own text uses.
_FALLBACK = {
    "→": "->",
    "←": "<-",
    "↔": "<->",
    "≥": ">=",
    "≤": "<=",
    "≠": "!=",
    "−": "-",
    "–": "-",
    "—": "-",
    "…": "...",
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "•": "*",
    "·": ".",
    "§": "par.",
    "✓": "v",
    "✗": "x",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}


class StreamError(OutputError):
    """Standard output or error could not be written (``kbfa check > /dev/full``)."""


_STREAM_FAILED: Catalogue = {
    "failed": {
        "sv": "kbfa: kunde inte skriva till {stream}: {reason}",
        "en": "kbfa: could not write to {stream}: {reason}",
    },
    "stdout": {"sv": "standard ut", "en": "standard output"},
    "stderr": {"sv": "standard fel", "en": "standard error"},
}


def visible(text: str) -> str:
    """``text`` with every control and bidi character shown as a ``\\uXXXX`` escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        fallback = _FALLBACK.get(char)
        if fallback is None:
            code = ord(char)
            fallback = f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
        out.append(fallback)
    return "".join(out), error.end


codecs.register_error(ERRORS, _replace)


class VisibleStream(io.TextIOBase):
    """A text stream that escapes hostile characters before the real stream sees them.

    ``raw`` is the stream underneath, for output that is kbfa's own on purpose (the
    progress counter's carriage return). ``buffer`` is the real stream's, for bytes
    (a calendar or a document written to ``-``).
    """

    def __init__(self, raw: TextIO, name: str = "stdout", lang: Lang = "sv") -> None:
        super().__init__()
        self.raw = raw
        self.name = name
        self.lang: Lang = lang

    def write(self, text: str) -> int:
        try:
            self.raw.write(visible(text))
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk behind a redirect, an I/O error
            raise self._failed(exc) from None
        return len(text)

    def flush(self) -> None:
        try:
            self.raw.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> StreamError:
        stream = render(_STREAM_FAILED, self.name, self.lang)
        reason = os_reason(exc, self.lang)
        return StreamError(
            render(_STREAM_FAILED, "failed", self.lang, stream=stream, reason=reason)
        )

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.raw, "encoding", "utf-8"))

    @property
    def buffer(self) -> Any:
        return self.raw.buffer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def _reconfigure(stream: TextIO) -> None:
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        stream.reconfigure(errors=ERRORS)  # type: ignore[attr-defined]


@contextlib.contextmanager
def console(lang: Lang = "sv") -> Iterator[None]:
    """Run a command with safe stdout/stderr and SIGTERM/SIGHUP as a clean exit.

    A termination signal becomes ``SystemExit``, so half-written temporary files are
    removed by the writers' cleanup, as they are on Ctrl-C.
    """
    saved = sys.stdout, sys.stderr
    for stream in saved:
        _reconfigure(stream)
    sys.stdout = VisibleStream(saved[0], "stdout", lang)
    sys.stderr = VisibleStream(saved[1], "stderr", lang)
    handlers = _catch_termination()
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
        for signum, handler in handlers.items():
            signal.signal(signum, handler)


def _catch_termination() -> dict[int, Any]:
    def terminate(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    saved: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        try:
            saved[signum] = signal.signal(signum, terminate)
        except ValueError:  # not the main thread: leave the defaults
            break
    return saved


def silence_stdout() -> None:
    """After a broken pipe: point stdout at the null device so the exit flush is silent."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]
        os.close(devnull)
