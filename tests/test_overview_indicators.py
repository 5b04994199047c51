"""kbfa overview --indikator: an indicator's latest value per municipality (issue 14, item 6).

Expected values are worked out by hand from the fixture files (examples/data/, all
values fictitious, as the files say):

- X00001 (Kolada format, examples/data/exempelby-kolada.json): Exempelby (9999) 2025
  is 6456.3 with status "Prel", the country (0000) 2025 7669.6; (6456.3 − 7669.6) /
  7669.6 = −0.1582, "15,8 % lägre".
- inbrott-per-invanare: bostadsinbrott (exempelby-bostadsinbrott.csv) per population
  (exempelby-folkmangd.json). 2025 has no population for Exempelby (".."), so the
  latest rate is 2024: 34 / 25 990 × 100 000 = 130.82 → 130.8; the country 9 654 /
  10 721 040 × 100 000 = 90.05 → 90.0; (130.82 − 90.05) / 90.05 = +0.4528, "45,3 % högre".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import kbfa.data
from builder import Builder, in_folder
from kbfa.cli import main
from kbfa.config import load
from kbfa.model import Unit
from kbfa.outputs.overview import (
    Overview,
    collect,
    collect_configs,
    export_data,
    overview_rows,
    render_json,
    xlsx_bytes,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "exempelby.toml"
DATA = ROOT / "examples" / "data"
HJO = ROOT / "configs" / "hjo.toml"
FOUR = [ROOT / "configs" / f"{name}.toml" for name in ("nassjo", "hjo", "vetlanda", "lindesberg")]
AS_OF = dt.date(2026, 11, 23)
KOLADA_SOURCE = "Påhittade värden i Koladas API-format (v3), hämtad 2026-03-02. Källa: Kolada"


@pytest.fixture(scope="module")
def overview() -> Overview:
    return collect(
        [HJO, EXAMPLE],
        as_of=AS_OF,
        indicators=["X00001", "inbrott-per-invanare", "skadegorelse-norra-skolan"],
    )


def record(overview: Overview, municipality: int, key: str) -> dict[str, Any]:
    data = export_data(overview)
    found: dict[str, Any] = data["municipalities"][municipality]["indicators"][key]
    return found


class TestValues:
    def test_a_kolada_kpi_by_its_id(self, overview: Overview) -> None:
        """Asked by the KPI the municipality's indicator reads: the latest year, its status,
        the country's value for the same year, the position, and Kolada's credit."""
        assert record(overview, 1, "X00001") == {
            "indicator": "anmalda-brott",
            "value": 6456.3,
            "year": 2025,
            "value_status": "preliminary",
            "country": 7669.6,
            "position": "lower",
            "relative": -0.1582,
            "missing": None,
            "source": KOLADA_SOURCE,
        }

    def test_a_rate_kbfa_computes_by_the_indicators_id(self, overview: Overview) -> None:
        """2025 has no population for Exempelby, so its rate is missing and 2024 is the
        latest; a rate kbfa computed is credited to kbfa, naming both files."""
        found = record(overview, 1, "inbrott-per-invanare")
        assert (found["value"], found["year"], found["value_status"]) == (130.8, 2024, "final")
        assert (found["country"], found["position"], found["relative"]) == (90.0, "higher", 0.4528)
        assert found["source"] == (
            "beräknat av kbfa ur Påhittad export i stil med Brås statistikdatabas över anmälda "
            "brott, hämtad 2026-03-02; Påhittad tabell i SCB:s format (befolkningsstatistik, "
            "BE0101), hämtad 2026-02-25"
        )

    def test_a_count_is_not_per_inhabitant(self, overview: Overview) -> None:
        """The EST count at one school is no rate: empty, and why."""
        found = record(overview, 1, "skadegorelse-norra-skolan")
        assert found["value"] is None
        assert found["missing"] == "not_a_rate"
        assert found["indicator"] == "skadegorelse-norra-skolan"

    def test_a_municipality_without_the_data_is_empty_never_0(self, overview: Overview) -> None:
        for key in ("X00001", "inbrott-per-invanare"):
            assert record(overview, 0, key) == {
                "indicator": None,
                "value": None,
                "year": None,
                "value_status": None,
                "country": None,
                "position": None,
                "relative": None,
                "missing": "no_indicator",
                "source": None,
            }

    def test_columns_are_titled_from_the_first_config_that_has_them(
        self, overview: Overview
    ) -> None:
        """Hjo has none; Exempelby's titles are used. A key nobody has keeps its name."""
        assert export_data(overview)["indicators"][:2] == [
            {"key": "X00001", "title": "Anmälda brott per 100 000 invånare", "unit": "per_100000"},
            {
                "key": "inbrott-per-invanare",
                "title": "Bostadsinbrott per 100 000 invånare",
                "unit": "per_100000",
            },
        ]
        nobody = collect_configs([load(HJO)], as_of=AS_OF, indicators=["X99999", "X99999"])
        assert [(c.key, c.title) for c in nobody.indicators] == [("X99999", "X99999")]


