"""The JSON export validates against its schema: the overview's and kbfa check's, one shape."""

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
            (
                lambda d: d["municipalities"][0].update(
                    problems=d["municipalities"][4]["problems"]
                ),
                "ok with problems",
            ),
            (lambda d: d["municipalities"][0].update(format_version=None), "format_version"),
            (lambda d: d["findings"][0].update(kommunkod=682), "kommunkod as a number"),
            (lambda d: d["findings"][0].update(municipality=None), "finding without municipality"),
            (lambda d: d["findings"][0].pop("as_of"), "finding without date"),
            (lambda d: d["duty_verdicts"][0].pop("lan"), "duty verdict without län"),
            (lambda d: d["municipalities"][0]["duties"]["4"].update(design="uppfyllt"), "duties"),
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
        assert exported["version"] == 3
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
        """Each municipality record holds the overview's design and practice verdict per duty,
        with the strength and the rules it rests on."""
        for record, row in zip(exported["municipalities"], overview.rows, strict=True):
            assert {
                k: {lv: (d["verdict"], d["strength"]) if d else None for lv, d in v.items()}
                for k, v in record["duties"].items()
            } == {
                k: {
                    "design": (v.design.verdict.value, v.design.strength.value)
                    if v.design
                    else None,
                    "practice": (v.practice.verdict.value, v.practice.strength.value)
                    if v.practice
                    else None,
                }
                for k, v in row.verdicts.items()
            }
            assert record["breaches"] == row.breaches
        vetlanda = exported["municipalities"][2]
        assert vetlanda["municipality"] == "Vetlanda kommun"
        assert vetlanda["duties"]["10"]["design"] == {
            "verdict": "ej_uppfyllt",
            "strength": "best_effort",
            "interpretation": False,
            "rests_on": ["KBFA-L10A"],
            "breach": False,
        }

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
        assert ("7", "practice") not in vetlanda  # 7 § has no practice rule

    def test_broken_file_record(self, exported: dict[str, Any]) -> None:
        """A file that could not be loaded is a record with every problem and no verdicts."""
        record = exported["municipalities"][4]
        assert record["status"] == "not_loaded"
        assert record["municipality"] is None
        assert record["format_version"] is None
        assert record["as_of"] == "2025-12-31"  # the run's date
        assert record["duties"] == {}
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


EXAMPLE = ROOT / "examples" / "exempelby.toml"


def _check_json(*args: str) -> dict[str, Any]:
    import contextlib
    import io

    from kbfa.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", *args, "--format", "json", "--exit-zero"])
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


