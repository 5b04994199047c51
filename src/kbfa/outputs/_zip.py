"""Office files (.docx, .xlsx) are zip archives: the same content gives the same bytes.

python-docx and openpyxl date every zip entry with the clock; :func:`stable_zip`
rewrites the archive with every entry dated alike, so that an output depends on its
input only (tests compare bytes; a file regenerated from an unchanged config does not
show as changed).
"""

from __future__ import annotations

import io
import zipfile

__all__ = ["ZIP_TIME", "stable_zip"]

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def stable_zip(data: bytes) -> bytes:
    """``data`` (a zip archive) with every entry dated :data:`ZIP_TIME`, deflated, mode 644."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
