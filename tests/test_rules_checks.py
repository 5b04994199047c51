"""Rule checks, one behaviour each, on the made-up Exempelby (examples/exempelby.toml) varied by one field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

from kbfa.config import LoadedConfig, load
from kbfa.config._lines import LineMap
from kbfa.evaluation import Finding, Severity, Situation, Verdict, duty_verdicts, evaluate
from kbfa.model import (
    Agreement,
    BodyKind,
    Cadence,
    ContentPart,
    Count,
    Decision,
    Deliverable,
    DeliverableKind,
    EvaluationSettings,
    Evidence,
    EvidenceKind,
    Governance,
    Id,
    OrganisationKind,
    Per,
    Period,
    Reporting,
    Text,
    Unit,
    Waiver,
)
from kbfa.rules import Context, FollowUpClock, follow_up_due

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "exempelby.toml"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def base() -> Governance:
    return load(EXAMPLE).governance


def beside_example(g: Governance) -> LoadedConfig:
    """``g`` evaluated where the example lies, so its statistics files are found."""
    return LoadedConfig(g, str(EXAMPLE), LineMap({}))


def findings(g: Governance, code: str, as_of: dt.date = AS_OF, lang: str = "sv") -> list[Finding]:
    result = evaluate(beside_example(g), as_of, lang=lang)  # type: ignore[arg-type]
    return [f for f in result.findings if f.code == code]


def verdicts(g: Governance, code: str, as_of: dt.date = AS_OF) -> list[Verdict]:
    return [f.verdict for f in findings(g, code, as_of)]


def replace_deliverable(g: Governance, id_: str, **changes: object) -> Governance:
    ds = tuple(attrs.evolve(d, **changes) if d.id == id_ else d for d in g.deliverables)
    return attrs.evolve(g, deliverables=ds)


def replace_body(g: Governance, id_: str, **changes: object) -> Governance:
    bs = tuple(attrs.evolve(b, **changes) if b.id == id_ else b for b in g.bodies)
    return attrs.evolve(g, bodies=bs)


def without_evidence(g: Governance, subject: str, kind: EvidenceKind) -> Governance:
    kept = tuple(e for e in g.evidence if not (e.subject == subject and e.kind is kind))
    return attrs.evolve(g, evidence=kept)


def add_evidence(g: Governance, *records: Evidence) -> Governance:
    return attrs.evolve(g, evidence=(*g.evidence, *records))


def ev(date: dt.date, kind: EvidenceKind, subject: str, to: str | None = None) -> Evidence:
    return Evidence(date, kind, Id(subject), Text(f"ref {date}"), to=Id(to) if to else None)


class TestBaseline:
    def test_example_meets_the_law(self, base: Governance) -> None:
        """The example municipality has no open finding under any rule of the law."""
        result = evaluate(beside_example(base), AS_OF)
        assert [f.code for f in result.open_findings if f.source == "law"] == []

    def test_example_shows_the_two_chain_warnings(self, base: Governance) -> None:
        """Its only warnings are the deliberate Brå warnings B03 and B07; the one note is
        the survey indicator with no values yet (B17, the waiver's story: the first
        trygghetsmätning is in the autumn of 2026)."""
        result = evaluate(beside_example(base), AS_OF)
        assert sorted(f.code for f in result.open_findings) == ["KBFA-B03", "KBFA-B07", "KBFA-B17"]
        assert [f.severity for f in result.open_findings] == [
            Severity.WARNING,
            Severity.WARNING,
            Severity.INFO,
        ]


class TestLagesbild:
    def test_unnamed_consequences_are_not_assessable(self, base: Governance) -> None:
        """4 § 1 p. needs extent and consequences; with only extent named, whether the
        lägesbild holds the consequences is for the lägesbild itself to show: ej bedömbart."""
        g = replace_deliverable(
            base, "lagesbild", covers=(ContentPart.EXTENT, ContentPart.ANALYSIS)
        )
        assert verdicts(g, "KBFA-L4B") == [Verdict.EJ_BEDOMBART]
        assert verdicts(g, "KBFA-L4C") == [Verdict.EJ_BEDOMBART]

    def test_no_lagesbild_is_a_breach_and_the_parts_do_not_apply(self, base: Governance) -> None:
        """Without a lägesbild 4 § is not met, once; its parts cannot be assessed (ej bedömbart)."""
        g = replace_deliverable(base, "lagesbild", kind=DeliverableKind.OTHER)
        (f,) = findings(g, "KBFA-L4A")
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.BREACH)
        assert verdicts(g, "KBFA-L4B") == [Verdict.EJ_BEDOMBART]

    def test_parts_may_be_split_over_several_deliverables(self, base: Governance) -> None:
        """A kartläggning and a separate analys together make up the lägesbild."""
        g = replace_deliverable(
            base, "lagesbild", covers=(ContentPart.EXTENT, ContentPart.CONSEQUENCES)
        )
        extra = Deliverable(
            Id("analys"),
            DeliverableKind.LAGESBILD,
            Text("Analys"),
            covers=(ContentPart.ANALYSIS, ContentPart.OTHER_INFORMATION),
        )
        g = attrs.evolve(g, deliverables=(*g.deliverables, extra))
        assert verdicts(g, "KBFA-L4D") == [Verdict.UPPFYLLT]


class TestPlan:
    def test_5_does_not_apply_before_july_2024(self, base: Governance) -> None:
        """Before 2024-07-01 the åtgärdsplan rules are ej tillämpliga (övergångsbestämmelserna)."""
        assert verdicts(base, "KBFA-L5A", dt.date(2024, 6, 30)) == [Verdict.EJ_TILLAMPLIG]
        assert verdicts(base, "KBFA-L5A", dt.date(2024, 7, 1)) == [Verdict.UPPFYLLT]

    def test_plan_decided_by_a_joint_group_is_not_met(self, base: Governance) -> None:
        """The law says the municipality decides; a joint police–municipality council cannot."""
        g = replace_deliverable(base, "atgardsplan", decided_by=Id("trygghetsradet"))
        assert verdicts(g, "KBFA-L5A") == [Verdict.EJ_UPPFYLLT]

    def test_plan_not_based_on_a_lagesbild(self, base: Governance) -> None:
        """5 §: a plan whose basis never reaches a lägesbild is not met."""
        g = replace_deliverable(base, "atgardsplan", based_on=())
        assert verdicts(g, "KBFA-L5B") == [Verdict.EJ_UPPFYLLT]

    def test_first_plan_after_deadline_is_history(self, base: Governance) -> None:
        """The transitional provisions: a first adoption after 2024-07-01 is delvis, information."""
        g = without_evidence(base, "atgardsplan", EvidenceKind.ADOPTED)
        g = add_evidence(g, ev(dt.date(2024, 9, 1), EvidenceKind.ADOPTED, "atgardsplan"))
        (f,) = findings(g, "KBFA-LOBA")
        assert (f.verdict, f.severity) == (Verdict.DELVIS, Severity.INFO)

    def test_no_adoption_recorded_cannot_be_assessed(self, base: Governance) -> None:
        """Without a recorded decision the plan's adoption is ej bedömbart, never uppfyllt."""
        g = without_evidence(base, "atgardsplan", EvidenceKind.ADOPTED)
        assert verdicts(g, "KBFA-L5D") == [Verdict.EJ_BEDOMBART]
        assert verdicts(g, "KBFA-LOBA") == [Verdict.EJ_BEDOMBART]


class TestTwoYearCycle:
    def test_lagesbild_older_than_24_months_is_a_breach(self, base: Governance) -> None:
        """6 §: the latest lägesbild (2026-03-17) is overdue 24 months later."""
        assert verdicts(base, "KBFA-L6C", dt.date(2028, 3, 17)) == [Verdict.UPPFYLLT]
        assert verdicts(base, "KBFA-L6C", dt.date(2028, 3, 18)) == [Verdict.EJ_UPPFYLLT]

    def test_cycle_is_configurable(self, base: Governance) -> None:
        """settings.cycle_months shortens the window (a calendar-year reading, say)."""
        g = attrs.evolve(base, settings=EvaluationSettings(cycle_months=Count(6)))
        assert verdicts(g, "KBFA-L6C") == [Verdict.EJ_UPPFYLLT]

    def test_no_lagesbild_record_cannot_be_assessed(self, base: Governance) -> None:
        """No record of a lägesbild is ej bedömbart, a warning for a "ska"-rule."""
        g = without_evidence(base, "lagesbild", EvidenceKind.DELIVERED)
        (f,) = findings(g, "KBFA-L6C")
        assert (f.verdict, f.severity) == (Verdict.EJ_BEDOMBART, Severity.WARNING)

    def test_follow_up_not_yet_due_after_a_recent_plan(self, base: Governance) -> None:
        """With no follow-up recorded, a plan adopted less than two years ago is not yet overdue."""
        g = without_evidence(base, "atgardsplan", EvidenceKind.FOLLOWED_UP)
        g = without_evidence(g, "uppfoljning", EvidenceKind.DELIVERED)
        assert verdicts(g, "KBFA-L6D", dt.date(2026, 6, 1)) == [Verdict.UPPFYLLT]
        assert verdicts(g, "KBFA-L6D", dt.date(2026, 7, 2)) == [Verdict.EJ_UPPFYLLT]

    def test_lagesbild_every_third_year_is_too_seldom(self, base: Governance) -> None:
        """A stated cadence of once every three years does not meet "minst vartannat år"."""
        g = replace_deliverable(base, "lagesbild", cadence=(Cadence(Count(1), Per.YEAR, Count(3)),))
        g = attrs.evolve(
            g, requirements=tuple(r for r in g.requirements if r.target != "lagesbild")
        )
        assert verdicts(g, "KBFA-L6A") == [Verdict.EJ_UPPFYLLT]


