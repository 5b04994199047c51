"""Writing a set of built documents into a directory: all of them or none."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from kbfa.files import write_outputs
from kbfa.i18n import Lang
from kbfa.outputs.docx._context import GeneratedDocument
from kbfa.outputs.docx._save import document_bytes

__all__ = ["write_documents"]


def write_documents(
    docs: Sequence[GeneratedDocument],
    directory: Path,
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
    lang: Lang = "sv",
) -> list[Path]:
    """Write ``docs`` as ``directory/<stem>.docx`` (the directory is made if missing).

    Every target is checked and every document built before any file is replaced;
    see :func:`kbfa.files.write_outputs` for what happens when the disk fills up.
    """
    items = [(directory / f"{d.stem}.docx", document_bytes(d.document)) for d in docs]
    written = write_outputs(
        items, suffixes=(".docx",), protected=protected, directory=directory, lang=lang
    )
    return [Path(p) for p in written]
