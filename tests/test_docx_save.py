"""Saving Word documents: whole or not at all, never over an input, same bytes each time."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CONFIGS
from kbfa.cli import main
from kbfa.config import load
from kbfa.outputs.docx import BuildContext, build_documents, document_bytes

LINDESBERG = CONFIGS / "lindesberg.toml"


def structure_bytes() -> bytes:
    g = load(LINDESBERG).governance
    return document_bytes(build_documents(g, BuildContext())[0].document)


class TestReproducible:
    def test_same_input_gives_the_same_bytes(self) -> None:
        """Two runs over the same config produce byte-identical files."""
        assert structure_bytes() == structure_bytes()

    def test_core_properties_carry_nothing_from_the_machine(self) -> None:
        """Author, dates and revision are fixed; no clock time, no user name: the author is
        the municipality, the title names it (word review m7)."""
        import docx

        g = load(LINDESBERG).governance
        doc = build_documents(g, BuildContext())[0].document
        props = docx.Document(io.BytesIO(document_bytes(doc))).core_properties
        assert props.author == props.last_modified_by == "Lindesbergs kommun"
        assert props.created == props.modified == dt.datetime(2023, 7, 1, tzinfo=dt.UTC)
        assert props.revision == 1
        assert props.language == "sv-SE"
        assert props.title == "Struktur för det brottsförebyggande arbetet i Lindesbergs kommun"

    def test_zip_entries_carry_no_clock_time(self) -> None:
        """Every entry of the .docx is dated 1980-01-01, whatever the time of the run."""
        with zipfile.ZipFile(io.BytesIO(structure_bytes())) as z:
            assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


class TestNeverOverwriteInputs:
    def test_output_equal_to_the_template_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A template inside the output directory under a generated name is not overwritten."""
        import docx

        out = tmp_path / "ut"
        out.mkdir()
        template = out / "struktur.docx"
        docx.Document().save(str(template))
        before = template.read_bytes()
        status = main(["documents", str(LINDESBERG), "-o", str(out), "--template", str(template)])
        assert status == 2
        assert "är en av indatafilerna" in capsys.readouterr().err
        assert template.read_bytes() == before
        assert sorted(p.name for p in out.iterdir()) == ["struktur.docx"]

    def test_output_directory_that_is_a_file_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o pointing at an existing file gives exit 2 and leaves the file alone."""
        target = tmp_path / "fil.txt"
        target.write_text("orörd", encoding="utf-8")
        assert main(["documents", str(LINDESBERG), "-o", str(target)]) == 2
        assert "är inte en katalog" in capsys.readouterr().err
        assert target.read_text(encoding="utf-8") == "orörd"


class TestLazyImport:
    @pytest.mark.parametrize(
        "argv",
        [["--help"], ["show", str(LINDESBERG)], ["check", str(LINDESBERG)], ["report", "--help"]],
    )
    def test_cli_does_not_import_python_docx(self, argv: list[str]) -> None:
        """``kbfa --help``, ``kbfa check`` and even ``kbfa report --help`` never import python-docx."""
        code = (
            "import contextlib, io, sys\n"
            "from kbfa.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n"
            f"        main({argv!r})\n"
            "    except SystemExit:\n"
            "        pass\n"
            "print('docx' in sys.modules)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"


class TestEndWithoutBlankPage:
    """The empty paragraph after a document's last table is one point high, so a table that
    fills its page does not push it onto a blank page of its own (Hjo's årshjul 2027 and
    Vetlanda's appendix ended with one before 0.2; tests/test_pdf_conversion.py converts
    them)."""

    @staticmethod
    def last_paragraph(data: bytes) -> object:
        import docx

        return docx.Document(io.BytesIO(data)).paragraphs[-1]

    def test_a_document_ending_with_a_table(self) -> None:
        """The årshjul ends with its list of dates: the spacer after it is 1 pt, with no
        space before or after, and the XML keeps the schema's order (spacing, then rPr)."""
        from docx.oxml.ns import qn
        from docx.shared import Pt

        g = load(CONFIGS / "hjo.toml").governance
        (doc,) = [d for d in build_documents(g, BuildContext(year=2027)) if d.stem == "arshjul"]
        p = self.last_paragraph(document_bytes(doc.document))
        assert p.text == ""  # type: ignore[attr-defined]
        assert p._p.getprevious().tag == qn("w:tbl")  # type: ignore[attr-defined]
        fmt = p.paragraph_format  # type: ignore[attr-defined]
        assert (fmt.space_before, fmt.space_after, fmt.line_spacing) == (Pt(0), Pt(0), Pt(1))
        ppr = p._p.pPr  # type: ignore[attr-defined]
        assert [c.tag for c in ppr][-2:] == [qn("w:spacing"), qn("w:rPr")]
        assert ppr.find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")) == "2"

    def test_what_else_ends_a_document_is_left_alone(self) -> None:
        """Text after the last table, a page break, or no table at all: nothing changes."""
        import docx
        from docx.enum.text import WD_BREAK

        from kbfa.outputs.docx import end_without_blank_page

        def ending(kind: str) -> object:
            d = docx.Document()
            d.add_paragraph("Inledning")
            if kind != "no table":
                d.add_table(rows=1, cols=1)
            p = d.add_paragraph("Slut" if kind == "text" else "")
            if kind == "break":
                p.add_run().add_break(WD_BREAK.PAGE)
            return d

        for kind in ("text", "break", "no table"):
            d = ending(kind)
            before = d.element.body.xml  # type: ignore[attr-defined]
            end_without_blank_page(d)
            assert d.element.body.xml == before, kind  # type: ignore[attr-defined]
        d = ending("empty")
        end_without_blank_page(d)
        assert d.paragraphs[-1].paragraph_format.line_spacing is not None  # type: ignore[attr-defined]