class TestAgreements:
    def test_expired_agreement_warns(self, base: Governance) -> None:
        """9 §: an agreement whose period ended is reported, as a warning (verka för)."""
        (f,) = [f for f in findings(base, "KBFA-L9C", dt.date(2027, 1, 5)) if f.is_open]
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.WARNING)
        assert "2026-12-31" in f.message

    def test_agreement_without_areas_is_unrecorded(self, base: Governance) -> None:
        """An agreement's areas not recorded (9 §) are in the agreement itself: delvis, a warning."""
        ags = tuple(attrs.evolve(a, areas=()) if a.id == "bostader" else a for a in base.agreements)
        g = attrs.evolve(base, agreements=ags)
        open_ = [f for f in findings(g, "KBFA-L9B") if f.is_open]
        assert [(f.verdict, f.severity) for f in open_] == [(Verdict.DELVIS, Severity.WARNING)]

    def test_no_agreement_but_a_local_demand_is_effort(self, base: Governance) -> None:
        """With no agreement entered, a steering-document demand for them is the effort 9 § asks."""
        g = attrs.evolve(base, agreements=())
        assert verdicts(g, "KBFA-L9A") == [Verdict.UPPFYLLT]

    def test_missing_signatory_breaks_the_local_rule(self, base: Governance) -> None:
        """Exempelby's own rule: every agreement is signed by the KSO and the kommundirektör."""
        ags = tuple(
            attrs.evolve(a, signatories=(Id("kso"),)) if a.id == "foreningar" else a
            for a in base.agreements
        )
        g = attrs.evolve(base, agreements=ags)
        assert Verdict.DELVIS in verdicts(g, "KBFA-K-ex-avtal-undertecknas")


class TestCouncil:
    def test_council_chaired_by_the_police_is_a_breach(self, base: Governance) -> None:
        """10 §: the municipality leads the strategic council."""
        g = replace_body(base, "trygghetsradet", chair=Id("lpo-chef"))
        assert verdicts(g, "KBFA-L10B") == [Verdict.EJ_UPPFYLLT]

    def test_partner_without_senior_member_warns(self, base: Governance) -> None:
        """10 §: work for senior representatives; a non-senior partner is delvis, a warning."""
        roles = tuple(
            attrs.evolve(r, senior=None) if r.id == "vd-bostader" else r for r in base.roles
        )
        (f,) = findings(attrs.evolve(base, roles=roles), "KBFA-L10D")
        assert (f.verdict, f.severity) == (Verdict.DELVIS, Severity.WARNING)

    def test_a_steering_group_with_partners_serves_as_council(self, base: Governance) -> None:
        """Without a body called strategic council, a steering group with other actors serves."""
        g = replace_body(base, "trygghetsradet", kind=BodyKind.STEERING_GROUP)
        assert verdicts(g, "KBFA-L10A") == [Verdict.UPPFYLLT]


class TestLeadership:
    def test_committee_without_kf_decision_is_partly_met(self, base: Governance) -> None:
        """13 §: a nämnd other than KS leads only by decision of fullmäktige."""
        assert base.leadership is not None
        g = replace_body(base, "ks", kind=BodyKind.COMMITTEE)
        assert verdicts(g, "KBFA-L13A") == [Verdict.DELVIS]

    def test_reporting_every_second_year_is_too_seldom(self, base: Governance) -> None:
        """13 § "kontinuerligt" read as at least every 12 months: every second year warns."""
        assert base.leadership is not None
        slow = Reporting(Id("kf"), Cadence(Count(1), Per.YEAR, Count(2)))
        g = attrs.evolve(base, leadership=attrs.evolve(base.leadership, reporting=(slow,)))
        (f,) = findings(g, "KBFA-L13C")
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.WARNING)

    def test_no_reporting_line_is_a_breach(self, base: Governance) -> None:
        """13 §: the leading body reports to fullmäktige."""
        assert base.leadership is not None
        g = attrs.evolve(base, leadership=attrs.evolve(base.leadership, reporting=()))
        assert verdicts(g, "KBFA-L13B") == [Verdict.EJ_UPPFYLLT]


class TestMeetingsInPractice:
    def test_four_meetings_in_the_last_year_are_kept(self, base: Governance) -> None:
        """Four recorded council meetings in the 12 months before the date meet "fyra gånger per år"."""
        assert verdicts(base, "KBFA-KP-ex-radet-fyra-moten") == [Verdict.UPPFYLLT]

    def test_three_of_four_meetings_is_partly_met(self, base: Governance) -> None:
        """One meeting fewer than the cadence asks is delvis."""
        kept = tuple(e for e in base.evidence if e.reference != "Minnesanteckningar 2026-09-08")
        g = attrs.evolve(base, evidence=kept)
        assert verdicts(g, "KBFA-KP-ex-radet-fyra-moten") == [Verdict.DELVIS]

    def test_no_meeting_in_the_window_is_not_met(self, base: Governance) -> None:
        """Meetings long ago do not show the cadence kept now (the document still applies)."""
        assert base.steering_document is not None
        doc = attrs.evolve(base.steering_document, validity=Period(start=dt.date(2024, 6, 12)))
        g = attrs.evolve(base, steering_document=doc)
        assert verdicts(g, "KBFA-KP-ex-radet-fyra-moten", dt.date(2028, 1, 1)) == [
            Verdict.EJ_UPPFYLLT
        ]

    def test_no_records_at_all_is_never_met(self, base: Governance) -> None:
        """Without any meeting record the practice check is ej bedömbart."""
        g = without_evidence(base, "trygghetsradet", EvidenceKind.MEETING_HELD)
        assert verdicts(g, "KBFA-KP-ex-radet-fyra-moten") == [Verdict.EJ_BEDOMBART]

    def test_records_after_the_date_are_not_yet_facts(self, base: Governance) -> None:
        """Evaluated as of a date before every record, there is nothing to go on."""
        assert verdicts(base, "KBFA-KP-ex-radet-fyra-moten", dt.date(2025, 1, 1)) == [
            Verdict.EJ_BEDOMBART
        ]


class TestWaivers:
    def test_waiver_turns_an_open_finding_into_undantag(self, base: Governance) -> None:
        """Exempelby's waiver of KBFA-B09 until 2027-06-30 makes the missing baseline undantag."""
        got = findings(base, "KBFA-B09")
        assert Verdict.UNDANTAG in [f.verdict for f in got]
        waived = next(f for f in got if f.verdict is Verdict.UNDANTAG)
        assert waived.severity is Severity.INFO and "KS 2026-04-15 § 53" in waived.message

    def test_expired_waiver_no_longer_applies(self, base: Governance) -> None:
        """After its expiry the finding is open again and KBFA-W2 notes the expiry."""
        later = dt.date(2027, 7, 1)
        assert Verdict.DELVIS in verdicts(base, "KBFA-B09", later)
        (w2,) = findings(base, "KBFA-W2", later)
        assert (w2.verdict, w2.severity) == (Verdict.EJ_UPPFYLLT, Severity.INFO)

    def test_unknown_code_is_reported(self, base: Governance) -> None:
        """A waiver naming no known rule waives nothing and is a breach of KBFA-W1."""
        w = Waiver(Text("KBFA-B99"), Text("skäl"), Text("KS 2026-01-01 § 1"))
        g = attrs.evolve(base, waivers=(*base.waivers, w))
        bad = [f for f in findings(g, "KBFA-W1") if f.is_open]
        assert [(f.verdict, f.severity) for f in bad] == [(Verdict.EJ_UPPFYLLT, Severity.BREACH)]
        assert bad[0].location is None or bad[0].location.path == "waivers[1].rule"

    def test_local_codes_are_known_to_waivers(self, base: Governance) -> None:
        """A waiver may name a local rule code of the same municipality."""
        w = Waiver(Text("KBFA-K-ex-radet-fyra-moten"), Text("skäl"), Text("KS 2026-01-01 § 1"))
        g = attrs.evolve(base, waivers=(w,))
        assert verdicts(g, "KBFA-W1") == [Verdict.UPPFYLLT]


class TestSteeringDocument:
    def test_expired_validity_is_a_warning(self, base: Governance) -> None:
        """A document valid until 2027-12-31 has expired on 2028-01-01 (kbfa's rule warns)."""
        (f,) = findings(base, "KBFA-KA", dt.date(2028, 1, 1))
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.WARNING)

    def test_review_is_due_years_after_the_latest_decision(self, base: Governance) -> None:
        """Review two years after the latest revision (2026-04-15): overdue on 2028-04-16."""
        assert base.steering_document is not None
        doc = attrs.evolve(base.steering_document, validity=Period(start=dt.date(2024, 6, 12)))
        g = attrs.evolve(base, steering_document=doc)
        assert verdicts(g, "KBFA-KA", dt.date(2028, 4, 15)) == [Verdict.UPPFYLLT]
        assert verdicts(g, "KBFA-KA", dt.date(2028, 4, 16)) == [Verdict.EJ_UPPFYLLT]

    def test_a_recorded_review_resets_the_clock(self, base: Governance) -> None:
        """A "reviewed" record for the steering document starts a new review period."""
        assert base.steering_document is not None
        doc = attrs.evolve(base.steering_document, validity=Period(start=dt.date(2024, 6, 12)))
        g = attrs.evolve(base, steering_document=doc)
        g = add_evidence(g, ev(dt.date(2028, 3, 1), EvidenceKind.REVIEWED, "steering_document"))
        assert verdicts(g, "KBFA-KA", dt.date(2028, 4, 16)) == [Verdict.UPPFYLLT]


