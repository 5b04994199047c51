"""Tests written for the survivors of mutmut over rules/, evaluation/ and schedule/.

``nice -n 10 mutmut run --max-children 1`` (tests/README.md, "Mutation testing") left
these behaviours untested; each class names the module whose mutants it kills. As in
the rest of tests/, the expected values are literals from the law (lag 2023:196), the
seed documents or kbfa's published words (the English and Swedish texts a reader is
shown), never computed by the code under test. Models are built in code
(tests/builder.py); "Provkommun" is fictitious.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from builder import Builder, cad, in_folder, one, period  # type: ignore[import-not-found]
from kbfa.config import dump_text, load
from kbfa.evaluation import (
    Finding,
    Level,
    Severity,
    Situation,
    Verdict,
    duty_verdicts,
    evaluate,
    severity_of,
    strength_word,
    summarise,
)
from kbfa.evaluation._finding import plain_text
from kbfa.model import (
    BodyKind,
    Decision,
    DeliverableKind,
    EvidenceKind,
    Id,
    Per,
    RequirementKind,
    Strength,
    Text,
)
from kbfa.rules import Context, DocumentState, Rule, document_time, find_rule
from kbfa.rules._document import in_period
from kbfa.rules._time import count_in_window
from kbfa.rules._verdicts import verdict_word
from kbfa.rules.law.p02_sammanfattning import RULES as SUMMARY

LB = DeliverableKind.LAGESBILD


def part(
    verdict: Verdict,
    strength: Strength | None = Strength.MUST,
    *,
    code: str = "KBFA-X",
    severity: Severity = Severity.WARNING,
    interpretation: bool = False,
    informational: bool = False,
) -> Finding:
    """One finding as a duty's part: only what :func:`summarise` reads is varied."""
    return Finding(
        code=code,
        verdict=verdict,
        severity=severity,
        level=Level.DESIGN,
        reference="4 § lag (2023:196)",
        url=None,
        location=None,
        message="Meddelande.",
        fix=None,
        strength=strength,
        interpretation=interpretation,
        informational=informational,
    )


# -- evaluation/_finding.py -------------------------------------------------------------
class TestPlainText:
    @pytest.mark.parametrize(
        ("text", "plain"),
        [
            ("Lägesbilden saknas (se KBFA-L4A).", "Lägesbilden saknas."),
            ("Planen saknas (se KBFA-L4A och KBFA-L5A).", "Planen saknas."),
            ("No plan (see KBFA-L5A, KBFA-L6D).", "No plan."),
            ("Styrdokumentet har gått ut; se KBFA-KA.", "Styrdokumentet har gått ut."),
            ("Ett mål per åtgärd (KBFA-B09).", "Ett mål per åtgärd."),
            ("Inga hänvisningar här.", "Inga hänvisningar här."),
        ],
    )
    def test_cross_references_are_removed_for_the_reader(self, text: str, plain: str) -> None:
        """Kommunstyrelsen's report shows no rule codes (språklagen: plain Swedish)."""
        assert plain_text(text) == plain


# -- evaluation/_engine.py --------------------------------------------------------------
class TestSeverityOf:
    """A missed binding "ska" where a step is missing is a breach; the rest is milder."""

    @pytest.mark.parametrize(
        ("verdict", "situation", "informational", "severity"),
        [
            (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, False, Severity.BREACH),
            (Verdict.DELVIS, Situation.CONTRARY, False, Severity.BREACH),
            (Verdict.EJ_UPPFYLLT, Situation.LAW_FILLS, False, Severity.INFO),
            (Verdict.EJ_UPPFYLLT, Situation.UNRECORDED, False, Severity.WARNING),
            (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, False, Severity.WARNING),
            (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, True, Severity.INFO),
            (Verdict.UPPFYLLT, None, False, Severity.INFO),
        ],
    )
    def test_of_a_binding_law_rule(
        self, verdict: Verdict, situation: Situation, informational: bool, severity: Severity
    ) -> None:
        """KBFA-L4A: 4 § "ska" (the lägesbild exists)."""
        rule = find_rule("KBFA-L4A")
        assert rule is not None
        assert severity_of(rule, verdict, situation, informational) is severity
        if not informational:
            assert severity_of(rule, verdict, situation) is severity


class TestNoDocumentApplies:
    """An expired steering document: nothing is credited to it (issue 12), in both languages."""

    @staticmethod
    def expired() -> Builder:
        return (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .deliverable("lb", LB, cadence=[cad(1)])
            .role("samordnare")
            .coordination(held_by=["samordnare"])
            .document("2020-02-01", validity=period("2020-01-01", "2023-12-31"))
        )

    def test_what_is_not_credited_says_what_to_do_in_swedish(self) -> None:
        f = one(self.expired().build(), "KBFA-L11A", "2026-11-29")
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.NO_DOCUMENT)
        assert f.fix == (
            "Besluta ett gällande styrdokument och för in det, med beslut och giltighetstid, "
            "i konfigurationen."
        )
        assert f.action == (
            "Fullmäktige eller kommunstyrelsen beslutar ett nytt styrdokument för det "
            "brottsförebyggande arbetet, med giltighetstid."
        )
        assert f.said == (
            "Samordningsfunktion finns: kan inte tillgodoräknas, eftersom styrdokumentet inte gäller."
        )
        assert f.informational is False

    def test_and_in_english(self) -> None:
        result = evaluate(self.expired().build(), dt.date(2026, 11, 29), lang="en")
        (f,) = [f for f in result.findings if f.code == "KBFA-L11A"]
        assert "What the document states can therefore not be credited: " in f.message
        assert f.fix == (
            "Decide a steering document that applies and enter it, with its decision and "
            "validity, in the config."
        )
        assert f.action == (
            "The assembly or the executive board decides a new steering document for the "
            "crime-prevention work, with a period of validity."
        )

    def test_before_the_decision_it_says_what_to_do(self) -> None:
        """Decided 2024-05-16: on 2024-01-01 the coordination function it describes did not exist."""
        g = (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .role("samordnare")
            .coordination(held_by=["samordnare"])
            .document("2024-05-16")
            .build()
        )
        f = one(g, "KBFA-L11A", "2024-01-01")
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.NO_DOCUMENT)
        assert f.fix == (
            "Besluta ett gällande styrdokument och för in det, med beslut och giltighetstid, "
            "i konfigurationen."
        )
        assert f.action == (
            "Fullmäktige eller kommunstyrelsen beslutar ett nytt styrdokument för det "
            "brottsförebyggande arbetet, med giltighetstid."
        )

    def test_a_gap_keeps_its_own_fix_and_gets_a_note_in_english(self) -> None:
        """No coordination function at all: still a 11 § gap, with a note on the document."""
        g = (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD)
            .document("2020-02-01", validity=period(end="2023-12-31"))
            .build()
        )
        result = evaluate(g, dt.date(2026, 11, 29), lang="en")
        (f,) = [f for f in result.findings if f.code == "KBFA-L11A"]
        assert f.message.endswith("(No steering document applies on 2026-11-29; see KBFA-KA.)")
        assert f.informational is False
        # The rule's own advice and words, not the note on the document (13 § leads: Ks).
        assert f.action == (
            "Ks sets up a coordination function for crime prevention, and the steering "
            "document states who holds it."
        )
        assert f.said == "The steering document describes no coordination function for the work."


