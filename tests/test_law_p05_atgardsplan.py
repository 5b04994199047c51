"""5 § (rules/law/p05_atgardsplan.py): the municipality decides a plan on the lägesbild.

Expected verdicts from 5 § and 6 kap. 37 § kommunallagen: the decision is the
municipality's (fullmäktige, kommunstyrelsen, a nämnd or a delegate such as a
presidium), never a ledningsgrupp of officials or a styrgrupp with the police; no
plan was needed before 2024-07-01 (övergångsbestämmelserna 2 p.).
"""

from __future__ import annotations

import pytest

from builder import Builder, findings, one, reporting, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import BodyKind, DeliverableKind, EvidenceKind, OrganisationKind

AS_OF = "2026-11-29"
PLAN, LB = DeliverableKind.ATGARDSPLAN, DeliverableKind.LAGESBILD


def bodies() -> Builder:
    return (
        Builder()
        .police()
        .role("kso", senior=True)
        .role("lpo", org="polisen", senior=True)
        .body("kf", BodyKind.ASSEMBLY, "Kommunfullmäktige")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .body("socialnamnden", BodyKind.COMMITTEE, "Socialnämnden")
        .body("presidiet", BodyKind.PRESIDIUM, "Kommunstyrelsens presidium")
        .body("ledningsgrupp", BodyKind.MANAGEMENT_GROUP, "Förvaltningsledningen")
        .body("enheten", BodyKind.UNIT, "Säkerhetsenheten", organisation="kommun")
        .body("styrgrupp", BodyKind.STEERING_GROUP, "Styrgrupp", members=["kso", "lpo"])
    )


DECIDERS = [
    ("kf", Verdict.UPPFYLLT, None),
    ("ks", Verdict.UPPFYLLT, None),
    ("socialnamnden", Verdict.UPPFYLLT, None),
    ("presidiet", Verdict.UPPFYLLT, None),  # a delegate under 6 kap. 37 § KL
    ("ledningsgrupp", Verdict.EJ_UPPFYLLT, Situation.CONTRARY),
    ("enheten", Verdict.EJ_UPPFYLLT, Situation.CONTRARY),
    ("styrgrupp", Verdict.EJ_UPPFYLLT, Situation.CONTRARY),
]


