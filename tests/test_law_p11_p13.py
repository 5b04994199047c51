"""11–12 §§ (p11_samordningsfunktion.py, p12_uppgifter.py) and 13 § (p13_ledning.py).

11 §: the municipality has a samordningsfunktion. 12 §: its three tasks attach to it
by law, so a document that does not restate one breaches nothing (the law fills the
silence; noted as information). 13 §: kommunstyrelsen leads unless fullmäktige has
decided on another nämnd, so silence is no breach; a document that gives the lead to
officials contradicts the law; the leading body reports to fullmäktige
"kontinuerligt", which kbfa reads as at least every 12 months (a warning).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builder import Builder, cad, in_folder, one, reporting, shape  # type: ignore[import-not-found]
from kbfa.evaluation import Finding, Severity, Situation, Verdict, evaluate
from kbfa.model import BodyKind, EvidenceKind, OrganisationKind, Per, Task12, Text


def placed(kind: OrganisationKind, **kw: object) -> dict[str, object]:
    """Keyword arguments for Builder.org: the kind and where it sits."""
    return {"kind": kind, **kw}


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


class TestL11AFunction:
    def test_held_by_a_role(self) -> None:
        """A function held by the samordnare: uppfyllt, the role in its definite form."""
        g = (
            Builder()
            .role("samordnare", title="Brottsförebyggande samordnare")
            .coordination(held_by=["samordnare"])
            .build()
        )
        f = one(g, "KBFA-L11A", AS_OF)
        assert f.message == "Samordningsfunktionen innehas av den brottsförebyggande samordnaren."

    def test_held_outside_the_municipality_is_noted(self) -> None:
        """Vetlanda 003:30: a kommunalförbund holds it: accepted, with the note on 12 § 2 p."""
        g = (
            Builder()
            .org("hrf", OrganisationKind.MUNICIPAL_ASSOCIATION, "Räddningstjänstförbundet")
            .coordination(organisation="hrf")
            .build()
        )
        f = one(g, "KBFA-L11A", AS_OF)
        assert f.verdict is Verdict.UPPFYLLT
        assert "utanför kommunens egen organisation" in f.message

    def test_no_holder_is_a_missing_step(self) -> None:
        """A function set up without anyone holding it: delvis, a breach."""
        f = one(Builder().coordination().build(), "KBFA-L11A", AS_OF)
        assert shape(f) == (Verdict.DELVIS, Situation.MISSING_STEP, Severity.BREACH)

    def test_no_function_is_a_missing_step(self) -> None:
        """No samordningsfunktion: ej uppfyllt, a breach."""
        f = one(Builder().build(), "KBFA-L11A", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)


def shared_function() -> Builder:
    """A function held by the samordnare, a post shared with two neighbours, and a group,
    in a gemensam nämnd hosted by a neighbour (fictitious)."""
    return (
        Builder()
        .document()
        .org("grann", OrganisationKind.KOMMUN, "Grannkommunen")
        .org("tredje", OrganisationKind.KOMMUN, "Tredje kommunen")
        .org(
            "gn",
            OrganisationKind.JOINT_COMMITTEE,
            "Gemensamma nämnden",
            member=True,
            hosted_by="grann",
        )
        .role("samordnare", title="Brottsförebyggande samordnare")
        .role("delad", org="grann", title="Säkerhetssamordnare", shared_with=("kommun", "tredje"))
        .body("grupp", BodyKind.WORKING_GROUP, "Arbetsgruppen")
        .coordination(held_by=["samordnare", "delad"], body="grupp", organisation="gn")
    )


class TestL11AWordsAndWhere:
    """KBFA-L11A's messages (p11_samordningsfunktion.py's catalogue, kbfa's published words)
    and the key each points at: who holds the function and where it sits."""

    def test_holders_a_joint_committee_and_a_shared_post(self) -> None:
        """Kommunallagen 9 kap. 19 § and 37 §: each note is given, the holders listed."""
        assert said(shared_function(), "KBFA-L11A") == [
            (
                Verdict.UPPFYLLT,
                "coordination.held_by",
                "Samordningsfunktionen innehas av den brottsförebyggande samordnaren, "
                "säkerhetssamordnaren (Grannkommunen) och Arbetsgruppen. Den ligger hos "
                "Gemensamma nämnden, en gemensam nämnd som kommunen är part i med Grannkommunen "
                "som värdkommun; den hör till kommunens egen organisation. "
                "Säkerhetssamordnaren (Grannkommunen) är en tjänst som kommunen delar med "
                "Grannkommunen och Tredje kommunen; den räknas som kommunens egen.",
            )
        ]
        assert said(shared_function(), "KBFA-L11A", lang="en")[0][2] == (
            "The coordination function is held by Brottsförebyggande samordnare, "
            "Säkerhetssamordnare (Grannkommunen) and Arbetsgruppen. It lies with Gemensamma "
            "nämnden, a joint committee the municipality is party to, hosted by Grannkommunen; "
            "it belongs to the municipality's own organisation. Säkerhetssamordnare "
            "(Grannkommunen) is a post the municipality shares with Grannkommunen and Tredje "
            "kommunen; it counts as its own."
        )

    @pytest.mark.parametrize(
        ("org", "sv", "en"),
        [
            (
                placed(OrganisationKind.JOINT_COMMITTEE, member=True, hosted_by="kommun"),
                "Samordningsfunktionen innehas av Förbundet. Den ligger hos Förbundet, en "
                "gemensam nämnd som kommunen är part i; den hör till kommunens egen organisation.",
                "The coordination function is held by Förbundet. It lies with Förbundet, a joint "
                "committee the municipality is party to; it belongs to the municipality's own "
                "organisation.",
            ),
            (
                placed(OrganisationKind.MUNICIPAL_ASSOCIATION, member=True),
                "Samordningsfunktionen innehas av Förbundet. Den ligger hos Förbundet, ett "
                "kommunalförbund som kommunen är medlem i; förbundsordningen ska omfatta "
                "uppgiften.",
                "The coordination function is held by Förbundet. It lies with Förbundet, a "
                "municipal association the municipality is a member of; the association's "
                "charter must cover the task.",
            ),
            (
                placed(OrganisationKind.MUNICIPAL_ASSOCIATION),
                "Samordningsfunktionen innehas av Förbundet. Den ligger hos Förbundet, utanför "
                "kommunens egen organisation; det förutsätter att förbundsordningen eller ett "
                "avtal omfattar uppgiften, och kommunens kontaktpunkt (12 § 2 p.) är ändå "
                "kommunens.",
                "The coordination function is held by Förbundet. It lies with Förbundet, outside "
                "the municipality's own organisation; that requires the association's charter or "
                "an agreement to cover the task, and the contact point (s. 12(2)) is still the "
                "municipality's.",
            ),
            (
                placed(OrganisationKind.MUNICIPAL_COMPANY, hosted_by="kommun"),
                "Samordningsfunktionen innehas av Förbundet.",
                "The coordination function is held by Förbundet.",
            ),
        ],
    )
    def test_a_function_placed_with_an_organisation(
        self, org: dict[str, object], sv: str, en: str
    ) -> None:
        """No holder named: the organisation holds it; where it sits decides the note."""
        b = (
            Builder()
            .document()
            .org("forb", name="Förbundet", **org)
            .coordination(organisation="forb")
        )
        assert said(b, "KBFA-L11A") == [(Verdict.UPPFYLLT, "coordination.organisation", sv)]
        assert said(b, "KBFA-L11A", lang="en")[0][2] == en

    def test_the_municipality_itself_needs_no_note(self) -> None:
        """organisation = the municipality: no note on where it sits."""
        b = Builder().document().coordination(organisation="kommun")
        assert said(b, "KBFA-L11A")[0][2] == "Samordningsfunktionen innehas av Provkommun."

    def test_an_unknown_organisation_is_outside(self) -> None:
        """An id that names no organisation is not the municipality's own."""
        b = Builder().document().coordination(organisation="okand")
        assert "utanför kommunens egen organisation" in said(b, "KBFA-L11A")[0][2]

    def test_a_post_shared_only_with_the_municipality(self) -> None:
        """Employed by the neighbour, shared with the municipality: the neighbour is named."""
        b = (
            Builder()
            .document()
            .org("grann", OrganisationKind.KOMMUN, "Grannkommunen")
            .role("delad", org="grann", title="Samordnare", shared_with=("kommun",))
            .coordination(held_by=["delad"])
        )
        assert said(b, "KBFA-L11A")[0][2] == (
            "Samordningsfunktionen innehas av samordnaren (Grannkommunen). Samordnaren "
            "(Grannkommunen) är en tjänst som kommunen delar med Grannkommunen; den räknas som "
            "kommunens egen."
        )

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Styrdokumentet inrättar en samordningsfunktion men anger inte vem som har den.",
            ),
            ("en", "The steering document sets up a coordination function but not who holds it."),
        ],
    )
    def test_no_holder(self, lang: str, message: str) -> None:
        """The function is set up without anyone holding it: the table is pointed at."""
        b = Builder().document().coordination()
        assert said(b, "KBFA-L11A", lang=lang) == [(Verdict.DELVIS, "coordination", message)]

    @pytest.mark.parametrize(
        ("lang", "message", "action"),
        [
            (
                "sv",
                "Styrdokumentet beskriver ingen samordningsfunktion för det brottsförebyggande "
                "arbetet.",
                "Kommunstyrelsen inrättar en samordningsfunktion för det brottsförebyggande "
                "arbetet och styrdokumentet anger vem som har den.",
            ),
            (
                "en",
                "The steering document describes no coordination function for the work.",
                None,
            ),
        ],
    )
    def test_no_function(self, lang: str, message: str, action: str | None) -> None:
        """docs/regler.md's action for KBFA-L11A, addressed to kommunstyrelsen."""
        (f,) = located(Builder().document(), "KBFA-L11A", lang=lang)
        assert (f.verdict, f.location.path if f.location else "", f.message) == (
            Verdict.EJ_UPPFYLLT,
            "coordination",
            message,
        )
        if action is not None:
            assert f.action == action