def tmp_example(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "data")
    config = tmp_path / "exempelby.toml"
    shutil.copy(EXAMPLE, config)
    return config


class TestData:
    def test_unreadable_data_leaves_the_cell_empty(self, tmp_path: Path) -> None:
        """A broken data file: the overview still runs; the cell says the statistics could
        not be read (kbfa check names the file, row and column)."""
        config = tmp_example(tmp_path)
        (tmp_path / "data" / "exempelby-kolada.json").write_text("{", encoding="utf-8")
        found = collect([config], as_of=AS_OF, indicators=["X00001"])
        data = export_data(found)["municipalities"][0]["indicators"]["X00001"]
        assert (data["indicator"], data["value"], data["missing"]) == (
            "anmalda-brott",
            None,
            "not_read",
        )

    def test_statistics_are_read_once_by_the_check_and_reused(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The rules read a config's data once; the indicator columns take the values from
        the evaluation rather than read the files again."""
        calls: list[object] = []
        real = kbfa.data.read_statistics

        def counting(config: Any, **kw: Any) -> Any:
            calls.append(config)
            return real(config, **kw)

        monkeypatch.setattr(kbfa.data, "read_statistics", counting)
        collect([EXAMPLE], as_of=AS_OF)
        assert len(calls) == 1
        calls.clear()
        collect([EXAMPLE], as_of=AS_OF, indicators=["X00001", "inbrott-per-invanare"])
        assert len(calls) == 1

    def test_nothing_is_read_for_configs_without_data(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The four bundled configs have no statistics: asking for an indicator opens no file."""

        def refuse(config: Any, **kw: Any) -> Any:
            raise AssertionError("a data file was read")

        monkeypatch.setattr(kbfa.data, "read_statistics", refuse)
        found = collect(FOUR, as_of=AS_OF, indicators=["X00001"])
        assert [r.indicators["X00001"].missing for r in found.rows] == ["no_indicator"] * 4

    def test_per_1000_is_shown_per_100000(self, tmp_path: Path) -> None:
        """A rate per 1 000 inhabitants is multiplied by 100: 1,25 → 125.0; the country's
        1,00 → 100.0, 25 % higher."""
        (tmp_path / "brott.csv").write_text(
            "Region;År;Serie;Värde\n1234;2024;Brott;1,25\n0000;2024;Brott;1,00\n",
            encoding="utf-8",
        )
        b = (
            Builder()
            .kommunkod("1234")
            .table("brott", "brott.csv", "2025-03-01", unit=Unit.PER_1000)
            .indicator("brott", data="brott", series="Brott", unit=Unit.PER_1000)
        )
        found = collect_configs([in_folder(b.build(), tmp_path)], as_of=AS_OF, indicators=["Brott"])
        value = found.rows[0].indicators["Brott"]
        assert (value.value, value.year, value.country, value.position) == (
            125.0,
            2024,
            100.0,
            "higher",
        )
        assert value.relative == 0.25

    def test_a_year_still_running_when_retrieved_is_left_out(self, tmp_path: Path) -> None:
        """Retrieved 2025-06-01: the 2025 value is part of a year, so 2024 is the latest;
        the country has no 2024 value, so there is no position."""
        (tmp_path / "brott.csv").write_text(
            "Region;År;Serie;Värde\n1234;2024;Brott;101,5\n1234;2025;Brott;40,0\n"
            "0000;2025;Brott;90,0\n",
            encoding="utf-8",
        )
        b = (
            Builder()
            .kommunkod("1234")
            .table("brott", "brott.csv", "2025-06-01")
            .indicator("brott", data="brott", series="Brott")
        )
        found = collect_configs([in_folder(b.build(), tmp_path)], as_of=AS_OF, indicators=["brott"])
        value = found.rows[0].indicators["brott"]
        assert (value.value, value.year, value.country, value.position) == (101.5, 2024, None, None)
        rows = overview_rows(found)
        assert rows[1][rows[0].index("Indikatorn brott: jämfört med riket")] == (
            "riket saknar värde för 2024"
        )


class TestEveryFormat:
    def test_json_validates_against_the_schema(self, overview: Overview) -> None:
        schema = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls(schema, format_checker=cls.FORMAT_CHECKER).validate(json.loads(render_json(overview)))

    def test_without_indicators_the_records_say_so(self) -> None:
        data = export_data(collect([HJO], as_of=AS_OF))
        assert data["indicators"] == []
        assert data["municipalities"][0]["indicators"] == {}

    def test_csv(self, overview: Overview) -> None:
        """Four columns per indicator after the counts, before the note; a decimal comma."""
        header, hjo, exempelby = overview_rows(overview)
        at = header.index("Anmälda brott per 100 000 invånare: senaste värdet")
        assert header[at - 1] == "Att notera" and header[-1] == "Anmärkning"
        assert header[at : at + 4] == [
            "Anmälda brott per 100 000 invånare: senaste värdet",
            "Anmälda brott per 100 000 invånare: år",
            "Anmälda brott per 100 000 invånare: jämfört med riket",
            "Anmälda brott per 100 000 invånare: källa",
        ]
        assert exempelby[at : at + 4] == [
            "6456,3",
            "2025, preliminärt",
            "15,8 % lägre än riket",
            KOLADA_SOURCE,
        ]
        assert hjo[at : at + 4] == ["", "", "uppgift saknas: kommunen har inte indikatorn", ""]
        school = header.index("Skadegörelse vid Norra skolan (EST): per 100 000 inv.")
        assert exempelby[school + 2] == "uppgift saknas: indikatorn anges inte per invånare"

    def test_the_csv_file_reads_as_numbers_in_excel_terms(self, tmp_path: Path) -> None:
        out = tmp_path / "o.csv"
        assert main(["overview", str(HJO), str(EXAMPLE), "--indikator", "X00001", "-o",
                     str(out), "--as-of", "2026-11-23", "--exit-zero", "-q"]) == 0  # fmt: skip
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
        at = rows[0].index("Anmälda brott per 100 000 invånare: senaste värdet")
        assert [r[at] for r in rows[1:]] == ["", "6456,3"]

    def test_xlsx(self, overview: Overview, tmp_path: Path) -> None:
        """A value is a number cell; no value an empty cell, never 0."""
        import openpyxl

        out = tmp_path / "o.xlsx"
        out.write_bytes(xlsx_bytes(overview))
        sheet = openpyxl.load_workbook(out)["Kommuner"]
        header = [c.value for c in sheet[1]]
        at = header.index("Bostadsinbrott per 100 000 invånare: senaste värdet") + 1
        assert [sheet.cell(row, at).value for row in (2, 3)] == [None, 130.8]
        assert [sheet.cell(row, at + 1).value for row in (2, 3)] == [None, "2024"]
        assert sheet.cell(3, at + 2).value == "45,3 % högre än riket"
        legend = [
            [c.value for c in row] for row in openpyxl.load_workbook(out)["Förklaringar"].rows
        ]
        assert any(r[0] == "Indikatorerna" for r in legend)
        titles = {r[0]: r[2] for r in legend if len(r) > 2 and r[2]}
        assert titles["Anmälda brott per 100 000 invånare"] == "X00001"

    def test_word(self, overview: Overview) -> None:
        from kbfa.outputs.overview._docx import build_docx

        doc = build_docx(overview)
        headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
        assert "Indikator: Anmälda brott per 100 000 invånare" in headings
        tables = [[[c.text for c in r.cells] for r in t.rows] for t in doc.tables]
        table = next(t for t in tables if t[0][1] == "Per 100 000 invånare" and "6" in t[2][1])
        assert table == [
            ["Kommun", "Per 100 000 invånare", "År", "Jämfört med riket"],
            ["Hjo kommun", "", "", "uppgift saknas: kommunen har inte indikatorn"],
            [
                "Exempelby kommun (påhittad)",
                "6\u00a0456,3",
                "2025, preliminärt",
                "15,8 % lägre än riket",
            ],
        ]
        text = "\n".join(p.text for p in doc.paragraphs)
        assert f"Exempelby kommun (påhittad): {KOLADA_SOURCE}" in text

    def test_english(self) -> None:
        found = collect([EXAMPLE], as_of=AS_OF, lang="en", indicators=["X00001"])
        header, row = overview_rows(found)
        at = header.index("Anmälda brott per 100 000 invånare: latest value")
        assert row[at : at + 3] == ["6456,3", "2025, preliminary", "15.8% lower than the country"]

    def test_library_writes_the_columns(self) -> None:
        import kbfa

        out = io.BytesIO()
        kbfa.write_overview([load(EXAMPLE)], out, format="json", as_of=AS_OF, indicators=["X00001"])
        data = json.loads(out.getvalue())
        assert data["municipalities"][0]["indicators"]["X00001"]["value"] == 6456.3

    def test_a_file_that_cannot_be_read(self, tmp_path: Path) -> None:
        broken = tmp_path / "trasig.toml"
        broken.write_text("[municipality\n", encoding="utf-8")
        found = collect([broken, EXAMPLE], as_of=AS_OF, indicators=["X00001"])
        data = export_data(found)
        assert data["municipalities"][0]["indicators"] == {}
        header, first, _ = overview_rows(found)
        at = header.index("Anmälda brott per 100 000 invånare: senaste värdet")
        assert first[at : at + 3] == ["", "", "kunde inte läsas"]
