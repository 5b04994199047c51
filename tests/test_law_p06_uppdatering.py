"""6 § (rules/law/p06_uppdatering.py): update the lägesbild, follow up the plan, at least every second year.

Expected dates are written from the statute: "minst vartannat år" is 24 months
(settings.cycle_months); "senast" includes the due day. The plan's follow-up applies
from 2024-07-01 (övergångsbestämmelserna 2 p.), and its clock starts at the first
plan, never before 2024-07-01.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from builder import Builder, cad, in_folder, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.i18n import Lang
from kbfa.model import ContentPart, DeliverableKind, EvidenceKind, Per, RequirementKind, Text
from kbfa.rules import FollowUpClock, follow_up_due

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


# -- what each finding tells the coordinator: message, advice and the key it points at --


def told(
    b: Builder, code: str, as_of: str = AS_OF, *, lang: Lang = "sv"
) -> list[tuple[Verdict, Situation | None, str, str, str | None]]:
    """Each finding of ``code`` as the reader gets it: verdict, situation, the key path it
    points at (the model as if loaded from kommun.toml), message and fix."""
    result = evaluate(in_folder(b.build(), Path("kommun")), dt.date.fromisoformat(as_of), lang=lang)
    return [
        (f.verdict, f.situation, f.location.path if f.location else "", f.message, f.fix)
        for f in result.findings
        if f.code == code
    ]


def three_lagesbilder() -> Builder:
    """A plan (deliverables[0]) and three lägesbilder: [1] every third year, [2] yearly by
    the document's own requirement (requirements[1]), [3] yearly by its own cadence. A
    reporting requirement (requirements[0]) to present [1] yearly is no production cycle."""
    return (
        Builder()
        .deliverable("plan", PLAN)
        .deliverable("lb1", LB, "Lägesbild 1", cadence=[cad(1, YEAR, 3)])
        .deliverable("lb2", LB, "Lägesbild 2")
        .deliverable("lb3", LB, "Lägesbild 3", cadence=[cad(1)])
        .requirement("redovisning", RequirementKind.REPORTING, target="lb1", cadence=cad(1))
        .requirement("takt", RequirementKind.DELIVERABLE_CADENCE, target="lb2", cadence=cad(1))
    )


def follow_up_ways() -> Builder:
    """A lägesbild and a plan (deliverables[0], [1]) and things that are no way of
    following the plan up: a lägesbild built on the plan, a trygghetsbokslut built on the
    lägesbild, a practice requirement of meetings on the plan, a follow-up requirement of
    the lägesbild, all twelve times a year. The ways a test adds come after them."""
    return (
        Builder()
        .deliverable("lb", LB)
        .deliverable("plan", PLAN, based_on=["lb"])
        .deliverable("lb-ny", LB, based_on=["plan"], cadence=[cad(12)])
        .deliverable(
            "bokslut", DeliverableKind.TRYGGHETSBOKSLUT, based_on=["lb"], cadence=[cad(12)]
        )
        .requirement(
            "moten",
            RequirementKind.PRACTICE,
            target="plan",
            evidence_kind=EvidenceKind.MEETING_HELD,
            cadence=cad(12),
        )
        .requirement("lb-uppf", RequirementKind.FOLLOW_UP, target="lb", cadence=cad(12))
    )


def updated_thrice() -> Builder:
    """A plan (deliverables[0]) and a lägesbild (deliverables[1]) recorded on 2024-03-17
    ("KS § 9", evidence[0]), 2022-03-01 ("KS § 2") and 2023-02-01 ("KS § 4")."""
    return (
        Builder()
        .deliverable("plan", PLAN)
        .deliverable("lb", LB)
        .evidence("2024-03-17", EvidenceKind.ADOPTED, "lb", reference="KS § 9")
        .evidence("2022-03-01", EvidenceKind.DELIVERED, "lb", reference="KS § 2")
        .evidence("2023-02-01", EvidenceKind.DELIVERED, "lb", reference="KS § 4")
    )


def plan_adopted(*dates: str) -> Builder:
    """A lägesbild and a plan (deliverables[0], [1]), the plan adopted on each date in
    ``dates`` ("KS" and the date), and an uppföljning built on the plan (deliverables[2])
    and an årsanalys that is not (deliverables[3])."""
    b = (
        Builder()
        .deliverable("lb", LB)
        .deliverable("plan", PLAN, based_on=["lb"])
        .deliverable("uppf", DeliverableKind.UPPFOLJNING, based_on=["plan"])
        .deliverable("arsanalys", DeliverableKind.ARSANALYS, based_on=["lb"])
    )
    for date in dates:
        b.evidence(date, EvidenceKind.ADOPTED, "plan", reference=f"KS {date}")
    return b


#: The rules' own advice (their ``fix``), as `kbfa rules` prints it.
L6B_FIX = (
    "Beskriv hur och hur ofta åtgärdsplanen följs upp, t.ex. som en leverans med kind = "
    '"uppfoljning", based_on = [planens id] och en cadence.'
)
L6C_FIX = "Uppdatera lägesbilden och registrera det under [[evidence]] med datum och referens."
L6D_FIX = (
    "Följ upp åtgärdsplanen och registrera uppföljningen under [[evidence]] (kind = "
    '"followed_up", subject = planens id).'
)
CYCLE_FIX = (
    'Ange i styrdokumentet (och i cadence för "Lägesbild 1") att lägesbilden uppdateras '
    "minst var 24:e månad."
)


class TestL6AWords:
    """6 § "minst vartannat år" for the lägesbild, in the words and at the key the
    coordinator gets."""

    def test_no_lagesbild(self) -> None:
        assert told(Builder(), "KBFA-L6A") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables",
                "Det finns ingen lägesbild att uppdatera (se KBFA-L4A), så styrningen saknar "
                "den cykel som 6 § kräver.",
                "Ange hur ofta lägesbilden uppdateras (cadence), minst vartannat år.",
            )
        ]

    def test_the_most_frequent_cycle_of_any_lagesbild_first_found(self) -> None:
        """Every third year, yearly by the document's requirement, yearly by its own
        cadence: the first yearly one (the requirement's) is quoted. A requirement to
        report the lägesbild yearly is not a cycle of producing it."""
        assert told(three_lagesbilder(), "KBFA-L6A") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[2].cadence",
                'Lägesbilden "Lägesbild 2" tas fram en gång per år, alltså minst var 24:e månad.',
                None,
            )
        ]

    def test_no_cycle_stated_for_any_lagesbild(self) -> None:
        b = (
            Builder()
            .deliverable("plan", PLAN)
            .deliverable("lb1", LB, "Lägesbild 1")
            .deliverable("lb2", LB, "Lägesbild 2")
        )
        assert told(b, "KBFA-L6A") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables[1].cadence",
                'Det anges inte hur ofta lägesbilden "Lägesbild 1", "Lägesbild 2" uppdateras.',
                CYCLE_FIX,
            )
        ]

    def test_a_slower_cycle_and_a_reporting_requirement(self) -> None:
        """Every third year, reported yearly: still produced every third year (contrary)."""
        b = (
            Builder()
            .deliverable("plan", PLAN)
            .deliverable("lb1", LB, "Lägesbild 1", cadence=[cad(1, YEAR, 3)])
            .requirement("redovisning", RequirementKind.REPORTING, target="lb1", cadence=cad(1))
        )
        assert told(b, "KBFA-L6A") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.CONTRARY,
                "deliverables[1].cadence",
                'Lägesbilden "Lägesbild 1" tas fram en gång per 3 år, mer sällan än var 24:e '
                "månad; 6 § kräver att den uppdateras minst vartannat år.",
                CYCLE_FIX,
            )
        ]
        assert told(b, "KBFA-L6A", lang="en")[0][3:] == (
            'The lägesbild "Lägesbild 1" is produced once every 3 years, less often than every '
            "24 months; s. 6 requires an update at least every second year.",
            'State in the steering document (and in cadence of "Lägesbild 1") that the '
            "lägesbild is updated at least every 24 months.",
        )

    def test_the_setting_is_named(self) -> None:
        """cycle_months = 36: every third year is within it, and the message says 36."""
        b = (
            Builder()
            .deliverable("lb1", LB, "Lägesbild 1", cadence=[cad(1, YEAR, 3)])
            .settings_(cycle_months=36)
        )
        assert told(b, "KBFA-L6A")[0][3] == (
            'Lägesbilden "Lägesbild 1" tas fram en gång per 3 år, alltså minst var 36:e månad.'
        )


class TestL6BWords:
    """The ways the plan is followed up, and the fastest of them, in words and key."""

    def test_no_plan(self) -> None:
        assert told(Builder(), "KBFA-L6B") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.MISSING_STEP,
                "deliverables",
                "Det finns ingen åtgärdsplan att följa upp (se KBFA-L5A).",
                L6B_FIX,
            )
        ]

    def test_nothing_that_follows_the_plan_up(self) -> None:
        """A lägesbild built on the plan, a trygghetsbokslut not built on it, a practice of
        meetings and a follow-up of the lägesbild do not follow the plan up."""
        assert told(follow_up_ways(), "KBFA-L6B") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables[1]",
                "Det anges inte hur eller hur ofta åtgärdsplanen följs upp.",
                L6B_FIX,
            )
        ]

    def test_ways_without_a_cadence_name_the_first(self) -> None:
        b = (
            follow_up_ways()
            .requirement("r1", RequirementKind.FOLLOW_UP, target="plan")
            .requirement(
                "r2",
                RequirementKind.PRACTICE,
                target="plan",
                evidence_kind=EvidenceKind.FOLLOWED_UP,
            )
        )
        assert told(b, "KBFA-L6B") == [
            (
                Verdict.DELVIS,
                Situation.MISSING_STEP,
                "requirements[2]",
                'Åtgärdsplanen följs upp genom "Kravet r1", men det anges inte hur ofta.',
                L6B_FIX,
            )
        ]

    def test_the_fastest_way_decides(self) -> None:
        """An uppföljning built on the plan every third year, an årsanalys covering the
        follow-up yearly by the document's requirement, a follow-up requirement without
        cadence: the årsanalys (deliverables[5]) meets 6 §."""
        b = (
            follow_up_ways()
            .deliverable(
                "uppf",
                DeliverableKind.UPPFOLJNING,
                "Uppföljning",
                based_on=["plan"],
                cadence=[cad(1, YEAR, 3)],
            )
            .deliverable(
                "arsanalys", DeliverableKind.ARSANALYS, "Årsanalys", covers=[ContentPart.FOLLOW_UP]
            )
            .requirement(
                "takt", RequirementKind.DELIVERABLE_CADENCE, target="arsanalys", cadence=cad(1)
            )
            .requirement("r1", RequirementKind.FOLLOW_UP, target="plan")
        )
        assert told(b, "KBFA-L6B") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[5].cadence",
                'Åtgärdsplanen följs upp genom "Årsanalys", en gång per år.',
                None,
            )
        ]

    def test_only_slow_ways(self) -> None:
        """Every third year and every fourth: the faster is quoted, contrary to 6 §."""
        b = (
            follow_up_ways()
            .requirement("r1", RequirementKind.FOLLOW_UP, target="plan", cadence=cad(1, YEAR, 3))
            .requirement(
                "r2",
                RequirementKind.PRACTICE,
                target="plan",
                evidence_kind=EvidenceKind.FOLLOWED_UP,
                cadence=cad(1, YEAR, 4),
            )
        )
        assert told(b, "KBFA-L6B") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.CONTRARY,
                "requirements[2]",
                'Åtgärdsplanen följs upp genom "Kravet r1", en gång per 3 år, mer sällan än var '
                "24:e månad.",
                L6B_FIX,
            )
        ]
        assert told(b, "KBFA-L6B", lang="en")[0][3] == (
            'The åtgärdsplan is followed up through "Kravet r1", once every 3 years, less often '
            "than every 24 months."
        )

    def test_a_requirement_is_named_by_its_text_without_the_full_stop(self) -> None:
        """A requirement's sentence quoted as its name loses only its full stop: "bilaga
        X." keeps its X."""
        b = follow_up_ways().requirement("r1", RequirementKind.FOLLOW_UP, target="plan")
        b.requirements[-1] = attrs.evolve(
            b.requirements[-1], text=Text("Planen följs upp enligt bilaga X.")
        )
        assert told(b, "KBFA-L6B")[0][3] == (
            'Åtgärdsplanen följs upp genom "Planen följs upp enligt bilaga X", men det anges '
            "inte hur ofta."
        )


class TestL6CWords:
    def test_nothing_to_assess(self) -> None:
        assert told(Builder(), "KBFA-L6C") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.MISSING_STEP,
                "deliverables",
                "Det finns ingen lägesbild att bedöma (se KBFA-L4A).",
                L6C_FIX,
            )
        ]
        b = Builder().deliverable("plan", PLAN).deliverable("lb", LB)
        assert told(b, "KBFA-L6C") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[1]",
                "Ingen framtagning eller uppdatering av lägesbilden är registrerad.",
                L6C_FIX,
            )
        ]

    def test_the_latest_of_three_records(self) -> None:
        """Records of 2024-03-17, 2022-03-01 and 2023-02-01: the one of 2024 (evidence[0])
        is due again by 2026-03-17."""
        assert told(updated_thrice(), "KBFA-L6C", "2026-03-17") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[0]",
                "Lägesbilden uppdaterades senast 2024-03-17 (KS § 9); nästa uppdatering senast "
                "2026-03-17.",
                None,
            )
        ]
        assert told(updated_thrice(), "KBFA-L6C", "2026-03-18") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "evidence[0]",
                "Lägesbilden uppdaterades senast 2024-03-17 (KS § 9); nästa uppdatering skulle "
                "ha gjorts senast 2026-03-17.",
                L6C_FIX,
            )
        ]


