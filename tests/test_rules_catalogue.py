"""The rule catalogue is complete: every rule carries every field, every duty of the law has a rule."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kbfa.config import load
from kbfa.model import RequirementKind, Strength
from kbfa.rules import (
    CAMERA_IN_FORCE,
    LAW_IN_FORCE,
    PLAN_IN_FORCE,
    SECTIONS,
    Level,
    Rule,
    RuleSource,
    catalogue,
    find_rule,
    law_duties,
    local_rules,
)

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = sorted((ROOT / "configs").glob("*.toml")) + sorted((ROOT / "examples").glob("*.toml"))
CODE = re.compile(r"KBFA-(L(\d+|OB)[A-Z]|B\d\d|W\d|KA|KP?-[a-z0-9][a-z0-9_\-]*)\Z")
#: Dates written from the law, not read from the code: lag (2023:196) entered into
#: force on 2023-07-01, the first åtgärdsplan was due by 2024-07-01 (övergångs-
#: bestämmelserna 2 p.) and 14 § (SFS 2025:223) applies from 2025-04-01.
LAW_DATE = dt.date(2023, 7, 1)
PLAN_DATE = dt.date(2024, 7, 1)
CAMERA_DATE = dt.date(2025, 4, 1)


def _texts(rule: Rule) -> list[str]:
    return [
        getattr(rule, name)(lang)
        for name in ("title", "paraphrase", "satisfied_by", "how_to_fix", "action")
        for lang in ("sv", "en")
    ]


class TestEveryRule:
    @pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.code)
    def test_has_every_field(self, rule: Rule) -> None:
        """A catalogue rule has a code, source, reference, texts (kommunstyrelsen's action too) in both languages, strength, date, level and a check."""
        assert CODE.match(rule.code), rule.code
        assert isinstance(rule.source, RuleSource)
        assert rule.reference.label("sv") and rule.reference.label("en")
        assert all(t.strip() for t in _texts(rule)), rule.code
        assert isinstance(rule.strength, Strength)
        assert isinstance(rule.in_force, dt.date)
        assert isinstance(rule.level, Level)
        assert callable(rule.check)

    @pytest.mark.parametrize(
        "rule", [r for r in catalogue() if r.source in ("law", "guidance")], ids=lambda r: r.code
    )
    def test_law_and_guidance_link_to_their_text(self, rule: Rule) -> None:
        """Rules of the law link to lagen.nu and Brå's rules to bra.se."""
        host = "https://lagen.nu/2023:196" if rule.source == "law" else "https://"
        assert rule.url is not None and rule.url.startswith(host)
        if rule.source == "guidance":
            assert "bra.se" in rule.url

    def test_codes_are_unique(self) -> None:
        """No two catalogue rules share a code."""
        codes = [r.code for r in catalogue()]
        assert len(codes) == len(set(codes))

    def test_law_rules_cite_sfs_2023_196(self) -> None:
        """Every law rule's reference is lag (2023:196), with a § or the transitional provisions."""
        for r in catalogue():
            if r.source == "law":
                assert r.reference.sfs == "2023:196"
                assert r.reference.section is not None or r.reference.transitional

    def test_guidance_is_never_a_breach(self) -> None:
        """Brå's good practice has good-practice strength, so it can only warn."""
        for r in catalogue():
            if r.source == "guidance":
                assert r.strength is Strength.GOOD_PRACTICE


class TestCoverageOfTheLaw:
    def test_every_section_is_classified(self) -> None:
        """Sections 1–14 and the transitional provisions each say whether they carry a duty."""
        assert set(SECTIONS) == {str(n) for n in range(1, 15)} | {"ÖB"}

    @pytest.mark.parametrize("section", [s for s, why in SECTIONS.items() if why is None])
    def test_every_duty_has_a_rule(self, section: str) -> None:
        """A section with a duty has at least one rule citing it."""
        if section == "ÖB":
            cited = [r for r in catalogue() if r.reference.transitional]
        else:
            cited = [
                r for r in catalogue() if r.reference.section == int(section) and r.source == "law"
            ]
        assert cited, f"{section} § has no rule"

    def test_sections_without_duty_can_never_be_a_breach(self) -> None:
        """1 and 3 § carry no rule; 14 § (a permission) only an informational one."""
        for section, why in SECTIONS.items():
            if why is None:
                continue
            cited = [r for r in catalogue() if r.reference.section == int(section)]
            assert all(r.informational for r in cited), section
            assert why[0] and why[1]
        assert [r.code for r in catalogue() if r.reference.section == 14] == ["KBFA-L14A"]

    @pytest.mark.parametrize(
        ("code", "date"),
        [
            ("KBFA-L4A", LAW_DATE),
            ("KBFA-L5A", PLAN_DATE),
            ("KBFA-L5D", PLAN_DATE),
            ("KBFA-L6A", LAW_DATE),  # the lägesbild's cycle: from the law's entry into force
            ("KBFA-L6B", PLAN_DATE),  # following up a plan: only once a plan was required
            ("KBFA-L6C", LAW_DATE),
            ("KBFA-L6D", PLAN_DATE),
            ("KBFA-L9B", LAW_DATE),
            ("KBFA-L11A", LAW_DATE),
            ("KBFA-L13B", LAW_DATE),
            ("KBFA-L14A", CAMERA_DATE),
            ("KBFA-LOBA", PLAN_DATE),
        ],
    )
    def test_in_force_dates_of_the_statute(self, code: str, date: dt.date) -> None:
        """Each rule of the law applies from the date the statute gives (written out here)."""
        assert find_rule(code) is not None and find_rule(code).in_force == date  # type: ignore[union-attr]

    def test_the_constants_are_the_statutes_dates(self) -> None:
        """The code's constants hold the statute's dates (so the docs cannot drift)."""
        assert (LAW_IN_FORCE, PLAN_IN_FORCE, CAMERA_IN_FORCE) == (LAW_DATE, PLAN_DATE, CAMERA_DATE)

    def test_strengths_as_the_statute_has_them(self) -> None:
        """Verka för (8, 9 § 1 st., 10 §), lämplighet (7 §), ska (9 § 2 st., 10 § lead, 11–13 §§)."""
        rules = {r.code: r for r in catalogue()}
        for code in ("KBFA-L8A", "KBFA-L9A", "KBFA-L10A", "KBFA-L10C", "KBFA-L10D"):
            assert rules[code].strength is Strength.BEST_EFFORT, code
        assert rules["KBFA-L7A"].strength is Strength.QUALIFIED
        for code in ("KBFA-L9B", "KBFA-L10B", "KBFA-L11A", "KBFA-L13A", "KBFA-L13B"):
            assert rules[code].binding, code
        # "Kontinuerligt" read as 12 months, and agreements in force: kbfa's readings.
        for code in ("KBFA-L13C", "KBFA-L13D", "KBFA-L9C", "KBFA-L4E"):
            assert rules[code].interpretation and not rules[code].binding, code
            assert rules[code].strength_words("sv") == "kbfa:s tolkning (varning)"
        assert rules["KBFA-L14A"].informational and not rules["KBFA-L14A"].binding
        ka = rules["KBFA-KA"]
        assert (ka.source, ka.binding) == (RuleSource.KBFA, False)
        assert ka.strength_words("sv") == "kbfa:s förvaltningsregel (varning)"


class TestDuties:
    def test_duties_in_order_of_the_law(self) -> None:
        """The duties run 4, 5, 6, 7, 8, 9, 10, 11–12, 13 and the transitional provisions."""
        assert [d.key for d in law_duties()] == [
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "10",
            "11-12",
            "13",
            "OB",
        ]

    def test_every_law_rule_but_the_informational_belongs_to_a_duty(self) -> None:
        """Each law rule except the 2 § summary and 14 § is grouped under exactly one duty."""
        grouped = [c for d in law_duties() for c in d.codes]
        law = [r.code for r in catalogue() if r.source == "law" and not r.informational]
        assert sorted(grouped) == sorted(law)
        assert sorted(r.code for r in catalogue() if r.informational and r.source == "law") == [
            "KBFA-L14A",
            "KBFA-L2A",
        ]

    def test_duty_titles_and_labels(self) -> None:
        """A duty has a title in both languages and a readable reference (11–12 §§ as a range)."""
        by_key = {d.key: d for d in law_duties()}
        assert by_key["11-12"].reference.label("sv") == "11–12 §§ lag (2023:196)"
        assert by_key["OB"].reference.label("sv") == "övergångsbestämmelserna till lag (2023:196)"
        assert all(d.title("sv") and d.title("en") for d in law_duties())


class TestLayout:
    @pytest.mark.parametrize(
        ("section", "module"),
        [
            (4, "p04_lagesbild"),
            (5, "p05_atgardsplan"),
            (6, "p06_uppdatering"),
            (7, "p07_integrering"),
            (8, "p08_samordning"),
            (9, "p09_overenskommelser"),
            (10, "p10_strategiskt_rad"),
            (11, "p11_samordningsfunktion"),
            (12, "p12_uppgifter"),
            (13, "p13_ledning"),
            (14, "p14_kamerabevakning"),
        ],
    )
    def test_each_section_is_checked_in_its_own_module(self, section: int, module: str) -> None:
        """'Where is 6 § checked?' rules/law/p06_uppdatering.py, and only there."""
        import importlib

        mod = importlib.import_module(f"kbfa.rules.law.{module}")
        assert {r.reference.section for r in mod.RULES} == {section}
        assert f"{section} §" in (mod.__doc__ or "")

    def test_every_law_rule_lives_in_a_section_module(self) -> None:
        """The law's rules are exactly those of the section modules."""
        from kbfa.rules.law import LAW_RULES

        assert [r for r in catalogue() if r.source == "law"] == list(LAW_RULES)


class TestLocalRules:
    @pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.stem)
    def test_every_requirement_has_a_rule_citing_its_heading(self, path: Path) -> None:
        """Each requirement yields a local rule that cites its document's title and heading."""
        g = load(path).governance
        rules = local_rules(g)
        assert g.steering_document is not None
        for req in g.requirements:
            mine = [r for r in rules if r.code.endswith("-" + req.id)]
            assert mine, req.id
            for r in mine:
                assert r.source == "local"
                assert r.reference.heading == req.source
                # The requirement's own document (issue 12: [[documents]]), else the main one.
                document = g.document(req.document)
                assert document is not None
                cited = r.reference.document or ""
                assert cited.startswith(document.title), cited
                if req.version is not None:
                    assert f"version {req.version}" in cited
                assert r.paraphrase("sv") == req.text
                assert all(t.strip() for t in _texts(r))

    @pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.stem)
    def test_practice_rules_for_requirements_over_time(self, path: Path) -> None:
        """Cadence, reporting, follow-up and practice requirements get a KBFA-KP- practice rule."""
        g = load(path).governance
        codes = {r.code for r in local_rules(g)}
        timed = {
            RequirementKind.DELIVERABLE_CADENCE,
            RequirementKind.MEETING_CADENCE,
            RequirementKind.REPORTING,
            RequirementKind.FOLLOW_UP,
            RequirementKind.PRACTICE,
        }
        for req in g.requirements:
            assert (f"KBFA-KP-{req.id}" in codes) == (req.kind in timed)

    def test_local_codes_resolve_with_their_config(self) -> None:
        """find_rule finds a local code only when given the municipality's governance."""
        g = load(ROOT / "configs" / "lindesberg.toml").governance
        assert find_rule("KBFA-K-lb-signering") is None
        rule = find_rule("KBFA-K-lb-signering", g)
        assert rule is not None and rule.reference.heading == "2. Struktur"
        assert rule.code == "KBFA-K-lb-signering"  # that rule, not another of the config's

    def test_every_kind_has_a_check(self) -> None:
        """Every requirement kind maps to a design or practice check (none is silently skipped)."""
        from kbfa.rules.local.design import DESIGN_CHECKS
        from kbfa.rules.local.practice import PRACTICE_KINDS

        assert set(DESIGN_CHECKS) | set(PRACTICE_KINDS) == set(RequirementKind)


