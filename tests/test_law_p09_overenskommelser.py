"""9 § (rules/law/p09_overenskommelser.py): written cooperation agreements.

9 § 1 st.: "verka för" written agreements (effort, so gaps warn). 9 § 2 st.: a
written agreement states purposes and areas; that content rule applies to agreements
concluded on or after 2023-07-01 and still in force. An agreement's content lives in
the agreement: content not recorded is "ej bedömbart". A period ends on its last day
("till och med"); a rolling period of N years runs out on the day before the Nth
anniversary of the latest signing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import Builder, in_folder, one, period, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Finding, Severity, Situation, Verdict, evaluate
from kbfa.model import EvidenceKind, Period, RequirementKind

AS_OF = "2026-11-29"


def located(b: Builder, code: str, as_of: str = AS_OF, lang: str = "sv") -> list[Finding]:
    """The findings of ``code`` for the model as a loaded config (in_folder): with key paths."""
    result = evaluate(in_folder(b.build(), Path(".")), dt.date.fromisoformat(as_of), lang=lang)  # type: ignore[arg-type]
    return [f for f in result.findings if f.code == code]


def said(
    b: Builder, code: str, as_of: str = AS_OF, lang: str = "sv"
) -> list[tuple[Verdict, str, str]]:
    """Each finding as the reader gets it: verdict, the key it points at, the message."""
    return [
        (f.verdict, f.location.path if f.location else "", f.message)
        for f in located(b, code, as_of, lang)
    ]


def agreement(
    p: Period | None = None, *, purposes: tuple[str, ...] = ("Trygghet",), **kw: object
) -> Builder:
    return (
        Builder()
        .police()
        .agreement("avtal", ["kommun", "polisen"], purposes=purposes, period=p, **kw)
    )


class TestL9AEffort:
    def test_an_agreement_in_force(self) -> None:
        """A written agreement with the police in force: uppfyllt."""
        g = agreement(period("2026-01-01", "2027-12-31"), areas=("Centrum",)).build()
        assert one(g, "KBFA-L9A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_requirements_on_agreements_are_effort(self) -> None:
        """Nässjö 000:71: the document sets the content of agreements: it works for them."""
        g = (
            Builder()
            .requirement("r", RequirementKind.AGREEMENT_CONTENTS, fields=["purposes", "areas"])
            .build()
        )
        assert one(g, "KBFA-L9A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_only_a_lapsed_agreement_is_a_warning(self) -> None:
        """Vetlanda: the 2020–2023 agreement has lapsed and nothing else shows effort."""
        g = agreement(period("2020-01-01", "2023-12-31")).build()
        f = one(g, "KBFA-L9A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)

    def test_nothing_is_a_warning(self) -> None:
        """No agreements and no requirement on them: ej uppfyllt, a warning (verka för)."""
        f = one(Builder().build(), "KBFA-L9A", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.WARNING)


class TestL9BContent:
    @pytest.mark.parametrize(
        ("purposes", "areas", "verdict"),
        [
            (("Trygghet",), ("Centrum",), Verdict.UPPFYLLT),
            (("Trygghet",), (), Verdict.DELVIS),
            ((), ("Centrum",), Verdict.DELVIS),
            ((), (), Verdict.EJ_BEDOMBART),
        ],
    )
    def test_purposes_and_areas(
        self, purposes: tuple[str, ...], areas: tuple[str, ...], verdict: Verdict
    ) -> None:
        """An agreement from 2024 in force: the parts not recorded are in the agreement itself."""
        g = agreement(period("2024-01-01", "2027-12-31"), purposes=purposes, areas=areas).build()
        f = one(g, "KBFA-L9B", AS_OF)
        assert f.verdict is verdict
        if verdict is not Verdict.UPPFYLLT:
            assert (f.situation, f.severity) == (Situation.OTHER_DOCUMENT, Severity.WARNING)

    @pytest.mark.parametrize(
        ("start", "verdict"),
        [("2023-06-30", Verdict.EJ_TILLAMPLIG), ("2023-07-01", Verdict.DELVIS)],
    )
    def test_applies_to_agreements_concluded_from_1_july_2023(
        self, start: str, verdict: Verdict
    ) -> None:
        """An agreement concluded the day before the law is outside 9 § 2 st.; one on the day is not."""
        g = agreement(period(start, "2027-12-31")).build()
        assert one(g, "KBFA-L9B", AS_OF).verdict is verdict

    def test_a_signing_record_dates_the_conclusion(self) -> None:
        """A recorded signing on 2023-06-30 puts an open-ended agreement before the law."""
        g = (
            agreement(period(open_ended=True))
            .evidence("2023-06-30", EvidenceKind.SIGNED, "avtal")
            .build()
        )
        assert one(g, "KBFA-L9B", AS_OF).verdict is Verdict.EJ_TILLAMPLIG

    def test_an_expired_agreement_is_not_judged_on_content(self) -> None:
        """Vetlanda's expired agreement is not advised to be amended."""
        g = agreement(period("2024-01-01", "2025-12-31")).build()
        assert one(g, "KBFA-L9B", AS_OF).verdict is Verdict.EJ_TILLAMPLIG

    def test_an_unwritten_arrangement_is_no_9_agreement_and_no_breach(self) -> None:
        """An oral arrangement is not a 9 § agreement, but not a breach either."""
        g = agreement(period("2024-01-01", "2027-12-31"), written=False).build()
        f = one(g, "KBFA-L9B", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_TILLAMPLIG, Severity.INFO)


