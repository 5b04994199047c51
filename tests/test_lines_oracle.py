"""The fast line scanner finds exactly what the original character-by-character one found.

The scanner in kbfa.config._lines was rewritten with regular expressions for speed
(docs/benchmarks.md). ``_ReferenceScanner`` below is the original implementation,
kept verbatim as the oracle: for every text both must map the same key paths to
the same lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from kbfa.config._lines import KeyPath, scan_lines

ROOT = Path(__file__).resolve().parents[1]


# --- the original scanner, verbatim (renamed) -------------------------------------------
class _ReferenceScanner:
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


def reference_lines(text: str) -> dict[KeyPath, int]:
    return _ReferenceScanner(text).run()


def fast_lines(text: str) -> dict[KeyPath, int]:
    return dict(scan_lines(text)._lines)


HANDWRITTEN = (
    # comments everywhere, quoted and dotted keys, escapes, multi-line strings of both kinds
    '''# header comment
title = "a \\"quoted\\" value" # trailing
"quoted key" = 1
'literal key' = 'it\\s'
dotted.key.here = true
[table] # comment after header
multi = """
line one
line "two" with ""quotes"" and \\""" inside
"""
lit = \'\'\'
raw \\ text
\'\'\'
five = """x"""""
arr = [
  1, # one
  2,
  [3, 4],
  { a = 1, b = "x,]}" },
]
inline = { x.y = 1, "q.k" = 'v', z = [1, 2] }

[[aot]]
name = "first"
[[aot.inner]]
v = 1
[[aot.inner]]
v = 2
[[aot]]
name = "second"
[[aot.inner]]
v = 3
[table."sub table".deep]
d = 1979-05-27
t = 07:32:00
f = -1.5e3
''',
    "",
    "\n\n# only comments\n",
    "a = 'b'\r\nc = \"d\"\r\n",
    'k = "\\u00e5\\t\\\\"\nunicode = "Nässjö – ”citat”"\n',
)


class TestAgainstReference:
    def test_handwritten_texts(self) -> None:
        """Comments, quoted and dotted keys, escapes and multi-line strings map alike."""
        import tomllib

        for text in HANDWRITTEN:
            tomllib.loads(text)  # the scanner only ever sees accepted TOML
            assert fast_lines(text) == reference_lines(text)

    def test_project_configs(self) -> None:
        """Every transcribed config maps alike."""
        configs = sorted((ROOT / "configs").glob("*.toml"))
        assert configs
        for path in configs:
            text = path.read_text(encoding="utf-8")
            assert fast_lines(text) == reference_lines(text), path.name

    def test_synthetic_configs(self) -> None:
        """Benchmark configs (thousands of keys each) map alike."""
        from kbfa.config import dump_text

        sys.path.insert(0, str(ROOT / "benchmarks"))
        try:
            import synth
        finally:
            sys.path.remove(str(ROOT / "benchmarks"))
        for index in range(4):
            text = dump_text(synth.synth_governance(index))
            assert fast_lines(text) == reference_lines(text)


_keys = st.one_of(
    st.from_regex(r"[A-Za-z0-9_-]{1,6}", fullmatch=True),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=6),
)
_scalars = st.one_of(
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates(),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=6), st.booleans())
def test_any_document_maps_alike(data: dict[str, object], multiline: bool) -> None:
    """For any document tomli-w writes, the fast scanner maps the same paths to the same lines."""
    text = tomli_w.dumps(data, multiline_strings=multiline)
    assert fast_lines(text) == reference_lines(text)