#: Every rule of the law as the statute has it: the § (and point) it cites, the lagen.nu
#: anchor of that §, "ska" / "verka för" / "i den utsträckning det är lämpligt", the
#: date it applies from (2023-07-01; the plan's rules from 2024-07-01, övergångs-
#: bestämmelserna 2 p.; 14 § from 2025-04-01, SFS 2025:223), design or practice, the
#: duty it belongs to, and whether it only informs (2 §, 14 §) or applies kbfa's
#: reading of an open term. Written out, not read from the code.
MUST, EFFORT, QUALIFIED = Strength.MUST, Strength.BEST_EFFORT, Strength.QUALIFIED
DESIGN, PRACTICE = Level.DESIGN, Level.PRACTICE
LAW_RULE_TABLE = [
    ("KBFA-L2A", "2 § lag (2023:196)", "#P2", MUST, LAW_DATE, DESIGN, None, True, False),
    ("KBFA-L4A", "4 § lag (2023:196)", "#P4", MUST, LAW_DATE, DESIGN, "4", False, False),
    ("KBFA-L4B", "4 § 1 p. lag (2023:196)", "#P4", MUST, LAW_DATE, DESIGN, "4", False, False),
    ("KBFA-L4C", "4 § 2 p. lag (2023:196)", "#P4", MUST, LAW_DATE, DESIGN, "4", False, False),
    ("KBFA-L4D", "4 § 3 p. lag (2023:196)", "#P4", MUST, LAW_DATE, DESIGN, "4", False, False),
    ("KBFA-L4E", "4 § lag (2023:196)", "#P4", MUST, LAW_DATE, DESIGN, "4", False, True),
    ("KBFA-L4F", "4 § 1 p. lag (2023:196)", "#P4", MUST, LAW_DATE, PRACTICE, "4", False, False),
    ("KBFA-L4G", "4 § 3 p. lag (2023:196)", "#P4", MUST, LAW_DATE, PRACTICE, "4", False, False),
    ("KBFA-L5A", "5 § lag (2023:196)", "#P5", MUST, PLAN_DATE, DESIGN, "5", False, False),
    ("KBFA-L5B", "5 § lag (2023:196)", "#P5", MUST, PLAN_DATE, DESIGN, "5", False, False),
    ("KBFA-L5C", "5 § lag (2023:196)", "#P5", MUST, PLAN_DATE, PRACTICE, "5", False, False),
    ("KBFA-L5D", "5 § lag (2023:196)", "#P5", MUST, PLAN_DATE, PRACTICE, "5", False, False),
    ("KBFA-L6A", "6 § lag (2023:196)", "#P6", MUST, LAW_DATE, DESIGN, "6", False, False),
    ("KBFA-L6B", "6 § lag (2023:196)", "#P6", MUST, PLAN_DATE, DESIGN, "6", False, False),
    ("KBFA-L6C", "6 § lag (2023:196)", "#P6", MUST, LAW_DATE, PRACTICE, "6", False, False),
    ("KBFA-L6D", "6 § lag (2023:196)", "#P6", MUST, PLAN_DATE, PRACTICE, "6", False, False),
    ("KBFA-L7A", "7 § lag (2023:196)", "#P7", QUALIFIED, LAW_DATE, DESIGN, "7", False, False),
    ("KBFA-L8A", "8 § lag (2023:196)", "#P8", EFFORT, LAW_DATE, DESIGN, "8", False, False),
    ("KBFA-L9A", "9 § lag (2023:196)", "#P9", EFFORT, LAW_DATE, DESIGN, "9", False, False),
    ("KBFA-L9B", "9 § lag (2023:196)", "#P9", MUST, LAW_DATE, DESIGN, "9", False, False),
    ("KBFA-L9C", "9 § lag (2023:196)", "#P9", EFFORT, LAW_DATE, PRACTICE, "9", False, True),
    ("KBFA-L10A", "10 § lag (2023:196)", "#P10", EFFORT, LAW_DATE, DESIGN, "10", False, False),
    ("KBFA-L10B", "10 § lag (2023:196)", "#P10", MUST, LAW_DATE, DESIGN, "10", False, False),
    ("KBFA-L10C", "10 § lag (2023:196)", "#P10", EFFORT, LAW_DATE, DESIGN, "10", False, False),
    ("KBFA-L10D", "10 § lag (2023:196)", "#P10", EFFORT, LAW_DATE, DESIGN, "10", False, False),
    ("KBFA-L11A", "11 § lag (2023:196)", "#P11", MUST, LAW_DATE, DESIGN, "11-12", False, False),
    (
        "KBFA-L12A",
        "12 § 1 p. lag (2023:196)",
        "#P12",
        MUST,
        LAW_DATE,
        DESIGN,
        "11-12",
        False,
        False,
    ),
    (
        "KBFA-L12B",
        "12 § 2 p. lag (2023:196)",
        "#P12",
        MUST,
        LAW_DATE,
        DESIGN,
        "11-12",
        False,
        False,
    ),
    (
        "KBFA-L12C",
        "12 § 3 p. lag (2023:196)",
        "#P12",
        MUST,
        LAW_DATE,
        DESIGN,
        "11-12",
        False,
        False,
    ),
    ("KBFA-L13A", "13 § lag (2023:196)", "#P13", MUST, LAW_DATE, DESIGN, "13", False, False),
    ("KBFA-L13B", "13 § lag (2023:196)", "#P13", MUST, LAW_DATE, DESIGN, "13", False, False),
    ("KBFA-L13C", "13 § lag (2023:196)", "#P13", MUST, LAW_DATE, DESIGN, "13", False, True),
    ("KBFA-L13D", "13 § lag (2023:196)", "#P13", MUST, LAW_DATE, PRACTICE, "13", False, True),
    ("KBFA-L14A", "14 § lag (2023:196)", "#P14", MUST, CAMERA_DATE, DESIGN, None, True, False),
    (
        "KBFA-LOBA",
        "övergångsbestämmelserna till lag (2023:196)",
        "#overgang",
        MUST,
        PLAN_DATE,
        PRACTICE,
        "OB",
        False,
        False,
    ),
]


