"""Rows of a CSV or XLSX file, with the spreadsheet's own row numbers and headings.

CSV as Swedish Excel and statistics databases write it: UTF-8 with or without a
byte-order mark, or Windows-1252 (Excel's "CSV (semikolonavgränsad)" on a Swedish
Windows); separated by ``;`` (or ``,`` or tab, whichever the heading line uses).
XLSX is read with openpyxl, imported only here, in read-only mode, after checking
that the workbook does not unpack to more than :data:`MAX_UNPACKED_MB`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from kbfa.data._parse import Problems, read_bytes

__all__ = ["MAX_UNPACKED_MB", "Rows", "read_rows"]

#: A workbook unpacking to more than this is refused (a zip bomb, not statistics).
MAX_UNPACKED_MB = 500

#: (row number, cells) after the heading row; numbers as the spreadsheet shows them.
Rows = tuple[list[str], Iterator[tuple[int, list[object]]]]


def read_rows(path: Path, sheet: str | None, problems: Problems) -> Rows:
    """The headings and the data rows of a .csv/.txt or .xlsx file."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return _csv_rows(read_bytes(path, problems), problems)
    if suffix == ".xlsx":
        return _xlsx_rows(path, sheet, problems)
    problems.add(None, None, "bad_extension", ext=suffix or path.name)
    problems.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on a Swedish Windows is Windows-1252; every byte but five
        # decodes, and those five are replaced rather than failing the whole file.
        return raw.decode("cp1252", errors="replace")


def _csv_rows(raw: bytes, problems: Problems) -> Rows:
    text = _decode(raw)
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headings = next(reader)
    except StopIteration:
        headings = []
    except csv.Error as exc:
        _unreadable(1, exc, problems)
    if not any(h.strip() for h in headings):
        problems.add(None, None, "empty")
        problems.raise_if_any()

    def rows() -> Iterator[tuple[int, list[object]]]:
        done = reader.line_num  # the last line of the rows read so far
        try:
            for cells in reader:
                done = reader.line_num
                if any(c.strip() for c in cells):
                    yield done, list(cells)
        except csv.Error as exc:
            _unreadable(done + 1, exc, problems)  # the line where the unreadable row starts

    return [h.strip() for h in headings], rows()


def _unreadable(line: int, exc: csv.Error, problems: Problems) -> NoReturn:
    """The csv module stopped on the row starting at ``line`` (before 0.2 "internt fel")."""
    if "field limit" in str(exc):  # "field larger than field limit (131072)"
        problems.add(line, None, "csv_long_cell", limit=csv.field_size_limit())
    else:
        problems.add(line, None, "csv_unreadable", reason=exc)
    problems.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


def _xlsx_rows(path: Path, sheet: str | None, problems: Problems) -> Rows:
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except FileNotFoundError:
        problems.add(None, None, "not_found")
        problems.raise_if_any()
    except (OSError, zipfile.BadZipFile) as exc:
        problems.add(None, None, "not_xlsx", reason=exc)
        problems.raise_if_any()
    if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
        problems.add(None, None, "xlsx_bomb", size=unpacked // (1024 * 1024), limit=MAX_UNPACKED_MB)
        problems.raise_if_any()
    import openpyxl  # only for .xlsx: `kbfa check` and `--help` never load it

    try:
        with _quiet_openpyxl():
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken book
        problems.add(None, None, "not_xlsx", reason=exc)
        problems.raise_if_any()
    names = book.sheetnames
    if sheet is not None and sheet not in names:
        problems.add(None, None, "no_sheet", sheet=sheet, sheets=", ".join(names))
        problems.raise_if_any()
    try:
        ws = book[sheet] if sheet is not None else book[names[0]]
        it = ws.iter_rows(values_only=True)
        with _quiet_openpyxl():
            headings = next(it, None)
    except Exception as exc:  # noqa: BLE001 - the sheet's XML is read from here on
        book.close()
        problems.add(1, None, "not_xlsx", reason=exc)
        problems.raise_if_any()
    if headings is None or not any(h is not None and str(h).strip() for h in headings):
        problems.add(None, None, "empty")
        problems.raise_if_any()
    assert headings is not None

    def rows() -> Iterator[tuple[int, list[object]]]:
        # openpyxl reads the sheet's XML as the rows are asked for, so a damaged sheet
        # raises here, not in load_workbook (before 0.2 an "internt fel"): located at the row.
        number = 1
        try:
            for number, cells in enumerate(it, start=2):
                if any(c is not None and str(c).strip() for c in cells):
                    yield number, list(cells)
        except Exception as exc:  # noqa: BLE001 - XML, cell and coordinate errors of many kinds
            problems.add(number + 1, None, "not_xlsx", reason=exc)
            problems.raise_if_any()
        finally:
            book.close()

    return ["" if h is None else str(h).strip() for h in headings], rows()


@contextlib.contextmanager
def _quiet_openpyxl() -> Iterator[None]:
    """Keep openpyxl's warnings about what kbfa does not read off the user's screen.

    Workbooks from survey tools and statistics databases often lack what Excel writes
    ("Workbook contains no default style, apply openpyxl's default", data validation,
    drawings it drops): openpyxl warns in English with a path into site-packages, which
    a coordinator would take for an error. The values read are the same either way.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
        yield
