"""``kbfa check``, ``kbfa rules`` and ``kbfa explain``: exit codes, formats, filters, languages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kbfa.cli import main
from kbfa.rules import catalogue

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "exempelby.toml")
LINDESBERG = str(ROOT / "configs" / "lindesberg.toml")
DATE = ["--as-of", "2026-11-23"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestExitStatus:
    def test_zero_when_nothing_at_the_fail_level(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The example has warnings only, so the default fail level (breach) exits 0."""
        assert run(capsys, "check", EXAMPLE, *DATE)[0] == 0

    def test_one_when_a_warning_counts(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--fail-level warning makes the example's two warnings fail the run."""
        assert run(capsys, "check", EXAMPLE, *DATE, "--fail-level", "warning")[0] == 1

    def test_one_on_breaches(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Lindesberg has breaches of the law as of 2026-11-23: exit 1."""
        assert run(capsys, "check", LINDESBERG, *DATE)[0] == 1

    def test_ignored_breaches_do_not_fail(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Ignoring every rule with breaches leaves nothing at the breach level."""
        status, _, _ = run(
            capsys, "check", LINDESBERG, *DATE, "--ignore", "KBFA-L", "--ignore", "KBFA-K"
        )
        assert status == 0

    def test_exit_zero_reports_but_does_not_fail(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--exit-zero prints Lindesberg's breaches but exits 0."""
        status, out, _ = run(capsys, "check", LINDESBERG, *DATE, "--exit-zero")
        assert status == 0
        assert "Brister mot lagen" in out

    def test_exit_zero_still_two_on_bad_input(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--exit-zero does not hide bad input: a missing file still exits 2."""
        assert run(capsys, "check", "nope.toml", "--exit-zero")[0] == 2

    def test_two_on_a_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that does not exist is bad input: exit 2, the file named in the report."""
        status, out, err = run(capsys, "check", "nope.toml")
        assert (status, err) == (2, "")
        assert "nope.toml: filen finns inte" in out

    def test_two_on_a_broken_config(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A config the loader rejects is reported with file and line: exit 2."""
        bad = tmp_path / "bad.toml"
        bad.write_text('[municipality]\nname = "X"\norganisation = 3\n', encoding="utf-8")
        status, out, _ = run(capsys, "check", str(bad))
        assert status == 2
        assert f"{bad}:3: municipality.organisation: " in out

    def test_two_on_a_bad_date(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An --as-of that is not a date is a usage error (argparse exits 2)."""
        assert main(["check", EXAMPLE, "--as-of", "23/11/2026"]) == 2
        assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err

    def test_two_on_an_unknown_select(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A --select that matches no rule is a usage error, not a silent clean run."""
        status, _, err = run(capsys, "check", EXAMPLE, *DATE, "--select", "KBFA-X")
        assert status == 2
        assert "--select KBFA-X" in err


class TestJson:
    def test_identical_for_identical_input(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Two runs give byte-identical JSON (no timestamps)."""
        first = run(capsys, "check", EXAMPLE, LINDESBERG, *DATE, "--format", "json")[1]
        second = run(capsys, "check", EXAMPLE, LINDESBERG, *DATE, "--format", "json")[1]
        assert first == second

    def test_the_versioned_export(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The document is the export, version 3 (docs/export.md): one municipality record
        per file, in a fixed key order (the export's, not sorted), UTF-8 unescaped."""
        out = run(capsys, "check", EXAMPLE, LINDESBERG, *DATE, "--format", "json")[1]
        data = json.loads(out)
        assert (data["format"], data["version"], data["as_of"]) == ("kbfa-export", 3, "2026-11-23")
        assert [r["municipality"] for r in data["municipalities"]] == [
            "Exempelby kommun (påhittad)",
            "Lindesbergs kommun",
        ]
        assert list(data) == [
            "format", "version", "generator", "as_of", "lang", "verdicts", "duties",
            "indicators", "municipalities", "duty_verdicts", "findings", "totals",
        ]  # fmt: skip
        assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def test_finding_fields(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A finding carries code, verdict, situation, severity, level, reference, location, fix."""
        out = run(capsys, "check", LINDESBERG, *DATE, "--format", "json", "--select", "KBFA-L12B")
        (f,) = json.loads(out[1])["findings"]
        assert f["code"] == "KBFA-L12B"
        # 004:86 does not name the contact point; 12 § 2 p. gives the task: information only.
        assert (f["verdict"], f["situation"], f["severity"], f["level"]) == (
            "ej_bedombart",
            "law_fills",
            "info",
            "design",
        )
        assert (f["strength"], f["interpretation"], f["explanation"]) == ("must", False, None)
        assert f["reference"] == "12 § 2 p. lag (2023:196)"
        assert f["url"] == "https://lagen.nu/2023:196#P12"
        assert (f["file"], f["path"]) == (LINDESBERG, "coordination.tasks")
        assert isinstance(f["line"], int)
        assert (f["source"], f["title"]) == ("law", "Samordningsfunktionen är kontaktpunkt")
        assert "contact_point" in f["fix"]

    def test_summary_and_duties(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Each municipality has a design and a practice verdict per duty and counts of open
        findings."""
        out = run(capsys, "check", EXAMPLE, *DATE, "--format", "json")[1]
        result = json.loads(out)["municipalities"][0]
        design = {k: v["design"]["verdict"] for k, v in result["duties"].items() if v["design"]}
        practice = {
            k: v["practice"]["verdict"] for k, v in result["duties"].items() if v["practice"]
        }
        assert set(design.values()) == set(practice.values()) == {"uppfyllt"}
        # 9 §: the agreements' content (9 § 2 st., a "ska") decides; "verka för" only without it.
        assert result["duties"]["9"]["design"] == {
            "verdict": "uppfyllt",
            "strength": "must",
            "interpretation": False,
            "rests_on": ["KBFA-L9B"],
            "breach": False,
        }
        assert result["duties"]["8"]["design"]["strength"] == "best_effort"
        # 4 § in practice: statistics for the lägesbild's year (L4F) and its analysis (L4G).
        assert result["duties"]["4"]["practice"]["rests_on"] == ["KBFA-L4F", "KBFA-L4G"]
        assert result["duties"]["7"]["practice"] is None
        # The one note: the survey indicator with no values yet (KBFA-B17).
        assert (result["breaches"], result["warnings"], result["notes"]) == (0, 2, 1)


class TestText:
    def test_swedish_for_the_coordinator(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Text output names the municipality, groups breaches, says where and what to do."""
        out = run(capsys, "check", LINDESBERG, *DATE)[1]
        assert out.startswith("Lindesbergs kommun (")
        assert "utformning" in out.splitlines()[3] and "genomförande" in out.splitlines()[3]
        assert "Brister mot lagen" in out
        assert "Var: " in out and "rad " in out and "Gör så här: " in out
        assert "Sammanfattning: " in out.splitlines()[-1]

    def test_english_on_request(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--lang en gives English headings and verdict words."""
        out = run(capsys, "check", LINDESBERG, *DATE, "--lang", "en")[1]
        assert "Breaches of the Act" in out
        assert "Not met." in out

    def test_several_files_get_a_total(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With several municipalities the text ends with a total line."""
        out = run(capsys, "check", EXAMPLE, LINDESBERG, *DATE)[1]
        assert out.rstrip().splitlines()[-1].startswith("Totalt för 2 kommuner:")

    @pytest.mark.parametrize("format", ["text", "json"])
    def test_check_does_not_import_word(self, format: str) -> None:
        """kbfa check stays light: neither python-docx, matplotlib nor openpyxl is imported."""
        code = (
            "import sys; from kbfa.cli import main;"
            f"main(['check', {EXAMPLE!r}, '--as-of', '2026-11-23', '--format', {format!r}]);"
            "print(any(m in sys.modules for m in ('docx', 'matplotlib', 'openpyxl')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        ).stdout
        assert out.strip().splitlines()[-1] == "False"


class TestRulesAndExplain:
    def test_rules_lists_the_catalogue(self, capsys: pytest.CaptureFixture[str]) -> None:
        """kbfa rules lists every catalogue code."""
        status, out, _ = run(capsys, "rules")
        assert status == 0
        assert all(r.code in out for r in catalogue())

    def test_rules_with_a_file_lists_its_own_rules(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Given a config, kbfa rules adds the municipality's own rules."""
        out = run(capsys, "rules", LINDESBERG)[1]
        assert "Lindesbergs kommun: egna regler" in out
        assert "KBFA-K-lb-signering" in out and "KBFA-KP-lb-est-moten" in out

    def test_explain_prints_reference_and_remedy(self, capsys: pytest.CaptureFixture[str]) -> None:
        """kbfa explain shows the reference, link, meaning, what satisfies it and how to fix."""
        status, out, _ = run(capsys, "explain", "KBFA-L6A")
        assert status == 0
        for text in (
            "6 § lag (2023:196)",
            "https://lagen.nu/2023:196#P6",
            "Innebörd:",
            "Uppfylls när:",
            "Så åtgärdar du:",
        ):
            assert text in out

    def test_explain_a_local_rule_with_its_config(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A local code is explained from the config it belongs to, citing the document."""
        status, out, _ = run(capsys, "explain", "KBFA-K-lb-signering", LINDESBERG)
        assert status == 0
        assert 'avsnitt "2. Struktur"' in out
        assert "signeras av kommundirektören" in out

    def test_explain_unknown_code(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown code exits 2 and suggests the family it resembles."""
        status, _, err = run(capsys, "explain", "KBFA-L6")
        assert status == 2
        assert "KBFA-L6A" in err

    def test_explain_local_code_without_config(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A local code without a config says that the config is needed."""
        status, _, err = run(capsys, "explain", "KBFA-K-lb-signering")
        assert status == 2
        assert "kräver konfigurationen" in err


class TestCountWords:
    def test_singular_and_plural(self) -> None:
        """Counts read as Swedish: "1 brist" but "2 brister", "1 kommun" but "2 kommuner"."""
        from kbfa.outputs.findings_text import _counted

        words = _counted({"breach": 1, "warning": 2, "info": 1, "n": 1}, "sv")
        assert words == {
            "breach": "1 brist",
            "warning": "2 varningar",
            "info": "1",
            "n": "1 kommun",
        }
        assert _counted({"breach": 2, "n": 4}, "en") == {
            "breach": "2 breaches",
            "n": "4 municipalities",
        }
