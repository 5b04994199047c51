"""``kbfa check`` for CI and code review: SARIF 2.1.0, GitHub annotations, and a broken
file among good ones reported in every format while the good ones are still assessed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbfa.cli import main
from kbfa.evaluation import evaluate
from kbfa.model import Governance
from kbfa.outputs.github import annotation
from kbfa.outputs.sarif import sarif_data
from kbfa.rules import catalogue, rules_for
from strategies import governances

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "configs").glob("*.toml"))
EXAMPLE = "examples/exempelby.toml"
LINDESBERG = "configs/lindesberg.toml"
DATE = ["--as-of", "2026-11-23"]
SCHEMA_FILE = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
# Fictitious: one wrong type (a number where the kommunkod is text), nothing else wrong.
BROKEN = (
    '[municipality]\nname = "Trasig kommun"\norganisation = "kommun"\nkommunkod = 12\n\n'
    '[[organisations]]\nid = "kommun"\nname = "Trasig kommun"\nkind = "kommun"\n'
)


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths, as a workflow gives them from the repository root."""
    monkeypatch.chdir(ROOT)


@pytest.fixture
def broken(tmp_path: Path) -> str:
    path = tmp_path / "trasig.toml"
    path.write_text(BROKEN, encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def sarif_validator() -> jsonschema.Draft4Validator:
    # FormatChecker() knows uri and uri-reference (with rfc3986-validator installed), which
    # the Draft 4 checker alone would skip: an artifact URI with a space must fail.
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def errors_of(log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in sarif_validator().iter_errors(log)]


class TestSarifSchema:
    def test_vendored_schema_is_the_published_one(self) -> None:
        """The schema in tests/data is byte for byte the OASIS file (see tests/data/README.md)."""
        assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        assert schema["id"].endswith("/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")

    def test_the_validator_rejects_a_bad_log(self) -> None:
        """The validation below can fail: a wrong level and an unencoded URI are caught."""
        bad = {
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": "kbfa"}},
                    "results": [
                        {
                            "message": {"text": "x"},
                            "level": "breach",
                            "locations": [
                                {"physicalLocation": {"artifactLocation": {"uri": "a b.toml"}}}
                            ],
                        }
                    ],
                }
            ],
        }
        errors = errors_of(bad)
        assert any("'breach' is not one of" in e for e in errors)
        assert any("uri-reference" in e for e in errors)

    @pytest.mark.parametrize("lang", ["sv", "en"])
    def test_every_bundled_config_validates(
        self, capsys: pytest.CaptureFixture[str], lang: str
    ) -> None:
        """The SARIF of all bundled configs and the example is valid SARIF 2.1.0."""
        status, out, _ = run(
            capsys, "check", *CONFIGS, EXAMPLE, *DATE, "--format", "sarif", "--lang", lang
        )
        assert status == 1
        log = json.loads(out)
        assert errors_of(log) == []
        assert log["runs"][0]["results"]

    def test_a_broken_file_validates_too(
        self, capsys: pytest.CaptureFixture[str], broken: str
    ) -> None:
        """Load problems become results that are valid SARIF as well."""
        out = run(capsys, "check", LINDESBERG, broken, *DATE, "--format", "sarif")[1]
        assert errors_of(json.loads(out)) == []


class TestSarifAnyModel:
    @settings(max_examples=30, deadline=None)
    @given(governances(), st.dates())
    def test_valid_for_any_model(self, g: Governance, as_of: object) -> None:
        """Any valid model, evaluated on any date, gives valid SARIF."""
        result = evaluate(g, as_of)  # type: ignore[arg-type]
        log = sarif_data([result], rules=rules_for(g), version="0")
        assert errors_of(log) == []


