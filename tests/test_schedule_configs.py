"""The årshjul 2027 of the four bundled municipalities, pinned in full and justified per kind.

The full list of each is a golden file (tests/golden/schedule/<name>-2027.txt, one line
per occurrence); the tests below say why each kind of occurrence is there, citing the
heading of the municipality's own document (shared/seeds/README.md). Regenerate the
goldens after a reviewed change with ``python tests/test_schedule_configs.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from pathlib import Path

import pytest

from conftest import CONFIGS
from kbfa.config import format_path, load
from kbfa.model import Governance
from kbfa.schedule import (
    LAW_6_ATGARDSPLAN,
    LAW_6_LAGESBILD,
    LAW_13,
    Flag,
    Occurrence,
    OccurrenceKind,
    occurrences,
)

K = OccurrenceKind
GOLDEN = Path(__file__).parent / "golden" / "schedule"
NAMES = ("lindesberg", "nassjo", "hjo", "vetlanda")
YEAR = 2027


@functools.cache
def governance(name: str) -> Governance:
    return load(CONFIGS / f"{name}.toml").governance


@functools.cache
def schedule(name: str, year: int = YEAR) -> tuple[Occurrence, ...]:
    return occurrences(governance(name), year)


def golden_line(o: Occurrence) -> str:
    span = f"{o.start}..{o.end} {o.window.label()}" if o.window else ""
    when = o.date.isoformat() if o.date else span
    flags = ",".join(sorted(f.value for f in o.flags)) or "-"
    to = ",".join(o.to) or "-"
    return (
        f"{when} | {o.kind.value} | {o.subject} | to={to} | {o.index}/{o.count} | {flags} | "
        f"{format_path(o.source)} | {o.title}"
    )


def golden_text(name: str, year: int = YEAR) -> str:
    return "\n".join(golden_line(o) for o in schedule(name, year)) + "\n"


def of(name: str, kind: OccurrenceKind, subject: str | None = None) -> list[Occurrence]:
    return [
        o for o in schedule(name) if o.kind is kind and (subject is None or o.subject == subject)
    ]


def labels(occ: list[Occurrence]) -> list[str]:
    return [o.window.label() if o.window else o.start.isoformat() for o in occ]


class TestGolden:
    @pytest.mark.parametrize("name", NAMES)
    def test_full_list_2027(self, name: str) -> None:
        """The whole 2027 schedule equals the reviewed golden file, line for line."""
        expected = (GOLDEN / f"{name}-{YEAR}.txt").read_text(encoding="utf-8")
        assert golden_text(name) == expected

    @pytest.mark.parametrize("name", NAMES)
    def test_sorted(self, name: str) -> None:
        """Every list is sorted by start, kind and subject."""
        occ = schedule(name)
        assert list(occ) == sorted(occ, key=Occurrence.sort_key)

    @pytest.mark.parametrize("name", NAMES)
    def test_no_invented_dates(self, name: str) -> None:
        """No config gives a meeting or delivery date, so none of those occurrences is dated."""
        for o in schedule(name):
            if o.kind in {K.MEETING, K.DELIVERABLE, K.REPORT, K.FOLLOW_UP, K.RENEWAL}:
                assert o.date is None, o

    @pytest.mark.parametrize("name", NAMES)
    def test_statutory_cycle_without_evidence(self, name: str) -> None:
        """No config records evidence yet: 6 § (both duties) and 13 § are listed as undatable."""
        law = [o for o in schedule(name) if Flag.NO_EVIDENCE in o.flags]
        subjects = {o.subject for o in law}
        assert {LAW_6_LAGESBILD, LAW_6_ATGARDSPLAN} <= subjects
        assert len(law) == 3


class TestLindesberg:
    """Source: 004 "Struktur för det brottsförebyggande arbetet", heading 2. Struktur."""

    def test_total(self) -> None:
        """52 EST + 2 styrgrupp + 4 LindeBRÅ + review + 6 § ×2 + 13 § = 61."""
        assert Counter(o.kind for o in schedule("lindesberg")) == {
            K.MEETING: 58,
            K.REVIEW: 1,
            K.LAW_DEADLINE: 2,
            K.REPORT: 1,
        }

    def test_est_weekly(self) -> None:
        """ "EST-gruppen träffas en gång per vecka á 30 minuter": 52 ISO weeks, no weekday."""
        est = of("lindesberg", K.MEETING, "est")
        assert len(est) == 52
        assert labels(est)[0] == "vecka 1" and labels(est)[-1] == "vecka 52"
        assert all(o.duration_minutes == 30 for o in est)
        assert all(Flag.WEEKDAY_NOT_STATED in o.flags for o in est)
        assert {o.recurrence for o in est} == {est[0].recurrence}

    def test_styrgrupp(self) -> None:
        """ "Styrgruppen träffas två gånger per år – en gång på våren och en gång på hösten"."""
        assert labels(of("lindesberg", K.MEETING, "styrgrupp")) == [
            "våren (jan–jun)",
            "hösten (jul–dec)",
        ]

    def test_lindebra(self) -> None:
        """ "LindeBRÅ träffas fyra gånger per år – två gånger på våren och två på hösten"."""
        assert (
            labels(of("lindesberg", K.MEETING, "lindebra"))
            == ["våren (jan–jun)"] * 2 + ["hösten (jul–dec)"] * 2
        )

    def test_review(self) -> None:
        """Header: "Datum: 2024-04-30", "aktualitetsprövning: 3 år efter antagande"."""
        (o,) = of("lindesberg", K.REVIEW)
        assert o.date == dt.date(2027, 4, 30)


class TestNassjo:
    """Source: 000/001 "Plan för brottsförebyggande arbete" (KF 2024-03-21 § 39)."""

    def test_total(self) -> None:
        """3 lägesrapporter + lägesbild + 4 reports to KS + 2 follow-ups + renewal + 6 § ×2 + 13 §."""
        assert Counter(o.kind for o in schedule("nassjo")) == {
            K.DELIVERABLE: 4,
            K.REPORT: 5,
            K.FOLLOW_UP: 2,
            K.RENEWAL: 1,
            K.LAW_DEADLINE: 2,
        }

    def test_lagesrapport_three_times(self) -> None:
        """ "Kartläggning": "arbetar fram en lägesrapport tre gånger om året", one per tertial."""
        occ = of("nassjo", K.DELIVERABLE, "lagesrapport")
        assert labels(occ) == ["tertial 1 (jan–apr)", "tertial 2 (maj–aug)", "tertial 3 (sep–dec)"]
        assert all(Flag.SPREAD_EVENLY in o.flags for o in occ)

    def test_three_tertial_reports_to_ks(self) -> None:
        """ "Uppföljning": "Lägesrapporterna ... redovisas varje tertial för kommunstyrelsen"."""
        occ = of("nassjo", K.REPORT, "lagesrapport")
        assert [o.to for o in occ] == [("ks",)] * 3
        assert labels(occ) == ["tertial 1 (jan–apr)", "tertial 2 (maj–aug)", "tertial 3 (sep–dec)"]

    def test_lagesbild_in_third_tertial(self) -> None:
        """ "Uppföljning": "Det tredje tertialet redovisas lägesbild med orsaksanalys"."""
        assert labels(of("nassjo", K.REPORT, "lagesbild")) == ["tertial 3 (sep–dec)"]

    def test_lagesbild_at_least_yearly(self) -> None:
        """ "Minst en gång per år ska en utförlig lägesbild med orsaksanalys sammanställas"."""
        (o,) = of("nassjo", K.DELIVERABLE, "lagesbild")
        assert Flag.AT_LEAST in o.flags and o.window is not None

    def test_promise_follow_up(self) -> None:
        """ "Medborgarlöfte": "följer upp arbetet med medborgarlöftena två gånger om året"."""
        assert labels(of("nassjo", K.FOLLOW_UP)) == ["våren (jan–jun)", "hösten (jul–dec)"]

    def test_promise_renewal_year_unknown(self) -> None:
        """ "ses över och förnyas vart annat år", and no record says when last: year unknown."""
        (o,) = of("nassjo", K.RENEWAL)
        assert Flag.YEAR_NOT_KNOWN in o.flags

    def test_leadership_report(self) -> None:
        """ "Organisation och ansvar": KS leads; 13 § reporting to KF, not dated by the plan."""
        (o,) = of("nassjo", K.REPORT, "ks")
        assert o.to == ("kf",) and Flag.NO_EVIDENCE in o.flags


class TestHjo:
    """Source: 002 "Policy för kommunens brottsförebyggande arbete" (KF 2024-05-16 § 38)."""

    def test_total(self) -> None:
        """3 year-end deliverables + plan follow-up + camera report + 6 § ×2 + 13 §."""
        assert Counter(o.kind for o in schedule("hjo")) == {
            K.DELIVERABLE: 3,
            K.FOLLOW_UP: 1,
            K.REPORT: 2,
            K.LAW_DEADLINE: 2,
        }

    def test_year_end_work(self) -> None:
        """ "Årsanalys": "I slutet på varje kalenderår" the lägesbild, a new plan, the årsanalys."""
        occ = of("hjo", K.DELIVERABLE)
        assert sorted(o.subject for o in occ) == ["arsanalys", "atgardsplan", "lagesbild"]
        assert set(labels(occ)) == {"årets slut (december)"}

    def test_plan_follow_up_at_year_end(self) -> None:
        """ "Årsanalys": "Åtgärdsplanen ska följas upp" at year end (from the rule)."""
        (o,) = of("hjo", K.FOLLOW_UP)
        assert o.subject == "atgardsplan" and labels([o]) == ["årets slut (december)"]

    def test_camera_report_once(self) -> None:
        """ "Kamerabevakning": personal-data follow-up "redovisas till kommunstyrelsen årligen"."""
        occ = [o for o in of("hjo", K.REPORT) if o.subject != LAW_13]
        assert [(o.subject, o.to) for o in occ] == [("kamera-dataskydd", ("ks",))]

    def test_no_review(self) -> None:
        """ "Giltighetstid: Tills vidare" and no review date: nothing expires or is reviewed."""
        assert of("hjo", K.REVIEW) == [] and of("hjo", K.EXPIRY) == []


class TestVetlanda:
    """Source: 003 "Plan för brottsförebyggande arbete 2020–2023"."""

    def test_total(self) -> None:
        """Trygghetsbokslut + promise renewal + 6 § ×2 + 13 §."""
        assert Counter(o.kind for o in schedule("vetlanda")) == {
            K.DELIVERABLE: 1,
            K.RENEWAL: 1,
            K.LAW_DEADLINE: 2,
            K.REPORT: 1,
        }

    def test_trygghetsbokslut(self) -> None:
        """ "Uppföljning och utvärdering": "redovisas årligen i ett trygghetsbokslut"."""
        assert labels(of("vetlanda", K.DELIVERABLE, "trygghetsbokslut")) == ["under året"]

    def test_promise_renewal(self) -> None:
        """ "Struktur": the medborgarlöfte "förnyas vartannat år"; no record says which year."""
        (o,) = of("vetlanda", K.RENEWAL)
        assert Flag.YEAR_NOT_KNOWN in o.flags

    def test_plan_period_ended_2023(self) -> None:
        """ "gäller under perioden 2020-2023": plan, handlingsprogram, agreement end in 2023."""
        ends = [o for o in schedule("vetlanda", 2023) if o.kind is K.EXPIRY]
        assert {o.date for o in ends} == {dt.date(2023, 12, 31)}
        assert len(ends) == 3
        assert of("vetlanda", K.EXPIRY) == []


def regenerate() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        (GOLDEN / f"{name}-{YEAR}.txt").write_text(golden_text(name), encoding="utf-8")
        print(GOLDEN / f"{name}-{YEAR}.txt")


if __name__ == "__main__":  # the tests folder is on sys.path when run as a script
    regenerate()