class TestEvaluateAsALibrary:
    """What a developer importing kbfa gets back from ``evaluate`` (docs/api.md)."""

    def test_the_result_carries_the_municipality(self, tmp_path: Path) -> None:
        b = Builder("Provkommun (påhittad)")
        b.municipality = attrs.evolve(
            b.municipality, kommunkod=Text("9999"), lan=Text("Provlän (påhittat)")
        )
        result = evaluate(b.build(), dt.date(2026, 11, 29))
        assert (result.municipality, result.file, result.as_of) == (
            "Provkommun (påhittad)",
            "",
            dt.date(2026, 11, 29),
        )
        assert (result.kommunkod, result.lan, result.format_version) == (
            "9999",
            "Provlän (påhittat)",
            1,
        )
        path = tmp_path / "prov.toml"
        path.write_text(dump_text(b.build()), encoding="utf-8")
        assert evaluate(load(path), dt.date(2026, 11, 29)).file == str(path)

    def test_without_a_date_it_is_today(self) -> None:
        assert evaluate(Builder().build()).as_of == dt.date.today()

    def test_a_bare_string_selects_one_code(self) -> None:
        """select="KBFA-L4A" is that code, not the prefixes "K", "B", "F", "A", ..."""
        g = Builder().build()
        picked = evaluate(g, dt.date(2026, 11, 29), select="KBFA-L4A").findings
        assert {f.code for f in picked} == {"KBFA-L4A"}
        dropped = evaluate(g, dt.date(2026, 11, 29), ignore="KBFA-L4A").findings
        assert "KBFA-L4A" not in {f.code for f in dropped}
        assert "KBFA-L5A" in {f.code for f in dropped}

    def test_explanations_are_joined_with_their_decisions(self) -> None:
        """Two explanations of one rule are shown together, each with its decision."""
        g = (
            Builder()
            .explanation("KBFA-L11A", "Funktionen delas med grannkommunen.", "KS 2025-02-03 § 7")
            .explanation("KBFA-L11A", "Avtal finns.")
            .build()
        )
        f = one(g, "KBFA-L11A", "2026-11-29")
        assert f.explanation == (
            "Funktionen delas med grannkommunen. (KS 2025-02-03 § 7) Avtal finns."
        )
        result = evaluate(g, dt.date(2026, 11, 29), lang="en")
        (en,) = [x for x in result.findings if x.code == "KBFA-L11A"]
        assert (
            en.explanation == "Funktionen delas med grannkommunen. (KS 2025-02-03 § 7) Avtal finns."
        )

    def test_a_waiver_after_one_of_the_law_still_applies(self) -> None:
        """The void waiver of 11 § does not stop the next one, of Brå's KBFA-B10, from applying."""
        g = Builder().waiver("KBFA-L11A", "2030-12-31").waiver("KBFA-B10", "2030-12-31").build()
        assert one(g, "KBFA-B10", "2026-11-29").verdict is Verdict.UNDANTAG

    def test_a_second_waiver_of_a_rule_does_not_stop_the_next_rules(self) -> None:
        g = (
            Builder()
            .waiver("KBFA-B12", "2030-12-31", "KS § 1")
            .waiver("KBFA-B12", "2030-12-31", "KS § 2")
            .waiver("KBFA-B10", "2030-12-31")
            .build()
        )
        assert one(g, "KBFA-B10", "2026-11-29").verdict is Verdict.UNDANTAG

    def test_a_waiver_of_the_law_is_never_applied(self) -> None:
        """No municipal decision sets a statute aside: the 11 § gap stays a breach."""
        g = Builder().waiver("KBFA-L11A", "2030-12-31").build()
        f = one(g, "KBFA-L11A", "2026-11-29")
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.BREACH)


class TestFindingWordsForTheReader:
    """Each finding says how binding it is and what kommunstyrelsen does, in the reader's
    language; "{Lead}" is the body that leads the work (13 §: kommunstyrelsen, here named
    "Provstyrelsen" so that it is told apart from the default words)."""

    @pytest.mark.parametrize(
        ("code", "sv", "en"),
        [
            (
                "KBFA-L4A",
                (
                    "ska (brist om det saknas)",
                    "Provstyrelsen ger förvaltningen i uppdrag att ta fram en lägesbild över "
                    "brottsligheten i kommunen, och styrdokumentet anger vem som tar fram den "
                    "och hur ofta.",
                ),
                (
                    "must (a breach when missed)",
                    "Provstyrelsen instructs the administration to produce a situation report "
                    "on crime in the municipality, and the steering document states who "
                    "produces it and how often.",
                ),
            ),
            (
                "KBFA-L9C",  # the rule's own outcome carries the action
                (
                    "kbfa:s tolkning (varning)",
                    "Provstyrelsen verkar för skriftliga överenskommelser om samverkan och ser "
                    "till att de som ingås diarieförs med sin giltighetstid.",
                ),
                (
                    "kbfa's reading (warning)",
                    "Provstyrelsen works towards written cooperation agreements and sees to it "
                    "that those concluded are registered with their period.",
                ),
            ),
            (
                "KBFA-L2A",
                (
                    "information (aldrig en brist)",
                    "Provstyrelsen ser till att bristerna under de paragrafer som anges åtgärdas.",
                ),
                (
                    "information (never a breach)",
                    "Provstyrelsen sees to it that the gaps under the sections named are remedied.",
                ),
            ),
        ],
    )
    def test_strength_and_action(self, code: str, sv: tuple[str, str], en: tuple[str, str]) -> None:
        g = Builder().body("ks", BodyKind.EXECUTIVE_BOARD, "Provstyrelsen").build()
        for lang, words in (("sv", sv), ("en", en)):
            result = evaluate(g, dt.date(2026, 11, 29), lang=lang)  # type: ignore[arg-type]
            (f,) = [f for f in result.findings if f.code == code]
            assert (f.strength_words, f.action) == words


class TestWhatEachFindingCarries:
    def test_before_the_law_applies(self) -> None:
        """Lag (2023:196) applies from 2023-07-01: on 2023-06-30 it is not assessed."""
        g = Builder().build()
        assert messages(g, "KBFA-L4A", "2023-06-30") == [
            (Verdict.EJ_TILLAMPLIG, "Regeln gäller från 2023-07-01; den bedöms inte före dess.")
        ]
        assert messages(g, "KBFA-L4A", "2023-06-30", "en") == [
            (
                Verdict.EJ_TILLAMPLIG,
                "The rule applies from 2023-07-01; it is not assessed before then.",
            )
        ]

    def test_the_municipalitys_own_rules_while_no_document_applies(self) -> None:
        g = (
            Builder()
            .deliverable("lb", LB, cadence=[cad(1)])
            .requirement("arlig", RequirementKind.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
            .document("2020-02-01", validity=period(end="2023-12-31"))
            .build()
        )
        assert messages(g, "KBFA-K-arlig", "2024-01-01") == [
            (
                Verdict.EJ_TILLAMPLIG,
                f"Inget gällande styrdokument per 2024-01-01: {RIKTLINJE} gällde till och med "
                "2023-12-31 och har löpt ut. Kommunens egna regler i det tillämpas därför inte.",
            )
        ]
        assert messages(g, "KBFA-K-arlig", "2024-01-01", "en") == [
            (
                Verdict.EJ_TILLAMPLIG,
                f"No steering document applied on 2024-01-01: {RIKTLINJE} was valid until "
                "2023-12-31 and has expired. The municipality's own rules in it therefore do "
                "not apply.",
            )
        ]

    def test_a_met_finding_asks_for_nothing(self) -> None:
        """Kommunstyrelsen leads by the law itself (13 §): met, no action, no note."""
        g = Builder().body("ks", BodyKind.EXECUTIVE_BOARD).build()
        f = one(g, "KBFA-L13A", "2026-11-29")
        assert (f.verdict, f.action, f.fix, f.said) == (Verdict.UPPFYLLT, None, None, None)
        assert f.plain_message == f.message != ""

    def test_what_the_law_supplies_is_not_called_uncredited(self) -> None:
        """After the document expired, 13 § still makes kommunstyrelsen lead: no note."""
        g = (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD)
            .document("2020-02-01", validity=period(end="2023-12-31"))
            .build()
        )
        f = one(g, "KBFA-L13A", "2026-11-29")
        assert (f.verdict, f.situation, f.said) == (Verdict.UPPFYLLT, Situation.LAW_FILLS, None)

    def test_the_summary_is_information_by_its_rule(self) -> None:
        """2 § sums up (information); 4 § is a binding "ska"."""
        g = Builder().build()
        summary = one(g, "KBFA-L2A", "2026-11-29")
        duty = one(g, "KBFA-L4A", "2026-11-29")
        assert (summary.informational, summary.binding) == (True, False)
        assert (duty.informational, duty.binding) == (False, True)


