"""The benchmark code runs end to end on a tiny sample, so it cannot rot between releases.

The figures themselves are measured by ``python benchmarks/run.py`` (docs/benchmarks.md);
here only that every benchmark runs, measures something and reports it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kbfa.config import dump_text, load, loads

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import run
        import synth

        yield run, synth
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def results(
    bench: tuple[ModuleType, ModuleType], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    run, synth = bench
    figures: dict[str, Any] = run.run(
        count=3,
        repeat=1,
        factor=2,
        as_of=synth.AS_OF,
        report_config=None,
        profile=True,
        workdir=tmp_path_factory.mktemp("bench"),
        sizes=(1, 3),
    )
    return figures


class TestSyntheticConfigs:
    def test_they_load(self, bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
        """Every generated config loads without a problem, in each of the four shapes."""
        _, synth = bench
        for path in synth.write_configs(tmp_path, 4):
            assert load(path).governance.bodies

    def test_deterministic(self, bench: tuple[ModuleType, ModuleType]) -> None:
        """The same seed gives the same config text; another seed another one."""
        _, synth = bench
        text = dump_text(synth.synth_governance(5))
        assert dump_text(synth.synth_governance(5)) == text
        assert dump_text(synth.synth_governance(5, seed=7)) != text

    def test_scaled_config_contains_the_unscaled(
        self, bench: tuple[ModuleType, ModuleType]
    ) -> None:
        """A config scaled by k has k times the bodies, and the unscaled one inside it."""
        _, synth = bench
        small = synth.synth_governance(4)
        large = synth.synth_governance(4, scale=3)
        assert len(large.bodies) == 3 * len(small.bodies)
        assert len(large.partners) == 3 * len(small.partners)
        assert set(small.bodies) <= set(large.bodies)
        assert set(small.evidence) <= set(large.evidence)
        assert loads(dump_text(large)).governance == large

    def test_names_are_fictitious(self, bench: tuple[ModuleType, ModuleType]) -> None:
        """No synthetic config is named after a real municipality."""
        _, synth = bench
        assert synth.synth_governance(0).municipality.name == "Syntetisk kommun 000"


class TestRun:
    def test_check_ratio(self, results: dict[str, Any]) -> None:
        """Load + check and the tomllib baseline are both timed and compared."""
        check = results["check"]
        assert check["files"] == 3
        assert check["tomllib_s"] > 0
        assert check["ratio"] == check["kbfa_s"] / check["tomllib_s"]

    def test_report_ratio(self, results: dict[str, Any]) -> None:
        """The report and the bare python-docx script write the same paragraphs and tables."""
        report = results["report"]
        assert report["config"] == "nassjo.toml"
        assert report["tables"] > 0
        assert report["paragraphs"] > 0
        assert report["ratio"] > 0

    def test_scaling(self, results: dict[str, Any]) -> None:
        """The large config has at least factor times the bodies, partners and evidence."""
        s = results["scaling"]
        for key in ("bodies", "partners", "evidence"):
            assert s["large"][key] >= 2 * s["small"][key]
        # Both are timed and compared; which is faster is not asserted: a smoke run takes a
        # few samples on a shared machine, where a busy moment can make the small one slower.
        assert s["large_s"] > 0 and s["small_s"] > 0
        assert s["ratio"] == s["large_s"] / s["small_s"]

    def test_no_docx_for_check_and_help(self, results: dict[str, Any]) -> None:
        """kbfa --help and kbfa check run without importing python-docx."""
        imports = results["imports"]
        assert set(imports) == {"pass", "floor", "model", "help", "check"}
        for imp in (imports["help"], imports["check"]):
            assert imp["modules"] > 10
            assert not imp["imports_docx"]
            assert not imp["imports_drawing"]  # matplotlib only when a picture is drawn
        assert imports["help"]["exit"] == 0
        assert imports["check"]["command"].startswith("kbfa check ")

    def test_growth(self, results: dict[str, Any]) -> None:
        """The growth benchmark checks the config once and three times over, both ways."""
        rows = results["growth"]["rows"]
        assert [r["n"] for r in rows] == [1, 3]
        assert rows[1]["bytes"] > 2 * rows[0]["bytes"]
        assert all(r["check_s"] > 0 and r["cli_s"] > 0 for r in rows)

    def test_import_budget_is_reported(self, results: dict[str, Any]) -> None:
        """check's imports, beside the floor and its parts measured in the same run."""
        imports = results["imports"]
        check, floor = imports["check"], imports["floor"]
        assert check["target_ms"] == 60.0
        assert check["import_ms"] > 0 and check["wall_ms"] > 0
        # The floor is the prescribed stack: its parts were imported and timed.
        assert floor["exit"] == 0 and imports["model"]["exit"] == 0
        assert all(floor["parts_ms"][m] > 0 for m in ("tomllib", "attrs", "cattrs"))
        # More modules than the floor: a check that measured nothing would not be.
        assert check["modules"] > imports["model"]["modules"] > floor["modules"]
        assert floor["modules"] > imports["pass"]["modules"]

    def test_profile_names_the_loader(self, results: dict[str, Any]) -> None:
        """The profile lists where load + check spends its time."""
        assert "tottime" in results["profile"]
        assert "_loader.py" in results["profile"] or "_lines.py" in results["profile"]

    def test_report_lines(
        self, bench: tuple[ModuleType, ModuleType], results: dict[str, Any]
    ) -> None:
        """The printed report has one line per benchmark with its ratio and target."""
        run, _ = bench
        text = "\n".join(run.report_lines(results))
        assert "(a) load + check of 3 configs" in text
        assert "(b) compliance report (nassjo.toml" in text
        assert "(c) scaling x2" in text
        assert text.count("(d) kbfa") == 2
        assert '(d) floor python -c "import tomllib, attrs, cattrs"' in text
        assert "(a') load + check of 3 configs whose indicators read Kolada files" in text
        assert "(h) kbfa lagesbild with 10 charts" in text


