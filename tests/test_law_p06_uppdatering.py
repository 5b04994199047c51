"""6 § (rules/law/p06_uppdatering.py): update the lägesbild, follow up the plan, at least every second year.

Expected dates are written from the statute: "minst vartannat år" is 24 months
(settings.cycle_months); "senast" includes the due day. The plan's follow-up applies
from 2024-07-01 (övergångsbestämmelserna 2 p.), and its clock starts at the first
plan, never before 2024-07-01.
"""

from __future__ import annotations

import pytest

from builder import Builder, cad, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import ContentPart, DeliverableKind, EvidenceKind, Per, RequirementKind

AS_OF = "2026-11-29"
LB, PLAN = DeliverableKind.LAGESBILD, DeliverableKind.ATGARDSPLAN
YEAR = Per.YEAR


class TestL6ALagesbildCycle:
    @pytest.mark.parametrize(
        ("cadence", "verdict"),
        [
            (cad(1, YEAR), Verdict.UPPFYLLT),
            (cad(3, YEAR), Verdict.UPPFYLLT),
            (cad(1, Per.TERTIAL), Verdict.UPPFYLLT),
            (cad(1, YEAR, 2), Verdict.UPPFYLLT),  # vartannat år: exactly the law's minimum
            (cad(1, YEAR, 3), Verdict.EJ_UPPFYLLT),  # vart tredje år: slower than the law
            (cad(1, Per.HALF_YEAR, 5), Verdict.EJ_UPPFYLLT),  # every 30 months
        ],
    )
    def test_cadence_against_every_second_year(self, cadence: object, verdict: Verdict) -> None:
        """A lägesbild produced at least every 24 months meets 6 §; a slower one contradicts it."""
        g = Builder().deliverable("lb", LB, cadence=[cadence]).build()
        assert one(g, "KBFA-L6A", AS_OF).verdict is verdict

    def test_a_slower_cycle_contradicts_the_law(self) -> None:
        """Every third year stated in the document: ej uppfyllt, contrary, a breach."""
        g = Builder().deliverable("lb", LB, cadence=[cad(1, YEAR, 3)]).build()
        f = one(g, "KBFA-L6A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.CONTRARY, Severity.BREACH)

    def test_no_cadence_is_a_missing_step(self) -> None:
        """A lägesbild with no stated cycle misses the 6 § step: ej uppfyllt, a breach."""
        f = one(Builder().deliverable("lb", LB).build(), "KBFA-L6A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)

    def test_no_lagesbild_lacks_the_cycle(self) -> None:
        """No lägesbild at all: nothing provides the cycle 6 § demands (ej uppfyllt)."""
        f = one(Builder().build(), "KBFA-L6A", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP)

    def test_a_local_requirement_gives_the_cadence(self) -> None:
        """The document's own 'yearly' requirement on the lägesbild gives its cycle."""
        g = (
            Builder()
            .deliverable("lb", LB)
            .requirement("r", RequirementKind.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
            .build()
        )
        assert one(g, "KBFA-L6A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_shorter_setting_makes_every_second_year_too_slow(self) -> None:
        """With cycle_months = 12 a lägesbild every second year is too slow."""
        g = (
            Builder()
            .deliverable("lb", LB, cadence=[cad(1, YEAR, 2)])
            .settings_(cycle_months=12)
            .build()
        )
        assert one(g, "KBFA-L6A", AS_OF).verdict is Verdict.EJ_UPPFYLLT


def plan_with(*ways: tuple[str, dict[str, object]]) -> Builder:
    b = Builder().deliverable("lb", LB).deliverable("plan", PLAN, based_on=["lb"])
    for id_, kw in ways:
        b.deliverable(id_, kw.pop("kind", DeliverableKind.UPPFOLJNING), **kw)  # type: ignore[arg-type]
    return b


class TestL6BFollowUpCycle:
    def test_yearly_follow_up_built_on_the_plan(self) -> None:
        """An uppföljning based on the plan, yearly: uppfyllt."""
        g = plan_with(("uppf", {"based_on": ["plan"], "cadence": [cad(1)]})).build()
        assert one(g, "KBFA-L6B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_tertial_report_of_ongoing_measures_is_follow_up(self) -> None:
        """Nässjö 000:67: lägesrapporter of measures each tertial cover the follow-up."""
        g = plan_with(
            (
                "rapport",
                {
                    "kind": DeliverableKind.LAGESRAPPORT,
                    "covers": [ContentPart.FOLLOW_UP],
                    "cadence": [cad(3, YEAR)],
                },
            )
        ).build()
        assert one(g, "KBFA-L6B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_the_fastest_of_several_ways_counts(self) -> None:
        """A yearly uppföljning and a follow-up requirement every third year: the yearly one decides."""
        g = (
            plan_with(("uppf", {"based_on": ["plan"], "cadence": [cad(1)]}))
            .requirement("r", RequirementKind.FOLLOW_UP, target="plan", cadence=cad(1, YEAR, 3))
            .build()
        )
        assert one(g, "KBFA-L6B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_only_slow_ways_contradict_the_law(self) -> None:
        """Every third year is slower than the law: ej uppfyllt (contrary)."""
        g = plan_with(("uppf", {"based_on": ["plan"], "cadence": [cad(1, YEAR, 3)]})).build()
        f = one(g, "KBFA-L6B", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_UPPFYLLT, Situation.CONTRARY)

    def test_a_way_without_cadence_is_partly_met(self) -> None:
        """Lindesberg 004:66: LindeBRÅ follows up, how often is not said: delvis (a breach)."""
        g = plan_with(("uppf", {"based_on": ["plan"]})).build()
        f = one(g, "KBFA-L6B", AS_OF)
        assert shape(f) == (Verdict.DELVIS, Situation.MISSING_STEP, Severity.BREACH)

    def test_no_way_is_a_missing_step(self) -> None:
        """Neither how nor how often: ej uppfyllt."""
        f = one(plan_with().build(), "KBFA-L6B", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP)

    def test_a_practice_requirement_of_follow_up_is_a_way(self) -> None:
        """Nässjö 000:65 'Åtgärder och aktiviteter ska följas upp' with no interval: delvis."""
        g = (
            plan_with()
            .requirement(
                "r",
                RequirementKind.PRACTICE,
                target="plan",
                evidence_kind=EvidenceKind.FOLLOWED_UP,
            )
            .build()
        )
        assert one(g, "KBFA-L6B", AS_OF).verdict is Verdict.DELVIS

    def test_applies_from_1_july_2024(self) -> None:
        """No plan was required before 2024-07-01, so neither was following one up."""
        g = plan_with().build()
        assert one(g, "KBFA-L6B", "2024-06-30").verdict is Verdict.EJ_TILLAMPLIG
        assert one(g, "KBFA-L6B", "2024-07-01").verdict is Verdict.EJ_UPPFYLLT


def lagesbild_on(date: str) -> Builder:
    return Builder().deliverable("lb", LB).evidence(date, EvidenceKind.DELIVERED, "lb")


class TestL6CUpdatedOnTime:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2026-03-16", Verdict.UPPFYLLT),
            ("2026-03-17", Verdict.UPPFYLLT),  # the due day itself is on time ("senast")
            ("2026-03-18", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_24_months_from_the_latest_update(self, as_of: str, verdict: Verdict) -> None:
        """A lägesbild of 2024-03-17 is due again by 2026-03-17."""
        assert one(lagesbild_on("2024-03-17").build(), "KBFA-L6C", as_of).verdict is verdict

    def test_late_is_a_missing_step(self) -> None:
        """An update overdue is a breach, naming the due date."""
        f = one(lagesbild_on("2024-03-17").build(), "KBFA-L6C", "2026-03-18")
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)
        assert "senast 2026-03-17" in f.message

    def test_a_record_after_the_date_is_not_yet_a_fact(self) -> None:
        """A record dated after the evaluation date does not count."""
        f = one(lagesbild_on("2026-12-01").build(), "KBFA-L6C", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED)


class TestL6DFollowedUpOnTime:
    @pytest.mark.parametrize(
        ("adopted", "as_of", "verdict"),
        [
            # A first plan before 2024-07-01: the clock starts on 2024-07-01, due 2026-07-01.
            ("2024-06-12", "2026-06-20", Verdict.UPPFYLLT),
            ("2024-06-12", "2026-06-30", Verdict.UPPFYLLT),
            ("2024-06-12", "2026-07-01", Verdict.UPPFYLLT),
            ("2024-06-12", "2026-07-02", Verdict.EJ_UPPFYLLT),
            # A first plan after 2024-07-01: 24 months from its adoption.
            ("2024-09-15", "2026-09-14", Verdict.UPPFYLLT),
            ("2024-09-15", "2026-09-15", Verdict.UPPFYLLT),
            ("2024-09-15", "2026-09-16", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_clock_from_the_first_plan(self, adopted: str, as_of: str, verdict: Verdict) -> None:
        """With no follow-up recorded, the first follow-up is due 24 months after the first plan."""
        g = (
            Builder()
            .deliverable("plan", PLAN)
            .evidence(adopted, EvidenceKind.ADOPTED, "plan")
            .build()
        )
        assert one(g, "KBFA-L6D", as_of).verdict is verdict

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2027-11-11", Verdict.UPPFYLLT),
            ("2027-11-12", Verdict.UPPFYLLT),
            ("2027-11-13", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_clock_from_the_latest_follow_up(self, as_of: str, verdict: Verdict) -> None:
        """A follow-up of 2025-11-12 is due again by 2027-11-12."""
        g = (
            Builder()
            .deliverable("plan", PLAN)
            .evidence("2024-06-12", EvidenceKind.ADOPTED, "plan")
            .evidence("2025-11-12", EvidenceKind.FOLLOWED_UP, "plan")
            .build()
        )
        assert one(g, "KBFA-L6D", as_of).verdict is verdict

    def test_a_delivered_follow_up_report_counts(self) -> None:
        """An uppföljning based on the plan, delivered, is a follow-up of the plan."""
        g = (
            Builder()
            .deliverable("plan", PLAN)
            .deliverable("uppf", DeliverableKind.UPPFOLJNING, based_on=["plan"])
            .evidence("2025-11-12", EvidenceKind.DELIVERED, "uppf")
            .build()
        )
        assert one(g, "KBFA-L6D", AS_OF).verdict is Verdict.UPPFYLLT

    def test_nothing_recorded_cannot_be_assessed(self) -> None:
        """Neither adoption nor follow-up recorded: ej bedömbart."""
        g = Builder().deliverable("plan", PLAN).build()
        assert one(g, "KBFA-L6D", AS_OF).verdict is Verdict.EJ_BEDOMBART

    def test_applies_from_1_july_2024(self) -> None:
        """Not assessed before 2024-07-01: no plan was needed to be followed up."""
        g = Builder().deliverable("plan", PLAN).build()
        assert one(g, "KBFA-L6D", "2024-06-30").verdict is Verdict.EJ_TILLAMPLIG
        assert one(g, "KBFA-L6D", "2024-07-01").verdict is Verdict.EJ_BEDOMBART
