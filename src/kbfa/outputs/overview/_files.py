"""Write an output file whole or not at all.

The same contract as the Word documents' writer (:mod:`kbfa.outputs.docx._save`),
kept here because importing that package loads python-docx, which CSV and JSON
output must not pay for.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["check_target", "write_atomic"]

T: Catalogue = {
    "is_input": {
        "sv": "{path}: utfilen är samma fil som en indatafil; välj ett annat namn med -o",
        "en": "{path}: the output file is one of the input files; choose another name with -o",
    },
    "is_dir": {
        "sv": "{path}: är en katalog; ange ett filnamn",
        "en": "{path}: is a directory; give a file name",
    },
    "no_dir": {
        "sv": "{path}: katalogen {parent} finns inte",
        "en": "{path}: the directory {parent} does not exist",
    },
    "failed": {
        "sv": "{path}: kunde inte skriva filen ({reason}); ingenting skrevs",
        "en": "{path}: could not write the file ({reason}); nothing was written",
    },
}


def check_target(path: Path, protected: Iterable[Path] = (), lang: Lang = "sv") -> None:
    """Refuse a target that is an input file, a directory, or in a missing directory."""
    resolved = path.resolve()
    if any(resolved == Path(p).resolve() for p in protected):
        raise OutputError(render(T, "is_input", lang, path=path))
    if path.is_dir():
        raise OutputError(render(T, "is_dir", lang, path=path))
    if not path.parent.is_dir():
        raise OutputError(render(T, "no_dir", lang, path=path, parent=path.parent))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(
    data: bytes, path: str | os.PathLike[str], *, protected: Iterable[Path] = (), lang: Lang = "sv"
) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A reader (or Excel holding the old file) sees the old file or the new one, never
    half of one; on failure nothing is left behind and :class:`OutputError` says why.
    """
    target = Path(path)
    check_target(target, protected, lang)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        tmp.chmod(0o666 & ~_umask())  # mkstemp makes it private; the output is an ordinary file
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror or str(exc)
        raise OutputError(render(T, "failed", lang, path=target, reason=reason)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