class TestSarifContent:
    def log(self, capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
        out = run(capsys, "check", *argv, *DATE, "--format", "sarif")[1]
        data: dict[str, Any] = json.loads(out)
        return data

    def test_rule_metadata_comes_from_the_catalogue(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every catalogue rule is described: title, meaning, help with the fix, link, level."""
        driver = self.log(capsys, LINDESBERG)["runs"][0]["tool"]["driver"]
        rules = {r["id"]: r for r in driver["rules"]}
        for rule in catalogue():
            d = rules[rule.code]
            assert d["shortDescription"]["text"] == rule.title("sv")
            assert d["fullDescription"]["text"] == rule.paraphrase("sv")
            assert rule.how_to_fix("sv") in d["help"]["text"]
            assert d.get("helpUri") == rule.reference.url
        assert rules["KBFA-L12B"]["defaultConfiguration"]["level"] == "error"  # a "ska"
        assert rules["KBFA-B01"]["defaultConfiguration"]["level"] == "warning"  # Brå
        # Lindesberg's own rules are described from its steering document.
        own = [r for r in rules if r.startswith("KBFA-K-")]
        assert own and all("Lindesberg" in rules[r]["properties"]["reference"] for r in own)

    def test_results_are_the_open_findings_at_file_and_line(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One result per open finding, with ruleIndex, level and the config line."""
        text = run(capsys, "check", LINDESBERG, *DATE, "--format", "json")[1]
        findings = json.loads(text)["findings"]
        open_ = [f for f in findings if f["verdict"] in ("ej_uppfyllt", "delvis", "ej_bedombart")]
        run_ = self.log(capsys, LINDESBERG)["runs"][0]
        results = run_["results"]
        assert [r["ruleId"] for r in results] == [f["code"] for f in open_]
        rules = run_["tool"]["driver"]["rules"]
        levels = {"breach": "error", "warning": "warning", "info": "note"}
        for r, f in zip(results, open_, strict=True):
            assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
            assert r["level"] == levels[f["severity"]]
            assert r["properties"]["verdict"] == f["verdict"]
            physical = r["locations"][0]["physicalLocation"]
            assert physical["artifactLocation"]["uri"] == LINDESBERG
            assert physical.get("region", {}).get("startLine") == f["line"]
            assert r["message"]["text"].startswith(f["message"])

    def test_select_narrows_the_results(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--select applies to SARIF as to text: only KBFA-L12B results remain."""
        log = self.log(capsys, LINDESBERG, "--select", "KBFA-L12B")
        assert {r["ruleId"] for r in log["runs"][0]["results"]} == {"KBFA-L12B"}

    def test_deterministic(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The same input gives the same bytes (no timestamps, no absolute paths)."""
        first = run(capsys, "check", *CONFIGS, *DATE, "--format", "sarif")[1]
        assert run(capsys, "check", *CONFIGS, *DATE, "--format", "sarif")[1] == first
        assert str(ROOT) not in first

    def test_swedish_path_is_percent_encoded(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A file name with å and a space becomes a valid URI reference."""
        folder = tmp_path / "Nässjö kommun"
        folder.mkdir()
        target = folder / "nassjo.toml"
        target.write_bytes((ROOT / "configs" / "nassjo.toml").read_bytes())
        log = self.log(capsys, str(target))
        uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        assert uri["uri"].startswith("file:///") and "N%C3%A4ssj%C3%B6%20kommun" in uri["uri"]
        assert errors_of(log) == []


class TestBrokenFileAmongGoodOnes:
    """One bad file never stops the others; it is in the same output; the exit is the worst."""

    def test_text(self, capsys: pytest.CaptureFixture[str], broken: str) -> None:
        status, out, err = run(capsys, "check", EXAMPLE, LINDESBERG, broken, *DATE)
        assert status == 2 and err == ""
        assert out.startswith("Exempelby kommun (påhittad)")
        assert "Lindesbergs kommun (configs/lindesberg.toml)" in out
        assert f"{broken}: kunde inte läsas (1 problem)" in out
        assert f"{broken}:4: municipality.kommunkod: förväntade en text, fick 12" in out
        # Issue 14: Lindesberg's lägesbild analysis is unrecorded (KBFA-L4G, a warning);
        # Exempelby's survey indicator has no value yet (KBFA-B17, a note).
        assert out.rstrip().splitlines()[-1] == (
            "Totalt för 2 kommuner: 4 brister, 14 varningar, 7 att notera. 1 fil kunde inte läsas."
        )

    def test_json(self, capsys: pytest.CaptureFixture[str], broken: str) -> None:
        status, out, _ = run(
            capsys, "check", EXAMPLE, broken, LINDESBERG, *DATE, "--format", "json"
        )
        data = json.loads(out)
        assert status == 2
        records = [(m["file"], m["status"]) for m in data["municipalities"]]
        assert records == [
            (EXAMPLE, "evaluated"),
            (LINDESBERG, "evaluated"),
            (broken, "not_loaded"),
        ]
        assert data["municipalities"][2]["problems"] == [
            {
                "file": broken,
                "line": 4,
                "path": "municipality.kommunkod",
                "message": "förväntade en text, fick 12",
            }
        ]

    def test_sarif(self, capsys: pytest.CaptureFixture[str], broken: str) -> None:
        status, out, _ = run(
            capsys, "check", EXAMPLE, broken, LINDESBERG, *DATE, "--format", "sarif"
        )
        run_ = json.loads(out)["runs"][0]
        assert status == 2
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run_["results"]
        }
        assert {EXAMPLE, LINDESBERG} <= uris
        (problem,) = [r for r in run_["results"] if r["ruleId"] == "config-error"]
        assert problem["level"] == "error"
        assert problem["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}
        assert problem["message"]["text"] == ("municipality.kommunkod: förväntade en text, fick 12")

    def test_github(self, capsys: pytest.CaptureFixture[str], broken: str) -> None:
        status, out, _ = run(capsys, "check", LINDESBERG, broken, *DATE, "--format", "github")
        lines = out.splitlines()
        assert status == 2
        assert any(line.startswith("::error file=configs/lindesberg.toml,line=") for line in lines)
        assert lines[-1].startswith(f"::error file={broken},line=4,title=kbfa%3A ")

    def test_missing_file_in_every_format(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file that does not exist is one more file that could not be loaded."""
        for fmt in ("text", "json", "sarif", "github"):
            status, out, _ = run(capsys, "check", EXAMPLE, "nope.toml", *DATE, "--format", fmt)
            assert status == 2, fmt
            assert "nope.toml" in out and "finns inte" in out, fmt

    def test_exit_zero_does_not_hide_it(
        self, capsys: pytest.CaptureFixture[str], broken: str
    ) -> None:
        assert run(capsys, "check", EXAMPLE, broken, *DATE, "--exit-zero")[0] == 2

    def test_select_with_every_file_broken_shows_the_problems(
        self, capsys: pytest.CaptureFixture[str], broken: str
    ) -> None:
        """With nothing loaded, --select cannot be checked; the load problems are reported."""
        status, out, err = run(capsys, "check", broken, *DATE, "--select", "KBFA-L4")
        assert status == 2 and err == ""
        assert "kunde inte läsas" in out


class TestGithub:
    def test_levels_and_fields(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Breaches are errors, warnings warnings; each names file, line, code and reference."""
        status, out, _ = run(capsys, "check", LINDESBERG, *DATE, "--format", "github")
        lines = out.splitlines()
        assert status == 1
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
        l13b = next(line for line in lines if "title=KBFA-L13B " in line)
        assert l13b.startswith("::error file=configs/lindesberg.toml")
        assert "title=KBFA-L13B 13 § lag (2023%3A196)%3A " in l13b
        assert "::Ej uppfyllt. " in l13b and "%0AGör så här: " in l13b
        # 12 § 2 p.: the task follows from the law, the document's silence is a notice.
        l12b = next(line for line in lines if "title=KBFA-L12B " in line)
        assert l12b.startswith("::notice file=configs/lindesberg.toml,line=")
        assert "title=KBFA-L12B 12 § 2 p. lag (2023%3A196)%3A " in l12b

    def test_escaping(self) -> None:
        """A message cannot end the command: %, newlines, and : , in properties are escaped."""
        line = annotation(
            "warning", "50 % klart\nrad två", file="a,b:c.toml", line=3, title="T: x, y"
        )
        assert line == (
            "::warning file=a%2Cb%3Ac.toml,line=3,title=T%3A x%2C y::50 %25 klart%0Arad två"
        )
        assert "\n" not in line

    @given(st.text(), st.text(), st.text())
    def test_any_text_stays_one_command(self, message: str, file: str, title: str) -> None:
        """Whatever the text, the command is one line and unescapes to the text."""
        line = annotation("error", message, file=file, line=1, title=title)
        assert "\n" not in line and "\r" not in line
        data = line.split("::", 2)[2]
        unescaped = data.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        assert unescaped == message

    def test_english(self, capsys: pytest.CaptureFixture[str]) -> None:
        out = run(capsys, "check", LINDESBERG, *DATE, "--format", "github", "--lang", "en")[1]
        assert "::Not met. " in out and "What to do: " in out
