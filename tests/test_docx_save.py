"""Saving Word documents: whole or not at all, never over an input, same bytes each time."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import CONFIGS
from kbfa.cli import main
from kbfa.config import load
from kbfa.errors import OutputError
from kbfa.outputs.docx import BuildContext, build_documents, document_bytes, write_atomically

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


class TestAtomicWrite:
    def test_failed_write_leaves_no_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If writing fails half-way, neither the target nor a temporary file remains."""

        def broken(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", broken)
        target = tmp_path / "rapport.docx"
        with pytest.raises(OutputError, match="ingenting skrevs"):
            write_atomically(b"data", target)
        assert list(tmp_path.iterdir()) == []

    def test_failed_write_keeps_the_previous_version(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A failed rename leaves the earlier document exactly as it was."""
        target = tmp_path / "rapport.docx"
        target.write_bytes(b"tidigare version")

        def broken(self: Path, other: Path) -> None:
            raise OSError(13, "Permission denied")

        monkeypatch.setattr(Path, "replace", broken)
        with pytest.raises(OutputError):
            write_atomically(b"ny version", target)
        assert target.read_bytes() == b"tidigare version"
        assert [p.name for p in tmp_path.iterdir()] == ["rapport.docx"]

    def test_interrupted_write_cleans_up(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ctrl-C during the write removes the temporary file too."""

        def interrupted(fd: int) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(os, "fsync", interrupted)
        with pytest.raises(KeyboardInterrupt):
            write_atomically(b"data", tmp_path / "x.docx")
        assert list(tmp_path.iterdir()) == []

    def test_written_file_is_readable_by_others_per_umask(self, tmp_path: Path) -> None:
        """The document gets ordinary file permissions, not the temporary file's 0600."""
        target = tmp_path / "x.docx"
        old = os.umask(0o022)
        try:
            write_atomically(b"data", target)
        finally:
            os.umask(old)
        assert target.stat().st_mode & 0o777 == 0o644


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
        assert "samma fil som en indatafil" in capsys.readouterr().err
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
