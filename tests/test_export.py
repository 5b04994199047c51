"""The JSON export of many municipalities validates against its own documented schema."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kbfa.outputs.overview import EXPORT_VERSION, Overview, collect, export_data, render_json

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "export-schema.json"
FOUR = [ROOT / "configs" / f"{name}.toml" for name in ("nassjo", "hjo", "vetlanda", "lindesberg")]
AS_OF = dt.date(2025, 12, 31)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Overview:
    broken = tmp_path_factory.mktemp("export") / "trasig.toml"
    broken.write_text('[municipality]\nname = "K"\norganisation = 7\n', encoding="utf-8")
    return collect([*FOUR, broken], as_of=AS_OF)


@pytest.fixture(scope="module")
def exported(overview: Overview) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(overview))
    return data


class TestSchema:
    def test_export_validates(
        self, exported: dict[str, Any], validator: jsonschema.protocols.Validator
    ) -> None:
        """The export of the four municipalities and a broken file is valid against the schema."""
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(exported)]
        assert errors == []

    def test_english_export_validates(self, validator: jsonschema.protocols.Validator) -> None:
        """The export in English is valid too."""
        data = json.loads(render_json(collect(FOUR[:1], as_of=AS_OF, lang="en")))
        assert data["lang"] == "en"
        validator.validate(data)

    def test_schema_is_draft_2020_12_with_a_version(self, schema: dict[str, Any]) -> None:
        """The schema names its draft and pins the version field to the code's version."""
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["properties"]["version"] == {
            "const": EXPORT_VERSION,
            "description": "Major version of this format.",
        }

    @pytest.mark.parametrize(
        ("change", "where"),
        [
            (lambda d: d["findings"][0].update(verdict="bra"), "verdict"),
            (lambda d: d["findings"][0].pop("code"), "code"),
            (lambda d: d.update(version=1), "version"),
            (lambda d: d["municipalities"][0].update(extra=1), "extra"),
            (lambda d: d["totals"]["4"]["design"].update(uppfyllt=-1), "uppfyllt"),
            (lambda d: d["duty_verdicts"][0].update(level="both"), "level"),
            (lambda d: d["findings"][0].update(situation="maybe"), "situation"),
            (lambda d: d["municipalities"][4].update(problems=[]), "problems"),
            (lambda d: d.update(as_of="31/12/2025"), "as_of"),
        ],
    )
    def test_schema_rejects_a_damaged_export(
        self,
        exported: dict[str, Any],
        validator: jsonschema.protocols.Validator,
        change: Any,
        where: str,
    ) -> None:
        """A wrong value, a missing or unknown field, or another version fails validation."""
        damaged = copy.deepcopy(exported)
        change(damaged)
        assert not validator.is_valid(damaged), where


class TestContent:
    def test_header(self, exported: dict[str, Any]) -> None:
        """The export says what it is, its version, date and language."""
        assert exported["format"] == "kbfa-export"
        assert exported["version"] == 2
        assert exported["as_of"] == "2025-12-31"
        assert exported["lang"] == "sv"
        assert exported["generator"].startswith("kbfa ")

    def test_every_finding_is_exported_flat(
        self, exported: dict[str, Any], overview: Overview
    ) -> None:
        """Each finding of each municipality is one record, in order, joined on the file."""
        expected = [
            (str(r.file), f.code, f.verdict.value, f.message)
            for r in overview.evaluated
            for f in (r.result.findings if r.result else ())
        ]
        got = [(f["file"], f["code"], f["verdict"], f["message"]) for f in exported["findings"]]
        assert got == expected
        files = {m["file"] for m in exported["municipalities"] if m["status"] == "evaluated"}
        assert {f["file"] for f in exported["findings"]} == files

    def test_findings_carry_their_duty_and_place(self, exported: dict[str, Any]) -> None:
        """A law finding names its duty; a finding about a key names its line and key path."""
        lindesberg = [f for f in exported["findings"] if f["municipality"] == "Lindesbergs kommun"]
        contact = next(f for f in lindesberg if f["code"] == "KBFA-L12B")
        assert contact["duty"] == "11-12"
        # 12 § 2 p. gives the function the task by law; the riktlinje's silence is information.
        assert (contact["verdict"], contact["situation"]) == ("ej_bedombart", "law_fills")
        assert contact["severity"] == "info"
        assert contact["strength"] == "must"
        assert contact["path"] == "coordination.tasks"
        assert isinstance(contact["line"], int)
        keys = {d["key"] for d in exported["duties"]}
        assert all(f["duty"] in keys or f["duty"] is None for f in exported["findings"])

    def test_municipality_verdicts_match_the_overview(
        self, exported: dict[str, Any], overview: Overview
    ) -> None:
        """Each municipality record holds the overview's design and practice verdict per duty."""
        for record, row in zip(exported["municipalities"], overview.rows, strict=True):
            assert record["verdicts"] == {
                k: {
                    "design": v.design.verdict.value if v.design else None,
                    "practice": v.practice.verdict.value if v.practice else None,
                }
                for k, v in row.verdicts.items()
            }
            assert record["breaches"] == row.breaches

    def test_duty_verdicts_are_a_flat_table(self, exported: dict[str, Any]) -> None:
        """One record per municipality, duty and level; Vetlanda's 10 § rests on 'verka för'."""
        vetlanda = {
            (r["duty"], r["level"]): r
            for r in exported["duty_verdicts"]
            if r["municipality"] == "Vetlanda kommun"
        }
        council = vetlanda[("10", "design")]
        assert (council["verdict"], council["strength"], council["breach"]) == (
            "ej_uppfyllt",
            "best_effort",
            False,
        )
        assert council["rests_on"] == "KBFA-L10A"
        assert ("4", "practice") not in vetlanda  # 4 § has no practice rule

    def test_broken_file_record(self, exported: dict[str, Any]) -> None:
        """A file that could not be loaded is a record with every problem and no verdicts."""
        record = exported["municipalities"][4]
        assert record["status"] == "not_loaded"
        assert record["name"] is None
        assert record["verdicts"] == {}
        assert record["problems"][0]["line"] == 3
        assert record["problems"][0]["path"] == "municipality.organisation"

    def test_totals_match_the_overview(self, exported: dict[str, Any], overview: Overview) -> None:
        """The totals are the overview's, and each duty's add up to the number of files."""
        from kbfa.evaluation import Level

        for level in (Level.DESIGN, Level.PRACTICE):
            for key, t in overview.totals(level).items():
                record = exported["totals"][key][level.value]
                assert record["not_loaded"] == t.not_read == 1
                assert sum(record.values()) == 5
                for v, n in t.counts.items():
                    assert record[v.value] == n

    def test_deterministic(self, overview: Overview) -> None:
        """The same overview gives the same text (no clock, stable order)."""
        assert render_json(overview) == render_json(overview)
        assert export_data(overview) == json.loads(render_json(overview))
