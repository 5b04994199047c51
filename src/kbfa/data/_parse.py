"""Cell values as Swedish statistics write them: numbers, years, area codes, genders.

Shared by the readers. Each function returns the parsed value or raises
:class:`BadValue` with a message key; the reader adds file, row and column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from kbfa.data._messages import MESSAGES
from kbfa.data._values import Status
from kbfa.errors import DataError, DataProblem
from kbfa.i18n import Lang, render

__all__ = [
    "COUNTRY",
    "LAN_CODES",
    "MAX_FILE_MB",
    "Areas",
    "BadValue",
    "Problems",
    "county_of",
    "is_number",
    "parse_date",
    "parse_gender",
    "parse_json",
    "parse_number",
    "parse_year",
    "read_bytes",
    "shown",
    "without_cycle_collection",
]

#: Statistics files larger than this are refused: a municipality's series are kilobytes,
#: all 290 municipalities' are a few megabytes.
MAX_FILE_MB = 200
#: Kolada's code for the whole country.
COUNTRY = "0000"
#: Sweden's 21 county codes (länskoder); a municipal code starts with its county's.
LAN_CODES = frozenset(
    [
        "01",
        "03",
        "04",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "12",
        "13",
        "14",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
    ]
)
#: At most this many problems are listed per file; a file wrong on every row says so once.
MAX_PROBLEMS = 20

#: Markers Swedish statistics use for a value that is not there. ".." is SCB's and Brå's
#: "uppgift inte tillgänglig eller för osäker" (also used for confidentiality); a dash or
#: an empty cell is read as missing. Either way the value stays missing, never 0.
_SUPPRESSED = frozenset({"..", "…", "x", "X"})
_MISSING = frozenset({"", ".", "-", "–", "—"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


class BadValue(ValueError):
    """A cell that cannot be read; ``key`` and ``params`` are a message of the catalogue."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def shown(value: object) -> str:
    """A cell as an error message shows it: quoted, short."""
    text = str(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f'"{text}"'


def read_bytes(path: Path, problems: Problems) -> bytes:
    """The file's bytes, or a problem (not found, unreadable, too big) raised at once.

    Read through :func:`kbfa.files.read_input`: a FIFO or a device (``/dev/zero``)
    is refused instead of blocking or growing without end.
    """
    from kbfa.files import InputRefused, read_input

    limit = MAX_FILE_MB * 1024 * 1024
    try:
        size = path.stat().st_size
        if size > limit:
            problems.add(None, None, "too_big", size=size // (1024 * 1024), limit=MAX_FILE_MB)
            problems.raise_if_any()
        return read_input(path, limit=limit)
    except FileNotFoundError:
        problems.add(None, None, "not_found")
    except OSError as exc:
        problems.add(None, None, "unreadable", reason=exc.strerror or exc)
    except InputRefused as exc:
        if exc.missing:
            problems.add(None, None, "not_found")
        else:
            problems.add(None, None, "unreadable", reason=exc.reason)
    problems.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


#: The largest integer a float holds (an integer beyond it would overflow float()).
_LARGEST = int(sys.float_info.max)


def is_number(value: object) -> bool:
    """A JSON number that is a statistic: finite and within a float (``true`` is not one).

    ``json`` reads NaN, Infinity and ``1e400`` (as infinity), and an integer of 400 digits
    that ``float()`` cannot convert.
    """
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= _LARGEST


def parse_json(raw: bytes, problems: Problems) -> Any:
    """A statistics file's JSON, parsed; or its problem, raised at once.

    orjson parses it: the same dicts, lists, strings and numbers as the standard library's
    ``json``, about twice as fast; with ``json`` the parse was half the time of reading
    Kolada files for all 290 municipalities (docs/benchmarks.md, (e)). What orjson
    refuses is handed to ``json``, so a file reads as it always did: a UTF-8 byte-order
    mark (Excel's "CSV UTF-8" writes one, and so may a text editor), the literals NaN and
    Infinity and numbers beyond a double (the readers then refuse those values as not
    numbers, :func:`is_number`), a lone surrogate escape. An error is ``json``'s message,
    with line and column. A file nested so deep that ``json`` would exceed Python's
    recursion limit is a problem too, not a crash.
    One difference remains: an integer of more than 64 bits becomes the nearest float (as
    a value it is the same number; Kolada's values are doubles).
    """
    import orjson

    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        problems.add(None, None, "not_json", reason=exc)
    except RecursionError:
        problems.add(None, None, "json_too_deep")
    problems.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


def parse_number(value: object) -> tuple[float | None, Status]:
    """A cell as a number and its status: ``("12,5")`` → ``(12.5, FINAL)``, ``("..")`` → suppressed.

    Handles decimal comma, spaces (also no-break) as thousands separators, a trailing
    "%", and both "1.234,5" and "1,234.5".
    """
    if value is None:
        return None, Status.MISSING
    if isinstance(value, bool):
        raise BadValue("not_number", got=shown(value))
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise BadValue("not_number", got=shown(value))
        return float(value), Status.FINAL
    text = _SPACES.sub("", str(value))
    if text in _SUPPRESSED:
        return None, Status.SUPPRESSED
    if text in _MISSING:
        return None, Status.MISSING
    text = text.removesuffix("%").replace("−", "-")
    if "," in text and "." in text:
        # The later separator is the decimal one: "1.234,5" or "1,234.5".
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise BadValue("not_number", got=shown(value)) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise BadValue("not_number", got=shown(value))
    return number, Status.FINAL


def parse_year(value: object, first: int, last: int, retrieved: dt.date) -> int:
    """A year between ``first`` and ``last``; "2024", 2024 and 2024.0 are all 2024."""
    if isinstance(value, bool):
        raise BadValue("not_year", got=shown(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise BadValue("not_year", got=shown(value))
    if not first <= value <= last:
        raise BadValue("year_outside", year=value, retrieved=retrieved, first=first, last=last)
    return value


def parse_date(value: object) -> dt.date:
    """A date from an ISO text ("2026-03-02") or a spreadsheet's date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise BadValue("not_date", got=shown(value))


_GENDERS = {
    "t": "T",
    "totalt": "T",
    "total": "T",
    "båda könen": "T",
    "samtliga": "T",
    "k": "K",
    "kvinnor": "K",
    "kvinna": "K",
    "flickor": "K",
    "m": "M",
    "män": "M",
    "man": "M",
    "pojkar": "M",
}


def parse_gender(value: object) -> str:
    """Kolada's T/K/M from a cell: "T", "Kvinnor", "män"..."""
    key = str(value).strip().lower() if value is not None else ""
    if key not in _GENDERS:
        raise BadValue("bad_gender", got=shown(value))
    return _GENDERS[key]


def county_of(code: str) -> str:
    """The county area code of a municipal code: "0685" → "0006" (Kolada's "00" + länskod)."""
    return "00" + code[:2]


@attrs.define
class Areas:
    """Turns what a file writes for an area into Kolada's four-digit code, and checks it.

    Codes a spreadsheet shortened ("685" for "0685", "6" for county "06") are padded;
    SCB's two-digit county codes become "00NN". Names are looked up in the dataset's
    ``areas``, then among the country's usual names and the municipality's own name.
    The municipality's own code and its county are always accepted (a fictitious
    example municipality has a code no county list knows).
    """

    own: str | None
    names: dict[str, str] = attrs.field(factory=dict)
    _ok: set[str] = attrs.field(factory=set, init=False)

    def __attrs_post_init__(self) -> None:
        self._ok.add(COUNTRY)
        if self.own:
            self._ok.update({self.own, county_of(self.own)})
        for name in ("riket", "hela landet", "sverige", "hela riket"):
            self.names.setdefault(name, COUNTRY)
        self.names = {k.strip().lower(): v for k, v in self.names.items()}

    def code(self, value: object) -> str:
        """The area code for a cell; raises :class:`BadValue`."""
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, float) and value.is_integer():
            value = str(int(value))
        text = str(value).strip() if value is not None else ""
        if text in self._ok:
            return text
        if text.isdigit():
            code = self._pad(text)
            if code in self._ok or self._valid(code):
                self._ok.add(code)
                return code
            raise BadValue("bad_area", got=shown(value))
        named = self.names.get(text.lower())
        if named is not None:
            return named
        raise BadValue("unknown_area_name", got=shown(value))

    @staticmethod
    def _pad(text: str) -> str:
        if len(text) <= 2:
            return "00" + text.zfill(2)
        return text.zfill(4)

    def _valid(self, code: str) -> bool:
        if len(code) != 4:
            return False
        if code.startswith("00"):
            return code == COUNTRY or code[2:] in LAN_CODES
        return code[:2] in LAN_CODES


@attrs.define
class Problems:
    """The problems found in one file, collected so that all are reported at once."""

    file: str
    lang: Lang
    found: list[DataProblem] = attrs.field(factory=list)
    more: int = 0

    def add(self, row: int | None, column: str | None, key: str, /, **params: object) -> None:
        """Add the message ``key`` at ``row`` and ``column``, with its ``params``."""
        if len(self.found) >= MAX_PROBLEMS:
            self.more += 1
            return
        message = render(MESSAGES, key, self.lang, **params)
        self.found.append(DataProblem(self.file, row, column, message))

    def bad(self, row: int | None, column: str | None, exc: BadValue) -> None:
        self.add(row, column, exc.key, **exc.params)

    def column(self, name: str) -> str:
        return render(MESSAGES, "column", self.lang, name=name)

    def raise_if_any(self) -> None:
        if self.found:
            problems = list(self.found)
            if self.more:
                extra = f"... {self.more} till" if self.lang == "sv" else f"... {self.more} more"
                problems.append(DataProblem(self.file, None, None, extra))
            raise DataError(list(problems))


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a statistics file is parsed and read.

    Reading a Kolada file builds many thousands of dicts and tuples that stay alive, and
    every 700 of them start a collection of the youngest objects, now and then of all the
    process holds. Once the Word and chart libraries are imported and the process holds
    many objects (as in ``kbfa overview`` with indicators), pausing it saved about a tenth
    of the reading time (docs/benchmarks.md, (e)). What is built here holds no cycles, so
    reference counting frees it all the same; the collector is switched back on
    afterwards, and left alone if the program had switched it off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
