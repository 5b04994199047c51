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
from kbfa.i18n import Lang
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


# -- what each finding tells the coordinator: message, advice and the key it points at --


def told(
    b: Builder,
    code: str,
    as_of: str = AS_OF,
    *,
    lang: Lang = "sv",
    folder: Path = Path("kommun"),
) -> list[tuple[Verdict, Situation | None, str, str, str | None]]:
    """Each finding of ``code`` as the reader gets it: verdict, situation, the key path
    it points at (the model as if loaded from ``folder/kommun.toml``), message and fix."""
    result = evaluate(in_folder(b.build(), folder), day_of(as_of), lang=lang)
    return [
        (f.verdict, f.situation, f.location.path if f.location else "", f.message, f.fix)
        for f in result.findings
        if f.code == code
    ]


#: The plan comes first, so the lägesbild is deliverables[1], not the first item.
def split_lagesbild() -> Builder:
    """A kartläggning stated to hold the extent, and a separate analys (a cause analysis)."""
    return (
        Builder()
        .deliverable("plan", DeliverableKind.ATGARDSPLAN)
        .deliverable("kartlaggning", LB, "Kartläggning", covers=(E,))
        .deliverable("analys", LB, "Analys", covers=(ContentPart.CAUSE_ANALYSIS,))
    )


#: The rules' own advice (their ``fix``), as `kbfa rules` prints it.
L4A_FIX = (
    "Beskriv i styrdokumentet hur kommunen tar fram sin lägesbild: vem som tar fram den, hur "
    'ofta och vad den innehåller, och för in den under [[deliverables]] (kind = "lagesbild").'
)
L4C_FIX = (
    "Kontrollera att lägesbilden tar med annan information av betydelse (t.ex. otrygghet, "
    'uppgifter från näringsliv och invånare, omvärldsbevakning) och ange "other_information" '
    "i covers."
)
NO_LAGESBILD = "Det finns ingen lägesbild att bedöma (se KBFA-L4A)."


class TestL4AToL4DWords:
    """Each outcome of 4 § design in the words and at the key the coordinator gets."""

    def test_no_lagesbild(self) -> None:
        """No lägesbild: L4A names the missing step at [[deliverables]]; the parts wait."""
        assert told(Builder(), "KBFA-L4A") == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "deliverables",
                "Styrdokumentet beskriver ingen lägesbild över brottsligheten i kommunen.",
                L4A_FIX,
            )
        ]
        assert told(Builder(), "KBFA-L4C") == [
            (Verdict.EJ_BEDOMBART, Situation.MISSING_STEP, "deliverables", NO_LAGESBILD, L4C_FIX)
        ]

    def test_a_lagesbild_in_two_parts(self) -> None:
        """A kartläggning (extent) and an analys (a cause analysis) make up the lägesbild;
        every finding points at the first of them, deliverables[1] (the plan is [0])."""
        b = split_lagesbild()
        assert told(b, "KBFA-L4A") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[1]",
                'Lägesbild: "Kartläggning", "Analys".',
                None,
            )
        ]
        assert told(b, "KBFA-L4B") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "deliverables[1].covers",
                "Enligt styrdokumentet innehåller lägesbilden brottslighetens omfattning; att den "
                "också innehåller brottslighetens konsekvenser anges inte. Det framgår i så fall "
                'av lägesbilden "Kartläggning" själv.',
                'Kontrollera i lägesbilden "Kartläggning" att den innehåller brottslighetens '
                'konsekvenser, och ange det i covers ("consequences") när den gör det.',
            )
        ]
        assert told(b, "KBFA-L4C") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "deliverables[1].covers",
                "Styrdokumentet anger inte att lägesbilden innehåller annan information av "
                'betydelse; det kan bara bedömas i lägesbilden "Kartläggning" själv.',
                'Kontrollera i lägesbilden "Kartläggning" att den innehåller annan information '
                'av betydelse, och ange det i covers ("other_information") när den gör det.',
            )
        ]
        # A cause analysis is an analysis in the sense of 3 p.
        assert told(b, "KBFA-L4D") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[1].covers",
                "Enligt styrdokumentet innehåller lägesbilden analys.",
                None,
            )
        ]

    def test_both_parts_of_1_p_unstated(self) -> None:
        """Both parts named in the message and both keys in the advice."""
        assert told(with_lagesbild(), "KBFA-L4B") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "deliverables[0].covers",
                "Styrdokumentet anger inte att lägesbilden innehåller brottslighetens omfattning "
                "och brottslighetens konsekvenser; det kan bara bedömas i lägesbilden "
                '"Lb" själv.',
                'Kontrollera i lägesbilden "Lb" att den innehåller brottslighetens omfattning '
                "och brottslighetens konsekvenser, och ange det i covers "
                '("extent", "consequences") när den gör det.',
            )
        ]

    def test_in_english(self) -> None:
        """--lang en: the parts joined with "and"."""
        assert told(with_lagesbild(), "KBFA-L4B", lang="en") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "deliverables[0].covers",
                "The steering document does not state that the lägesbild contains extent of "
                'crime and consequences of crime; only the lägesbild "Lb" itself can show it.',
                'Check in the lägesbild "Lb" that it contains extent of crime and consequences '
                'of crime, and list it in covers ("extent", "consequences") once it does.',
            )
        ]
        assert told(with_lagesbild(E, C, OI), "KBFA-L4B", lang="en") == [
            (
                Verdict.UPPFYLLT,
                None,
                "deliverables[0].covers",
                "According to the steering document the lägesbild contains extent of crime and "
                "consequences of crime.",
                None,
            )
        ]
        assert told(with_lagesbild(E), "KBFA-L4B", lang="en")[0][3] == (
            "According to the steering document the lägesbild contains extent of crime; that it "
            'also contains consequences of crime is not stated. The lägesbild "Lb" itself would '
            "show it."
        )


