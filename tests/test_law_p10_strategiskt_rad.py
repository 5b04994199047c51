"""10 § (rules/law/p10_strategiskt_rad.py): the strategic council.

From 10 §: the municipality works towards (verka för) a strategic council with
relevant actors (L10A, L10C) and towards senior representatives (L10D): warnings.
Once there is a council it "ska ledas av kommunen" (L10B): a chair from another
organisation contradicts the law (a breach); a council whose rules are in another
document, or whose chair is not recorded, cannot be assessed.
"""

from __future__ import annotations

import pytest

from builder import Builder, findings, one, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Severity, Situation, Verdict
from kbfa.model import BodyKind, Id, Participation, RelatedDocument, Text

AS_OF = "2026-11-29"
COUNCIL = BodyKind.STRATEGIC_COUNCIL


def people() -> Builder:
    return (
        Builder()
        .police()
        .role("kso", senior=True)
        .role("samordnare")
        .role("lpo", org="polisen", senior=True)
        .role("kommunpolis", org="polisen")
    )


class TestL10ACouncil:
    def test_a_council_of_the_municipality(self) -> None:
        """A strategic council with the police: uppfyllt."""
        g = people().body("rad", COUNCIL, members=["kso", "lpo"]).build()
        assert one(g, "KBFA-L10A", AS_OF).verdict is Verdict.UPPFYLLT

    def test_a_steering_group_with_other_actors_serves(self) -> None:
        """Lindesberg: a styrgrupp with the police serves as the council."""
        g = people().body("styr", BodyKind.STEERING_GROUP, members=["kso", "lpo"]).build()
        f = one(g, "KBFA-L10A", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT and "fylla rådets funktion" in f.message

    def test_a_state_led_forum_is_not_the_municipalitys_council(self) -> None:
        """A council belonging to the police is only named: no council of the municipality."""
        g = (
            people()
            .body("polisens-rad", COUNCIL, "Polisens råd", members=["lpo"], organisation="polisen")
            .build()
        )
        f = one(g, "KBFA-L10A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)
        assert "Polisens råd leds av Polismyndigheten och är inte kommunens råd" in f.message

    def test_no_council_is_a_warning(self) -> None:
        """Verka för: no council is ej uppfyllt, never a breach."""
        f = one(people().build(), "KBFA-L10A", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.WARNING)


class TestL10BLed:
    def test_chaired_by_the_municipality(self) -> None:
        """Nässjö: 'Säkerhetschefen leder rådet': uppfyllt, the role in its definite form."""
        g = people().role("sakerhetschef", title="Säkerhetschef")
        g = g.body("rad", COUNCIL, "Strategiskt råd", members=["lpo"], chair="sakerhetschef")
        f = one(g.build(), "KBFA-L10B", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert f.message == "Strategiskt råd leds av säkerhetschefen, som företräder kommunen."

    def test_chaired_by_the_police_contradicts_the_law(self) -> None:
        """A council led by the police is not led by the municipality: a breach."""
        g = people().body("rad", COUNCIL, members=["lpo"], chair="lpo").build()
        f = one(g, "KBFA-L10B", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.CONTRARY, Severity.BREACH)

    def test_convened_by_the_municipality_is_accepted_with_a_note(self) -> None:
        """Lindesberg: convened by the samordnare, chair not stated: uppfyllt, with a note."""
        g = people().body("rad", COUNCIL, members=["lpo"], convener="samordnare").build()
        f = one(g, "KBFA-L10B", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert "Att sammankalla är inte detsamma som att leda" in f.message

    def test_governed_by_a_separate_document(self) -> None:
        """Hjo 002:74: the council's rules are in a separate document: ej bedömbart, named."""
        g = (
            people()
            .body("rad", COUNCIL, members=["lpo"])
            .document(related=[RelatedDocument(Text("Rådets arbetsordning"), governs=(Id("rad"),))])
            .build()
        )
        f = one(g, "KBFA-L10B", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.OTHER_DOCUMENT, Severity.WARNING)
        assert "Rådets arbetsordning" in f.message

    def test_silence_on_who_leads_is_unrecorded(self) -> None:
        """Nothing said about who leads: not recorded, so ej bedömbart (a warning)."""
        g = people().body("rad", COUNCIL, members=["lpo"]).build()
        f = one(g, "KBFA-L10B", AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.UNRECORDED, Severity.WARNING)

    def test_every_council_is_assessed(self) -> None:
        """Two councils, one led by the police: two findings, one a breach."""
        g = (
            people()
            .body("rad1", COUNCIL, members=["lpo"], chair="kso")
            .body("rad2", COUNCIL, members=["kso"], chair="lpo")
            .build()
        )
        got = [f.verdict for f in findings(g, "KBFA-L10B", AS_OF)]
        assert got == [Verdict.UPPFYLLT, Verdict.EJ_UPPFYLLT]

    def test_no_council_does_not_apply(self) -> None:
        """Leadership is only required once there is a council."""
        assert one(people().build(), "KBFA-L10B", AS_OF).verdict is Verdict.EJ_TILLAMPLIG


class TestL10CActors:
    def test_only_the_municipality_is_a_warning(self) -> None:
        """Verka för: a council of the municipality alone is ej uppfyllt, a warning."""
        g = people().body("rad", COUNCIL, members=["kso"], chair="kso").build()
        f = one(g, "KBFA-L10C", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.WARNING)

    def test_an_offered_seat_is_a_seat(self) -> None:
        """Lindesberg: an offered seat for the police chief means the police take part."""
        b = people()
        g = b.body("rad", COUNCIL, members=["kso", b.seat("lpo", Participation.OFFERED)]).build()
        assert one(g, "KBFA-L10C", AS_OF).verdict is Verdict.UPPFYLLT


class TestL10DSenior:
    @pytest.mark.parametrize(
        ("members", "verdict", "situation"),
        [
            (["kso", "lpo"], Verdict.UPPFYLLT, None),
            (["kso", "kommunpolis"], Verdict.EJ_BEDOMBART, Situation.UNRECORDED),
            (["kso", "lpo", "bolagsrep"], Verdict.DELVIS, Situation.UNRECORDED),
            (["kso", "lpo", "junior"], Verdict.DELVIS, Situation.MISSING_STEP),
            (["kso", "junior"], Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP),
        ],
    )
    def test_seniority_of_the_other_actors(
        self, members: list[str], verdict: Verdict, situation: Situation | None
    ) -> None:
        """Every other organisation with a senior member: met; seniority unstated: unrecorded."""
        from kbfa.model import OrganisationKind

        g = (
            people()
            .org("bolaget", OrganisationKind.COMPANY)
            .role("bolagsrep", org="bolaget")
            .role("junior", org="bolaget", senior=False)
            .body("rad", COUNCIL, members=members, chair="kso")
            .build()
        )
        f = one(g, "KBFA-L10D", AS_OF)
        assert (f.verdict, f.situation) == (verdict, situation)
        assert f.severity is not Severity.BREACH
