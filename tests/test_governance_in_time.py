"""Governance in time: the steering document applies from its decision to the end of its validity.

Expected behaviour is written from the issue and the law's reading: a document counts
from its decision; one never decided is not decided governance; an expired document
switches its own rules off, and nothing can be credited to it ("ej bedömbart: inget
gällande styrdokument"); before the decision no design finding is drawn from it.
KBFA-KA, kbfa's own administrative rule, says which of these holds (warnings only).
"""

from __future__ import annotations

import datetime as dt

import pytest

from builder import Builder, cad, day, findings, one, period, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import BodyKind, DeliverableKind, EvidenceKind, RequirementKind
from kbfa.rules import DocumentState, document_time, rules_for

LB = DeliverableKind.LAGESBILD


def municipality(**document: object) -> Builder:
    """KS, a lägesbild produced yearly, and a local yearly-lägesbild requirement."""
    return (
        Builder()
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .deliverable("lb", LB, cadence=[cad(1)])
        .requirement("arlig", RequirementKind.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
        .document(**document)  # type: ignore[arg-type]
    )


class TestDocumentState:
    @pytest.mark.parametrize(
        ("as_of", "state"),
        [
            ("2024-05-15", DocumentState.NOT_YET),
            ("2024-05-16", DocumentState.IN_FORCE),  # counts from its decision day
            ("2027-12-31", DocumentState.IN_FORCE),  # through the last day of its validity
            ("2028-01-01", DocumentState.EXPIRED),
        ],
    )
    def test_from_decision_to_the_end_of_validity(self, as_of: str, state: DocumentState) -> None:
        """Decided 2024-05-16, valid until 2027-12-31."""
        g = municipality(decided="2024-05-16", validity=period(end="2027-12-31")).build()
        assert document_time(g, day(as_of)).state is state

    def test_a_later_start_of_validity_counts(self) -> None:
        """Solbacka: decided 2024-05-27, valid from 2024-06-01: not yet on 2024-05-31."""
        g = municipality(decided="2024-05-27", validity=period("2024-06-01")).build()
        assert document_time(g, day("2024-05-31")).state is DocumentState.NOT_YET
        assert document_time(g, day("2024-06-01")).state is DocumentState.IN_FORCE

    def test_tills_vidare_never_expires(self) -> None:
        """'Giltighetstid: Tills vidare' (Hjo 002:13) has no end."""
        g = municipality(decided="2024-05-16", validity=period(open_ended=True)).build()
        assert document_time(g, day("2040-01-01")).state is DocumentState.IN_FORCE

    def test_never_decided_is_not_decided_governance(self) -> None:
        """Vetlanda 003:7–10: the decision fields are blank: undecided on any date."""
        g = municipality(decided=None, validity=period("2020-01-01", "2023-12-31")).build()
        assert document_time(g, day("2023-08-01")).state is DocumentState.UNDECIDED


class TestBeforeTheDecision:
    def test_no_design_finding_is_drawn_from_a_document_not_yet_decided(self) -> None:
        """Hjo on 2024-01-01 (policy of 2024-05-16): every law and Brå design finding is ej bedömbart."""
        g = municipality(decided="2024-05-16").build()
        result = evaluate(g, dt.date(2024, 1, 1))
        design = [
            f
            for f in result.findings
            if f.level == "design"
            and f.source in ("law", "guidance")
            and f.verdict is not Verdict.EJ_TILLAMPLIG
        ]
        assert design
        assert {(f.verdict, f.situation) for f in design} == {
            (Verdict.EJ_BEDOMBART, Situation.NO_DOCUMENT)
        }
        assert all("beslutades 2024-05-16" in f.message for f in design)

    def test_its_own_rules_do_not_apply(self) -> None:
        """A local rule is ej tillämplig the day before the decision and applies on the day."""
        g = municipality(decided="2024-06-12").build()
        assert one(g, "KBFA-K-arlig", "2024-06-11").verdict is Verdict.EJ_TILLAMPLIG
        assert one(g, "KBFA-K-arlig", "2024-06-12").verdict is Verdict.UPPFYLLT

    def test_its_own_rules_say_they_apply_from_the_decision(self) -> None:
        """`kbfa rules` and the report's rule list date a local rule from the decision."""
        g = municipality(decided="2024-06-12").build()
        rules = {r.code: r for r in rules_for(g)}
        assert rules["KBFA-K-arlig"].in_force == dt.date(2024, 6, 12)
        assert rules["KBFA-KP-arlig"].in_force == dt.date(2024, 6, 12)


class TestAfterExpiry:
    def test_nothing_is_credited_to_an_expired_document(self) -> None:
        """Vetlanda on 2026-11-29 (plan 2020–2023): no "uppfyllt" from the plan."""
        g = (
            municipality(decided="2020-02-01", validity=period("2020-01-01", "2023-12-31"))
            .role("samordnare")
            .coordination(held_by=["samordnare"])
            .build()
        )
        f = one(g, "KBFA-L11A", "2026-11-29")
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.NO_DOCUMENT, Severity.WARNING)
        assert "kan därför inte tillgodoräknas" in f.message
        result = evaluate(g, dt.date(2026, 11, 29))
        credited = [
            f.code
            for f in result.findings
            if f.verdict is Verdict.UPPFYLLT and f.level == "design" and f.source != "kbfa"
        ]
        # Only what the law itself supplies (KS leads, 13 §) is met without the document.
        assert credited == ["KBFA-L13A"]

    def test_a_gap_stays_a_gap_and_says_no_document_applies(self) -> None:
        """What even the expired document did not provide is still missing."""
        g = municipality(decided="2020-02-01", validity=period(end="2023-12-31")).build()
        f = one(g, "KBFA-L11A", "2026-11-29")
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.BREACH)
        assert "Inget styrdokument gäller per 2026-11-29; se KBFA-KA." in f.message

    def test_what_the_law_supplies_survives_expiry(self) -> None:
        """KS leads by operation of 13 § whatever the documents: still uppfyllt."""
        g = municipality(decided="2020-02-01", validity=period(end="2023-12-31")).build()
        assert one(g, "KBFA-L13A", "2026-11-29").verdict is Verdict.UPPFYLLT

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [("2023-12-31", Verdict.UPPFYLLT), ("2024-01-01", Verdict.EJ_TILLAMPLIG)],
    )
    def test_its_own_rules_stop_after_the_last_day(self, as_of: str, verdict: Verdict) -> None:
        """Valid until 2023-12-31: its own rule applies on that day, not the day after."""
        g = municipality(decided="2020-02-01", validity=period(end="2023-12-31")).build()
        assert one(g, "KBFA-K-arlig", as_of).verdict is verdict

    def test_practice_records_remain_facts(self) -> None:
        """Evidence is fact whatever the document: a lägesbild delivered still counts (6 §)."""
        g = (
            municipality(decided="2020-02-01", validity=period(end="2023-12-31"))
            .evidence("2026-03-01", EvidenceKind.DELIVERED, "lb")
            .build()
        )
        assert one(g, "KBFA-L6C", "2026-11-29").verdict is Verdict.UPPFYLLT