class TestTheLawsRulesWrittenOut:
    def test_every_law_rule_as_the_statute_has_it(self) -> None:
        """The catalogue's law rules, each field written out from lag (2023:196)."""
        got = [
            (
                r.code,
                r.reference.label("sv"),
                r.url,
                r.strength,
                r.in_force,
                r.level,
                r.duty,
                r.informational,
                r.interpretation,
            )
            for r in catalogue()
            if r.source is RuleSource.LAW
        ]
        expected = [
            (code, label, "https://lagen.nu/2023:196" + anchor, *rest)
            for code, label, anchor, *rest in LAW_RULE_TABLE
        ]
        assert got == expected

    def test_the_transitional_rule_cites_no_section(self) -> None:
        """Övergångsbestämmelserna have no § and no point; every other law rule has its §."""
        loba = find_rule("KBFA-LOBA")
        assert loba is not None
        ref = loba.reference
        assert (ref.sfs, ref.section, ref.point, ref.transitional) == ("2023:196", None, None, True)
        l12b = find_rule("KBFA-L12B")
        assert l12b is not None
        assert (l12b.reference.section, l12b.reference.point, l12b.reference.transitional) == (
            12,
            "2",
            False,
        )

    def test_a_rules_words_in_both_languages(self) -> None:
        """5 §'s plan rule as docs/regler.md prints it: title, paraphrase, what satisfies it,
        the coordinator's fix and kommunstyrelsen's action, in Swedish and in English."""
        rule = find_rule("KBFA-L5A")
        assert rule is not None
        assert [
            rule.title("sv"),
            rule.satisfied_by("sv"),
            rule.how_to_fix("sv"),
            rule.action("sv"),
        ] == [
            "Kommunen beslutar en åtgärdsplan",
            'En leverans av slaget åtgärdsplan (kind = "atgardsplan") vars decided_by är '
            "fullmäktige, kommunstyrelsen, en nämnd eller ett presidium.",
            'Beskriv åtgärdsplanen under [[deliverables]] (kind = "atgardsplan") och ange i '
            "decided_by det organ som beslutar den: fullmäktige, kommunstyrelsen eller en nämnd.",
            "Fullmäktige, kommunstyrelsen eller en nämnd beslutar en åtgärdsplan utifrån "
            "lägesbilden, och styrdokumentet anger vilket organ som beslutar den.",
        ]
        assert rule.paraphrase("sv").startswith(
            "Kommunen ska besluta om en åtgärdsplan med de åtgärder den avser att vidta för att "
            "förebygga brott."
        )
        assert [
            rule.title("en"),
            rule.satisfied_by("en"),
            rule.how_to_fix("en"),
            rule.action("en"),
        ] == [
            "The municipality decides an åtgärdsplan",
            'A deliverable of kind "atgardsplan" whose decided_by is the assembly, the executive '
            "board, a committee or a presidium.",
            'Describe the plan under [[deliverables]] (kind = "atgardsplan") and set decided_by '
            "to the assembly, the executive board or a committee.",
            "The assembly, the executive board or a committee decides an action plan based on "
            "the situation report, and the steering document states which body decides it.",
        ]
        assert rule.paraphrase("en").startswith(
            "The municipality must decide on an action plan of the measures it intends to take."
        )
        # Swedish unless another language is asked for.
        assert (rule.title(), rule.satisfied_by(), rule.how_to_fix(), rule.action()) == (
            "Kommunen beslutar en åtgärdsplan",
            'En leverans av slaget åtgärdsplan (kind = "atgardsplan") vars decided_by är '
            "fullmäktige, kommunstyrelsen, en nämnd eller ett presidium.",
            'Beskriv åtgärdsplanen under [[deliverables]] (kind = "atgardsplan") och ange i '
            "decided_by det organ som beslutar den: fullmäktige, kommunstyrelsen eller en nämnd.",
            "Fullmäktige, kommunstyrelsen eller en nämnd beslutar en åtgärdsplan utifrån "
            "lägesbilden, och styrdokumentet anger vilket organ som beslutar den.",
        )
        assert rule.paraphrase().startswith("Kommunen ska besluta om en åtgärdsplan")

    @pytest.mark.parametrize(
        ("key", "sv", "en", "short_sv", "short_en", "anchor"),
        [
            ("5", "Åtgärdsplan", "Action plan", "5 §", "s. 5", "#P5"),
            (
                "11-12",
                "Samordningsfunktion",
                "Coordination function",
                "11–12 §§",
                "ss. 11–12",
                "#P11",
            ),
            (
                "OB",
                "Första åtgärdsplanen senast 2024-07-01",
                "First action plan by 2024-07-01",
                "övergångsbest.",
                "transitional",
                "#overgang",
            ),
        ],
    )
    def test_a_duty_as_the_report_heads_it(
        self, key: str, sv: str, en: str, short_sv: str, short_en: str, anchor: str
    ) -> None:
        """The report's duty table: the duty's title and its § in short, in both languages
        (Swedish by default)."""
        duty = {d.key: d for d in law_duties()}[key]
        assert (duty.title("sv"), duty.title("en")) == (sv, en)
        assert (duty.reference.short("sv"), duty.reference.short("en")) == (short_sv, short_en)
        assert (duty.title(), duty.reference.short()) == (sv, short_sv)  # Swedish by default
        assert duty.reference.url == "https://lagen.nu/2023:196" + anchor

    def test_a_guidance_reference_in_short_is_its_label(self) -> None:
        """Brå's page has no §: a table shows its heading, in the reader's language."""
        rule = find_rule("KBFA-B01")
        assert rule is not None
        assert rule.reference.short("sv") == 'Brå, avsnitt "Upprätta åtgärdsplan"'
        assert rule.reference.short("en") == 'Brå, section "Upprätta åtgärdsplan"'


