"""The municipality's own rules (rules/local/): one design check per kind, and practice.

Expected verdicts come from what each requirement says and the documents: a
cadence slower than the document demands contradicts it; a quicker one meets it; a
tertial is four months; "en gång per år" is kept when a record falls in the last 12
months (the day exactly 12 months back included, as "senast" includes the due day);
an offered or as-needed seat is not a member's seat; what an agreement or a
deliverable contains lives in it, so what is not recorded is "ej bedömbart".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from builder import (  # type: ignore[import-not-found]
    Builder,
    cad,
    day,
    findings,
    in_folder,
    one,
    period,
    reporting,
    shape,
)
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import (
    BodyKind,
    ContentPart,
    Decision,
    DeliverableKind,
    DocumentVersion,
    EvidenceKind,
    Id,
    OrganisationKind,
    Participation,
    PartnerCategory,
    Per,
    RequirementKind,
    Strength,
    Text,
)
from kbfa.rules import Level, RuleSource, local_rules
from kbfa.rules._context import Context
from kbfa.rules._rule import Outcome
from kbfa.rules.local.design import DESIGN_CHECKS

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


# -- What each design check says, word for word, and where it points -------------------
#
# The expected texts are kbfa's published message texts (rules/local/design.py, the
# Swedish a coordinator reads and the English of --lang en) filled in by hand with the
# names of the fictitious model; the key paths are where the model writes the item.


def said(g: object, code: str, lang: str = "sv") -> list[tuple[Verdict, object, str, str]]:
    """Each finding of a rule as (verdict, situation, key path, message), in ``lang``."""
    result = evaluate(in_folder(g, Path("provkommun")), day(AS_OF), lang=lang)  # type: ignore[arg-type]
    return [
        (f.verdict, f.situation, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code == code
    ]


def both(g: object, code: str) -> tuple[list[object], list[object]]:
    return said(g, code, "sv"), said(g, code, "en")


EB, EU, UP, DV, ET = (
    Verdict.EJ_BEDOMBART,
    Verdict.EJ_UPPFYLLT,
    Verdict.UPPFYLLT,
    Verdict.DELVIS,
    Verdict.EJ_TILLAMPLIG,
)
UNREC, CONTRARY, STEP, OTHER = (
    Situation.UNRECORDED,
    Situation.CONTRARY,
    Situation.MISSING_STEP,
    Situation.OTHER_DOCUMENT,
)


def council_and_report() -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
        .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild")
    )


class TestATargetOfTheWrongKind:
    """A requirement whose target names the wrong kind of thing cannot be assessed."""

    @pytest.mark.parametrize(
        ("kind", "target", "sv", "en"),
        [
            (
                RK.DELIVERABLE_CADENCE,
                "rad",
                "Kravet avser Trygghetsrådet, som inte är en leverans; kravet kan inte bedömas.",
                "The requirement points at Trygghetsrådet, which is not a deliverable; it cannot "
                "be assessed.",
            ),
            (
                RK.DELIVERABLE_CONTENTS,
                "rad",
                "Kravet avser Trygghetsrådet, som inte är en leverans; kravet kan inte bedömas.",
                "The requirement points at Trygghetsrådet, which is not a deliverable; it cannot "
                "be assessed.",
            ),
            (
                RK.DELIVERABLE_BASIS,
                "rad",
                "Kravet avser Trygghetsrådet, som inte är en leverans; kravet kan inte bedömas.",
                "The requirement points at Trygghetsrådet, which is not a deliverable; it cannot "
                "be assessed.",
            ),
            (
                RK.MEETING_CADENCE,
                "lb",
                'Kravet avser "Lägesbild", som inte är ett organ; kravet kan inte bedömas.',
                'The requirement points at "Lägesbild", which is not a body; it cannot be assessed.',
            ),
            (
                RK.REPRESENTATION,
                "lb",
                'Kravet avser "Lägesbild", som inte är ett organ; kravet kan inte bedömas.',
                'The requirement points at "Lägesbild", which is not a body; it cannot be assessed.',
            ),
            (
                RK.REPORTING,
                "saknas",
                "Kravet avser saknas, som inte är en leverans eller ett organ; kravet kan inte "
                "bedömas.",
                "The requirement points at saknas, which is not a deliverable or a body; it cannot "
                "be assessed.",
            ),
        ],
    )
    def test_the_requirement_names_what_it_points_at(
        self, kind: RequirementKind, target: str, sv: str, en: str
    ) -> None:
        """The message names the target and the kind of thing the requirement needs."""
        g = (
            council_and_report()
            .requirement("ovrigt", RK.MEETING_CADENCE, target="rad")
            .requirement("k", kind, target=target, to="rad")
            .build()
        )
        assert both(g, "KBFA-K-k") == (
            [(EB, UNREC, "requirements[1].target", sv)],
            [(EB, UNREC, "requirements[1].target", en)],
        )

    def test_a_requirement_without_a_target_points_at_a_question_mark(self) -> None:
        """No target at all: "?" stands where the target's name would be."""
        g = council_and_report().requirement("k", RK.MEETING_CADENCE).build()
        assert said(g, "KBFA-K-k") == [
            (
                EB,
                UNREC,
                "requirements[0].target",
                "Kravet avser ?, som inte är ett organ; kravet kan inte bedömas.",
            )
        ]

    def test_a_follow_up_checked_against_something_that_is_no_promise(self) -> None:
        """A follow-up requirement on a body gets no design rule from the config (its
        follow-up shows in records); the check itself, called on it, says it cannot assess it."""
        g = (
            council_and_report()
            .requirement("fu", RK.FOLLOW_UP, target="rad", cadence=cad(1))
            .build()
        )
        assert "KBFA-K-fu" not in {f.code for f in evaluate(g, day(AS_OF)).findings}
        for lang, text in [
            (
                "sv",
                "Kravet avser Trygghetsrådet, som inte är ett medborgarlöfte; kravet kan inte "
                "bedömas.",
            ),
            (
                "en",
                "The requirement points at Trygghetsrådet, which is not a citizen promise; it "
                "cannot be assessed.",
            ),
        ]:
            ctx = Context(g, day(AS_OF), lang)  # type: ignore[arg-type]
            out = list(DESIGN_CHECKS[RK.FOLLOW_UP](g.requirements[0])(ctx))
            assert out == [Outcome(EB, ("requirements", 0, "target"), text, situation=UNREC)]

    @pytest.mark.parametrize("kind", [RK.DELIVERABLE_CADENCE, RK.DELIVERABLE_CONTENTS])
    def test_no_target_is_about_no_deliverable_whatever_its_id(self, kind: RequirementKind) -> None:
        """A requirement with no target is not read as one about some deliverable, even one
        with an unusual id: it cannot be assessed."""
        g = (
            Builder()
            .document("2024-01-15")
            .deliverable("XXXX", DeliverableKind.LAGESBILD, "Lägesbild", cadence=[cad(1)])
            .requirement("k", kind, cadence=cad(1))
            .build()
        )
        assert said(g, "KBFA-K-k") == [
            (
                EB,
                UNREC,
                "requirements[0].target",
                "Kravet avser ?, som inte är en leverans; kravet kan inte bedömas.",
            )
        ]


