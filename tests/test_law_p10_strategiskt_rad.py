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


def said(
    b: Builder, code: str, as_of: str = AS_OF, lang: str = "sv"
) -> list[tuple[Verdict, str, str]]:
    """Each finding of ``code`` as the reader gets it: verdict, the key it points at, the message.

    The model is evaluated as a loaded config (in_folder), so findings carry key paths.
    """
    import datetime as dt
    from pathlib import Path

    from builder import in_folder  # type: ignore[import-not-found]
    from kbfa.evaluation import evaluate

    result = evaluate(in_folder(b.build(), Path(".")), dt.date.fromisoformat(as_of), lang=lang)  # type: ignore[arg-type]
    return [
        (f.verdict, f.location.path if f.location else "", f.message)
        for f in result.findings
        if f.code == code
    ]


def town() -> Builder:
    """The police, the county board, a housing company and their roles (fictitious)."""
    from kbfa.model import OrganisationKind

    return (
        people()
        .document()
        .org("lst", OrganisationKind.COUNTY_BOARD, "Länsstyrelsen")
        .org("bolaget", OrganisationKind.COMPANY, "Bostadsbolaget")
        .role("sakerhetschef", title="Säkerhetschef")
        .role("polischef", org="polisen", title="Polischef")
        .role("landshovding", org="lst", senior=True)
        .role("vd", org="bolaget", senior=True)
        .role("bovard", org="bolaget", senior=False)
        .role("bolagsrep", org="bolaget")
    )


STATE = [
    ("polisens-rad", "Polisens råd", "polisen"),
    ("lanets-rad", "Länets råd", "lst"),
]


