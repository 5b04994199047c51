"""The statistics readers: Kolada v3, JSON-stat 2.0, CSV/XLSX through a mapping, EST reports.

Fixtures in the real formats are written here or lie in examples/data/. Their figures
are fictitious (the municipality 9999 and the KPI X00001 do not exist); their structure
is the real one:
- Kolada v3: github.com/Hypergene/kolada README.rst (values[] of kpi, municipality,
  period and values[] of gender, count, status, value; next page URL) and the v3 client
  LCHansson/rKolada R/data.R (the page link is ``next_url``); "0000" the country and
  "00NN" a county as Kolada writes them (e.g. "0013" Region Halland).
- JSON-stat 2.0: https://json-stat.org/format/ (id, size, dimension.category.index,
  value in row-major order, status), as SCB's PxWeb API gives population (BE0101N1).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import math
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbfa.data import Status, read_dataset
from kbfa.data._jsonstat import read_jsonstat
from kbfa.data._kolada import read_kolada
from kbfa.data._parse import Areas, BadValue, Problems, parse_json, parse_number
from kbfa.data._values import Cell
from kbfa.errors import DataError
from kbfa.i18n.terms import number_text
from kbfa.model import AreaName, ColumnMapping, DataFormat, Dataset, Id, Text, Unit

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_DATA = ROOT / "examples" / "data"
RETRIEVED = dt.date(2026, 3, 2)


def dataset(fmt: DataFormat, file: str, **kw: object) -> Dataset:
    options: dict[str, object] = {"unit": Unit.COUNT, "retrieved": RETRIEVED, **kw}
    return Dataset(Id("d"), fmt, Text(file), Text("Test"), **options)  # type: ignore[arg-type]


def kolada_row(kpi: str, area: str, year: object, *values: dict[str, object]) -> dict[str, object]:
    return {"kpi": kpi, "municipality": area, "period": year, "values": list(values)}


def v(value: object, status: str = "", gender: str = "T") -> dict[str, object]:
    return {"gender": gender, "count": 1, "status": status, "value": value}


def page(*rows: dict[str, object], next_url: str | None = None) -> dict[str, object]:
    return {"count": len(rows), "next_url": next_url, "previous_url": None, "values": list(rows)}


def write(tmp_path: Path, name: str, content: object) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


def messages(exc: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


class TestKolada:
    def test_reads_the_saved_pages_with_genders_and_statuses(self) -> None:
        """The example's two pages give one series per area; "Missing" stays None, not 0."""
        table = read_dataset(dataset(DataFormat.KOLADA, "exempelby-kolada.json"), EXAMPLE_DATA / "x.toml", "9999")
        assert table.series_names() == ["X00001"]
        assert table.areas("X00001") == ["0000", "0099", "9999"]
        own = table.get("X00001", "9999", "T")
        assert sorted(y for y, _ in own) == list(range(2016, 2026))
        assert own[(2019, 0)].value is None and own[(2019, 0)].status is Status.MISSING
        assert own[(2016, 0)].status is Status.FINAL

    def test_an_undocumented_status_keeps_the_value_and_is_not_final(self) -> None:
        """Kolada documents "" and "Missing" only; "Prel" is kept, flagged, with the status."""
        table = read_dataset(dataset(DataFormat.KOLADA, "exempelby-kolada.json"), EXAMPLE_DATA / "x.toml", "9999")
        cell = table.get("X00001", "0000", "T")[(2025, 0)]
        assert cell.value is not None and cell.status is Status.PRELIMINARY
        assert cell.note == "Kolada: Prel"

    def test_reads_a_single_page_as_the_api_returns_it(self, tmp_path: Path) -> None:
        """A page saved from the browser reads too; K and M are kept beside T."""
        body = page(kolada_row("N1", "0685", 2023, v(10.5), v(4, gender="K"), v(6.5, gender="M")))
        file = write(tmp_path, "k.json", body)
        table = read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert table.get("N1", "0685", "K")[(2023, 0)].value == 4.0
        assert table.get("N1", "0685", "M")[(2023, 0)].value == 6.5

    def test_a_v2_style_string_period_is_a_year(self, tmp_path: Path) -> None:
        """v2 wrote "period" as a string; it is the same year."""
        file = write(tmp_path, "k.json", page(kolada_row("N1", "0685", "2022", v(1))))
        table = read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert (2022, 0) in table.get("N1", "0685", "T")

    def test_one_page_of_several_is_refused(self, tmp_path: Path) -> None:
        """A first page whose next_url points on is not the whole answer: exit with how to fetch it."""
        body = page(kolada_row("N1", "0685", 2023, v(1)), next_url="https://api.kolada.se/v3/x?page=2")
        file = write(tmp_path, "k.json", body)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f"{file}: next_url: filen är bara en sida av Koladas svar (next_url pekar på fler "
            "sidor); hämta hela svaret med kbfa data fetch kolada"
        ]

    def test_a_wrong_municipality_code_and_a_future_year_are_located(self, tmp_path: Path) -> None:
        """Every bad row is reported with its place in the file, all at once."""
        body = page(
            kolada_row("N1", "0685", 2023, v(1)),
            kolada_row("N1", "9685", 2023, v(1)),
            kolada_row("N1", "0685", 2031, v(1)),
            kolada_row("N1", "0685", 2022, v("tolv")),
        )
        file = write(tmp_path, "k.json", body)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}: values[1].municipality: okänd områdeskod "9685": riket är "0000", ett län '
            '"00" + länskod, en kommun sin fyrsiffriga kommunkod',
            f"{file}: values[2].period: året 2031 ligger utanför datan: statistik hämtad "
            "2026-03-02 kan inte gälla efter 2026 eller före 1950",
            f'{file}: values[3].values[0].value: förväntade ett tal (t.ex. 12,5), ".." eller '
            'tom cell, fick "tolv"',
        ]

    def test_an_error_response_saved_as_data_says_so(self, tmp_path: Path) -> None:
        """An error body saved instead of data is named as such, not as a shape error."""
        file = write(tmp_path, "k.json", {"error": "Invalid KPI"})
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert "ett felsvar från Kolada" in messages(exc)[0]

    def test_not_json(self, tmp_path: Path) -> None:
        """An HTML page saved by mistake is "not valid JSON" with the file named."""
        file = write(tmp_path, "k.json", "<html>Inloggning</html>")
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc)[0].startswith(f"{file}: filen är inte giltig JSON")

    def test_a_file_nested_too_deeply_is_a_problem_not_a_crash(self, tmp_path: Path) -> None:
        """Arrays nested 100 000 deep made json raise RecursionError, which `kbfa check` and
        `kbfa lagesbild` printed as "internt fel" before 0.2; now it is the file's problem."""
        for fmt in (DataFormat.KOLADA, DataFormat.JSONSTAT):
            file = write(tmp_path, "k.json", b'{"values": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
            with pytest.raises(DataError) as exc:
                read_dataset(dataset(fmt, file.name), tmp_path / "c.toml", "0685")
            assert messages(exc) == [
                f"{file}: filens JSON är nästlad för djupt för att läsas (listor eller objekt i "
                "varandra i omkring tusen nivåer); en statistikfil har bara några få"
            ]

    def test_kbfa_check_names_the_too_deep_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The example with its Kolada file replaced by deeply nested arrays. Before 0.2 both
        commands printed "internt fel". `kbfa check` judges what rests on the statistics
        "ej bedömbart" and says why, as for any unreadable statistics file; `kbfa lagesbild`,
        which needs the numbers, exits 2 naming the file."""
        from kbfa.cli import main

        shutil.copytree(ROOT / "examples", tmp_path / "ex")
        config = str(tmp_path / "ex" / "exempelby.toml")
        deep = tmp_path / "ex" / "data" / "exempelby-kolada.json"
        deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
        main(["check", config])
        out, err = capsys.readouterr()
        assert "internt fel" not in out + err
        assert f"kunde inte läsas: {deep}: filens JSON är nästlad för djupt" in out
        assert main(["lagesbild", config, "-o", str(tmp_path / "l.docx")]) == 2
        out, err = capsys.readouterr()
        assert "internt fel" not in out + err
        assert f"{deep}: filens JSON är nästlad för djupt" in err
        assert not (tmp_path / "l.docx").exists()

    def test_a_byte_order_mark_reads_as_without(self, tmp_path: Path) -> None:
        """A file saved "UTF-8 with BOM" (Notepad, Excel): orjson refuses the mark, json
        reads it; the table is the same as without it."""
        doc = page(kolada_row("N1", "0685", 2023, v(10.5)), kolada_row("N1", "0685", 2024, v(None, "Missing")))
        plain = write(tmp_path, "plain.json", doc)
        marked = write(tmp_path, "bom.json", b"\xef\xbb\xbf" + plain.read_bytes())
        tables = [
            read_dataset(dataset(DataFormat.KOLADA, f.name), tmp_path / "c.toml", "0685")
            for f in (plain, marked)
        ]
        assert tables[0].cells == tables[1].cells == {
            ("N1", "0685", "T"): {(2023, 0): Cell(10.5, Status.FINAL), (2024, 0): Cell(None, Status.MISSING)}
        }

    def test_nan_infinity_and_overflow_are_not_numbers(self, tmp_path: Path) -> None:
        """json reads NaN, Infinity and 1e400 (a double overflows to infinity); none is a
        statistic. Before 0.2 a NaN value was stored as a final value and drawn as a gap."""
        text = (
            '{"values": [{"kpi": "N1", "municipality": "0685", "period": 2023, "values": ['
            '{"gender": "T", "value": NaN, "status": ""}, '
            '{"gender": "K", "value": -Infinity, "status": ""}, '
            '{"gender": "M", "value": 1e400, "status": "Prel"}]}]}'
        )
        file = write(tmp_path, "k.json", text)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.KOLADA, file.name), tmp_path / "c.toml", "0685")
        expected = '.value: förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick '
        assert messages(exc) == [
            f'{file}: values[0].values[0]{expected}"nan"',
            f'{file}: values[0].values[1]{expected}"-inf"',
            f'{file}: values[0].values[2]{expected}"inf"',
        ]

    def test_a_value_off_the_published_path_is_read_or_located(self) -> None:
        """Kolada's own shapes beside the common one: an integer, no status key, a flag,
        a null; and what is no value at all: a list as gender, a word as value, no value
        key, an integer no float holds. Each is read as it says or named with its place (the
        list as gender and the huge integer crashed the reader before 0.2)."""
        doc = page(
            kolada_row("N1", "0685", 2023, v(10.5), {"gender": "K", "value": 4}, v(None, gender="M", status="Missing")),
            kolada_row("N1", "0685", 2024, {"gender": "T", "value": 7.25, "status": "Prel"}),
            kolada_row("N2", "0685", 2023, {"gender": ["T"], "value": 1.0, "status": ""}, {"gender": "T", "value": "12", "status": ""}, {"gender": "T"}, {"gender": "T", "value": 10**400, "status": ""}),
        )
        problems = Problems("f", "sv")
        with pytest.raises(DataError) as exc:
            read_kolada(doc, problems, Areas("0685"), (1950, 2026), RETRIEVED)
        assert messages(exc) == [
            'f: values[2].values[0].gender: okänt kön "[\'T\']": T, K, M eller totalt, kvinnor, män',
            'f: values[2].values[1].value: förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick "12"',
            "f: values[2].values[2]: förväntade Koladas svar (API v3): gender, value, status",
            f'f: values[2].values[3].value: förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick "1{"0" * 36}..."',
        ]
        table = read_kolada(
            page(*doc["values"][:2]), Problems("f", "sv"), Areas("0685"), (1950, 2026), RETRIEVED
        )
        assert table.get("N1", "0685", "T") == {
            (2023, 0): Cell(10.5, Status.FINAL),
            (2024, 0): Cell(7.25, Status.PRELIMINARY, "Kolada: Prel"),
        }
        assert table.get("N1", "0685", "K") == {(2023, 0): Cell(4.0, Status.FINAL)}
        assert table.get("N1", "0685", "M") == {(2023, 0): Cell(None, Status.MISSING)}

    def test_reading_leaves_the_cycle_collector_as_it_found_it(self, tmp_path: Path) -> None:
        """The reader pauses the collector while it reads (benchmark (e)); it is on again after
        a read and after a refused file, and stays off if the program had switched it off."""
        good = write(tmp_path, "k.json", page(kolada_row("N1", "0685", 2023, v(1.5))))
        bad = write(tmp_path, "b.json", "<html>")
        assert gc.isenabled()
        read_dataset(dataset(DataFormat.KOLADA, good.name), tmp_path / "c.toml", "0685")
        assert gc.isenabled()
        with pytest.raises(DataError):
            read_dataset(dataset(DataFormat.KOLADA, bad.name), tmp_path / "c.toml", "0685")
        assert gc.isenabled()
        gc.disable()
        try:
            read_dataset(dataset(DataFormat.KOLADA, good.name), tmp_path / "c.toml", "0685")
            assert not gc.isenabled()
        finally:
            gc.enable()

    @given(
        st.lists(
            st.fixed_dictionaries(
                {"kpi": st.just("N1"), "municipality": st.sampled_from(["0685", "0000", 685, "x"]), "period": st.sampled_from([2020, "2021", 2031, None, [2020]])},
                optional={
                    "values": st.lists(
                        st.fixed_dictionaries(
                            {},
                            optional={
                                "gender": st.sampled_from(["T", "K", "M", "X", None, ["T"], {"g": 1}]),
                                "value": st.none() | st.booleans() | st.integers() | st.sampled_from([10**400, -(10**400)]) | st.floats(allow_nan=False) | st.text(max_size=3) | st.lists(st.integers(), max_size=1),
                                "status": st.sampled_from(["", "Missing", "Prel", None, 0, ["x"]]),
                            },
                        ),
                        max_size=4,
                    )
                },
            ),
            max_size=6,
        )
    )
    def test_never_crashes_on_rows_of_kolada_shape(self, rows: list[dict[str, object]]) -> None:
        """Rows shaped like Kolada's with any field wrong, unhashable ones too: a table or
        DataError, and every value read is a number or None."""
        with contextlib.suppress(DataError):
            table = read_kolada(page(*rows), Problems("f", "sv"), Areas("0685"), (1950, 2026), RETRIEVED)
            for series in table.cells.values():
                assert all(c.value is None or type(c.value) is float for c in series.values())

    @given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(["values", "kpi", "municipality", "period", "gender", "value", "status", "next_url", "kbfa", "pages"]), c, max_size=4), max_leaves=20))
    def test_never_crashes(self, doc: object) -> None:
        """Whatever JSON the file holds, the reader returns a table or raises DataError."""
        with contextlib.suppress(DataError):
            read_kolada(doc, Problems("f", "sv"), Areas("0685"), (1950, 2026), RETRIEVED)


#: JSON as any program may write it: every type json reads, integers up to 64 bits (orjson's
#: limit; a longer one becomes the nearest float, as parse_json's docstring says).
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)


def _typed(x: object) -> object:
    """x with every scalar tagged by its type, so that 1, 1.0 and True compare unequal."""
    if isinstance(x, dict):
        return {k: _typed(y) for k, y in x.items()}
    if isinstance(x, list):
        return [_typed(y) for y in x]
    return (type(x).__name__, repr(x))


class TestParseJson:
    """parse_json reads with orjson and hands what it refuses to json: the same objects."""

    @given(_JSON, st.booleans(), st.booleans())
    def test_the_same_objects_as_json(self, doc: object, ascii_only: bool, bom: bool) -> None:
        raw = json.dumps(doc, ensure_ascii=ascii_only).encode()
        raw = b"\xef\xbb\xbf" + raw if bom else raw
        assert _typed(parse_json(raw, Problems("f", "sv"))) == _typed(json.loads(raw))

    def test_orjson_parses_and_json_only_what_orjson_refuses(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The speed of benchmark (e) rests on orjson doing the parse: json is called only
        for what orjson refuses (here a byte-order mark), not for every file."""
        import orjson

        calls: list[str] = []
        real_orjson, real_json = orjson.loads, json.loads
        monkeypatch.setattr(orjson, "loads", lambda raw: calls.append("orjson") or real_orjson(raw))
        monkeypatch.setattr(json, "loads", lambda raw: calls.append("json") or real_json(raw))
        assert parse_json(b'{"values": []}', Problems("f", "sv")) == {"values": []}
        assert calls == ["orjson"]
        assert parse_json(b'\xef\xbb\xbf{"values": []}', Problems("f", "sv")) == {"values": []}
        assert calls == ["orjson", "orjson", "json"]

    @given(st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
    def test_an_error_is_jsons_own(self, raw: bytes) -> None:
        """Where json refuses the bytes the problem quotes json's message (line, column);
        where json reads them, parse_json returns the same objects."""
        try:
            expected: object = _typed(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            with pytest.raises(DataError) as caught:
                parse_json(raw, Problems("f", "en"))
            assert [str(p) for p in caught.value.problems] == [f"f: the file is not valid JSON: {exc}"]
        else:
            assert _typed(parse_json(raw, Problems("f", "en"))) == expected


def population(regions: list[str], years: list[str], values: object, **extra: object) -> dict[str, object]:
    return {
        "version": "2.0",
        "class": "dataset",
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [len(regions), 1, len(years)],
        "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
        "dimension": {
            "Region": {"category": {"index": {r: i for i, r in enumerate(regions)}}},
            "ContentsCode": {"category": {"index": {"BE0101N1": 0}, "label": {"BE0101N1": "Folkmängd"}}},
            "Tid": {"category": {"index": years}},
        },
        "value": values,
        **extra,
    }


class TestJsonStat:
    def test_row_major_order_and_scb_region_codes(self, tmp_path: Path) -> None:
        """The last dimension varies fastest; SCB's "06" and "00" become "0006" and "0000"."""
        doc = population(["0685", "06", "00"], ["2023", "2024"], [1, 2, 3, 4, 5, 6])
        file = write(tmp_path, "p.json", doc)
        table = read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert table.get("BE0101N1", "0685", "T") == {
            (2023, 0): table.get("BE0101N1", "0685", "T")[(2023, 0)],
            (2024, 0): table.get("BE0101N1", "0685", "T")[(2024, 0)],
        }
        assert [table.get("BE0101N1", a, "T")[(2024, 0)].value for a in ("0685", "0006", "0000")] == [2.0, 4.0, 6.0]

    def test_sparse_values_and_status(self, tmp_path: Path) -> None:
        """A value object fills only its positions; null with ".." is suppressed, other statuses flag."""
        doc = population(["0685"], ["2023", "2024", "2025"], {"0": 100, "1": 101}, status={"1": "p", "2": ".."})
        file = write(tmp_path, "p.json", doc)
        cells = read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685").get("BE0101N1", "0685", "T")
        assert cells[(2023, 0)].status is Status.FINAL
        assert cells[(2024, 0)].status is Status.PRELIMINARY and cells[(2024, 0)].value == 101.0
        assert cells[(2025, 0)].value is None and cells[(2025, 0)].status is Status.SUPPRESSED

    def test_another_dimension_must_be_one_category(self, tmp_path: Path) -> None:
        """Population by sex with both sexes would be summed by nobody: ask for the total."""
        doc = population(["0685"], ["2024"], [1, 2])
        doc["id"] = ["Region", "Kon", "ContentsCode", "Tid"]
        doc["size"] = [1, 2, 1, 1]
        doc["dimension"]["Kon"] = {"category": {"index": ["1", "2"]}}  # type: ignore[index]
        file = write(tmp_path, "p.json", doc)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}: dimension.Kon: dimensionen "Kon" har 2 kategorier; välj en i uttaget '
            "(t.ex. totalt) eller ange den som mapping"
        ]

    def test_size_and_categories_must_agree(self, tmp_path: Path) -> None:
        """A size larger than the categories pointed past them: "internt fel" (IndexError)
        before 0.2, and a size of 10^16 cells would have been walked cell by cell."""
        doc = population(["0685"], ["2023"], {"0": 1})
        doc["size"] = [100_000_000, 1, 100_000_000]
        file = write(tmp_path, "p.json", doc)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}: dimension.Region: size säger 100000000 kategorier för dimensionen "Region" men category.index har 1',
            f'{file}: dimension.Tid: size säger 100000000 kategorier för dimensionen "Tid" men category.index har 1',
        ]

    def test_a_cube_of_more_than_a_million_cells_is_refused(self, tmp_path: Path) -> None:
        """Categories that agree with a size of 1001 x 1001 cells (a sparse value object
        may fill few): refused before every cell is visited."""
        regions = [f"{n:04d}" for n in range(1001)]
        years = [str(1950 + n % 70) for n in range(1001)]
        file = write(tmp_path, "p.json", population(regions, years, {"0": 1}))
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f"{file}: size: size säger 1002001 celler; kbfa läser JSON-stat med högst 1000000 "
            "celler (befolkningen för alla kommuner i 50 år är omkring 16 000)"
        ]

    def test_nan_and_infinity_are_not_numbers(self, tmp_path: Path) -> None:
        """json reads NaN and Infinity; neither is a population (NaN was stored before 0.2)."""
        text = json.dumps(population(["0685"], ["2023", "2024"], [1, 2])).replace("[1, 2]", "[NaN, Infinity]")
        file = write(tmp_path, "p.json", text)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}: value[0]: förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick "nan"',
            f'{file}: value[1]: förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick "inf"',
        ]

    @given(
        st.lists(st.sampled_from(["0685", "06", "00", "9", "x", ""]), max_size=3),
        st.lists(st.sampled_from(["2023", "2024", "1900", "abcd", ""]), max_size=3),
        st.lists(st.integers(-1, 2), min_size=3, max_size=3),
        st.none()
        | st.lists(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=2), max_size=10)
        | st.dictionaries(st.text(max_size=3), st.none() | st.integers() | st.floats(), max_size=4),
        st.none()
        | st.text(max_size=2)
        | st.lists(st.none() | st.text(max_size=2), max_size=4)
        | st.dictionaries(st.text(max_size=2), st.text(max_size=2), max_size=3),
    )
    def test_never_crashes(
        self, regions: list[str], years: list[str], sizes: list[int], values: object, status: object
    ) -> None:
        """SCB-shaped cubes with sizes off by one either way, bad codes and years, values
        and statuses of any JSON type (NaN and huge integers too): a table or DataError,
        and every value read a finite float or None. The size that disagreed with its
        categories crashed before 0.2."""
        doc = population(regions, years, values, status=status)
        doc["size"] = [len(regions) + sizes[0], 1 + sizes[1], len(years) + sizes[2]]
        raw = json.dumps(doc).encode()
        with contextlib.suppress(DataError):
            table = read_jsonstat(raw, Problems("f", "sv"), Areas("0685"), (1950, 2026), RETRIEVED)
            for series in table.cells.values():
                assert all(c.value is None or math.isfinite(c.value) for c in series.values())

    def test_size_and_values_must_agree(self, tmp_path: Path) -> None:
        """Too few values for the cube is an error, not a silent shift of every value."""
        file = write(tmp_path, "p.json", population(["0685"], ["2023", "2024"], [1]))
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.JSONSTAT, file.name), tmp_path / "c.toml", "0685")
        assert messages(exc) == [f"{file}: value: size säger 2 celler men value har 1"]