def council(*cadence: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", cadence=list(cadence))
    )


class TestCadenceMessages:
    @pytest.mark.parametrize(
        ("own", "wanted", "expected"),
        [
            (
                [cad(4)],
                cad(4),
                (
                    UP,
                    None,
                    "Trygghetsrådet möts fyra gånger per år; kravet är fyra gånger per år.",
                    "Trygghetsrådet meets four times a year; the requirement is four times a year.",
                ),
            ),
            (
                [cad(2)],
                cad(4),
                (
                    EU,
                    CONTRARY,
                    "Trygghetsrådet möts två gånger per år, men kravet är fyra gånger per år.",
                    "Trygghetsrådet meets twice a year, but the requirement is four times a year.",
                ),
            ),
            (
                [],
                cad(4),
                (
                    UP,
                    None,
                    "Trygghetsrådet: takten anges av kravet (fyra gånger per år).",
                    "Trygghetsrådet: the cadence is set by the requirement (four times a year).",
                ),
            ),
            (
                [cad(1, Per.QUARTER)],
                None,
                (
                    UP,
                    None,
                    "Trygghetsrådet möts en gång per kvartal.",
                    "Trygghetsrådet meets once a quarter.",
                ),
            ),
            (
                [],
                None,
                (
                    EU,
                    STEP,
                    "Det anges inte hur ofta Trygghetsrådet möts.",
                    "It is not stated how often Trygghetsrådet meets.",
                ),
            ),
            (  # of two cadences the faster one counts
                [cad(1), cad(1, Per.MONTH)],
                cad(12),
                (
                    UP,
                    None,
                    "Trygghetsrådet möts en gång per månad; kravet är 12 gånger per år.",
                    "Trygghetsrådet meets once a month; the requirement is 12 times a year.",
                ),
            ),
        ],
    )
    def test_a_body_meeting(self, own: list[object], wanted: object, expected: tuple) -> None:  # type: ignore[type-arg]
        """The body's own cadence against the requirement's, in the reader's words."""
        g = council(*own).requirement("k", RK.MEETING_CADENCE, target="rad", cadence=wanted).build()
        verdict, situation, sv, en = expected
        assert both(g, "KBFA-K-k") == (
            [(verdict, situation, "bodies[0].cadence", sv)],
            [(verdict, situation, "bodies[0].cadence", en)],
        )

    def test_a_deliverable_produced_too_seldom(self) -> None:
        """A lägesbild every second year against a yearly requirement contradicts it."""
        g = (
            Builder()
            .document("2024-01-15")
            .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild", cadence=[cad(1, YEAR, 2)])
            .requirement("k", RK.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
            .build()
        )
        assert both(g, "KBFA-K-k") == (
            [
                (
                    EU,
                    CONTRARY,
                    "deliverables[0].cadence",
                    '"Lägesbild" tas fram en gång vartannat år, men kravet är en gång per år.',
                )
            ],
            [
                (
                    EU,
                    CONTRARY,
                    "deliverables[0].cadence",
                    '"Lägesbild" is produced once every 2 years, but the requirement is once a '
                    "year.",
                )
            ],
        )


def lagesbild(**kw: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild", **kw)
    )


class TestContentsMessages:
    @pytest.mark.parametrize(
        ("stated", "expected"),
        [
            (
                {},
                (
                    EB,
                    OTHER,
                    'Det anges inte vad "Lägesbild" ska innehålla; det framgår i så fall av '
                    "leveransen själv.",
                    'It is not stated what "Lägesbild" is to contain; the deliverable itself would '
                    "show it.",
                ),
            ),
            (
                {"covers": [ContentPart.EXTENT]},
                (
                    UP,
                    None,
                    'Innehållet i "Lägesbild" anges.',
                    'The contents of "Lägesbild" are stated.',
                ),
            ),
            (
                {"contents": "Brottsstatistik och trygghetsmätning"},
                (
                    UP,
                    None,
                    'Innehållet i "Lägesbild" anges.',
                    'The contents of "Lägesbild" are stated.',
                ),
            ),
        ],
    )
    def test_a_requirement_naming_no_parts(self, stated: dict, expected: tuple) -> None:  # type: ignore[type-arg]
        """A requirement that names no parts is met by any statement of the contents, either
        as parts (covers) or in words (contents); with neither, the lägesbild itself shows it."""
        g = lagesbild(**stated).requirement("k", RK.DELIVERABLE_CONTENTS, target="lb").build()
        verdict, situation, sv, en = expected
        assert both(g, "KBFA-K-k") == (
            [(verdict, situation, "deliverables[0].covers", sv)],
            [(verdict, situation, "deliverables[0].covers", en)],
        )

    def test_the_parts_are_named_in_the_readers_language(self) -> None:
        """Covered parts, and the parts not stated, are named in Swedish or English."""
        parts = [ContentPart.EXTENT, ContentPart.INSECURITY, ContentPart.ANALYSIS]
        met = lagesbild(covers=parts[:2])
        met.requirement("k", RK.DELIVERABLE_CONTENTS, target="lb", covers=parts[:2])
        assert both(met.build(), "KBFA-K-k") == (
            [
                (
                    UP,
                    None,
                    "deliverables[0].covers",
                    '"Lägesbild" omfattar brottslighetens omfattning, upplevd otrygghet.',
                )
            ],
            [
                (
                    UP,
                    None,
                    "deliverables[0].covers",
                    '"Lägesbild" covers extent of crime, perceived insecurity.',
                )
            ],
        )
        short = lagesbild(covers=parts[:1])
        short.requirement("k", RK.DELIVERABLE_CONTENTS, target="lb", covers=parts)
        assert both(short.build(), "KBFA-K-k") == (
            [
                (
                    DV,
                    OTHER,
                    "deliverables[0].covers",
                    'Det anges inte att "Lägesbild" innehåller upplevd otrygghet, analys; det '
                    "framgår i så fall av leveransen själv.",
                )
            ],
            [
                (
                    DV,
                    OTHER,
                    "deliverables[0].covers",
                    '"Lägesbild" is not stated to contain perceived insecurity, analysis; the '
                    "deliverable itself would show it.",
                )
            ],
        )


class TestBasisMessages:
    def chain(self) -> Builder:
        """statistik <- lägesbild <- åtgärdsplan."""
        return (
            Builder()
            .document("2024-01-15")
            .deliverable("stat", DeliverableKind.LAGESBILD, "Statistik")
            .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild", based_on=["stat"])
            .deliverable("plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan", based_on=["lb"])
        )

    @pytest.mark.parametrize(
        ("target", "based_on", "expected"),
        [
            (
                "plan",
                ["lb", "stat"],  # statistik only through the lägesbild
                (
                    UP,
                    None,
                    "deliverables[2].based_on",
                    '"Åtgärdsplan" bygger på "Lägesbild", "Statistik".',
                    '"Åtgärdsplan" is based on "Lägesbild", "Statistik".',
                ),
            ),
            (
                "lb",
                ["stat", "plan"],
                (
                    DV,
                    STEP,
                    "deliverables[1].based_on",
                    '"Lägesbild" anges inte bygga på "Åtgärdsplan".',
                    '"Lägesbild" is not stated to be based on "Åtgärdsplan".',
                ),
            ),
            (
                "stat",
                ["lb"],
                (
                    EU,
                    STEP,
                    "deliverables[0].based_on",
                    '"Statistik" anges inte bygga på "Lägesbild".',
                    '"Statistik" is not stated to be based on "Lägesbild".',
                ),
            ),
        ],
    )
    def test_the_basis(self, target: str, based_on: list[str], expected: tuple) -> None:  # type: ignore[type-arg]
        """A deliverable builds on what it builds on directly or through another."""
        g = self.chain().requirement("k", RK.DELIVERABLE_BASIS, target=target, based_on=based_on)
        verdict, situation, path, sv, en = expected
        assert both(g.build(), "KBFA-K-k") == (
            [(verdict, situation, path, sv)],
            [(verdict, situation, path, en)],
        )


def council_under_ks(**kw: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", **kw)
    )


class TestReportingMessages:
    @pytest.mark.parametrize(
        ("line", "wanted", "expected"),
        [
            (
                reporting("ks", cad(2)),
                cad(1),
                (
                    UP,
                    None,
                    "bodies[1].reports_to[0]",
                    "Trygghetsrådet rapporterar till kommunstyrelsen (en gång per år).",
                    "Trygghetsrådet reports to Kommunstyrelsen (once a year).",
                ),
            ),
            (
                reporting("ks", cad(1)),
                cad(2),
                (
                    EU,
                    CONTRARY,
                    "bodies[1].reports_to[0]",
                    "Trygghetsrådet rapporterar till kommunstyrelsen en gång per år, men kravet är "
                    "två gånger per år.",
                    "Trygghetsrådet reports to Kommunstyrelsen once a year, but the requirement is "
                    "twice a year.",
                ),
            ),
            (
                reporting("ks"),
                None,
                (
                    UP,
                    None,
                    "bodies[1].reports_to[0]",
                    "Trygghetsrådet rapporterar till kommunstyrelsen.",
                    "Trygghetsrådet reports to Kommunstyrelsen.",
                ),
            ),
            (
                reporting("ks", cad(4)),
                None,
                (
                    UP,
                    None,
                    "bodies[1].reports_to[0]",
                    "Trygghetsrådet rapporterar till kommunstyrelsen (fyra gånger per år).",
                    "Trygghetsrådet reports to Kommunstyrelsen (four times a year).",
                ),
            ),
            (
                None,
                cad(1),
                (
                    EU,
                    STEP,
                    "bodies[1].reports_to",
                    "Det anges inte att Trygghetsrådet rapporterar till kommunstyrelsen.",
                    "It is not stated that Trygghetsrådet reports to Kommunstyrelsen.",
                ),
            ),
        ],
    )
    def test_a_body_reporting_to_kommunstyrelsen(
        self,
        line: object,
        wanted: object,
        expected: tuple,  # type: ignore[type-arg]
    ) -> None:
        """The council's line to KS: the requirement's cadence is shown when it sets one."""
        g = council_under_ks(reports_to=[line] if line else [])
        g.requirement("k", RK.REPORTING, target="rad", to="ks", cadence=wanted)
        verdict, situation, path, sv, en = expected
        assert both(g.build(), "KBFA-K-k") == (
            [(verdict, situation, path, sv)],
            [(verdict, situation, path, en)],
        )

    @pytest.mark.parametrize(
        ("cadence", "recipients", "wanted", "expected"),
        [
            (  # the second line is the one to KS; it has no cadence, the report's applies
                [cad(2)],
                [reporting("rad"), reporting("ks")],
                None,
                (
                    UP,
                    None,
                    "deliverables[0].recipients[1]",
                    '"Rapport" redovisas för kommunstyrelsen (två gånger per år).',
                    '"Rapport" is presented to Kommunstyrelsen (twice a year).',
                ),
            ),
            (
                [cad(1)],
                [reporting("ks")],
                cad(2),
                (
                    EU,
                    CONTRARY,
                    "deliverables[0].recipients[0]",
                    '"Rapport" redovisas för kommunstyrelsen en gång per år, men kravet är två '
                    "gånger per år.",
                    '"Rapport" is presented to Kommunstyrelsen once a year, but the requirement is '
                    "twice a year.",
                ),
            ),
            (
                [cad(1)],
                [reporting("rad")],
                None,
                (
                    EU,
                    STEP,
                    "deliverables[0].recipients",
                    'Det anges inte att "Rapport" redovisas för kommunstyrelsen.',
                    'It is not stated that "Rapport" is presented to Kommunstyrelsen.',
                ),
            ),
        ],
    )
    def test_a_report_presented_to_kommunstyrelsen(
        self,
        cadence: list[object],
        recipients: list[object],
        wanted: object,
        expected: tuple,  # type: ignore[type-arg]
    ) -> None:
        """A report's line to KS: a line without its own cadence takes the report's."""
        g = council_under_ks().deliverable(
            "rap", DeliverableKind.LAGESRAPPORT, "Rapport", cadence=cadence, recipients=recipients
        )
        g.requirement("k", RK.REPORTING, target="rap", to="ks", cadence=wanted)
        verdict, situation, path, sv, en = expected
        assert both(g.build(), "KBFA-K-k") == (
            [(verdict, situation, path, sv)],
            [(verdict, situation, path, en)],
        )


def partners() -> Builder:
    """The police (with a written agreement) and a housing company (only an oral one)."""
    b = Builder().document("2024-01-15")
    b.org(
        "polisen", OrganisationKind.POLICE, "Polismyndigheten", categories=(PartnerCategory.POLICE,)
    )
    b.org("bo", OrganisationKind.COMPANY, "Bostäder AB", categories=(PartnerCategory.HOUSING,))
    return b.agreement("avtal", ["kommun", "polisen"]).agreement(
        "muntligt", ["kommun", "bo"], written=False
    )


class TestPartnerCategoryMessages:
    def test_a_category_with_a_written_agreement(self) -> None:
        """Hjo 002:46: agreements with the police are recorded."""
        g = partners().requirement("k", RK.PARTNER_CATEGORIES, categories=[PartnerCategory.POLICE])
        assert both(g.build(), "KBFA-K-k") == (
            [(UP, None, "agreements", "Överenskommelser finns med polis.")],
            [(UP, None, "agreements", "There are agreements with police.")],
        )

    def test_an_oral_agreement_does_not_cover_its_category(self) -> None:
        """Only a written agreement counts; the police are covered, housing is not."""
        g = partners().requirement(
            "k",
            RK.PARTNER_CATEGORIES,
            categories=[PartnerCategory.POLICE, PartnerCategory.HOUSING],
        )
        assert both(g.build(), "KBFA-K-k") == (
            [
                (
                    DV,
                    UNREC,
                    "agreements",
                    "Ingen skriftlig överenskommelse med bostadsbolag är registrerad.",
                )
            ],
            [(DV, UNREC, "agreements", "No written agreement with housing companies is recorded.")],
        )

    def test_an_oral_agreement_listed_first_does_not_hide_a_later_written_one(self) -> None:
        """The agreements are read one by one: an oral one before a written one is skipped,
        not the end of the reading."""
        b = Builder().document("2024-01-15")
        b.org(
            "polisen",
            OrganisationKind.POLICE,
            "Polismyndigheten",
            categories=(PartnerCategory.POLICE,),
        )
        b.agreement("muntligt", ["kommun", "polisen"], written=False).agreement(
            "avtal", ["kommun", "polisen"]
        )
        g = b.requirement("k", RK.PARTNER_CATEGORIES, categories=[PartnerCategory.POLICE]).build()
        assert said(g, "KBFA-K-k") == [
            (UP, None, "agreements", "Överenskommelser finns med polis.")
        ]

    def test_the_municipality_itself_is_no_partner_category(self) -> None:
        """An agreement between the municipality and its own company: the municipality's
        categories do not count as a partner's."""
        b = Builder("Provkommun")
        b.organisations[0] = attrs.evolve(b.organisations[0], categories=(PartnerCategory.HOUSING,))
        b.document("2024-01-15").police().agreement("avtal", ["kommun", "polisen"])
        g = b.requirement("k", RK.PARTNER_CATEGORIES, categories=[PartnerCategory.HOUSING]).build()
        assert said(g, "KBFA-K-k") == [
            (
                EB,
                UNREC,
                "agreements",
                "Ingen skriftlig överenskommelse med bostadsbolag är registrerad.",
            )
        ]

    def test_no_agreements_point_at_the_requirement(self) -> None:
        """Nothing recorded: the finding points at the requirement's categories."""
        g = (
            Builder()
            .document("2024-01-15")
            .requirement("k", RK.PARTNER_CATEGORIES, categories=[PartnerCategory.POLICE])
        )
        assert said(g.build(), "KBFA-K-k") == [
            (
                EB,
                UNREC,
                "requirements[0].categories",
                "Ingen skriftlig överenskommelse med polis är registrerad.",
            )
        ]


def signing_roles() -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .police()
        .role("kd", title="Kommundirektör")
        .role("kso", title="Kommunstyrelsens ordförande")
    )


