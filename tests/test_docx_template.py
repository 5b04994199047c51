"""The municipality's own Word template: kept where it matters, rejected when incomplete."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm

from conftest import CONFIGS
from kbfa.cli import main
from kbfa.config import load
from kbfa.errors import TemplateError
from kbfa.outputs.docx import BuildContext, build_documents, load_template, text_of

LINDESBERG = CONFIGS / "lindesberg.toml"


def make_template(path: Path, *, remove: tuple[str, ...] = ()) -> Path:
    """A template with its own header, footer, page setup and sample text."""
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(216), Mm(279)
    section.left_margin = Mm(40)
    section.header.paragraphs[0].text = "Provkommuns mall – sidhuvud"
    section.footer.paragraphs[0].text = "Provkommun · Stadshuset · 123 45 Provstad"
    d.add_paragraph("Mallens exempeltext som inte ska följa med", style="Normal")
    d.styles["Heading 1"].font.name = "Garamond"
    for name in remove:
        d.styles.element.remove(d.styles[name].element)
    d.save(str(path))
    return path


def lindesberg_docs(template: Path) -> list[Any]:
    ctx = BuildContext(template=load_template(template))
    return [d.document for d in build_documents(load(LINDESBERG).governance, ctx)]


class TestTemplateKept:
    def test_header_footer_and_page_setup_are_the_templates(self, tmp_path: Path) -> None:
        """Every document keeps the template's header, footer, page size and margins."""
        template = make_template(tmp_path / "mall.docx")
        for doc in lindesberg_docs(template):
            section = doc.sections[-1]
            assert section.header.paragraphs[0].text == "Provkommuns mall – sidhuvud"
            assert section.footer.paragraphs[0].text.startswith("Provkommun · Stadshuset")
            size = (round(section.page_width.mm), round(section.page_height.mm))
            assert size == (216, 279)
            assert round(section.left_margin.mm) == 40

    def test_template_body_text_is_removed(self, tmp_path: Path) -> None:
        """The template's sample text does not end up in the generated documents."""
        template = make_template(tmp_path / "mall.docx")
        for doc in lindesberg_docs(template):
            assert "Mallens exempeltext" not in text_of(doc)

    def test_template_styles_are_used(self, tmp_path: Path) -> None:
        """Headings use the template's Heading 1 (here set in Garamond)."""
        template = make_template(tmp_path / "mall.docx")
        doc = lindesberg_docs(template)[0]
        assert doc.styles["Heading 1"].font.name == "Garamond"
        assert any(p.style.name == "Heading 1" for p in doc.paragraphs)

    def test_word_template_dotx_is_accepted(self, tmp_path: Path) -> None:
        """A .dotx (Word's template format) works like a .docx."""
        docx_path = make_template(tmp_path / "mall.docx")
        dotx = tmp_path / "mall.dotx"
        with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(dotx, "w") as dst:
            for info in src.infolist():
                blob = src.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    blob = blob.replace(
                        b"wordprocessingml.document.main+xml",
                        b"wordprocessingml.template.main+xml",
                    )
                dst.writestr(info, blob)
        doc = lindesberg_docs(dotx)[0]
        assert doc.sections[-1].header.paragraphs[0].text == "Provkommuns mall – sidhuvud"


class TestTemplateRejected:
    def test_missing_styles_are_listed_in_one_message(self, tmp_path: Path) -> None:
        """All missing styles are named at once, in the order the generator needs them."""
        template = make_template(
            tmp_path / "mall.docx", remove=("Table Grid", "Heading 2", "List Bullet")
        )
        with pytest.raises(TemplateError) as info:
            load_template(template)
        message = str(info.value)
        assert message.count("\n") == 0
        assert "mallen saknar 3 formatmallar" in message
        assert "Heading 2, List Bullet, Table Grid" in message

    def test_cli_rejects_before_writing_anything(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``kbfa documents`` exits 2 with the one message and creates no file or directory."""
        template = make_template(tmp_path / "mall.docx", remove=("Title", "Caption"))
        out = tmp_path / "ut"
        status = main(["documents", str(LINDESBERG), "-o", str(out), "--template", str(template)])
        err = capsys.readouterr().err
        assert status == 2
        assert err.strip().endswith(
            "saknar 2 formatmallar som dokumenten behöver: Title, "
            "Caption. Lägg till dem i mallen (Word: Format > "
            "Formatmallar) och kör igen."
        )
        assert not out.exists()

    def test_style_of_the_wrong_type_counts_as_missing(self, tmp_path: Path) -> None:
        """A "Table Grid" that is a paragraph style cannot format a table."""
        path = make_template(tmp_path / "mall.docx", remove=("Table Grid",))
        d = docx.Document(str(path))
        from docx.enum.style import WD_STYLE_TYPE

        d.styles.add_style("Table Grid", WD_STYLE_TYPE.PARAGRAPH)
        d.save(str(path))
        with pytest.raises(TemplateError, match=r"Table Grid \(fel typ, ska vara table\)"):
            load_template(path)

    def test_not_a_word_file(self, tmp_path: Path) -> None:
        """A file that is not a Word document is named as such, not a traceback."""
        bad = tmp_path / "mall.docx"
        bad.write_text("inte ett dokument", encoding="utf-8")
        with pytest.raises(TemplateError, match="mallen är inte ett Word-dokument"):
            load_template(bad)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A template that does not exist is reported with its path."""
        with pytest.raises(TemplateError, match="mallen kan inte läsas"):
            load_template(tmp_path / "finns-inte.docx")

    def test_message_in_english(self, tmp_path: Path) -> None:
        """--lang en gives the message in English."""
        template = make_template(tmp_path / "mall.docx", remove=("Subtitle",))
        with pytest.raises(TemplateError, match="the template lacks 1 styles the documents need"):
            load_template(template, "en")


def test_builtin_base_is_a4_with_page_numbers() -> None:
    """Without a template the documents are A4 with "Sida N av M" in the footer."""
    doc = build_documents(load(LINDESBERG).governance, BuildContext())[0].document
    section = doc.sections[-1]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Sida ")
    assert 'w:instr="NUMPAGES"' in footer._p.xml
