"""Every generated Word document opens in LibreOffice and converts to PDF with its text.

This is how a reader's machine sees the files: if LibreOffice cannot lay a document
out, Word users are likely to meet trouble too. Skipped only on a developer machine
without LibreOffice; in CI (``CI=true``) missing tools are a failure, since
``.ci/run`` installs them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

from conftest import CONFIGS
from kbfa.config import load
from kbfa.outputs.docx import (
    BuildContext,
    build_documents,
    compliance_report,
    document_bytes,
    outline,
)

pytestmark = pytest.mark.slow

MUNICIPALITIES = ("lindesberg", "nassjo", "hjo", "vetlanda")
AS_OF = dt.date(2026, 6, 1)


def require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} saknas (install libreoffice-writer and poppler-utils)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def flat(text: str) -> str:
    """Whitespace collapsed: PDF text breaks lines where the layout does."""
    return re.sub(r"\s+", " ", text).strip()


def squash(text: str) -> str:
    """No whitespace at all: PDF text may also drop the space in "4 §"."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[str], str]]:
    """Every document of the four municipalities → (its outline headings, its PDF text)."""
    require("soffice", "pdftotext")
    root = tmp_path_factory.mktemp("pdf")
    docs: dict[str, object] = {}
    for name in MUNICIPALITIES:
        config = load(CONFIGS / f"{name}.toml")
        ctx = BuildContext()
        docs[f"{name}-efterlevnadsrapport"] = compliance_report(config, AS_OF, ctx).document
        for d in build_documents(config.governance, ctx):
            docs[f"{name}-{d.stem}"] = d.document
    paths = []
    for key, doc in docs.items():
        path = root / f"{key}.docx"
        path.write_bytes(document_bytes(doc))
        paths.append(path)
    profile = root / "lo-profil"  # own profile: parallel runs must not share one
    out = root / "pdf"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    result: dict[str, tuple[list[str], str]] = {}
    for key, doc in docs.items():
        pdf = out / f"{key}.pdf"
        text = ""
        if pdf.exists():
            text = subprocess.run(
                ["pdftotext", str(pdf), "-"],  # reading order: a table cell stays together
                check=True,
                capture_output=True,
                text=True,
                timeout=60,
            ).stdout
        heads = [item["text"] for item in outline(doc) if "style" in item]
        result[key] = (heads, text)
    return result


class TestConversion:
    def test_every_document_converts(self, converted: dict[str, tuple[list[str], str]]) -> None:
        """Each .docx becomes a PDF with text in it."""
        empty = [key for key, (_h, text) in converted.items() if not text.strip()]
        assert empty == []
        assert len(converted) >= 4 * 4  # report, structure, plan and at least one draft each

    def test_headings_survive_conversion(self, converted: dict[str, tuple[list[str], str]]) -> None:
        """Every heading of every document is in its PDF's text."""
        for key, (heads, text) in converted.items():
            body = squash(text)
            missing = [h for h in heads if squash(h) not in body]
            assert missing == [], key

    def test_page_numbers_are_computed(self, converted: dict[str, tuple[list[str], str]]) -> None:
        """The footer's fields become "Sida 1 av N" in the PDF."""
        for key, (_heads, text) in converted.items():
            assert re.search(r"Sida 1 av \d+", text), key

    def test_lindesberg_est_cadence_reads_in_the_pdf(
        self, converted: dict[str, tuple[list[str], str]]
    ) -> None:
        """The structure document and the report both say EST meets weekly for 30 minutes."""
        for key in ("lindesberg-struktur", "lindesberg-efterlevnadsrapport"):
            assert "en gång per vecka, 30 minuter" in flat(converted[key][1]), key

    def test_report_verdict_words_read_in_the_pdf(
        self, converted: dict[str, tuple[list[str], str]]
    ) -> None:
        """The report's summary shows verdict words, e.g. Hjo's unmet 13 §."""
        text = flat(converted["hjo-efterlevnadsrapport"][1])
        assert "Ledning och rapportering till fullmäktige Ej uppfyllt" in text

    def test_agreement_signatories_read_in_the_pdf(
        self, converted: dict[str, tuple[list[str], str]]
    ) -> None:
        """Lindesberg's draft with Securitas carries both required municipal signatories."""
        text = flat(converted["lindesberg-samverkansoverenskommelse-securitas"][1])
        assert "Kommundirektör" in text and "Kommunstyrelsens ordförande" in text