NO_AGREEMENTS = [
    (ET, None, "requirements[0]", "Inga överenskommelser är registrerade."),
    (ET, None, "requirements[0]", "No agreements are recorded."),
]


class TestAgreementMessages:
    @pytest.mark.parametrize(
        ("kind", "kw"),
        [
            (RK.AGREEMENT_SIGNATORIES, {"roles": ["kd", "kso"]}),
            (RK.AGREEMENT_CONTENTS, {"fields": ["purposes"]}),
        ],
    )
    def test_no_agreements_nothing_to_judge(self, kind: RequirementKind, kw: dict) -> None:  # type: ignore[type-arg]
        """Lindesberg 004:90 asks how agreements are signed and what they state; with none
        recorded, the requirement has nothing to apply to."""
        g = signing_roles().requirement("k", kind, **kw).build()
        sv, en = both(g, "KBFA-K-k")
        assert (sv, en) == ([NO_AGREEMENTS[0]], [NO_AGREEMENTS[1]])

    def test_signatories_per_agreement(self) -> None:
        """Lindesberg 004:90: each agreement signed by kommundirektören and KSO; one
        without KSO recorded is graded, and the agreement itself would show it."""
        g = (
            signing_roles()
            .agreement("avtal", ["kommun", "polisen"], signatories=["kd", "kso"])
            .agreement("b", ["kommun", "polisen"], signatories=["kd"])
            .requirement("k", RK.AGREEMENT_SIGNATORIES, roles=["kd", "kso"])
            .build()
        )
        assert both(g, "KBFA-K-k") == (
            [
                (
                    UP,
                    None,
                    "agreements[0].signatories",
                    'Överenskommelsen "Överenskommelse avtal" undertecknas av kommundirektören '
                    "och kommunstyrelsens ordförande.",
                ),
                (
                    DV,
                    OTHER,
                    "agreements[1].signatories",
                    'Det är inte registrerat att överenskommelsen "Överenskommelse b" '
                    "undertecknas av kommunstyrelsens ordförande; det framgår i så fall av "
                    "överenskommelsen själv.",
                ),
            ],
            [
                (
                    UP,
                    None,
                    "agreements[0].signatories",
                    'The agreement "Överenskommelse avtal" is signed by Kommundirektör and '
                    "Kommunstyrelsens ordförande.",
                ),
                (
                    DV,
                    OTHER,
                    "agreements[1].signatories",
                    'It is not recorded that the agreement "Överenskommelse b" is signed by '
                    "Kommunstyrelsens ordförande; the agreement itself would show it.",
                ),
            ],
        )

    VALID = (
        "parties, written, purposes, areas, signatories, period, placement, placement_role, note"
    )

    def test_a_field_agreements_do_not_have(self) -> None:
        """A misspelt field cannot be assessed; the message lists the fields there are, and
        the valid field beside it is still checked."""
        g = (
            signing_roles()
            .agreement("avtal", ["kommun", "polisen"], purposes=["Trygghet"])
            .requirement("k", RK.AGREEMENT_CONTENTS, fields=["syfte", "purposes"])
            .build()
        )
        assert both(g, "KBFA-K-k") == (
            [
                (
                    UP,
                    None,
                    "agreements[0]",
                    'Överenskommelsen "Överenskommelse avtal" anger syften.',
                ),
                (
                    EB,
                    UNREC,
                    "requirements[0].fields[0]",
                    'Kravet nämner fältet "syfte", som en överenskommelse inte har; giltiga fält: '
                    + self.VALID
                    + ".",
                ),
            ],
            [
                (
                    UP,
                    None,
                    "agreements[0]",
                    'The agreement "Överenskommelse avtal" states purposes.',
                ),
                (
                    EB,
                    UNREC,
                    "requirements[0].fields[0]",
                    'The requirement names the field "syfte", which agreements do not have; valid '
                    "fields: " + self.VALID + ".",
                ),
            ],
        )

    def test_an_empty_note_is_not_a_recorded_one(self) -> None:
        """A note written as an empty text records nothing: the agreement itself would show it."""
        g = (
            signing_roles()
            .agreement("avtal", ["kommun", "polisen"], note="")
            .requirement("k", RK.AGREEMENT_CONTENTS, fields=["note"])
            .build()
        )
        assert said(g, "KBFA-K-k", "en") == [
            (
                EB,
                OTHER,
                "agreements[0].note",
                'For the agreement "Överenskommelse avtal", note is not recorded; the agreement '
                "itself would show it.",
            )
        ]

    def test_only_unknown_fields_end_the_check(self) -> None:
        """With no valid field left there is nothing more to check, even with no agreements."""
        g = signing_roles().requirement("k", RK.AGREEMENT_CONTENTS, fields=["a", "b"]).build()
        assert [(v, s, p) for v, s, p, _ in said(g, "KBFA-K-k")] == [
            (EB, UNREC, "requirements[0].fields[0]"),
            (EB, UNREC, "requirements[0].fields[1]"),
        ]

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            (
                ["purposes", "areas", "period"],
                (
                    DV,
                    "agreements[0].areas",
                    'För överenskommelsen "Överenskommelse avtal" är områden och period inte '
                    "registrerat; det framgår i så fall av överenskommelsen själv.",
                    'For the agreement "Överenskommelse avtal", areas, period is not recorded; the '
                    "agreement itself would show it.",
                ),
            ),
            (
                ["areas", "signatories", "period"],
                (
                    EB,
                    "agreements[0].areas",
                    'För överenskommelsen "Överenskommelse avtal" är områden, undertecknare och '
                    "period inte registrerat; det framgår i så fall av överenskommelsen själv.",
                    'For the agreement "Överenskommelse avtal", areas, signatories, period is not '
                    "recorded; the agreement itself would show it.",
                ),
            ),
            (
                ["areas"],
                (
                    EB,
                    "agreements[0].areas",
                    'För överenskommelsen "Överenskommelse avtal" är områden inte registrerat; det '
                    "framgår i så fall av överenskommelsen själv.",
                    'For the agreement "Överenskommelse avtal", areas is not recorded; the '
                    "agreement itself would show it.",
                ),
            ),
        ],
    )
    def test_fields_not_recorded(self, fields: list[str], expected: tuple) -> None:  # type: ignore[type-arg]
        """The fields not recorded, in Swedish words joined with "och"; the path points at
        the first of them."""
        g = (
            signing_roles()
            .agreement("avtal", ["kommun", "polisen"], purposes=["Trygghet"])
            .requirement("k", RK.AGREEMENT_CONTENTS, fields=fields)
            .build()
        )
        verdict, path, sv, en = expected
        assert both(g, "KBFA-K-k") == (
            [(verdict, OTHER, path, sv)],
            [(verdict, OTHER, path, en)],
        )

    def test_fields_stated_in_swedish_words(self) -> None:
        """Two fields stated: "syften och områden" (one field is just its word)."""
        g = (
            signing_roles()
            .agreement("avtal", ["kommun", "polisen"], purposes=["Trygghet"], areas=["Centrum"])
            .requirement("k", RK.AGREEMENT_CONTENTS, fields=["purposes", "areas"])
            .build()
        )
        assert both(g, "KBFA-K-k") == (
            [
                (
                    UP,
                    None,
                    "agreements[0]",
                    'Överenskommelsen "Överenskommelse avtal" anger syften och områden.',
                )
            ],
            [
                (
                    UP,
                    None,
                    "agreements[0]",
                    'The agreement "Överenskommelse avtal" states purposes, areas.',
                )
            ],
        )


