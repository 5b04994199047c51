"""One verdict per duty and level (kbfa.evaluation.duty_verdicts), by coverage of its parts.

The rule, from issue 10 and the legal review §3.4, written out here independently of
the code: per duty and level, the parts are the findings of the duty's rules that
apply; the verdict rests on the binding "ska"-parts (the others only when there are
none) and is uppfyllt when all are met, delvis when some are met or partly met, ej
uppfyllt when none is, ej bedömbart when none can be assessed. A duty resting on
"verka för" or lämplighet says so and is never a breach.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder import Builder  # type: ignore[import-not-found]
from kbfa.evaluation import (
    EvaluationResult,
    Finding,
    Level,
    Severity,
    Situation,
    Verdict,
    duty_verdicts,
    evaluate,
    summarise,
)
from kbfa.model import BodyKind, Governance, Strength
from test_evaluation_properties import compliant, wild  # type: ignore[import-not-found]

AS_OF = dt.date(2026, 11, 29)
V = Verdict


def part(
    verdict: Verdict,
    strength: Strength = Strength.MUST,
    *,
    code: str = "KBFA-L4A",
    interpretation: bool = False,
    level: Level = Level.DESIGN,
    severity: Severity | None = None,
) -> Finding:
    """A finding of duty 4 with the given verdict and strength."""
    if severity is None:
        severity = (
            Severity.BREACH
            if verdict in (V.EJ_UPPFYLLT, V.DELVIS) and strength is Strength.MUST
            else Severity.INFO
        )
    return Finding(
        code=code,
        verdict=verdict,
        severity=severity,
        level=level,
        reference="4 § lag (2023:196)",
        url=None,
        location=None,
        message="-",
        fix=None,
        duty="4",
        strength=strength,
        interpretation=interpretation,
    )


def design(*findings: Finding) -> object:
    result = EvaluationResult("Provkommun", "", AS_OF, findings)
    return duty_verdicts(result)["4"].design


class TestCoverage:
    def test_all_met(self) -> None:
        """Every binding part met: uppfyllt."""
        assert design(part(V.UPPFYLLT), part(V.UPPFYLLT)).verdict is V.UPPFYLLT  # type: ignore[attr-defined]

    def test_some_met_is_partly(self) -> None:
        """L13A met, L13B not (Nässjö, Lindesberg): delvis, not the worst part."""
        assert design(part(V.UPPFYLLT), part(V.EJ_UPPFYLLT)).verdict is V.DELVIS  # type: ignore[attr-defined]

    def test_a_partly_met_part_is_some(self) -> None:
        """One part delvis, one not met: some is met, so delvis."""
        assert design(part(V.DELVIS), part(V.EJ_UPPFYLLT)).verdict is V.DELVIS  # type: ignore[attr-defined]

    def test_met_and_unknown_is_partly(self) -> None:
        """Nässjö 11–12 §§: L11A, L12A met, L12B–C not assessable: delvis."""
        got = design(part(V.UPPFYLLT), part(V.UPPFYLLT), part(V.EJ_BEDOMBART), part(V.EJ_BEDOMBART))
        assert got.verdict is V.DELVIS  # type: ignore[attr-defined]

    def test_none_met(self) -> None:
        """No binding part met: ej uppfyllt."""
        assert design(part(V.EJ_UPPFYLLT), part(V.EJ_BEDOMBART)).verdict is V.EJ_UPPFYLLT  # type: ignore[attr-defined]

    def test_nothing_assessable(self) -> None:
        """Hjo 10 §: the only binding part is in another document: ej bedömbart."""
        got = design(part(V.EJ_BEDOMBART), part(V.UPPFYLLT, Strength.BEST_EFFORT))
        assert got.verdict is V.EJ_BEDOMBART  # type: ignore[attr-defined]

    def test_parts_that_do_not_apply_are_left_out(self) -> None:
        """Ej tillämplig and undantag are no parts."""
        got = design(part(V.UPPFYLLT), part(V.EJ_TILLAMPLIG), part(V.UNDANTAG))
        assert got.verdict is V.UPPFYLLT  # type: ignore[attr-defined]

    def test_nothing_applies(self) -> None:
        """All parts ej tillämpliga (5 § before 2024-07-01): ej tillämplig."""
        assert design(part(V.EJ_TILLAMPLIG)).verdict is V.EJ_TILLAMPLIG  # type: ignore[attr-defined]

    def test_verka_for_only_when_no_ska_part_applies(self) -> None:
        """Vetlanda 10 §: no council, so L10B does not apply: verdict of the verka-för part."""
        got = design(
            part(V.EJ_TILLAMPLIG),
            part(V.EJ_UPPFYLLT, Strength.BEST_EFFORT, severity=Severity.WARNING),
        )
        assert (got.verdict, got.strength, got.binding, got.breach) == (  # type: ignore[attr-defined]
            V.EJ_UPPFYLLT,
            Strength.BEST_EFFORT,
            False,
            False,
        )

    def test_the_ska_parts_decide_over_verka_for(self) -> None:
        """A met "ska" and a missed "verka för": uppfyllt, resting on the ska."""
        got = design(part(V.UPPFYLLT), part(V.EJ_UPPFYLLT, Strength.BEST_EFFORT, code="KBFA-L9A"))
        assert (got.verdict, got.rests_on) == (V.UPPFYLLT, ("KBFA-L4A",))  # type: ignore[attr-defined]

    def test_kbfas_reading_is_labelled(self) -> None:
        """13 § practice rests on L13D, kbfa's reading of 'kontinuerligt'."""
        got = design(part(V.EJ_BEDOMBART, interpretation=True))
        assert got.interpretation and got.strength_words("sv") == "kbfa:s tolkning"  # type: ignore[attr-defined]

    def test_levels_are_separate(self) -> None:
        """Hjo 6 §: design uppfyllt, practice ej bedömbart; neither masks the other."""
        result = EvaluationResult(
            "Provkommun",
            "",
            AS_OF,
            (part(V.UPPFYLLT), part(V.EJ_BEDOMBART, level=Level.PRACTICE, code="KBFA-L6C")),
        )
        got = duty_verdicts(result)["4"]
        assert (got.design.verdict, got.practice.verdict) == (V.UPPFYLLT, V.EJ_BEDOMBART)  # type: ignore[union-attr]

    def test_a_level_without_rules_is_none(self) -> None:
        """7 § has no practice rule: its practice cell is None ("–"). (4 § has one since
        issue 14: the lägesbild's analysis, L4G, and its statistics, L4F.)"""
        result = evaluate(Builder().build(), AS_OF)
        assert duty_verdicts(result)["7"].practice is None


