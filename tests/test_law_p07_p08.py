"""7 § (p07_integrering.py) and 8 § (p08_samordning.py).

7 §: the work is integrated, "i den utsträckning som det är lämpligt", with analysis
and planning under other statutes: a qualified duty, so a gap is a warning.
8 §: the municipality coordinates "enligt 9 och 10 §§", which are duties to work
towards; 8 § adds no "ska" of its own, so its rule can only warn.
"""

from __future__ import annotations

from builder import Builder, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import BodyKind, DeliverableKind, Strength, Text

AS_OF = "2026-11-29"
LB, PLAN = DeliverableKind.LAGESBILD, DeliverableKind.ATGARDSPLAN
RSA = Text("Risk- och sårbarhetsanalysen enligt lagen (2006:544)")


class TestL7AIntegration:
    def test_a_lagesbild_integrated_with_the_risk_analysis(self) -> None:
        """A lägesbild integrated with the RSA meets 7 §."""
        g = Builder().deliverable("lb", LB, integrates_with=[RSA]).build()
        assert one(g, "KBFA-L7A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_plan_integrated_counts_too(self) -> None:
        """The åtgärdsplan's integration is the work's integration."""
        g = Builder().deliverable("lb", LB).deliverable("plan", PLAN, integrates_with=[RSA]).build()
        assert one(g, "KBFA-L7A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_document_that_is_part_of_other_planning(self) -> None:
        """Vetlanda 003:39: the plan 'är en del av' the LSO handlingsprogram: integrated."""
        g = Builder().document(integrates_with=(Text("Handlingsprogram (LSO)"),))
        g = g.deliverable("lb", LB).build()
        assert one(g, "KBFA-L7A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_integration_is_a_warning_not_a_breach(self) -> None:
        """A qualified duty: not integrated is ej uppfyllt with warning severity."""
        f = one(Builder().deliverable("lb", LB).build(), "KBFA-L7A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert f.strength is Strength.QUALIFIED
        assert "integreras" in f.message and "samordnas" not in f.message

    def test_nothing_to_integrate_names_the_documents_integration(self) -> None:
        """No lägesbild and no plan: ej bedömbart, and the document's own integration is named."""
        g = Builder().document(integrates_with=(Text("Handlingsprogram (LSO)"),)).build()
        f = one(g, "KBFA-L7A", AS_OF)
        assert f.verdict is Verdict.EJ_BEDOMBART
        assert "Styrdokumentet självt är en del av Handlingsprogram (LSO)." in f.message


class TestL8ACoordination:
    def test_a_forum_with_the_police(self) -> None:
        """A body where the police take part: the municipality coordinates with other actors."""
        g = (
            Builder()
            .police()
            .role("lpo", org="polisen")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, members=["lpo"])
            .build()
        )
        assert one(g, "KBFA-L8A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_unnamed_partners_are_unrecorded(self) -> None:
        """Hjo 002:76: partners take part but are not named: ej bedömbart."""
        g = (
            Builder()
            .body("rad", BodyKind.STRATEGIC_COUNCIL, members_note=Text("Parter ingår."))
            .build()
        )
        f = one(g, "KBFA-L8A", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED)

    def test_no_forum_is_a_warning(self) -> None:
        """8 § works through 9–10 §§ (verka för): no forum is a warning, never a breach."""
        f = one(Builder().build(), "KBFA-L8A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert f.strength is Strength.BEST_EFFORT

    def test_an_abolished_forum_no_longer_counts(self) -> None:
        """A body abolished before the date (its period ended) is not a forum on the date."""
        from builder import period  # type: ignore[import-not-found]

        g = (
            Builder()
            .police()
            .role("lpo", org="polisen")
            .body(
                "rad",
                BodyKind.STRATEGIC_COUNCIL,
                members=["lpo"],
                period=period("2020-01-01", "2025-12-31"),
            )
            .build()
        )
        assert one(g, "KBFA-L8A", "2025-12-31").verdict is Verdict.UPPFYLLT
        assert one(g, "KBFA-L8A", "2026-01-01").verdict is Verdict.EJ_UPPFYLLT
