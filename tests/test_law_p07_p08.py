"""7 § (p07_integrering.py) and 8 § (p08_samordning.py).

7 §: the work is integrated, "i den utsträckning som det är lämpligt", with analysis
and planning under other statutes: a qualified duty, so a gap is a warning.
8 §: the municipality coordinates "enligt 9 och 10 §§", which are duties to work
towards; 8 § adds no "ska" of its own, so its rule can only warn.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import Builder, in_folder, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import BodyKind, DeliverableKind, Strength, Text

AS_OF = "2026-11-29"
LB, PLAN = DeliverableKind.LAGESBILD, DeliverableKind.ATGARDSPLAN
RSA = Text("Risk- och sårbarhetsanalysen enligt lagen (2006:544)")
LSO = Text("Handlingsprogram (LSO)")


def said(b: Builder, code: str, lang: str = "sv") -> list[tuple[Verdict, str, str]]:
    """Each finding of ``code`` on AS_OF as the reader gets it: verdict, key path, message.

    The model is evaluated as a loaded config (in_folder), so that findings carry the
    key path the coordinator is sent to.
    """
    result = evaluate(in_folder(b.build(), Path(".")), dt.date.fromisoformat(AS_OF), lang=lang)  # type: ignore[arg-type]
    return [
        (f.verdict, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code == code
    ]


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


class TestL7AWordsAndWhere:
    """KBFA-L7A's messages (rules/law/p07_integrering.py's catalogue, kbfa's published words)
    and the key each finding points at, for every outcome, in Swedish and English."""

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Det finns varken lägesbild eller åtgärdsplan att integrera (se KBFA-L4A och "
                "KBFA-L5A).",
            ),
            (
                "en",
                "There is neither a lägesbild nor a plan to integrate (see KBFA-L4A and KBFA-L5A).",
            ),
        ],
    )
    def test_nothing_to_integrate_and_no_integration_of_the_document(
        self, lang: str, message: str
    ) -> None:
        """Nothing to say of the document when it names no other planning."""
        assert said(Builder().document(), "KBFA-L7A", lang) == [
            (Verdict.EJ_BEDOMBART, "deliverables", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Det finns varken lägesbild eller åtgärdsplan att integrera (se KBFA-L4A och "
                "KBFA-L5A). Styrdokumentet självt är en del av Handlingsprogram (LSO); "
                "Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
            (
                "en",
                "There is neither a lägesbild nor a plan to integrate (see KBFA-L4A and "
                "KBFA-L5A). The steering document itself is part of Handlingsprogram (LSO); "
                "Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
        ],
    )
    def test_nothing_to_integrate_names_each_plan_the_document_is_part_of(
        self, lang: str, message: str
    ) -> None:
        """Two other plans of the document, joined by a semicolon."""
        b = Builder().document(integrates_with=(LSO, RSA))
        assert said(b, "KBFA-L7A", lang) == [(Verdict.EJ_BEDOMBART, "deliverables", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Arbetet med lägesbild och åtgärdsplan integreras med Handlingsprogram (LSO); "
                "Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
            (
                "en",
                "The work on the lägesbild and the plan is integrated with Handlingsprogram "
                "(LSO); Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
        ],
    )
    def test_the_plans_integration_is_named_and_pointed_at(self, lang: str, message: str) -> None:
        """The second deliverable (the plan) integrates: the finding points at its key."""
        b = (
            Builder()
            .document(integrates_with=(Text("Annat"),))
            .deliverable("lb", LB)
            .deliverable("plan", PLAN, integrates_with=[LSO, RSA])
        )
        assert said(b, "KBFA-L7A", lang) == [
            (Verdict.UPPFYLLT, "deliverables[1].integrates_with", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Arbetet med lägesbild och åtgärdsplan integreras med Handlingsprogram (LSO); "
                "Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
            (
                "en",
                "The work on the lägesbild and the plan is integrated with Handlingsprogram "
                "(LSO); Risk- och sårbarhetsanalysen enligt lagen (2006:544).",
            ),
        ],
    )
    def test_the_documents_integration_is_the_works(self, lang: str, message: str) -> None:
        """Vetlanda 003:39: no deliverable says it, the document does: its key is pointed at."""
        b = Builder().document(integrates_with=(LSO, RSA)).deliverable("lb", LB)
        assert said(b, "KBFA-L7A", lang) == [
            (Verdict.UPPFYLLT, "steering_document.integrates_with", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Det anges inte att arbetet med lägesbild och åtgärdsplan integreras med analys- "
                "och planeringsarbete enligt andra författningar (t.ex. risk- och "
                "sårbarhetsanalysen enligt lagen (2006:544) eller handlingsprogrammet enligt "
                "lagen (2003:778) om skydd mot olyckor). Skyldigheten gäller i den utsträckning "
                "det är lämpligt.",
            ),
            (
                "en",
                "The work on the lägesbild and the plan is not stated to be integrated with "
                "analysis and planning under other statutes (e.g. the risk and vulnerability "
                "analysis under Act 2006:544). The duty applies to the extent suitable.",
            ),
        ],
    )
    def test_not_integrated_points_at_the_first_deliverable(self, lang: str, message: str) -> None:
        """Where to write it: the first deliverable's integrates_with."""
        b = Builder().document().deliverable("lb", LB).deliverable("plan", PLAN)
        assert said(b, "KBFA-L7A", lang) == [
            (Verdict.EJ_UPPFYLLT, "deliverables[0].integrates_with", message)
        ]


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