L, W = Territory.LIMITED, Territory.WHOLE


def scoped(
    doc: Territory | None = None,
    lb: Territory | None = None,
    plan: Territory | None = None,
    *,
    document: bool = True,
) -> Builder:
    """A steering document, a plan (deliverables[0]) and a lägesbild (deliverables[1]),
    each with the territory given (None: the key left out)."""
    b = Builder()
    if document:
        b.document(territory=doc)
    return b.deliverable(
        "plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan", territory=plan
    ).deliverable("lb", LB, "Lägesbild", territory=lb)


WHOLE_AREA_FIX = "Låt lägesbilden avse brottsligheten i hela kommunens geografiska område."
LIMITED_TAIL = (
    " till en del av kommunens område eller till vissa slags platser, men lägesbilden ska "
    "avse brottsligheten i hela kommunens geografiska område."
)

# (model, verdict, where, message): 4 § "inom kommunens geografiska område" against what
# the document, the lägesbild and the plan state. The first limit found decides, the
# steering document before the lägesbild before the plan; with no limit the first stated
# scope is quoted; with nothing stated 4 § itself gives the whole area.
SCOPES = [
    (
        scoped(L, W),
        Verdict.EJ_UPPFYLLT,
        "steering_document.territory",
        "Styrdokumentet avgränsar arbetet" + LIMITED_TAIL,
    ),
    (
        scoped(W, L, L),
        Verdict.EJ_UPPFYLLT,
        "deliverables[1].territory",
        '"Lägesbild" avgränsas' + LIMITED_TAIL,
    ),
    (
        scoped(None, None, L),
        Verdict.EJ_UPPFYLLT,
        "deliverables[0].territory",
        '"Åtgärdsplan" avgränsas' + LIMITED_TAIL,
    ),
    (
        scoped(None, W, L, document=False),
        Verdict.EJ_UPPFYLLT,
        "deliverables[0].territory",
        '"Åtgärdsplan" avgränsas' + LIMITED_TAIL,
    ),
    (
        scoped(W, W),
        Verdict.UPPFYLLT,
        "steering_document.territory",
        "Styrdokumentet avser hela kommunens geografiska område.",
    ),
    (
        scoped(None, W),
        Verdict.UPPFYLLT,
        "deliverables[1].territory",
        '"Lägesbild" avser hela kommunens geografiska område.',
    ),
    (
        scoped(),
        Verdict.UPPFYLLT,
        "deliverables[1]",
        "Styrdokumentet avgränsar inte lägesbilden till en del av kommunen; enligt 4 § avser "
        "den brottsligheten i hela kommunens geografiska område.",
    ),
    (Builder().document(), Verdict.EJ_TILLAMPLIG, "deliverables", NO_LAGESBILD),
]


