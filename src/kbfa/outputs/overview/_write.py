"""Choose the overview's file format by the output file's extension."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from kbfa.errors import OutputError
from kbfa.i18n import Catalogue, Lang, render
from kbfa.outputs.overview._table import Overview

__all__ = ["FORMATS", "check_output_path", "output_paths", "write_overview"]

#: The extensions ``kbfa overview -o`` understands.
FORMATS: tuple[str, ...] = (".csv", ".docx", ".json", ".xlsx")

T: Catalogue = {
    "format": {
        "sv": "{path}: okänt filformat {suffix!r}; ange en fil som slutar på {formats}",
        "en": "{path}: unknown file format {suffix!r}; give a file ending in {formats}",
    },
}


def check_output_path(path: str | os.PathLike[str], lang: str = "sv") -> str:
    """The output format (".csv", ".docx", ".json", ".xlsx"); :class:`OutputError` for
    anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(
            render(
                T,
                "format",
                "en" if lang == "en" else "sv",
                path=os.fspath(path),
                suffix=suffix,
                formats=", ".join(FORMATS),
            )
        )
    return suffix


def output_paths(path: str | os.PathLike[str], lang: Lang = "sv") -> list[Path]:
    """The files ``-o path`` writes: the file itself, and for CSV one per table beside it."""
    if check_output_path(path, lang) == ".csv":
        from kbfa.outputs.overview._csv import csv_paths

        return csv_paths(path, lang)
    return [Path(path)]


def write_overview(
    overview: Overview, path: str | os.PathLike[str], *, protected: Iterable[Path] = ()
) -> list[str]:
    """Write ``overview`` to ``path`` whole or not at all, in the format its extension
    names; returns the files written (CSV: one per table, see :func:`output_paths`).

    ``protected`` are files that must never be overwritten (the input configs).
    """
    suffix = check_output_path(path, overview.lang)
    if suffix == ".csv":
        from kbfa.outputs.overview._csv import write_csv

        return write_csv(overview, path, protected=protected)
    if suffix == ".json":
        from kbfa.outputs.overview._json import write_json

        write_json(overview, path, protected=protected)
    elif suffix == ".xlsx":
        # openpyxl is only loaded when a workbook is asked for.
        from kbfa.outputs.overview._xlsx import write_xlsx

        write_xlsx(overview, path, protected=protected)
    else:
        # python-docx is only loaded when a Word file is asked for.
        from kbfa.outputs.overview._docx import write_docx

        write_docx(overview, path, protected=protected)
    return [os.fspath(path)]