class TestL6DWords:
    def test_nothing_to_assess(self) -> None:
        assert told(Builder(), "KBFA-L6D") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.MISSING_STEP,
                "deliverables",
                "Det finns ingen åtgärdsplan att följa upp (se KBFA-L5A).",
                L6D_FIX,
            )
        ]
        assert told(plan_adopted(), "KBFA-L6D") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[1]",
                "Inget beslut om eller uppföljning av åtgärdsplanen är registrerat.",
                L6D_FIX,
            )
        ]

    def test_the_first_plan_starts_the_clock(self) -> None:
        """Adopted 2024-09-15 and, first, 2024-06-12 (evidence[1]): the first plan's
        follow-up is due 24 months from 2024-07-01, on 2026-07-01."""
        b = plan_adopted("2024-09-15", "2024-06-12")
        assert told(b, "KBFA-L6D", "2026-07-01") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[1]",
                "Den första åtgärdsplanen beslutades 2024-06-12 (KS 2024-06-12); den första "
                "uppföljningen ska göras senast 2026-07-01.",
                None,
            )
        ]
        assert told(b, "KBFA-L6D", "2026-07-02") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "evidence[1]",
                "Den första åtgärdsplanen beslutades 2024-06-12 (KS 2024-06-12), men ingen "
                "uppföljning är registrerad; den skulle ha gjorts senast 2026-07-01.",
                L6D_FIX,
            )
        ]

    def test_the_latest_follow_up_restarts_it(self) -> None:
        """Follow-ups of 2025-11-12 ("KS § 20", evidence[1]) and 2025-02-01, an uppföljning
        delivered 2024-12-01; an årsanalys of 2026-01-15 not built on the plan does not
        count. Due again by 2027-11-12."""
        b = (
            plan_adopted("2024-09-15")
            .evidence("2025-11-12", EvidenceKind.FOLLOWED_UP, "plan", reference="KS § 20")
            .evidence("2025-02-01", EvidenceKind.FOLLOWED_UP, "plan", reference="KS § 10")
            .evidence("2026-01-15", EvidenceKind.DELIVERED, "arsanalys")
            .evidence("2024-12-01", EvidenceKind.DELIVERED, "uppf", reference="Uppf 1")
        )
        assert told(b, "KBFA-L6D", "2027-11-12") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[1]",
                "Åtgärdsplanen följdes upp senast 2025-11-12 (KS § 20); nästa uppföljning "
                "senast 2027-11-12.",
                None,
            )
        ]
        assert told(b, "KBFA-L6D", "2027-11-13") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "evidence[1]",
                "Åtgärdsplanen följdes upp senast 2025-11-12 (KS § 20); nästa uppföljning "
                "skulle ha gjorts senast 2027-11-12.",
                L6D_FIX,
            )
        ]

    def test_a_delivered_uppfoljning_is_the_latest_follow_up(self) -> None:
        b = plan_adopted("2024-09-15").evidence(
            "2025-06-01", EvidenceKind.DELIVERED, "uppf", reference="Uppf 2"
        )
        assert told(b, "KBFA-L6D") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[1]",
                "Åtgärdsplanen följdes upp senast 2025-06-01 (Uppf 2); nästa uppföljning "
                "senast 2027-06-01.",
                None,
            )
        ]


