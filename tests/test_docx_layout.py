"""Swedish typography and table column widths by content (issue 11 item 2)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kbfa.outputs.docx._layout import (
    CELL_PADDING_PT,
    ColumnText,
    column_widths,
    word_width_pt,
)
from kbfa.outputs.docx._typography import NBSP, typeset


class TestTypeset:
    def test_paragraph_sign_keeps_its_number(self) -> None:
        """ "§ 58", "4 §", "11–12 §§" never break between the number and the sign."""
        assert typeset("KS 2024-04-30 § 58") == f"KS{NBSP}2024-04-30{NBSP}§{NBSP}58"
        assert typeset("enligt 4 § lagen") == f"enligt 4{NBSP}§ lagen"
        assert typeset("11–12 §§ gäller") == f"11–12{NBSP}§§ gäller"

    def test_diarienummer_keeps_its_series(self) -> None:
        """ "KS 2024/70" and "Dnr 2024/12" stay on one line; "vecka 7" may break."""
        assert typeset("dnr KS 2024/70") == f"dnr KS{NBSP}2024/70"
        assert typeset("Dnr 2024/12") == f"Dnr{NBSP}2024/12"
        assert typeset("vecka 7") == "vecka 7"

    def test_quotes_are_swedish(self) -> None:
        """Straight quotes become ”…” in Swedish and “…” in English; apostrophes ’."""
        assert typeset('planen "Trygg stad"') == "planen ”Trygg stad”"
        assert typeset('the "Safe town" plan', "en") == "the “Safe town” plan"
        assert typeset("kommunens 'egna'") == "kommunens ’egna’"

    @given(st.text(max_size=60))
    def test_never_crashes_and_only_swaps_characters(self, text: str) -> None:
        """Typesetting changes quotes and spaces only: same length, same letters."""
        out = typeset(text)
        assert len(out) == len(text)
        assert [c for c in out if c.isalnum()] == [c for c in text if c.isalnum()]


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöÅÄÖ", min_size=1, max_size=25)
cells = st.lists(words, min_size=1, max_size=6).map(" ".join)


class TestColumnWidths:
    @given(st.lists(st.lists(cells, min_size=1, max_size=5), min_size=1, max_size=6))
    def test_every_word_fits_its_column_or_the_table_says_so(
        self, columns: list[list[str]]
    ) -> None:
        """Widths fill the line, and unless ``fits`` is false every column is at least as
        wide as its widest word (at the table's font size) plus the cell margins."""
        texts = [ColumnText(tuple((c, False) for c in col)) for col in columns]
        usable = 470.0  # A4 portrait, 22 mm margins
        result = column_widths(texts, usable, 10.5)
        assert abs(sum(result.points) - usable) < 0.5
        if result.fits:
            size = 10.5 * result.scale
            for col, width in zip(texts, result.points, strict=True):
                assert width + 1e-6 >= col.widest_word(size) + CELL_PADDING_PT

    def test_a_long_word_gets_its_width(self) -> None:
        """ "Kommunstyrelsen" in a column beside long text is not squeezed below its width."""
        long_text = "Strategiska brottsförebyggande frågor med kommunens och polisens ledning " * 3
        cols = [
            ColumnText((("Kommunstyrelsen", False),)),
            ColumnText(((long_text, False),)),
        ]
        result = column_widths(cols, 470.0, 10.5)
        assert result.fits and result.scale == 1.0
        assert result.points[0] >= word_width_pt("Kommunstyrelsen", 10.5) + CELL_PADDING_PT
        assert result.points[1] > result.points[0]
