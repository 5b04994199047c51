"""Map TOML key paths to the line they are written on.

``tomllib`` returns values without positions, but every error kbfa reports names
the line. This scanner walks the same text once and records, for every table,
key and array element, the 1-based line where it starts. It only runs on text
that ``tomllib`` has already accepted, so it can be lenient about syntax.
"""

from __future__ import annotations

import re

__all__ = ["KeyPath", "LineMap", "format_path", "scan_lines"]

KeyPath = tuple[str | int, ...]


def format_path(path: KeyPath) -> str:
    """``("bodies", 2, "cadence")`` → ``bodies[2].cadence`` (TOML names, 0-based index)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            bare = part.replace("_", "").replace("-", "").isalnum() and part.isascii()
            name = part if bare else '"' + part.replace('"', '\\"') + '"'
            out += ("." if out else "") + name
    return out


class LineMap:
    """Lines of key paths in one TOML text."""

    def __init__(self, lines: dict[KeyPath, int]) -> None:
        self._lines = lines

    def line(self, path: KeyPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that is written in the file."""
        for cut in range(len(path), 0, -1):
            found = self._lines.get(path[:cut])
            if found is not None:
                return found
        return None

    def exact(self, path: KeyPath) -> int | None:
        return self._lines.get(path)


# Token patterns of the scanner. They replace a character-at-a-time walk: scanning
# was three quarters of the time to load a config (benchmarks/, docs/benchmarks.md).
_WS_NL = re.compile(r"(?:[ \t\r\n]|#[^\n]*)*")
_WS = re.compile(r"(?:[ \t\r]|#[^\n]*)*")
_BARE = re.compile(r"[\w-]*")  # \w is str.isalnum() plus "_"
_SCALAR = re.compile(r"[^,\]}\n#]*")
_BASIC_BODY = re.compile(r'(?:[^"\\\n]|\\.)*')  # a one-line "..." string up to its quote
_ML_BASIC_BODY = re.compile(r'(?:[^"\\]|\\[\s\S]|"(?!""))*')  # a """...""" string
_ESCAPE = re.compile(r"\\(.)")
# The common line ``key = "text"`` / ``key = 12`` / ``key = 2024-04-30``: a bare key and a
# one-line scalar with nothing after it but a comment. Taken whole, it records exactly
# what the general path would (the key's line) in one match instead of a dozen calls.
_SIMPLE_PAIR = re.compile(
    r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*"
    r"""(?:"[^"\\\n]*"|'[^'\n]*'|[A-Za-z0-9_:+.\-]+)"""
    r"[ \t]*(?=[\r\n#]|\Z)"
)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.end = len(text)
        self.pos = 0
        self._line_pos = 0  # the line number is counted lazily up to pos
        self._line = 1
        self.lines: dict[KeyPath, int] = {}
        self.aot_counts: dict[KeyPath, int] = {}

    @property
    def line(self) -> int:
        """The 1-based line of ``pos`` (the scanner only moves forward)."""
        if self.pos > self._line_pos:
            self._line += self.text.count("\n", self._line_pos, self.pos)
            self._line_pos = self.pos
        return self._line

    # -- characters -------------------------------------------------------
    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.text[i] if i < self.end else ""

    def advance(self, n: int = 1) -> None:
        self.pos = min(self.pos + n, self.end)

    def skip_ws(self, newlines: bool) -> None:
        pattern = _WS_NL if newlines else _WS
        self.pos = pattern.match(self.text, self.pos).end()  # type: ignore[union-attr]

    # -- tokens -----------------------------------------------------------
    def read_string(self) -> str:
        text = self.text
        q = text[self.pos]
        if text.startswith(q * 3, self.pos):
            start = self.pos + 3
            if q == '"':
                stop = _ML_BASIC_BODY.match(text, start).end()  # type: ignore[union-attr]
            else:
                stop = text.find(q * 3, start)
                stop = self.end if stop < 0 else stop
            # a closing run may be longer than three quotes
            while text.startswith(q * 4, stop):
                stop += 1
            self.pos = min(stop + 3, self.end)
            return text[start:stop]
        start = self.pos + 1
        if q == '"':
            stop = _BASIC_BODY.match(text, start).end()  # type: ignore[union-attr]
            value = text[start:stop]
            if "\\" in value:
                value = _ESCAPE.sub(r"\1", value)  # kept as the key's characters, not decoded
        else:
            stop = text.find(q, start)
            stop = self.end if stop < 0 else stop
            value = text[start:stop]
        self.pos = min(stop + 1, self.end)
        return value

    def read_key(self) -> list[str]:
        parts: list[str] = []
        text = self.text
        while True:
            self.skip_ws(newlines=False)
            c = self.peek()
            if c and c in "\"'":
                parts.append(self.read_string())
            else:
                start = self.pos
                self.pos = _BARE.match(text, start).end()  # type: ignore[union-attr]
                parts.append(text[start : self.pos])
            self.skip_ws(newlines=False)
            if self.peek() == ".":
                self.pos += 1
                continue
            return parts

    def read_value(self, path: KeyPath) -> None:
        self.skip_ws(newlines=False)
        c = self.peek()
        if not c:
            return
        if c in "\"'":
            self.read_string()
        elif c == "[":
            self.advance()
            index = 0
            while True:
                self.skip_ws(newlines=True)
                if self.peek() in ("]", ""):
                    self.advance()
                    return
                self.lines.setdefault((*path, index), self.line)
                self.read_value((*path, index))
                index += 1
                self.skip_ws(newlines=True)
                if self.peek() == ",":
                    self.advance()
        elif c == "{":
            self.advance()
            while True:
                self.skip_ws(newlines=True)
                if self.peek() in ("}", ""):
                    self.advance()
                    return
                line = self.line
                key = self.read_key()
                for cut in range(1, len(key) + 1):
                    self.lines.setdefault((*path, *key[:cut]), line)
                self.skip_ws(newlines=False)
                self.advance()  # '='
                self.read_value((*path, *key))
                self.skip_ws(newlines=True)
                if self.peek() == ",":
                    self.advance()
        else:
            self.pos = _SCALAR.match(self.text, self.pos).end()  # type: ignore[union-attr]

    # -- document ---------------------------------------------------------
    def run(self) -> dict[KeyPath, int]:
        table: KeyPath = ()
        while True:
            self.skip_ws(newlines=True)
            if not self.peek():
                return self.lines
            line = self.line
            if self.peek() == "[":
                aot = self.peek(1) == "["
                self.advance(2 if aot else 1)
                key = tuple(self.read_key())
                self.advance(2 if aot else 1)
                if aot:
                    index = self.aot_counts.get(key, 0)
                    self.aot_counts[key] = index + 1
                    # nested arrays of tables restart when their parent element changes
                    for other in list(self.aot_counts):
                        if len(other) > len(key) and other[: len(key)] == key:
                            del self.aot_counts[other]
                    table = (*self._resolve(key), index)
                else:
                    table = self._resolve(key)
                for cut in range(1, len(table) + 1):
                    self.lines.setdefault(table[:cut], line)
                continue
            simple = _SIMPLE_PAIR.match(self.text, self.pos)
            if simple:
                self.lines.setdefault((*table, simple.group(1)), line)
                self.pos = simple.end()
                continue
            parts = self.read_key()
            for cut in range(1, len(parts) + 1):
                self.lines.setdefault((*table, *parts[:cut]), line)
            self.skip_ws(newlines=False)
            self.advance()  # '='
            self.read_value((*table, *parts))

    def _resolve(self, key: tuple[str, ...]) -> KeyPath:
        """Insert current array-of-tables indices into a table header path."""
        out: list[str | int] = []
        for i, part in enumerate(key):
            out.append(part)
            prefix = key[: i + 1]
            if prefix != key and prefix in self.aot_counts:
                out.append(self.aot_counts[prefix] - 1)
        return tuple(out)


def scan_lines(text: str) -> LineMap:
    """Scan TOML ``text`` (already known to parse) into a :class:`LineMap`."""
    return LineMap(_Scanner(text).run())