class TestWaivedAndUncreditedWords:
    def test_a_waived_finding_names_the_decision_and_its_end(self) -> None:
        """Brå's KBFA-B10 and B12 waived: one until 2030-12-31, one without an end."""
        g = (
            Builder()
            .waiver("KBFA-B10", "2030-12-31", "KS 2025-02-03 § 7")
            .waiver("KBFA-B12")
            .build()
        )
        sv = {
            code: m
            for code in ("KBFA-B10", "KBFA-B12")
            for v, m in messages(g, code, "2026-11-29")
            if v is Verdict.UNDANTAG
        }
        assert sv["KBFA-B10"].endswith(
            " Undantag beslutat (KS 2025-02-03 § 7), gäller till och med 2030-12-31: Skäl."
        )
        assert sv["KBFA-B12"].endswith(" Undantag beslutat (KS § 1): Skäl.")
        en = {
            code: m
            for code in ("KBFA-B10", "KBFA-B12")
            for v, m in messages(g, code, "2026-11-29", "en")
            if v is Verdict.UNDANTAG
        }
        assert en["KBFA-B10"].endswith(
            " Waived by decision (KS 2025-02-03 § 7), in force until 2030-12-31: Skäl."
        )
        assert en["KBFA-B12"].endswith(" Waived by decision (KS § 1): Skäl.")

    def test_uncredited_in_english(self) -> None:
        g = TestNoDocumentApplies.expired().build()
        result = evaluate(g, dt.date(2026, 11, 29), lang="en")
        (f,) = [f for f in result.findings if f.code == "KBFA-L11A"]
        assert f.said == (
            "A coordination function exists: cannot be credited, since the steering document "
            "does not apply."
        )

    def test_a_waiver_of_the_law_points_at_its_rule(self, tmp_path: Path) -> None:
        """The loader refuses a waiver of the law in a file; one made in code is located too."""
        path = tmp_path / "prov.toml"
        path.write_text(dump_text(Builder().waiver("KBFA-B10").build()), encoding="utf-8")
        loaded = load(path)
        law = attrs.evolve(loaded.governance.waivers[0], rule=Text("KBFA-L11A"))
        loaded = attrs.evolve(loaded, governance=attrs.evolve(loaded.governance, waivers=(law,)))
        (f,) = [f for f in evaluate(loaded, dt.date(2026, 11, 29)).findings if f.code == "KBFA-W1"]
        assert f.verdict is Verdict.EJ_UPPFYLLT
        assert f.location is not None and f.location.path == "waivers[0].rule"


# -- evaluation/_duties.py --------------------------------------------------------------
class TestStrengthWords:
    @pytest.mark.parametrize(
        ("strength", "sv", "en"),
        [
            (Strength.MUST, "ska", "must"),
            (Strength.BEST_EFFORT, "verka för", "work towards"),
            (Strength.QUALIFIED, "lämplighet", "where suitable"),
            (Strength.GOOD_PRACTICE, "god praxis", "good practice"),
        ],
    )
    def test_each_strength_in_both_languages(self, strength: Strength, sv: str, en: str) -> None:
        """The words of 2023:196 ("ska", "verka för", "i den utsträckning det är lämpligt")."""
        assert strength_word(strength) == sv
        assert strength_word(strength, lang="sv") == sv
        assert strength_word(strength, lang="en") == en
        level = summarise([part(Verdict.UPPFYLLT, strength)])
        assert level is not None
        assert level.strength_words() == sv
        assert level.strength_words("en") == en

    def test_kbfas_reading_of_an_open_term(self) -> None:
        assert strength_word(Strength.QUALIFIED, True) == "kbfa:s tolkning"
        assert strength_word(Strength.QUALIFIED, True, "en") == "kbfa's reading"
        level = summarise([part(Verdict.DELVIS, Strength.QUALIFIED, interpretation=True)])
        assert level is not None
        assert (level.strength_words(), level.strength_words("en")) == (
            "kbfa:s tolkning",
            "kbfa's reading",
        )


class TestSummarise:
    def test_nothing_applies_rests_on_the_strongest_strength(self) -> None:
        """Only ej tillämplig parts of "lämplighet" and "verka för": verka för is stronger."""
        level = summarise(
            [
                part(Verdict.EJ_TILLAMPLIG, Strength.QUALIFIED),
                part(Verdict.EJ_TILLAMPLIG, Strength.BEST_EFFORT),
            ]
        )
        assert level is not None
        assert (level.verdict, level.strength) == (Verdict.EJ_TILLAMPLIG, Strength.BEST_EFFORT)

    def test_nothing_applies_without_a_strength_is_a_ska(self) -> None:
        level = summarise([part(Verdict.EJ_TILLAMPLIG, None)])
        assert level is not None
        assert level.strength is Strength.MUST

    def test_the_others_rest_on_the_strongest_of_them(self) -> None:
        """Brå's practice and lämplighet, no "ska": lämplighet is the stronger."""
        level = summarise(
            [
                part(Verdict.DELVIS, Strength.GOOD_PRACTICE),
                part(Verdict.UPPFYLLT, Strength.QUALIFIED),
            ]
        )
        assert level is not None
        assert (level.verdict, level.strength, level.binding) == (
            Verdict.DELVIS,
            Strength.QUALIFIED,
            False,
        )
        assert level.breach is False

    def test_strength_is_ranked_by_the_law_not_by_name(self) -> None:
        """A "ska" part that is ej tillämplig beside Brå's practice: the level is a "ska"."""
        level = summarise(
            [
                part(Verdict.EJ_TILLAMPLIG, Strength.GOOD_PRACTICE),
                part(Verdict.EJ_TILLAMPLIG, Strength.MUST),
            ]
        )
        assert level is not None
        assert level.strength is Strength.MUST

    def test_a_breach_under_kbfas_reading_is_marked(self) -> None:
        """A part that is a breach is marked as one, whatever the level rests on."""
        level = summarise(
            [
                part(
                    Verdict.EJ_UPPFYLLT,
                    Strength.MUST,
                    interpretation=True,
                    severity=Severity.BREACH,
                )
            ]
        )
        assert level is not None
        assert level.breach is True


class TestDutyVerdicts:
    def test_every_duty_of_the_law_in_order(self) -> None:
        """4 §, 5 §, 6 §, 7 §, 8 §, 9 §, 10 §, 11–12 §§, 13 §, the transitional provisions;
        14 § (camera surveillance) only where the municipality has any."""
        g = Builder().body("ks", BodyKind.EXECUTIVE_BOARD).document("2024-01-15").build()
        result = evaluate(g, dt.date(2026, 11, 29))
        verdicts = duty_verdicts(result)
        assert list(verdicts) == ["4", "5", "6", "7", "8", "9", "10", "11-12", "13", "OB"]
        assert [v.key for v in verdicts.values()] == list(verdicts)

    def test_a_duty_left_out_by_select_does_not_hide_the_next(self) -> None:
        """--select KBFA-K --select KBFA-L13: a local finding first, 13 § still summed up."""
        g = (
            Builder()
            .body("ks", BodyKind.EXECUTIVE_BOARD)
            .deliverable("lb", LB, cadence=[cad(1)])
            .requirement("arlig", RequirementKind.DELIVERABLE_CADENCE, target="lb", cadence=cad(1))
            .document("2024-01-15")
            .build()
        )
        result = evaluate(g, dt.date(2026, 11, 29), select=["KBFA-K-", "KBFA-L4", "KBFA-L13"])
        assert list(duty_verdicts(result)) == ["4", "13"]


# -- rules/_periods.py (through 9 §, KBFA-L9C) --------------------------------------------
AGREEMENT = '"Överenskommelse avtal"'


def agreement_with(p: object) -> Builder:
    return (
        Builder()
        .police()
        .agreement("avtal", ["kommun", "polisen"], purposes=("Trygghet",), period=p)
    )


