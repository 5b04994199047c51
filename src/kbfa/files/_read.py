"""Reading an input file without surprises: regular files only, bounded, never blocking.

A config or a template is a regular file of modest size. A directory, a FIFO, a device
(``/dev/zero`` grows without end, a FIFO nobody writes to blocks forever) or a file
larger than the limit is refused with a reason instead of being read. ``-`` is
standard input, read up to the same limit.
"""

from __future__ import annotations

import os
import stat
import sys

from kbfa.files._reasons import os_reason
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["MAX_INPUT_BYTES", "STDIN", "InputRefused", "read_input"]

#: The name that means standard input.
STDIN = "-"

#: The largest input kbfa reads: a real municipality's config is 10–30 kB, the
#: 1000-fold benchmark config 8 MB.
MAX_INPUT_BYTES = 32 * 1024 * 1024

_CHUNK = 1 << 20

T: Catalogue = {
    "not_found": {"sv": "filen finns inte", "en": "file not found"},
    "is_dir": {
        "sv": "är en katalog, inte en fil",
        "en": "is a directory, not a file",
    },
    "not_regular": {
        "sv": "är inte en vanlig fil (utan t.ex. en FIFO eller en enhet); ange en fil, "
        "eller - för att läsa från standard in",
        "en": "is not a regular file (but e.g. a FIFO or a device); give a file, or - to "
        "read standard input",
    },
    "too_big": {
        "sv": "filen är för stor ({size}); kbfa läser högst {limit}",
        "en": "the file is too large ({size}); kbfa reads at most {limit}",
    },
    "more_than": {"sv": "mer än {limit}", "en": "more than {limit}"},
    "unreadable": {"sv": "kan inte läsa filen: {reason}", "en": "cannot read the file: {reason}"},
    "bad_name": {
        "sv": "ogiltigt filnamn (innehåller ett nolltecken)",
        "en": "invalid file name (contains a NUL character)",
    },
}


class InputRefused(Exception):
    """An input kbfa does not read; ``str()`` is the reason in the user's language.

    ``missing`` is true when the file does not exist; ``reason`` is the operating
    system's reason alone when reading failed ("behörighet saknas (EACCES)"), else the
    whole message. Callers turn it into their own error (a
    :class:`~kbfa.errors.ConfigError` for a config, a :class:`~kbfa.errors.TemplateError`
    for a template), adding the path.
    """

    def __init__(self, message: str, *, missing: bool = False, reason: str | None = None) -> None:
        super().__init__(message)
        self.missing = missing
        self.reason = reason or message


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} byte"


def read_input(
    path: str | os.PathLike[str], *, limit: int = MAX_INPUT_BYTES, lang: Lang = "sv"
) -> bytes:
    """The bytes of the regular file at ``path`` (or of standard input for ``-``).

    Raises :class:`InputRefused` for a missing or unreadable file, a directory, anything
    that is not a regular file, and a file larger than ``limit`` bytes.
    """
    name = os.fspath(path)
    if name == STDIN:
        return _read_stream(sys.stdin.buffer, limit, lang)
    try:
        if os.path.isdir(name):
            raise InputRefused(render(T, "is_dir", lang))
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(name, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputRefused(render(T, "not_found", lang), missing=True) from None
    except ValueError:
        raise InputRefused(render(T, "bad_name", lang)) from None
    except OSError as exc:
        raise _unreadable(exc, lang) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputRefused(render(T, "is_dir", lang))
        if not stat.S_ISREG(st.st_mode):
            raise InputRefused(render(T, "not_regular", lang))
        if st.st_size > limit:
            size = _megabytes(st.st_size)
            raise InputRefused(render(T, "too_big", lang, size=size, limit=_megabytes(limit)))
        with os.fdopen(os.dup(fd), "rb") as stream:
            return _read_stream(stream, limit, lang)
    except OSError as exc:
        raise _unreadable(exc, lang) from None
    finally:
        os.close(fd)


def _unreadable(exc: OSError, lang: Lang) -> InputRefused:
    reason = os_reason(exc, lang)
    return InputRefused(render(T, "unreadable", lang, reason=reason), reason=reason)


def _read_stream(stream: object, limit: int, lang: Lang) -> bytes:
    """Read at most ``limit`` bytes; refuse a stream that has more (it may never end)."""
    read = stream.read  # type: ignore[attr-defined]
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    more = render(T, "more_than", lang, limit=_megabytes(limit))
    raise InputRefused(render(T, "too_big", lang, size=more, limit=_megabytes(limit)))
