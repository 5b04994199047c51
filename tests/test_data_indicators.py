"""indicator_data(): each indicator's series for the municipality, county and country.

The numbers asserted are recomputed here from examples/data/ (fictitious figures in
the real formats), so a wrong join, scale or status in the library fails the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kbfa.cli import main
from kbfa.config import load, loads
from kbfa.data import Area, Status, indicator_data
from kbfa.errors import ConfigError, DataError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "exempelby.toml"
DATA = ROOT / "examples" / "data"


@pytest.fixture(scope="module")
def results() -> dict[str, object]:
    return {r.indicator.id: r for r in indicator_data(load(EXAMPLE))}


def csv_counts() -> dict[tuple[str, int], str]:
    lines = (DATA / "exempelby-bostadsinbrott.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    codes = {"Exempelby": "9999", "Exempellän": "0099", "Hela landet": "0000"}
    return {(codes[r[0]], int(r[1])): r[3] for r in (line.split(";") for line in lines)}


def populations() -> dict[tuple[str, int], float | None]:
    doc = json.loads((DATA / "exempelby-folkmangd.json").read_text(encoding="utf-8"))
    regions = list(doc["dimension"]["Region"]["category"]["index"])
    years = list(doc["dimension"]["Tid"]["category"]["index"])
    code = {"9999": "9999", "99": "0099", "00": "0000"}
    return {
        (code[r], int(y)): doc["value"][i * len(years) + j]
        for i, r in enumerate(regions)
        for j, y in enumerate(years)
    }


class TestRates:
    def test_a_rate_is_count_over_population_times_100000(self, results: dict[str, object]) -> None:
        """Every area and year: the CSV's count / the JSON-stat population × 100 000."""
        r = results["inbrott-per-invanare"]
        counts, pops = csv_counts(), populations()
        checked = 0
        for series in r.areas:  # type: ignore[attr-defined]
            for o in series.observations:
                count = counts[(series.code, o.year)].replace(" ", "")
                pop = pops[(series.code, o.year)]
                if count == ".." or pop is None:
                    assert o.value is None
                    assert o.status is Status.SUPPRESSED
                    continue
                assert o.value == pytest.approx(int(count) / pop * 100_000)
                checked += 1
        assert checked == 28  # 30 cells less the county's ".." and the municipality's unpublished 2025

    def test_a_computed_rate_does_not_credit_kolada_or_the_sources(self, results: dict[str, object]) -> None:
        """kbfa's own processing is marked derived; no source's credit line is put on it."""
        r = results["inbrott-per-invanare"]
        assert r.derived  # type: ignore[attr-defined]
        assert [s.dataset for s in r.sources] == ["bostadsinbrott", "folkmangd"]  # type: ignore[attr-defined]
        assert all(s.attribution is None for s in r.sources)  # type: ignore[attr-defined]


class TestKoladaSeries:
    def test_county_and_country_come_from_the_same_file(self, results: dict[str, object]) -> None:
        """The municipality's county is "00" + the first two digits of its code."""
        r = results["anmalda-brott"]
        assert [a.code for a in r.areas] == ["9999", "0099", "0000"]  # type: ignore[attr-defined]
        doc = json.loads((DATA / "exempelby-kolada.json").read_text(encoding="utf-8"))
        rows = [row for p in doc["pages"] for row in p["values"]]
        want = {(row["municipality"], row["period"]): row["values"][0]["value"] for row in rows}
        for series in r.areas:  # type: ignore[attr-defined]
            assert {(series.code, o.year): o.value for o in series.observations} == {
                k: v for k, v in want.items() if k[0] == series.code
            }

    def test_missing_stays_missing_and_preliminary_follows(self, results: dict[str, object]) -> None:
        """Kolada's "Missing" is None (not 0); a flagged value is not shown as final."""
        r = results["anmalda-brott"]
        own = r.municipality  # type: ignore[attr-defined]
        assert own.at(2019).value is None and own.at(2019).status is Status.MISSING
        assert own.at(2025).status is Status.PRELIMINARY
        assert own.latest.year == 2025
        assert r.sources[0].attribution == "Källa: Kolada"  # type: ignore[attr-defined]
        assert not r.derived  # type: ignore[attr-defined]


