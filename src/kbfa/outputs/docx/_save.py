"""Saving a document whole or not at all, with the same bytes for the same input.

The document is serialised in memory, its core properties fixed (no author from the
machine, no clock time) and its zip entries dated 1980-01-01, then written to a
temporary file beside the target and renamed over it: a failed run leaves neither a
half-written document nor a stray temporary file.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render

__all__ = ["FIXED_TIME", "document_bytes", "set_core_properties", "write_atomically"]

#: Creation time stamped on documents that have no date of their own: the day
#: lag (2023:196) came into force, so it is recognisably not a clock reading.
FIXED_TIME = dt.datetime(2023, 7, 1, tzinfo=dt.UTC)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry

T: Catalogue = {
    "is_input": {
        "sv": "{path}: utfilen är samma fil som en indatafil; välj ett annat namn med -o",
        "en": "{path}: the output file is one of the input files; choose another name with -o",
    },
    "is_dir": {
        "sv": "{path}: är en katalog; ange ett filnamn som slutar på .docx",
        "en": "{path}: is a directory; give a file name ending in .docx",
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


def set_core_properties(
    document: Any, *, title: str, subject: str, lang: Lang, when: dt.datetime
) -> None:
    """Fix every core property, so nothing about the machine or the clock ends up inside."""
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = "kbfa"
    props.last_modified_by = "kbfa"
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.language = {"sv": "sv-SE", "en": "en-GB"}[lang]
    props.created = when
    props.modified = when
    props.revision = 1
    # A template may carry the date it was last printed; python-docx cannot unset it.
    element = props._element
    for child in list(element):
        if child.tag.endswith("}lastPrinted"):
            element.remove(child)


def document_bytes(document: Any) -> bytes:
    """The .docx bytes with every zip entry dated alike (python-docx stamps the clock)."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def check_target(path: Path, protected: Iterable[Path], lang: Lang = "sv") -> None:
    """Refuse a target that is an input file, a directory, or in a missing directory."""
    resolved = path.resolve()
    if any(resolved == p.resolve() for p in protected):
        raise OutputError(render(T, "is_input", lang, path=path))
    if path.is_dir():
        raise OutputError(render(T, "is_dir", lang, path=path))
    if not path.parent.is_dir():
        raise OutputError(render(T, "no_dir", lang, path=path, parent=path.parent))


def write_atomically(
    data: bytes, path: Path, *, protected: Iterable[Path] = (), lang: Lang = "sv"
) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and a rename."""
    check_target(path, protected, lang)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.chmod(0o666 & ~_current_umask())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(
            render(T, "failed", lang, path=path, reason=exc.strerror or exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