def cooperation(agreement: dict | None = None) -> Builder:  # type: ignore[type-arg]
    """The police's local chief sits in the council beside KSO; optionally an agreement."""
    b = (
        signing_roles()
        .role("lpo", org="polisen", title="Lokalpolisområdeschef")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", members=["lpo", "kso"])
    )
    if agreement is not None:
        b.agreement("avtal", ["kommun", "polisen"], **agreement)
    return b.requirement("k", RK.AGREEMENT_WRITTEN)


NOT_WRITTEN = (
    (
        EU,
        CONTRARY,
        "agreements[0].written",
        'Överenskommelsen "Överenskommelse avtal" är inte skriftlig.',
    ),
    (
        EU,
        CONTRARY,
        "agreements[0].written",
        'The agreement "Överenskommelse avtal" is not written.',
    ),
)
WRITTEN_OK = (
    (
        UP,
        None,
        "agreements",
        "Alla aktörer som deltar i samverkan har skriftliga överenskommelser.",
    ),
    (UP, None, "agreements", "Every actor taking part in the cooperation has a written agreement."),
)


def police_not_covered(path: str) -> tuple[tuple[object, ...], tuple[object, ...]]:
    return (
        (
            EB,
            UNREC,
            path,
            "Ingen skriftlig överenskommelse med Polismyndigheten, som deltar i samverkan, är "
            "registrerad.",
        ),
        (
            EB,
            UNREC,
            path,
            "No written agreement with Polismyndigheten, who take part in the cooperation, is "
            "recorded.",
        ),
    )