class TestKBFAKA:
    def test_not_yet_decided_does_not_apply(self) -> None:
        """Lindesberg on 2024-01-01 (decided 2024-04-30): not a breach, 'ej tillämplig'."""
        g = municipality(decided="2024-04-30").build()
        assert one(g, "KBFA-KA", "2024-01-01").verdict is Verdict.EJ_TILLAMPLIG

    def test_undecided_is_a_warning(self) -> None:
        """Vetlanda on 2023-08-01: the plan was never decided: ej uppfyllt, kbfa's rule warns."""
        g = municipality(decided=None, validity=period("2020-01-01", "2023-12-31")).build()
        f = one(g, "KBFA-KA", "2023-08-01")
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert f.source == "kbfa"

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [("2023-12-31", Verdict.UPPFYLLT), ("2024-01-01", Verdict.EJ_UPPFYLLT)],
    )
    def test_expiry_after_the_last_day(self, as_of: str, verdict: Verdict) -> None:
        """Valid until 2023-12-31: in force on that day, expired the next."""
        g = municipality(decided="2020-02-01", validity=period(end="2023-12-31")).build()
        assert one(g, "KBFA-KA", as_of).verdict is verdict

    def test_tills_vidare_without_review_is_in_force(self) -> None:
        """Nässjö: no validity and no review: it applies until replaced (uppfyllt), with advice."""
        g = municipality(decided="2024-03-21").build()
        f = one(g, "KBFA-KA", "2026-11-29")
        assert f.verdict is Verdict.UPPFYLLT
        assert "tills vidare" in f.message and "ingen tidpunkt för aktualitetsprövning" in f.message

    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2027-04-29", Verdict.UPPFYLLT),
            ("2027-04-30", Verdict.UPPFYLLT),  # "senast": the due day itself
            ("2027-05-01", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_review_three_years_after_adoption(self, as_of: str, verdict: Verdict) -> None:
        """Lindesberg 004:23: decided 2024-04-30, review 3 years after: due 2027-04-30."""
        g = municipality(decided="2024-04-30", review_after_years=3).build()
        f = one(g, "KBFA-KA", as_of)
        assert f.verdict is verdict
        assert f.severity is not Severity.BREACH

    def test_an_overdue_review_leaves_the_document_in_force(self) -> None:
        """The riktlinje still applies while its review is overdue; its own rules still run."""
        g = municipality(decided="2024-04-30", review_after_years=3).build()
        assert "gäller, men" in one(g, "KBFA-KA", "2028-01-01").message
        assert one(g, "KBFA-K-arlig", "2028-01-01").verdict is Verdict.UPPFYLLT

    @pytest.mark.parametrize(
        ("reviewed", "verdict"),
        [
            ("2026-06-01", Verdict.UPPFYLLT),  # on the stated review date
            ("2026-05-31", Verdict.EJ_UPPFYLLT),  # the day before does not meet that review
        ],
    )
    def test_a_review_recorded_on_the_due_date(self, reviewed: str, verdict: Verdict) -> None:
        """A stated review date of 2026-06-01 is met by a review recorded on that date."""
        g = (
            municipality(decided="2024-01-15", review_date=day("2026-06-01"))
            .evidence(reviewed, EvidenceKind.REVIEWED, "steering_document")
            .build()
        )
        assert findings(g, "KBFA-KA", "2026-11-29")[0].verdict is verdict

    @pytest.mark.parametrize(
        ("as_of", "noted"),
        [("2026-05-20", True), ("2026-05-21", False)],
    )
    def test_a_date_before_the_latest_revision_is_noted(self, as_of: str, noted: bool) -> None:
        """Hjo (revised 2026-05-21 § 40): before that day the config's wording did not apply yet."""
        g = municipality(decided="2024-05-16", revisions=["2026-05-21"]).build()
        notes = [
            f for f in findings(g, "KBFA-KA", as_of) if f.situation is Situation.OTHER_DOCUMENT
        ]
        assert bool(notes) is noted
        if noted:
            assert notes[0].severity is Severity.INFO
            assert "revideringen 2026-05-21" in notes[0].message


class TestBodiesInTime:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2024-12-31", Verdict.EJ_UPPFYLLT),  # before it was set up
            ("2025-01-01", Verdict.UPPFYLLT),
            ("2026-06-30", Verdict.UPPFYLLT),  # its last day
            ("2026-07-01", Verdict.EJ_UPPFYLLT),  # abolished
        ],
    )
    def test_a_council_counts_while_it_exists(self, as_of: str, verdict: Verdict) -> None:
        """A council created 2025-01-01 and abolished after 2026-06-30."""
        g = (
            Builder()
            .police()
            .role("lpo", org="polisen")
            .body(
                "rad",
                BodyKind.STRATEGIC_COUNCIL,
                members=["lpo"],
                period=period("2025-01-01", "2026-06-30"),
            )
            .build()
        )
        assert one(g, "KBFA-L10A", as_of).verdict is verdict