TASKS = [
    ("KBFA-L12A", Task12.COORDINATE_SUPPORT, "12 § 1 p."),
    ("KBFA-L12B", Task12.CONTACT_POINT, "12 § 2 p."),
    ("KBFA-L12C", Task12.INFORM_PUBLIC, "12 § 3 p."),
]


class TestL12Tasks:
    @pytest.mark.parametrize(("code", "task", "cite"), TASKS)
    def test_a_stated_task_is_met(self, code: str, task: Task12, cite: str) -> None:
        """The document gives the function the task: uppfyllt."""
        g = Builder().coordination(organisation="kommun", tasks=[task]).build()
        assert one(g, code, AS_OF).verdict is Verdict.UPPFYLLT

    @pytest.mark.parametrize(("code", "task", "cite"), TASKS)
    def test_an_unstated_task_follows_from_the_law(
        self, code: str, task: Task12, cite: str
    ) -> None:
        """Silence: the task attaches by law; ej bedömbart how it is done, information only."""
        g = Builder().coordination(organisation="kommun").build()
        f = one(g, code, AS_OF)
        assert shape(f) == (Verdict.EJ_BEDOMBART, Situation.LAW_FILLS, Severity.INFO)
        assert f"uppgiften följer direkt av {cite}" in f.message

    def test_no_function_leaves_the_tasks_unassessable(self) -> None:
        """Without a function its tasks cannot be assessed (the breach is L11A's)."""
        f = one(Builder().build(), "KBFA-L12B", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_BEDOMBART, Severity.WARNING)


