"""The municipality's own rules (rules/local/): one design check per kind, and practice.

Expected verdicts come from what each requirement says and the documents: a
cadence slower than the document demands contradicts it; a quicker one meets it; a
tertial is four months; "en gång per år" is kept when a record falls in the last 12
months (the day exactly 12 months back included, as "senast" includes the due day);
an offered or as-needed seat is not a member's seat; what an agreement or a
deliverable contains lives in it, so what is not recorded is "ej bedömbart".
"""

from __future__ import annotations

import pytest

from builder import Builder, cad, findings, one, reporting, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import (
    BodyKind,
    ContentPart,
    DeliverableKind,
    EvidenceKind,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    RequirementKind,
    Strength,
)

AS_OF = "2026-11-23"
YEAR = Per.YEAR
RK = RequirementKind


def meeting_body(*cadence: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, cadence=list(cadence))
    )


class TestCadenceDesign:
    @pytest.mark.parametrize(
        ("actual", "wanted", "verdict"),
        [
            (cad(4, YEAR), cad(4, YEAR), Verdict.UPPFYLLT),
            (cad(12, YEAR), cad(4, YEAR), Verdict.UPPFYLLT),  # faster than required
            (cad(1, Per.QUARTER), cad(4, YEAR), Verdict.UPPFYLLT),
            (cad(2, YEAR), cad(4, YEAR), Verdict.EJ_UPPFYLLT),  # slower than required
            (cad(1, Per.TERTIAL), cad(4, YEAR), Verdict.EJ_UPPFYLLT),  # a tertial is 4 months
            (cad(1, Per.TERTIAL), cad(3, YEAR), Verdict.UPPFYLLT),
            (cad(1, Per.WEEK), cad(1, Per.MONTH), Verdict.UPPFYLLT),
            (cad(1, YEAR, 2), cad(1, YEAR), Verdict.EJ_UPPFYLLT),  # every second year vs yearly
        ],
    )
    def test_meeting_cadence(self, actual: object, wanted: object, verdict: Verdict) -> None:
        """A body meeting at least as often as required meets it; slower contradicts it."""
        g = (
            meeting_body(actual)
            .requirement("moten", RK.MEETING_CADENCE, target="rad", cadence=wanted)
            .build()
        )
        f = one(g, "KBFA-K-moten", AS_OF)
        assert f.verdict is verdict
        if verdict is Verdict.EJ_UPPFYLLT:
            assert (f.situation, f.severity) == (Situation.CONTRARY, Severity.BREACH)

    @pytest.mark.parametrize(
        ("actual", "verdict"),
        [(cad(1, YEAR), Verdict.UPPFYLLT), (cad(1, YEAR, 2), Verdict.EJ_UPPFYLLT)],
    )
    def test_deliverable_cadence(self, actual: object, verdict: Verdict) -> None:
        """A lägesbild every second year against a yearly requirement is ej uppfyllt."""
        g = (
            Builder()
            .document("2024-01-15")
            .deliverable("lb", DeliverableKind.LAGESBILD, cadence=[actual])
            .requirement("arlig", RK.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
            .build()
        )
        assert one(g, "KBFA-K-arlig", AS_OF).verdict is verdict

    def test_no_cadence_anywhere_is_a_missing_step(self) -> None:
        """Neither the body nor the requirement says how often: ej uppfyllt."""
        g = meeting_body().requirement("m", RK.MEETING_CADENCE, target="rad").build()
        assert one(g, "KBFA-K-m", AS_OF).situation is Situation.MISSING_STEP


class TestContents:
    @pytest.mark.parametrize(
        ("covers", "verdict"),
        [
            ((ContentPart.EXTENT, ContentPart.INSECURITY, ContentPart.ANALYSIS), Verdict.UPPFYLLT),
            ((ContentPart.EXTENT,), Verdict.DELVIS),  # 1 of 3 required parts stated
            ((ContentPart.EXTENT, ContentPart.INSECURITY), Verdict.DELVIS),
            ((ContentPart.MEASURES, ContentPart.CONCLUSIONS), Verdict.EJ_BEDOMBART),  # 0 of 3
        ],
    )
    def test_deliverable_contents_are_graded_by_the_required_parts(
        self, covers: tuple[ContentPart, ...], verdict: Verdict
    ) -> None:
        """Graded against the requirement's parts: none stated is unknown, not absent."""
        g = (
            Builder()
            .document("2024-01-15")
            .deliverable("lb", DeliverableKind.LAGESBILD, covers=covers)
            .requirement(
                "innehall",
                RK.DELIVERABLE_CONTENTS,
                target="lb",
                covers=[ContentPart.EXTENT, ContentPart.INSECURITY, ContentPart.ANALYSIS],
            )
            .build()
        )
        f = one(g, "KBFA-K-innehall", AS_OF)
        assert f.verdict is verdict
        if verdict is not Verdict.UPPFYLLT:
            assert f.situation is Situation.OTHER_DOCUMENT

    def test_one_required_part_among_many_stated(self) -> None:
        """A required part not among four others stated: ej bedömbart, not delvis."""
        g = (
            Builder()
            .document("2024-01-15")
            .deliverable(
                "lb",
                DeliverableKind.LAGESBILD,
                covers=[ContentPart.EXTENT, ContentPart.ANALYSIS, ContentPart.MEASURES],
            )
            .requirement("i", RK.DELIVERABLE_CONTENTS, target="lb", covers=[ContentPart.INSECURITY])
            .build()
        )
        assert one(g, "KBFA-K-i", AS_OF).verdict is Verdict.EJ_BEDOMBART


def agreements(**kw: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .police()
        .role("kd")
        .role("kso")
        .agreement("avtal", ["kommun", "polisen"], **kw)
    )


class TestAgreements:
    @pytest.mark.parametrize(
        ("fields", "verdict"),
        [
            (["purposes", "areas", "period"], Verdict.DELVIS),  # purposes recorded, the rest not
            (["areas", "period"], Verdict.EJ_BEDOMBART),
            (["purposes"], Verdict.UPPFYLLT),
        ],
    )
    def test_agreement_contents(self, fields: list[str], verdict: Verdict) -> None:
        """Fields not recorded are in the agreement itself: graded, never a breach."""
        g = (
            agreements(purposes=["Trygghet"])
            .requirement("innehall", RK.AGREEMENT_CONTENTS, fields=fields)
            .build()
        )
        f = one(g, "KBFA-K-innehall", AS_OF)
        assert f.verdict is verdict
        assert f.severity is not Severity.BREACH

    @pytest.mark.parametrize(
        ("signatories", "verdict"),
        [(["kd", "kso"], Verdict.UPPFYLLT), (["kd"], Verdict.DELVIS), ([], Verdict.EJ_BEDOMBART)],
    )
    def test_signatories(self, signatories: list[str], verdict: Verdict) -> None:
        """Lindesberg 004:90: signed by kommundirektören and KSO; unrecorded is not unsigned."""
        g = (
            agreements(signatories=signatories)
            .requirement("sign", RK.AGREEMENT_SIGNATORIES, roles=["kd", "kso"])
            .build()
        )
        assert one(g, "KBFA-K-sign", AS_OF).verdict is verdict

    def test_all_cooperation_in_writing_unrecorded_is_not_absent(self) -> None:
        """Lindesberg: partners in the structure with no recorded agreement: ej bedömbart."""
        g = (
            Builder()
            .document("2024-01-15")
            .police()
            .org("bolag", OrganisationKind.COMPANY, "Bolaget AB")
            .role("lpo", org="polisen")
            .role("rep", org="bolag")
            .body("est", BodyKind.WORKING_GROUP, members=["lpo", "rep"])
            .requirement("skriftligt", RK.AGREEMENT_WRITTEN)
            .build()
        )
        f = one(g, "KBFA-K-skriftligt", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)
        assert f.message.startswith("Ingen skriftlig överenskommelse med")
        assert f.message.endswith("är registrerad.")

    def test_one_of_two_partners_with_an_agreement(self) -> None:
        """One partner covered, one not recorded: delvis."""
        g = (
            agreements()
            .org("bolag", OrganisationKind.COMPANY, "Bolaget AB")
            .role("lpo", org="polisen")
            .role("rep", org="bolag")
            .body("est", BodyKind.WORKING_GROUP, members=["lpo", "rep"])
            .requirement("skriftligt", RK.AGREEMENT_WRITTEN)
            .build()
        )
        assert one(g, "KBFA-K-skriftligt", AS_OF).verdict is Verdict.DELVIS

    def test_an_unwritten_agreement_contradicts_the_demand(self) -> None:
        """The document demands writing; an oral arrangement contradicts it."""
        g = agreements(written=False).requirement("s", RK.AGREEMENT_WRITTEN).build()
        assert findings(g, "KBFA-K-s", AS_OF)[0].situation is Situation.CONTRARY

    @pytest.mark.parametrize(
        ("categories", "verdict"),
        [
            ([PartnerCategory.POLICE], Verdict.UPPFYLLT),
            ([PartnerCategory.POLICE, PartnerCategory.TRADE], Verdict.DELVIS),
            ([PartnerCategory.TRADE, PartnerCategory.HOUSING], Verdict.EJ_BEDOMBART),
        ],
    )
    def test_partner_categories(self, categories: list[PartnerCategory], verdict: Verdict) -> None:
        """Hjo 002:46: agreements with each category; one not recorded is unknown."""
        b = Builder().document("2024-01-15")
        b.org("polisen", OrganisationKind.POLICE, categories=(PartnerCategory.POLICE,))
        b.agreement("avtal", ["kommun", "polisen"])
        g = b.requirement("kat", RK.PARTNER_CATEGORIES, categories=categories).build()
        f = one(g, "KBFA-K-kat", AS_OF)
        assert f.verdict is verdict
        assert f.message != "" and "Det saknas" not in f.message

    def test_best_effort_requirement_only_warns(self) -> None:
        """Hjo's categories are voluntary for private actors (002:46): best effort, a warning."""
        g = (
            Builder()
            .document("2024-01-15")
            .requirement(
                "kat",
                RK.PARTNER_CATEGORIES,
                categories=[PartnerCategory.TRADE],
                strength=Strength.BEST_EFFORT,
            )
            .build()
        )
        assert one(g, "KBFA-K-kat", AS_OF).severity is Severity.INFO


class TestRepresentation:
    @pytest.mark.parametrize(
        ("participation", "verdict"),
        [
            (Participation.MEMBER, Verdict.UPPFYLLT),
            (Participation.OFFERED, Verdict.DELVIS),
            (Participation.AS_NEEDED, Verdict.DELVIS),
        ],
    )
    def test_offered_and_as_needed_seats_are_not_members(
        self, participation: Participation, verdict: Verdict
    ) -> None:
        """A required role with only an offered or as-needed seat: delvis."""
        b = Builder().document("2024-01-15").police().role("lpo", org="polisen")
        b.body("lindebra", BodyKind.PREPARATORY_GROUP, members=[b.seat("lpo", participation)])
        g = b.requirement("rep", RK.REPRESENTATION, target="lindebra", roles=["lpo"]).build()
        assert one(g, "KBFA-K-rep", AS_OF).verdict is verdict

    def test_a_missing_role(self) -> None:
        """A required role with no seat at all: ej uppfyllt."""
        g = (
            Builder()
            .document("2024-01-15")
            .role("kso")
            .body("styr", BodyKind.STEERING_GROUP)
            .requirement("rep", RK.REPRESENTATION, target="styr", roles=["kso"])
            .build()
        )
        assert one(g, "KBFA-K-rep", AS_OF).verdict is Verdict.EJ_UPPFYLLT


class TestReportingDesign:
    @pytest.mark.parametrize(
        ("line", "verdict"),
        [
            (cad(1, Per.TERTIAL), Verdict.UPPFYLLT),
            (cad(1, YEAR), Verdict.EJ_UPPFYLLT),  # yearly against each tertial
            (None, Verdict.UPPFYLLT),  # no cadence on the line: the requirement's applies
        ],
    )
    def test_reporting_line(self, line: object, verdict: Verdict) -> None:
        """Nässjö 000:67: reports to KS each tertial."""
        g = (
            Builder()
            .document("2024-01-15")
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .deliverable(
                "rapport", DeliverableKind.LAGESRAPPORT, recipients=[reporting("ks", line)]
            )  # type: ignore[arg-type]
            .requirement(
                "till-ks", RK.REPORTING, target="rapport", to="ks", cadence=cad(1, Per.TERTIAL)
            )
            .build()
        )
        assert one(g, "KBFA-K-till-ks", AS_OF).verdict is verdict


def practice(*records: tuple[str, dict[str, object]], cadence: object = cad(1)) -> Builder:
    b = (
        Builder()
        .document("2020-01-15")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, cadence=[cadence])
        .deliverable("rapport", DeliverableKind.LAGESRAPPORT)
        .requirement("moten", RK.MEETING_CADENCE, target="rad")
        .requirement("till-ks", RK.REPORTING, target="rapport", to="ks", cadence=cad(1))
    )
    for date, kw in records:
        b.evidence(date, **kw)  # type: ignore[arg-type]
    return b