verdicts = st.sampled_from(list(Verdict))
strengths = st.sampled_from([Strength.MUST, Strength.BEST_EFFORT, Strength.QUALIFIED])


def oracle(parts: list[tuple[Verdict, Strength]]) -> Verdict:
    """The documented rule, written out on its own."""
    applies = [(v, s) for v, s in parts if v not in (V.EJ_TILLAMPLIG, V.UNDANTAG)]
    if not applies:
        return V.EJ_TILLAMPLIG
    ska = [v for v, s in applies if s is Strength.MUST]
    basis = ska or [v for v, _ in applies]
    if all(v is V.EJ_BEDOMBART for v in basis):
        return V.EJ_BEDOMBART
    if all(v is V.UPPFYLLT for v in basis):
        return V.UPPFYLLT
    if any(v in (V.UPPFYLLT, V.DELVIS) for v in basis):
        return V.DELVIS
    return V.EJ_UPPFYLLT


class TestProperties:
    @given(st.lists(st.tuples(verdicts, strengths), min_size=1, max_size=8))
    def test_a_duty_is_the_coverage_of_its_parts(
        self, parts: list[tuple[Verdict, Strength]]
    ) -> None:
        """For any parts, the duty's verdict is their coverage (the rule above)."""
        got = summarise([part(v, s) for v, s in parts])
        assert got is not None and got.verdict is oracle(parts)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(wild())
    def test_a_duty_resting_on_verka_for_is_never_a_breach(
        self, case: tuple[Governance, dt.date]
    ) -> None:
        """For any municipality: a duty whose open parts are all verka för/lämplighet has no breach."""
        g, day = case
        result = evaluate(g, day)
        for key, duty in duty_verdicts(result).items():
            for level in duty.levels:
                parts = [
                    f
                    for f in result.findings
                    if f.duty == key and f.code in level.rests_on and f.verdict.is_open
                ]
                if parts and all(
                    f.strength in (Strength.BEST_EFFORT, Strength.QUALIFIED) for f in parts
                ):
                    assert not level.breach, key
                    assert all(f.severity is not Severity.BREACH for f in parts), key
                if not level.binding:
                    assert not level.breach, key

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(compliant(), st.sampled_from(["leadership", "tasks", "territory"]))
    def test_removing_what_the_law_supplies_never_creates_a_breach(
        self, case: tuple[Governance, dt.date], what: str
    ) -> None:
        """Drop the leading body, the 12 § tasks or the stated area: no new breach appears."""
        g, day = case
        before = {f.code for f in evaluate(g, day).findings if f.severity is Severity.BREACH}
        if what == "leadership":
            assert g.leadership is not None
            # The leading body is the law's default (KS); its reporting line stays described.
            removed = attrs.evolve(g, leadership=None)
            removed_breaches = {
                f.code
                for f in evaluate(removed, day).findings
                if f.severity is Severity.BREACH and f.code != "KBFA-L13B"
            }
        else:
            if what == "tasks":
                assert g.coordination is not None
                removed = attrs.evolve(g, coordination=attrs.evolve(g.coordination, tasks=()))
            else:
                removed = attrs.evolve(
                    g,
                    deliverables=tuple(attrs.evolve(d, territory=None) for d in g.deliverables),
                )
            removed_breaches = {
                f.code for f in evaluate(removed, day).findings if f.severity is Severity.BREACH
            }
        assert removed_breaches <= before
        law_fills = [
            f for f in evaluate(removed, day).findings if f.situation is Situation.LAW_FILLS
        ]
        assert all(f.severity is Severity.INFO for f in law_fills)

    def test_silence_on_the_leading_body_alone_is_no_breach(self) -> None:
        """A municipality where KS leads by default and reports to KF: no 13 § breach."""
        g = (
            Builder()
            .body("kf", BodyKind.ASSEMBLY, "Kommunfullmäktige")
            .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
            .build()
        )
        result = evaluate(g, AS_OF)
        a = [f for f in result.findings if f.code == "KBFA-L13A"]
        assert [f.severity for f in a] == [Severity.INFO]