#: Each 12 § rule as docs/regler.md publishes it (Swedish), with kbfa's English words.
PUBLISHED_12 = [
    (
        "KBFA-L12A",
        "1",
        "coordinate_support",
        "Samordningsfunktionen samordnar och stödjer",
        "The function coordinates and supports",
        "Samordningsfunktionen ska särskilt samordna och stödja genomförandet av kommunens "
        "arbete enligt lagen.",
        "Kommunstyrelsen förtydligar i styrdokumentet att samordningsfunktionen samordnar och "
        "stödjer arbetet (uppgiften följer redan av 12 § 1 p.).",
    ),
    (
        "KBFA-L12B",
        "2",
        "contact_point",
        "Samordningsfunktionen är kontaktpunkt",
        "The function is the contact point",
        "Samordningsfunktionen ska särskilt utgöra kommunens kontaktpunkt för externa aktörer.",
        "Kommunstyrelsen förtydligar i styrdokumentet att samordningsfunktionen är kommunens "
        "kontaktpunkt för externa aktörer (uppgiften följer redan av 12 § 2 p.).",
    ),
    (
        "KBFA-L12C",
        "3",
        "inform_public",
        "Samordningsfunktionen bidrar till att information sprids",
        "The function helps information to be spread",
        "Samordningsfunktionen ska särskilt bidra till att information om det "
        "brottsförebyggande arbetet sprids till invånarna och andra som kan vilja eller behöva "
        "ta del av den.",
        "Kommunstyrelsen förtydligar i styrdokumentet att samordningsfunktionen bidrar till att "
        "information om arbetet sprids till invånarna (uppgiften följer redan av 12 § 3 p.).",
    ),
]


class TestL12RulesAsPublished:
    """docs/regler.md, "KBFA-L12A" to "KBFA-L12C": what the catalogue says of each task rule.

    The 12 § rules are built while kbfa is imported; tests/mutation_import_time.py runs
    their mutants in a fresh interpreter against these expectations.
    """

    @pytest.mark.parametrize(
        ("code", "point", "key", "title", "title_en", "paraphrase", "action"), PUBLISHED_12
    )
    def test_the_rule_cites_its_point_and_says_what_meets_it(
        self,
        code: str,
        point: str,
        key: str,
        title: str,
        title_en: str,
        paraphrase: str,
        action: str,
    ) -> None:
        """Källa "12 § N p. lag (2023:196)", ska, utformning, and the texts of docs/regler.md."""
        from kbfa.rules import Level, find_rule, law_duties

        rule = find_rule(code)
        assert rule is not None
        assert rule.code == code
        assert rule.reference.label() == f"12 § {point} p. lag (2023:196)"
        assert rule.reference.label("en") == f"s. 12({point}), Act (2023:196)"
        assert rule.url == "https://lagen.nu/2023:196#P12"
        assert rule.strength_words() == "ska (brist om det saknas)"
        assert rule.binding
        assert rule.level is Level.DESIGN
        assert (rule.title(), rule.title("en")) == (title, title_en)
        assert rule.paraphrase() == paraphrase
        assert rule.satisfied_by() == (
            f'[coordination].tasks innehåller "{key}". Anges uppgiften inte följer den ändå av '
            "lagen; det noteras, men är ingen brist."
        )
        assert rule.satisfied_by("en") == (
            f'[coordination].tasks includes "{key}"; if not, the task still follows from the '
            "law, which is noted, not a breach."
        )
        assert rule.how_to_fix() == (
            f'Förtydliga uppgiften i styrdokumentet och lägg till "{key}" i [coordination].tasks.'
        )
        assert rule.how_to_fix("en") == (
            f'Make the task clear in the steering document and add "{key}" to [coordination].tasks.'
        )
        assert rule.action() == action
        # The report's summary table counts the three tasks under 11–12 §§ with 11 §'s rule.
        (duty,) = [d for d in law_duties() if code in d.codes]
        assert duty.key == "11-12"
        assert duty.codes == ("KBFA-L11A", "KBFA-L12A", "KBFA-L12B", "KBFA-L12C")

    @pytest.mark.parametrize(
        ("code", "point", "key", "title", "title_en", "paraphrase", "action"), PUBLISHED_12
    )
    def test_each_rule_checks_its_own_task(
        self,
        code: str,
        point: str,
        key: str,
        title: str,
        title_en: str,
        paraphrase: str,
        action: str,
    ) -> None:
        """A function with only this task stated: this rule is met, the other two are noted."""
        g = Builder().coordination(organisation="kommun", tasks=[Task12(key)]).build()
        for other, *_ in PUBLISHED_12:
            expected = Verdict.UPPFYLLT if other == code else Verdict.EJ_BEDOMBART
            assert one(g, other, AS_OF).verdict is expected