def test_main_writes_json(bench: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    """The command line runs and writes the figures as JSON."""
    run, _ = bench
    out = tmp_path / "figures.json"
    argv = ["--count", "2", "--repeat", "1", "--factor", "2", "--sizes", "", "--json", str(out)]
    assert run.main(argv) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["generate"]["files"] == 2
    assert set(figures) >= {"check", "report", "scaling", "imports", "seconds"}


def test_kolada_reading_ratio(results: dict[str, Any]) -> None:
    """Reading Kolada JSON and json.load of the same files are both timed and compared."""
    kolada = results["kolada"]
    assert kolada["files"] == 3
    assert kolada["json_s"] > 0
    assert kolada["ratio"] == kolada["kbfa_s"] / kolada["json_s"]
    assert kolada["target"] == 2.0
    assert kolada["orjson_s"] > 0


def test_the_kolada_line_says_what_parsing_costs(
    results: dict[str, Any], bench: tuple[ModuleType, ModuleType]
) -> None:
    """(e) prints the ratio to json.load and, beside it, orjson's share and kbfa's own."""
    run, _ = bench
    k = results["kolada"]
    (line,) = [x for x in run.report_lines(results) if x.startswith("(e)")]
    assert f"of it parsing with orjson {k['orjson_s']:.2f} s" in line
    assert f"kbfa's own reading {k['kbfa_s'] - k['orjson_s']:.2f} s" in line


def test_a_multiplied_config_is_every_copy_valid(bench: tuple[ModuleType, ModuleType]) -> None:
    """Lindesberg repeated three times loads, with three times its bodies and roles."""
    _, synth = bench
    g = load(BENCHMARKS.parent / "configs" / "lindesberg.toml").governance
    big = loads(synth.multiplied(g, 3)).governance
    assert len(big.bodies) == 3 * len(g.bodies)
    assert len(big.roles) == 3 * len(g.roles)
    assert len(big.organisations) == 3 * len(g.organisations) - 2  # one own organisation


def test_overview_workbook_ratio(
    bench: tuple[ModuleType, ModuleType], results: dict[str, Any]
) -> None:
    """The overview workbook and bare openpyxl writing the same cells are both timed and
    compared, and the report prints the line."""
    run, _ = bench
    xlsx = results["xlsx"]
    assert xlsx["files"] == 3
    assert xlsx["rows"]["Kommuner"] == 3
    assert xlsx["rows"]["Fynd"] > 3
    assert xlsx["bare_s"] > 0 and xlsx["kbfa_s"] > 0
    assert xlsx["ratio"] == xlsx["kbfa_s"] / xlsx["bare_s"]
    assert xlsx["target"] == 1.5
    assert "(g) overview workbook of 3 configs" in "\n".join(run.report_lines(results))


def test_statistics_in_the_check(results: dict[str, Any]) -> None:
    """(a'): the same configs with a Kolada file each, read by the rules that need it."""
    st = results["check_statistics"]
    assert st["files"] == 3 and st["data_megabytes"] > 0
    assert st["ratio"] == st["kbfa_s"] / st["tomllib_s"]
    assert st["without_s"] == results["check"]["kbfa_s"]


def test_statistics_configs_are_read_by_the_rules(
    bench: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    """Every indicator of (a')'s configs has data, and the check reads it without a problem."""
    import datetime as dt

    from kbfa.evaluation import evaluate

    run, synth = bench
    (path,) = run.write_statistics_configs(tmp_path, 1)
    loaded = load(path)
    assert all(i.data is not None for i in loaded.governance.indicators)
    result = evaluate(loaded, synth.AS_OF)
    b17 = [f for f in result.findings if f.code == "KBFA-B17"]
    assert b17 and all(f.verdict.value == "uppfyllt" for f in b17)
    assert result.as_of == synth.AS_OF == dt.date(2025, 12, 31)


def test_lagesbild_ratio(results: dict[str, Any]) -> None:
    """(h): the lägesbild with 10 charts and the bare script drawing the same 10 charts."""
    lb = results["lagesbild"]
    assert lb["charts"] == 10
    assert lb["ratio"] == lb["kbfa_s"] / lb["bare_s"]
    assert lb["target"] == 1.5
