"""kbfa as a library: the top-level API, a model built in code under mypy --strict, every
output from a Governance to a stream, and the API reference built from the docstrings."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import icalendar
import pytest

import kbfa
from kbfa.outputs import document_files, write_documents

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "examples" / "library" / "build_in_code.py"
AS_OF = dt.date(2026, 11, 23)


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_in_code", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestTopLevel:
    def test_public_names(self) -> None:
        """The types a caller needs are at the top level, and every exported name resolves."""
        for name in kbfa.__all__:
            assert getattr(kbfa, name) is not None, name
        for name in ("Finding", "Verdict", "Severity", "Level", "EvaluationResult", "validate"):
            assert name in kbfa.__all__
        assert kbfa.Severity.BREACH == "breach" and kbfa.Verdict.EJ_UPPFYLLT == "ej_uppfyllt"

    def test_version(self) -> None:
        from importlib.metadata import version

        assert kbfa.__version__ == version("kbfa")

    def test_import_stays_light(self) -> None:
        """import kbfa loads neither Word, nor the calendar library, nor importlib.metadata."""
        code = (
            "import sys, kbfa; "
            "print([m for m in ('docx', 'icalendar', 'importlib.metadata') if m in sys.modules])"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"


class TestTypedScript:
    def test_mypy_strict_without_a_cast(self, tmp_path: Path) -> None:
        """The example builds, validates, evaluates and reports under mypy --strict, with no
        cast and no ignore: plain strings where the model wants ids and texts."""
        source = SCRIPT.read_text(encoding="utf-8")
        assert "cast(" not in source and "type: ignore" not in source
        # In a process of its own: mypy's main raises the interpreter's recursion limit
        # for good, and the loader's deep-nesting test depends on the ordinary limit.
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(tmp_path / "cache"),
                str(SCRIPT),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    def test_runs_and_writes_a_report_to_a_bytesio(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "rapport.docx"
        assert _script().main([str(target)]) == 0
        out = capsys.readouterr().out
        # 13 §: kommunstyrelsen leads, but reporting to fullmäktige is not provided for.
        assert out.rstrip().endswith("byte") and "KBFA-L13B" in out
        with zipfile.ZipFile(target) as z:
            body = z.read("word/document.xml").decode("utf-8")
        assert "Exempelköpings kommun (påhittad)" in body
        assert "Kommunens konfiguration" not in body  # a model has no file to name

    def test_the_model_is_valid(self) -> None:
        g = _script().governance()
        assert kbfa.validate(g) == g


class TestOutputsFromAGovernance:
    @pytest.fixture
    def g(self) -> kbfa.Governance:
        return kbfa.validate(_script().governance())

    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_findings(self, g: kbfa.Governance, fmt: str) -> None:
        out = io.StringIO()
        kbfa.write_findings(kbfa.evaluate(g, AS_OF), out, format=fmt)  # type: ignore[arg-type]
        assert "KBFA-L4B" in out.getvalue()
        if fmt in ("json", "sarif"):
            json.loads(out.getvalue())

    def test_findings_of_a_loaded_file_in_english(self) -> None:
        config = kbfa.load(ROOT / "configs" / "hjo.toml")
        out = io.StringIO()
        kbfa.write_findings([kbfa.evaluate(config, AS_OF, lang="en")], out, lang="en")
        assert "Breaches of the Act (2)" in out.getvalue()

    def test_unknown_format(self, g: kbfa.Governance) -> None:
        with pytest.raises(ValueError, match="yaml"):
            kbfa.write_findings(kbfa.evaluate(g, AS_OF), io.StringIO(), format="yaml")  # type: ignore[arg-type]

    def test_calendar(self, g: kbfa.Governance) -> None:
        out = io.BytesIO()
        kbfa.write_calendar(g, out, year=2027, now=dt.datetime(2026, 11, 29, tzinfo=dt.UTC))
        cal = icalendar.Calendar.from_ical(out.getvalue())
        summaries = [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]
        assert any(s.startswith("Brottsförebyggande rådet: möte") for s in summaries)

    def test_documents(self, g: kbfa.Governance) -> None:
        files = document_files(g, as_of=AS_OF)
        assert set(files) >= {"struktur.docx", "atgardsplan.docx", "arshjul.docx"}
        written: dict[str, io.BytesIO] = {}

        def open_file(name: str) -> io.BytesIO:
            return written.setdefault(name, io.BytesIO())

        assert write_documents(g, open_file, as_of=AS_OF) == list(files)
        assert {k: v.getvalue() for k, v in written.items()} == files

    def test_overview_of_models_and_files(self, g: kbfa.Governance) -> None:
        """The overview takes loaded files and models alike; the CSV opens in Excel (BOM, ;)."""
        hjo = kbfa.load(ROOT / "configs" / "hjo.toml")
        csv_out, json_out, docx_out = io.BytesIO(), io.BytesIO(), io.BytesIO()
        kbfa.write_overview([hjo, g], csv_out, format="csv", as_of=AS_OF)
        kbfa.write_overview([hjo, g], json_out, format="json", as_of=AS_OF)
        kbfa.write_overview([hjo, g], docx_out, format="docx", as_of=AS_OF)
        text = csv_out.getvalue().decode("utf-8-sig")
        assert text.splitlines()[1].startswith("Hjo kommun;")
        assert "Exempelköpings kommun (påhittad)" in text
        export = json.loads(json_out.getvalue())
        assert [m["municipality"] for m in export["municipalities"]] == [
            "Hjo kommun",
            "Exempelköpings kommun (påhittad)",
        ]
        assert docx_out.getvalue()[:2] == b"PK"

    def test_report_same_bytes_for_model_and_stream(self, g: kbfa.Governance) -> None:
        a, b = io.BytesIO(), io.BytesIO()
        kbfa.write_report(g, a, as_of=AS_OF)
        kbfa.write_report(g, b, as_of=AS_OF)
        assert a.getvalue() == b.getvalue() and a.getvalue()[:2] == b"PK"


class TestApiReference:
    def test_builds_without_warnings(self, tmp_path: Path) -> None:
        """pdoc renders every public module from the docstrings, with no warning (an
        unresolvable name or an import error would be one)."""
        spec = importlib.util.spec_from_file_location("build_api", ROOT / "docs" / "build_api.py")
        assert spec is not None and spec.loader is not None
        build_api = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build_api)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            pages = build_api.build(tmp_path)
        names = {p.relative_to(tmp_path).as_posix() for p in pages}
        assert {"kbfa.html", "kbfa/model.html", "kbfa/outputs/sarif.html"} <= names
        top = (tmp_path / "kbfa.html").read_text(encoding="utf-8")
        for name in ("validate", "evaluate", "write_report", "Finding", "Severity"):
            assert f'id="{name}"' in top, name
        assert "the same key paths and messages" in top  # validate's docstring

    def test_linked_from_the_readme(self) -> None:
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert "docs/api.md" in readme
        assert "python docs/build_api.py" in (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