class TestEngine:
    def test_select_and_ignore_take_prefixes(self, base: Governance) -> None:
        """--select KBFA-L12 keeps the three 12 § rules; --ignore drops one of them."""
        got = evaluate(base, AS_OF, select=["KBFA-L12"], ignore=["KBFA-L12B"])
        assert [f.code for f in got.findings] == ["KBFA-L12A", "KBFA-L12C"]

    def test_a_bare_string_selects_one_prefix(self, base: Governance) -> None:
        """select="KBFA-L11" is one prefix, not the letters K, B, F..."""
        got = evaluate(base, AS_OF, select="KBFA-L11")
        assert [f.code for f in got.findings] == ["KBFA-L11A"]

    def test_findings_are_in_catalogue_order(self, base: Governance) -> None:
        """Law rules come first, by §, then local rules, then Brå's practice, then kbfa's rule."""
        codes = [f.code for f in evaluate(base, AS_OF).findings]
        assert codes.index("KBFA-L4A") < codes.index("KBFA-L13A") < codes.index("KBFA-LOBA")
        assert codes.index("KBFA-LOBA") < codes.index("KBFA-K-ex-radet-fyra-moten")
        assert codes.index("KBFA-K-ex-radet-fyra-moten") < codes.index("KBFA-B01")
        assert codes.index("KBFA-B01") < codes.index("KBFA-KA") < codes.index("KBFA-W1")

    def test_english_messages(self, base: Governance) -> None:
        """lang="en" gives English messages and references."""
        (f,) = findings(base, "KBFA-L11A", lang="en")
        assert f.message.startswith("The coordination function is held by")
        assert f.reference == "s. 11, Act (2023:196)"

    def test_duty_verdicts_rest_on_the_ska(self, base: Governance) -> None:
        """The council led by the police fails 10 §'s only "ska": ej uppfyllt, a breach."""
        g = replace_body(base, "trygghetsradet", chair=Id("lpo-chef"))
        duties = duty_verdicts(evaluate(g, AS_OF))
        council = duties["10"].design
        assert council is not None
        assert (council.verdict, council.rests_on, council.breach) == (
            Verdict.EJ_UPPFYLLT,
            ("KBFA-L10B",),
            True,
        )
        four = duties["4"].design
        assert four is not None and four.verdict is Verdict.UPPFYLLT
        assert list(duties) == ["4", "5", "6", "7", "8", "9", "10", "11-12", "13", "OB"]

    def test_default_date_is_today(self, base: Governance) -> None:
        """Without as_of the evaluation is as of today."""
        assert evaluate(base).as_of == dt.date.today()

    def test_uppfyllt_carries_no_fix(self, base: Governance) -> None:
        """A met rule has nothing to fix; an open one says what would comply."""
        result = evaluate(base, AS_OF)
        assert all(f.fix is None for f in result.findings if not f.is_open)
        assert all(f.fix for f in result.open_findings)


class TestAgreementModel:
    def test_agreement_record_is_unchanged(self) -> None:
        """Agreement fields used by the agreement_contents check exist on the model."""
        names = {f.name for f in attrs.fields(Agreement)}
        assert {"purposes", "areas", "placement", "placement_role", "period"} <= names


class TestCoverage:
    def test_none_some_all_missing(self) -> None:
        """Nothing missing is uppfyllt, some missing delvis, all missing ej uppfyllt."""
        from kbfa.rules._verdicts import Verdict, coverage

        assert coverage(0, 3) is Verdict.UPPFYLLT
        assert coverage(1, 3) is Verdict.DELVIS
        assert coverage(3, 3) is Verdict.EJ_UPPFYLLT


class TestSituationIsRequired:
    def test_an_open_outcome_must_say_why(self) -> None:
        """Every open outcome says which situation it met, so outputs can tell a breach from
        a silence the law fills: a check that forgets it fails at once."""
        from kbfa.rules import Outcome, Situation

        with pytest.raises(ValueError, match="situation"):
            Outcome(Verdict.EJ_UPPFYLLT, (), "Saknas.")
        assert Outcome(Verdict.UPPFYLLT, (), "Finns.").situation is None
        open_ = Outcome(Verdict.DELVIS, (), "Delvis.", situation=Situation.MISSING_STEP)
        assert open_.situation is Situation.MISSING_STEP


class TestWhereACouncilsRulesAre:
    """10 §: who leads the council may be written in a document of its own (Hjo 002:74)."""

    @staticmethod
    def council() -> Any:
        from builder import Builder  # type: ignore[import-not-found]

        return (
            Builder()
            .police()
            .role("lpo", org="polisen")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet", members=["lpo"])
        )

    @staticmethod
    def lead(g: Governance) -> tuple[object, ...]:
        (f,) = findings(g, "KBFA-L10B")
        return f.verdict, f.situation, f.message

    def test_a_further_document_governing_the_council(self) -> None:
        """Its own arbetsordning governs the council: the leadership is in that document."""
        g = (
            self.council()
            .document("2024-01-15")
            .other_document(
                "ordning", title="Arbetsordning för Trygghetsrådet", governs=(Id("rad"),)
            )
            .build()
        )
        assert self.lead(g) == (
            Verdict.EJ_BEDOMBART,
            Situation.OTHER_DOCUMENT,
            "Vem som leder Trygghetsrådet anges inte i styrdokumentet; rådets verksamhet regleras "
            "i ”Arbetsordning för Trygghetsrådet”.",
        )

    @pytest.mark.parametrize(
        "where",
        ["a further document about something else", "the steering document itself"],
    )
    def test_a_document_that_is_not_the_councils_own(self, where: str) -> None:
        """A further document governing another body, or the main steering document naming
        the council among what it governs: the leadership is simply not recorded."""
        b = self.council()
        if where == "the steering document itself":
            b.document("2024-01-15", governs=(Id("rad"),))
        else:
            b.document("2024-01-15").other_document(
                "ordning", title="Arbetsordning för EST", governs=(Id("est"),)
            )
        assert self.lead(b.build()) == (
            Verdict.EJ_BEDOMBART,
            Situation.UNRECORDED,
            "Vem som leder Trygghetsrådet är inte registrerat.",
        )


class TestFollowUpDue:
    """The 6 § clock the follow-up document shows: two years (24 months, "minst vartannat
    år") from the latest recorded follow-up of the plan."""

    def test_two_years_after_the_latest_follow_up(self) -> None:
        """Followed up on 2025-03-10 (KS § 4): the next follow-up is due 2027-03-10."""
        from builder import Builder  # type: ignore[import-not-found]

        b = Builder().document("2024-01-15").body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        b.deliverable("plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan", decided_by="ks")
        b.evidence("2025-03-10", EvidenceKind.FOLLOWED_UP, "plan", reference="KS 2025-03-10 § 4")
        clock = follow_up_due(b.build(), dt.date(2026, 11, 23))
        assert clock == FollowUpClock(
            due=dt.date(2027, 3, 10),
            since=dt.date(2025, 3, 10),
            reference="KS 2025-03-10 § 4",
            path=("evidence", 0),
            first=False,
        )

    def test_a_follow_up_recorded_after_the_date_does_not_count_yet(self) -> None:
        """Asked on 2025-01-01, the follow-up of 2025-03-10 has not happened: no clock."""
        from builder import Builder  # type: ignore[import-not-found]

        b = Builder().document("2024-01-15").body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        b.deliverable("plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan", decided_by="ks")
        b.evidence("2025-03-10", EvidenceKind.FOLLOWED_UP, "plan")
        assert follow_up_due(b.build(), dt.date(2025, 1, 1)) is None


# -- Brå's good practice (KBFA-B01-B15), word for word ----------------------------------
#
# A fictitious municipality with every shape Brå's checks tell apart (a measure with all
# six columns and one with none but a "when", a problem found in the lägesbild, one in
# another report, one with no source that a measure still targets, one not prioritised,
# a cause with no problem, an indicator with a baseline and one reached through a
# measure without, agreements with and without a period, a steering group of senior
# police and municipal roles, a preparatory group, promises with and without follow-up),
# and one with nothing. The texts are kbfa's published messages (rules/bra.py), filled in
# by hand with the model's names.

UP, EU, EB, DV, ET = (
    Verdict.UPPFYLLT,
    Verdict.EJ_UPPFYLLT,
    Verdict.EJ_BEDOMBART,
    Verdict.DELVIS,
    Verdict.EJ_TILLAMPLIG,
)
STEP, UNREC, OTHER = Situation.MISSING_STEP, Situation.UNRECORDED, Situation.OTHER_DOCUMENT