class TestWrittenAgreementMessages:
    def test_nobody_else_takes_part(self) -> None:
        """No partner in the structure and no agreement: the requirement does not apply."""
        g = Builder().document("2024-01-15").requirement("k", RK.AGREEMENT_WRITTEN).build()
        assert both(g, "KBFA-K-k") == (
            [
                (
                    ET,
                    None,
                    "requirements[0]",
                    "Inga andra aktörer än kommunen deltar i strukturen, och inga "
                    "överenskommelser är registrerade.",
                )
            ],
            [
                (
                    ET,
                    None,
                    "requirements[0]",
                    "No actors besides the municipality take part, and there are no agreements.",
                )
            ],
        )

    def test_a_written_agreement_with_no_partner_seated(self) -> None:
        """An agreement but nobody else seated: every agreement is written, uppfyllt."""
        g = signing_roles().agreement("avtal", ["kommun", "polisen"])
        g.requirement("k", RK.AGREEMENT_WRITTEN)
        assert both(g.build(), "KBFA-K-k") == ([WRITTEN_OK[0]], [WRITTEN_OK[1]])

    def test_an_oral_agreement_with_no_partner_seated(self) -> None:
        """An oral agreement contradicts the demand for writing, and is not also uppfyllt."""
        g = signing_roles().agreement("avtal", ["kommun", "polisen"], written=False)
        g.requirement("k", RK.AGREEMENT_WRITTEN)
        assert both(g.build(), "KBFA-K-k") == ([NOT_WRITTEN[0]], [NOT_WRITTEN[1]])

    def test_a_seated_partner_without_an_agreement(self) -> None:
        """The police sit in the council, no agreement is recorded: unknown, at the requirement."""
        sv, en = police_not_covered("requirements[0]")
        assert both(cooperation().build(), "KBFA-K-k") == ([sv], [en])

    def test_a_seated_partner_with_a_written_agreement(self) -> None:
        """The police sit in the council and have a written agreement: uppfyllt."""
        g = cooperation({}).build()
        assert both(g, "KBFA-K-k") == ([WRITTEN_OK[0]], [WRITTEN_OK[1]])

    def test_a_seated_partner_with_only_an_oral_agreement(self) -> None:
        """An oral agreement with a seated partner: contrary, and the partner uncovered."""
        sv, en = police_not_covered("agreements")
        assert both(cooperation({"written": False}).build(), "KBFA-K-k") == (
            [sv, NOT_WRITTEN[0]],
            [en, NOT_WRITTEN[1]],
        )

    def test_every_seated_partner_is_named_once(self) -> None:
        """The police have two seats, a company one; each is named once, in seating order."""
        g = (
            cooperation()
            .org("bolag", OrganisationKind.COMPANY, "Bolaget AB")
            .role("rep", org="bolag")
            .role("lpo2", org="polisen")
            .body("est", BodyKind.WORKING_GROUP, "EST", members=["lpo2", "rep", "kso"])
            .build()
        )
        assert said(g, "KBFA-K-k") == [
            (
                EB,
                UNREC,
                "requirements[0]",
                "Ingen skriftlig överenskommelse med Polismyndigheten, Bolaget AB, som deltar i "
                "samverkan, är registrerad.",
            )
        ]


def seated(*seats: tuple[str, Participation | None]) -> Builder:
    """Trygghetsrådet with the given seats (KSO of the municipality, the police's chief)."""
    b = (
        Builder()
        .document("2024-01-15")
        .police()
        .role("lpo", org="polisen", title="Lokalpolisområdeschef")
        .role("kso", title="Kommunstyrelsens ordförande")
    )
    members = [b.seat(r, p) if p else r for r, p in seats]
    return b.body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", members=members)


