"""kbfa.data's summaries: change, position against a reference, completed periods, progress.

Every expected number is worked out by hand in the test from the values it builds
(fictitious series); the progress rule is the straight line from the baseline to the
target (the "målkurva"): on track when the latest whole-year value is at least as good
as the line in its year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kbfa.data import (
    Area,
    AreaSeries,
    IndicatorData,
    Observation,
    ProgressStatus,
    SourceNote,
    Status,
    change,
    completed,
    position,
    progress,
    running,
)
from kbfa.model import Benchmark, Direction, Indicator, Unit

F, P = Status.FINAL, Status.PRELIMINARY


def series(area: Area, values: dict[tuple[int, int | None], float | None]) -> AreaSeries:
    return AreaSeries(
        area,
        "x",
        tuple(
            Observation(y, t, v, F if v is not None else Status.MISSING)
            for (y, t), v in sorted(values.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))
        ),
    )


def data(
    own: dict[tuple[int, int | None], float | None],
    *,
    county: dict[tuple[int, int | None], float | None] | None = None,
    unit: Unit = Unit.PER_100000,
    retrieved: str = "2026-03-01",
    **indicator: object,
) -> IndicatorData:
    ind = Indicator("i", "Indikator", unit=unit, **indicator)  # type: ignore[arg-type]
    note = SourceNote("d", None, "Påhittat", dt.date.fromisoformat(retrieved), None, None, None)
    return IndicatorData(
        ind,
        unit,
        series(Area.MUNICIPALITY, own),
        series(Area.COUNTY, county or {}),
        series(Area.COUNTRY, {}),
        (note,),
        derived=False,
    )


YEARS = {(2022, None): 200.0, (2023, None): 180.0, (2024, None): 150.0}


class TestChange:
    def test_one_year_back(self) -> None:
        d = data(YEARS)
        found = change(d.municipality, d.municipality.observations[-1], d.unit)
        assert found is not None
        assert (found.absolute, found.relative, found.points) == (-30.0, -30.0 / 180.0, False)

    def test_a_share_changes_in_percentage_points(self) -> None:
        d = data({(2023, None): 30.0, (2024, None): 25.0}, unit=Unit.PERCENT)
        found = change(d.municipality, d.municipality.observations[-1], d.unit)
        assert found is not None and (found.absolute, found.points) == (-5.0, True)

    def test_a_missing_year_gives_no_change(self) -> None:
        d = data({(2022, None): 200.0, (2023, None): None, (2024, None): 150.0})
        assert change(d.municipality, d.municipality.observations[-1], d.unit) is None
        two = change(d.municipality, d.municipality.observations[-1], d.unit, 2)
        assert two is not None and two.absolute == -50.0

    def test_a_tertial_against_the_same_tertial(self) -> None:
        d = data({(2024, 3): 60.0, (2025, 2): 10.0, (2025, 3): 45.0}, unit=Unit.COUNT)
        found = change(d.municipality, d.municipality.observations[-1], d.unit)
        assert found is not None and found.before.label == "2024 T3" and found.absolute == -15.0


class TestPosition:
    @pytest.mark.parametrize(
        ("own", "ref", "level"),
        [
            (150.0, 200.0, "lower"),
            (200.0, 150.0, "higher"),
            (200.0, 200.5, "same"),  # within half a percent
            (200.0, 201.5, "lower"),
        ],
    )
    def test_levels(self, own: float, ref: float, level: str) -> None:
        d = data({(2024, None): own}, county={(2024, None): ref})
        found = position(d.municipality.observations[-1], d.county, d.unit)
        assert found is not None and found.level == level
        assert found.relative == pytest.approx((own - ref) / ref)

    def test_a_count_is_not_compared(self) -> None:
        d = data({(2024, None): 31.0}, county={(2024, None): 454.0}, unit=Unit.COUNT)
        assert position(d.municipality.observations[-1], d.county, d.unit) is None

    def test_only_the_same_period(self) -> None:
        d = data({(2024, None): 150.0}, county={(2023, None): 140.0})
        assert position(d.municipality.observations[-1], d.county, d.unit) is None


class TestCompleted:
    def test_a_tertial_under_way_at_retrieval_is_left_out(self) -> None:
        """Retrieved 2026-02-27: 2026 T1 (January–April) and the year 2026 had not ended."""
        d = data(
            {(2025, 3): 57.0, (2025, None): 174.0, (2026, 1): 12.0, (2026, None): 12.0},
            unit=Unit.COUNT,
            retrieved="2026-02-27",
        )
        assert [o.label for o in completed(d).municipality.observations] == ["2025", "2025 T3"]
        assert [o.label for o in running(d)] == ["2026", "2026 T1"]

    @pytest.mark.parametrize(
        ("retrieved", "kept"),
        [("2026-04-29", False), ("2026-04-30", True), ("2026-05-01", True)],
    )
    def test_the_last_day_of_the_tertial(self, retrieved: str, kept: bool) -> None:
        d = data({(2026, 1): 12.0}, unit=Unit.COUNT, retrieved=retrieved)
        assert bool(completed(d).municipality.observations) is kept


def target(
    base: tuple[int, float], goal: tuple[int, float], better: Direction | None = Direction.LOWER
) -> dict[str, object]:
    return {
        "baseline": Benchmark(base[0], base[1]),
        "target": Benchmark(goal[0], goal[1]),
        "better": better,
    }


class TestProgress:
    def test_ahead_of_the_line(self) -> None:
        """155 (2023) → 130 (2027): the line is 148,75 in 2024; 140 is better."""
        d = data({(2023, None): 155.0, (2024, None): 140.0}, **target((2023, 155.0), (2027, 130.0)))
        p = progress(d.indicator, d)
        assert (p.status, p.reason, p.expected) == (ProgressStatus.ON_TRACK, "ahead", 148.75)

    def test_behind_the_line(self) -> None:
        d = data({(2023, None): 155.0, (2024, None): 150.0}, **target((2023, 155.0), (2027, 130.0)))
        p = progress(d.indicator, d)
        assert (p.status, p.reason) == (ProgressStatus.OFF_TRACK, "behind")

    def test_on_the_line_is_on_track(self) -> None:
        d = data({(2024, None): 148.75}, **target((2023, 155.0), (2027, 130.0)))
        assert progress(d.indicator, d).status is ProgressStatus.ON_TRACK

    def test_the_target_reached(self) -> None:
        d = data({(2024, None): 129.0}, **target((2023, 155.0), (2027, 130.0)))
        assert progress(d.indicator, d).reason == "reached"

    def test_higher_is_better(self) -> None:
        """Trust 60 % (2024) → 70 % (2028): the line is 62,5 in 2025; 61 is behind."""
        d = data(
            {(2025, None): 61.0},
            unit=Unit.PERCENT,
            **target((2024, 60.0), (2028, 70.0), Direction.HIGHER),
        )
        p = progress(d.indicator, d)
        assert (p.status, p.expected) == (ProgressStatus.OFF_TRACK, 62.5)

    def test_the_direction_from_the_target(self) -> None:
        """No ``better``: a target below the baseline means lower is better (145 < 148,75)."""
        d = data({(2024, None): 145.0}, **target((2023, 155.0), (2027, 130.0), better=None))
        assert progress(d.indicator, d).status is ProgressStatus.ON_TRACK

    @pytest.mark.parametrize(
        ("kwargs", "reason"),
        [
            ({"target": Benchmark(2027, 130.0)}, "no_baseline"),
            ({"baseline": Benchmark(2023, 155.0)}, "no_target"),
            (target((2023, 155.0), (2027, 155.0), better=None), "no_direction"),
        ],
    )
    def test_no_data(self, kwargs: dict[str, object], reason: str) -> None:
        d = data({(2024, None): 150.0}, **kwargs)
        p = progress(d.indicator, d)
        assert (p.status, p.reason) == (ProgressStatus.NO_DATA, reason)

    def test_nothing_after_the_baseline_year(self) -> None:
        d = data({(2023, None): 155.0}, **target((2023, 155.0), (2027, 130.0)))
        assert progress(d.indicator, d).reason == "nothing_after_baseline"

    def test_a_year_under_way_is_not_a_year(self) -> None:
        """EST reports of January 2026, retrieved in February: not a value for 2026."""
        d = data(
            {(2026, None): 12.0},
            unit=Unit.COUNT,
            retrieved="2026-02-27",
            **target((2025, 44.0), (2027, 30.0)),
        )
        assert progress(d.indicator, d).reason == "nothing_after_baseline"

    def test_no_statistics(self) -> None:
        ind = Indicator("i", "Indikator", **target((2023, 155.0), (2027, 130.0)))  # type: ignore[arg-type]
        assert progress(ind, None).reason == "no_series"
