"""Waivers and explanations: the law cannot be waived; an explanation never changes a verdict.

A waiver ("undantag") covers Brå's and the municipality's own rules, until and
including its expiry day ("gäller till och med"). A waiver naming a rule of the law
is refused when the config loads (exit 2, the line, the statute named); built in
code, it is never applied and KBFA-W1 reports it. An explanation is shown beside the
finding of any rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import Builder, findings, one, shape  # type: ignore[import-not-found]
from kbfa.cli import main
from kbfa.config import loads
from kbfa.errors import ConfigError
from kbfa.evaluation import Severity, Situation, Verdict

AS_OF = "2026-11-29"

HEAD = """\
[municipality]
name = "Provkommun"
organisation = "k"

[[organisations]]
id = "k"
name = "Provkommun"
kind = "kommun"
"""


def waiver(rule: str) -> str:
    return f"""
[[waivers]]
rule = "{rule}"
justification = "Vi rapporterar inte."
decision = "KS 2025-01-01 § 1"
"""


class TestLawCannotBeWaived:
    @pytest.mark.parametrize(
        ("code", "statute"),
        [
            ("KBFA-L13B", "13 § lag (2023:196)"),
            ("KBFA-L4A", "4 § lag (2023:196)"),
            ("KBFA-L10B", "10 § lag (2023:196)"),
            ("KBFA-LOBA", "övergångsbestämmelserna till lag (2023:196)"),
        ],
    )
    def test_the_loader_refuses_with_line_and_statute(self, code: str, statute: str) -> None:
        """A waiver of a law rule is a config error on the line of its rule key."""
        with pytest.raises(ConfigError) as caught:
            loads(HEAD + waiver(code), filename="prov.toml")
        (problem,) = caught.value.problems
        assert (problem.line, problem.path) == (11, "waivers[0].rule")
        assert f"{code} är en regel i lagen ({statute})" in problem.message
        assert "kan inte sätta en lag ur spel" in problem.message

    def test_check_exits_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa check` on such a file exits 2 and names file, line and statute."""
        path = tmp_path / "prov.toml"
        path.write_text(HEAD + waiver("KBFA-L13B"), encoding="utf-8")
        assert main(["check", str(path)]) == 2
        captured = capsys.readouterr()
        assert (
            f"{path}:11: waivers[0].rule: KBFA-L13B är en regel i lagen (13 § lag (2023:196))"
            in captured.out + captured.err
        )

    @pytest.mark.parametrize("code", ["KBFA-B09", "KBFA-K-egen", "KBFA-KP-egen", "KBFA-W2"])
    def test_other_rules_can_still_be_waived(self, code: str) -> None:
        """Brå's and the municipality's own rules can be waived: the file loads."""
        loaded = loads(HEAD + waiver(code))
        assert loaded.governance.waivers[0].rule == code

    def test_a_law_waiver_built_in_code_is_never_applied(self) -> None:
        """A model built in code with a law waiver: the finding stays, W1 says why."""
        g = Builder().waiver("KBFA-L11A").build()
        assert one(g, "KBFA-L11A", AS_OF).verdict is Verdict.EJ_UPPFYLLT
        w1 = one(g, "KBFA-W1", AS_OF)
        assert shape(w1) == (Verdict.EJ_UPPFYLLT, Situation.CONTRARY, Severity.BREACH)
        assert "kan inte sätta en lag ur spel" in w1.message


def no_preparatory_group() -> Builder:
    """A municipality without a preparatory group: Brå's B13 is open."""
    return Builder()