class TestRepresentationMessages:
    def test_a_requirement_naming_nobody(self) -> None:
        """Neither roles nor organisation kinds: nothing to compare with."""
        g = seated(("kso", None)).requirement("k", RK.REPRESENTATION, target="rad").build()
        assert both(g, "KBFA-K-k") == (
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "Kravet anger varken roller eller organisationsslag, så det finns inget att "
                    "jämföra Trygghetsrådet med.",
                )
            ],
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "The requirement names neither roles nor organisation kinds to compare "
                    "Trygghetsrådet with.",
                )
            ],
        )

    @pytest.mark.parametrize(
        ("req", "sv", "en"),
        [
            (
                {"roles": ["kso", "lpo"]},
                "Trygghetsrådet har Kommunstyrelsens ordförande, Lokalpolisområdeschef "
                "(Polismyndigheten) som ledamöter.",
                "Trygghetsrådet has Kommunstyrelsens ordförande, Lokalpolisområdeschef "
                "(Polismyndigheten) as members.",
            ),
            (
                {"organisation_kinds": [OrganisationKind.POLICE, OrganisationKind.KOMMUN]},
                "Trygghetsrådet har polis, kommun som ledamöter.",
                "Trygghetsrådet has police, municipality as members.",
            ),
        ],
    )
    def test_members_as_required(self, req: dict, sv: str, en: str) -> None:  # type: ignore[type-arg]
        """Both seated as members: uppfyllt, naming the roles or the kinds required."""
        g = seated(("kso", None), ("lpo", None)).requirement(
            "k", RK.REPRESENTATION, target="rad", **req
        )
        assert both(g.build(), "KBFA-K-k") == (
            [(UP, None, "bodies[0].members", sv)],
            [(UP, None, "bodies[0].members", en)],
        )

    def test_a_missing_role_and_a_kind_with_only_an_offered_seat(self) -> None:
        """kd has no seat; the police only an offered one, so no member is from the police."""
        g = seated(("kso", None), ("lpo", Participation.OFFERED)).requirement(
            "k",
            RK.REPRESENTATION,
            target="rad",
            roles=["kd"],
            organisation_kinds=[OrganisationKind.POLICE],
        )
        assert both(g.build(), "KBFA-K-k") == (
            [
                (EU, STEP, "bodies[0].members", "Trygghetsrådet har inte kd bland deltagarna."),
                (EU, STEP, "bodies[0].members", "I Trygghetsrådet deltar ingen från polis."),
            ],
            [
                (
                    EU,
                    STEP,
                    "bodies[0].members",
                    "Trygghetsrådet does not have kd among its members.",
                ),
                (EU, STEP, "bodies[0].members", "Nobody from police takes part in Trygghetsrådet."),
            ],
        )

    def test_seats_that_are_not_members(self) -> None:
        """A seat taken as needed and an offered seat: delvis, saying how each is held."""
        g = seated(("kso", Participation.AS_NEEDED), ("lpo", Participation.OFFERED)).requirement(
            "k", RK.REPRESENTATION, target="rad", roles=["kso", "lpo"]
        )
        assert both(g.build(), "KBFA-K-k") == (
            [
                (
                    DV,
                    STEP,
                    "bodies[0].members",
                    "Trygghetsrådet: Kommunstyrelsens ordförande, Lokalpolisområdeschef "
                    "(Polismyndigheten) är inte fasta ledamöter (vid behov, erbjuden plats).",
                )
            ],
            [
                (
                    DV,
                    STEP,
                    "bodies[0].members",
                    "Trygghetsrådet: Kommunstyrelsens ordförande, Lokalpolisområdeschef "
                    "(Polismyndigheten) are not regular members (as needed, seat offered).",
                )
            ],
        )


def promise(**kw: object) -> Builder:
    return (
        Builder()
        .document("2024-01-15")
        .police()
        .role("kso", title="Kommunstyrelsens ordförande")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .promise("lofte", ["kommun", "polisen"], title="Tryggare centrum", **kw)
    )


class TestPromiseFollowUpMessages:
    @pytest.mark.parametrize(
        ("stated", "req", "expected"),
        [
            (
                {"followed_up_by": ["ks"], "follow_up": cad(2)},
                {"by": ["ks", "kso"]},
                (
                    EU,
                    STEP,
                    "citizen_promises[0].followed_up_by",
                    "Det anges inte att kommunstyrelsens ordförande följer upp medborgarlöftet "
                    '"Tryggare centrum".',
                    "Kommunstyrelsens ordförande are not stated to follow up the citizen promise "
                    '"Tryggare centrum".',
                ),
            ),
            (
                {},
                {"cadence": cad(1)},
                (
                    EU,
                    STEP,
                    "citizen_promises[0].follow_up",
                    'Det anges inte hur ofta medborgarlöftet "Tryggare centrum" följs upp.',
                    'It is not stated how often the citizen promise "Tryggare centrum" is followed '
                    "up.",
                ),
            ),
            (
                {"follow_up": cad(1)},
                {"cadence": cad(2)},
                (
                    EU,
                    CONTRARY,
                    "citizen_promises[0].follow_up",
                    'Medborgarlöftet "Tryggare centrum" följs upp en gång per år, men kravet är två '
                    "gånger per år.",
                    'The citizen promise "Tryggare centrum" is followed up once a year, but the '
                    "requirement is twice a year.",
                ),
            ),
            (
                {"follow_up": cad(2)},
                {"cadence": cad(1)},
                (
                    UP,
                    None,
                    "citizen_promises[0].follow_up",
                    'Medborgarlöftet "Tryggare centrum" följs upp två gånger per år.',
                    'The citizen promise "Tryggare centrum" is followed up twice a year.',
                ),
            ),
            (  # no cadence required: any stated follow-up meets it
                {"follow_up": cad(1, YEAR, 2), "followed_up_by": ["ks", "kso"]},
                {"by": ["ks"]},
                (
                    UP,
                    None,
                    "citizen_promises[0].follow_up",
                    'Medborgarlöftet "Tryggare centrum" följs upp en gång vartannat år av '
                    "kommunstyrelsen och kommunstyrelsens ordförande.",
                    'The citizen promise "Tryggare centrum" is followed up once every 2 years by '
                    "Kommunstyrelsen and Kommunstyrelsens ordförande.",
                ),
            ),
        ],
    )
    def test_the_follow_up_of_a_promise(self, stated: dict, req: dict, expected: tuple) -> None:  # type: ignore[type-arg]
        """Who follows the promise up and how often, against the requirement: a follower
        not named is a missing step, a slower follow-up contradicts it."""
        g = promise(**stated).requirement("k", RK.FOLLOW_UP, target="lofte", **req).build()
        verdict, situation, path, sv, en = expected
        assert both(g, "KBFA-K-k") == (
            [(verdict, situation, path, sv)],
            [(verdict, situation, path, en)],
        )


# -- The rules made from the requirements: code, citation, date, titles, words ---------