class TestL10AWordsAndWhere:
    """KBFA-L10A's messages (p10_strategiskt_rad.py's catalogue, kbfa's published words) and
    the key each points at, in Swedish and English."""

    @staticmethod
    def with_state_forums(b: Builder) -> Builder:
        for id_, name, org in STATE:
            b = b.body(id_, COUNCIL, name, members=["lpo"], organisation=org)
        return b

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Strategiskt råd: Trygghetsrådet, Rådet i öst. Polisens råd leds av "
                "Polismyndigheten och är inte kommunens råd enligt 10 §. Länets råd leds av "
                "Länsstyrelsen och är inte kommunens råd enligt 10 §.",
            ),
            (
                "en",
                "Strategic council: Trygghetsrådet, Rådet i öst. Polisens råd is led by "
                "Polismyndigheten and is not the municipality's council under s. 10. Länets råd "
                "is led by Länsstyrelsen and is not the municipality's council under s. 10.",
            ),
        ],
    )
    def test_every_council_of_the_municipality_and_the_state_forums(
        self, lang: str, message: str
    ) -> None:
        """Two councils (one the municipality's by organisation), two state-led forums named,
        each with the organisation that leads it (Länets råd is Länsstyrelsen's, not the
        police's)."""
        b = town().body("grupp", BodyKind.WORKING_GROUP, "Arbetsgruppen", members=["kso"])
        b = self.with_state_forums(b)
        b = b.body("rad", COUNCIL, "Trygghetsrådet", members=["kso"])
        b = b.body("ost", COUNCIL, "Rådet i öst", members=["kso"], organisation="kommun")
        assert said(b, "KBFA-L10A", lang=lang) == [(Verdict.UPPFYLLT, "bodies[3]", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Det finns inget organ som kallas strategiskt råd, men Styrgruppen samlar "
                "kommunen och andra aktörer kring de strategiska frågorna och bedöms fylla "
                "rådets funktion.",
            ),
            (
                "en",
                "No body is called a strategic council, but Styrgruppen brings the municipality "
                "and other actors together on the strategic questions and is taken to serve as "
                "the council.",
            ),
        ],
    )
    def test_a_steering_group_with_the_police_serves(self, lang: str, message: str) -> None:
        """Lindesberg: the first steering group with other actors; one of officials does not."""
        b = (
            town()
            .body("lg", BodyKind.STEERING_GROUP, "Ledningsgruppen", members=["kso"])
            .body("styr", BodyKind.STEERING_GROUP, "Styrgruppen", members=["kso", "lpo"])
        )
        assert said(b, "KBFA-L10A", lang=lang) == [(Verdict.UPPFYLLT, "bodies[1]", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet beskriver inget strategiskt råd (eller någon styrgrupp med andra "
                "aktörer) för de strategiska brottsförebyggande frågorna.",
            ),
            (
                "en",
                "The steering document describes no strategic council (or steering group with "
                "other actors) for the strategic crime-prevention questions.",
            ),
        ],
    )
    def test_no_council_and_no_state_forum(self, lang: str, message: str) -> None:
        """Only a steering group of the municipality's own: nothing, and no note on the state."""
        b = town().body("lg", BodyKind.STEERING_GROUP, "Ledningsgruppen", members=["kso"])
        assert said(b, "KBFA-L10A", lang=lang) == [(Verdict.EJ_UPPFYLLT, "bodies", message)]

    def test_only_state_forums(self) -> None:
        """The note on the state-led forums follows the sentence that there is no council."""
        b = self.with_state_forums(town())
        assert said(b, "KBFA-L10A") == [
            (
                Verdict.EJ_UPPFYLLT,
                "bodies",
                "Styrdokumentet beskriver inget strategiskt råd (eller någon styrgrupp med andra "
                "aktörer) för de strategiska brottsförebyggande frågorna. Polisens råd leds av "
                "Polismyndigheten och är inte kommunens råd enligt 10 §. Länets råd leds av "
                "Länsstyrelsen och är inte kommunens råd enligt 10 §.",
            )
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet beskriver inget strategiskt råd (eller någon styrgrupp med andra "
                "aktörer) för de strategiska brottsförebyggande frågorna. Polisens råd, "
                "Polisens ledningsråd leds av Polismyndigheten och är inte kommunens råd enligt "
                "10 §.",
            ),
            (
                "en",
                "The steering document describes no strategic council (or steering group with "
                "other actors) for the strategic crime-prevention questions. Polisens råd, "
                "Polisens ledningsråd are led by Polismyndigheten and are not the "
                "municipality's councils under s. 10.",
            ),
        ],
    )
    def test_two_forums_of_one_organisation_share_a_sentence(self, lang: str, message: str) -> None:
        """Two forums of the police: one sentence names both (in English in the plural)."""
        b = town()
        for id_, name in (("polisens-rad", "Polisens råd"), ("ledning", "Polisens ledningsråd")):
            b = b.body(id_, COUNCIL, name, members=["lpo"], organisation="polisen")
        assert said(b, "KBFA-L10A", lang=lang) == [(Verdict.EJ_UPPFYLLT, "bodies", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [("sv", "Strategiskt råd: Trygghetsrådet."), ("en", "Strategic council: Trygghetsrådet.")],
    )
    def test_an_empty_organisation_id_names_no_other_organisation(
        self, lang: str, message: str
    ) -> None:
        """A council whose organisation id is empty (the loader refuses it; a model built in
        code can hold it) names no organisation, as one without an id: it is the
        municipality's council, not a forum led by someone else. It was taken for a state
        forum "led by" nobody: "Trygghetsrådet leds av  och är inte kommunens råd"."""
        b = town().body("rad", COUNCIL, "Trygghetsrådet", members=["kso"], organisation="")
        assert b.bodies[0].organisation == ""
        assert said(b, "KBFA-L10A", lang=lang) == [(Verdict.UPPFYLLT, "bodies[0]", message)]

    def test_a_state_forum_abolished_is_no_longer_named(self) -> None:
        """A police forum whose period ended before the date is not named."""
        from builder import period  # type: ignore[import-not-found]

        b = town().body(
            "polisens-rad",
            COUNCIL,
            "Polisens råd",
            members=["lpo"],
            organisation="polisen",
            period=period("2020-01-01", "2025-12-31"),
        )
        assert said(b, "KBFA-L10A")[0][2].endswith("brottsförebyggande frågorna.")


class TestL10BWordsAndWhere:
    """KBFA-L10B for each council in turn: who leads it, in words, and the key to change."""

    @staticmethod
    def councils() -> Builder:
        return (
            town()
            .role("samordnare", title="Brottsförebyggande samordnare")
            .body("a", COUNCIL, "Rådet A", members=["lpo"], chair="sakerhetschef")
            .body("b", COUNCIL, "Rådet B", members=["kso"], chair="polischef")
            .body("c", COUNCIL, "Rådet C", members=["lpo"], convener="samordnare")
            .body("d", COUNCIL, "Rådet D", members=["lpo"], convener="lpo")
            .body("e", COUNCIL, "Rådet E", members=["lpo"])
            .document(related=[RelatedDocument(Text("Rådets arbetsordning"), governs=(Id("d"),))])
        )

    def test_each_council_sv(self) -> None:
        """Chaired by the municipality, by the police, convened by the samordnare, convened by
        the police with its rules elsewhere, and nothing said."""
        assert said(self.councils(), "KBFA-L10B") == [
            (
                Verdict.UPPFYLLT,
                "bodies[0].chair",
                "Rådet A leds av säkerhetschefen, som företräder kommunen.",
            ),
            (
                Verdict.EJ_UPPFYLLT,
                "bodies[1].chair",
                "Rådet B leds av polischefen (Polismyndigheten), som inte företräder kommunen; rådet ska "
                "ledas av kommunen.",
            ),
            (
                Verdict.UPPFYLLT,
                "bodies[2].convener",
                "För Rådet C anges ingen ordförande, men rådet sammankallas av den "
                "brottsförebyggande samordnaren, som företräder kommunen; kbfa bedömer därför att "
                "kommunen leder det. Att sammankalla är inte detsamma som att leda: ange i "
                "styrdokumentet vem som är ordförande.",
            ),
            (
                Verdict.EJ_BEDOMBART,
                "bodies[3].chair",
                "Vem som leder Rådet D anges inte i styrdokumentet; rådets verksamhet regleras i "
                "”Rådets arbetsordning”.",
            ),
            (Verdict.EJ_BEDOMBART, "bodies[4].chair", "Vem som leder Rådet E är inte registrerat."),
        ]

    def test_each_council_en(self) -> None:
        """The same in English."""
        assert [m for _, _, m in said(self.councils(), "KBFA-L10B", lang="en")] == [
            "Rådet A is chaired by Säkerhetschef, who represents the municipality.",
            "Rådet B is chaired by Polischef (Polismyndigheten), who does not represent the "
            "municipality; the council must be led by the municipality.",
            "No chair is stated for Rådet C, but it is convened by Brottsförebyggande "
            "samordnare, who represents the municipality, so kbfa takes the municipality to lead "
            "it. Convening is not leading: state the chair in the steering document.",
            "Who leads Rådet D is not stated in the steering document; the council's work is "
            "governed by “Rådets arbetsordning”.",
            "Who leads Rådet E is not recorded.",
        ]

    @pytest.mark.parametrize(
        ("code", "verdict"),
        [("KBFA-L10B", Verdict.EJ_TILLAMPLIG), ("KBFA-L10C", Verdict.EJ_TILLAMPLIG)],
    )
    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Det finns inget strategiskt råd att bedöma (se KBFA-L10A)."),
            ("en", "There is no strategic council to assess (see KBFA-L10A)."),
        ],
    )
    def test_no_council_to_assess(
        self, code: str, verdict: Verdict, lang: str, message: str
    ) -> None:
        """Leadership and actors are judged once there is a council; the finding asks for one."""
        assert said(town(), code, lang=lang) == [(verdict, "bodies", message)]

    def test_no_council_for_seniority_either(self) -> None:
        """L10D likewise."""
        assert said(town(), "KBFA-L10D") == [
            (
                Verdict.EJ_TILLAMPLIG,
                "bodies",
                "Det finns inget strategiskt råd att bedöma (se KBFA-L10A).",
            )
        ]