def met(date: str) -> tuple[str, dict[str, object]]:
    return date, {"kind": EvidenceKind.MEETING_HELD, "subject": "rad"}


class TestPracticeWindows:
    @pytest.mark.parametrize(
        ("record", "verdict"),
        [
            ("2025-11-24", Verdict.UPPFYLLT),
            ("2025-11-23", Verdict.UPPFYLLT),  # exactly 12 months back: still within the year
            ("2025-11-22", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_a_yearly_meeting_in_the_last_12_months(self, record: str, verdict: Verdict) -> None:
        """On 2026-11-23 a yearly meeting of 2025-11-23 is on time; one of 2025-11-22 is not."""
        g = practice(met(record)).build()
        assert one(g, "KBFA-KP-moten", AS_OF).verdict is verdict

    def test_a_quarterly_cadence_counts_over_12_months(self) -> None:
        """Quarterly, 3 meetings in the last 12 months: delvis (4 are needed), not uppfyllt."""
        g = practice(
            met("2026-08-23"), met("2026-05-23"), met("2026-02-23"), cadence=cad(1, Per.QUARTER)
        ).build()
        f = one(g, "KBFA-KP-moten", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.DELVIS, Situation.MISSING_STEP)
        assert "minst 4 behövs" in f.message

    def test_a_weekly_cadence_is_not_judged_on_one_week(self) -> None:
        """Weekly (Lindesberg's EST): one old record does not keep a year of weekly meetings."""
        g = practice(met("2026-11-20"), cadence=cad(1, Per.WEEK)).build()
        assert one(g, "KBFA-KP-moten", AS_OF).verdict is Verdict.DELVIS

    def test_a_tertial_cadence_needs_three_a_year(self) -> None:
        """Once per tertial (four months): three in a year are kept, two are not."""
        three = practice(
            met("2026-10-01"), met("2026-06-01"), met("2026-02-01"), cadence=cad(1, Per.TERTIAL)
        ).build()
        two = practice(met("2026-10-01"), met("2026-06-01"), cadence=cad(1, Per.TERTIAL)).build()
        assert one(three, "KBFA-KP-moten", AS_OF).verdict is Verdict.UPPFYLLT
        assert one(two, "KBFA-KP-moten", AS_OF).verdict is Verdict.DELVIS

    def test_every_second_year_looks_back_24_months(self) -> None:
        """A meeting every second year, last held 20 months ago: kept."""
        g = practice(met("2025-03-23"), cadence=cad(1, YEAR, 2)).build()
        assert one(g, "KBFA-KP-moten", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_records_are_unrecorded(self) -> None:
        """No records at all: ej bedömbart, never uppfyllt."""
        f = one(practice().build(), "KBFA-KP-moten", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED)

    def test_a_record_without_recipient_counts_for_a_reporting_line(self) -> None:
        """A 'delivered' record with no `to` counts for any recipient (as the årshjul does)."""
        g = practice(("2026-05-01", {"kind": EvidenceKind.DELIVERED, "subject": "rapport"})).build()
        assert one(g, "KBFA-KP-till-ks", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_record_to_another_recipient_does_not(self) -> None:
        """A report delivered to another body does not show the line to KS."""
        g = practice(
            ("2026-05-01", {"kind": EvidenceKind.DELIVERED, "subject": "rapport", "to": "rad"})
        ).build()
        assert one(g, "KBFA-KP-till-ks", AS_OF).verdict is Verdict.EJ_BEDOMBART