#: Each task in the law's words (12 § 1-3 p.), Swedish and kbfa's English.
TASK_WORDS = [
    (
        "KBFA-L12A",
        Task12.COORDINATE_SUPPORT,
        "1",
        "samordna och stödja genomförandet av kommunens arbete enligt lagen",
        "coordinate and support the municipality's work under the law",
    ),
    (
        "KBFA-L12B",
        Task12.CONTACT_POINT,
        "2",
        "utgöra kommunens kontaktpunkt för externa aktörer",
        "be the municipality's contact point for external actors",
    ),
    (
        "KBFA-L12C",
        Task12.INFORM_PUBLIC,
        "3",
        "bidra till att information om det brottsförebyggande arbetet sprids till invånarna "
        "och andra som kan vilja eller behöva ta del av den",
        "help information about the work to be spread to residents and others",
    ),
]


class TestL12WordsAndWhere:
    """Each 12 § task stated, or filled in by the law, in words, with the fix and the key."""

    @pytest.mark.parametrize(("code", "task", "point", "sv", "en"), TASK_WORDS)
    def test_a_stated_task(self, code: str, task: Task12, point: str, sv: str, en: str) -> None:
        """The document gives the function the task: the tasks list is the key."""
        b = Builder().document().coordination(organisation="kommun", tasks=[task])
        assert said(b, code) == [
            (
                Verdict.UPPFYLLT,
                "coordination.tasks",
                f"Samordningsfunktionen ska enligt styrdokumentet {sv}.",
            )
        ]
        assert said(b, code, lang="en")[0][2] == (
            f"According to the steering document the coordination function is to {en}."
        )

    @pytest.mark.parametrize(("code", "task", "point", "sv", "en"), TASK_WORDS)
    def test_a_task_the_law_fills_in(
        self, code: str, task: Task12, point: str, sv: str, en: str
    ) -> None:
        """Silence: the law gives the task; the fix names the key to add."""
        b = Builder().document().coordination(organisation="kommun")
        (f,) = located(b, code)
        assert (f.verdict, f.location.path if f.location else "") == (
            Verdict.EJ_BEDOMBART,
            "coordination.tasks",
        )
        assert f.message == (
            f"Styrdokumentet anger inte att samordningsfunktionen ska {sv}; uppgiften följer "
            f"direkt av 12 § {point} p. Hur den fullgörs framgår inte av styrdokumentet."
        )
        assert f.fix == (
            f"Förtydliga i styrdokumentet hur samordningsfunktionen ska {sv} (uppgiften följer "
            f'redan av 12 § {point} p.), och lägg till "{task.value}" i [coordination].tasks.'
        )
        (e,) = located(b, code, lang="en")
        assert e.message == (
            f"The steering document does not state that the coordination function is to {en}; "
            f"the task follows directly from s. 12({point}). How it is carried out is not shown."
        )
        assert e.fix == (
            f"Make clear in the steering document how the function is to {en} (the task "
            f'already follows from s. 12({point})), and add "{task.value}" to '
            "[coordination].tasks."
        )

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Det finns ingen samordningsfunktion att bedöma (se KBFA-L11A)."),
            ("en", "There is no coordination function to assess (see KBFA-L11A)."),
        ],
    )
    @pytest.mark.parametrize("code", ["KBFA-L12A", "KBFA-L12B", "KBFA-L12C"])
    def test_no_function(self, code: str, lang: str, message: str) -> None:
        """No function: each task rule points at [coordination]."""
        assert said(Builder().document(), code, lang=lang) == [
            (Verdict.EJ_BEDOMBART, "coordination", message)
        ]


def political() -> Builder:
    return (
        Builder()
        .body("kf", BodyKind.ASSEMBLY, "Kommunfullmäktige")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .body("nämnden", BodyKind.COMMITTEE, "Socialnämnden")
        .body("lg", BodyKind.STEERING_GROUP, "Kommunens ledningsgrupp", organisation="kommun")
    )


class TestL13ALeadership:
    @pytest.mark.parametrize(
        ("lead", "kf_decision", "verdict", "situation"),
        [
            ("ks", None, Verdict.UPPFYLLT, None),
            ("nämnden", Text("KF 2024-02-01 § 5"), Verdict.UPPFYLLT, None),
            ("nämnden", None, Verdict.DELVIS, Situation.MISSING_STEP),
            ("lg", None, Verdict.EJ_UPPFYLLT, Situation.CONTRARY),
        ],
    )
    def test_who_leads(
        self, lead: str, kf_decision: Text | None, verdict: Verdict, situation: Situation | None
    ) -> None:
        """KS, or a nämnd fullmäktige decided on, leads; a group of officials contradicts 13 §."""
        g = political().leadership(lead, kf_decision=kf_decision).build()
        f = one(g, "KBFA-L13A", AS_OF)
        assert (f.verdict, f.situation) == (verdict, situation)

    def test_steering_by_officials_is_a_breach(self) -> None:
        """Vetlanda 003:82: 'kommunens ledningsgrupp, vilken utgör styrgrupp': a breach."""
        f = one(political().leadership("lg").build(), "KBFA-L13A", AS_OF)
        assert f.severity is Severity.BREACH
        assert "kommunens ledningsgrupp" in f.message

    def test_silence_means_kommunstyrelsen_leads(self) -> None:
        """Hjo: the document names no leading body; KS leads under 13 §: uppfyllt, never a breach."""
        f = one(political().build(), "KBFA-L13A", AS_OF)
        assert shape(f) == (Verdict.UPPFYLLT, Situation.LAW_FILLS, Severity.INFO)
        assert f.message == (
            "Styrdokumentet anger inte vilket organ som leder arbetet. Har fullmäktige inte "
            "beslutat om en annan nämnd, leder kommunstyrelsen arbetet enligt 13 §."
        )

    def test_kommunstyrelsen_responsible_for_the_document_leads(self) -> None:
        """Lindesberg 004:25: 'Ansvarigt politiskt organ: Kommunstyrelsen': uppfyllt."""
        g = political().document(responsible_body="ks").build()
        f = one(g, "KBFA-L13A", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.UPPFYLLT, None)


