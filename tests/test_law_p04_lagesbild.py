"""4 § (rules/law/p04_lagesbild.py): the lägesbild, its three parts and its area.

Expected verdicts are written from 4 §: a lägesbild of crime in the municipality's
geographic area with (1 p.) a mapping of its extent and consequences, (2 p.) other
relevant information, (3 p.) an analysis. What a steering document does not say
about the lägesbild's contents is in the lägesbild itself: "ej bedömbart", never a
breach. Only no lägesbild at all is a missing step.
"""

from __future__ import annotations

import pytest

from builder import Builder, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import ContentPart, DeliverableKind, Territory

AS_OF = "2026-11-29"
LB = DeliverableKind.LAGESBILD
E, C, OI, A = (
    ContentPart.EXTENT,
    ContentPart.CONSEQUENCES,
    ContentPart.OTHER_INFORMATION,
    ContentPart.ANALYSIS,
)


def with_lagesbild(*covers: ContentPart, **kw: object) -> Builder:
    return Builder().deliverable("lb", LB, covers=covers, **kw)


class TestL4ALagesbildExists:
    def test_a_lagesbild_meets_4(self) -> None:
        """A described lägesbild is uppfyllt."""
        assert one(with_lagesbild().build(), "KBFA-L4A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_lagesbild_is_a_missing_step_and_a_breach(self) -> None:
        """No lägesbild at all misses the step 4 § demands: ej uppfyllt, a breach."""
        f = one(Builder().build(), "KBFA-L4A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)

    def test_applies_from_the_law_entering_into_force(self) -> None:
        """4 § has no transitional relief: it applies from 2023-07-01, not before."""
        g = Builder().build()
        assert one(g, "KBFA-L4A", "2023-06-30").verdict is Verdict.EJ_TILLAMPLIG
        assert one(g, "KBFA-L4A", "2023-07-01").verdict is Verdict.EJ_UPPFYLLT


# (rule, covers, verdict, situation): every verdict the three part rules give.
PARTS = [
    ("KBFA-L4B", (E, C), Verdict.UPPFYLLT, None),
    # Extent named, consequences not: the lägesbild itself may hold them (review N1, H1).
    ("KBFA-L4B", (E,), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
    ("KBFA-L4B", (C,), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
    ("KBFA-L4B", (), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
    ("KBFA-L4B", (OI, A), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
    ("KBFA-L4C", (OI,), Verdict.UPPFYLLT, None),
    ("KBFA-L4C", (E, C, A), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
    ("KBFA-L4D", (A,), Verdict.UPPFYLLT, None),
    # A cause analysis of the mapped problems is an analysis in the sense of 3 p.
    ("KBFA-L4D", (ContentPart.CAUSE_ANALYSIS,), Verdict.UPPFYLLT, None),
    ("KBFA-L4D", (E, C, OI), Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT),
]


class TestL4BToL4DParts:
    @pytest.mark.parametrize(("code", "covers", "verdict", "situation"), PARTS)
    def test_each_part(
        self,
        code: str,
        covers: tuple[ContentPart, ...],
        verdict: Verdict,
        situation: Situation | None,
    ) -> None:
        """What the document says the lägesbild contains decides; what it omits is unknown."""
        f = one(with_lagesbild(*covers).build(), code, AS_OF)
        assert (f.verdict, f.situation) == (verdict, situation)

    def test_an_unstated_part_is_never_a_breach(self) -> None:
        """A part the document does not name is a warning: the lägesbild itself may hold it."""
        f = one(with_lagesbild().build(), "KBFA-L4B", AS_OF)
        assert f.severity is Severity.WARNING
        assert "lägesbilden" in f.message and "själv" in f.message

    def test_parts_may_be_split_over_several_deliverables(self) -> None:
        """A kartläggning and a separate analys together make up the lägesbild."""
        g = (
            Builder()
            .deliverable("kartlaggning", LB, covers=(E, C))
            .deliverable("analys", LB, covers=(OI, A))
            .build()
        )
        for code in ("KBFA-L4B", "KBFA-L4C", "KBFA-L4D"):
            assert one(g, code, AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_lagesbild_leaves_the_parts_unassessable(self) -> None:
        """Without a lägesbild its parts cannot be assessed; the breach is L4A's alone."""
        f = one(Builder().build(), "KBFA-L4C", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.MISSING_STEP, Severity.WARNING)


class TestL4EWholeArea:
    def test_silence_leaves_the_lagesbild_the_whole_area(self) -> None:
        """4 § covers the whole area; a document that limits nothing is uppfyllt."""
        f = one(with_lagesbild().build(), "KBFA-L4E", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.UPPFYLLT, None)

    def test_a_document_limited_to_public_places_is_a_warning(self) -> None:
        """Vetlanda 003:35 ("brott som sker i offentlig miljö"): narrower than 4 §, a warning."""
        g = Builder().document(territory=Territory.LIMITED).build()
        f = one(g, "KBFA-L4E", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.CONTRARY, Severity.WARNING)
        assert f.message.startswith("Styrdokumentet avgränsar arbetet")

    def test_a_limited_lagesbild_is_a_warning(self) -> None:
        """A lägesbild stated to cover part of the area: ej uppfyllt (kbfa's reading, a warning)."""
        g = with_lagesbild(territory=Territory.LIMITED).build()
        assert one(g, "KBFA-L4E", AS_OF).verdict is Verdict.EJ_UPPFYLLT

    def test_the_whole_area_stated_is_met(self) -> None:
        """A lägesbild stated to cover the whole area is uppfyllt."""
        g = with_lagesbild(territory=Territory.WHOLE).build()
        assert one(g, "KBFA-L4E", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_lagesbild_and_no_limit_does_not_apply(self) -> None:
        """With nothing to delimit, the scope check has nothing to apply to."""
        assert one(Builder().build(), "KBFA-L4E", AS_OF).verdict is Verdict.EJ_TILLAMPLIG