class TestL4EWords:
    @pytest.mark.parametrize(("b", "verdict", "where", "message"), SCOPES)
    def test_the_scope_stated_and_where(
        self, b: Builder, verdict: Verdict, where: str, message: str
    ) -> None:
        (f,) = told(b, "KBFA-L4E")
        situation = Situation.CONTRARY if verdict is Verdict.EJ_UPPFYLLT else None
        fix = WHOLE_AREA_FIX if verdict is Verdict.EJ_UPPFYLLT else None
        assert f == (verdict, situation, where, message, fix)

    def test_in_english(self) -> None:
        assert told(scoped(None, L), "KBFA-L4E", lang="en")[0][3] == (
            '"Lägesbild" is limited to a part of the municipality\'s area or to some kinds of '
            "places, but the lägesbild must cover crime in the whole geographic area."
        )


def recorded_lagesbild(covers: tuple[ContentPart, ...] = (E, C, OI, A)) -> Builder:
    """A plan (deliverables[0]) and a lägesbild (deliverables[1]) produced on 2024-03-17
    (evidence[0], "KS § 1") and updated on 2026-03-17 (evidence[1], "KS § 2"): the latest
    maps 2025."""
    return (
        Builder()
        .kommunkod(OWN)
        .deliverable("plan", DeliverableKind.ATGARDSPLAN)
        .deliverable("lb", LB, "Lägesbild", covers=covers)
        .evidence("2024-03-17", EvidenceKind.DELIVERED, "lb", reference="KS § 1")
        .evidence("2026-03-17", EvidenceKind.ADOPTED, "lb", reference="KS § 2")
    )


def statistics(
    b: Builder,
    folder: Path,
    *series: tuple[str, range | None, IndicatorPart | None],
    retrieved: str = "2026-03-02",
) -> Builder:
    """Indicators ``(id, years, part)`` in that order, each with a file of its own with
    fictitious values for the municipality (and its county) in ``years``; ``None`` for
    years: the file is missing and cannot be read."""
    for id_, years, part in series:
        if years is not None:
            values = {(a, y): "100,5" for a in (OWN, COUNTY) for y in years}
            write_table(folder, f"{id_}.csv", values)
        b.table(id_, f"{id_}.csv", retrieved).indicator(id_, data=id_, series="Brott", part=part)
    return b


X, CQ = IndicatorPart.EXTENT, IndicatorPart.CONSEQUENCES
#: 4 § 1 p. in practice, as the reader is told (the rule's message texts).
MAPS_2025 = "Lägesbilden från 2026-03-17 (KS § 2) kartlägger 2025"
NOT_SHOWN = (
    MAPS_2025 + ", men ingen registrerad statistik om brottslighetens omfattning har värden "
    "för 2025 eller 2026{newest}. Kartläggningen kan bygga på annat underlag; det framgår i "
    "så fall av lägesbilden själv."
)
EXTENT_FIX = (
    "Registrera statistiken som lägesbilden bygger på under [[datasets]] och [[indicators]] "
    "(data), t.ex. med kbfa data fetch kolada."
)