def survey_workbook(
    tmp_path: Path, part: str, edit: Callable[[bytes], bytes]
) -> tuple[Path, Dataset]:
    """The example's survey workbook (examples/data/exempeldal-trygghet.xlsx) with one of
    its parts edited, and the dataset that reads it as examples/exempeldal.toml does."""
    import zipfile

    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(EXAMPLE_DATA / "exempeldal-trygghet.xlsx") as source, zipfile.ZipFile(path, "w") as out:
        assert part in source.namelist()
        for name in source.namelist():
            data = source.read(name)
            out.writestr(name, edit(data) if name == part else data)
    mapping = ColumnMapping(Text("År"), Text("Andel"), gender=Text("Kön"))
    ds = dataset(DataFormat.TABLE, path.name, mapping=mapping, sheet=Text("Trygghetsmätning"), unit=Unit.PERCENT)
    return path, ds


MAPPING = ColumnMapping(Text("År"), Text("Värde"), area=Text("Region"), series=Text("Brottstyp"))


class TestTable:
    def test_swedish_csv_conventions(self, tmp_path: Path) -> None:
        """";", BOM, decimal comma, thousands space; "..", "–" and blank stay missing, never 0."""
        text = (
            "\ufeffRegion;År;Brottstyp;Värde\r\n"
            "0685;2021;Inbrott;1 234,5\r\n"
            "0685;2022;Inbrott;..\r\n"
            "0685;2023;Inbrott;–\r\n"
            "0685;2024;Inbrott;\r\n"
        )
        file = write(tmp_path, "t.csv", text)
        cells = read_dataset(dataset(DataFormat.TABLE, file.name, mapping=MAPPING), tmp_path / "c.toml", "0685").get("Inbrott", "0685", "T")
        assert cells[(2021, 0)].value == 1234.5
        assert [(cells[(y, 0)].value, cells[(y, 0)].status) for y in (2022, 2023, 2024)] == [
            (None, Status.SUPPRESSED),
            (None, Status.MISSING),
            (None, Status.MISSING),
        ]

    def test_windows_1252_and_names_for_areas(self, tmp_path: Path) -> None:
        """Excel's plain CSV on Swedish Windows is cp1252; names map to codes through areas."""
        text = "Region;År;Brottstyp;Värde\nHela landet;2023;Stöld;12,5\nNässjö;2023;Stöld;7\n"
        file = write(tmp_path, "t.csv", text.encode("cp1252"))
        ds = dataset(DataFormat.TABLE, file.name, mapping=MAPPING, areas=(AreaName(Text("Nässjö"), Text("0682")),))
        table = read_dataset(ds, tmp_path / "c.toml", "0682")
        assert table.get("Stöld", "0000", "T")[(2023, 0)].value == 12.5
        assert table.get("Stöld", "0682", "T")[(2023, 0)].value == 7.0

    def test_a_mapping_naming_a_missing_column(self, tmp_path: Path) -> None:
        """Exit with the file, row 1 (the headings), the column and the headings there are."""
        file = write(tmp_path, "t.csv", "Region;Year;Brottstyp;Värde\n0685;2023;x;1\n")
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.TABLE, file.name, mapping=MAPPING), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}:1: kolumn "År": mapping.period pekar på kolumnen "År", som inte finns; '
            'rubrikerna är "Region", "Year", "Brottstyp", "Värde"'
        ]

    @pytest.mark.parametrize("heading", [False, True])
    def test_a_quotation_mark_never_closed_is_located(self, tmp_path: Path, heading: bool) -> None:
        """A quote left open makes the rest of the file one cell; past the csv module's
        limit of 131 072 characters that was "internt fel" (_csv.Error) before 0.2."""
        rows = "".join(f"0685;{2000 + n % 20};Inbrott;{n}\n" for n in range(10_000))
        text = 'Region;År;"Brottstyp;Värde\n' + rows if heading else "Region;År;Brottstyp;Värde\n0685;2023;\"Inbrott;1\n" + rows
        file = write(tmp_path, "t.csv", text)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.TABLE, file.name, mapping=MAPPING), tmp_path / "c.toml", "0685")
        line = 1 if heading else 2  # where the row with the open quote starts
        assert messages(exc) == [
            f'{file}:{line}: en cell är längre än 131072 tecken; oftast ett citattecken (") som '
            "aldrig avslutas, så att resten av filen blir en enda cell"
        ]

    def test_bad_rows_are_located_by_row_and_column(self, tmp_path: Path) -> None:
        """A wrong code, a year outside the data, a word for a number, a repeated row."""
        text = (
            "Region;År;Brottstyp;Värde\n"
            "0685;2023;Inbrott;1\n"
            "7777;2023;Inbrott;1\n"
            "0685;2029;Inbrott;1\n"
            "0685;2022;Inbrott;många\n"
            "0685;2023;Inbrott;2\n"
        )
        file = write(tmp_path, "t.csv", text)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.TABLE, file.name, mapping=MAPPING), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}:3: kolumn "Region": okänd områdeskod "7777": riket är "0000", ett län "00" '
            "+ länskod, en kommun sin fyrsiffriga kommunkod",
            f'{file}:4: kolumn "År": året 2029 ligger utanför datan: statistik hämtad 2026-03-02 '
            "kan inte gälla efter 2026 eller före 1950",
            f'{file}:5: kolumn "Värde": förväntade ett tal (t.ex. 12,5), ".." eller tom cell, '
            'fick "många"',
            f"{file}:6: samma serie, område och period finns redan på rad 2",
        ]

    def test_a_unit_column_that_clashes_with_the_dataset(self, tmp_path: Path) -> None:
        """The file says per 100 000 where the dataset says counts: a unit clash, located."""
        mapping = ColumnMapping(Text("År"), Text("Värde"), unit=Text("Enhet"))
        text = "År;Värde;Enhet\n2022;5;antal\n2023;120,5;per 100 000 invånare\n"
        file = write(tmp_path, "t.csv", text)
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.TABLE, file.name, mapping=mapping), tmp_path / "c.toml", "0685")
        assert messages(exc) == [
            f'{file}:3: kolumn "Enhet": enheten "per 100 000 invånare" skiljer sig från '
            '"antal" på rad 2 i samma serie'
        ]

    def test_xlsx_with_a_shortened_code_and_number_cells(self, tmp_path: Path) -> None:
        """Excel stores 0685 as 685 and numbers as numbers; both read as meant."""
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Data"
        sheet.append(["Region", "År", "Brottstyp", "Värde"])
        sheet.append([685, 2023, "Inbrott", 12.5])
        sheet.append([685, 2024, "Inbrott", ".."])
        book.save(tmp_path / "t.xlsx")
        ds = dataset(DataFormat.TABLE, "t.xlsx", mapping=MAPPING, sheet=Text("Data"))
        cells = read_dataset(ds, tmp_path / "c.toml", "0685").get("Inbrott", "0685", "T")
        assert cells[(2023, 0)].value == 12.5
        assert cells[(2024, 0)].status is Status.SUPPRESSED

    @pytest.mark.slow
    @pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
    def test_an_xlsx_written_by_libreoffice(self, tmp_path: Path) -> None:
        """A workbook LibreOffice Calc saved (from the example's CSV) reads like the CSV."""
        csv_file = tmp_path / "brott.csv"
        shutil.copy(EXAMPLE_DATA / "exempelby-bostadsinbrott.csv", csv_file)
        subprocess.run(
            ["soffice", "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(csv_file)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        mapping = ColumnMapping(Text("År"), Text("Antal"), area=Text("Region"), series=Text("Brottstyp"))
        areas = (AreaName(Text("Exempelby"), Text("9999")), AreaName(Text("Exempellän"), Text("0099")))
        from_csv = read_dataset(dataset(DataFormat.TABLE, "brott.csv", mapping=mapping, areas=areas), tmp_path / "c.toml", "9999")
        from_xlsx = read_dataset(dataset(DataFormat.TABLE, "brott.xlsx", mapping=mapping, areas=areas), tmp_path / "c.toml", "9999")
        assert from_xlsx.cells == from_csv.cells
        assert from_xlsx.get("Bostadsinbrott", "0099", "T")[(2018, 0)].status is Status.SUPPRESSED

    @pytest.mark.parametrize(
        ("damage", "row"),
        [
            (('<row r="3">', '<row r="3"><c r="A3" t="n"><v>1</v></c><<'), 3),  # XML broken at row 3
            (('<c r="A4" t="n">', '<c r="A%4" t="n">'), 4),  # a cell address no column has
            (("<sheetData>", "<sheetData><"), 1),  # broken before the headings
        ],
    )
    def test_a_damaged_sheet_is_located_not_a_crash(
        self, tmp_path: Path, damage: tuple[str, str], row: int
    ) -> None:
        """openpyxl reads a sheet's XML only as its rows are asked for, after the workbook
        opened fine: damage there ended in "internt fel" (ParseError, ValueError) before 0.2.
        The example's survey workbook with its sheet damaged in three ways."""
        def damaged(sheet: bytes) -> bytes:
            assert damage[0].encode() in sheet
            return sheet.replace(damage[0].encode(), damage[1].encode(), 1)

        path, ds = survey_workbook(tmp_path, "xl/worksheets/sheet2.xml", damaged)
        with pytest.raises(DataError) as exc:
            read_dataset(ds, tmp_path / "c.toml", "9997")
        (message,) = messages(exc)
        assert message.startswith(f"{path}:{row}: filen är ingen läsbar XLSX-arbetsbok: ")

    def test_openpyxls_warnings_stay_off_the_screen(self, tmp_path: Path) -> None:
        """A workbook without Excel's stylesheet (as some survey tools export it): openpyxl
        warns in English ("Workbook contains no stylesheet, using openpyxl's defaults"),
        which `kbfa lagesbild` printed to the coordinator before 0.2. The values read are
        the example's own."""
        import warnings

        empty = b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
        _path, ds = survey_workbook(tmp_path, "xl/styles.xml", lambda _old: empty)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = read_dataset(ds, tmp_path / "c.toml", "9997")
        assert [str(w.message) for w in caught] == []
        assert table.get("", "9997", "K")[(2023, 0)] == Cell(47.0, Status.FINAL)

    def test_a_workbook_that_unpacks_to_gigabytes_is_refused(self, tmp_path: Path) -> None:
        """A zip bomb named .xlsx is refused before openpyxl opens it."""
        import zipfile

        path = tmp_path / "bomb.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("xl/big.xml", b"\0" * (600 * 1024 * 1024))
        with pytest.raises(DataError) as exc:
            read_dataset(dataset(DataFormat.TABLE, "bomb.xlsx", mapping=MAPPING), tmp_path / "c.toml", "0685")
        assert "packas upp till 600 MB" in messages(exc)[0]


class TestNumbers:
    @given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 1)))
    def test_swedish_number_text_reads_back(self, x: float) -> None:
        """What kbfa writes ("1 234,5", "−3,2") its own reader reads back."""
        assert parse_number(number_text(x, "sv", 1))[0] == pytest.approx(x, abs=0.051)

    @given(st.text(max_size=12))
    def test_any_text_is_a_number_a_marker_or_a_clear_error(self, text: str) -> None:
        """No cell makes the parser raise anything but its own error."""
        try:
            value, status = parse_number(text)
        except BadValue:
            return
        assert (value is None) == (not status.has_value)