class TestL10CWordsAndWhere:
    """KBFA-L10C for each council: who else takes part, with the key to the members."""

    def test_each_council(self) -> None:
        """Other actors named in order of seats; a note on unnamed partners; only its own."""
        b = (
            town()
            .body("a", COUNCIL, "Rådet A", members=["kso", "vd", "lpo", "kommunpolis"])
            .body("b", COUNCIL, "Rådet B", members=["kso"], members_note=Text("Parter ingår."))
            .body("c", COUNCIL, "Rådet C", members=["kso"])
        )
        assert said(b, "KBFA-L10C") == [
            (
                Verdict.UPPFYLLT,
                "bodies[0].members",
                "I Rådet A ingår även Bostadsbolaget, Polismyndigheten.",
            ),
            (
                Verdict.EJ_BEDOMBART,
                "bodies[1].members_note",
                "Vilka andra aktörer som ingår i Rådet B är inte registrerat; styrdokumentet "
                "säger att de ingår utan att ange vilka (”Parter ingår.”).",
            ),
            (
                Verdict.EJ_UPPFYLLT,
                "bodies[2].members",
                "I Rådet C ingår bara kommunen själv, inga andra relevanta aktörer.",
            ),
        ]
        assert [m for _, _, m in said(b, "KBFA-L10C", lang="en")] == [
            "Bostadsbolaget, Polismyndigheten also take part in Rådet A.",
            "Which other actors take part in Rådet B is not recorded; the steering document says "
            "they do without naming them (“Parter ingår.”).",
            "Only the municipality itself takes part in Rådet C, no other relevant actors.",
        ]