class TestL4FWords:
    """The latest lägesbild (2026-03-17, "KS § 2") maps 2025: statistics for 2025 or 2026
    of the municipality show a basis for the extent (4 § 1 p.)."""

    def test_nothing_to_compare(self) -> None:
        """No lägesbild, or none recorded: the rule has nothing to apply to."""
        assert told(Builder(), "KBFA-L4F") == [
            (Verdict.EJ_TILLAMPLIG, None, "deliverables", NO_LAGESBILD, None)
        ]
        unrecorded = (
            Builder().deliverable("plan", DeliverableKind.ATGARDSPLAN).deliverable("lb", LB)
        )
        assert told(unrecorded, "KBFA-L4F") == [
            (
                Verdict.EJ_TILLAMPLIG,
                None,
                "deliverables[1]",
                "Ingen framtagen lägesbild är registrerad, så det finns inget år att jämföra "
                "statistiken med (se KBFA-L6C).",
                None,
            )
        ]

    def test_no_statistics_of_the_extent(self, tmp_path: Path) -> None:
        """Statistics of the consequences and an indicator of the extent without data are
        no statistics of the extent: not applicable, pointing at [[indicators]]."""
        b = statistics(recorded_lagesbild(), tmp_path, ("otrygghet", range(2016, 2026), CQ))
        b.indicator("utan", part=X)
        assert told(b, "KBFA-L4F", folder=tmp_path) == [
            (
                Verdict.EJ_TILLAMPLIG,
                None,
                "indicators",
                MAPS_2025 + "; ingen statistik om brottslighetens omfattning är registrerad i "
                "filen, så kartläggningens underlag framgår bara av lägesbilden själv.",
                None,
            )
        ]

    def test_every_indicator_that_covers_the_year_is_named(self, tmp_path: Path) -> None:
        """Of four indicators (otrygghet, up to 2025, up to 2026, up to 2024) the two
        covering 2025 or 2026 are named with the latest year each covers; the finding
        points at the first of them (indicators[1])."""
        b = statistics(
            recorded_lagesbild(),
            tmp_path,
            ("otrygghet", range(2016, 2026), CQ),
            ("a", range(2016, 2026), X),
            ("b", range(2016, 2027), None),
            ("c", range(2016, 2025), X),
        )
        assert told(b, "KBFA-L4F", folder=tmp_path) == [
            (
                Verdict.UPPFYLLT,
                None,
                "indicators[1].data",
                MAPS_2025 + ', och statistiken för "Indikatorn a" och "Indikatorn b" har värden '
                "för 2025 och 2026. Det är underlag för kartläggningen av brottslighetens "
                "omfattning (4 § 1 p.), men ersätter inte analysen (4 § 3 p.).",
                None,
            )
        ]
        assert told(b, "KBFA-L4F", folder=tmp_path, lang="en")[0][3] == (
            'The lägesbild of 2026-03-17 (KS § 2) maps 2025, and the statistics of "Indikatorn '
            'a" and "Indikatorn b" have values for 2025 and 2026. That is a basis for mapping '
            "the extent of crime (s. 4(1)), but does not replace the analysis (s. 4(3))."
        )

    def test_three_indicators_are_listed_as_a_reader_lists_them(self, tmp_path: Path) -> None:
        """Three indicators covering 2025: "a, b och c"."""
        b = statistics(
            recorded_lagesbild(),
            tmp_path,
            ("a", range(2025, 2026), X),
            ("b", range(2025, 2026), X),
            ("c", range(2025, 2026), None),
        )
        assert told(b, "KBFA-L4F", folder=tmp_path)[0][3] == (
            MAPS_2025 + ', och statistiken för "Indikatorn a", "Indikatorn b" och "Indikatorn c" '
            "har värden för 2025. Det är underlag för kartläggningen av brottslighetens "
            "omfattning (4 § 1 p.), men ersätter inte analysen (4 § 3 p.)."
        )

    def test_statistics_of_the_following_year_alone(self, tmp_path: Path) -> None:
        """A lägesbild made late may map its own year: values for 2026 alone also count."""
        b = statistics(recorded_lagesbild(), tmp_path, ("a", range(2026, 2027), X))
        assert told(b, "KBFA-L4F", folder=tmp_path)[0][:3] == (
            Verdict.UPPFYLLT,
            None,
            "indicators[0].data",
        )

    def test_the_latest_year_of_any_indicator_is_told(self, tmp_path: Path) -> None:
        """Up to 2024 and up to 2022: the latest is 2024, whichever indicator comes first."""
        b = statistics(
            recorded_lagesbild(),
            tmp_path,
            ("a", range(2016, 2025), X),
            ("b", range(2016, 2023), None),
        )
        assert told(b, "KBFA-L4F", folder=tmp_path) == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "evidence[1]",
                NOT_SHOWN.format(newest=" (den senaste är för 2024)"),
                EXTENT_FIX,
            )
        ]

    def test_no_value_for_the_municipality_names_no_latest_year(self, tmp_path: Path) -> None:
        """A file whose rows for the municipality have no values (Brå's ".." for a figure
        not published) has no latest year for the municipality."""
        b = statistics(recorded_lagesbild(), tmp_path, ("a", range(2016, 2026), X))
        write_table(tmp_path, "a.csv", {(OWN, y): ".." for y in range(2016, 2026)})
        assert told(b, "KBFA-L4F", folder=tmp_path)[0][3] == NOT_SHOWN.format(newest="")

    def test_one_unusable_indicator_does_not_hide_the_next(self, tmp_path: Path) -> None:
        """A file that cannot be read and one retrieved after the date (2026-12-01) are
        passed over; the third indicator, with 2025, shows the basis."""
        b = statistics(recorded_lagesbild(), tmp_path, ("a", None, X))
        statistics(b, tmp_path, ("b", range(2016, 2026), X), retrieved="2026-12-01")
        statistics(b, tmp_path, ("c", range(2025, 2026), X))
        assert told(b, "KBFA-L4F", folder=tmp_path) == [
            (
                Verdict.UPPFYLLT,
                None,
                "indicators[2].data",
                MAPS_2025 + ', och statistiken för "Indikatorn c" har värden för 2025. Det är '
                "underlag för kartläggningen av brottslighetens omfattning (4 § 1 p.), men "
                "ersätter inte analysen (4 § 3 p.).",
                None,
            )
        ]

    def test_files_that_cannot_be_read_are_named(self, tmp_path: Path) -> None:
        """Both unreadable indicators are named, with the first file's problem."""
        b = statistics(recorded_lagesbild(), tmp_path, ("a", None, X), ("b", None, X))
        assert told(b, "KBFA-L4F", folder=tmp_path) == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "evidence[1]",
                NOT_SHOWN.format(newest="")
                + ' Statistiken för "Indikatorn a" och "Indikatorn b" kunde inte läsas: '
                f"{tmp_path / 'a.csv'}: filen finns inte (sökvägen räknas från "
                "konfigurationens mapp)",
                EXTENT_FIX,
            )
        ]


