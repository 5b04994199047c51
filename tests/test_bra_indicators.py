"""Brå's practice for indicators (rules/bra_indicators.py): KBFA-B16, B17, B18.

Expected verdicts are written from Brå's pages, each rule a warning at most:

- B16, "Följ upp om åtagandena har genomförts": a measure's effect is estimated "genom
  att jämföra situationen före och efter"; a measure no indicator follows (its own, or
  one of the problem it targets) has nothing to compare.
- B17, "Följ upp arbetet" and 6 § ("minst vartannat år"): an indicator's latest value
  must not be older than two years, counted from the end of the period it describes.
  A 2023 value describes up to 2023-12-31: it is current through 2025-12-30 and no
  longer on 2025-12-31 (two years to the day is not "newer than two years").
- B18, "Ta fram en kartläggning och lägesbild": a lägesbild shows "hur situationen ser ut
  jämfört med referensdata och hur utvecklingen sett ut över tid": a prioritised
  problem's indicator has the county's or the country's values; a count is never
  compared between areas of different size.

The statistics are fictitious CSV exports in Brå's style (";", decimal comma, ".." for
a confidential value) written per test, and EST weekly reports for tertials.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import (  # type: ignore[import-not-found]
    Builder,
    findings,
    in_folder,
    one,
    shape,
    verdicts,
)
from kbfa.evaluation import Finding, Severity, Situation, Verdict, evaluate
from kbfa.model import (
    ColumnMapping,
    DataFormat,
    Dataset,
    DeliverableKind,
    EvidenceKind,
    Governance,
    Measure,
    Unit,
    period_end,
)

AS_OF = "2026-11-29"
OWN, COUNTY, COUNTRY = "1234", "0012", "0000"


def csv(folder: Path, name: str, rows: dict[tuple[str, int], str]) -> str:
    lines = ["Region;År;Serie;Värde"] + [
        f"{area};{year};Brott;{value}" for (area, year), value in sorted(rows.items())
    ]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name


def every(areas: tuple[str, ...], years: range, value: str = "101,5") -> dict[tuple[str, int], str]:
    return {(a, y): value for a in areas for y in years}


def measures(b: Builder, *ids: str, cause: str | None = None) -> Builder:
    for i in ids:
        b.measures.append(Measure(i, i.capitalize(), causes=(cause,) if cause else (), plan=None))
    return b


# -- B16: every measure is followed by an indicator -------------------------------------


class TestB16MeasureIndicator:
    def chain(self) -> Builder:
        b = (
            Builder()
            .deliverable("lb", DeliverableKind.LAGESBILD)
            .problem("inbrott", identified_in="lb")
            .cause("morkt", ["inbrott"])
        )
        return measures(b, "belysning", "grannar", cause="morkt")

    def test_an_indicator_of_the_measure(self) -> None:
        g = self.chain().indicator("lampor", measures=["belysning"]).build()
        assert _findings(g, "KBFA-B16")[0].verdict is Verdict.UPPFYLLT

    def test_an_indicator_of_the_problem_it_targets_counts(self) -> None:
        """Through its cause the measure targets "inbrott"; that problem's indicator shows
        the situation before and after."""
        g = self.chain().indicator("anmalda", problems=["inbrott"]).build()
        assert verdicts(g, "KBFA-B16", AS_OF) == [Verdict.UPPFYLLT, Verdict.UPPFYLLT]
        assert "för problemet" in _findings(g, "KBFA-B16")[1].message

    def test_no_indicator_is_a_warning(self) -> None:
        g = self.chain().indicator("lampor", measures=["belysning"]).build()
        f = _findings(g, "KBFA-B16")[1]
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert f.message == 'Ingen indikator följer åtgärden "Grannar".'

    def test_no_measures_does_not_apply(self) -> None:
        assert verdicts(Builder().build(), "KBFA-B16", AS_OF) == [Verdict.EJ_TILLAMPLIG]


def _findings(g: Governance, code: str) -> list[Finding]:
    return findings(g, code, AS_OF)  # type: ignore[no-any-return]


# -- B17: data not older than two years ---------------------------------------------------


def with_data(folder: Path, years: range, **kw: object) -> Builder:
    file = csv(folder, "brott.csv", every((OWN, COUNTY, COUNTRY), years))
    return (
        Builder()
        .kommunkod(OWN)
        .table("brott", file, "2026-03-02")
        .indicator("brott", data="brott", series="Brott", **kw)
    )


class TestB17CurrentData:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2025-12-30", Verdict.UPPFYLLT),
            ("2025-12-31", Verdict.EJ_UPPFYLLT),
            ("2026-01-01", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_a_yearly_value_counts_for_two_years_after_its_year(
        self, tmp_path: Path, as_of: str, verdict: Verdict
    ) -> None:
        """Values up to 2023, retrieved in time: the 2023 value is newer than two years
        through 2025-12-30."""
        file = csv(tmp_path, "brott.csv", every((OWN,), range(2016, 2024)))
        b = (
            Builder()
            .kommunkod(OWN)
            .table("brott", file, "2024-03-02")
            .indicator("brott", data="brott", series="Brott")
        )
        f = one(in_folder(b.build(), tmp_path), "KBFA-B17", as_of)
        assert f.verdict is verdict
        if verdict is Verdict.EJ_UPPFYLLT:
            assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
            assert "det räknas till och med 2025-12-30" in f.message

    def test_the_cycle_setting_is_the_window(self, tmp_path: Path) -> None:
        """A municipality counting "vartannat år" as 36 months keeps a 2023 value longer."""
        b = with_data(tmp_path, range(2016, 2024)).settings_(cycle_months=36)
        assert one(in_folder(b.build(), tmp_path), "KBFA-B17", "2026-06-01").verdict is (
            Verdict.UPPFYLLT
        )

    def test_a_missing_latest_year_does_not_count(self, tmp_path: Path) -> None:
        """ ".." for 2025 is no value: the latest is 2024 (current on 2026-11-29)."""
        rows = every((OWN,), range(2016, 2025)) | {(OWN, 2025): ".."}
        file = csv(tmp_path, "brott.csv", rows)
        b = Builder().kommunkod(OWN).table("brott", file, "2026-03-02")
        b = b.indicator("brott", data="brott", series="Brott")
        f = one(in_folder(b.build(), tmp_path), "KBFA-B17", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert "ett värde för 2024" in f.message

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            # 2024 T1 is January–April 2024: current through 2026-04-29.
            ("2026-04-29", Verdict.UPPFYLLT),
            ("2026-04-30", Verdict.EJ_UPPFYLLT),
            ("2026-05-01", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_a_tertial_counts_from_its_last_day(
        self, tmp_path: Path, as_of: str, verdict: Verdict
    ) -> None:
        """EST weekly reports January–April 2024 only: the latest value is 2024 T1."""
        weeks = [dt.date(2024, 1, 1) + dt.timedelta(weeks=n) for n in range(17)]
        rows = ["Datum;Kategori;Plats;Antal"] + [f"{d};Skadegörelse;Torget;2" for d in weeks]
        (tmp_path / "est.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        b = Builder().kommunkod(OWN).indicator("est", data="est", unit=Unit.COUNT)
        b.datasets.append(
            Dataset(
                "est",
                DataFormat.EST,
                "est.csv",
                "Påhittade EST-rapporter",
                dt.date(2024, 5, 6),
                Unit.COUNT,
                mapping=ColumnMapping("Datum", "Antal", series="Kategori", place="Plats"),
            )
        )
        f = one(in_folder(b.build(), tmp_path), "KBFA-B17", as_of)
        assert f.verdict is verdict
        assert "2024 T1" in f.message

    def test_a_baseline_is_a_value_too(self) -> None:
        """No statistics, but a baseline for 2025: current on 2026-11-29."""
        g = Builder().indicator("trygghet", baseline=(2025, 42.0)).build()
        f = one(g, "KBFA-B17", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert "(utgångsläget)" in f.message

    def test_an_old_baseline_alone_is_a_warning(self) -> None:
        g = Builder().indicator("trygghet", baseline=(2023, 42.0)).build()
        assert one(g, "KBFA-B17", AS_OF).verdict is Verdict.EJ_UPPFYLLT

    def test_nothing_recorded_cannot_be_assessed(self) -> None:
        """Neither data nor a baseline: unrecorded (information under Brå's practice)."""
        f = one(Builder().indicator("trygghet").build(), "KBFA-B17", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.INFO)

    def test_data_without_a_value_for_the_municipality(self, tmp_path: Path) -> None:
        """A series whose every value is confidential: the statistics show nothing."""
        file = csv(tmp_path, "brott.csv", every((OWN,), range(2020, 2026), ".."))
        b = Builder().kommunkod(OWN).table("brott", file, "2026-03-02")
        b = b.indicator("brott", data="brott", series="Brott")
        f = one(in_folder(b.build(), tmp_path), "KBFA-B17", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)

    def test_a_file_that_cannot_be_read(self, tmp_path: Path) -> None:
        """The check goes on; the finding names the file, row and column."""
        (tmp_path / "brott.csv").write_text("Region;År;Serie;Antal\n1234;2025;Brott;3\n")
        b = Builder().kommunkod(OWN).table("brott", "brott.csv", "2026-03-02")
        b = b.indicator("brott", data="brott", series="Brott")
        f = one(in_folder(b.build(), tmp_path), "KBFA-B17", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.INFO)
        assert f'{tmp_path / "brott.csv"}:1: kolumn "Värde"' in f.message

    def test_no_indicators_does_not_apply(self) -> None:
        assert verdicts(Builder().build(), "KBFA-B17", AS_OF) == [Verdict.EJ_TILLAMPLIG]


def test_period_end() -> None:
    assert period_end(2024) == dt.date(2024, 12, 31)
    assert [period_end(2024, t) for t in (1, 2, 3)] == [
        dt.date(2024, 4, 30),
        dt.date(2024, 8, 31),
        dt.date(2024, 12, 31),
    ]


# -- B18: every prioritised problem is compared with a reference ----------------------------


def problem(b: Builder, prioritised: bool = True) -> Builder:
    return b.deliverable("lb", DeliverableKind.LAGESBILD).problem(
        "inbrott", identified_in="lb", prioritised=prioritised
    )


class TestB18ComparedWithAReference:
    def test_the_county_and_the_country(self, tmp_path: Path) -> None:
        b = problem(with_data(tmp_path, range(2020, 2026), problems=["inbrott"]))
        f = one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert f.message == (
            'Problemet "Inbrott" jämförs med länet och riket genom indikatorn '
            '"Indikatorn brott" (2025).'
        )

    def test_the_country_alone_is_a_reference(self, tmp_path: Path) -> None:
        file = csv(tmp_path, "brott.csv", every((OWN, COUNTRY), range(2020, 2026)))
        b = Builder().kommunkod(OWN).table("brott", file, "2026-03-02")
        b = problem(b.indicator("brott", data="brott", series="Brott", problems=["inbrott"]))
        f = one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF)
        assert (f.verdict, "med riket genom" in f.message) == (Verdict.UPPFYLLT, True)

    def test_references_in_other_years_only_do_not_compare(self, tmp_path: Path) -> None:
        """The county for 2016–2019, the municipality for 2020–2025: no shared year."""
        rows = every((OWN,), range(2020, 2026)) | every((COUNTY,), range(2016, 2020))
        b = Builder().kommunkod(OWN).table("brott", csv(tmp_path, "brott.csv", rows), "2026-03-02")
        b = problem(b.indicator("brott", data="brott", series="Brott", problems=["inbrott"]))
        f = one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)

    def test_a_count_is_never_compared(self, tmp_path: Path) -> None:
        """Counts for the municipality and the county: different sizes, no comparison."""
        file = csv(tmp_path, "brott.csv", every((OWN, COUNTY), range(2020, 2026), "31"))
        b = Builder().kommunkod(OWN).table("brott", file, "2026-03-02", unit=Unit.COUNT)
        b = problem(b.indicator("brott", data="brott", series="Brott", problems=["inbrott"]))
        f = one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF)
        assert f.verdict is Verdict.EJ_UPPFYLLT
        assert "ett antal kan inte jämföras" in f.message

    def test_through_a_measure(self, tmp_path: Path) -> None:
        """An indicator of a measure aimed at the problem (through its cause) counts."""
        b = with_data(tmp_path, range(2020, 2026), measures=["belysning"])
        b = measures(problem(b).cause("morkt", ["inbrott"]), "belysning", cause="morkt")
        assert one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF).verdict is Verdict.UPPFYLLT

    def test_indicators_without_statistics_cannot_be_assessed(self) -> None:
        """The lägesbild itself may compare: unrecorded, information under Brå's practice."""
        g = problem(Builder().indicator("trygghet", problems=["inbrott"], baseline=(2025, 3.0)))
        f = one(g.build(), "KBFA-B18", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.INFO)

    def test_no_indicator_is_a_warning(self) -> None:
        f = one(problem(Builder()).build(), "KBFA-B18", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert "(se KBFA-B09)" in f.message

    def test_unreadable_statistics_cannot_be_assessed(self, tmp_path: Path) -> None:
        b = problem(with_data(tmp_path, range(2020, 2026), problems=["inbrott"]))
        (tmp_path / "brott.csv").unlink()
        f = one(in_folder(b.build(), tmp_path), "KBFA-B18", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.INFO)

    def test_only_prioritised_problems(self) -> None:
        assert verdicts(problem(Builder(), prioritised=False).build(), "KBFA-B18", AS_OF) == [
            Verdict.EJ_TILLAMPLIG
        ]


class TestDataIsReadOnlyWhenNeeded:
    def test_no_indicator_with_data_reads_nothing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A config whose indicators name no data never asks for statistics."""
        import kbfa.data

        def refuse(*_: object, **__: object) -> None:
            raise AssertionError("statistics read for a config without data")

        monkeypatch.setattr(kbfa.data, "read_statistics", refuse)
        g = problem(Builder().indicator("trygghet", problems=["inbrott"], baseline=(2025, 1.0)))
        result = evaluate(in_folder(g.build(), tmp_path), dt.date(2026, 11, 29))
        assert {f.code for f in result.findings} >= {"KBFA-B17", "KBFA-B18", "KBFA-L4F"}

    def test_each_file_is_read_once_per_check(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """L4F, B17 and B18 share one reading of the statistics."""
        import kbfa.data._indicators as indicators

        calls: list[str] = []
        real = indicators.read_dataset

        def counted(ds: Dataset, *args: object, **kw: object) -> object:
            calls.append(ds.id)
            return real(ds, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(indicators, "read_dataset", counted)
        b = problem(with_data(tmp_path, range(2020, 2026), problems=["inbrott"]))
        b = b.evidence("2026-03-17", EvidenceKind.DELIVERED, "lb")
        evaluate(in_folder(b.build(), tmp_path), dt.date(2026, 11, 29))
        assert calls == ["brott"]