class TestL9CInForce:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2027-12-30", Verdict.UPPFYLLT),
            ("2027-12-31", Verdict.UPPFYLLT),  # "till och med": the last day is in the period
            ("2028-01-01", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_the_last_day_is_in_force(self, as_of: str, verdict: Verdict) -> None:
        """An agreement 2026-01-01 – 2027-12-31 applies through its last day."""
        g = agreement(period("2026-01-01", "2027-12-31")).build()
        assert one(g, "KBFA-L9C", as_of).verdict is verdict

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [("2025-12-31", Verdict.EJ_TILLAMPLIG), ("2026-01-01", Verdict.UPPFYLLT)],
    )
    def test_a_period_that_has_not_begun(self, as_of: str, verdict: Verdict) -> None:
        """Before its first day an agreement does not yet apply (not a gap)."""
        g = agreement(period("2026-01-01", "2027-12-31")).build()
        assert one(g, "KBFA-L9C", as_of).verdict is verdict

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2026-09-01", Verdict.UPPFYLLT),  # 18 months after signing
            ("2027-02-28", Verdict.UPPFYLLT),  # the day before the second anniversary
            ("2027-03-01", Verdict.EJ_UPPFYLLT),  # the second anniversary: it has run out
            ("2027-04-01", Verdict.EJ_UPPFYLLT),  # 25 months after signing
        ],
    )
    def test_a_two_year_rolling_period(self, as_of: str, verdict: Verdict) -> None:
        """Signed 2025-03-01 for two years: the last day is 2027-02-28."""
        g = agreement(period(years=2)).evidence("2025-03-01", EvidenceKind.SIGNED, "avtal").build()
        assert one(g, "KBFA-L9C", as_of).verdict is verdict

    def test_a_three_year_rolling_period(self) -> None:
        """Signed 2024-05-10 for three years: in force 2027-05-09, out 2027-05-10."""
        g = agreement(period(years=3)).evidence("2024-05-10", EvidenceKind.SIGNED, "avtal").build()
        assert one(g, "KBFA-L9C", "2027-05-09").verdict is Verdict.UPPFYLLT
        assert one(g, "KBFA-L9C", "2027-05-10").verdict is Verdict.EJ_UPPFYLLT

    def test_the_latest_signing_renews_the_period(self) -> None:
        """A renewal on 2027-02-15 starts a new two-year period."""
        g = (
            agreement(period(years=2))
            .evidence("2025-03-01", EvidenceKind.SIGNED, "avtal")
            .evidence("2027-02-15", EvidenceKind.SIGNED, "avtal")
            .build()
        )
        assert one(g, "KBFA-L9C", "2028-06-01").verdict is Verdict.UPPFYLLT

    def test_no_agreements_are_unrecorded(self) -> None:
        """No written agreement recorded: ej bedömbart (kbfa's reading: information)."""
        f = one(Builder().build(), "KBFA-L9C", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.INFO)

    def test_an_expired_agreement_warns(self) -> None:
        """An expired agreement: the municipality should work for a new one (a warning)."""
        g = agreement(period("2020-01-01", "2023-12-31")).build()
        f = one(g, "KBFA-L9C", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert "till och med 2023-12-31" in f.message


def many() -> Builder:
    """Five agreements: an oral one, one within the municipality, one lapsed, two in force.

    "avtal" has no period at all (so it is taken as applying), "e" runs 2026-2027.
    """
    return (
        Builder()
        .document()
        .police()
        .agreement("a", ["kommun", "polisen"], written=False, period=period("2024-01-01"))
        .agreement("b", ["kommun"], purposes=("T",), period=period("2024-01-01", "2027-12-31"))
        .agreement(
            "c", ["kommun", "polisen"], purposes=("T",), period=period("2020-01-01", "2023-12-31")
        )
        .agreement("avtal", ["kommun", "polisen"], purposes=("T",), areas=("C",))
        .agreement(
            "e", ["polisen", "kommun"], purposes=("T",), period=period("2026-01-01", "2027-12-31")
        )
    )


class TestL9AWordsAndWhere:
    """KBFA-L9A's messages (p09_overenskommelser.py's catalogue, kbfa's published words) and
    the key each points at, in Swedish and English."""

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                'Skriftliga överenskommelser om samverkan: "Överenskommelse avtal", '
                '"Överenskommelse e".',
            ),
            ("en", 'Written cooperation agreements: "Överenskommelse avtal", "Överenskommelse e".'),
        ],
    )
    def test_the_agreements_in_force_with_another_actor(self, lang: str, message: str) -> None:
        """Not the oral one, not one within the municipality, not the lapsed one."""
        assert said(many(), "KBFA-L9A", lang=lang) == [(Verdict.UPPFYLLT, "agreements[3]", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet ställer krav på skriftliga överenskommelser om samverkan (avsnitt "
                '"Rubrik"); det visar att kommunen verkar för sådana.',
            ),
            (
                "en",
                "The steering document sets requirements on written cooperation agreements "
                '(section "Rubrik"); that shows the municipality works towards them.',
            ),
        ],
    )
    @pytest.mark.parametrize(
        "kind",
        [
            RequirementKind.AGREEMENT_WRITTEN,
            RequirementKind.AGREEMENT_CONTENTS,
            RequirementKind.AGREEMENT_SIGNATORIES,
            RequirementKind.PARTNER_CATEGORIES,
        ],
    )
    def test_each_requirement_on_agreements_is_effort(
        self, kind: RequirementKind, lang: str, message: str
    ) -> None:
        """Nässjö 000:71: the first requirement on agreements is named, after a lapsed one."""
        b = (
            agreement(period("2020-01-01", "2023-12-31"))
            .document()
            .requirement("moten", RequirementKind.MEETING_CADENCE, target="x")
            .requirement("krav", kind)
            .requirement("krav2", RequirementKind.AGREEMENT_WRITTEN)
        )
        assert said(b, "KBFA-L9A", lang=lang) == [(Verdict.UPPFYLLT, "requirements[1]", message)]

    def test_a_requirement_on_something_else_is_no_effort(self) -> None:
        """A meeting cadence says nothing about agreements: still nothing."""
        b = Builder().document().requirement("moten", RequirementKind.MEETING_CADENCE, target="x")
        assert one(b.build(), "KBFA-L9A", AS_OF).verdict is Verdict.EJ_UPPFYLLT

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Ingen skriftlig överenskommelse om samverkan gäller per 2026-11-29 "
                '("Överenskommelse c", "Överenskommelse d" gäller inte längre), och '
                "styrdokumentet ställer inga krav på sådana.",
            ),
            (
                "en",
                'No written cooperation agreement applies on 2026-11-29 ("Överenskommelse c", '
                '"Överenskommelse d" no longer apply), and the steering document sets no '
                "requirements on them.",
            ),
        ],
    )
    def test_lapsed_agreements_are_named_and_their_period_pointed_at(
        self, lang: str, message: str
    ) -> None:
        """Vetlanda: every lapsed agreement is named, the first one's period is the key."""
        b = (
            Builder()
            .document()
            .police()
            .agreement("b", ["kommun"], period=period("2024-01-01", "2027-12-31"))
            .agreement("c", ["kommun", "polisen"], period=period("2020-01-01", "2023-12-31"))
            .agreement("d", ["kommun", "polisen"], period=period("2021-01-01", "2024-12-31"))
        )
        assert said(b, "KBFA-L9A", lang=lang) == [
            (Verdict.EJ_UPPFYLLT, "agreements[1].period", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet visar inte att kommunen verkar för skriftliga överenskommelser "
                "om samverkan: inga överenskommelser är registrerade och inga krav på dem anges.",
            ),
            (
                "en",
                "The steering document does not show that the municipality works towards "
                "written cooperation agreements: none is recorded and no requirement on them "
                "is stated.",
            ),
        ],
    )
    def test_nothing_points_at_the_agreements(self, lang: str, message: str) -> None:
        """An agreement within the municipality only is no cooperation agreement."""
        b = Builder().document().agreement("b", ["kommun"], period=period("2024-01-01"))
        assert said(b, "KBFA-L9A", lang=lang) == [(Verdict.EJ_UPPFYLLT, "agreements", message)]