class TestPeriodWords:
    """Each state of an agreement's period, as the coordinator reads it, in both languages.

    "till och med" is the last valid day; a rolling period of two years signed 2025-03-01
    runs out on the day before its second anniversary, 2027-02-28.
    """

    @pytest.mark.parametrize(
        ("builder", "as_of", "verdict", "sv", "en"),
        [
            (
                agreement_with(period("2026-01-01", "2027-12-31")),
                "2026-11-29",
                Verdict.UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gäller 2026-01-01 – 2027-12-31.",
                f"The agreement {AGREEMENT} is valid 2026-01-01 – 2027-12-31.",
            ),
            (
                agreement_with(period("2026-01-01", open_ended=True)),
                "2026-11-29",
                Verdict.UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gäller från 2026-01-01, tills vidare.",
                f"The agreement {AGREEMENT} is valid from 2026-01-01, until further notice.",
            ),
            (
                agreement_with(period("2020-01-01", "2023-12-31")),
                "2026-11-29",
                Verdict.EJ_UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gällde till och med 2023-12-31 och har löpt ut.",
                f"The agreement {AGREEMENT} was valid until 2023-12-31 and has expired.",
            ),
            (
                agreement_with(period("2027-01-01", "2028-12-31")),
                "2026-11-29",
                Verdict.EJ_TILLAMPLIG,
                f"Överenskommelsen {AGREEMENT} gäller först från 2027-01-01.",
                f"The agreement {AGREEMENT} only applies from 2027-01-01.",
            ),
            (
                agreement_with(None),
                "2026-11-29",
                Verdict.EJ_BEDOMBART,
                f"Det är inte registrerat under vilken period överenskommelsen {AGREEMENT} gäller.",
                f"It is not recorded for which period the agreement {AGREEMENT} is valid.",
            ),
            (
                agreement_with(period(years=2)),
                "2026-11-29",
                Verdict.EJ_BEDOMBART,
                f"Överenskommelsen {AGREEMENT} gäller 2 år åt gången, men inget registrerat "
                "undertecknande eller beslut visar när perioden började.",
                f"The agreement {AGREEMENT} runs 2 years at a time, but no recorded signing or "
                "decision shows when the period began.",
            ),
            (
                agreement_with(period(years=2)).evidence(
                    "2025-03-01", EvidenceKind.SIGNED, "avtal", reference="KS 2025-03-01 § 12"
                ),
                "2027-02-28",
                Verdict.UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gäller 2 år från 2025-03-01 (KS 2025-03-01 § 12), "
                "till och med 2027-02-28.",
                f"The agreement {AGREEMENT} runs 2 years from 2025-03-01 (KS 2025-03-01 § 12), "
                "until 2027-02-28.",
            ),
            (
                agreement_with(period("2025-03-01", years=2)),
                "2026-11-29",
                Verdict.UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gäller 2 år från 2025-03-01 (från 2025-03-01, "
                "löper i 2-årsperioder), till och med 2027-02-28.",
                f"The agreement {AGREEMENT} runs 2 years from 2025-03-01 (from 2025-03-01, runs "
                "in 2-year periods), until 2027-02-28.",
            ),
            (
                agreement_with(period(years=2)).evidence(
                    "2025-03-01", EvidenceKind.SIGNED, "avtal", reference="KS 2025-03-01 § 12"
                ),
                "2027-03-01",
                Verdict.EJ_UPPFYLLT,
                f"Överenskommelsen {AGREEMENT} gällde 2 år från 2025-03-01 (KS 2025-03-01 § 12), "
                "till och med 2027-02-28, och har löpt ut.",
                f"The agreement {AGREEMENT} ran 2 years from 2025-03-01 (KS 2025-03-01 § 12), "
                "until 2027-02-28, and has expired.",
            ),
        ],
    )
    def test_the_state_in_words(
        self, builder: Builder, as_of: str, verdict: Verdict, sv: str, en: str
    ) -> None:
        g = builder.build()
        for lang, words in (("sv", sv), ("en", en)):
            result = evaluate(g, dt.date.fromisoformat(as_of), lang=lang)  # type: ignore[arg-type]
            (f,) = [f for f in result.findings if f.code == "KBFA-L9C"]
            assert (f.verdict, f.message) == (verdict, words)

    def test_a_rolling_period_from_its_start_without_a_signing(self) -> None:
        """From 2025-03-01 in two-year periods, no signing recorded: out on 2027-03-01."""
        g = agreement_with(period("2025-03-01", years=2)).build()
        assert one(g, "KBFA-L9C", "2027-02-28").verdict is Verdict.UPPFYLLT
        assert one(g, "KBFA-L9C", "2027-03-01").verdict is Verdict.EJ_UPPFYLLT

    def test_an_adoption_also_starts_the_period(self) -> None:
        """A citizen promise or agreement adopted (not signed) 2025-03-01 counts from then."""
        g = (
            agreement_with(period(years=2))
            .evidence("2025-03-01", EvidenceKind.ADOPTED, "avtal")
            .build()
        )
        assert one(g, "KBFA-L9C", "2027-02-28").verdict is Verdict.UPPFYLLT


# -- rules/waivers.py (KBFA-W1, KBFA-W2) --------------------------------------------------
def messages(g: object, code: str, as_of: str, lang: str = "sv") -> list[tuple[Verdict, str]]:
    result = evaluate(g, dt.date.fromisoformat(as_of), lang=lang)  # type: ignore[arg-type]
    return [(f.verdict, f.message) for f in result.findings if f.code == code]


class TestWaiverRules:
    """A waiver covers Brå's or the municipality's own rules, never the law (issue 12)."""

    def test_none_decided(self) -> None:
        g = Builder().build()
        for code in ("KBFA-W1", "KBFA-W2"):
            assert messages(g, code, "2026-11-29") == [
                (Verdict.EJ_TILLAMPLIG, "Inga undantag eller förklaringar är beslutade.")
            ]
            assert messages(g, code, "2026-11-29", "en") == [
                (Verdict.EJ_TILLAMPLIG, "No waivers or explanations are decided.")
            ]

    def test_an_explanation_alone_is_checked_but_waives_nothing(self) -> None:
        g = Builder().explanation("KBFA-L4A", "Lägesbilden tas fram av polisen.").build()
        assert messages(g, "KBFA-W1", "2026-11-29") == [
            (Verdict.UPPFYLLT, "Förklaringen avser regeln KBFA-L4A.")
        ]
        assert messages(g, "KBFA-W1", "2026-11-29", "en") == [
            (Verdict.UPPFYLLT, "The explanation concerns the rule KBFA-L4A.")
        ]
        assert messages(g, "KBFA-W2", "2026-11-29")[0][0] is Verdict.EJ_TILLAMPLIG

    def test_each_kind_of_code(self) -> None:
        g = (
            Builder()
            .waiver("KBFA-L4A", "2027-12-31")
            .waiver("KBFA-B01", "2027-12-31")
            .waiver("KBFA-B99")
            .explanation("KBFA-X1", "Text.")
            .build()
        )
        assert messages(g, "KBFA-W1", "2026-11-29") == [
            (
                Verdict.EJ_UPPFYLLT,
                "Undantaget avser KBFA-L4A, en regel i lagen; ett kommunalt beslut kan inte "
                "sätta en lag ur spel, så undantaget gäller inte. Använd en förklaring "
                "([[explanations]]) i stället.",
            ),
            (Verdict.UPPFYLLT, "Undantaget avser regeln KBFA-B01."),
            (
                Verdict.EJ_UPPFYLLT,
                "Undantaget avser ”KBFA-B99”, som inte är en regel för den här kommunen; det "
                "gäller därför ingenting. Rätta koden (se kbfa rules).",
            ),
            (
                Verdict.EJ_UPPFYLLT,
                "Förklaringen avser ”KBFA-X1”, som inte är en regel för den här kommunen; det "
                "gäller därför ingenting. Rätta koden (se kbfa rules).",
            ),
        ]
        assert [m for _, m in messages(g, "KBFA-W1", "2026-11-29", "en")] == [
            "The waiver concerns KBFA-L4A, a rule of the law; no municipal decision can set a "
            "statute aside, so the waiver does not apply. Use an explanation instead.",
            "The waiver concerns the rule KBFA-B01.",
            "The waiver concerns “KBFA-B99”, which is not a rule for this municipality, so it "
            "applies to nothing. Correct the code (see kbfa rules).",
            "The explanation concerns “KBFA-X1”, which is not a rule for this municipality, so "
            "it applies to nothing. Correct the code (see kbfa rules).",
        ]
        situations = [
            f.situation
            for f in evaluate(g, dt.date(2026, 11, 29)).findings
            if f.code == "KBFA-W1" and f.is_open
        ]
        assert situations == [Situation.CONTRARY] * 3

    def test_in_force_through_the_expiry_day_in_words(self) -> None:
        """ "Gäller till och med 2027-12-31": in force on that day, expired the next."""
        g = (
            Builder()
            .waiver("KBFA-B01", "2027-12-31", "KS 2025-02-03 § 7")
            .waiver("KBFA-B02")
            .build()
        )
        assert messages(g, "KBFA-W2", "2027-12-31") == [
            (Verdict.UPPFYLLT, "Undantaget för KBFA-B01 gäller till och med 2027-12-31."),
            (Verdict.UPPFYLLT, "Undantaget för KBFA-B02 gäller."),
        ]
        assert messages(g, "KBFA-W2", "2027-12-31", "en") == [
            (Verdict.UPPFYLLT, "The waiver for KBFA-B01 is in force until 2027-12-31."),
            (Verdict.UPPFYLLT, "The waiver for KBFA-B02 is in force."),
        ]
        assert messages(g, "KBFA-W2", "2028-01-01") == [
            (
                Verdict.EJ_UPPFYLLT,
                "Undantaget för KBFA-B01 (KS 2025-02-03 § 7) gällde till och med 2027-12-31 och "
                "har löpt ut; regeln bedöms nu som vanligt.",
            ),
            (Verdict.UPPFYLLT, "Undantaget för KBFA-B02 gäller."),
        ]
        assert messages(g, "KBFA-W2", "2028-01-01", "en")[0] == (
            Verdict.EJ_UPPFYLLT,
            "The waiver for KBFA-B01 (KS 2025-02-03 § 7) ran until 2027-12-31 and has expired; "
            "the rule is assessed as usual again.",
        )
        (expired,) = [
            f
            for f in evaluate(g, dt.date(2028, 1, 1)).findings
            if f.code == "KBFA-W2" and f.is_open
        ]
        assert (expired.situation, expired.severity) == (Situation.MISSING_STEP, Severity.INFO)


# -- rules/_document.py ---------------------------------------------------------------------
RIKTLINJE = '"Riktlinje för brottsförebyggande arbete"'


class TestWhyNoDocumentApplies:
    """The sentence every finding carries when no steering document applies (issue 12)."""

    @pytest.mark.parametrize(
        ("builder", "as_of", "state", "sv", "en"),
        [
            (
                Builder().document("2024-05-16", validity=period("2024-06-01", "2027-12-31")),
                "2024-05-20",
                DocumentState.NOT_YET,
                f"Inget gällande styrdokument per 2024-05-20: {RIKTLINJE} beslutades 2024-05-16 "
                "och gäller från 2024-06-01.",
                f"No steering document applied on 2024-05-20: {RIKTLINJE} was decided on "
                "2024-05-16 and applies from 2024-06-01.",
            ),
            (
                Builder().document(None, validity=period("2024-01-01", "2027-12-31")),
                "2026-11-29",
                DocumentState.UNDECIDED,
                f"Inget gällande styrdokument: inget beslut om {RIKTLINJE} är registrerat, och "
                "ett dokument som inte är beslutat är inte beslutad styrning.",
                f"No steering document applies: no decision on {RIKTLINJE} is recorded, and a "
                "document never decided is not decided governance.",
            ),
            (
                Builder().document(None, validity=period("2020-01-01", "2023-12-31")),
                "2026-11-29",
                DocumentState.UNDECIDED,
                f"Inget gällande styrdokument per 2026-11-29: inget beslut om {RIKTLINJE} är "
                "registrerat, och dess period 2020-01-01 – 2023-12-31 har löpt ut.",
                f"No steering document applied on 2026-11-29: no decision on {RIKTLINJE} is "
                "recorded, and its period 2020-01-01 – 2023-12-31 has ended.",
            ),
            (
                Builder().document("2020-02-01", validity=period("2020-01-01", "2023-12-31")),
                "2026-11-29",
                DocumentState.EXPIRED,
                f"Inget gällande styrdokument per 2026-11-29: {RIKTLINJE} gällde 2020-01-01 – "
                "2023-12-31 och har löpt ut.",
                f"No steering document applied on 2026-11-29: {RIKTLINJE} was valid 2020-01-01 – "
                "2023-12-31 and has expired.",
            ),
            (
                Builder().document("2020-02-01", validity=period(end="2023-12-31")),
                "2024-01-01",
                DocumentState.EXPIRED,
                f"Inget gällande styrdokument per 2024-01-01: {RIKTLINJE} gällde till och med "
                "2023-12-31 och har löpt ut.",
                f"No steering document applied on 2024-01-01: {RIKTLINJE} was valid until "
                "2023-12-31 and has expired.",
            ),
        ],
    )
    def test_the_reason_in_words(
        self, builder: Builder, as_of: str, state: DocumentState, sv: str, en: str
    ) -> None:
        t = document_time(builder.build(), dt.date.fromisoformat(as_of))
        assert (t.state, t.applies) == (state, False)
        assert t.why() == sv
        assert t.why("sv") == sv
        assert t.why("en") == en

    def test_the_undecided_document_on_its_last_day_is_not_yet_expired(self) -> None:
        """No decision, period through 2023-12-31: on that day its period has not ended."""
        g = Builder().document(None, validity=period("2020-01-01", "2023-12-31")).build()
        assert "har löpt ut" not in document_time(g, dt.date(2023, 12, 31)).why()
        assert "har löpt ut" in document_time(g, dt.date(2024, 1, 1)).why()

    def test_undecided_without_a_period(self) -> None:
        t = document_time(Builder().document(None).build(), dt.date(2026, 11, 29))
        assert t.why() == (
            f"Inget gällande styrdokument: inget beslut om {RIKTLINJE} är registrerat, och "
            "ett dokument som inte är beslutat är inte beslutad styrning."
        )

    def test_a_decision_without_a_date_counts_from_the_start_of_validity(self) -> None:
        """The decision is recorded without its date; the document applies from 2024-06-01."""
        g = Builder().document("2024-01-01", validity=period("2024-06-01")).build()
        assert g.steering_document is not None
        undated = attrs.evolve(g.steering_document, decision=Decision(None, None))
        g = attrs.evolve(g, steering_document=undated)
        t = document_time(g, dt.date(2024, 5, 31))
        assert (t.state, t.decided, t.start) == (DocumentState.NOT_YET, None, dt.date(2024, 6, 1))
        assert t.why() == (
            f"Inget gällande styrdokument per 2024-05-31: {RIKTLINJE} gäller från 2024-06-01."
        )
        assert t.why("en") == (
            f"No steering document applied on 2024-05-31: {RIKTLINJE} applies from 2024-06-01."
        )
        assert document_time(g, dt.date(2024, 6, 1)).state is DocumentState.IN_FORCE

    def test_in_force_or_no_document_says_nothing(self) -> None:
        in_force = Builder().document("2020-02-01", validity=period(end="2023-12-31")).build()
        t = document_time(in_force, dt.date(2023, 12, 31))
        assert (t.state, t.applies, t.why(), t.why("en")) == (DocumentState.IN_FORCE, True, "", "")
        none = document_time(Builder().build(), dt.date(2023, 12, 31))
        assert (none.state, none.applies, none.why()) == (DocumentState.NONE, True, "")
        assert none.as_of == dt.date(2023, 12, 31)

    def test_the_dates_it_is_read_from(self) -> None:
        """Decided 2024-05-16, valid 2024-06-01 – 2027-12-31: it applies from 2024-06-01."""
        g = Builder().document("2024-05-16", validity=period("2024-06-01", "2027-12-31")).build()
        t = document_time(g, dt.date(2024, 6, 1))
        assert (t.state, t.title, t.decided, t.start, t.end, t.as_of) == (
            DocumentState.IN_FORCE,
            "Riktlinje för brottsförebyggande arbete",
            dt.date(2024, 5, 16),
            dt.date(2024, 6, 1),
            dt.date(2027, 12, 31),
            dt.date(2024, 6, 1),
        )
        assert document_time(g, dt.date(2024, 5, 31)).state is DocumentState.NOT_YET
        later = Builder().document("2024-07-01", validity=period("2024-06-01")).build()
        assert document_time(later, dt.date(2024, 6, 30)).start == dt.date(2024, 7, 1)


class TestInPeriod:
    @pytest.mark.parametrize(
        ("start", "end", "day", "inside"),
        [
            ("2024-01-01", "2024-12-31", "2023-12-31", False),
            ("2024-01-01", "2024-12-31", "2024-01-01", True),
            ("2024-01-01", "2024-12-31", "2024-12-31", True),
            ("2024-01-01", "2024-12-31", "2025-01-01", False),
            (None, "2024-12-31", "1990-01-01", True),
            ("2024-01-01", None, "2090-01-01", True),
            (None, None, "2024-06-01", True),
        ],
    )
    def test_both_ends_included(
        self, start: str | None, end: str | None, day: str, inside: bool
    ) -> None:
        def d(x: str | None) -> dt.date | None:
            return dt.date.fromisoformat(x) if x else None

        assert in_period(d(start), d(end), dt.date.fromisoformat(day)) is inside


# -- rules/_verdicts.py -------------------------------------------------------------------
class TestVerdictWords:
    @pytest.mark.parametrize(
        ("verdict", "sv", "en"),
        [
            (Verdict.UPPFYLLT, "uppfyllt", "met"),
            (Verdict.DELVIS, "delvis uppfyllt", "partly met"),
            (Verdict.EJ_UPPFYLLT, "ej uppfyllt", "not met"),
            (Verdict.EJ_BEDOMBART, "ej bedömbart", "cannot be assessed"),
            (Verdict.UNDANTAG, "undantag", "waived"),
            (Verdict.EJ_TILLAMPLIG, "ej tillämpligt", "not applicable"),
        ],
    )
    def test_swedish_unless_asked(self, verdict: Verdict, sv: str, en: str) -> None:
        """Output people read is Swedish by default (the brief)."""
        assert verdict_word(verdict) == sv
        assert verdict_word(verdict, "sv") == sv
        assert verdict_word(verdict, "en") == en


# -- rules/law/ob_overgangsbestammelser.py (KBFA-LOBA) -------------------------------------
def first_plan(date: str | None) -> Builder:
    b = Builder().deliverable("plan", DeliverableKind.ATGARDSPLAN)
    return b.evidence(date, EvidenceKind.ADOPTED, "plan", reference="KF § 40") if date else b


class TestFirstPlanWords:
    """Övergångsbestämmelserna 2 p.: the first plan "senast den 1 juli 2024"."""

    @pytest.mark.parametrize(
        ("builder", "verdict", "sv", "en"),
        [
            (
                first_plan("2024-07-01"),
                Verdict.UPPFYLLT,
                "Den första åtgärdsplanen beslutades 2024-07-01 (KF § 40), senast den 1 juli 2024 "
                "som övergångsbestämmelserna kräver.",
                "The first åtgärdsplan was adopted on 2024-07-01 (KF § 40), by 1 July 2024 as the "
                "transitional provisions require.",
            ),
            (
                first_plan("2024-07-02"),
                Verdict.DELVIS,
                "Den första åtgärdsplanen beslutades 2024-07-02 (KF § 40), efter den 1 juli 2024 "
                "(övergångsbestämmelserna 2 p.). Bristen är avhjälpt genom det beslutet.",
                "The first åtgärdsplan was adopted on 2024-07-02 (KF § 40), after 1 July 2024 "
                "(transitional provisions, point 2). The gap was remedied by that decision.",
            ),
            (
                first_plan(None),
                Verdict.EJ_BEDOMBART,
                "Inget beslut om den första åtgärdsplanen är registrerat.",
                "No decision adopting the first åtgärdsplan is recorded.",
            ),
            (
                Builder(),
                Verdict.EJ_UPPFYLLT,
                "Styrdokumentet beskriver ingen åtgärdsplan (se KBFA-L5A), så någon första "
                "åtgärdsplan har inte beslutats senast den 1 juli 2024.",
                "The steering document describes no åtgärdsplan (see KBFA-L5A), so no first plan "
                "was decided by 1 July 2024.",
            ),
        ],
    )
    def test_each_outcome_in_words(
        self, builder: Builder, verdict: Verdict, sv: str, en: str
    ) -> None:
        g = builder.build()
        assert messages(g, "KBFA-LOBA", "2026-11-29") == [(verdict, sv)]
        assert messages(g, "KBFA-LOBA", "2026-11-29", "en") == [(verdict, en)]

    def test_the_first_of_several_adoptions_decides(self) -> None:
        """A revision in 2025 does not make the 2024-06-12 plan late."""
        g = first_plan("2024-06-12").evidence("2025-09-01", EvidenceKind.ADOPTED, "plan").build()
        assert one(g, "KBFA-LOBA", "2026-11-29").verdict is Verdict.UPPFYLLT

    @pytest.mark.parametrize(
        ("date", "verdict", "where"),
        [
            ("2024-07-01", Verdict.UPPFYLLT, "evidence[0]"),
            ("2024-07-02", Verdict.DELVIS, "evidence[0]"),
            (None, Verdict.EJ_BEDOMBART, "deliverables[0]"),
        ],
    )
    def test_it_points_at_the_decision_or_the_plan(
        self, tmp_path: Path, date: str | None, verdict: Verdict, where: str
    ) -> None:
        assert located(first_plan(date), "KBFA-LOBA", "2026-11-29", tmp_path) == [(verdict, where)]

    def test_situations(self) -> None:
        late = one(first_plan("2024-07-02").build(), "KBFA-LOBA", "2026-11-29")
        # History once adopted: information, never a breach that cannot be remedied.
        assert (late.situation, late.severity) == (Situation.MISSING_STEP, Severity.INFO)
        unrecorded = one(first_plan(None).build(), "KBFA-LOBA", "2026-11-29")
        assert unrecorded.situation is Situation.UNRECORDED
        none = one(Builder().build(), "KBFA-LOBA", "2026-11-29")
        assert (none.situation, none.severity) == (Situation.MISSING_STEP, Severity.BREACH)


class TestAgreementWithoutAStatedTerm:
    """An agreement whose period is not recorded is not thereby out of force (9 §)."""

    @pytest.mark.parametrize(
        "term", [None, period(years=2)], ids=["no period", "rolling, no signing"]
    )
    def test_its_content_is_still_assessed(self, term: object) -> None:
        g = (
            Builder()
            .police()
            .agreement(
                "avtal",
                ["kommun", "polisen"],
                purposes=("Trygghet",),
                areas=("Centrum",),
                period=term,
            )
            .build()
        )
        assert one(g, "KBFA-L9A", "2026-11-29").verdict is Verdict.UPPFYLLT
        assert one(g, "KBFA-L9B", "2026-11-29").verdict is Verdict.UPPFYLLT


# -- rules/_time.py ------------------------------------------------------------------------
class TestCountInWindow:
    def test_a_record_on_the_day_itself_counts(self) -> None:
        """A yearly meeting held on the evaluation day (2026-11-23) keeps the cadence."""
        g = (
            Builder()
            .document("2020-01-15")
            .body("rad", BodyKind.STRATEGIC_COUNCIL, cadence=[cad(1)])
            .requirement("moten", RequirementKind.MEETING_CADENCE, target="rad")
            .evidence("2026-11-23", EvidenceKind.MEETING_HELD, "rad")
            .build()
        )
        assert one(g, "KBFA-KP-moten", "2026-11-23").verdict is Verdict.UPPFYLLT
        assert one(g, "KBFA-KP-moten", "2026-11-22").verdict is Verdict.EJ_BEDOMBART

    @pytest.mark.parametrize(
        ("first", "last", "n"),
        [
            ("2025-11-23", "2026-11-23", 3),
            ("2025-11-24", "2026-11-22", 1),
            ("2026-11-24", "2027-01-01", 0),
        ],
    )
    def test_both_ends_are_included(self, first: str, last: str, n: int) -> None:
        dates = [dt.date(2025, 11, 23), dt.date(2026, 5, 1), dt.date(2026, 11, 23)]
        assert (
            count_in_window(dates, dt.date.fromisoformat(first), dt.date.fromisoformat(last)) == n
        )


# -- where a finding points: the key path in the coordinator's file ------------------------
def located(b: Builder, code: str, as_of: str, tmp_path: Path) -> list[tuple[Verdict, str]]:
    """The findings of ``code`` for the model written to a TOML file and loaded back."""
    path = tmp_path / "provkommun.toml"
    path.write_text(dump_text(b.build()), encoding="utf-8")
    result = evaluate(load(path), dt.date.fromisoformat(as_of))
    return [
        (f.verdict, f.location.path if f.location else "")
        for f in result.findings
        if f.code == code
    ]


class TestWhereFindingsPoint:
    """A finding points at the key to change (the brief: file, line, key path)."""

    def test_an_agreements_period(self, tmp_path: Path) -> None:
        b = (
            agreement_with(period("2027-01-01", "2028-12-31"))
            .agreement(
                "b",
                ["kommun", "polisen"],
                purposes=("T",),
                period=period("2020-01-01", "2023-12-31"),
            )
            .agreement("c", ["kommun", "polisen"], purposes=("T",))
            .agreement(
                "d",
                ["kommun", "polisen"],
                purposes=("T",),
                period=period("2026-01-01", "2027-12-31"),
            )
        )
        assert located(b, "KBFA-L9C", "2026-11-29", tmp_path) == [
            (Verdict.EJ_TILLAMPLIG, "agreements[0].period.start"),
            (Verdict.EJ_UPPFYLLT, "agreements[1].period.end"),
            (Verdict.EJ_BEDOMBART, "agreements[2].period"),  # the key to add
            (Verdict.UPPFYLLT, "agreements[3].period"),
        ]

    def test_a_waiver(self, tmp_path: Path) -> None:
        b = (
            Builder()
            .waiver("KBFA-B01", "2025-12-31")
            .waiver("KBFA-B99")
            .explanation("KBFA-X1", "T.")
        )
        assert located(b, "KBFA-W1", "2026-11-29", tmp_path) == [
            (Verdict.UPPFYLLT, "waivers[0].rule"),
            (Verdict.EJ_UPPFYLLT, "waivers[1].rule"),
            (Verdict.EJ_UPPFYLLT, "explanations[0].rule"),
        ]
        assert located(b, "KBFA-W2", "2026-11-29", tmp_path) == [
            (Verdict.EJ_UPPFYLLT, "waivers[0].expires"),
            (Verdict.UPPFYLLT, "waivers[1]"),
        ]


# -- rules/_practice.py (through the municipality's own practice rules, KBFA-KP-…) ---------
def monthly_council(decided: str, *held: str, per: Per = Per.MONTH, times: int = 1) -> Builder:
    """A council to meet ``times`` a ``per``, under a document decided on ``decided``."""
    b = (
        Builder()
        .document(decided)
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet", cadence=[cad(times, per)])
        .requirement("moten", RequirementKind.MEETING_CADENCE, target="rad")
    )
    for d in held:
        b.evidence(d, EvidenceKind.MEETING_HELD, "rad")
    return b


FIVE_MONTHS = ("2026-06-15", "2026-07-15", "2026-08-15", "2026-09-15", "2026-10-15")


class TestPracticeSinceTheDecision:
    """Records are expected only for the part of the window the document has applied:
    one a month over six months (183 days) is six; over 170 days (5.6 months) five."""

    def test_183_days_need_six(self) -> None:
        g = monthly_council("2026-05-24", *FIVE_MONTHS).build()
        f = one(g, "KBFA-KP-moten", "2026-11-23")
        assert f.verdict is Verdict.DELVIS
        assert f.message == (
            "Rådet: bara 5 registrerade 2026-05-24–2026-11-23, minst 6 behövs (en gång per månad)."
        )
        six = monthly_council("2026-05-24", *FIVE_MONTHS, "2026-11-15").build()
        assert one(six, "KBFA-KP-moten", "2026-11-23").verdict is Verdict.UPPFYLLT

    def test_170_days_need_five(self) -> None:
        g = monthly_council("2026-06-06", *FIVE_MONTHS[1:], "2026-11-15").build()
        f = one(g, "KBFA-KP-moten", "2026-11-23")
        assert f.verdict is Verdict.UPPFYLLT
        assert f.message == (
            "Rådet: 5 registrerade 2026-06-06–2026-11-23, minst 5 behövs (en gång per månad)."
        )

    def test_a_decision_exactly_a_year_back_asks_for_the_whole_year(self) -> None:
        """Decided 2025-11-23, yearly, last held 2025-06-01: a meeting fell due, none held."""
        g = monthly_council("2025-11-23", "2025-06-01", per=Per.YEAR).build()
        f = one(g, "KBFA-KP-moten", "2026-11-23")
        assert f.verdict is Verdict.EJ_UPPFYLLT
        assert f.message == (
            "Rådet: inga registrerade 2025-11-23–2026-11-23 (senast 2025-06-01), minst 1 behövs "
            "(en gång per år)."
        )

    def test_on_the_day_of_the_decision_nothing_is_due(self) -> None:
        """Even a daily routine (31 a month) has nothing due on the day it begins."""
        g = monthly_council("2026-11-23", "2026-01-01", times=31).build()
        f = one(g, "KBFA-KP-moten", "2026-11-23")
        assert f.verdict is Verdict.UPPFYLLT
        assert f.message.startswith("Rådet: inget har ännu hunnit bli förfallet")

    def test_in_english(self) -> None:
        g = monthly_council("2026-05-24", *FIVE_MONTHS).build()
        result = evaluate(g, dt.date(2026, 11, 23), lang="en")
        (f,) = [f for f in result.findings if f.code == "KBFA-KP-moten"]
        assert f.message == (
            "Rådet: only 5 recorded 2026-05-24–2026-11-23, at least 6 needed (once a month)."
        )


class TestPracticeFindingsPointAtTheLatestRecord:
    """A practice finding points at the latest record, the one to add after."""

    @pytest.mark.parametrize(
        ("decided", "held", "per", "verdict"),
        [
            ("2026-11-23", ("2026-01-01", "2026-02-01"), Per.YEAR, Verdict.UPPFYLLT),  # not due
            ("2020-01-15", ("2026-01-01", "2026-02-01"), Per.MONTH, Verdict.DELVIS),
            ("2020-01-15", ("2024-01-01", "2024-02-01"), Per.YEAR, Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_the_evidence_key(
        self, tmp_path: Path, decided: str, held: tuple[str, ...], per: Per, verdict: Verdict
    ) -> None:
        b = monthly_council(decided, *held, per=per)
        assert located(b, "KBFA-KP-moten", "2026-11-23", tmp_path) == [(verdict, "evidence[1]")]


# -- rules/law/p02_sammanfattning.py (KBFA-L2A) ---------------------------------------------
def summed_up(
    results: dict[str, tuple[Rule, list[tuple[Verdict, Severity]]]], lang: str = "sv"
) -> tuple[Verdict, str, Situation | None]:
    """KBFA-L2A's outcome given what the rules before it found."""
    ctx = Context(Builder().build(), dt.date(2026, 11, 29), lang=lang)  # type: ignore[arg-type]
    ctx.results.update(results)
    (outcome,) = SUMMARY[0].check(ctx)
    return outcome.verdict, outcome.message, outcome.situation


def law_rule_(code: str) -> Rule:
    rule = find_rule(code)
    assert rule is not None
    return rule


class TestSummaryWords:
    """2 §: the law's tasks, summed up from the breaches of its "ska" in 4–13 §§."""

    def test_breaches_are_named_in_order(self) -> None:
        results = {
            "KBFA-L4A": (law_rule_("KBFA-L4A"), [(Verdict.EJ_UPPFYLLT, Severity.BREACH)]),
            "KBFA-L5A": (law_rule_("KBFA-L5A"), [(Verdict.UPPFYLLT, Severity.INFO)]),
            "KBFA-L11A": (law_rule_("KBFA-L11A"), [(Verdict.DELVIS, Severity.BREACH)]),
            "KBFA-L13A": (law_rule_("KBFA-L13A"), [(Verdict.EJ_BEDOMBART, Severity.WARNING)]),
        }
        assert summed_up(results) == (
            Verdict.DELVIS,
            "Styrdokumentet visar inte att alla uppgifter i lagen fullgörs; se KBFA-L4A, KBFA-L11A.",
            Situation.MISSING_STEP,
        )
        assert summed_up(results, "en")[1] == (
            "The steering document does not show that every task of the law is carried out; "
            "see KBFA-L4A, KBFA-L11A."
        )

    def test_what_cannot_be_assessed_is_named(self) -> None:
        results = {
            "KBFA-L4A": (law_rule_("KBFA-L4A"), [(Verdict.EJ_BEDOMBART, Severity.WARNING)]),
            "KBFA-L5A": (law_rule_("KBFA-L5A"), [(Verdict.UPPFYLLT, Severity.INFO)]),
            "KBFA-L11A": (law_rule_("KBFA-L11A"), [(Verdict.EJ_BEDOMBART, Severity.WARNING)]),
        }
        assert summed_up(results) == (
            Verdict.EJ_BEDOMBART,
            "Alla ska-krav som kan bedömas är uppfyllda, men KBFA-L4A, KBFA-L11A kan inte bedömas.",
            Situation.UNRECORDED,
        )
        assert summed_up(results, "en")[1] == (
            "Every assessable must-duty is met, but KBFA-L4A, KBFA-L11A cannot be assessed."
        )

    def test_all_met(self) -> None:
        results = {"KBFA-L4A": (law_rule_("KBFA-L4A"), [(Verdict.UPPFYLLT, Severity.INFO)])}
        assert summed_up(results) == (
            Verdict.UPPFYLLT,
            "Alla ska-krav i 4–13 §§ som kan bedömas är uppfyllda.",
            None,
        )
        assert summed_up(results, "en")[1] == (
            "Every must-duty of ss. 4–13 that can be assessed is met."
        )

    def test_only_the_laws_binding_duties_count(self) -> None:
        """Brå's practice, "verka för" (9 § 1 st.), a waiver check and 2 § itself are no task
        of 4–13 §§ whose breach 2 § sums up, whatever they found."""
        open_ = [(Verdict.EJ_UPPFYLLT, Severity.BREACH)]
        for code in ("KBFA-B01", "KBFA-L9A", "KBFA-W1", "KBFA-L2A"):
            assert summed_up({code: (law_rule_(code), open_)})[0] is Verdict.UPPFYLLT, code


# -- evaluation/_engine.py: a finding about a fact marked unknown ([[unknowns]]) --------
def unfollowed_plan(note: str | None) -> Builder:
    """Provkommun: an åtgärdsplan with no follow-up written; its follow-up marked unknown."""
    b = (
        Builder()
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .deliverable("ap", DeliverableKind.ATGARDSPLAN, "Åtgärdsplan")
    )
    return b if note is None else b.unknown("deliverables.ap.cadence", note)


class TestAnUnknownFactInWords:
    """6 § (KBFA-L6B) judges how the plan is followed up, and the finding points at the
    plan itself. Marked unknown below the plan (its cadence), the finding is about it:
    ej bedömbart with the note, in the words of kbfa's catalogue, never a breach."""

    def test_without_the_mark_a_missing_follow_up_is_a_breach(self) -> None:
        f = one(unfollowed_plan(None).build(), "KBFA-L6B", "2026-11-29")
        assert (f.verdict, f.situation) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP)

    def test_the_plan_is_not_assessed_and_says_why(self) -> None:
        g = unfollowed_plan("Uppföljningsrutinen kunde inte läsas").build()
        f = one(g, "KBFA-L6B", "2026-11-29")
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.UNKNOWN)
        assert f.message == (
            "Uppgiften är okänd: Uppföljningsrutinen kunde inte läsas. Därför bedöms inte: "
            "Det anges inte hur eller hur ofta åtgärdsplanen följs upp."
        )
        assert f.fix == (
            "Ta reda på uppgiften och för in den; ta sedan bort den ur listan över okända "
            "uppgifter ([[unknowns]])."
        )
        assert f.action == (
            "Kommunstyrelsen ser till att uppgiften tas fram, så att den kan bedömas: "
            "Uppföljningsrutinen kunde inte läsas."
        )

    def test_in_english(self) -> None:
        g = unfollowed_plan("Uppföljningsrutinen kunde inte läsas").build()
        r = evaluate(g, dt.date(2026, 11, 29), lang="en")
        (f,) = [f for f in r.findings if f.code == "KBFA-L6B"]
        assert f.message == (
            "The fact is unknown: Uppföljningsrutinen kunde inte läsas. So this is not "
            "assessed: It is not stated how or how often the åtgärdsplan is followed up."
        )
        assert f.fix == (
            "Find out the fact and enter it; then remove it from the unknown facts ([[unknowns]])."
        )
        assert f.action == (
            "Kommunstyrelsen sees to it that the fact is found out, so that it can be "
            "assessed: Uppföljningsrutinen kunde inte läsas."
        )

    @pytest.mark.parametrize(
        ("note", "said"),
        [
            ("Rutinen kunde inte läsas  ", "Rutinen kunde inte läsas."),
            ("Rutinen kunde inte läsas.", "Rutinen kunde inte läsas."),
            ("Rutinen finns inte i diariet!", "Rutinen finns inte i diariet!"),
            ("Finns rutinen?", "Finns rutinen?"),
        ],
    )
    def test_the_note_ends_as_one_sentence(self, note: str, said: str) -> None:
        """The note is quoted as a sentence: trailing blanks dropped, a full stop added
        only where it ends without one of . ! ?"""
        f = one(unfollowed_plan(note).build(), "KBFA-L6B", "2026-11-29")
        assert f.message.startswith(f"Uppgiften är okänd: {said} Därför bedöms inte: ")
        assert f.action is not None and f.action.endswith(f"kan bedömas: {said}")


class TestAnAdoptedPromiseNamesItsDecision:
    """Brå (KBFA-B15): a medborgarlöfte in two-year periods counts from its adoption,
    and the decision is cited as written: body, date and paragraph, whichever are given,
    with nothing in place of what is not."""

    @pytest.mark.parametrize(
        ("decision", "ref"),
        [
            (Decision(None, dt.date(2025, 3, 1), None), "2025-03-01"),
            (Decision(Id("ks"), dt.date(2025, 3, 1), None), "Kommunstyrelsen 2025-03-01"),
            (Decision(None, dt.date(2025, 3, 1), Text("§ 12")), "2025-03-01 § 12"),
        ],
    )
    def test_the_reference(self, decision: Decision, ref: str) -> None:
        g = (
            Builder()
            .police()
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .promise("mbl", ["kommun", "polisen"], period=period(years=2), adopted=decision)
            .build()
        )
        f = one(g, "KBFA-B15", "2026-11-29")
        assert (f.verdict, f.message) == (
            Verdict.UPPFYLLT,
            "Medborgarlöftet (Provkommun och Polismyndigheten) gäller 2 år från 2025-03-01 "
            f"({ref}), till och med 2027-02-28.",
        )


class TestARegionIsSaidToBeOne:
    """A region acting as the municipality (examples/region-exempelo.toml) is marked as
    one in the result, so that outputs use its words; a municipality is not."""

    def test_region_and_municipality(self) -> None:
        examples = Path(__file__).resolve().parents[1] / "examples"
        day = dt.date(2026, 11, 29)
        assert evaluate(load(examples / "region-exempelo.toml"), day).region is True
        assert evaluate(load(examples / "exempeldal.toml"), day).region is False


class TestStatisticsReadInTheReadersLanguage:
    def test_a_missing_file_is_explained_in_english(self, tmp_path: Path) -> None:
        """4 § (KBFA-L4F) in English: why the indicator's file could not be read is in
        English too (kbfa.data's words), not in Swedish."""
        g = (
            Builder()
            .kommunkod("1234")
            .deliverable("lb", LB)
            .evidence("2026-03-17", EvidenceKind.DELIVERED, "lb")
            .table("brott", "brott.csv", "2026-03-02")
            .indicator("brott", data="brott", series="Brott")
        )
        r = evaluate(in_folder(g.build(), tmp_path), dt.date(2026, 11, 29), lang="en")
        (f,) = [f for f in r.findings if f.code == "KBFA-L4F"]
        assert f.message.endswith(
            f"could not be read: {tmp_path / 'brott.csv'}: file not found (the path is "
            "relative to the config's folder)"
        )