class TestOneShape:
    """kbfa check --format json and kbfa overview -o x.json: one shape, one schema."""

    def test_check_json_validates_against_the_export_schema(
        self, validator: jsonschema.protocols.Validator, tmp_path: Path
    ) -> None:
        """check's JSON, with a file that could not be loaded, is valid against the schema."""
        broken = tmp_path / "trasig.toml"
        broken.write_text("[municipality\n", encoding="utf-8")
        data = _check_json(*map(str, FOUR), str(EXAMPLE), str(broken), "--as-of", "2025-12-31")
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []
        assert [m["status"] for m in data["municipalities"]] == ["evaluated"] * 5 + ["not_loaded"]
        assert "TOML-syntaxfel" in data["municipalities"][5]["problems"][0]["message"]

    def test_check_and_overview_write_the_same_document(self, tmp_path: Path) -> None:
        """For files that load, check's JSON is the overview's export, byte for byte."""
        from kbfa.cli import main

        files = [str(FOUR[1]), str(EXAMPLE)]
        out = tmp_path / "export.json"
        main(["overview", *files, "-o", str(out), "--as-of", "2025-12-31"])
        assert _check_json(*files, "--as-of", "2025-12-31") == json.loads(out.read_text("utf-8"))

    def test_select_keeps_the_shape(self, validator: jsonschema.protocols.Validator) -> None:
        """check --select narrows the findings; the document stays valid."""
        data = _check_json(str(FOUR[3]), "--select", "KBFA-L12B", "--as-of", "2025-12-31")
        validator.validate(data)
        assert [f["code"] for f in data["findings"]] == ["KBFA-L12B"]

    def test_every_record_says_who_when_and_in_which_format(self) -> None:
        """Every record of every table carries municipality, kommunkod, län, the assessment
        date, the config-format version and the file (exempelby states 9999, Exempellän)."""
        data = _check_json(str(EXAMPLE), str(FOUR[0]), "--as-of", "2026-03-01")
        expected = {
            str(EXAMPLE): ("Exempelby kommun (påhittad)", "9999", "Exempellän (påhittat)"),
            # Nässjö's plan names neither kommunkod nor län, so the config does not either.
            str(FOUR[0]): ("Nässjö kommun", None, None),
        }
        for table in ("municipalities", "duty_verdicts", "findings"):
            assert data[table]
            for record in data[table]:
                assert list(record)[:6] == [
                    "municipality", "kommunkod", "lan", "as_of", "format_version", "file",
                ]  # fmt: skip
                name, code, lan = expected[record["file"]]
                assert (record["municipality"], record["kommunkod"], record["lan"]) == (
                    name,
                    code,
                    lan,
                )
                assert (record["as_of"], record["format_version"]) == ("2026-03-01", 1)

    def test_a_column_group_is_added_in_one_place(
        self,
        monkeypatch: pytest.MonkeyPatch,
        overview: Overview,
        tmp_path: Path,
    ) -> None:
        """A group put in GROUPS appears in the JSON record, the schema, the CSV and the
        workbook, where it stands (the way docs/export.md tells a developer to add one)."""
        import openpyxl

        from kbfa.outputs.overview import _columns, export_schema, overview_rows, xlsx_bytes
        from kbfa.outputs.overview._sheet import Field, number

        letters = Field(
            "name_length",
            {"type": ["integer", "null"], "description": "Letters in the name."},
            {"sv": "Bokstäver", "en": "Letters"},
            number,
        )
        group = _columns.FieldGroup(
            (letters,),
            lambda row, _: {"name_length": len(row.municipality) if row.municipality else None},
        )
        groups = list(_columns.GROUPS)
        monkeypatch.setattr(_columns, "GROUPS", (*groups[:2], group, *groups[2:]))

        data = export_data(overview)
        assert [m["name_length"] for m in data["municipalities"]] == [13, 10, 15, 18, None]
        schema = export_schema()
        cls = jsonschema.validators.validator_for(schema)
        cls(schema).validate(json.loads(json.dumps(data)))
        record = schema["properties"]["municipalities"]["items"]
        assert "name_length" in record["required"]
        header = overview_rows(overview)[0]
        at = header.index("Bokstäver")
        assert header[at - 1].endswith("(genomförande)")  # after the duties
        assert header[at + 1] == "Brister"  # before the counts
        assert [r[at] for r in overview_rows(overview)[1:]] == ["13", "10", "15", "18", ""]
        out = tmp_path / "o.xlsx"
        out.write_bytes(xlsx_bytes(overview))
        sheet = openpyxl.load_workbook(out)["Kommuner"]
        assert [c.value for c in next(sheet.iter_cols(min_col=at + 1))] == [
            "Bokstäver", 13, 10, 15, 18, None,
        ]  # fmt: skip


def test_schema_file_is_generated_from_the_code() -> None:
    """docs/export-schema.json is what `python -m kbfa.docs` writes (never edited by hand)."""
    from kbfa.outputs.overview import export_schema_text

    # A comparison with the code on purpose (the committed file must not drift); the export
    # itself is validated against the schema, and its values checked, in the tests above.
    assert SCHEMA_FILE.read_text(encoding="utf-8") == export_schema_text()