class TestEst:
    def table(self, tmp_path: Path, text: str, **kw: object) -> object:
        mapping = ColumnMapping(Text("Datum"), Text("Antal"), series=Text("Kategori"), place=Text("Plats"))
        file = write(tmp_path, "est.csv", text)
        return read_dataset(dataset(DataFormat.EST, file.name, mapping=mapping, **kw), tmp_path / "c.toml", "0685")

    def test_the_example_sums_per_tertial_and_year(self) -> None:
        """A summer without reports makes T2 incomplete; the running tertial is preliminary."""
        mapping = ColumnMapping(Text("Datum"), Text("Antal"), series=Text("Kategori"), place=Text("Plats"))
        ds = dataset(DataFormat.EST, "exempelby-est.csv", mapping=mapping, retrieved=dt.date(2026, 2, 27))
        table = read_dataset(ds, EXAMPLE_DATA / "x.toml", "9999")
        rows = [line.split(";") for line in (EXAMPLE_DATA / "exempelby-est.csv").read_text(encoding="utf-8").splitlines()[1:]]

        def expected(year: int, months: range) -> float:
            # Each report is dated a Monday; its week's Thursday, three days on, places it.
            total = 0
            for r in rows:
                thursday = dt.date.fromisoformat(r[0]) + dt.timedelta(days=3)
                if r[1:3] == ["Ungdomar i grupp", "Resecentrum"] and thursday.year == year and thursday.month in months:
                    total += int(r[3])
            return float(total)

        cells = table.get("Ungdomar i grupp", "9999", "T", "Resecentrum")
        assert cells[(2025, 1)].value == expected(2025, range(1, 5))
        assert cells[(2025, 1)].status is Status.FINAL
        assert cells[(2025, 2)].status is Status.INCOMPLETE
        assert cells[(2025, 2)].note == "15 av 18 veckor rapporterade"
        assert cells[(2025, 0)].value == expected(2025, range(1, 13))
        assert cells[(2025, 0)].status is Status.INCOMPLETE
        assert cells[(2026, 1)].status is Status.PRELIMINARY

    def test_place_and_category_filter_and_blank_counts(self, tmp_path: Path) -> None:
        """Only the place asked for counts; a row without a count makes the sum a lower bound."""
        text = "Datum;Kategori;Plats;Antal\n2025-01-06;A;Torget;2\n2025-01-06;A;Parken;5\n2025-01-13;A;Torget;\n"
        table = self.table(tmp_path, text)
        cell = table.get("A", "0685", "T", "Torget")[(2025, 1)]  # type: ignore[attr-defined]
        assert cell.value == 2.0
        assert cell.status is Status.INCOMPLETE
        assert "rader utan antal: 1" in cell.note

    def test_a_negative_count_and_a_bad_date(self, tmp_path: Path) -> None:
        """Located by row and column."""
        text = "Datum;Kategori;Plats;Antal\n2025-01-06;A;T;-2\nv. 3;A;T;1\n"
        with pytest.raises(DataError) as exc:
            self.table(tmp_path, text)
        file = tmp_path / "est.csv"
        assert messages(exc) == [
            f'{file}:2: kolumn "Antal": ett antal kan inte vara negativt: "-2"',
            f'{file}:3: kolumn "Datum": förväntade ett datum (ÅÅÅÅ-MM-DD), fick "v. 3"',
        ]

    def test_a_count_is_a_whole_number_of_sane_size(self, tmp_path: Path) -> None:
        """The docstring always said "a whole number"; before 0.2 "2,5" was summed as 2.5,
        and two rows of 1e308 summed to infinity."""
        text = "Datum;Kategori;Plats;Antal\n2025-01-06;A;T;2,5\n2025-01-07;A;T;1e308\n2025-01-08;A;T;1000000\n2025-01-09;A;T;3,0\n"
        with pytest.raises(DataError) as exc:
            self.table(tmp_path, text)
        file = tmp_path / "est.csv"
        assert messages(exc) == [
            f'{file}:2: kolumn "Antal": ett antal är ett heltal, högst 1\u00a0000\u00a0000 på en rad: "2,5"',
            f'{file}:3: kolumn "Antal": ett antal är ett heltal, högst 1\u00a0000\u00a0000 på en rad: "1e308"',
        ]