class TestPageBreak:
    """Writer.page_break starts what follows on a new page without an empty paragraph that
    could be left on a page of its own (see TestEndWithoutBlankPage)."""

    @staticmethod
    def writer() -> object:
        from kbfa.outputs.docx._base import new_document
        from kbfa.outputs.docx._blocks import Writer

        return Writer(new_document(None, lang="sv", header="Test"))

    @staticmethod
    def blocks(w: object) -> list[tuple[str, str, bool, bool]]:
        """(tag, text, page break before, holds a break) of each paragraph and table."""
        from docx.oxml.ns import qn

        out = []
        for e in w.document.element.body:  # type: ignore[attr-defined]
            if e.tag not in (qn("w:p"), qn("w:tbl")):
                continue
            before = e.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
            holds = next(e.iter(qn("w:br")), None) is not None
            text = "".join(t.text or "" for t in e.iter(qn("w:t")))
            out.append((e.tag.split("}")[1], text, before, holds))
        return out

    def test_the_next_heading_starts_the_page(self) -> None:
        """After a table: its spacer line is dropped and the heading carries the break."""
        w = self.writer()
        w.heading("Ett")  # type: ignore[attr-defined]
        w.table(["A"], [["1"]])  # type: ignore[attr-defined]
        w.page_break()  # type: ignore[attr-defined]
        w.heading("Två")  # type: ignore[attr-defined]
        assert [(t, x, b, h) for t, x, b, h in self.blocks(w) if t == "p"][-1] == ("p", "Två", True, False)
        assert [t for t, *_ in self.blocks(w)] == ["p", "tbl", "p"]

    def test_a_table_after_a_break_gets_the_break_in_a_paragraph(self) -> None:
        """A table cannot carry "page break before": a paragraph with the break precedes it."""
        w = self.writer()
        w.paragraph("Inledning")  # type: ignore[attr-defined]
        w.page_break()  # type: ignore[attr-defined]
        w.table(["A"], [["1"]])  # type: ignore[attr-defined]
        assert [(t, b, h) for t, _x, b, h in self.blocks(w)] == [
            ("p", False, False),
            ("p", False, True),
            ("tbl", False, False),
            ("p", False, False),
        ]

    def test_a_break_at_the_end_adds_nothing(self) -> None:
        w = self.writer()
        w.paragraph("Slut")  # type: ignore[attr-defined]
        w.page_break()  # type: ignore[attr-defined]
        assert self.blocks(w) == [("p", "Slut", False, False)]