class TestL13BReporting:
    def test_the_leading_body_reports_to_fullmaktige(self) -> None:
        """KS leads and reports to KF: uppfyllt."""
        g = political().leadership("ks", assembly="kf", reporting=[reporting("kf")]).build()
        assert one(g, "KBFA-L13B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_no_reporting_is_a_missing_step(self) -> None:
        """Reporting to KF is an operational step the law demands: ej uppfyllt, a breach."""
        f = one(political().leadership("ks").build(), "KBFA-L13B", AS_OF)
        assert shape(f) == (Verdict.EJ_UPPFYLLT, Situation.MISSING_STEP, Severity.BREACH)
        assert "kommunstyrelsen rapporterar" in f.message

    def test_another_body_reporting_is_not_the_leading_bodys_report(self) -> None:
        """A council reporting to KF does not meet 13 §: the leading body must report."""
        g = (
            political()
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet", reports_to=[reporting("kf")])
            .leadership("ks")
            .build()
        )
        f = one(g, "KBFA-L13B", AS_OF)
        assert f.verdict is Verdict.EJ_UPPFYLLT
        assert (
            "Rådet redovisas för fullmäktige, men det är det organ som leder arbetet" in f.message
        )


class TestL13CFrequency:
    @pytest.mark.parametrize(
        ("cadence", "verdict"),
        [
            (cad(1), Verdict.UPPFYLLT),
            (cad(2), Verdict.UPPFYLLT),
            (cad(1, Per.TERTIAL), Verdict.UPPFYLLT),
            (cad(1, Per.YEAR, 2), Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_at_least_every_12_months(self, cadence: object, verdict: Verdict) -> None:
        """kbfa's reading of 'kontinuerligt': at least every 12 months; a warning at most."""
        g = political().leadership("ks", reporting=[reporting("kf", cadence)]).build()  # type: ignore[arg-type]
        f = one(g, "KBFA-L13C", AS_OF)
        assert f.verdict is verdict
        assert f.severity is not Severity.BREACH
        assert f.interpretation

    def test_continuous_without_cadence_cannot_be_assessed(self) -> None:
        """'Kontinuerligt' with no cadence: whether every 12 months cannot be seen."""
        g = political().leadership("ks", reporting=[reporting("kf", continuous=True)]).build()
        assert one(g, "KBFA-L13C", AS_OF).verdict is Verdict.EJ_BEDOMBART


class TestL13DReported:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [
            ("2026-11-23", Verdict.UPPFYLLT),
            ("2026-11-24", Verdict.UPPFYLLT),  # due by 2026-11-24: the day itself is on time
            ("2026-11-25", Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_the_next_report_within_12_months(self, as_of: str, verdict: Verdict) -> None:
        """A report to KF on 2025-11-24 is due again by 2026-11-24."""
        g = (
            political()
            .leadership("ks", reporting=[reporting("kf")])
            .evidence("2025-11-24", EvidenceKind.REPORTED, "ks", to="kf")
            .build()
        )
        f = one(g, "KBFA-L13D", as_of)
        assert f.verdict is verdict
        assert f.severity is not Severity.BREACH

    def test_a_report_by_another_body_does_not_count(self) -> None:
        """A report recorded for a council is not the leading body's report."""
        g = (
            political()
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet")
            .leadership("ks")
            .evidence("2026-05-01", EvidenceKind.REPORTED, "rad", to="kf")
            .build()
        )
        assert one(g, "KBFA-L13D", AS_OF).verdict is Verdict.EJ_BEDOMBART


class TestWhoLeads:
    """13 §: [leadership], else the document's responsible body, else kommunstyrelsen by law.

    The answer names the body actions are addressed to ("{Lead} inrättar ...", docs/regler.md
    for KBFA-L11A); a body that may not lead leaves kommunstyrelsen to be addressed.
    """

    @pytest.mark.parametrize(
        ("b", "body", "basis", "lawful", "action"),
        [
            (political().leadership("ks"), "ks", "stated", True, "Kommunstyrelsen"),
            (
                political().leadership("nämnden", kf_decision=Text("KF 2024-02-01 § 5")),
                "nämnden",
                "stated",
                True,
                "Socialnämnden",
            ),
            (political().leadership("nämnden"), "nämnden", "stated", False, "Kommunstyrelsen"),
            (political().leadership("lg"), "lg", "stated", False, "Kommunstyrelsen"),
            (political().leadership("okand"), None, "stated", False, "Kommunstyrelsen"),
            (
                political().document(responsible_body="nämnden"),
                "nämnden",
                "responsible",
                False,
                "Kommunstyrelsen",
            ),
            (
                political().document(responsible_body="ks"),
                "ks",
                "responsible",
                True,
                "Kommunstyrelsen",
            ),
            (political().document(responsible_body="kf"), "ks", "law", True, "Kommunstyrelsen"),
            (political().document(responsible_body="okand"), "ks", "law", True, "Kommunstyrelsen"),
            (political(), "ks", "law", True, "Kommunstyrelsen"),
            (Builder(), None, "law", True, "Kommunstyrelsen"),
            (
                Builder()
                .body("nämnden", BodyKind.COMMITTEE, "Socialnämnden")
                .leadership("nämnden"),
                "nämnden",
                "stated",
                False,
                "Kommunstyrelsen",
            ),
        ],
    )
    def test_who_leads_and_whom_actions_address(
        self, b: Builder, body: str | None, basis: str, lawful: bool, action: str
    ) -> None:
        """Who leads, on what basis, whether lawfully, and the action's first word."""
        from kbfa.rules import who_leads

        g = b.build()
        lead = who_leads(g)
        assert (lead.body.id if lead.body else None, lead.basis.value, lead.lawful) == (
            body,
            basis,
            lawful,
        )
        (f,) = located(b, "KBFA-L11A")
        assert f.action == (
            f"{action} inrättar en samordningsfunktion för det brottsförebyggande arbetet och "
            "styrdokumentet anger vem som har den."
        )

    @pytest.mark.parametrize(
        ("lang", "action"),
        [
            (
                "sv",
                "Regionstyrelsen inrättar en samordningsfunktion för det brottsförebyggande "
                "arbetet och styrdokumentet anger vem som har den.",
            ),
            (
                "en",
                "Regionstyrelsen sets up a coordination function for crime prevention, and the "
                "steering document states who holds it.",
            ),
        ],
    )
    def test_a_board_by_another_name_is_addressed_by_its_name(self, lang: str, action: str) -> None:
        """Region Gotland: the executive board is regionstyrelsen. A committee without a KF
        decision may not lead, so the board is addressed by the name the config gives it."""
        b = (
            Builder()
            .body("rs", BodyKind.EXECUTIVE_BOARD, "Regionstyrelsen")
            .body("nämnden", BodyKind.COMMITTEE, "Socialnämnden")
            .leadership("nämnden")
        )
        (f,) = located(b, "KBFA-L11A", lang=lang)
        assert f.action == action

    def test_in_english_without_a_board_the_executive_board_is_addressed(self) -> None:
        """No kommunstyrelsen in the config and a committee without a KF decision."""
        b = Builder().body("nämnden", BodyKind.COMMITTEE, "Socialnämnden").leadership("nämnden")
        (f,) = located(b, "KBFA-L11A", lang="en")
        assert f.action is not None and f.action.startswith("The executive board ")


class TestL13AWordsAndWhere:
    """KBFA-L13A's messages (p13_ledning.py's catalogue, kbfa's published words) and keys."""

    @pytest.mark.parametrize(
        ("b", "verdict", "path", "sv", "en"),
        [
            (
                political().leadership("ks"),
                Verdict.UPPFYLLT,
                "leadership.body",
                "Kommunstyrelsen leder arbetet.",
                "Kommunstyrelsen leads the work.",
            ),
            (
                political().leadership("nämnden", kf_decision=Text("KF 2024-02-01 § 5")),
                Verdict.UPPFYLLT,
                "leadership.body",
                "Socialnämnden leder arbetet efter beslut av fullmäktige (KF 2024-02-01 § 5).",
                "Socialnämnden leads the work by decision of the assembly (KF 2024-02-01 § 5).",
            ),
            (
                political().leadership("nämnden"),
                Verdict.DELVIS,
                "leadership.kf_decision",
                "Socialnämnden leder arbetet, men det anges inget beslut av fullmäktige om att "
                "nämnden ska göra det; utan ett sådant beslut leder kommunstyrelsen arbetet "
                "enligt 13 §.",
                "Socialnämnden leads the work, but no assembly decision giving it that role is "
                "stated; without one, the executive board leads under s. 13.",
            ),
            (
                political().leadership("lg"),
                Verdict.EJ_UPPFYLLT,
                "leadership.body",
                "Enligt styrdokumentet leds och styrs arbetet av kommunens ledningsgrupp, som "
                "varken är kommunstyrelsen eller en nämnd som fullmäktige har utsett.",
                "According to the steering document the work is led and steered by Kommunens "
                "ledningsgrupp, which is neither the executive board nor a committee appointed "
                "by the assembly.",
            ),
            (
                political().document(responsible_body="ks"),
                Verdict.UPPFYLLT,
                "steering_document.responsible_body",
                "Kommunstyrelsen är ansvarigt politiskt organ för styrdokumentet och leder "
                "arbetet.",
                "Kommunstyrelsen is the political body responsible for the steering document "
                "and leads the work.",
            ),
            (
                political().document(responsible_body="nämnden"),
                Verdict.UPPFYLLT,
                "leadership",
                "Styrdokumentet anger inte vilket organ som leder arbetet. Har fullmäktige inte "
                "beslutat om en annan nämnd, leder kommunstyrelsen arbetet enligt 13 §.",
                "The steering document does not state which body leads the work. Unless the "
                "assembly has decided on another committee, the executive board leads under "
                "s. 13.",
            ),
        ],
    )
    def test_each_answer(self, b: Builder, verdict: Verdict, path: str, sv: str, en: str) -> None:
        """Lindesberg 004:25, Vetlanda 003:82, Hjo: each way a document says who leads."""
        assert said(b, "KBFA-L13A") == [(verdict, path, sv)]
        assert said(b, "KBFA-L13A", lang="en") == [(verdict, path, en)]


def kf_and_ks() -> Builder:
    return political().body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet").document()


class TestL13BWordsAndWhere:
    """KBFA-L13B: the leading body's line to fullmäktige, and what else reports there."""

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Kommunstyrelsen rapporterar till kommunfullmäktige."),
            ("en", "Kommunstyrelsen reports to Kommunfullmäktige."),
        ],
    )
    def test_the_first_line_to_an_assembly_is_pointed_at(self, lang: str, message: str) -> None:
        """A line to the council first, then to KF (an assembly): the second line is the key."""
        b = kf_and_ks().leadership("ks", reporting=[reporting("rad"), reporting("kf")])
        assert said(b, "KBFA-L13B", lang=lang) == [
            (Verdict.UPPFYLLT, "leadership.reporting[1]", message)
        ]

    def test_a_line_to_the_named_assembly_counts(self) -> None:
        """[leadership].assembly names the recipient even if it is not an assembly body."""
        b = kf_and_ks().leadership("ks", assembly="rad", reporting=[reporting("rad")])
        assert said(b, "KBFA-L13B") == [
            (Verdict.UPPFYLLT, "leadership.reporting[0]", "Kommunstyrelsen rapporterar till Rådet.")
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Det anges inte att kommunstyrelsen rapporterar om arbetet till "
                'kommunfullmäktige. Rådet, "Lägesbild" redovisas för fullmäktige, men det är '
                "det organ som leder arbetet som ska rapportera.",
            ),
            (
                "en",
                "It is not stated that Kommunstyrelsen reports on the work to the municipal "
                'assembly. Rådet, "Lägesbild" is presented to the assembly, but it is the '
                "leading body that must report.",
            ),
        ],
    )
    def test_others_reporting_are_named(self, lang: str, message: str) -> None:
        """A council and a lägesbild go to KF; a plan goes to KS only; the leader says nothing."""
        from kbfa.model import DeliverableKind

        b = (
            political()
            .document()
            .body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet", reports_to=[reporting("kf")])
            .body("grupp", BodyKind.WORKING_GROUP, "Gruppen", reports_to=[reporting("ks")])
            .deliverable("lb", DeliverableKind.LAGESBILD, "Lägesbild", recipients=[reporting("kf")])
            .deliverable("plan", DeliverableKind.ATGARDSPLAN, "Plan", recipients=[reporting("ks")])
            .leadership("ks", reporting=[reporting("rad")])
        )
        assert said(b, "KBFA-L13B", lang=lang) == [
            (Verdict.EJ_UPPFYLLT, "leadership.reporting", message)
        ]

    def test_without_leadership_the_key_is_leadership(self) -> None:
        """No [leadership] table: kommunstyrelsen (by law) is named, the table is asked for."""
        assert said(kf_and_ks(), "KBFA-L13B") == [
            (
                Verdict.EJ_UPPFYLLT,
                "leadership",
                "Det anges inte att kommunstyrelsen rapporterar om arbetet till kommunfullmäktige.",
            )
        ]

    def test_without_any_board_kommunstyrelsen_is_named(self) -> None:
        """No bodies at all: the law's kommunstyrelsen, in each language."""
        assert said(Builder().document(), "KBFA-L13B")[0][2] == (
            "Det anges inte att kommunstyrelsen rapporterar om arbetet till kommunfullmäktige."
        )
        assert said(Builder().document(), "KBFA-L13B", lang="en")[0][2] == (
            "It is not stated that the executive board reports on the work to the municipal "
            "assembly."
        )


class TestL13CWordsAndWhere:
    """KBFA-L13C: the most frequent line to fullmäktige against 12 months (or a setting)."""

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Rapporteringen till fullmäktige sker två gånger per år, alltså minst var 12:e "
                "månad.",
            ),
            ("en", "Reporting to the assembly happens twice a year, so at least every 12 months."),
        ],
    )
    def test_the_most_frequent_line_counts(self, lang: str, message: str) -> None:
        """Once every two years, then twice a year, then once a year: the second is the key."""
        from kbfa.model import Per

        b = kf_and_ks().leadership(
            "ks",
            reporting=[
                reporting("kf", cad(1, Per.YEAR, 2)),
                reporting("kf", cad(2)),
                reporting("kf", cad(1)),
            ],
        )
        assert said(b, "KBFA-L13C", lang=lang) == [
            (Verdict.UPPFYLLT, "leadership.reporting[1].cadence", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Rapporteringen till fullmäktige sker en gång vartannat år, mer sällan än var "
                "12:e månad.",
            ),
            (
                "en",
                "Reporting to the assembly happens once every 2 years, less often than every 12 "
                "months.",
            ),
        ],
    )
    def test_too_rare(self, lang: str, message: str) -> None:
        """Every second year only: contrary to kbfa's reading of "kontinuerligt"."""
        from kbfa.model import Per

        b = kf_and_ks().leadership(
            "ks", reporting=[reporting("rad", cad(4)), reporting("kf", cad(1, Per.YEAR, 2))]
        )
        assert said(b, "KBFA-L13C", lang=lang) == [
            (Verdict.EJ_UPPFYLLT, "leadership.reporting[1].cadence", message)
        ]

    @pytest.mark.parametrize(
        ("cadence", "verdict", "message"),
        [
            (
                cad(2),
                Verdict.UPPFYLLT,
                "Rapporteringen till fullmäktige sker två gånger per år, alltså minst var 6:e "
                "månad.",
            ),
            (
                cad(1),
                Verdict.EJ_UPPFYLLT,
                "Rapporteringen till fullmäktige sker en gång per år, mer sällan än var 6:e månad.",
            ),
        ],
    )
    def test_a_six_month_setting(self, cadence: object, verdict: Verdict, message: str) -> None:
        """report_interval_months = 6: twice a year is exactly enough, once a year is not."""
        from kbfa.model import EvaluationSettings

        b = kf_and_ks().leadership("ks", reporting=[reporting("kf", cadence)])  # type: ignore[arg-type]
        b.settings = EvaluationSettings(report_interval_months=6)  # type: ignore[arg-type]
        assert said(b, "KBFA-L13C") == [(verdict, "leadership.reporting[0].cadence", message)]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            (
                "sv",
                "Rapporteringen till fullmäktige anges som kontinuerlig men utan takt, så det går "
                "inte att se att den sker minst var 12:e månad.",
            ),
            (
                "en",
                "Reporting to the assembly is called continuous but has no cadence, so it cannot "
                "be seen to happen at least every 12 months.",
            ),
        ],
    )
    def test_continuous_without_cadence_points_at_the_first_line(
        self, lang: str, message: str
    ) -> None:
        """Two lines to KF without a cadence: the first one is the key."""
        b = kf_and_ks().leadership(
            "ks",
            reporting=[
                reporting("rad", cad(1)),
                reporting("kf", continuous=True),
                reporting("kf"),
            ],
        )
        assert said(b, "KBFA-L13C", lang=lang) == [
            (Verdict.EJ_BEDOMBART, "leadership.reporting[1]", message)
        ]

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Det finns ingen rapportering till fullmäktige att bedöma (se KBFA-L13B)."),
            ("en", "There is no reporting to the assembly to assess (see KBFA-L13B)."),
        ],
    )
    def test_no_line_to_fullmaktige(self, lang: str, message: str) -> None:
        """Nothing to time."""
        b = kf_and_ks().leadership("ks", reporting=[reporting("rad", cad(1))])
        assert said(b, "KBFA-L13C", lang=lang) == [(Verdict.EJ_BEDOMBART, "leadership", message)]