class TestL9BWordsAndWhere:
    """KBFA-L9B for each kind of agreement, with its key and message, in both languages."""

    def test_each_agreement_in_turn_sv(self) -> None:
        """The oral one, the one before the law, the lapsed one, the full one, the partial one."""
        b = many().agreement(
            "f",
            ["kommun", "polisen"],
            purposes=(),
            areas=("C",),
            period=period("2024-01-01", "2027-12-31"),
        )
        assert said(b, "KBFA-L9B") == [
            (
                Verdict.EJ_TILLAMPLIG,
                "agreements[0].written",
                'Överenskommelsen "Överenskommelse a" är inte skriftlig och är därför ingen '
                "överenskommelse enligt 9 §.",
            ),
            (
                Verdict.DELVIS,
                "agreements[1].areas",
                'För överenskommelsen "Överenskommelse b" är områden inte registrerade; de '
                "framgår i så fall av överenskommelsen själv. Enligt 9 § ska den ange för vilka "
                "syften och inom vilka områden samverkan ska ske.",
            ),
            (
                Verdict.EJ_TILLAMPLIG,
                "agreements[2]",
                'Överenskommelsen "Överenskommelse c" ingicks 2020-01-01, före lagens '
                "ikraftträdande den 1 juli 2023; innehållskravet i 9 § gäller inte den.",
            ),
            (
                Verdict.UPPFYLLT,
                "agreements[3]",
                'Överenskommelsen "Överenskommelse avtal" anger för vilka syften och inom vilka '
                "områden samverkan ska ske.",
            ),
            (
                Verdict.DELVIS,
                "agreements[4].areas",
                'För överenskommelsen "Överenskommelse e" är områden inte registrerade; de '
                "framgår i så fall av överenskommelsen själv. Enligt 9 § ska den ange för vilka "
                "syften och inom vilka områden samverkan ska ske.",
            ),
            (
                Verdict.DELVIS,
                "agreements[5].purposes",
                'För överenskommelsen "Överenskommelse f" är syften inte registrerade; de '
                "framgår i så fall av överenskommelsen själv. Enligt 9 § ska den ange för vilka "
                "syften och inom vilka områden samverkan ska ske.",
            ),
        ]

    def test_each_agreement_in_turn_en(self) -> None:
        """The same in English."""
        assert said(many(), "KBFA-L9B", lang="en") == [
            (
                Verdict.EJ_TILLAMPLIG,
                "agreements[0].written",
                'The agreement "Överenskommelse a" is not written and is therefore no agreement '
                "under s. 9.",
            ),
            (
                Verdict.DELVIS,
                "agreements[1].areas",
                'For the agreement "Överenskommelse b", areas are not recorded; the agreement '
                "itself would show them. Under s. 9 it must state the purposes and areas of the "
                "cooperation.",
            ),
            (
                Verdict.EJ_TILLAMPLIG,
                "agreements[2]",
                'The agreement "Överenskommelse c" was concluded on 2020-01-01, before the law '
                "entered into force on 1 July 2023; the content rule of s. 9 does not apply to "
                "it.",
            ),
            (
                Verdict.UPPFYLLT,
                "agreements[3]",
                'The agreement "Överenskommelse avtal" states the purposes and areas of the '
                "cooperation.",
            ),
            (
                Verdict.DELVIS,
                "agreements[4].areas",
                'For the agreement "Överenskommelse e", areas are not recorded; the agreement '
                "itself would show them. Under s. 9 it must state the purposes and areas of the "
                "cooperation.",
            ),
        ]

    @pytest.mark.parametrize(
        ("lang", "message", "fix"),
        [
            (
                "sv",
                'För överenskommelsen "Överenskommelse avtal" är syften och områden inte '
                "registrerade; de framgår i så fall av överenskommelsen själv. Enligt 9 § ska den "
                "ange för vilka syften och inom vilka områden samverkan ska ske.",
                "För in överenskommelsens syften och områden ur överenskommelsen själv; saknas "
                "de där, komplettera överenskommelsen.",
            ),
            (
                "en",
                'For the agreement "Överenskommelse avtal", purposes and areas are not recorded; '
                "the agreement itself would show them. Under s. 9 it must state the purposes and "
                "areas of the cooperation.",
                "Enter the agreement's purposes and areas from the agreement itself; if it lacks "
                "them, complete the agreement.",
            ),
        ],
    )
    def test_neither_purposes_nor_areas(self, lang: str, message: str, fix: str) -> None:
        """Both missing: named together, the purposes' key first, and where to find them."""
        b = agreement(period("2024-01-01", "2027-12-31"), purposes=()).document()
        (f,) = located(b, "KBFA-L9B", lang=lang)
        assert (f.verdict, f.location.path if f.location else "") == (
            Verdict.EJ_BEDOMBART,
            "agreements[0].purposes",
        )
        assert (f.message, f.fix) == (message, fix)

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", 'Överenskommelsen "Överenskommelse avtal" gäller inte per 2028-01-01.'),
            ("en", 'The agreement "Överenskommelse avtal" does not apply on 2028-01-01.'),
        ],
    )
    def test_an_agreement_no_longer_in_force(self, lang: str, message: str) -> None:
        """Concluded in 2024, ended 2027-12-31: its period is pointed at."""
        b = agreement(period("2024-01-01", "2027-12-31")).document()
        assert said(b, "KBFA-L9B", "2028-01-01", lang) == [
            (Verdict.EJ_TILLAMPLIG, "agreements[0].period", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Ingen skriftlig överenskommelse om samverkan är registrerad."),
            ("en", "No written cooperation agreement is recorded."),
        ],
    )
    def test_no_agreements_at_all(self, lang: str, message: str) -> None:
        """Nothing to judge the content of."""
        assert said(Builder().document(), "KBFA-L9B", lang=lang) == [
            (Verdict.EJ_TILLAMPLIG, "agreements", message)
        ]

    def test_the_first_signing_dates_the_conclusion(self) -> None:
        """Signed 2023-06-30 and again 2024-02-01: concluded before the law all the same."""
        b = (
            agreement(period("2024-02-01", "2027-12-31"))
            .evidence("2024-02-01", EvidenceKind.SIGNED, "avtal")
            .evidence("2023-06-30", EvidenceKind.SIGNED, "avtal")
        )
        (f,) = located(b, "KBFA-L9B")
        assert f.verdict is Verdict.EJ_TILLAMPLIG
        assert "ingicks 2023-06-30" in f.message

    def test_a_signing_on_the_day_the_law_entered_into_force(self) -> None:
        """Signed 2023-07-01, period from 2023-01-01: the signing decides, within the law."""
        b = agreement(period("2023-01-01", "2027-12-31")).evidence(
            "2023-07-01", EvidenceKind.SIGNED, "avtal"
        )
        assert one(b.build(), "KBFA-L9B", AS_OF).verdict is Verdict.DELVIS

    def test_no_period_and_no_signing_is_judged_on_content(self) -> None:
        """When it was concluded is unknown: the content rule is applied."""
        assert one(agreement().build(), "KBFA-L9B", AS_OF).verdict is Verdict.DELVIS