class TestFollowUpDueForALibrary:
    """kbfa.rules.follow_up_due: the clock L6D judges by, as a library reads it."""

    def test_from_the_first_plan(self) -> None:
        """First plan adopted 2024-06-12 (evidence[1]): due 2026-07-01, and it is the first."""
        g = plan_adopted("2024-09-15", "2024-06-12").build()
        assert follow_up_due(g, dt.date(2026, 11, 29)) == FollowUpClock(
            due=dt.date(2026, 7, 1),
            since=dt.date(2024, 6, 12),
            reference="KS 2024-06-12",
            path=("evidence", 1),
            first=True,
        )

    def test_from_the_latest_follow_up(self) -> None:
        """Followed up 2025-11-12 (evidence[1]): due 2027-11-12, and not the first (False,
        not merely falsy: the field is a bool)."""
        g = (
            plan_adopted("2024-09-15")
            .evidence("2025-11-12", EvidenceKind.FOLLOWED_UP, "plan", reference="KS § 20")
            .build()
        )
        clock = follow_up_due(g, dt.date(2026, 11, 29))
        assert clock == FollowUpClock(
            due=dt.date(2027, 11, 12),
            since=dt.date(2025, 11, 12),
            reference="KS § 20",
            path=("evidence", 1),
            first=False,
        )
        assert clock is not None and clock.first is False

    def test_nothing_recorded(self) -> None:
        assert follow_up_due(plan_adopted().build(), dt.date(2026, 11, 29)) is None
