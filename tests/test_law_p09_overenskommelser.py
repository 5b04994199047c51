"""9 § (rules/law/p09_overenskommelser.py): written cooperation agreements.

9 § 1 st.: "verka för" written agreements (effort, so gaps warn). 9 § 2 st.: a
written agreement states purposes and areas; that content rule applies to agreements
concluded on or after 2023-07-01 and still in force. An agreement's content lives in
the agreement: content not recorded is "ej bedömbart". A period ends on its last day
("till och med"); a rolling period of N years runs out on the day before the Nth
anniversary of the latest signing.
"""

from __future__ import annotations

import pytest

from builder import Builder, one, period, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import EvidenceKind, Period, RequirementKind

AS_OF = "2026-11-29"


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