class TestL9CWordsAndWhere:
    """KBFA-L9C: each written agreement's period is pointed at; nothing recorded asks for one."""

    @pytest.mark.parametrize(
        ("lang", "message", "action"),
        [
            (
                "sv",
                "Ingen skriftlig överenskommelse om samverkan är registrerad.",
                "Kommunstyrelsen verkar för skriftliga överenskommelser om samverkan och ser till "
                "att de som ingås diarieförs med sin giltighetstid.",
            ),
            (
                "en",
                "No written cooperation agreement is recorded.",
                "The executive board works towards written cooperation agreements and sees to "
                "it that those concluded are registered with their period.",
            ),
        ],
    )
    def test_only_an_oral_arrangement(self, lang: str, message: str, action: str) -> None:
        """An oral arrangement has no period to follow: kommunstyrelsen is asked to register."""
        b = agreement(period("2024-01-01", "2027-12-31"), written=False).document()
        (f,) = located(b, "KBFA-L9C", lang=lang)
        assert (f.verdict, f.location.path if f.location else "", f.message, f.action) == (
            Verdict.EJ_BEDOMBART,
            "agreements",
            message,
            action,
        )

    def test_each_written_agreement_is_followed(self) -> None:
        """The oral one is left out; each written one names itself and its period's key."""
        got = said(many(), "KBFA-L9C")
        assert [(v, p) for v, p, _ in got] == [
            (Verdict.UPPFYLLT, "agreements[1].period"),
            (Verdict.EJ_UPPFYLLT, "agreements[2].period.end"),
            (Verdict.EJ_BEDOMBART, "agreements[3].period"),
            (Verdict.UPPFYLLT, "agreements[4].period"),
        ]
        assert got[0][2] == 'Överenskommelsen "Överenskommelse b" gäller 2024-01-01 – 2027-12-31.'
        assert said(many(), "KBFA-L9C", lang="en")[3][2].startswith(
            'The agreement "Överenskommelse e"'
        )


