"""2 § (p02_sammanfattning.py), 14 § (p14_kamerabevakning.py), the transitional provisions.

2 §: the general duty, summed up from the breaches of the law's "ska" in 4–13 §§, as
information. 14 § (SFS 2025:223, from 2025-04-01): a permission, information only,
never a breach. Övergångsbestämmelserna 2 p.: the first plan "senast 2024-07-01"; a
late first plan is history once adopted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from builder import Builder, day, findings, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Finding, Severity, Situation, Verdict, evaluate
from kbfa.model import CameraPlace, DeliverableKind, EvidenceKind, Governance, Text
from kbfa.rules import Context, Rule, catalogue
from kbfa.rules.law.p02_sammanfattning import RULES as SUMMARY
from test_evaluation_properties import compliant  # type: ignore[import-not-found]

BINDING_DUTIES = [r for r in catalogue() if r.source == "law" and r.duty is not None and r.binding]

AS_OF = "2026-11-29"


def summary(results: dict[str, tuple[Rule, list[tuple[Verdict, Severity]]]]) -> Verdict:
    """KBFA-L2A's verdict given what the rules before it found."""
    ctx = Context(Builder().build(), day(AS_OF))
    ctx.results.update(results)
    (outcome,) = SUMMARY[0].check(ctx)
    return outcome.verdict


class TestL2ASummary:
    @pytest.mark.parametrize("rule", BINDING_DUTIES, ids=lambda r: r.code)
    def test_a_breach_of_any_binding_duty_makes_it_partly_met(self, rule: Rule) -> None:
        """For every "ska"-rule of 4–13 §§ and ÖB, a breach of it alone makes 2 § delvis."""
        assert summary({rule.code: (rule, [(Verdict.EJ_UPPFYLLT, Severity.BREACH)])}) is (
            Verdict.DELVIS
        )

    @pytest.mark.parametrize("rule", BINDING_DUTIES, ids=lambda r: r.code)
    def test_a_partly_met_breach_counts_too(self, rule: Rule) -> None:
        """A "ska"-rule only partly met (e.g. a plan nobody may decide, 5 §) is a breach: 2 § delvis."""
        assert summary({rule.code: (rule, [(Verdict.DELVIS, Severity.BREACH)])}) is (Verdict.DELVIS)

    @pytest.mark.parametrize("rule", BINDING_DUTIES, ids=lambda r: r.code)
    def test_what_cannot_be_assessed_is_unknown(self, rule: Rule) -> None:
        """A "ska"-rule that cannot be assessed makes 2 § ej bedömbart, not delvis."""
        got = summary({rule.code: (rule, [(Verdict.EJ_BEDOMBART, Severity.WARNING)])})
        assert got is Verdict.EJ_BEDOMBART

    def test_warnings_of_verka_for_do_not_count(self) -> None:
        """A gap under "verka för" (L9A) is not a failed task of the law."""
        (l9a,) = [r for r in catalogue() if r.code == "KBFA-L9A"]
        assert summary({"KBFA-L9A": (l9a, [(Verdict.EJ_UPPFYLLT, Severity.WARNING)])}) is (
            Verdict.UPPFYLLT
        )

    def test_the_summary_is_information(self) -> None:
        """2 § sums up: each breach is counted under its own section, 2 § is information."""
        f = one(Builder().build(), "KBFA-L2A", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.DELVIS, Severity.INFO)
        assert "KBFA-L4A" in f.message and "KBFA-L11A" in f.message

    @settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(compliant())
    def test_nothing_breached_is_met(self, case: tuple[Governance, dt.date]) -> None:
        """A municipality that does everything right: 2 § uppfyllt."""
        g, as_of = case
        assert one(g, "KBFA-L2A", as_of).verdict is Verdict.UPPFYLLT


