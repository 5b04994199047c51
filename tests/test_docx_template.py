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
        """Every document keeps the template's header, footer, paper and margins; the wide
        ones (åtgärdsplan, årshjul) turn the template's page to landscape (word review M13)."""
        template = make_template(tmp_path / "mall.docx")
        ctx = BuildContext(template=load_template(template))
        for d in build_documents(load(LINDESBERG).governance, ctx):
            section = d.document.sections[-1]
            assert section.header.paragraphs[0].text == "Provkommuns mall – sidhuvud"
            assert section.footer.paragraphs[0].text.startswith("Provkommun · Stadshuset")
            size = (round(section.page_width.mm), round(section.page_height.mm))
            wide = d.stem in ("atgardsplan", "arshjul")
            assert size == ((279, 216) if wide else (216, 279)), d.stem
            assert round(section.left_margin.mm) == 40

    def test_page_numbers_are_added_to_a_footer_without_them(self, tmp_path: Path) -> None:
        """The template's footer has an address but no page number: "Sida X av Y" is added
        under it; a footer that already has a PAGE field is left alone."""
        template = make_template(tmp_path / "mall.docx")
        doc = lindesberg_docs(template)[0]
        footer = doc.sections[-1].footer
        assert footer.paragraphs[0].text.startswith("Provkommun · Stadshuset")
        assert footer.paragraphs[-1].text.startswith("Sida ")
        assert 'w:instr="PAGE"' in footer._element.xml
        built = build_documents(load(LINDESBERG).governance, BuildContext())[0].document
        numbered = tmp_path / "numrerad.docx"
        built.save(str(numbered))
        again = lindesberg_docs(numbered)[0]
        assert again.sections[-1].footer._element.xml.count('w:instr="PAGE"') == 1

    def test_letterhead_table_in_the_body_is_kept(self, tmp_path: Path) -> None:
        """A letterhead (a table with dnr and datum) opening the template's body stays at the
        top of every document; the sample text after it goes (word review m15)."""
        d = docx.Document()
        head = d.add_table(rows=1, cols=2)
        head.cell(0, 0).text = "Provkommun, Kommunstyrelsen"
        head.cell(0, 1).text = "Dnr: ____  Datum: ____"
        d.add_paragraph("Mallens exempeltext som inte ska följa med")
        path = tmp_path / "brevhuvud.docx"
        d.save(str(path))
        for doc in lindesberg_docs(path):
            text = text_of(doc)
            assert text.startswith("Provkommun, Kommunstyrelsen\nDnr: ____  Datum: ____")
            assert "Mallens exempeltext" not in text

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


class TestMissingStylesAdded:
    def test_missing_styles_are_added_and_named(self, tmp_path: Path) -> None:
        """A template without Heading 2, List Bullet and Table Grid works: kbfa adds them,
        based on the template's own styles, and says which (word review M14)."""
        template = make_template(
            tmp_path / "mall.docx", remove=("Table Grid", "Heading 2", "List Bullet")
        )
        loaded = load_template(template)
        assert loaded.added == ("Heading 2", "List Bullet", "Table Grid")
        notice = loaded.notice() or ""
        assert "mallen saknade formatmallarna Heading 2, List Bullet, Table Grid" in notice
        doc = lindesberg_docs(template)[0]
        assert doc.styles["Heading 2"].base_style.name == "Heading 1"  # the template's own
        assert doc.styles["Heading 1"].font.name == "Garamond"

    def test_cli_names_the_added_styles_and_writes(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``kbfa documents`` tells which styles it added and writes the documents."""
        template = make_template(tmp_path / "mall.docx", remove=("Title", "Caption"))
        out = tmp_path / "ut"
        status = main(["documents", str(LINDESBERG), "-o", str(out), "--template", str(template)])
        err = capsys.readouterr().err
        assert status == 0
        assert "mallen saknade formatmallarna Title, Caption; kbfa lade till dem" in err
        assert (out / "struktur.docx").exists()

    def test_template_without_normal_is_refused_in_windows_words(self, tmp_path: Path) -> None:
        """Without Normal nothing can be based on the template: refused, with the way to the
        styles in Windows Word."""
        path = make_template(tmp_path / "mall.docx")
        d = docx.Document(str(path))
        normal = d.styles["Normal"].element
        normal.getparent().remove(normal)
        d.save(str(path))
        with pytest.raises(TemplateError) as info:
            load_template(path)
        assert "saknar 1 formatmallar som dokumenten behöver: Normal" in str(info.value)
        assert "Word: fliken Start > Formatmallar" in str(info.value)


class TestTemplateRejected:
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
        """--lang en gives the notice in English."""
        template = make_template(tmp_path / "mall.docx", remove=("Subtitle",))
        assert "the template lacked the styles Subtitle" in (
            load_template(template, "en").notice("en") or ""
        )


def test_builtin_base_is_a4_with_page_numbers() -> None:
    """Without a template the documents are A4 with "Sida N av M" in the footer."""
    doc = build_documents(load(LINDESBERG).governance, BuildContext())[0].document
    section = doc.sections[-1]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Sida ")
    assert 'w:instr="NUMPAGES"' in footer._p.xml


def lo_template(folder: Path, kind: str) -> Path:
    """A template saved by LibreOffice (``docx`` or ``dotx``), made here with soffice from a
    little HTML: LibreOffice writes almost none of Word's built-in styles."""
    import os
    import shutil
    import subprocess

    if shutil.which("soffice") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("soffice saknas")
        pytest.skip("soffice saknas (install libreoffice-writer)")
    source = folder / "mall.html"
    source.write_text("<html><body><p>Provkommun</p><p>MALLTEXT</p></body></html>", "utf-8")
    filters = {"docx": "docx:MS Word 2007 XML", "dotx": "dotx:MS Word 2007 XML Template"}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(folder / 'profil').as_uri()}",
            "--headless",
            "--convert-to",
            filters[kind],
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / f"mall.{kind}"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["docx", "dotx"])
def test_libreoffice_template_is_accepted(tmp_path: Path, kind: str) -> None:
    """A template saved by LibreOffice (as .docx and as .dotx) is accepted with the styles it
    lacked added and named; under it the åtgärdsplan is landscape with page numbers."""
    path = lo_template(tmp_path, kind)
    loaded = load_template(path)
    assert {"Heading 1", "Heading 3", "List Bullet", "Caption", "Table Grid"} <= set(loaded.added)
    assert "kbfa lade till dem" in (loaded.notice() or "")
    docs = {d.stem: d.document for d in build_documents(
        load(LINDESBERG).governance, BuildContext(template=loaded)
    )}  # fmt: skip
    plan = docs["atgardsplan"].sections[-1]
    assert plan.page_width > plan.page_height
    assert 'w:instr="PAGE"' in plan.footer._element.xml
    assert "MALLTEXT" not in text_of(docs["atgardsplan"])