#: Brå's pages the guidance rules cite (bra.se), one per heading.
PAGE_1 = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande/genomforande/uppratta-atgardsplan.html"
PAGE_2 = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande/gemensamma-forberedelser/gor-en-orsaksanalys.html"
PAGE_3 = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/ta-fram-en-kartlaggning-och-lagesbild.html"
PAGE_4 = "https://bra.se/forebygga-brott/samverkan/uppfoljning/folj-upp-arbetet.html"
PAGE_5 = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande/gemensamma-forberedelser/teckna-samverkansoverenskommelse.html"
PAGE_6 = "https://bra.se/forebygga-brott/samverkan/initiera-samverkan/skapa-en-organisation-for-arbetet.html"
PAGE_7 = "https://www.bra.se/forebygga-brott/samverkan/genomforande/formulera-medborgarloften.html"
PAGE_8 = "https://bra.se/forebygga-brott/arbeta-brottsforebyggande/uppfoljning/folj-upp-om-atagandena-har-genomforts.html"
BRA_RULE_TABLE = [
    ("KBFA-B01", "Upprätta åtgärdsplan", PAGE_1, PRACTICE),
    ("KBFA-B02", "Gör en orsaksanalys", PAGE_2, PRACTICE),
    ("KBFA-B03", "Ta fram en kartläggning och lägesbild", PAGE_3, PRACTICE),
    ("KBFA-B04", "Upprätta åtgärdsplan", PAGE_1, PRACTICE),
    ("KBFA-B05", "Upprätta åtgärdsplan", PAGE_1, PRACTICE),
    ("KBFA-B06", "Upprätta åtgärdsplan", PAGE_1, PRACTICE),
    ("KBFA-B07", "Upprätta åtgärdsplan", PAGE_1, PRACTICE),
    ("KBFA-B08", "Gör en orsaksanalys", PAGE_2, PRACTICE),
    ("KBFA-B09", "Följ upp arbetet", PAGE_4, PRACTICE),
    ("KBFA-B10", "Gör en orsaksanalys", PAGE_2, DESIGN),
    ("KBFA-B11", "Teckna samverkansöverenskommelse", PAGE_5, DESIGN),
    ("KBFA-B12", "Skapa en organisation för arbetet", PAGE_6, DESIGN),
    ("KBFA-B13", "Skapa en organisation för arbetet", PAGE_6, DESIGN),
    ("KBFA-B14", "Formulera medborgarlöften", PAGE_7, DESIGN),
    ("KBFA-B15", "Formulera medborgarlöften", PAGE_7, PRACTICE),
    ("KBFA-B16", "Följ upp om åtagandena har genomförts", PAGE_8, PRACTICE),
    ("KBFA-B17", "Följ upp arbetet", PAGE_4, PRACTICE),
    ("KBFA-B18", "Ta fram en kartläggning och lägesbild", PAGE_3, PRACTICE),
]


