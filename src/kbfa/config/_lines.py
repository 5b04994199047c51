"""Map TOML key paths to the line they are written on.

``tomllib`` returns values without positions, but every error kbfa reports names
the line. This scanner walks the same text once and records, for every table,
key and array element, the 1-based line where it starts. It only runs on text
that ``tomllib`` has already accepted, so it can be lenient about syntax.
"""

from __future__ import annotations

from collections.abc import Iterator

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


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1
        self.lines: dict[KeyPath, int] = {}
        self.aot_counts: dict[KeyPath, int] = {}

    # -- characters -------------------------------------------------------
    def peek(self, k: int = 0) -> str:
        i = self.pos + k
        return self.text[i] if i < len(self.text) else ""

    def advance(self, n: int = 1) -> None:
        for _ in range(n):
            if self.pos < len(self.text):
                if self.text[self.pos] == "\n":
                    self.line += 1
                self.pos += 1

    def skip_ws(self, newlines: bool) -> None:
        while True:
            c = self.peek()
            if not c:
                return
            if c in " \t\r" or (newlines and c == "\n"):
                self.advance()
            elif c == "#":
                while self.peek() not in ("\n", ""):
                    self.advance()
            else:
                return

    # -- tokens -----------------------------------------------------------
    def read_string(self) -> str:
        q = self.peek()
        if self.text.startswith(q * 3, self.pos):
            self.advance(3)
            start = self.pos
            while self.pos < len(self.text) and not self.text.startswith(q * 3, self.pos):
                if q == '"' and self.peek() == "\\":
                    self.advance()
                self.advance()
            # a closing run may be longer than three quotes
            while self.text.startswith(q * 4, self.pos):
                self.advance()
            value = self.text[start : self.pos]
            self.advance(3)
            return value
        self.advance()
        buf = []
        while self.peek() not in (q, ""):
            if q == '"' and self.peek() == "\\":
                buf.append(self.peek(1))
                self.advance(2)
                continue
            buf.append(self.peek())
            self.advance()
        self.advance()
        return "".join(buf)

    def read_key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_ws(newlines=False)
            c = self.peek()
            if c and c in "\"'":
                parts.append(self.read_string())
            else:
                start = self.pos
                while self.peek() and (self.peek().isalnum() or self.peek() in "_-"):
                    self.advance()
                parts.append(self.text[start : self.pos])
            self.skip_ws(newlines=False)
            if self.peek() == ".":
                self.advance()
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
            while self.peek() and self.peek() not in ",]}\n#":  # scalars
                self.advance()

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


def _iter_paths(lines: LineMap) -> Iterator[KeyPath]:  # pragma: no cover - debugging aid
    yield from lines._lines
