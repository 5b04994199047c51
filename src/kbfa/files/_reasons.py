"""Why an operating-system call failed, in words the user can act on (Swedish first).

``OSError.strerror`` is the C library's English text ("Permission denied"); a
coordinator reading Swedish output gets the same reason in Swedish, with the
short errno name kept so the message can still be searched for.
"""

from __future__ import annotations

import errno
import os

from kbfa.i18n import Catalogue, Lang, render

__all__ = ["os_reason"]

_REASONS: Catalogue = {
    "EACCES": {"sv": "behörighet saknas", "en": "permission denied"},
    "EPERM": {"sv": "åtgärden är inte tillåten", "en": "operation not permitted"},
    "ENOSPC": {"sv": "disken är full", "en": "no space left on the device"},
    "EDQUOT": {"sv": "diskkvoten är slut", "en": "disk quota exceeded"},
    "EROFS": {"sv": "filsystemet är skrivskyddat", "en": "read-only file system"},
    "ENAMETOOLONG": {"sv": "namnet är för långt", "en": "file name too long"},
    "ENOENT": {"sv": "filen eller katalogen finns inte", "en": "no such file or directory"},
    "ENOTDIR": {
        "sv": "en del av sökvägen är inte en katalog",
        "en": "a part of the path is not a directory",
    },
    "EISDIR": {"sv": "är en katalog", "en": "is a directory"},
    "ELOOP": {
        "sv": "för många nivåer av symboliska länkar",
        "en": "too many levels of symbolic links",
    },
    "EBUSY": {"sv": "används av ett annat program", "en": "in use by another program"},
    "ETXTBSY": {"sv": "används av ett annat program", "en": "in use by another program"},
    "EIO": {"sv": "in- eller utmatningsfel på enheten", "en": "input/output error"},
    "EFBIG": {"sv": "filen blir för stor", "en": "file too large"},
    "EMFILE": {"sv": "för många öppna filer", "en": "too many open files"},
    "ENFILE": {"sv": "för många öppna filer", "en": "too many open files"},
    "EINVAL": {
        "sv": "namnet eller åtgärden godtas inte av filsystemet",
        "en": "invalid name or operation for the file system",
    },
    "ENXIO": {"sv": "ingen mottagare finns", "en": "no such device or address"},
    "EEXIST": {"sv": "finns redan", "en": "already exists"},
    "in_use_windows": {
        "sv": "behörighet saknas, eller filen är öppen i ett annat program (t.ex. Word eller "
        "Excel); stäng den och försök igen",
        "en": "permission denied, or the file is open in another program (e.g. Word or "
        "Excel); close it and try again",
    },
}


def os_reason(exc: OSError, lang: Lang = "sv") -> str:
    """``exc``'s reason in ``lang``, followed by its errno name: "disken är full (ENOSPC)"."""
    code = exc.errno
    name = errno.errorcode.get(code, "") if code is not None else ""
    # Windows reports a file held open by Excel or Word as "access denied" (WinError 5/32).
    if os.name == "nt" and (name in ("EACCES", "EPERM") or getattr(exc, "winerror", None) == 32):
        return render(_REASONS, "in_use_windows", lang)
    if name in _REASONS:
        return f"{render(_REASONS, name, lang)} ({name})"
    text = exc.strerror or str(exc)
    return f"{text} ({name})" if name else text
