"""Table layout by content: column widths no word has to break in, and row heights.

LibreOffice and Word break a word letter by letter when it is wider than its column.
:func:`column_widths` gives every column at least the width of its longest word (and of
its header, in bold), then shares the rest of the line in proportion to how much text
each column holds. Widths are estimated with the wider of DejaVu Sans and Carlito
(:mod:`kbfa.outputs.docx._metrics`), so a table that fits here fits with either font.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from kbfa.outputs.docx._metrics import BOLD, CHARS, REGULAR

__all__ = [
    "CELL_PADDING_PT",
    "ColumnText",
    "Widths",
    "column_widths",
    "estimated_lines",
    "text_width_pt",
    "word_width_pt",
]

_REGULAR = dict(zip(CHARS, REGULAR, strict=True))
_BOLD = dict(zip(CHARS, BOLD, strict=True))

#: Left plus right cell margin of Word's "Table Grid" (2 × 0.19 cm), and a little air so a
#: word that exactly fits is not broken by rounding in the layout engine.
CELL_PADDING_PT = 2 * 5.4 + 3.0
#: Smallest font size, as a share of the body size, a crowded table may be set in.
SMALLEST_SCALE = 0.75


@functools.lru_cache(maxsize=16384)
def _ems(text: str, bold: bool) -> float:
    """The width of ``text`` in ems (a report measures the same words many times)."""
    table = _BOLD if bold else _REGULAR
    return sum(table.get(c, 1000) for c in text) / 1000


@functools.lru_cache(maxsize=16384)
def _widest_ems(text: str, bold: bool) -> float:
    words = text.replace("\u00a0", "\x00").split()
    return max((_ems(w.replace("\x00", " "), bold) for w in words), default=0.0)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The printed width of ``text`` on one line, in points."""
    return _ems(text, bold) * size_pt


def word_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of the widest word of ``text`` (a word is what a line may not break in)."""
    return _widest_ems(text, bold) * size_pt


@attrs.frozen
class ColumnText:
    """What one column holds: its cells' paragraphs, and whether they are bold."""

    paragraphs: tuple[tuple[str, bool], ...]

    def widest_word(self, size_pt: float) -> float:
        return max((word_width_pt(t, size_pt, bold=b) for t, b in self.paragraphs), default=0.0)

    def natural(self, size_pt: float) -> float:
        """The width the longest paragraph would take on one line."""
        return max((text_width_pt(t, size_pt, bold=b) for t, b in self.paragraphs), default=0.0)


@attrs.frozen
class Widths:
    """Column widths in points, and the font scale the table needs (1.0: the body size)."""

    points: tuple[float, ...]
    scale: float
    fits: bool


def column_widths(
    columns: Sequence[ColumnText],
    usable_pt: float,
    size_pt: float,
    hints: Sequence[float] | None = None,
    *,
    scale: float = 1.0,
) -> Widths:
    """Widths that hold every word whole and share the rest by the amount of text.

    ``hints`` are relative weights a builder gives for writing space in an empty form;
    they add to a column's share, never take from its minimum. When the longest words
    alone are wider than the line, the table's font is made smaller, down to
    :data:`SMALLEST_SCALE`; ``fits`` tells whether that was enough. ``scale`` is the
    font scale to start from (a compact table, such as a summary on page 1).
    """
    while True:
        size = size_pt * scale
        mins = [c.widest_word(size) + CELL_PADDING_PT for c in columns]
        if sum(mins) <= usable_pt or scale <= SMALLEST_SCALE + 1e-9:
            break
        scale = round(scale - 0.05, 2)
    fits = sum(mins) <= usable_pt
    if not fits:
        total = sum(mins)
        return Widths(tuple(m * usable_pt / total for m in mins), scale, False)
    hint_total = sum(hints) if hints else 0.0
    wants = []
    for i, c in enumerate(columns):
        want = min(c.natural(size) + CELL_PADDING_PT, usable_pt)
        if hints and hint_total > 0:
            want += usable_pt * 0.3 * hints[i] / hint_total
        wants.append(max(want, mins[i]))
    return Widths(tuple(_share(wants, mins, usable_pt)), scale, True)


def _share(wants: list[float], mins: list[float], usable: float) -> list[float]:
    """Share ``usable`` in proportion to ``wants``, never below ``mins`` (water-filling)."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(wants)) if i not in fixed]
        rest = usable - sum(fixed.values())
        total = sum(wants[i] for i in free) or 1.0
        alloc = {i: rest * wants[i] / total for i in free}
        short = [i for i in free if alloc[i] < mins[i]]
        if not short:
            return [fixed.get(i, alloc.get(i, 0.0)) for i in range(len(wants))]
        for i in short:
            fixed[i] = mins[i]


def estimated_lines(paragraphs: Sequence[tuple[str, bool]], width_pt: float, size_pt: float) -> int:
    """How many lines the paragraphs of a cell take in a column ``width_pt`` wide."""
    inner = max(width_pt - CELL_PADDING_PT, 1.0)
    lines = 0
    for text, bold in paragraphs:
        lines += max(1, -(-int(text_width_pt(text, size_pt, bold=bold)) // int(inner)))
    return lines