BRA_FULL_SV = [
    (
        "KBFA-B01",
        UP,
        None,
        "measures[0].causes",
        'Åtgärden "Belysning" riktar sig mot orsaken "Mörka gångvägar".',
    ),
    (
        "KBFA-B01",
        EU,
        STEP,
        "measures[1].causes",
        'Åtgärden "Grannsamverkan" är inte kopplad till någon orsak.',
    ),
    (
        "KBFA-B02",
        UP,
        None,
        "causes[0].problems",
        'Orsaken "Mörka gångvägar" förklarar problemet "Otrygghet".',
    ),
    (
        "KBFA-B02",
        EU,
        STEP,
        "causes[1].problems",
        'Orsaken "Okänd orsak" är inte kopplad till något problem.',
    ),
    (
        "KBFA-B03",
        UP,
        None,
        "problems[0].identified_in",
        'Problemet "Inbrott" är identifierat i lägesbilden "Lägesbild".',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[1].identified_in",
        'Problemet "Klotter" hänvisar till "Rapport", som inte är en lägesbild.',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[2].identified_in",
        'Problemet "Otrygghet" är inte identifierat i någon lägesbild, men åtgärder riktas mot det ("Belysning").',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[3].identified_in",
        'Problemet "Buller" är inte identifierat i någon lägesbild.',
    ),
    (
        "KBFA-B04",
        UP,
        None,
        "measures[0].operative_goal",
        'Åtgärden "Belysning" har ett operativt mål.',
    ),
    (
        "KBFA-B04",
        EU,
        STEP,
        "measures[1].operative_goal",
        'Åtgärden "Grannsamverkan" saknar operativt mål.',
    ),
    ("KBFA-B05", UP, None, "measures[0].due", 'Åtgärden "Belysning" har en tidpunkt (2026-06-30).'),
    (
        "KBFA-B05",
        UP,
        None,
        "measures[1].due",
        'Åtgärden "Grannsamverkan" har en tidpunkt (Våren 2026).',
    ),
    (
        "KBFA-B06",
        UP,
        None,
        "measures[0].owner",
        'Åtgärden "Belysning" har en ansvarig (Samordnare).',
    ),
    (
        "KBFA-B06",
        EU,
        STEP,
        "measures[1].owner",
        'Det anges inte vem som ansvarar för åtgärden "Grannsamverkan".',
    ),
    (
        "KBFA-B07",
        UP,
        None,
        "measures[0].follow_up",
        'Det anges hur åtgärden "Belysning" följs upp.',
    ),
    (
        "KBFA-B07",
        EU,
        STEP,
        "measures[1].follow_up",
        'Det anges inte hur åtgärden "Grannsamverkan" följs upp.',
    ),
    (
        "KBFA-B08",
        EU,
        STEP,
        "problems[0]",
        'Det prioriterade problemet "Inbrott" har ingen orsaksanalys (inga orsaker kopplade).',
    ),
    (
        "KBFA-B08",
        EU,
        STEP,
        "problems[1]",
        'Det prioriterade problemet "Klotter" har ingen orsaksanalys (inga orsaker kopplade).',
    ),
    (
        "KBFA-B08",
        UP,
        None,
        "problems[2]",
        'Det prioriterade problemet "Otrygghet" har en orsaksanalys (antal orsaker: 1).',
    ),
    (
        "KBFA-B09",
        UP,
        None,
        "indicators[0]",
        'Det prioriterade problemet "Inbrott" följs upp med indikatorn "Indikatorn i1" med utgångsvärde.',
    ),
    (
        "KBFA-B09",
        DV,
        STEP,
        "indicators[1].baseline",
        'Det prioriterade problemet "Otrygghet" har indikatorn "Indikatorn i2", men inget utgångsvärde.',
    ),
    (
        "KBFA-B09",
        EU,
        STEP,
        "problems[1]",
        'Det prioriterade problemet "Klotter" följs inte upp med någon indikator.',
    ),
    ("KBFA-B10", UP, None, "deliverables[0]", 'Orsaksanalys: "Lägesbild".'),
    (
        "KBFA-B11",
        UP,
        None,
        "agreements[0].period",
        'Överenskommelsen "Överenskommelse a1" anger sin giltighetsperiod.',
    ),
    (
        "KBFA-B11",
        EU,
        OTHER,
        "agreements[1].period",
        'Det är inte registrerat under vilken period överenskommelsen "Överenskommelse a2" gäller; Brå råder att överenskommelsen anger det.',
    ),
    (
        "KBFA-B12",
        UP,
        None,
        "bodies[0].members",
        "Styrgruppen samlar polisens och kommunens ledning.",
    ),
    ("KBFA-B13", UP, None, "bodies[1]", "Beredningsgrupp: Beredningsgruppen."),
    (
        "KBFA-B14",
        UP,
        None,
        "citizen_promises[0]",
        'Medborgarlöftet "Tryggare centrum" har en uppföljning.',
    ),
    (
        "KBFA-B14",
        EU,
        STEP,
        "citizen_promises[1].follow_up",
        "Det anges inte hur eller när medborgarlöftet (Provkommun och Polismyndigheten) följs upp.",
    ),
    (
        "KBFA-B15",
        EB,
        UNREC,
        "citizen_promises[0].period",
        'Det är inte registrerat under vilken period medborgarlöftet "Tryggare centrum" gäller.',
    ),
    (
        "KBFA-B15",
        EB,
        UNREC,
        "citizen_promises[1].period",
        "Det är inte registrerat under vilken period medborgarlöftet (Provkommun och Polismyndigheten) gäller.",
    ),
]

BRA_FULL_EN = [
    (
        "KBFA-B01",
        UP,
        None,
        "measures[0].causes",
        'The measure "Belysning" targets the cause "Mörka gångvägar".',
    ),
    (
        "KBFA-B01",
        EU,
        STEP,
        "measures[1].causes",
        'The measure "Grannsamverkan" is not linked to any cause.',
    ),
    (
        "KBFA-B02",
        UP,
        None,
        "causes[0].problems",
        'The cause "Mörka gångvägar" explains the problem "Otrygghet".',
    ),
    (
        "KBFA-B02",
        EU,
        STEP,
        "causes[1].problems",
        'The cause "Okänd orsak" is not linked to any problem.',
    ),
    (
        "KBFA-B03",
        UP,
        None,
        "problems[0].identified_in",
        'The problem "Inbrott" is identified in the lägesbild "Lägesbild".',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[1].identified_in",
        'The problem "Klotter" refers to "Rapport", which is not a lägesbild.',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[2].identified_in",
        'The problem "Otrygghet" is not identified in any lägesbild, yet measures target it ("Belysning").',
    ),
    (
        "KBFA-B03",
        EU,
        STEP,
        "problems[3].identified_in",
        'The problem "Buller" is not identified in any lägesbild.',
    ),
    (
        "KBFA-B04",
        UP,
        None,
        "measures[0].operative_goal",
        'The measure "Belysning" has an operative goal.',
    ),
    (
        "KBFA-B04",
        EU,
        STEP,
        "measures[1].operative_goal",
        'The measure "Grannsamverkan" has no operative goal.',
    ),
    ("KBFA-B05", UP, None, "measures[0].due", 'The measure "Belysning" has a time (2026-06-30).'),
    (
        "KBFA-B05",
        UP,
        None,
        "measures[1].due",
        'The measure "Grannsamverkan" has a time (Våren 2026).',
    ),
    (
        "KBFA-B06",
        UP,
        None,
        "measures[0].owner",
        'The measure "Belysning" has an owner (Samordnare).',
    ),
    (
        "KBFA-B06",
        EU,
        STEP,
        "measures[1].owner",
        'It is not stated who is responsible for the measure "Grannsamverkan".',
    ),
    (
        "KBFA-B07",
        UP,
        None,
        "measures[0].follow_up",
        'It is stated how the measure "Belysning" is followed up.',
    ),
    (
        "KBFA-B07",
        EU,
        STEP,
        "measures[1].follow_up",
        'It is not stated how the measure "Grannsamverkan" is followed up.',
    ),
    (
        "KBFA-B08",
        EU,
        STEP,
        "problems[0]",
        'The prioritised problem "Inbrott" has no cause analysis (no causes linked).',
    ),
    (
        "KBFA-B08",
        EU,
        STEP,
        "problems[1]",
        'The prioritised problem "Klotter" has no cause analysis (no causes linked).',
    ),
    (
        "KBFA-B08",
        UP,
        None,
        "problems[2]",
        'The prioritised problem "Otrygghet" has a cause analysis (number of causes: 1).',
    ),
    (
        "KBFA-B09",
        UP,
        None,
        "indicators[0]",
        'The prioritised problem "Inbrott" is followed up by the indicator "Indikatorn i1" with a baseline.',
    ),
    (
        "KBFA-B09",
        DV,
        STEP,
        "indicators[1].baseline",
        'The prioritised problem "Otrygghet" has the indicator "Indikatorn i2" but no baseline.',
    ),
    (
        "KBFA-B09",
        EU,
        STEP,
        "problems[1]",
        'The prioritised problem "Klotter" is not followed up by any indicator.',
    ),
    ("KBFA-B10", UP, None, "deliverables[0]", 'Cause analysis: "Lägesbild".'),
    (
        "KBFA-B11",
        UP,
        None,
        "agreements[0].period",
        'The agreement "Överenskommelse a1" states its period.',
    ),
    (
        "KBFA-B11",
        EU,
        OTHER,
        "agreements[1].period",
        'The period of the agreement "Överenskommelse a2" is not recorded; Brå advises that the agreement states it.',
    ),
    (
        "KBFA-B12",
        UP,
        None,
        "bodies[0].members",
        "Styrgruppen brings the police's and the municipality's leadership together.",
    ),
    ("KBFA-B13", UP, None, "bodies[1]", "Preparatory group: Beredningsgruppen."),
    (
        "KBFA-B14",
        UP,
        None,
        "citizen_promises[0]",
        'The citizen promise "Tryggare centrum" has a follow-up.',
    ),
    (
        "KBFA-B14",
        EU,
        STEP,
        "citizen_promises[1].follow_up",
        "It is not stated how or when the citizen promise (Provkommun and Polismyndigheten) is followed up.",
    ),
    (
        "KBFA-B15",
        EB,
        UNREC,
        "citizen_promises[0].period",
        'It is not recorded for which period the citizen promise "Tryggare centrum" is valid.',
    ),
    (
        "KBFA-B15",
        EB,
        UNREC,
        "citizen_promises[1].period",
        "It is not recorded for which period the citizen promise (Provkommun and Polismyndigheten) is valid.",
    ),
]