class TestARollingAgreementThatRanOut:
    """Signed 2023-09-01 for two years: its last day was 2025-08-31 (the day before the
    second anniversary), so on 2026-11-29 it no longer applies, for 9 § 1 and 2 st. alike."""

    @staticmethod
    def rolling() -> Builder:
        return (
            agreement(period(years=2), areas=("Centrum",))
            .document()
            .evidence("2023-09-01", EvidenceKind.SIGNED, "avtal")
        )

    def test_it_is_no_agreement_in_force(self) -> None:
        """L9A: no agreement applies, the lapsed one is named."""
        assert said(self.rolling(), "KBFA-L9A") == [
            (
                Verdict.EJ_UPPFYLLT,
                "agreements[0].period",
                "Ingen skriftlig överenskommelse om samverkan gäller per 2026-11-29 "
                '("Överenskommelse avtal" gäller inte längre), och styrdokumentet ställer inga '
                "krav på sådana.",
            )
        ]

    def test_its_content_is_not_judged(self) -> None:
        """L9B: not in force, so not advised to be amended."""
        assert said(self.rolling(), "KBFA-L9B") == [
            (
                Verdict.EJ_TILLAMPLIG,
                "agreements[0].period",
                'Överenskommelsen "Överenskommelse avtal" gäller inte per 2026-11-29.',
            )
        ]

    def test_on_its_last_day_it_still_applies(self) -> None:
        """2025-08-31: still in force, so its content is judged."""
        assert one(self.rolling().build(), "KBFA-L9B", "2025-08-31").verdict is Verdict.UPPFYLLT


def test_an_agreement_no_longer_in_force_does_not_end_the_assessment() -> None:
    """9 § 2 st.: the first agreement ended 2025-12-31; the next one is still judged."""
    b = (
        agreement(period("2024-01-01", "2025-12-31"))
        .agreement(
            "b", ["kommun", "polisen"], purposes=("T",), period=period("2024-01-01", "2027-12-31")
        )
        .document()
    )
    assert [(v, p) for v, p, _ in said(b, "KBFA-L9B")] == [
        (Verdict.EJ_TILLAMPLIG, "agreements[0].period"),
        (Verdict.DELVIS, "agreements[1].areas"),
    ]