class TestTheRulesMadeFromRequirements:
    def rules(self) -> dict[str, object]:
        b = (
            Builder()
            .document("2024-01-15")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
            .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild")
            .promise("lofte", ["kommun"], title="Tryggare centrum")
            .promise("utan", ["kommun"])
            .dialogue("dialog")
            .requirement("m", RK.MEETING_CADENCE, target="rad", cadence=cad(4))
            .requirement("p", RK.PRACTICE, evidence_kind=EvidenceKind.MEETING_HELD)
            .requirement("fu", RK.FOLLOW_UP, target="lofte")
            .requirement("fu2", RK.FOLLOW_UP, target="utan")
            .requirement("fu3", RK.FOLLOW_UP, target="lb")
            .requirement("d", RK.PRACTICE, target="dialog")
            .requirement("c", RK.DELIVERABLE_CONTENTS, target="lb", strength=Strength.BEST_EFFORT)
        )
        return {r.code: r for r in local_rules(b.build())}

    def test_codes_levels_and_titles(self) -> None:
        """KBFA-K- for the design rule, KBFA-KP- for practice ("i praktiken"); the title
        names the kind and the target as people know it; a follow-up of a deliverable and a
        practice-only requirement get no design rule."""
        got = {
            code: (r.level, r.title("sv"), r.title("en"))  # type: ignore[attr-defined]
            for code, r in self.rules().items()
        }
        assert got == {
            "KBFA-K-m": (
                Level.DESIGN,
                "Mötestakt: Trygghetsrådet",
                "Meeting cadence: Trygghetsrådet",
            ),
            "KBFA-KP-m": (
                Level.PRACTICE,
                "Mötestakt i praktiken: Trygghetsrådet",
                "Meeting cadence in practice: Trygghetsrådet",
            ),
            "KBFA-KP-p": (Level.PRACTICE, "Genomförande", "Practice"),
            "KBFA-K-fu": (
                Level.DESIGN,
                'Uppföljning: Medborgarlöftet "Tryggare centrum"',
                'Follow-up: Medborgarlöftet "Tryggare centrum"',
            ),
            "KBFA-KP-fu": (
                Level.PRACTICE,
                'Uppföljning i praktiken: Medborgarlöftet "Tryggare centrum"',
                'Follow-up in practice: Medborgarlöftet "Tryggare centrum"',
            ),
            "KBFA-K-fu2": (
                Level.DESIGN,
                "Uppföljning: Medborgarlöftet",
                "Follow-up: Medborgarlöftet",
            ),
            "KBFA-KP-fu2": (
                Level.PRACTICE,
                "Uppföljning i praktiken: Medborgarlöftet",
                "Follow-up in practice: Medborgarlöftet",
            ),
            "KBFA-KP-fu3": (
                Level.PRACTICE,
                "Uppföljning i praktiken: Lägesbild",
                "Follow-up in practice: Lägesbild",
            ),
            "KBFA-KP-d": (
                Level.PRACTICE,
                "Genomförande: Medborgardialogen",
                "Practice: Medborgardialogen",
            ),
            "KBFA-K-c": (
                Level.DESIGN,
                "Innehåll i leverans: Lägesbild",
                "Deliverable contents: Lägesbild",
            ),
        }

    def test_every_rule_is_the_documents(self) -> None:
        """Each rule is the municipality's, cites the steering document and the heading, keeps
        the requirement's strength, applies from the document's decision and only with it."""
        for code, r in self.rules().items():
            assert (
                r.source,  # type: ignore[attr-defined]
                r.reference.label("sv"),  # type: ignore[attr-defined]
                r.strength,  # type: ignore[attr-defined]
                r.in_force,  # type: ignore[attr-defined]
                r.document_rule,  # type: ignore[attr-defined]
                r.document,  # type: ignore[attr-defined]
            ) == (
                RuleSource.LOCAL,
                'Riktlinje för brottsförebyggande arbete, avsnitt "Rubrik"',
                Strength.BEST_EFFORT if code == "KBFA-K-c" else Strength.MUST,
                day("2024-01-15"),
                True,
                None,
            ), code

    def test_a_design_and_a_practice_rules_words(self) -> None:
        """The document's own words as paraphrase (the English says they are Swedish), and
        the kind's words for what satisfies it, the fix and kommunstyrelsen's action."""
        rules = self.rules()
        design, practice = rules["KBFA-K-m"], rules["KBFA-KP-m"]
        assert [
            design.paraphrase("sv"),  # type: ignore[attr-defined]
            design.paraphrase("en"),  # type: ignore[attr-defined]
            design.satisfied_by("sv"),  # type: ignore[attr-defined]
            design.satisfied_by("en"),  # type: ignore[attr-defined]
            design.how_to_fix("sv"),  # type: ignore[attr-defined]
            design.action("sv"),  # type: ignore[attr-defined]
        ] == [
            "Kravet m.",
            "(the document's words, in Swedish) Kravet m.",
            "Organet möts minst så ofta som kravet anger.",
            "The body meets at least as often as required.",
            "Ändra organets cadence (eller styrdokumentet) så att de stämmer överens.",
            "Kommunstyrelsen ser till att organet möts så ofta som styrdokumentet kräver, eller "
            "föreslår att styrdokumentet ändras.",
        ]
        assert [
            practice.paraphrase("sv"),  # type: ignore[attr-defined]
            practice.satisfied_by("sv"),  # type: ignore[attr-defined]
            practice.how_to_fix("sv"),  # type: ignore[attr-defined]
            practice.how_to_fix("en"),  # type: ignore[attr-defined]
            practice.action("sv"),  # type: ignore[attr-defined]
        ] == [
            "Kravet m.",
            "Belägg av rätt slag finns registrerade i den takt kravet anger.",
            "Registrera varje genomfört tillfälle under [[evidence]] (datum, slag, subject, "
            "referens), eller se till att det blir gjort i den takt styrdokumentet kräver.",
            "Record each occasion under [[evidence]] (date, kind, subject, reference), or make "
            "sure it happens at the cadence the steering document requires.",
            "Kommunstyrelsen ser till att det som styrdokumentet kräver blir gjort i tid och "
            "diarieförs.",
        ]

    def test_a_further_documents_versions(self) -> None:
        """A requirement in a further document cites its title, the version it names with the
        version's dnr or else the document's, and applies from the later of the document's
        decision and the version's own start; an unknown version cites the document alone;
        a document never decided applies from the start of its validity, or has no start."""
        b = (
            Builder()
            .document("2024-01-15")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
        )
        b.other_document(
            "a",
            "2025-02-01",
            title="Bestämmelser för Trygghetsrådet",
            diarienummer="KS 2025/17",
            versions=[
                DocumentVersion(Text("2"), date=day("2024-06-01")),
                DocumentVersion(
                    Text("3"),
                    date=day("2025-06-01"),
                    decision=Decision(None, day("2025-05-01")),
                    diarienummer=Text("KS 2025/40"),
                ),
            ],
        )
        b.other_document(
            "b", None, title="Arbetsordning", validity=period("2025-03-01", "2027-12-31")
        )
        b.other_document("c", None, title="Utkast")
        b.other_document("d", "2025-02-01", title="Rutin", versions=[DocumentVersion(Text("1"))])
        for rid, doc, version in [
            ("a2", "a", "2"),
            ("a3", "a", "3"),
            ("a9", "a", "9"),
            ("b", "b", None),
            ("c", "c", None),
            ("d1", "d", "1"),
        ]:
            b.requirement(
                rid,
                RK.MEETING_CADENCE,
                target="rad",
                document=Id(doc),
                version=Text(version) if version else None,
            )
        got = {
            r.code: (r.reference.document, r.in_force, r.document)
            for r in local_rules(b.build())
            if r.code.startswith("KBFA-K-")
        }
        assert got == {
            "KBFA-K-a2": (
                "Bestämmelser för Trygghetsrådet, version 2 (dnr KS 2025/17)",
                day("2025-02-01"),
                "a",
            ),
            "KBFA-K-a3": (
                "Bestämmelser för Trygghetsrådet, version 3 (dnr KS 2025/40)",
                day("2025-05-01"),
                "a",
            ),
            "KBFA-K-a9": ("Bestämmelser för Trygghetsrådet", day("2025-02-01"), "a"),
            "KBFA-K-b": ("Arbetsordning", day("2025-03-01"), "b"),
            "KBFA-K-c": ("Utkast", dt.date.min, "c"),
            "KBFA-K-d1": ("Rutin, version 1", day("2025-02-01"), "d"),
        }

    def test_a_requirement_in_an_unknown_document(self) -> None:
        """A document id that names no document: the rule cites "kommunens styrdokument"."""
        g = (
            Builder()
            .document("2024-01-15")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
            .requirement("m", RK.MEETING_CADENCE, target="rad", document=Id("saknas"))
            .build()
        )
        (design, _) = local_rules(g)
        assert (design.reference.document, design.in_force) == (
            "kommunens styrdokument",
            dt.date.min,
        )