class TestL5ADecision:
    @pytest.mark.parametrize(("decider", "verdict", "situation"), DECIDERS)
    def test_who_may_decide_the_plan(
        self, decider: str, verdict: Verdict, situation: Situation | None
    ) -> None:
        """Only a body that can decide for the municipality under kommunallagen decides it."""
        g = bodies().deliverable("plan", PLAN, decided_by=decider).build()
        f = one(g, "KBFA-L5A", AS_OF)
        assert (f.verdict, f.situation) == (verdict, situation)

    def test_a_group_of_officials_deciding_is_a_breach(self) -> None:
        """Hjo-like: 'beslutas av Förvaltningsledningen' contradicts the law (a breach)."""
        g = bodies().deliverable("plan", PLAN, decided_by="ledningsgrupp").build()
        f = one(g, "KBFA-L5A", AS_OF)
        assert f.severity is Severity.BREACH
        assert "6 kap. 37 § kommunallagen" in f.message

    def test_silence_on_the_decision_is_a_missing_step(self) -> None:
        """Who decides the plan is an operational step the law demands: delvis, a breach."""
        g = bodies().deliverable("plan", PLAN).build()
        f = one(g, "KBFA-L5A", AS_OF)
        assert shape(f) == (Verdict.DELVIS, Situation.MISSING_STEP, Severity.BREACH)
        assert f.message == 'Det anges inte vem som beslutar åtgärdsplanen "Plan".'

    def test_silence_names_where_the_plan_goes_when_none_there_can_decide(self) -> None:
        """Lindesberg 004:86: proposals go to LindeBRÅ and the styrgrupp, neither can decide."""
        g = (
            bodies()
            .body("lindebra", BodyKind.PREPARATORY_GROUP, "LindeBRÅ")
            .deliverable(
                "plan",
                PLAN,
                recipients=[reporting("lindebra"), reporting("styrgrupp")],
            )
            .build()
        )
        f = one(g, "KBFA-L5A", AS_OF)
        assert f.message.endswith(
            "Den ska lämnas till LindeBRÅ och Styrgrupp, som inte kan fatta beslut för kommunen."
        )

    def test_no_plan_is_a_missing_step(self) -> None:
        """No åtgärdsplan at all: ej uppfyllt, a breach."""
        f = one(bodies().build(), "KBFA-L5A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)

    def test_every_plan_is_assessed(self) -> None:
        """Two plans, one decided by KS and one by a ledningsgrupp: two findings."""
        g = (
            bodies()
            .deliverable("plan", PLAN, decided_by="ks")
            .deliverable("plan2", PLAN, decided_by="ledningsgrupp")
            .build()
        )
        got = [f.verdict for f in findings(g, "KBFA-L5A", AS_OF)]
        assert sorted(got) == sorted([Verdict.UPPFYLLT, Verdict.EJ_UPPFYLLT])


class TestL5BBasis:
    def test_basis_through_a_cause_analysis(self) -> None:
        """A plan built on a cause analysis that builds on the lägesbild meets 5 §."""
        g = (
            Builder()
            .deliverable("lb", LB)
            .deliverable("orsak", DeliverableKind.ORSAKSANALYS, based_on=["lb"])
            .deliverable("plan", PLAN, based_on=["orsak"])
            .build()
        )
        assert one(g, "KBFA-L5B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_basis_is_a_missing_step(self) -> None:
        """A plan not stated to rest on a lägesbild: ej uppfyllt."""
        g = Builder().deliverable("plan", PLAN).build()
        f = one(g, "KBFA-L5B", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)

    def test_no_plan_cannot_be_assessed(self) -> None:
        """Without a plan its basis cannot be assessed."""
        assert one(Builder().build(), "KBFA-L5B", AS_OF).verdict is Verdict.EJ_BEDOMBART


class TestL5CMeasures:
    def test_measures_of_the_plan(self) -> None:
        """Registered measures of the plan: uppfyllt."""
        g = Builder().deliverable("plan", PLAN).measure("m1", plan="plan").build()
        assert one(g, "KBFA-L5C", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_measure_without_plan_belongs_to_the_only_plan(self) -> None:
        """One plan: a measure naming no plan is its measure."""
        g = Builder().deliverable("plan", PLAN).measure("m1").build()
        assert one(g, "KBFA-L5C", AS_OF).verdict is Verdict.UPPFYLLT

    def test_unrecorded_measures_cannot_be_assessed(self) -> None:
        """No measures registered is unrecorded, not absent: ej bedömbart (a warning)."""
        f = one(Builder().deliverable("plan", PLAN).build(), "KBFA-L5C", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)


class TestL5DAdopted:
    def test_lagesbild_on_the_day_of_adoption_counts(self) -> None:
        """KS often takes the lägesbild and the plan at one meeting: same day is 'med underlag'."""
        g = (
            Builder()
            .deliverable("lb", LB)
            .deliverable("plan", PLAN)
            .evidence("2025-05-20", EvidenceKind.DELIVERED, "lb")
            .evidence("2025-05-20", EvidenceKind.ADOPTED, "plan")
            .build()
        )
        assert one(g, "KBFA-L5D", AS_OF).verdict is Verdict.UPPFYLLT

    def test_lagesbild_the_day_after_adoption_does_not(self) -> None:
        """A lägesbild recorded only the day after the adoption was not its basis: delvis."""
        g = (
            Builder()
            .deliverable("lb", LB)
            .deliverable("plan", PLAN)
            .evidence("2025-05-21", EvidenceKind.DELIVERED, "lb")
            .evidence("2025-05-20", EvidenceKind.ADOPTED, "plan")
            .build()
        )
        f = one(g, "KBFA-L5D", AS_OF)
        assert shape(f) == (Verdict.DELVIS, Situation.UNRECORDED, Severity.WARNING)

    def test_no_adoption_recorded_cannot_be_assessed(self) -> None:
        """No recorded decision is ej bedömbart, never uppfyllt."""
        g = Builder().deliverable("plan", PLAN).build()
        assert one(g, "KBFA-L5D", AS_OF).verdict is Verdict.EJ_BEDOMBART


class TestInForce:
    @pytest.mark.parametrize("code", ["KBFA-L5A", "KBFA-L5B", "KBFA-L5C", "KBFA-L5D"])
    def test_5_applies_from_1_july_2024(self, code: str) -> None:
        """Övergångsbestämmelserna 2 p.: not assessed on 2024-06-30, assessed on 2024-07-01."""
        g = Builder().build()
        assert one(g, code, "2024-06-30").verdict is Verdict.EJ_TILLAMPLIG
        assert one(g, code, "2024-07-01").verdict is not Verdict.EJ_TILLAMPLIG


def test_an_external_organisation_is_no_decider() -> None:
    """A body of another organisation (here a company's board) cannot decide the plan."""
    g = (
        Builder()
        .org("bolaget", OrganisationKind.COMPANY)
        .body("styrelse", BodyKind.OTHER, "Bolagets styrelse", organisation="bolaget")
        .deliverable("plan", PLAN, decided_by="styrelse")
        .build()
    )
    assert one(g, "KBFA-L5A", AS_OF).verdict is Verdict.EJ_UPPFYLLT