BRA_EMPTY_SV = [
    (
        "KBFA-B01",
        EB,
        UNREC,
        "measures",
        "Åtgärdsplanens åtgärder är inte registrerade, så kedjan problem → orsak → åtgärd kan inte granskas.",
    ),
    ("KBFA-B02", ET, None, "causes", "Det finns inga orsaker att granska."),
    ("KBFA-B03", ET, None, "problems", "Det finns inga problem att granska."),
    ("KBFA-B04", ET, None, "measures", "Det finns inga åtgärder att granska (se KBFA-B01)."),
    ("KBFA-B05", ET, None, "measures", "Det finns inga åtgärder att granska (se KBFA-B01)."),
    ("KBFA-B06", ET, None, "measures", "Det finns inga åtgärder att granska (se KBFA-B01)."),
    ("KBFA-B07", ET, None, "measures", "Det finns inga åtgärder att granska (se KBFA-B01)."),
    ("KBFA-B08", ET, None, "problems", "Inga prioriterade problem är registrerade."),
    ("KBFA-B09", ET, None, "problems", "Inga prioriterade problem är registrerade."),
    (
        "KBFA-B10",
        EU,
        STEP,
        "deliverables",
        "Styrdokumentet beskriver ingen orsaksanalys, varken som egen leverans eller som del av lägesbilden.",
    ),
    ("KBFA-B11", ET, None, "agreements", "Det finns inga överenskommelser att granska."),
    (
        "KBFA-B12",
        EU,
        STEP,
        "bodies",
        "Styrdokumentet beskriver ingen styrgrupp (eller något strategiskt råd) där både polisens och kommunens ledning (ledande befattningar) ingår.",
    ),
    ("KBFA-B13", EU, STEP, "bodies", "Styrdokumentet beskriver ingen beredningsgrupp (Brå)."),
    ("KBFA-B14", ET, None, "citizen_promises", "Det finns inga medborgarlöften att granska."),
    ("KBFA-B15", ET, None, "citizen_promises", "Det finns inga medborgarlöften att granska."),
]

BRA_EMPTY_EN = [
    (
        "KBFA-B01",
        EB,
        UNREC,
        "measures",
        "The plan's measures are not recorded, so the chain problem → cause → measure cannot be reviewed.",
    ),
    ("KBFA-B02", ET, None, "causes", "There are no causes to review."),
    ("KBFA-B03", ET, None, "problems", "There are no problems to review."),
    ("KBFA-B04", ET, None, "measures", "There are no measures to review (see KBFA-B01)."),
    ("KBFA-B05", ET, None, "measures", "There are no measures to review (see KBFA-B01)."),
    ("KBFA-B06", ET, None, "measures", "There are no measures to review (see KBFA-B01)."),
    ("KBFA-B07", ET, None, "measures", "There are no measures to review (see KBFA-B01)."),
    ("KBFA-B08", ET, None, "problems", "No prioritised problems are recorded."),
    ("KBFA-B09", ET, None, "problems", "No prioritised problems are recorded."),
    (
        "KBFA-B10",
        EU,
        STEP,
        "deliverables",
        "No cause analysis is among the deliverables, and the lägesbild is not stated to contain one.",
    ),
    ("KBFA-B11", ET, None, "agreements", "There are no agreements to review."),
    (
        "KBFA-B12",
        EU,
        STEP,
        "bodies",
        "There is no steering group (or council) with both police and municipal leadership (senior roles).",
    ),
    ("KBFA-B13", EU, STEP, "bodies", "The steering document describes no preparatory group (Brå)."),
    ("KBFA-B14", ET, None, "citizen_promises", "There are no citizen promises to review."),
    ("KBFA-B15", ET, None, "citizen_promises", "There are no citizen promises to review."),
]


def bra_model() -> Governance:
    from builder import Builder, cad, period  # type: ignore[import-not-found]

    return (
        Builder()
        .document("2024-01-15")
        .police()
        .role("lpo", org="polisen", title="Lokalpolisområdeschef", senior=True)
        .role("kd", title="Kommundirektör", senior=True)
        .role("samordnare", title="Samordnare")
        .body("styr", BodyKind.STEERING_GROUP, "Styrgruppen", members=["lpo", "kd"])
        .body("prep", BodyKind.PREPARATORY_GROUP, "Beredningsgruppen")
        .deliverable(
            "lb", DeliverableKind.LAGESBILD, "Lägesbild", covers=[ContentPart.CAUSE_ANALYSIS]
        )
        .deliverable("rap", DeliverableKind.LAGESRAPPORT, "Rapport")
        .deliverable("plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan")
        .problem("p1", "Inbrott", identified_in="lb")
        .problem("p2", "Klotter", identified_in="rap")
        .problem("p3", "Otrygghet")
        .problem("p4", "Buller", prioritised=False)
        .cause("c1", ["p3"], "Mörka gångvägar")
        .cause("c2", [], "Okänd orsak")
        .measure(
            "belysning",
            causes=(Id("c1"),),
            operative_goal=Text("Tänd alla gångvägar"),
            due=dt.date(2026, 6, 30),
            owner=Id("samordnare"),
            follow_up=Text("Trygghetsvandring"),
        )
        .measure("grannsamverkan", when=Text("Våren 2026"))
        .indicator("i1", problems=["p1"], baseline=(2023, 12.0))
        .indicator("i2", measures=["belysning"])
        .agreement("a1", ["kommun", "polisen"], period=period("2024-01-01", "2026-12-31"))
        .agreement("a2", ["kommun", "polisen"])
        .promise("lofte", ["kommun", "polisen"], title="Tryggare centrum", follow_up=cad(1))
        .promise("utan", ["kommun", "polisen"])
        .build()
    )


