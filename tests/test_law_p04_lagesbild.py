"""4 § (rules/law/p04_lagesbild.py): the lägesbild, its three parts and its area.

Expected verdicts are written from 4 §: a lägesbild of crime in the municipality's
geographic area with (1 p.) a mapping of its extent and consequences, (2 p.) other
relevant information, (3 p.) an analysis. What a steering document does not say
about the lägesbild's contents is in the lägesbild itself: "ej bedömbart", never a
breach. Only no lägesbild at all is a missing step.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import Builder, in_folder, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict, duty_verdicts, evaluate
from kbfa.model import ContentPart, DeliverableKind, EvidenceKind, IndicatorPart, Territory

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


# -- practice: L4F (1 p., the extent) and L4G (3 p., the analysis) ----------------------

#: The municipality, its county and the country as the test files write them.
OWN, COUNTY, COUNTRY = "1234", "0012", "0000"


def write_table(folder: Path, name: str, values: dict[tuple[str, int], str]) -> str:
    """A CSV export in Brå's style (";", decimal comma); ``values`` (area, year) → value."""
    rows = ["Region;År;Serie;Värde"]
    rows += [f"{area};{year};Brott;{v}" for (area, year), v in sorted(values.items())]
    (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    return name


def with_statistics(
    folder: Path,
    years: range,
    *,
    delivered: str = "2026-03-17",
    retrieved: str = "2026-03-02",
    covers: tuple[ContentPart, ...] = (E, C, OI, A),
    part: IndicatorPart | None = None,
) -> Builder:
    """A lägesbild delivered on ``delivered`` and an indicator of crime per 100 000 with
    fictitious values for ``years`` (the municipality, its county and the country)."""
    values = {(a, y): f"{100 + y % 7},5" for a in (OWN, COUNTY, COUNTRY) for y in years}
    file = write_table(folder, "brott.csv", values)
    return (
        Builder()
        .kommunkod(OWN)
        .deliverable("lb", LB, covers=covers)
        .evidence(delivered, EvidenceKind.DELIVERED, "lb", reference="KS § 1")
        .table("brott", file, retrieved)
        .indicator("brott", data="brott", series="Brott", part=part)
    )


class TestL4FExtentInPractice:
    def test_statistics_for_the_mapped_year_are_evidence_of_the_extent(
        self, tmp_path: Path
    ) -> None:
        """Lägesbild of 2026-03-17 maps 2025; values for 2025 show a basis for 1 p."""
        g = in_folder(with_statistics(tmp_path, range(2016, 2026)).build(), tmp_path)
        f = one(g, "KBFA-L4F", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.UPPFYLLT, Severity.INFO)
        assert "kartlägger 2025" in f.message
        assert "ersätter inte analysen (4 § 3 p.)" in f.message

    def test_older_statistics_cannot_show_it(self, tmp_path: Path) -> None:
        """Values up to 2024 do not cover 2025: ej bedömbart (unrecorded), never a breach."""
        g = in_folder(with_statistics(tmp_path, range(2016, 2025)).build(), tmp_path)
        f = one(g, "KBFA-L4F", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)
        assert "den senaste är för 2024" in f.message

    @pytest.mark.parametrize(
        ("delivered", "verdict"),
        [
            # The year the lägesbild is made decides which year it maps: up to 2024 covers
            # a lägesbild of 2025 (maps 2024), not one of 2026 (maps 2025).
            ("2025-12-31", Verdict.UPPFYLLT),
            ("2026-01-01", Verdict.EJ_BEDOMBART),
            ("2026-01-02", Verdict.EJ_BEDOMBART),
        ],
    )
    def test_the_year_the_lagesbild_maps(
        self, tmp_path: Path, delivered: str, verdict: Verdict
    ) -> None:
        b = with_statistics(
            tmp_path, range(2016, 2025), delivered=delivered, retrieved="2025-11-01"
        )
        assert one(in_folder(b.build(), tmp_path), "KBFA-L4F", AS_OF).verdict is verdict

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            # Statistics retrieved on 2026-03-02 are not a fact before that day.
            ("2026-03-01", Verdict.EJ_BEDOMBART),
            ("2026-03-02", Verdict.UPPFYLLT),
            ("2026-03-03", Verdict.UPPFYLLT),
        ],
    )
    def test_statistics_count_from_their_retrieval(
        self, tmp_path: Path, as_of: str, verdict: Verdict
    ) -> None:
        b = with_statistics(tmp_path, range(2016, 2026), delivered="2026-02-01")
        assert one(in_folder(b.build(), tmp_path), "KBFA-L4F", as_of).verdict is verdict

    def test_consequences_are_not_the_extent(self, tmp_path: Path) -> None:
        """An indicator placed under consequences (otrygghet) is no evidence of the extent."""
        b = with_statistics(tmp_path, range(2016, 2026), part=IndicatorPart.CONSEQUENCES)
        f = one(in_folder(b.build(), tmp_path), "KBFA-L4F", AS_OF)
        assert f.verdict is Verdict.EJ_TILLAMPLIG

    def test_no_statistics_recorded_does_not_apply(self) -> None:
        """Statistics are an optional kind of evidence: without them the rule does not
        apply, and the practice of 4 § rests on the analysis (L4G) alone."""
        g = with_lagesbild(E, C, OI, A).evidence("2026-03-17", EvidenceKind.DELIVERED, "lb").build()
        f = one(g, "KBFA-L4F", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_TILLAMPLIG, Severity.INFO)
        practice = duty_verdicts(evaluate(g, day_of(AS_OF)))["4"].practice
        assert practice is not None
        assert (practice.verdict, practice.rests_on) == (Verdict.UPPFYLLT, ("KBFA-L4G",))

    def test_no_lagesbild_recorded_does_not_apply(self) -> None:
        """No recorded lägesbild: L6C and L4G say so; L4F has no year to compare with."""
        f = one(with_lagesbild().build(), "KBFA-L4F", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_TILLAMPLIG, Severity.INFO)

    def test_a_file_that_cannot_be_read_is_named(self, tmp_path: Path) -> None:
        """kbfa check goes on: the rule says which file could not be read and why."""
        b = with_statistics(tmp_path, range(2016, 2026))
        (tmp_path / "brott.csv").unlink()
        f = one(in_folder(b.build(), tmp_path), "KBFA-L4F", AS_OF)
        assert f.verdict is Verdict.EJ_BEDOMBART
        assert f"kunde inte läsas: {tmp_path / 'brott.csv'}" in f.message