class TestL8AWordsAndWhere:
    """KBFA-L8A's messages (rules/law/p08_samordning.py's catalogue, kbfa's published words)
    and the key each finding points at, in Swedish and English."""

    @staticmethod
    def forums() -> Builder:
        """An internal group first, then two forums where the police have a seat."""
        return (
            Builder()
            .document()
            .police()
            .role("samordnare")
            .role("lpo", org="polisen")
            .body("intern", BodyKind.WORKING_GROUP, "Arbetsgruppen", members=["samordnare"])
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", members=["lpo"])
            .body("styr", BodyKind.STEERING_GROUP, "Styrgruppen", members=["samordnare", "lpo"])
        )

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Kommunen samordnar arbetet med andra aktörer i Trygghetsrådet, Styrgruppen."),
            (
                "en",
                "The municipality coordinates the work with other actors in Trygghetsrådet, "
                "Styrgruppen.",
            ),
        ],
    )
    def test_every_forum_is_named_and_the_first_pointed_at(self, lang: str, message: str) -> None:
        """Both forums with the police are named; the finding points at the first of them."""
        assert said(self.forums(), "KBFA-L8A", lang) == [(Verdict.UPPFYLLT, "bodies[1]", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Vilka andra aktörer som deltar i Trygghetsrådet är inte registrerat; "
                "styrdokumentet säger att de deltar utan att ange vilka (”Parter ingår.”).",
            ),
            (
                "en",
                "Which other actors take part in Trygghetsrådet is not recorded; the steering "
                "document says they do without naming them (“Parter ingår.”).",
            ),
        ],
    )
    def test_unnamed_partners_point_at_the_note(self, lang: str, message: str) -> None:
        """Hjo 002:76: the first body with a note on its members is named and pointed at."""
        b = (
            Builder()
            .document()
            .role("samordnare")
            .body("intern", BodyKind.WORKING_GROUP, "Arbetsgruppen", members=["samordnare"])
            .body(
                "rad",
                BodyKind.STRATEGIC_COUNCIL,
                "Trygghetsrådet",
                members_note=Text("Parter ingår."),
            )
            .body("annat", BodyKind.WORKING_GROUP, "Annat", members_note=Text("Fler."))
        )
        assert said(b, "KBFA-L8A", lang) == [
            (Verdict.EJ_BEDOMBART, "bodies[1].members_note", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet beskriver inget organ eller någon grupp där kommunen samordnar "
                "arbetet med andra aktörer, t.ex. polisen.",
            ),
            (
                "en",
                "The steering document describes no body or group where the municipality "
                "coordinates the work with other actors, e.g. the police.",
            ),
        ],
    )
    def test_no_forum_points_at_the_bodies(self, lang: str, message: str) -> None:
        """Only the municipality's own group: the finding asks for [[bodies]]."""
        b = (
            Builder()
            .document()
            .role("samordnare")
            .body("intern", BodyKind.WORKING_GROUP, "Arbetsgruppen", members=["samordnare"])
        )
        assert said(b, "KBFA-L8A", lang) == [(Verdict.EJ_UPPFYLLT, "bodies", message)]