class TestL14ACamera:
    def test_not_in_force_before_1_april_2025(self) -> None:
        """SFS 2025:223 applies from 2025-04-01: not assessed the day before."""
        g = Builder().camera(places=[CameraPlace.PUBLIC]).build()
        assert one(g, "KBFA-L14A", "2025-03-31").verdict is Verdict.EJ_TILLAMPLIG
        assert {f.verdict for f in _all(g, "2025-04-01")} == {Verdict.UPPFYLLT, Verdict.DELVIS}

    def test_no_camera_section(self) -> None:
        """No camera surveillance in the document: 14 § gives a right, nothing to assess."""
        assert one(Builder().build(), "KBFA-L14A", AS_OF).verdict is Verdict.EJ_TILLAMPLIG

    def test_premises_not_open_to_the_public_need_another_basis(self) -> None:
        """Hjo 002:90 'inom den kommunala verksamheten': 14 § gives no basis there (information)."""
        g = Builder().camera(places=[CameraPlace.PUBLIC, CameraPlace.NOT_PUBLIC]).build()
        places = _all(g, AS_OF)[0]
        assert shape(places) == (Verdict.DELVIS, Situation.CONTRARY, Severity.INFO)
        assert "annan rättslig grund" in places.message

    def test_kamerabevakningslagen_not_cited(self) -> None:
        """Hjo 002:94 cites GDPR and IMY, not kamerabevakningslagen: noted, never a breach."""
        g = Builder().camera(places=[CameraPlace.PUBLIC], legal_framework=[Text("GDPR")]).build()
        cited = _all(g, AS_OF)[1]
        assert shape(cited) == (Verdict.DELVIS, Situation.MISSING_STEP, Severity.INFO)

    def test_public_places_and_the_law_cited(self) -> None:
        """Public places only, kamerabevakningslagen (2018:1200) cited: both uppfyllt."""
        g = (
            Builder()
            .camera(
                places=[CameraPlace.PUBLIC],
                legal_framework=[Text("Kamerabevakningslagen (2018:1200)")],
            )
            .build()
        )
        assert [f.verdict for f in _all(g, AS_OF)] == [Verdict.UPPFYLLT, Verdict.UPPFYLLT]

    def test_can_never_be_a_breach(self) -> None:
        """Whatever the camera section says, L14A is information."""
        for places in ([], [CameraPlace.NOT_PUBLIC], [CameraPlace.PUBLIC]):
            g = Builder().camera(places=places).build()
            assert {f.severity for f in _all(g, AS_OF)} == {Severity.INFO}