class TestBrasRulesWrittenOut:
    def test_every_guidance_rule_cites_its_page(self) -> None:
        """Brå's advice, rule by rule: the page's heading and address, design or practice; good
        practice from the law's entry into force, never a duty, never informational only."""
        got = [
            (
                r.code,
                r.reference.document,
                r.reference.heading,
                r.url,
                r.level,
                r.strength,
                r.in_force,
                r.duty,
                r.informational,
                r.interpretation,
            )
            for r in catalogue()
            if r.source is RuleSource.GUIDANCE
        ]
        expected = [
            (code, "Brå", heading, url, level, Strength.GOOD_PRACTICE, LAW_DATE, None, False, False)
            for code, heading, url, level in BRA_RULE_TABLE
        ]
        assert got == expected

    @pytest.mark.parametrize(
        ("code", "sv", "en"),
        [
            (
                "KBFA-B01",
                [
                    "Varje åtgärd riktar sig mot en orsak",
                    "Brå: åtgärderna ska riktas mot de orsaker som identifierats; varje åtgärd "
                    "kopplas till en numrerad orsak.",
                    "Varje [[measures]] har minst en orsak i causes.",
                    "Koppla åtgärden till den orsak den ska påverka (causes), eller ta bort "
                    "åtgärder som inte svarar mot något identifierat problem.",
                    "Kommunstyrelsen låter förvaltningen koppla varje åtgärd i planen till den "
                    "orsak den ska påverka (Brås råd).",
                ],
                [
                    "Every measure targets a cause",
                    "Brå: measures must target the identified causes; each is linked to a "
                    "numbered cause.",
                    "Every [[measures]] entry lists at least one cause.",
                    "Link the measure to the cause it addresses, or drop measures that answer no "
                    "identified problem.",
                    "The executive board has the administration link every measure in the plan "
                    "to the cause it addresses (Brå's advice).",
                ],
            ),
            (
                "KBFA-B17",
                [
                    "Varje indikator har data som inte är äldre än två år",
                    "Brå: uppföljningen jämför med ett utgångsläge. Lägesbilden uppdateras och "
                    "planen följs upp minst vartannat år (6 §), så indikatorns senaste värde får "
                    "inte vara äldre än två år (settings.cycle_months) räknat från periodens slut.",
                    "Indikatorns senaste värde för kommunen (i data eller utgångsläget) gäller en "
                    "period som slutade för mindre än cycle_months sedan.",
                    "Hämta nyare statistik och uppdatera datasetet.",
                    "Kommunstyrelsen ser till att uppföljningen bygger på statistik som inte är "
                    "äldre än två år (Brås råd).",
                ],
                [
                    "Every indicator has data not older than two years",
                    "Brå: follow-up compares with a baseline. The lägesbild is updated and the "
                    "plan followed up at least every second year (s. 6), so the indicator's "
                    "latest value must not be older than two years from the end of its period.",
                    "The indicator's latest value for the municipality (in data or the baseline) "
                    "is for a period that ended less than cycle_months ago.",
                    "Fetch newer statistics and update the dataset.",
                    "The executive board sees to it that the follow-up rests on statistics no "
                    "older than two years (Brå's advice).",
                ],
            ),
        ],
    )
    def test_a_guidance_rules_words(self, code: str, sv: list[str], en: list[str]) -> None:
        """Two of Brå's rules (the plan's chain, the indicators' data) as docs/regler.md
        prints them: title, paraphrase, what satisfies it, fix and action."""
        rule = find_rule(code)
        assert rule is not None
        for lang, words in (("sv", sv), ("en", en)):
            assert [
                rule.title(lang),
                rule.paraphrase(lang),
                rule.satisfied_by(lang),
                rule.how_to_fix(lang),
                rule.action(lang),
            ] == words