def bra_said(g: Governance, lang: str) -> list[tuple[object, ...]]:
    """Brå's findings B01-B15 as (code, verdict, situation, key path, message)."""
    from builder import in_folder  # type: ignore[import-not-found]

    result = evaluate(in_folder(g, Path("provkommun")), AS_OF, lang=lang)  # type: ignore[arg-type]
    return [
        (f.code, f.verdict, f.situation, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code.startswith("KBFA-B") and int(f.code[6:]) <= 15
    ]


class TestBrasAdviceWordForWord:
    def test_every_shape_brås_checks_tell_apart(self) -> None:
        """Each of Brå's checks on the model with every shape, in Swedish and English."""
        g = bra_model()
        assert bra_said(g, "sv") == BRA_FULL_SV
        assert bra_said(g, "en") == BRA_FULL_EN

    def test_nothing_recorded(self) -> None:
        """No measures, causes, problems, agreements, groups or promises: nothing to review
        where Brå's advice needs something to look at, a missing step where it asks for it."""
        from builder import Builder  # type: ignore[import-not-found]

        g = Builder().document("2024-01-15").build()
        assert bra_said(g, "sv") == BRA_EMPTY_SV
        assert bra_said(g, "en") == BRA_EMPTY_EN

    def test_no_measures_points_at_the_plan(self) -> None:
        """A plan without measures: KBFA-B01 points at the plan, and says how to fix it."""
        from builder import Builder  # type: ignore[import-not-found]

        g = (
            Builder()
            .document("2024-01-15")
            .deliverable("plan", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan")
            .build()
        )
        (b01,) = findings(g, "KBFA-B01")
        assert (b01.verdict, b01.message) == (Verdict.EJ_BEDOMBART, BRA_EMPTY_SV[0][4])
        assert bra_said(g, "sv")[0][3] == "deliverables[0]"
        assert b01.fix == (
            "För in lägesbildens problem, orsaksanalysens orsaker och åtgärdsplanens åtgärder "
            "som [[problems]], [[causes]] och [[measures]], länkade till varandra."
        )


#: Brå's indicator checks (KBFA-B16-B18) on bra_indicator_model(); <folder> is where the
#: config and its statistics are.
INDICATORS_SV = [
    (
        "KBFA-B16",
        UP,
        None,
        "measures[0]",
        'Åtgärden "Belysning" följs genom indikatorn "Indikatorn i2" för problemet "Klotter" som den riktas mot.',
    ),
    ("KBFA-B16", EU, STEP, "measures[1]", 'Ingen indikator följer åtgärden "Vakter".'),
    (
        "KBFA-B16",
        UP,
        None,
        "measures[2]",
        'Åtgärden "Kameror" följs av indikatorn "Indikatorn i3".',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[0]",
        'Indikatorn "Indikatorn i1" har ett värde för 2025 i statistiken, inte äldre än två år.',
    ),
    (
        "KBFA-B17",
        EU,
        STEP,
        "indicators[1]",
        'Indikatorns "Indikatorn i2" senaste värde är för 2023 (utgångsläget); det är äldre än två år (det räknas till och med 2025-12-30).',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[2]",
        'Indikatorn "Indikatorn i3" har ett värde för 2025 (utgångsläget), inte äldre än två år.',
    ),
    (
        "KBFA-B17",
        EB,
        UNREC,
        "indicators[3].data",
        'Statistiken för indikatorn "Indikatorn i4" kunde inte läsas: <folder>/finnsinte.csv: filen finns inte (sökvägen räknas från konfigurationens mapp)',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[4]",
        'Indikatorn "Indikatorn i5" har ett värde för 2024 i statistiken, inte äldre än två år.',
    ),
    (
        "KBFA-B17",
        EB,
        UNREC,
        "indicators[5]",
        'Inga värden för indikatorn "Indikatorn i6" är registrerade (varken data eller utgångsläge).',
    ),
    (
        "KBFA-B18",
        UP,
        None,
        "indicators[0].data",
        'Problemet "Inbrott" jämförs med länet genom indikatorn "Indikatorn i1" (2024).',
    ),
    (
        "KBFA-B18",
        EB,
        UNREC,
        "problems[1]",
        'Problemet "Klotter" följs av "Indikatorn i2", men ingen statistik för dem är registrerad; om lägesbilden jämför med länet eller riket framgår av den själv.',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[2]",
        'Problemet "Otrygghet" följs inte av någon indikator, så det jämförs inte med länet eller riket (se KBFA-B09).',
    ),
    (
        "KBFA-B18",
        EB,
        UNREC,
        "problems[3]",
        'Om problemet "Rån" jämförs med länet eller riket kan inte bedömas: statistiken för "Indikatorn i4" kunde inte läsas (<folder>/finnsinte.csv: filen finns inte (sökvägen räknas från konfigurationens mapp)).',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[4]",
        'Problemet "Buller" följs av "Indikatorn i5", men ingen av dem jämför kommunen med länet eller riket (ett antal kan inte jämföras mellan områden av olika storlek; ange en nämnare, denominator).',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[5]",
        'Problemet "Skadegörelse" följs inte av någon indikator, så det jämförs inte med länet eller riket (se KBFA-B09).',
    ),
]

INDICATORS_EN = [
    (
        "KBFA-B16",
        UP,
        None,
        "measures[0]",
        'The measure "Belysning" is followed through the indicator "Indikatorn i2" of the problem "Klotter" it targets.',
    ),
    ("KBFA-B16", EU, STEP, "measures[1]", 'No indicator follows the measure "Vakter".'),
    (
        "KBFA-B16",
        UP,
        None,
        "measures[2]",
        'The measure "Kameror" is followed by the indicator "Indikatorn i3".',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[0]",
        'The indicator "Indikatorn i1" has a value for 2025 in the statistics, not older than two years.',
    ),
    (
        "KBFA-B17",
        EU,
        STEP,
        "indicators[1]",
        'The latest value of the indicator "Indikatorn i2" is for 2023 (the baseline); it is older than two years (it counted until 2025-12-30).',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[2]",
        'The indicator "Indikatorn i3" has a value for 2025 (the baseline), not older than two years.',
    ),
    (
        "KBFA-B17",
        EB,
        UNREC,
        "indicators[3].data",
        'The statistics of the indicator "Indikatorn i4" could not be read: <folder>/finnsinte.csv: file not found (the path is relative to the config\'s folder)',
    ),
    (
        "KBFA-B17",
        UP,
        None,
        "indicators[4]",
        'The indicator "Indikatorn i5" has a value for 2024 in the statistics, not older than two years.',
    ),
    (
        "KBFA-B17",
        EB,
        UNREC,
        "indicators[5]",
        'No values of the indicator "Indikatorn i6" are recorded (neither data nor a baseline).',
    ),
    (
        "KBFA-B18",
        UP,
        None,
        "indicators[0].data",
        'The problem "Inbrott" is compared with the county through the indicator "Indikatorn i1" (2024).',
    ),
    (
        "KBFA-B18",
        EB,
        UNREC,
        "problems[1]",
        'The problem "Klotter" is followed by "Indikatorn i2", but no statistics are recorded for them; whether the lägesbild compares with the county or the country it shows itself.',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[2]",
        'The problem "Otrygghet" is followed by no indicator, so it is not compared with the county or the country (see KBFA-B09).',
    ),
    (
        "KBFA-B18",
        EB,
        UNREC,
        "problems[3]",
        'Whether the problem "Rån" is compared with the county or the country cannot be assessed: the statistics of "Indikatorn i4" could not be read (<folder>/finnsinte.csv: file not found (the path is relative to the config\'s folder)).',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[4]",
        'The problem "Buller" is followed by "Indikatorn i5", but none compares the municipality with the county or the country (a count cannot be compared between areas of different size; give a denominator).',
    ),
    (
        "KBFA-B18",
        EU,
        STEP,
        "problems[5]",
        'The problem "Skadegörelse" is followed by no indicator, so it is not compared with the county or the country (see KBFA-B09).',
    ),
]

INDICATORS_EMPTY_SV = [
    ("KBFA-B16", ET, None, "measures", "Det finns inga åtgärder att granska."),
    ("KBFA-B17", ET, None, "indicators", "Det finns inga indikatorer att granska."),
    ("KBFA-B18", ET, None, "problems", "Inga prioriterade problem är registrerade."),
]


def bra_indicator_model(folder: Path) -> LoadedConfig:
    """Fictitious statistics in Brå's table format: a rate for 2024 and 2025 with the county's
    2024 value, a count (never compared between areas), a file that is not there."""
    from builder import Builder, in_folder  # type: ignore[import-not-found]

    (folder / "brott.csv").write_text(
        "Region;År;Serie;Värde\n1234;2024;Brott;10,5\n0012;2024;Brott;9,0\n1234;2025;Brott;11,0\n",
        encoding="utf-8",
    )
    (folder / "antal.csv").write_text(
        "Region;År;Serie;Värde\n1234;2024;Brott;10\n0012;2024;Brott;90\n", encoding="utf-8"
    )
    g = (
        Builder()
        .document("2024-01-15")
        .kommunkod("1234")
        .problem("p1", "Inbrott")
        .problem("p2", "Klotter")
        .problem("p3", "Otrygghet")
        .problem("p4", "Rån")
        .problem("p5", "Buller")
        .problem("p6", "Skadegörelse")
        .problem("p7", "Ej prioriterat", prioritised=False)
        .cause("c1", ["p2"], "Mörka gångvägar")
        .measure("belysning", causes=(Id("c1"),))
        .measure("vakter")
        .measure("kameror")
        .table("brott", "brott.csv", "2026-01-10")
        .table("antal", "antal.csv", "2026-01-10", unit=Unit.COUNT)
        .table("tom", "finnsinte.csv", "2026-01-10")
        .indicator("i1", problems=["p1"], data="brott", series="Brott")
        .indicator("i2", problems=["p2"], baseline=(2023, 5.0))
        .indicator("i3", measures=["kameror"], baseline=(2025, 3.0))
        .indicator("i4", problems=["p4"], data="tom", series="Brott")
        .indicator("i5", problems=["p5"], data="antal", series="Brott")
        .indicator("i6")
        .build()
    )
    return in_folder(g, folder)  # type: ignore[no-any-return]


def indicator_said(config: LoadedConfig | Governance, lang: str) -> list[tuple[object, ...]]:
    result = evaluate(config, AS_OF, lang=lang)  # type: ignore[arg-type]
    return [
        (f.code, f.verdict, f.situation, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code in ("KBFA-B16", "KBFA-B17", "KBFA-B18")
    ]


class TestBrasIndicatorAdviceWordForWord:
    """B16 (a measure followed by an indicator, its own or its problem's), B17 (no value
    older than two years: a 2023 value counts until 2025-12-30) and B18 (a prioritised
    problem compared with the county or the country; a count never is), on 2026-11-23."""

    def test_every_shape(self, tmp_path: Path) -> None:
        """Each check's findings in Swedish and English, as Brå's pages have them."""
        config = bra_indicator_model(tmp_path)

        def at(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
            return [(*r[:4], str(r[4]).replace("<folder>", str(tmp_path))) for r in rows]

        assert indicator_said(config, "sv") == at(INDICATORS_SV)
        assert indicator_said(config, "en") == at(INDICATORS_EN)

    def test_an_unreadable_file_names_its_first_problem_and_counts_the_rest(
        self, tmp_path: Path
    ) -> None:
        """Three values that are no numbers (fictitious file): B17 quotes the first with its
        line and column and says there are 2 more, as kbfa data show would list them."""
        from builder import Builder, in_folder  # type: ignore[import-not-found]

        (tmp_path / "trasig.csv").write_text(
            "Region;År;Serie;Värde\n1234;2024;Brott;tolv\n1234;2025;Brott;elva\n"
            "1234;2025;Stöld;tio\n",
            encoding="utf-8",
        )
        g = (
            Builder()
            .document("2024-01-15")
            .kommunkod("1234")
            .problem("p1", "Inbrott")
            .table("trasig", "trasig.csv", "2026-01-10")
            .indicator("i1", problems=["p1"], data="trasig", series="Brott")
            .build()
        )
        said = indicator_said(in_folder(g, tmp_path), "sv")
        (b17,) = [row for row in said if row[0] == "KBFA-B17"]
        assert b17[4] == (
            f'Statistiken för indikatorn "Indikatorn i1" kunde inte läsas: {tmp_path}/trasig.csv:2: '
            'kolumn "Värde": förväntade ett tal (t.ex. 12,5), ".." eller tom cell, fick "tolv" '
            "(och 2 problem till; kbfa data show visar alla)"
        )

    def test_nothing_to_follow(self) -> None:
        """No measures, no indicators, no prioritised problems: nothing to review."""
        from builder import Builder, in_folder  # type: ignore[import-not-found]

        g = in_folder(Builder().document("2024-01-15").build(), Path("provkommun"))
        assert indicator_said(g, "sv") == INDICATORS_EMPTY_SV


# -- KBFA-KA, kbfa's rule about the steering documents, word for word ------------------

RIKTLINJE_OK = (
    Verdict.UPPFYLLT,
    None,
    "steering_document",
    'Styrdokumentet "Riktlinje för brottsförebyggande arbete" beslutades 2024-01-15 och gäller '
    "tills vidare; ingen tidpunkt för aktualitetsprövning anges (god förvaltningssed: ange en).",
)


def ka_said(b: Any, lang: str = "sv") -> list[tuple[object, ...]]:
    from builder import in_folder  # type: ignore[import-not-found]

    result = evaluate(in_folder(b.build(), Path("provkommun")), AS_OF, lang=lang)
    return [
        (f.verdict, f.situation, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code == "KBFA-KA"
    ]


class TestSteeringDocumentsWordForWord:
    """On 2026-11-23: decided, in force, reviewed when the document itself says so."""

    @staticmethod
    def b(**kw: Any) -> Any:
        from builder import Builder  # type: ignore[import-not-found]

        return Builder().document("2024-01-15", **kw)

    def test_no_document(self) -> None:
        from builder import Builder  # type: ignore[import-not-found]

        assert ka_said(Builder()) == [
            (Verdict.EJ_TILLAMPLIG, None, "", "Inget styrdokument är registrerat.")
        ]

    def test_decided_until_further_notice(self) -> None:
        """No validity: "tills vidare"; no review date: good administration asks for one."""
        assert ka_said(self.b()) == [RIKTLINJE_OK]
        assert ka_said(self.b(), "en") == [
            (
                Verdict.UPPFYLLT,
                None,
                "steering_document",
                'The steering document "Riktlinje för brottsförebyggande arbete" was decided on '
                "2024-01-15 and applies until further notice; no review date is stated (good "
                "administration: state one).",
            )
        ]

    def test_a_review_two_years_after_the_decision_is_overdue(self) -> None:
        """Review every second year from 2024-01-15: due 2026-01-15, overdue on 2026-11-23."""
        assert ka_said(self.b(review_after_years=Count(2))) == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "steering_document.review_after_years",
                'Styrdokumentet "Riktlinje för brottsförebyggande arbete" gäller, men enligt '
                "dokumentet självt skulle det ha aktualitetsprövats senast 2026-01-15.",
            )
        ]

    def test_a_recorded_review_restarts_the_clock(self) -> None:
        """Reviewed 2025-06-01: the next review is due 2027-06-01."""
        b = self.b(review_after_years=Count(2))
        b.evidence("2025-06-01", EvidenceKind.REVIEWED, "steering_document")
        assert ka_said(b) == [
            (
                Verdict.UPPFYLLT,
                None,
                "steering_document",
                'Styrdokumentet "Riktlinje för brottsförebyggande arbete" beslutades 2024-01-15 '
                "och gäller tills vidare; det ska aktualitetsprövas senast 2027-06-01.",
            )
        ]

    def test_a_review_on_or_after_the_stated_date_satisfies_it(self) -> None:
        """Review by 2026-06-01, reviewed 2026-06-10: no review date is left."""
        b = self.b(review_date=dt.date(2026, 6, 1))
        b.evidence("2026-06-10", EvidenceKind.REVIEWED, "steering_document")
        assert ka_said(b) == [RIKTLINJE_OK]

    def test_a_stated_validity_and_review_date(self) -> None:
        b = self.b(
            review_date=dt.date(2027, 6, 1),
            validity=Period(dt.date(2024, 1, 15), dt.date(2027, 12, 31)),
        )
        assert ka_said(b, "en") == [
            (
                Verdict.UPPFYLLT,
                None,
                "steering_document",
                'The steering document "Riktlinje för brottsförebyggande arbete" was decided on '
                "2024-01-15 and applies 2024-01-15 – 2027-12-31; it is due for review by "
                "2027-06-01.",
            )
        ]

    def test_a_revision_after_the_date(self) -> None:
        """Revised 2027-01-10 (§ 9): the config's wording is the later one; said, informational."""
        assert ka_said(self.b(revisions=["2027-01-10"])) == [
            RIKTLINJE_OK,
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "steering_document.revisions[0]",
                'Bedömningen bygger på "Riktlinje för brottsförebyggande arbete" i lydelsen efter '
                "revideringen 2027-01-10 (§ 9). Per 2026-11-23 gällde den tidigare lydelsen, som "
                "kan skilja sig.",
            ),
        ]
        (_, later) = findings(self.b(revisions=["2027-01-10"]).build(), "KBFA-KA")
        assert later.severity is Severity.INFO

    def test_a_further_document_never_decided(self) -> None:
        """A further document with no decision: its own fix and action name it."""
        b = self.b().other_document("regler", None, title="Regler för rådet")
        assert ka_said(b) == [
            (
                Verdict.EJ_UPPFYLLT,
                Situation.MISSING_STEP,
                "documents[0]",
                'Inget beslut om "Regler för rådet" är registrerat; ett dokument som inte är '
                "beslutat är inte beslutad styrning, så dess krav gäller inte.",
            ),
            RIKTLINJE_OK,
        ]
        (f, _) = findings(b.build(), "KBFA-KA", lang="en")
        assert (f.fix, f.action) == (
            'Decide "Regler för rådet" and record its decision and validity under [[documents]], '
            'or record the review under [[evidence]] (kind = "reviewed", subject = "regler").',
            'The executive board sees to it that "Regler för rådet" is decided, with a period of '
            "validity, by the body that is to adopt it, or that it is reviewed; the decision is "
            "registered.",
        )

    def test_a_further_document_expired_or_not_yet_decided(self) -> None:
        expired = self.b().other_document(
            "regler",
            "2022-01-01",
            title="Regler för rådet",
            validity=Period(dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
        )
        assert ka_said(expired)[0] == (
            Verdict.EJ_UPPFYLLT,
            Situation.MISSING_STEP,
            "documents[0].validity.end",
            '"Regler för rådet" gällde 2022-01-01 – 2025-12-31 och har löpt ut per 2026-11-23; '
            "dess krav gäller inte.",
        )
        later = self.b().other_document("regler", "2027-01-01", title="Regler för rådet")
        assert ka_said(later)[0] == (
            Verdict.EJ_TILLAMPLIG,
            None,
            "documents[0].decision",
            'Inget gällande styrdokument per 2026-11-23: "Regler för rådet" beslutades 2027-01-01 '
            "och gäller från 2027-01-01.",
        )

    def test_a_further_documents_later_version_and_review(self) -> None:
        """Version 2 decided 2027-02-01 (§ 12) is later than the date; a yearly review counts
        from the latest adoption recorded for the document (2026-03-01)."""
        from kbfa.model import DocumentVersion

        b = self.b().other_document(
            "regler",
            "2022-01-01",
            title="Regler för rådet",
            review_after_years=Count(1),
            versions=[
                DocumentVersion(
                    Text("2"), decision=Decision(None, dt.date(2027, 2, 1), Text("§ 12"))
                )
            ],
        )
        b.evidence("2026-03-01", EvidenceKind.ADOPTED, "regler")
        assert ka_said(b)[:2] == [
            (
                Verdict.UPPFYLLT,
                None,
                "documents[0]",
                'Styrdokumentet "Regler för rådet" beslutades 2022-01-01 och gäller tills vidare; '
                "det ska aktualitetsprövas senast 2027-03-01.",
            ),
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "documents[0].versions[0]",
                'Bedömningen bygger på "Regler för rådet" i lydelsen efter revideringen 2027-02-01 '
                "(version 2, § 12). Per 2026-11-23 gällde den tidigare lydelsen, som kan skilja "
                "sig.",
            ),
        ]

    def test_a_further_documents_later_version_carries_its_own_advice(self) -> None:
        """The note that a further document was revised after the date advises on that note:
        compare with the wording of the date (it gave "decide the document" before 0.2,
        first about the main steering document, then about a document already decided)."""
        from kbfa.model import DocumentVersion

        b = self.b().other_document(
            "regler",
            "2022-01-01",
            title="Regler för rådet",
            versions=[DocumentVersion(Text("2"), decision=Decision(None, dt.date(2027, 2, 1)))],
        )
        (note,) = [f for f in findings(b.build(), "KBFA-KA") if f.verdict.is_open]
        assert (note.location.path if note.location else None, note.fix, note.action) == (
            "documents[0].versions[0]",
            "Jämför med lydelsen som gällde 2026-11-23. Skiljer den sig i något som bedöms här, "
            "gör bedömningen för den tiden med en kopia av konfigurationen som återger den "
            "lydelsen.",
            "Kommunstyrelsen tar del av att bedömningen per 2026-11-23 bygger på en senare "
            'lydelse av "Regler för rådet".',
        )
        (note,) = [f for f in findings(b.build(), "KBFA-KA", lang="en") if f.verdict.is_open]
        assert (note.fix, note.action) == (
            "Compare with the wording that applied on 2026-11-23. If it differs in anything "
            "assessed here, assess that time with a copy of the config that transcribes it.",
            "The executive board notes that the assessment on 2026-11-23 rests on a later "
            'wording of "Regler för rådet".',
        )

    def test_the_main_documents_later_version_has_the_same_advice(self) -> None:
        """The main steering document's note gave the rule's general advice, to decide the
        steering document, although it is decided (the helper's disagreement, 2026-11-30)."""
        (_, later) = findings(self.b(revisions=["2027-01-10"]).build(), "KBFA-KA")
        assert later.fix == (
            "Jämför med lydelsen som gällde 2026-11-23. Skiljer den sig i något som bedöms här, "
            "gör bedömningen för den tiden med en kopia av konfigurationen som återger den "
            "lydelsen."
        )
        assert later.action == (
            "Kommunstyrelsen tar del av att bedömningen per 2026-11-23 bygger på en senare "
            'lydelse av "Riktlinje för brottsförebyggande arbete".'
        )

    def test_the_first_of_two_later_versions_is_named(self) -> None:
        """Two versions decided after the date (2027-06-01 without a paragraph, listed first,
        and 2027-02-01, § 12): the assessment names the earlier one, with its paragraph.
        No review interval, so no review clock is involved."""
        from kbfa.model import DocumentVersion

        b = self.b().other_document(
            "regler",
            "2022-01-01",
            title="Regler för rådet",
            versions=[
                DocumentVersion(Text("3"), decision=Decision(None, dt.date(2027, 6, 1), None)),
                DocumentVersion(
                    Text("2"), decision=Decision(None, dt.date(2027, 2, 1), Text("§ 12"))
                ),
            ],
        )
        assert ka_said(b)[1:2] == [
            (
                Verdict.EJ_BEDOMBART,
                Situation.OTHER_DOCUMENT,
                "documents[0].versions[1]",
                'Bedömningen bygger på "Regler för rådet" i lydelsen efter revideringen 2027-02-01 '
                "(version 2, § 12). Per 2026-11-23 gällde den tidigare lydelsen, som kan skilja "
                "sig.",
            ),
        ]

    def test_a_decision_after_the_date_does_not_restart_the_review_clock(self) -> None:
        """Decided 2022-01-01, reviewed yearly, version 2 decided only on 2027-02-01: on
        2026-11-23 the review was due 2023-01-01 and is overdue; a decision not yet taken on
        the date asked about cannot have reviewed the document (judge the governance that
        applied on the date)."""
        from kbfa.model import DocumentVersion

        b = self.b().other_document(
            "regler",
            "2022-01-01",
            title="Regler för rådet",
            review_after_years=Count(1),
            versions=[DocumentVersion(Text("2"), decision=Decision(None, dt.date(2027, 2, 1)))],
        )
        assert ka_said(b)[0] == (
            Verdict.EJ_UPPFYLLT,
            Situation.MISSING_STEP,
            "documents[0].review_after_years",
            'Styrdokumentet "Regler för rådet" gäller, men enligt dokumentet självt skulle det ha '
            "aktualitetsprövats senast 2023-01-01.",
        )

    def test_a_decision_without_a_date_and_a_review_interval(self) -> None:
        """Decided by fullmäktige on a date not recorded, reviewed every second year: no date
        to count the review from, so none is stated; the document applies until further
        notice."""
        b = self.b(review_after_years=Count(2))
        b.steering_document = attrs.evolve(b.steering_document, decision=Decision(Id("kf"), None))
        assert ka_said(b) + ka_said(b, "en") == [
            (
                Verdict.UPPFYLLT,
                None,
                "steering_document",
                'Styrdokumentet "Riktlinje för brottsförebyggande arbete" är beslutat och gäller '
                "tills vidare; ingen tidpunkt för aktualitetsprövning anges (god förvaltningssed: "
                "ange en).",
            ),
            (
                Verdict.UPPFYLLT,
                None,
                "steering_document",
                'The steering document "Riktlinje för brottsförebyggande arbete" is decided and '
                "applies until further notice; no review date is stated (good administration: "
                "state one).",
            ),
        ]


class TestNamesInsideASentence:
    """How a role or body reads inside a Swedish sentence (Context.in_text): a role title in
    its definite form ("säkerhetschefen", "den brottsförebyggande samordnaren"); a genitive, a
    collective or a plural title only lower-cased; common-noun bodies lower-cased, proper
    names (LindeBRÅ, Trygghetsrådet) as written. In English every name stays as written."""

    IDS = ("sak", "bfs", "ks", "lpo", "ord", "rektorer", "chef", "it", "ksb", "lb", "lg", "tr")

    @staticmethod
    def governance() -> Governance:
        from builder import Builder  # type: ignore[import-not-found]

        return (
            Builder()
            .police()
            .role("sak", title="Säkerhetschef")
            .role("bfs", title="Brottsförebyggande samordnare")
            .role("ks", title="Kommunens brottsförebyggande samordnare")
            .role("lpo", org="polisen", title="Chef för lokalpolisområde Lindesberg")
            .role("ord", title="Samtliga nämndordföranden", collective=True)
            .role("rektorer", title="Rektorerna")
            .role("chef", title="Socialchef", unit=Text("socialförvaltningen"))
            .role("it", title="IT-chef, förvaltning")
            .body("ksb", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .body("lb", BodyKind.MANAGEMENT_GROUP, "LindeBRÅ")
            .body("lg", BodyKind.WORKING_GROUP, "Kommunens ledningsgrupp")
            .body("tr", BodyKind.STRATEGIC_COUNCIL, "Trygghetsrådet")
            .build()
        )

    def test_in_swedish(self) -> None:
        ctx = Context(self.governance(), AS_OF, "sv")
        assert [ctx.in_text(i) for i in self.IDS] == [
            "säkerhetschefen",
            "den brottsförebyggande samordnaren",
            "kommunens brottsförebyggande samordnare",
            "chefen för lokalpolisområde Lindesberg (Polismyndigheten)",
            "samtliga nämndordföranden",
            "rektorerna",
            "socialchefen, socialförvaltningen",
            "IT-chef, förvaltning",
            "kommunstyrelsen",
            "LindeBRÅ",
            "kommunens ledningsgrupp",
            "Trygghetsrådet",
        ]
        assert ctx.in_texts(["sak", "bfs", "ksb"]) == (
            "säkerhetschefen, den brottsförebyggande samordnaren och kommunstyrelsen"
        )
        assert (ctx.in_texts(["sak"]), ctx.in_texts([])) == ("säkerhetschefen", "")

    def test_in_english(self) -> None:
        ctx = Context(self.governance(), AS_OF, "en")
        assert [ctx.in_text(i) for i in self.IDS] == [
            "Säkerhetschef",
            "Brottsförebyggande samordnare",
            "Kommunens brottsförebyggande samordnare",
            "Chef för lokalpolisområde Lindesberg (Polismyndigheten)",
            "Samtliga nämndordföranden",
            "Rektorerna",
            "Socialchef, socialförvaltningen",
            "IT-chef, förvaltning",
            "Kommunstyrelsen",
            "LindeBRÅ",
            "Kommunens ledningsgrupp",
            "Trygghetsrådet",
        ]
        assert ctx.in_texts(["sak", "bfs", "ksb"]) == (
            "Säkerhetschef, Brottsförebyggande samordnare and Kommunstyrelsen"
        )


class TestNamesPeopleKnow:
    """Context.name: the name a reader knows each kind of item by, titles quoted, a role
    with its unit and, outside the municipality, its organisation; a promise by its title,
    else its parties, else just "medborgarlöftet"; an unknown id as written."""

    IDS = ("kso", "lpo", "rep", "kommun", "polisen", "lb", "avtal", "p", "belysning")
    IDS2 = ("dialog", "l1", "l2", "l3", "zzz")

    @staticmethod
    def governance() -> Governance:
        from builder import Builder  # type: ignore[import-not-found]

        return (
            Builder()
            .police()
            .role("kso", title="Ordförande", unit=Text("KS"))
            .role("lpo", org="polisen", title="Lokalpolischef")
            .org("annan", OrganisationKind.COMPANY, "Bolaget AB")
            .role("rep", org="annan", title="VD")
            .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild")
            .agreement("avtal", ["kommun", "polisen"])
            .problem("p", "Inbrott")
            .measure("belysning")
            .dialogue("dialog")
            .promise("l1", ["kommun", "polisen"], title="Tryggt centrum")
            .promise("l2", ["kommun", "polisen", "okand"])
            .promise("l3", ["okand"])
            .deliverable("a", DeliverableKind.LAGESBILD, based_on=["b"])
            .deliverable("b", DeliverableKind.LAGESBILD, based_on=["a", "c"])
            .build()
        )

    def test_names(self) -> None:
        sv = Context(self.governance(), AS_OF, "sv")
        en = Context(self.governance(), AS_OF, "en")
        same = [
            "Ordförande, KS",
            "Lokalpolischef (Polismyndigheten)",
            "VD (Bolaget AB)",
            "Provkommun",
            "Polismyndigheten",
            '"Lägesbild"',
            '"Överenskommelse avtal"',
            '"Inbrott"',
            '"Belysning"',
        ]
        assert [sv.name(i) for i in self.IDS] == same
        assert [en.name(i) for i in self.IDS] == same
        assert [sv.name(i) for i in self.IDS2] == [
            "medborgardialogen",
            'medborgarlöftet "Tryggt centrum"',
            "medborgarlöftet (Provkommun och Polismyndigheten)",
            "medborgarlöftet",
            "zzz",
        ]
        assert [en.name(i) for i in self.IDS2] == [
            "the citizen dialogue",
            'the citizen promise "Tryggt centrum"',
            "the citizen promise (Provkommun and Polismyndigheten)",
            "the citizen promise",
            "zzz",
        ]
        assert sv.names(["lb", "p"]) == '"Lägesbild", "Inbrott"'

    def test_what_a_deliverable_builds_on_through_a_cycle(self) -> None:
        """a builds on b, b on a and on c (not described): the closure ends, c included."""
        ctx = Context(self.governance(), AS_OF, "sv")
        assert sorted(ctx.basis_closure("a")) == ["a", "b", "c"]
        assert ctx.basis_closure("zzz") == set()


class TestLeadPlaceholders:
    """An action names the body that leads the work under 13 §: ``{Lead}`` at the start of a
    sentence, ``{lead}`` inside one (kbfa.rules.action_text, a library function). A message
    keeps both placeholders for the action to fill in (Context.say)."""

    def test_action_text_fills_both(self) -> None:
        from kbfa.rules import action_text

        text = "{Lead} beslutar om planen. Därefter följer {lead} upp den."
        assert action_text(text, "sv", "kommunstyrelsen") == (
            "Kommunstyrelsen beslutar om planen. Därefter följer kommunstyrelsen upp den."
        )
        assert action_text(text, "en", "the executive board") == (
            "The executive board beslutar om planen. Därefter följer the executive board upp den."
        )

    def test_say_leaves_them_for_the_action(self) -> None:
        from builder import Builder  # type: ignore[import-not-found]

        ctx = Context(Builder().build(), AS_OF, "sv")
        catalogue = {"k": {"sv": "{Lead} leder; {lead} rapporterar.", "en": "{Lead}; {lead}."}}
        assert ctx.say(catalogue, "k") == "{Lead} leder; {lead} rapporterar."


class TestUnknownFacts:
    def test_a_bad_key_in_a_model_built_in_code_does_not_hide_the_next(self) -> None:
        """The loader refuses an [[unknowns]] key that names nothing; a model built in code
        may still hold one, and the facts marked after it are still known to be unknown."""
        from builder import Builder  # type: ignore[import-not-found]

        g = (
            Builder()
            .document("2024-01-15")
            .unknown("finns.inte", "Fel nyckel.")
            .unknown("steering_document.decision", "Protokollet saknas.")
            .build()
        )
        ctx = Context(g, AS_OF, "sv")
        assert [(u.key, u.note) for _, u in ctx.unknowns] == [
            ("steering_document.decision", "Protokollet saknas.")
        ]