class TestEstSeries:
    def test_only_the_municipality_has_est_data(self, results: dict[str, object]) -> None:
        """EST reports are the municipality's own: county and country are empty, not zero."""
        r = results["ungdomar-resecentrum"]
        assert r.county.observations == () and r.country.observations == ()  # type: ignore[attr-defined]
        assert r.municipality.area is Area.MUNICIPALITY  # type: ignore[attr-defined]
        periods = [o.label for o in r.municipality.observations]  # type: ignore[attr-defined]
        assert periods[:4] == ["2025", "2025 T1", "2025 T2", "2025 T3"]


MINIMAL = """[municipality]
name = "Vetlanda kommun"
organisation = "kommunen"
kommunkod = "{code}"

[[organisations]]
id = "kommunen"
name = "Vetlanda kommun"
kind = "kommun"

"""


def config_with(tmp_path: Path, replace: dict[str, str]) -> Path:
    """A copy of the example with its data folder, some text replaced."""
    shutil.copytree(DATA, tmp_path / "data")
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / "exempelby.toml"
    path.write_text(text, encoding="utf-8")
    return path


def data_problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as exc:
        indicator_data(load(path))
    return [str(p) for p in exc.value.problems]


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


class TestConfigFaults:
    def test_data_for_another_municipality(self, tmp_path: Path) -> None:
        """A file fetched for the wrong municipality is named, with the codes it does have."""
        rows = [
            {"kpi": "N1", "municipality": code, "period": 2024, "values": [{"gender": "T", "status": "", "value": 1.0}]}
            for code in ("0617", "0006", "0000")
        ]
        (tmp_path / "k.json").write_text(json.dumps({"count": 3, "next_url": None, "values": rows}), encoding="utf-8")
        path = tmp_path / "vetlanda.toml"
        path.write_text(
            MINIMAL.format(code="0685")
            + '[[indicators]]\nid = "i"\ndescription = "x"\nunit = "count"\ndata = { dataset = "k" }\n'
            + '[[datasets]]\nid = "k"\nformat = "kolada"\nfile = "k.json"\nsource = "Kolada"\n'
            + 'retrieved = 2026-03-01\nattribution = "Källa: Kolada"\nunit = "count"\n',
            encoding="utf-8",
        )
        assert data_problems(path) == [
            f"{tmp_path / 'k.json'}: filen har inga värden för kommunen (0685) i serien N1; den har "
            "områdena 0000, 0006, 0617. Är den hämtad för rätt kommun?"
        ]

    def test_a_retrieval_date_the_file_contradicts(self, tmp_path: Path) -> None:
        """The downloaded file records when it was fetched; the config must say the same."""
        path = config_with(tmp_path, {"retrieved = 2026-03-02\nattribution": "retrieved = 2026-03-05\nattribution"})
        line = line_of(path, "retrieved = 2026-03-05")
        assert data_problems(path) == [
            f"{path}:{line}: datasets[2].retrieved: filen hämtades 2026-03-02 enligt sin egen "
            "proveniens, inte 2026-03-05; skriv retrieved = 2026-03-02"
        ]

    def test_a_baseline_year_outside_the_data(self, tmp_path: Path) -> None:
        """A baseline for a year the data does not cover is located in the config."""
        path = config_with(tmp_path, {"baseline = { year = 2023, value = 155 }": "baseline = { year = 2012, value = 155 }"})
        line = line_of(path, "baseline = { year = 2012")
        assert data_problems(path) == [
            f"{path}:{line}: indicators[2].baseline.year: utgångsåret 2012 finns inte i datan "
            "för kommunen, som har åren 2016–2024"
        ]

    def test_a_series_that_is_not_in_the_file(self, tmp_path: Path) -> None:
        """A KPI id typed wrong says which series the file has."""
        path = config_with(tmp_path, {'series = "X00001"': 'series = "X00002"'})
        line = line_of(path, 'series = "X00002"')
        assert data_problems(path) == [
            f"{path}:{line}: indicators[3].data.series: serien X00002 finns inte i filen; den har X00001"
        ]

    def test_no_kommunkod(self, tmp_path: Path) -> None:
        """Without the municipal code there is no knowing which rows are the municipality's."""
        path = config_with(tmp_path, {'kommunkod = "9999"\n': ""})
        assert data_problems(path) == [
            f'{path}:{line_of(path, "[municipality]")}: municipality.kommunkod: kommunkod behövs för att läsa indikatorernas '
            'statistik (t.ex. kommunkod = "0685")'
        ]

    def test_a_unit_clash_is_a_config_error(self, tmp_path: Path) -> None:
        """An indicator in per cent reading counts is refused by the loader, with line and key."""
        path = config_with(tmp_path, {'unit = "count"\nbetter = "lower"\nmeasures = ["nattvandring"': 'unit = "percent"\nbetter = "lower"\nmeasures = ["nattvandring"'})
        with pytest.raises(ConfigError) as exc:
            load(path)
        line = line_of(path, 'unit = "percent"')
        assert [str(p) for p in exc.value.problems] == [
            f'{path}:{line}: indicators[4].unit: enheten "percent" stämmer inte med datasetet '
            'est, vars värden är "count"'
        ]

    def test_a_text_baseline_shows_the_new_form(self) -> None:
        """0.1's baseline = "42 inbrott 2025" gets a message with the table to write."""
        text = EXAMPLE.read_text(encoding="utf-8").replace(
            "baseline = { year = 2025, value = 42 }", 'baseline = "42 anmälda inbrott 2025"'
        )
        with pytest.raises(ConfigError) as exc:
            loads(text, filename="x.toml")
        assert "förväntade en tabell som { year = 2025, value = 42 } (förklarande text skrivs i note)" in str(exc.value)

    def test_kolada_data_needs_its_credit(self) -> None:
        """Kolada's terms ask for "Källa: Kolada"; the loader asks for it too."""
        text = EXAMPLE.read_text(encoding="utf-8").replace('attribution = "Källa: Kolada"\n', "")
        with pytest.raises(ConfigError) as exc:
            loads(text, filename="x.toml")
        assert 'Kolada kräver att källan anges: skriv attribution = "Källa: Kolada"' in str(exc.value)


