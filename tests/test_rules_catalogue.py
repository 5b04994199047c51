"""The rule catalogue is complete: every rule carries every field, every duty of the law has a rule."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kbfa.config import load
from kbfa.model import RequirementKind, Strength
from kbfa.rules import (
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


def _texts(rule: Rule) -> list[str]:
    return [
        getattr(rule, name)(lang)
        for name in ("title", "paraphrase", "satisfied_by", "how_to_fix")
        for lang in ("sv", "en")
    ]


class TestEveryRule:
    @pytest.mark.parametrize("rule", catalogue(), ids=lambda r: r.code)
    def test_has_every_field(self, rule: Rule) -> None:
        """A catalogue rule has a code, source, reference, texts in both languages, strength, date, level and a check."""
        assert CODE.match(rule.code), rule.code
        assert isinstance(rule.source, RuleSource)
        assert rule.reference.label("sv") and rule.reference.label("en")
        assert all(t.strip() for t in _texts(rule)), rule.code
        assert isinstance(rule.strength, Strength)
        assert isinstance(rule.in_force, dt.date)
        assert isinstance(rule.level, Level)
        assert callable(rule.check)

    @pytest.mark.parametrize(
        "rule", [r for r in catalogue() if r.source != "local"], ids=lambda r: r.code
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

    def test_sections_without_duty_have_no_rule(self) -> None:
        """1, 3 and 14 § (content, purpose, permission) carry no rule."""
        for section, why in SECTIONS.items():
            if why is not None:
                assert not [r for r in catalogue() if r.reference.section == int(section)]

    def test_plan_rules_apply_from_july_2024(self) -> None:
        """5 § and the transitional rule apply from 2024-07-01, the other law rules from 2023-07-01."""
        for r in catalogue():
            if r.source != "law":
                continue
            late = r.reference.section == 5 or r.reference.transitional
            assert r.in_force == (PLAN_IN_FORCE if late else LAW_IN_FORCE), r.code

    def test_verka_for_and_7_are_warnings(self) -> None:
        """9 § and 10 § "verka för" rules are best effort and 7 § is qualified, never must."""
        strengths = {r.code: r.strength for r in catalogue()}
        assert strengths["KBFA-L9A"] is Strength.BEST_EFFORT
        assert strengths["KBFA-L10A"] is Strength.BEST_EFFORT
        assert strengths["KBFA-L10D"] is Strength.BEST_EFFORT
        assert strengths["KBFA-L7A"] is Strength.QUALIFIED
        assert strengths["KBFA-L9B"] is Strength.MUST  # an existing agreement must be written


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

    def test_every_law_rule_but_the_summary_belongs_to_a_duty(self) -> None:
        """Each law rule except the 2 § summary is grouped under exactly one duty."""
        grouped = [c for d in law_duties() for c in d.codes]
        law = [r.code for r in catalogue() if r.source == "law" and not r.informational]
        assert sorted(grouped) == sorted(law)

    def test_duty_titles_and_labels(self) -> None:
        """A duty has a title in both languages and a readable reference (11–12 §§ as a range)."""
        by_key = {d.key: d for d in law_duties()}
        assert by_key["11-12"].reference.label("sv") == "11–12 §§ lag (2023:196)"
        assert by_key["OB"].reference.label("sv") == "övergångsbestämmelserna till lag (2023:196)"
        assert all(d.title("sv") and d.title("en") for d in law_duties())


class TestLocalRules:
    @pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.stem)
    def test_every_requirement_has_a_rule_citing_its_heading(self, path: Path) -> None:
        """Each requirement yields a local rule that cites the document title and its heading."""
        g = load(path).governance
        rules = local_rules(g)
        assert g.steering_document is not None
        for req in g.requirements:
            mine = [r for r in rules if r.code.endswith("-" + req.id)]
            assert mine, req.id
            for r in mine:
                assert r.source == "local"
                assert r.reference.heading == req.source
                assert r.reference.document == g.steering_document.title
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

    def test_every_kind_has_a_check(self) -> None:
        """Every requirement kind maps to a design or practice check (none is silently skipped)."""
        from kbfa.rules._local import _DESIGN_CHECKS, _PRACTICE_KINDS

        assert set(_DESIGN_CHECKS) | set(_PRACTICE_KINDS) == set(RequirementKind)