class TestL13DWordsAndWhere:
    """KBFA-L13D: the latest report by the leading body, its reference and the next due date."""

    @staticmethod
    def reported() -> Builder:
        b = kf_and_ks().leadership("ks", reporting=[reporting("kf")])
        b.evidence("2024-10-01", EvidenceKind.REPORTED, "ks", to="kf", reference="KF § 10")
        b.evidence("2025-11-24", EvidenceKind.REPORTED, "ks", to="kf", reference="KF § 90")
        b.evidence("2026-05-01", EvidenceKind.REPORTED, "rad", to="kf", reference="KF § 40")
        return b

    @pytest.mark.parametrize(
        ("as_of", "verdict", "sv", "en"),
        [
            (
                "2026-11-24",
                Verdict.UPPFYLLT,
                "Senaste rapporten till fullmäktige: 2025-11-24 (KF § 90); nästa senast "
                "2026-11-24.",
                "Latest report to the assembly: 2025-11-24 (KF § 90); the next is due by "
                "2026-11-24.",
            ),
            (
                "2026-11-25",
                Verdict.EJ_UPPFYLLT,
                "Senaste rapporten till fullmäktige är från 2025-11-24 (KF § 90); nästa skulle "
                "ha lämnats senast 2026-11-24.",
                "The latest report to the assembly is from 2025-11-24 (KF § 90); the next was "
                "due by 2026-11-24.",
            ),
        ],
    )
    def test_the_latest_report_by_the_leading_body(
        self, as_of: str, verdict: Verdict, sv: str, en: str
    ) -> None:
        """The council's later report is not kommunstyrelsen's; the record is pointed at."""
        assert said(self.reported(), "KBFA-L13D", as_of) == [(verdict, "evidence[1]", sv)]
        assert said(self.reported(), "KBFA-L13D", as_of, "en") == [(verdict, "evidence[1]", en)]

    def test_a_six_month_setting_brings_the_next_report_forward(self) -> None:
        """report_interval_months = 6: due 2026-05-24 after the report of 2025-11-24."""
        from kbfa.model import EvaluationSettings

        b = self.reported()
        b.settings = EvaluationSettings(report_interval_months=6)  # type: ignore[arg-type]
        assert said(b, "KBFA-L13D", "2026-05-24")[0][2].endswith("nästa senast 2026-05-24.")
        assert said(b, "KBFA-L13D", "2026-05-25")[0][0] is Verdict.EJ_UPPFYLLT

    def test_without_any_body_every_report_counts(self) -> None:
        """No leading body in the config: a recorded report is taken as the work's report."""
        b = Builder().document().evidence("2026-05-01", EvidenceKind.REPORTED, "ks", to="kf")
        assert said(b, "KBFA-L13D")[0][:2] == (Verdict.UPPFYLLT, "evidence[0]")

    @pytest.mark.parametrize(
        ("lang", "message"),
        [
            ("sv", "Ingen rapport till fullmäktige är registrerad."),
            ("en", "No report to the assembly is recorded."),
        ],
    )
    def test_no_report(self, lang: str, message: str) -> None:
        """Nothing recorded: ej bedömbart, the leadership table is pointed at."""
        b = kf_and_ks().leadership("ks", reporting=[reporting("kf")])
        assert said(b, "KBFA-L13D", lang=lang) == [(Verdict.EJ_BEDOMBART, "leadership", message)]