class TestCli:
    def test_show_prints_the_three_areas_with_statuses(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The text output names sources and flags: p preliminary, o incomplete, .. and –."""
        assert main(["data", "show", str(EXAMPLE)]) == 0
        out = capsys.readouterr().out
        assert "Anmälda brott per 100 000 invånare (per 100 000 invånare)" in out
        # Thousands are separated by a no-break space, so "7 652,5" never breaks in two.
        assert "  2019                               –     7\u00a0652,5     8\u00a0545,0" in out
        assert "Källa: Påhittade värden i Koladas API-format (v3), hämtad 2026-03-02. Källa: Kolada" in out
        assert "Värdena är kbfa:s beräkning ur källorna ovan" in out

    def test_show_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The JSON has every observation with its status and the sources."""
        assert main(["data", "show", str(EXAMPLE), "--format", "json"]) == 0
        doc = json.loads(capsys.readouterr().out)
        kolada = next(i for i in doc["indicators"] if i["id"] == "anmalda-brott")
        own = kolada["areas"][0]
        assert own["code"] == "9999"
        assert {"year": 2019, "tertial": None, "value": None, "status": "missing", "note": None} in own["observations"]

    def test_bad_data_exits_2_with_file_row_and_column(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A mapping naming a column that does not exist: exit 2, no traceback."""
        path = config_with(tmp_path, {'value = "Antal", area = "Region"': 'value = "Anmälda", area = "Region"'})
        assert main(["data", "show", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f'{tmp_path / "data" / "exempelby-bostadsinbrott.csv"}:1: kolumn "Anmälda": mapping.value')
        assert "Traceback" not in err

    def test_check_goes_on_without_the_data_and_loads_no_http_library(
        self, tmp_path: Path
    ) -> None:
        """kbfa check reads the data files only for the rules that need them (issue 14,
        L4F and B17–B18); with the files gone it still judges everything, names the
        missing file in those rules' findings, and neither it nor --help loads urllib3
        or openpyxl (the data here is CSV and JSON)."""
        path = config_with(tmp_path, {})
        shutil.rmtree(tmp_path / "data")
        code = (
            "import sys; from kbfa.cli import main\n"
            f"status = main(['check', {str(path)!r}, '--exit-zero', '--as-of', '2026-11-23', "
            "'--format', 'json'])\n"
            "heavy = [m for m in ('urllib3', 'openpyxl', 'http.client') if m in sys.modules]\n"
            "print(status, heavy, file=sys.stderr)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stderr.strip().splitlines()[-1] == "0 []"
        found = json.loads(out.stdout)["findings"]  # the export (docs/export.md), flat
        b17 = [f for f in found if f["code"] == "KBFA-B17" and f["verdict"] == "ej_bedombart"]
        assert any("kunde inte läsas" in f["message"] for f in b17)
        helped = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom kbfa.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nprint([m for m in ('urllib3', 'openpyxl', 'http.client', 'kbfa.data') if m in sys.modules])"],
            capture_output=True, text=True, check=True,
        )
        assert helped.stdout.strip().splitlines()[-1] == "[]"