class TestWaiverExpiry:
    @pytest.mark.parametrize(
        ("as_of", "verdict", "current"),
        [
            ("2026-06-29", Verdict.UNDANTAG, Verdict.UPPFYLLT),
            ("2026-06-30", Verdict.UNDANTAG, Verdict.UPPFYLLT),  # "till och med" its expiry day
            ("2026-07-01", Verdict.EJ_UPPFYLLT, Verdict.EJ_UPPFYLLT),
        ],
    )
    def test_the_expiry_day_is_covered(
        self, as_of: str, verdict: Verdict, current: Verdict
    ) -> None:
        """Engine and KBFA-W2 agree: the waiver covers its last day, not the day after."""
        g = no_preparatory_group().waiver("KBFA-B13", expires="2026-06-30").build()
        assert one(g, "KBFA-B13", as_of).verdict is verdict
        assert one(g, "KBFA-W2", as_of).verdict is current

    def test_the_first_waiver_written_wins(self) -> None:
        """Two waivers for one rule: the finding cites the first decision."""
        g = (
            no_preparatory_group()
            .waiver("KBFA-B13", decision="KS 2025-01-01 § 1")
            .waiver("KBFA-B13", decision="KS 2025-06-01 § 7")
            .build()
        )
        f = one(g, "KBFA-B13", AS_OF)
        assert f.verdict is Verdict.UNDANTAG
        assert "KS 2025-01-01 § 1" in f.message and "KS 2025-06-01 § 7" not in f.message

    def test_an_expired_first_waiver_gives_way_to_a_current_one(self) -> None:
        """An expired waiver does not block a later, current one."""
        g = (
            no_preparatory_group()
            .waiver("KBFA-B13", expires="2025-12-31", decision="KS 2025-01-01 § 1")
            .waiver("KBFA-B13", decision="KS 2026-01-10 § 2")
            .build()
        )
        assert "KS 2026-01-10 § 2" in one(g, "KBFA-B13", AS_OF).message

    def test_a_waiver_leaves_met_findings_alone(self) -> None:
        """A waiver turns only open findings into undantag; uppfyllt stays uppfyllt."""
        from kbfa.model import BodyKind

        g = Builder().body("beredning", BodyKind.PREPARATORY_GROUP).waiver("KBFA-B13").build()
        assert one(g, "KBFA-B13", AS_OF).verdict is Verdict.UPPFYLLT

    def test_several_waivers_for_several_rules(self) -> None:
        """Each rule takes its own waiver."""
        g = no_preparatory_group().waiver("KBFA-B13").waiver("KBFA-B10").build()
        assert one(g, "KBFA-B13", AS_OF).verdict is Verdict.UNDANTAG
        assert one(g, "KBFA-B10", AS_OF).verdict is Verdict.UNDANTAG
        assert [f.verdict for f in findings(g, "KBFA-W1", AS_OF)] == [Verdict.UPPFYLLT] * 2


class TestExplanations:
    def test_shown_beside_a_law_finding_verdict_unchanged(self) -> None:
        """An explanation of L13B is attached; the breach stays a breach."""
        g = (
            Builder()
            .explanation("KBFA-L13B", "Rapporteringen förs in vid revideringen 2027.", "KS § 4")
            .build()
        )
        f = one(g, "KBFA-L13B", AS_OF)
        assert (f.verdict, f.severity) == (Verdict.EJ_UPPFYLLT, Severity.BREACH)
        assert f.explanation == "Rapporteringen förs in vid revideringen 2027. (KS § 4)"

    def test_in_the_text_and_json(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa check` prints the explanation under the finding and puts it in the JSON."""
        path = tmp_path / "prov.toml"
        path.write_text(
            HEAD + '\n[[explanations]]\nrule = "KBFA-L11A"\ntext = "Funktionen inrättas 2027."\n',
            encoding="utf-8",
        )
        main(["check", "--as-of", AS_OF, "--select", "KBFA-L11A", str(path)])
        assert "Kommunens förklaring: Funktionen inrättas 2027." in capsys.readouterr().out
        main(["check", "--as-of", AS_OF, "--format", "json", "--select", "KBFA-L11A", str(path)])
        assert '"explanation": "Funktionen inrättas 2027."' in capsys.readouterr().out

    def test_naming_no_rule_is_reported(self) -> None:
        """An explanation of an unknown code applies to nothing: KBFA-W1 says so."""
        g = Builder().explanation("KBFA-X1", "Text.").build()
        (f,) = [f for f in findings(g, "KBFA-W1", AS_OF) if "Förklaringen" in f.message]
        assert f.verdict is Verdict.EJ_UPPFYLLT


class TestShow:
    def test_kbfa_show_lists_the_explanations(self) -> None:
        """`kbfa show` lists the municipality's explanations with their decision."""
        from kbfa.outputs.summary import render_summary

        g = (
            Builder()
            .explanation("KBFA-L13B", "Rapporteras från 2027.", "KS 2026-09-01 § 88")
            .build()
        )
        text = render_summary(g)
        assert "Kommunens förklaringar" in text
        assert "* KBFA-L13B: Rapporteras från 2027. (KS 2026-09-01 § 88)" in text