def kept(*records: tuple[str, EvidenceKind, str], **req: object) -> Builder:
    """A practice-only requirement (no cadence) with dated records, under a document of
    2024-01-15."""
    b = (
        Builder()
        .document("2024-01-15")
        .dialogue("dialog")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
    )
    for date, kind, subject in records:
        b.evidence(date, kind, subject, reference=f"Protokoll {date}")
    return b.requirement("k", RK.PRACTICE, **req)


class TestPracticeMessages:
    """A requirement shown only by records, with no cadence: the latest record, since the
    document applies; what is kept is named by its kind, or by its target, and the message
    opens with a capital as every finding does ("Möte hållet: ...", not "möte hållet: ...")."""

    def test_no_records(self) -> None:
        """Nothing recorded: ej bedömbart, at the requirement."""
        g = kept(evidence_kind=EvidenceKind.MEETING_HELD).build()
        assert both(g, "KBFA-KP-k") == (
            [(EB, UNREC, "requirements[0]", "Möte hållet: inga belägg är registrerade.")],
            [(EB, UNREC, "requirements[0]", "Meeting held: no records are entered.")],
        )

    def test_the_latest_record_counts(self) -> None:
        """Two meetings recorded: the latest (2025-05-01) is shown, at its record."""
        g = kept(
            ("2025-05-01", EvidenceKind.MEETING_HELD, "rad"),
            ("2024-05-01", EvidenceKind.MEETING_HELD, "rad"),
            evidence_kind=EvidenceKind.MEETING_HELD,
        ).build()
        assert both(g, "KBFA-KP-k") == (
            [
                (
                    UP,
                    None,
                    "evidence[0]",
                    "Möte hållet: senast registrerat 2025-05-01 (Protokoll 2025-05-01).",
                )
            ],
            [
                (
                    UP,
                    None,
                    "evidence[0]",
                    "Meeting held: last recorded 2025-05-01 (Protokoll 2025-05-01).",
                )
            ],
        )

    def test_only_records_from_before_the_document(self) -> None:
        """A meeting of 2023-05-01, before the document of 2024-01-15: nothing since."""
        g = kept(
            ("2023-05-01", EvidenceKind.MEETING_HELD, "rad"),
            evidence_kind=EvidenceKind.MEETING_HELD,
        ).build()
        assert both(g, "KBFA-KP-k") == (
            [
                (
                    EU,
                    STEP,
                    "evidence[0]",
                    "Möte hållet: inget registrerat sedan 2024-01-15 (senast 2023-05-01).",
                )
            ],
            [
                (
                    EU,
                    STEP,
                    "evidence[0]",
                    "Meeting held: nothing recorded since 2024-01-15 (latest 2023-05-01).",
                )
            ],
        )

    def test_with_a_cadence_the_kind_still_opens_the_sentence(self) -> None:
        """A cadence (yearly) and no target: the cadence check's message, which also opens
        with the record kind's label, capitalised."""
        g = kept(evidence_kind=EvidenceKind.MEETING_HELD, cadence=cad(1, YEAR)).build()
        assert both(g, "KBFA-KP-k") == (
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "Möte hållet: inga belägg är registrerade, så det går inte att se att det "
                    "sker en gång per år.",
                )
            ],
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "Meeting held: no records are entered, so it cannot be seen to happen "
                    "once a year.",
                )
            ],
        )

    def test_a_target_names_what_is_kept(self) -> None:
        """With a target, the records are its own and the message names it, capitalised."""
        g = kept(
            ("2025-05-01", EvidenceKind.MEETING_HELD, "rad"),
            target="dialog",
            evidence_kind=EvidenceKind.MEETING_HELD,
        ).build()
        assert both(g, "KBFA-KP-k") == (
            [(EB, UNREC, "requirements[0]", "Medborgardialogen: inga belägg är registrerade.")],
            [(EB, UNREC, "requirements[0]", "The citizen dialogue: no records are entered.")],
        )


def test_a_practice_requirement_naming_no_kind_of_record() -> None:
    """A practice-only requirement without evidence_kind (the loader refuses it; a model
    built in code can hold it), with or without a target: no record can show it, so ej
    bedömbart with what to state, where the evaluation stopped with an IndexError."""
    for target in (None, "dialog"):
        g = kept(target=target).build()
        assert both(g, "KBFA-KP-k") == (
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "Kravet anger inte vilket slag av belägg som visar att det blir gjort, så "
                    "det går inte att bedöma i praktiken.",
                )
            ],
            [
                (
                    EB,
                    UNREC,
                    "requirements[0]",
                    "The requirement does not state which kind of record shows it is done, so "
                    "it cannot be assessed in practice.",
                )
            ],
        )
    (f,) = findings(kept().build(), "KBFA-KP-k", AS_OF)
    assert f.fix == "Ange vilket slag av belägg som visar att kravet blir gjort (evidence_kind)."


def test_a_target_that_names_nothing_is_titled_by_its_id() -> None:
    """A requirement whose target is no known item (the loader refuses it; a model built in
    code can hold it) keeps the id in its rule's title, so the coordinator sees what it
    pointed at: "Takt för leverans: lagesbild-2" (the kind's title from kbfa's catalogue)."""
    g = (
        Builder()
        .document("2024-01-15")
        .requirement(
            "takt",
            RequirementKind.DELIVERABLE_CADENCE,
            target="lagesbild-2",
            cadence=[cad(1, YEAR)],
        )
        .build()
    )
    (rule,) = [r for r in local_rules(g) if r.level is Level.DESIGN]
    assert (rule.titles.sv, rule.titles.en) == (
        "Takt för leverans: lagesbild-2",
        "Deliverable cadence: lagesbild-2",
    )