class TestL10DWordsAndWhere:
    """KBFA-L10D: which organisation is represented by someone senior, seat by seat."""

    @pytest.mark.parametrize(
        ("members", "verdict", "message"),
        [
            # A senior seat settles it whatever the organisation's other seats say.
            (
                ["kso", "bovard", "vd"],
                Verdict.UPPFYLLT,
                "Alla andra aktörer i Rådet företräds av någon i ledande befattning.",
            ),
            (
                ["kso", "vd", "bovard"],
                Verdict.UPPFYLLT,
                "Alla andra aktörer i Rådet företräds av någon i ledande befattning.",
            ),
            (
                ["kso", "bolagsrep", "vd"],
                Verdict.UPPFYLLT,
                "Alla andra aktörer i Rådet företräds av någon i ledande befattning.",
            ),
            # Stated as not senior, and nothing senior: a gap, unrecorded seats or not.
            (
                ["kso", "bovard", "bolagsrep"],
                Verdict.EJ_UPPFYLLT,
                "Det anges inte att "
                "Bostadsbolaget företräds av någon i ledande befattning i Rådet.",
            ),
            (
                ["kso", "bolagsrep", "bovard"],
                Verdict.EJ_UPPFYLLT,
                "Det anges inte att "
                "Bostadsbolaget företräds av någon i ledande befattning i Rådet.",
            ),
            # Seniority never stated: unrecorded.
            (
                ["kso", "bolagsrep"],
                Verdict.EJ_BEDOMBART,
                "Det är inte registrerat att "
                "Bostadsbolaget företräds av någon i ledande befattning i Rådet.",
            ),
        ],
    )
    def test_one_organisation_with_several_seats(
        self, members: list[str], verdict: Verdict, message: str
    ) -> None:
        """The housing company's seats in either order."""
        b = town().body("rad", COUNCIL, "Rådet", members=members, chair="kso")
        assert said(b, "KBFA-L10D") == [(verdict, "bodies[0].members", message)]

    def test_an_attending_senior_is_no_seat(self) -> None:
        """The VD only attends (no seat): the company's seat holder's seniority is unrecorded."""
        b = town()
        b = b.body(
            "rad",
            COUNCIL,
            "Rådet",
            members=["kso", "bolagsrep", b.seat("vd", Participation.ATTENDS)],
            chair="kso",
        )
        assert said(b, "KBFA-L10D")[0][0] is Verdict.EJ_BEDOMBART

    def test_several_organisations_missing(self) -> None:
        """Police senior, company and county board not: both named, in order of seats."""
        from kbfa.model import Membership

        b = town().role("handlaggare", org="lst", senior=False)
        b = b.body(
            "rad",
            COUNCIL,
            "Rådet",
            members=["kso", "bovard", "lpo", Membership(Id("handlaggare"))],
            chair="kso",
        )
        assert said(b, "KBFA-L10D") == [
            (
                Verdict.DELVIS,
                "bodies[0].members",
                "Det anges inte att Bostadsbolaget, Länsstyrelsen företräds av någon i ledande "
                "befattning i Rådet.",
            )
        ]
        assert said(b, "KBFA-L10D", lang="en")[0][2] == (
            "Bostadsbolaget, Länsstyrelsen are not stated to be represented by someone in a "
            "senior position in Rådet."
        )

    def test_the_english_words(self) -> None:
        """All senior, unrecorded, and no other actors, in English."""
        b = (
            town()
            .body("a", COUNCIL, "Rådet A", members=["kso", "lpo"], chair="kso")
            .body("b", COUNCIL, "Rådet B", members=["kso", "bolagsrep"], chair="kso")
            .body("c", COUNCIL, "Rådet C", members=["kso"], chair="kso")
        )
        assert said(b, "KBFA-L10D", lang="en") == [
            (
                Verdict.UPPFYLLT,
                "bodies[0].members",
                "Every other actor in Rådet A is represented by someone in a senior position.",
            ),
            (
                Verdict.EJ_BEDOMBART,
                "bodies[1].members",
                "It is not recorded that Bostadsbolaget are represented by someone in a senior "
                "position in Rådet B.",
            ),
            (
                Verdict.EJ_TILLAMPLIG,
                "bodies[2].members",
                "No actors other than the municipality take part in Rådet C (see KBFA-L10C).",
            ),
        ]
        assert said(b, "KBFA-L10D")[2][2] == (
            "Inga andra aktörer än kommunen ingår i Rådet C (se KBFA-L10C)."
        )

    def test_a_council_of_the_municipality_alone_does_not_end_the_assessment(self) -> None:
        """The first council has no other actors; the second, after it, is still assessed."""
        b = (
            town()
            .body("a", COUNCIL, "Rådet A", members=["kso"], chair="kso")
            .body("b", COUNCIL, "Rådet B", members=["kso", "lpo"], chair="kso")
        )
        assert [(v, p) for v, p, _ in said(b, "KBFA-L10D")] == [
            (Verdict.EJ_TILLAMPLIG, "bodies[0].members"),
            (Verdict.UPPFYLLT, "bodies[1].members"),
        ]

    def test_a_seat_for_a_role_the_config_does_not_describe(self) -> None:
        """A member id that names no role is passed over; the police chief is senior."""
        b = town().body("rad", COUNCIL, "Rådet", members=["kso", "okand", "lpo"], chair="kso")
        assert said(b, "KBFA-L10D")[0][:2] == (Verdict.UPPFYLLT, "bodies[0].members")
