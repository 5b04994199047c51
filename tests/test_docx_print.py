"""What every Word document kbfa writes carries for print, Windows and screen readers
(issue 11 item 2; word review M6, m7, m8)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import pytest

from conftest import CONFIGS, ROOT
from kbfa.config import load
from kbfa.outputs.docx import BuildContext, build_documents, compliance_report, document_bytes

AS_OF = dt.date(2026, 6, 1)
CONFIG_PATHS = [*(CONFIGS / f"{n}.toml" for n in ("lindesberg", "nassjo", "hjo", "vetlanda"))]
CONFIG_PATHS.append(ROOT / "examples" / "exempelby.toml")


@pytest.fixture(scope="module")
def packages() -> dict[str, tuple[Any, zipfile.ZipFile]]:
    """Every document of the four configs and the example, with its saved package."""
    out: dict[str, tuple[Any, zipfile.ZipFile]] = {}
    for path in CONFIG_PATHS:
        config = load(path)
        ctx = BuildContext(as_of=AS_OF)
        docs = [("efterlevnadsrapport", compliance_report(config, AS_OF, ctx).document)]
        docs += [(d.stem, d.document) for d in build_documents(config.governance, ctx)]
        for stem, doc in docs:
            data = document_bytes(doc)
            out[f"{path.stem}/{stem}"] = (doc, zipfile.ZipFile(io.BytesIO(data)))
    return out


def test_no_stock_parts_and_real_properties(packages: dict[str, Any]) -> None:
    """No python-docx thumbnail, customXml or "Microsoft Macintosh Word"; the title names
    the municipality, which is also the author and the company."""
    for key, (doc, z) in packages.items():
        names = z.namelist()
        assert not any("thumbnail" in n or n.startswith("customXml") for n in names), key
        app = z.read("docProps/app.xml").decode()
        assert "Macintosh" not in app and "Normal.dotm" not in app, key
        municipality = doc.core_properties.author
        assert municipality and municipality in doc.core_properties.title, key
        assert f"<Company>{municipality}</Company>" in app, key


def test_swedish_everywhere_word_reads_the_language(packages: dict[str, Any]) -> None:
    """sv-SE in the style defaults and the theme font language, not en-US."""
    for key, (_doc, z) in packages.items():
        styles = z.read("word/styles.xml").decode()
        settings = z.read("word/settings.xml").decode()
        defaults = styles[styles.index("<w:docDefaults>") : styles.index("</w:docDefaults>")]
        assert 'w:lang w:val="sv-SE"' in defaults, key
        assert 'w:themeFontLang w:val="sv-SE"' in settings, key


def test_headings_never_skip_a_level(packages: dict[str, Any]) -> None:
    """H1 → H2 → H3, never H1 → H3 (the agreements did)."""
    for key, (doc, _z) in packages.items():
        level = 0
        for p in doc.paragraphs:
            name = p.style.name if p.style is not None else ""
            if name.startswith("Heading "):
                new = int(name.split()[-1])
                assert new <= level + 1, (key, p.text)
                level = new


def test_tables_are_described_and_rows_do_not_split(packages: dict[str, Any]) -> None:
    """Every table has a caption for screen readers; short rows may not split over pages."""
    for key, (doc, _z) in packages.items():
        for table in doc.tables:
            xml = table._tbl.xml
            assert "<w:tblCaption " in xml, key
            assert "<w:cantSplit " in xml, key


def test_section_and_diarienummer_keep_their_numbers(packages: dict[str, Any]) -> None:
    """ "§ 87" and "KS 2024/999" are joined by non-breaking spaces in what Word lays out."""
    _doc, z = packages["exempelby/struktur"]
    xml = z.read("word/document.xml").decode()
    assert "2024-06-12\u00a0§\u00a087" in xml
    assert "KS\u00a02024/999" in xml