ANALYSIS_FIX = (
    'Registrera lägesbildens analys, t.ex. en orsaksanalys (en leverans med kind = "orsaksanalys") '
    'med ett belägg "delivered" efter lägesbilden, eller ange "analysis" i lägesbildens covers '
    "när den innehåller en analys."
)
L4G_FIX = "Registrera lägesbildens analys, t.ex. en orsaksanalys med ett belägg efter lägesbilden."


class TestL4GWords:
    """4 § 3 p. in practice: the latest lägesbild (2026-03-17, "KS § 2", evidence[1])."""

    def test_nothing_to_assess(self) -> None:
        assert told(Builder(), "KBFA-L4G") == [
            (Verdict.EJ_BEDOMBART, Situation.MISSING_STEP, "deliverables", NO_LAGESBILD, L4G_FIX)
        ]
        unrecorded = (
            Builder().deliverable("plan", DeliverableKind.ATGARDSPLAN).deliverable("lb", LB)
        )
        assert told(unrecorded, "KBFA-L4G") == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "deliverables[1]",
                "Ingen framtagen lägesbild är registrerad, så det finns ingen lägesbild att "
                "bedöma innehållet i (se KBFA-L6C).",
                L4G_FIX,
            )
        ]

    def test_a_lagesbild_stated_to_hold_its_analysis(self) -> None:
        """Both analysing parts it is stated to hold are named, in the order written."""
        b = recorded_lagesbild((E, ContentPart.CAUSE_ANALYSIS, A))
        assert told(b, "KBFA-L4G") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[1]",
                'Lägesbilden från 2026-03-17 (KS § 2) är "Lägesbild", som enligt styrdokumentet '
                "innehåller orsaksanalys och analys.",
                None,
            )
        ]

    def test_the_first_cause_analysis_after_the_lagesbild(self) -> None:
        """Cause analyses of 2026-05-01 (evidence[2]), 2026-04-01 (evidence[3]) and
        2025-01-01: the first on or after 2026-03-17 is named; the one of 2025 analysed an
        older lägesbild."""
        b = (
            recorded_lagesbild((E,))
            .deliverable("orsak", DeliverableKind.ORSAKSANALYS, "Orsaksanalys")
            .evidence("2026-05-01", EvidenceKind.DELIVERED, "orsak", reference="KS § 4")
            .evidence("2026-04-01", EvidenceKind.ADOPTED, "orsak", reference="KS § 3")
            .evidence("2025-01-01", EvidenceKind.DELIVERED, "orsak", reference="KS § 0")
        )
        assert told(b, "KBFA-L4G") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[3]",
                'Efter lägesbilden från 2026-03-17 (KS § 2) registrerades "Orsaksanalys" '
                "2026-04-01 (KS § 3).",
                None,
            )
        ]
        assert told(b, "KBFA-L4G", lang="en")[0][3] == (
            'After the lägesbild of 2026-03-17 (KS § 2), "Orsaksanalys" was recorded on '
            "2026-04-01 (KS § 3)."
        )

    def test_an_analysis_delivered_with_the_lagesbild(self) -> None:
        """A kartläggning and an analys (a lägesbild stated to hold the analysis) delivered
        the same day: the analys shows 3 p. for the kartläggning."""
        b = (
            Builder()
            .deliverable("a", LB, "Kartläggning", covers=(E,))
            .deliverable("b", LB, "Analys", covers=(A,))
            .evidence("2026-03-17", EvidenceKind.DELIVERED, "a", reference="KS § 1")
            .evidence("2026-03-17", EvidenceKind.DELIVERED, "b", reference="KS § 2")
        )
        assert told(b, "KBFA-L4G") == [
            (
                Verdict.UPPFYLLT,
                None,
                "evidence[1]",
                'Efter lägesbilden från 2026-03-17 (KS § 1) registrerades "Analys" 2026-03-17 '
                "(KS § 2).",
                None,
            )
        ]

    def test_statistics_are_named_as_no_analysis(self, tmp_path: Path) -> None:
        """One indicator with data among others without: the reader is told statistics
        are a basis for the analysis, not the analysis."""
        b = recorded_lagesbild((E,)).indicator("utan")
        statistics(b, tmp_path, ("a", range(2016, 2026), X))
        assert told(b, "KBFA-L4G", folder=tmp_path) == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.UNRECORDED,
                "evidence[1]",
                "Att lägesbilden från 2026-03-17 (KS § 2) innehåller en analys är inte "
                'registrerat: styrdokumentet anger inte att "Lägesbild" innehåller en analys, '
                "och ingen orsaksanalys är registrerad efter den. Statistiken om brottsligheten "
                "är underlag för analysen, inte analysen själv.",
                ANALYSIS_FIX,
            )
        ]

    def test_without_statistics_nothing_is_said_of_them(self) -> None:
        """An indicator without data: the message stops after the cause analysis."""
        b = recorded_lagesbild((E,)).indicator("utan")
        assert told(b, "KBFA-L4G")[0][3] == (
            "Att lägesbilden från 2026-03-17 (KS § 2) innehåller en analys är inte registrerat: "
            'styrdokumentet anger inte att "Lägesbild" innehåller en analys, och ingen '
            "orsaksanalys är registrerad efter den."
        )