def camera_said(b: Builder, lang: str = "sv") -> list[tuple[Verdict, str, str]]:
    """KBFA-L14A's findings on AS_OF as the reader gets them: verdict, key path, message."""
    from pathlib import Path

    from builder import in_folder  # type: ignore[import-not-found]

    result = evaluate(in_folder(b.build(), Path(".")), day(AS_OF), lang=lang)  # type: ignore[arg-type]
    # The report lists a rule's findings by key path: legal_framework before places.
    return [
        (f.verdict, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code == "KBFA-L14A"
    ]


PLACES = "camera_surveillance.places"
FRAMEWORK = "camera_surveillance.legal_framework"


class TestL14AWordsAndWhere:
    """KBFA-L14A's messages (p14_kamerabevakning.py's catalogue, kbfa's published words) and
    the keys they point at, in Swedish and English."""

    def test_no_camera_section(self) -> None:
        """14 § is a right: the camera table is pointed at, nothing asked."""
        assert camera_said(Builder().document()) == [
            (
                Verdict.EJ_TILLAMPLIG,
                "camera_surveillance",
                "Styrdokumentet tar inte upp kamerabevakning; 14 § ger kommunen en rätt, ingen "
                "skyldighet.",
            )
        ]
        assert camera_said(Builder().document(), "en")[0][2] == (
            "The steering document does not deal with camera surveillance; s. 14 gives the "
            "municipality a right, not a duty."
        )

    def test_not_public_places_whatever_else_the_section_says(self) -> None:
        """Not-public premises listed after public places still need another basis (Hjo)."""
        b = (
            Builder()
            .document()
            .camera(
                places=[CameraPlace.PUBLIC, CameraPlace.NOT_PUBLIC],
                legal_framework=[Text("GDPR"), Text("Lag (2018:1200)")],
            )
        )
        assert camera_said(b) == [
            (Verdict.UPPFYLLT, FRAMEWORK, "Styrdokumentet hänvisar till kamerabevakningslagen."),
            (
                Verdict.DELVIS,
                PLACES,
                "Kamerabevakningen kan enligt styrdokumentet avse även platser eller lokaler dit "
                "allmänheten inte har tillträde. Där ger 14 § ingen grund; det krävs annan "
                "rättslig grund enligt kamerabevakningslagen (2018:1200) och "
                "dataskyddsförordningen.",
            ),
        ]
        assert [m for _, _, m in camera_said(b, "en")] == [
            "The steering document cites the Camera Surveillance Act.",
            "According to the steering document the surveillance may also concern places or "
            "premises the public has no access to. There s. 14 gives no basis; another legal "
            "basis under the Camera Surveillance Act (2018:1200) and the GDPR is needed.",
        ]

    def test_public_places_and_the_law_not_cited(self) -> None:
        """Hjo 002:94 cites GDPR only: the law is not cited."""
        b = Builder().document().camera(places=[CameraPlace.PUBLIC], legal_framework=[Text("GDPR")])
        assert camera_said(b) == [
            (
                Verdict.DELVIS,
                FRAMEWORK,
                "Styrdokumentet hänvisar inte till kamerabevakningslagen (2018:1200). Sedan den "
                "1 april 2025 behövs inget tillstånd för kommunens kamerabevakning av platser dit "
                "allmänheten har tillträde; kommunen gör själv bedömningen enligt den lagen och "
                "dataskyddsförordningen.",
            ),
            (
                Verdict.UPPFYLLT,
                PLACES,
                "Kamerabevakningen avser platser dit allmänheten har tillträde, som 14 § gäller.",
            ),
        ]
        assert [m for _, _, m in camera_said(b, "en")] == [
            "The steering document does not cite the Camera Surveillance Act (2018:1200). Since "
            "1 April 2025 no permit is needed; the municipality makes its own assessment under "
            "that Act and the GDPR.",
            "The camera surveillance concerns places the public has access to, as s. 14 does.",
        ]

    def test_places_not_stated(self) -> None:
        """No places recorded: which kinds is not registered."""
        b = Builder().document().camera(places=[])
        assert camera_said(b)[1] == (
            Verdict.EJ_BEDOMBART,
            PLACES,
            "Det är inte registrerat vilka slags platser kamerabevakningen avser; 14 § gäller "
            "platser dit allmänheten har tillträde.",
        )
        assert camera_said(b, "en")[1][2] == (
            "It is not recorded which kinds of places the surveillance concerns; s. 14 covers "
            "places the public has access to."
        )

    @pytest.mark.parametrize(
        ("framework", "verdict"),
        [
            (["KAMERABEVAKNINGSLAGEN"], Verdict.UPPFYLLT),  # in capitals
            (["Kamerabevakningslag (2018:1200)"], Verdict.UPPFYLLT),
            (["GDPR", "SFS 2018:1200"], Verdict.UPPFYLLT),  # the number alone, in a later entry
            (["GDPR", "Kamerabevakningslagen"], Verdict.UPPFYLLT),  # the name alone
            (["Lag (2018:1201)", "Kamerabevakning"], Verdict.DELVIS),  # neither
        ],
    )
    def test_the_law_cited_by_name_or_number(self, framework: list[str], verdict: Verdict) -> None:
        """Kamerabevakningslagen (2018:1200) is cited by its name or its SFS number."""
        b = (
            Builder()
            .document()
            .camera(places=[CameraPlace.PUBLIC], legal_framework=[Text(t) for t in framework])
        )
        assert camera_said(b)[0][:2] == (verdict, FRAMEWORK)


def _all(g: Governance, as_of: str) -> list[Finding]:
    return findings(g, "KBFA-L14A", as_of)  # type: ignore[no-any-return]


def adopted(date: str) -> Builder:
    return (
        Builder()
        .deliverable("plan", DeliverableKind.ATGARDSPLAN)
        .evidence(date, EvidenceKind.ADOPTED, "plan")
    )


class TestLOBAFirstPlan:
    @pytest.mark.parametrize(
        ("date", "verdict", "severity"),
        [
            ("2024-06-30", Verdict.UPPFYLLT, Severity.INFO),
            ("2024-07-01", Verdict.UPPFYLLT, Severity.INFO),  # "senast 2024-07-01": on time
            ("2024-07-02", Verdict.DELVIS, Severity.INFO),  # late, but history once adopted
        ],
    )
    def test_the_first_plan_by_1_july_2024(
        self, date: str, verdict: Verdict, severity: Severity
    ) -> None:
        """The earliest adoption decides; a late one is remedied and reported as information."""
        f = one(adopted(date).build(), "KBFA-LOBA", AS_OF)
        assert (f.verdict, f.severity) == (verdict, severity)

    def test_late_says_it_is_remedied_and_asks_for_no_back_filling(self) -> None:
        """The message states the remedy, not 'record an earlier decision'."""
        f = one(adopted("2024-09-15").build(), "KBFA-LOBA", AS_OF)
        assert "Bristen är avhjälpt" in f.message
        assert "Registrera" not in f.message and f.fix is not None

    def test_no_plan_at_all_is_a_breach(self) -> None:
        """Vetlanda: no plan, so no first plan by 2024-07-01: ej uppfyllt, as 5 §."""
        f = one(Builder().build(), "KBFA-LOBA", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)

    def test_not_assessed_before_the_deadline(self) -> None:
        """Before 2024-07-01 nothing was due."""
        assert one(Builder().build(), "KBFA-LOBA", "2024-06-30").verdict is Verdict.EJ_TILLAMPLIG

    def test_the_law_applies_from_1_july_2023(self) -> None:
        """Every rule of the law: not assessed on 2023-06-30, assessed on 2023-07-01."""
        g = Builder().build()
        before = evaluate(g, dt.date(2023, 6, 30))
        on = evaluate(g, dt.date(2023, 7, 1))
        law_before = {f.verdict for f in before.findings if f.source == "law"}
        assert law_before == {Verdict.EJ_TILLAMPLIG}
        assert one(g, "KBFA-L11A", "2023-07-01").verdict is Verdict.EJ_UPPFYLLT
        assert next(f for f in on.findings if f.code == "KBFA-L5A").verdict is Verdict.EJ_TILLAMPLIG