class TestL4GAnalysisInPractice:
    def test_a_lagesbild_stated_to_contain_an_analysis(self) -> None:
        g = with_lagesbild(E, A).evidence("2026-03-17", EvidenceKind.DELIVERED, "lb").build()
        assert one(g, "KBFA-L4G", AS_OF).verdict is Verdict.UPPFYLLT

    def test_statistics_are_never_the_analysis(self, tmp_path: Path) -> None:
        """Statistics for the mapped year, a lägesbild not stated to hold an analysis:
        1 p. is shown, 3 p. is not, and the practice of 4 § is not met (delvis)."""
        b = with_statistics(tmp_path, range(2016, 2026), covers=(E, C))
        loaded = in_folder(b.build(), tmp_path)
        assert one(loaded, "KBFA-L4F", AS_OF).verdict is Verdict.UPPFYLLT
        f = one(loaded, "KBFA-L4G", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)
        assert "underlag för analysen, inte analysen själv" in f.message
        practice = duty_verdicts(evaluate(loaded, day_of(AS_OF)))["4"].practice
        assert practice is not None and practice.verdict is Verdict.DELVIS

    @pytest.mark.parametrize(
        ("analysed", "verdict"),
        [
            # A cause analysis of the lägesbild of 2026-03-17: from that day on.
            ("2026-03-16", Verdict.EJ_BEDOMBART),
            ("2026-03-17", Verdict.UPPFYLLT),
            ("2026-03-18", Verdict.UPPFYLLT),
        ],
    )
    def test_a_cause_analysis_recorded_after_the_lagesbild(
        self, analysed: str, verdict: Verdict
    ) -> None:
        g = (
            with_lagesbild(E, C)
            .deliverable("orsak", DeliverableKind.ORSAKSANALYS, based_on=["lb"])
            .evidence("2026-03-17", EvidenceKind.DELIVERED, "lb")
            .evidence(analysed, EvidenceKind.DELIVERED, "orsak")
            .build()
        )
        assert one(g, "KBFA-L4G", AS_OF).verdict is verdict

    def test_only_the_latest_lagesbild_counts(self) -> None:
        """An analysed lägesbild of 2024 says nothing of the one of 2026 (two deliverables)."""
        g = (
            Builder()
            .deliverable("lb-gammal", LB, covers=(E, A))
            .deliverable("lb", LB, covers=(E,))
            .evidence("2024-03-17", EvidenceKind.DELIVERED, "lb-gammal")
            .evidence("2026-03-17", EvidenceKind.DELIVERED, "lb")
            .build()
        )
        assert one(g, "KBFA-L4G", AS_OF).verdict is Verdict.EJ_BEDOMBART

    def test_nothing_recorded_cannot_be_assessed(self) -> None:
        f = one(with_lagesbild(E, A).build(), "KBFA-L4G", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)

    def test_no_lagesbild_leaves_it_unassessable(self) -> None:
        f = one(Builder().build(), "KBFA-L4G", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.MISSING_STEP, Severity.WARNING)

    def test_both_shown_meet_the_practice_of_4(self, tmp_path: Path) -> None:
        loaded = in_folder(with_statistics(tmp_path, range(2016, 2026)).build(), tmp_path)
        practice = duty_verdicts(evaluate(loaded, day_of(AS_OF)))["4"].practice
        assert practice is not None
        assert (practice.verdict, practice.rests_on) == (
            Verdict.UPPFYLLT,
            ("KBFA-L4F", "KBFA-L4G"),
        )


def day_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
