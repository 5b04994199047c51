"""5 § (rules/law/p05_atgardsplan.py): the municipality decides a plan on the lägesbild.

Expected verdicts from 5 § and 6 kap. 37 § kommunallagen: the decision is the
municipality's (fullmäktige, kommunstyrelsen, a nämnd or a delegate such as a
presidium), never a ledningsgrupp of officials or a styrgrupp with the police; no
plan was needed before 2024-07-01 (övergångsbestämmelserna 2 p.).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import Builder, findings, in_folder, one, reporting, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.i18n import Lang
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


def decide_fix(name: str) -> str:
    """L5A's advice for the plan called ``name`` (its message text)."""
    return (
        "Låt fullmäktige, kommunstyrelsen eller en nämnd (eller en delegat enligt 6 kap. 37 § "
        f"kommunallagen) besluta åtgärdsplanen {name}, skriv det i styrdokumentet och ange "
        "organet i decided_by."
    )


def four_plans() -> Builder:
    """A lägesbild (deliverables[0]) and four plans, [1] to [4]: decided by kommunstyrelsen,
    by a group of officials, silent but sent to kommunstyrelsen, and silent, anchored in
    LindeBRÅ and sent to a styrgrupp."""
    return (
        bodies()
        .body("lindebra", BodyKind.PREPARATORY_GROUP, "LindeBRÅ")
        .deliverable("lb", LB)
        .deliverable("p1", PLAN, "Plan 1", decided_by="ks")
        .deliverable("p2", PLAN, "Plan 2", decided_by="ledningsgrupp")
        .deliverable(
            "p3", PLAN, "Plan 3", anchored_in=["ledningsgrupp"], recipients=[reporting("ks")]
        )
        .deliverable(
            "p4", PLAN, "Plan 4", anchored_in=["lindebra"], recipients=[reporting("styrgrupp")]
        )
    )


def two_plans_with_basis() -> Builder:
    """Two lägesbilder, a cause analysis of the first, and two plans: the first built on
    the second lägesbild and the cause analysis (deliverables[3]), the second on nothing
    (deliverables[4])."""
    return (
        Builder()
        .deliverable("lb-a", LB, "Lägesbild A")
        .deliverable("lb-b", LB, "Lägesbild B")
        .deliverable("orsak", DeliverableKind.ORSAKSANALYS, "Orsaksanalys", based_on=["lb-a"])
        .deliverable("p1", PLAN, "Plan 1", based_on=["lb-b", "orsak"])
        .deliverable("p2", PLAN, "Plan 2")
    )


def adopted_thrice(*lagesbilder: str) -> Builder:
    """A plan (deliverables[1]) adopted on 2025-05-20 ("KS § 7", evidence[0]), and
    earlier on 2024-06-12 ("KS § 3") and 2024-11-01 ("KS § 5"), written in that order;
    the lägesbild (deliverables[0]) recorded on each date in ``lagesbilder``."""
    b = (
        Builder()
        .deliverable("lb", LB)
        .deliverable("plan", PLAN, "Plan")
        .evidence("2025-05-20", EvidenceKind.ADOPTED, "plan", reference="KS § 7")
        .evidence("2024-06-12", EvidenceKind.ADOPTED, "plan", reference="KS § 3")
        .evidence("2024-11-01", EvidenceKind.ADOPTED, "plan", reference="KS § 5")
    )
    for date in lagesbilder:
        b.evidence(date, EvidenceKind.DELIVERED, "lb", reference=f"LB {date}")
    return b


NO_PLAN = "Det finns ingen åtgärdsplan att bedöma (se KBFA-L5A)."
#: The rules' own advice (their ``fix``), as `kbfa rules` prints it.
L5B_FIX = (
    "Ange i åtgärdsplanens based_on vilken lägesbild (eller orsaksanalys byggd på "
    "lägesbilden) den utgår från."
)
L5C_FIX = (
    "För in åtgärdsplanens åtgärder under [[measures]], med orsak, operativt mål, när, vem "
    "och uppföljning."
)
L5D_FIX = (
    'Registrera beslutet om åtgärdsplanen under [[evidence]] (kind = "adopted", med '
    "paragraf) och lägesbilden som den bygger på."
)


