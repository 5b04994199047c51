"""Writing text files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["ensure_absent", "write_text_atomic"]

_MESSAGES: Catalogue = {
    "exists": {
        "sv": "{path}: filen finns redan och skrivs inte över",
        "en": "{path}: the file already exists and is not overwritten",
    },
    "no_dir": {
        "sv": "{path}: katalogen {dir} finns inte",
        "en": "{path}: the directory {dir} does not exist",
    },
    "cannot_write": {
        "sv": "{path}: kan inte skriva filen: {reason}",
        "en": "{path}: cannot write the file: {reason}",
    },
}


def ensure_absent(path: str | os.PathLike[str], lang: Lang = "sv") -> None:
    """Raise :class:`OutputError` if ``path`` exists (a file kbfa must not overwrite)."""
    if Path(path).exists():
        raise OutputError(render(_MESSAGES, "exists", lang, path=Path(path)))


def write_text_atomic(
    path: str | os.PathLike[str], text: str, *, overwrite: bool, lang: Lang = "sv"
) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same directory.

    A reader never sees half a file. With ``overwrite=False`` an existing file is left
    untouched, even one created while this call runs: the temporary file is hard-linked
    into place, which fails rather than replaces. Raises :class:`OutputError`.
    """
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        msg = render(_MESSAGES, "no_dir", lang, path=target, dir=directory)
        raise OutputError(msg)
    if not overwrite:
        ensure_absent(target, lang)
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        msg = render(_MESSAGES, "cannot_write", lang, path=target, reason=exc.strerror or exc)
        raise OutputError(msg) from None
    try:
        # mkstemp creates the file readable by its owner only; give it the mode a plain
        # open() would (or keep the mode of the file it replaces).
        Path(tmp).chmod(_mode_for(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            Path(tmp).replace(target)
        else:
            _place_without_clobbering(tmp, target, lang)
    except OSError as exc:
        msg = render(_MESSAGES, "cannot_write", lang, path=target, reason=exc.strerror or exc)
        raise OutputError(msg) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _place_without_clobbering(tmp: str, target: Path, lang: Lang) -> None:
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise OutputError(render(_MESSAGES, "exists", lang, path=target)) from None
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links; the check
        # above then leaves only a tiny window in which another writer could slip in.
        if target.exists():
            raise OutputError(render(_MESSAGES, "exists", lang, path=target)) from None
        Path(tmp).replace(target)