class TestL5Words:
    """Each outcome of 5 § in the words and at the key the coordinator gets."""

    def test_no_plan(self) -> None:
        assert told(Builder(), "KBFA-L5A") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables",
                "Styrdokumentet beskriver ingen åtgärdsplan.",
                'Beskriv åtgärdsplanen under [[deliverables]] (kind = "atgardsplan") och ange i '
                "decided_by det organ som beslutar den: fullmäktige, kommunstyrelsen eller en "
                "nämnd.",
            )
        ]
        for code, fix in (("KBFA-L5B", L5B_FIX), ("KBFA-L5C", L5C_FIX), ("KBFA-L5D", L5D_FIX)):
            assert told(Builder(), code) == [
                (Verdict.EJ_BEDOMBART, Situation.MISSING_STEP, "deliverables", NO_PLAN, fix)
            ]

    def test_who_decides_each_plan(self) -> None:
        """Every plan is assessed in turn. A plan silent on its decision but sent to
        kommunstyrelsen is plainly undecided; one anchored only where nobody can decide
        names that body."""
        assert told(four_plans(), "KBFA-L5A") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[1].decided_by",
                'Åtgärdsplanen "Plan 1" beslutas av kommunstyrelsen.',
                None,
            ),
            (
                Verdict.EJ_UPPFYLLT,
                Situation.CONTRARY,
                "deliverables[2].decided_by",
                'Enligt styrdokumentet beslutas åtgärdsplanen "Plan 2" av förvaltningsledningen, '
                "som inte kan fatta beslut för kommunen. Planen ska beslutas av fullmäktige, "
                "kommunstyrelsen, en nämnd eller en delegat enligt 6 kap. 37 § kommunallagen.",
                decide_fix('"Plan 2"'),
            ),
            (
                Verdict.DELVIS,
                Situation.MISSING_STEP,
                "deliverables[3].decided_by",
                'Det anges inte vem som beslutar åtgärdsplanen "Plan 3".',
                decide_fix('"Plan 3"'),
            ),
            (
                Verdict.DELVIS,
                Situation.MISSING_STEP,
                "deliverables[4].decided_by",
                'Det anges inte vem som beslutar åtgärdsplanen "Plan 4". Den ska förankras i '
                "LindeBRÅ, som inte kan fatta beslut för kommunen.",
                decide_fix('"Plan 4"'),
            ),
        ]

    def test_who_decides_in_english(self) -> None:
        got = [f[3] for f in told(four_plans(), "KBFA-L5A", lang="en")]
        assert got[3] == (
            'It is not stated who decides the åtgärdsplan "Plan 4". It is to be anchored in '
            "LindeBRÅ, which cannot decide for the municipality."
        )

    def test_the_basis_of_each_plan(self) -> None:
        """Both lägesbilder a plan rests on, directly or through the cause analysis, are
        named in the order of their ids."""
        assert told(two_plans_with_basis(), "KBFA-L5B") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[3].based_on",
                'Åtgärdsplanen "Plan 1" beslutas med lägesbilden "Lägesbild A", "Lägesbild B" '
                "som underlag.",
                None,
            ),
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables[4].based_on",
                'Det anges inte att åtgärdsplanen "Plan 2" beslutas med lägesbilden som underlag.',
                L5B_FIX,
            ),
        ]

    def test_the_measures_of_each_plan(self) -> None:
        """Two plans: a measure without ``plan`` belongs to neither, so the first has its
        two and the second none; no measures at all point at the first plan."""
        assert told(two_plans_with_basis(), "KBFA-L5C") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[3]",
                "Åtgärdsplanens åtgärder är inte registrerade, så det går inte att se vilka "
                "åtgärder kommunen avser att vidta.",
                L5C_FIX,
            )
        ]
        b = two_plans_with_basis().measure("m1", plan="p1").measure("m2", plan="p1").measure("m3")
        assert told(b, "KBFA-L5C") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[3]",
                'Åtgärdsplanen "Plan 1" har 2 registrerade åtgärder.',
                None,
            ),
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[4]",
                'Ingen av de registrerade åtgärderna hör till åtgärdsplanen "Plan 2".',
                L5C_FIX,
            ),
        ]

    def test_the_only_plan_counts_its_measures_with_and_without_plan(self) -> None:
        b = Builder().deliverable("plan", PLAN).measure("m1", plan="plan").measure("m2")
        assert told(b, "KBFA-L5C")[0][3] == 'Åtgärdsplanen "Plan" har 2 registrerade åtgärder.'

    def test_the_latest_adoption_and_the_lagesbild_before_it(self) -> None:
        """Of three adoptions the latest (2025-05-20) is judged; of the lägesbilder of
        2023-03-01, 2025-03-01 and 2025-05-21 the latest on or before it is its basis."""
        assert told(adopted_thrice("2023-03-01", "2025-03-01", "2025-05-21"), "KBFA-L5D") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[0]",
                'Åtgärdsplanen "Plan" beslutades 2025-05-20 (KS § 7), med lägesbilden från '
                "2025-03-01 som underlag.",
                None,
            )
        ]
        assert told(adopted_thrice("2025-05-21"), "KBFA-L5D") == [
            (
                Verdict.DELVIS,
                Situation.UNRECORDED,
                "evidence[0]",
                'Åtgärdsplanen "Plan" beslutades 2025-05-20 (KS § 7), men ingen lägesbild är '
                "registrerad samma dag eller tidigare.",
                L5D_FIX,
            )
        ]

    def test_no_adoption_points_at_the_plan(self) -> None:
        b = Builder().deliverable("lb", LB).deliverable("plan", PLAN)
        assert told(b, "KBFA-L5D") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[1]",
                "Inget beslut om åtgärdsplanen är registrerat.",
                L5D_FIX,
            )
        ]
