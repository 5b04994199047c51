"""An explicit "unknown" (issue 12): a fact not known, or not read, is no fact missing.

``[[unknowns]]`` marks a fact, in any section, by its key (list items by id) with why it
is unknown. A finding about it is "ej bedömbart" with the note (situation ``unknown``),
never a breach: research that could not read an agreement's purposes has not shown
that the agreement lacks them. The unknown facts are counted apart in check's summary.

The municipalities here are fictitious (Provkommun, Exempeldal).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from builder import Builder, one, reporting
from kbfa.config import UnknownKey, load, loads, unknown_path
from kbfa.errors import ConfigError
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import BodyKind, DeliverableKind, Governance, OrganisationKind
from kbfa.outputs.findings_text import render_result, summary_line
from kbfa.outputs.summary import render_summary

ROOT = Path(__file__).resolve().parents[1]
DAL = ROOT / "examples" / "exempeldal.toml"
AS_OF = dt.date(2026, 11, 29)


def led(*unknown: str) -> Builder:
    """Provkommun: kommunstyrelsen leads; no reporting to fullmäktige is written."""
    b = (
        Builder()
        .body("kf", BodyKind.ASSEMBLY, "Kommunfullmäktige")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .leadership("ks", assembly="kf")
    )
    for key in unknown:
        b = b.unknown(key, "Reglementet kunde inte läsas")
    return b


class TestInsteadOfABreach:
    def test_without_the_mark_a_missing_report_is_a_breach(self) -> None:
        """13 §: kommunstyrelsen reports to fullmäktige; silence is a missing step."""
        f = one(led().build(), "KBFA-L13B", AS_OF)
        assert (f.verdict, f.situation, f.severity) == (
            Verdict.EJ_UPPFYLLT,
            Situation.MISSING_STEP,
            Severity.BREACH,
        )

    @pytest.mark.parametrize("key", ["leadership.reporting", "leadership"])
    def test_with_it_ej_bedombart_with_the_note(self, key: str) -> None:
        f = one(led(key).build(), "KBFA-L13B", AS_OF)
        assert (f.verdict, f.situation, f.severity) == (
            Verdict.EJ_BEDOMBART,
            Situation.UNKNOWN,
            Severity.WARNING,
        )
        assert f.message == (
            "Uppgiften är okänd: Reglementet kunde inte läsas. Därför bedöms inte: Det anges inte "
            "att kommunstyrelsen rapporterar om arbetet till kommunfullmäktige."
        )
        assert f.fix is not None and "[[unknowns]]" in f.fix

    def test_a_met_requirement_stays_met(self) -> None:
        g = led("leadership.reporting")
        g.leadership_ = None
        g = g.leadership("ks", assembly="kf", reporting=[reporting("kf", continuous=True)])
        assert one(g.build(), "KBFA-L13B", AS_OF).verdict is Verdict.UPPFYLLT

    def test_another_fact_is_not_covered(self) -> None:
        """An unknown agreement says nothing about the leadership."""
        g = led().police().agreement("a", ["kommun", "polisen"]).unknown("agreements.a.purposes")
        f = one(g.build(), "KBFA-L13B", AS_OF)
        assert f.situation is Situation.MISSING_STEP

    def test_an_agreements_unknown_purposes(self) -> None:
        """9 §: purposes not recorded are other-document; marked unknown, they say why."""
        g = (
            Builder()
            .police()
            .agreement("a", ["kommun", "polisen"], areas=["Centrum"])
            .unknown("agreements.a.purposes", "Sidan med syftena saknas i diariet")
        )
        f = one(g.build(), "KBFA-L9B", AS_OF)
        assert (f.verdict, f.situation) == (Verdict.EJ_BEDOMBART, Situation.UNKNOWN)
        assert f.message.startswith("Uppgiften är okänd: Sidan med syftena saknas i diariet.")

    def test_a_practice_rule_at_the_item_is_not_covered_by_a_design_fact(self) -> None:
        """Unknown contents of a lägesbild do not explain a missing dated update (6 §)."""
        g = (
            Builder()
            .deliverable("lb", DeliverableKind.LAGESBILD)
            .unknown("deliverables.lb.covers", "Sekretess")
        )
        r = evaluate(g.build(), AS_OF)
        situations = {f.code: f.situation for f in r.findings if f.code in ("KBFA-L4B", "KBFA-L6C")}
        assert situations == {"KBFA-L4B": Situation.UNKNOWN, "KBFA-L6C": Situation.UNRECORDED}


@pytest.fixture(scope="module")
def g() -> Governance:
    """Provkommun with an agreement, a member joint committee and kommunstyrelsen."""
    return (
        Builder()
        .police()
        .org("namnd", OrganisationKind.JOINT_COMMITTEE, "Nämnden", member=True)
        .agreement("polis", ["kommun", "polisen"])
        .body("ks", BodyKind.EXECUTIVE_BOARD)
        .build()
    )


class TestKeys:
    @pytest.mark.parametrize(
        ("key", "path"),
        [
            ("agreements.polis.purposes", ("agreements", 0, "purposes")),
            ("agreements.polis", ("agreements", 0)),
            ("agreements", ("agreements",)),
            ("organisations.namnd.hosted_by", ("organisations", 2, "hosted_by")),
            ("leadership.reporting", ("leadership", "reporting")),
            ("steering_document.decision.date", ("steering_document", "decision", "date")),
            ("coordination.tasks", ("coordination", "tasks")),
            ("bodies.ks.members", ("bodies", 0, "members")),
        ],
    )
    def test_paths(self, g: Governance, key: str, path: tuple[object, ...]) -> None:
        assert unknown_path(g, key) == path

    @pytest.mark.parametrize(
        ("key", "message"),
        [
            ("agreements.polisen.purposes", "unknown_key_id"),
            ("agreements.polis.purpose", "unknown_key_field"),
            ("leadershp", "unknown_key_field"),
            ("bodies.ks.members.kso", "unknown_key_deeper"),
            ("agreements..purposes", "unknown_key_shape"),
        ],
    )
    def test_bad_keys(self, g: Governance, key: str, message: str) -> None:
        with pytest.raises(UnknownKey) as e:
            unknown_path(g, key)
        assert e.value.message == message

    def test_the_loader_names_the_bad_key(self) -> None:
        text = (
            '[municipality]\nname = "P"\norganisation = "p"\n'
            '[[organisations]]\nid = "p"\nname = "P"\nkind = "kommun"\n'
            '[[unknowns]]\nkey = "leadership.reportng"\nnote = "Oläst."\n'
        )
        with pytest.raises(ConfigError) as e:
            loads(text, filename="p.toml")
        (problem,) = e.value.problems
        assert (problem.line, problem.path) == (9, "unknowns[0].key")
        assert (
            problem.message == 'nyckeln "reportng" finns inte i leadership (menade du "reporting"?)'
        )


class TestCounted:
    def test_check_summary(self) -> None:
        r = evaluate(load(DAL), AS_OF)
        assert len(r.unknowns) == 2
        text = render_result(r)
        assert text.endswith(
            "\n2 uppgifter är okända: 5 fynd blir ej bedömbara i stället för att bedömas."
        )
        assert summary_line(r).endswith(
            "2 uppgifter är okända: 5 fynd blir ej bedömbara i stället för att bedömas."
        )
        assert sorted(f.code for f in r.unknown_findings) == [
            "KBFA-L13B",
            "KBFA-L13C",
            "KBFA-L4B",
            "KBFA-L4C",
            "KBFA-L4D",
        ]

    def test_no_line_without_unknowns(self) -> None:
        r = evaluate(load(ROOT / "configs" / "hjo.toml"), AS_OF)
        assert "okända" not in render_result(r)

    def test_json_summary(self) -> None:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "kbfa",
                "check",
                str(DAL),
                "--as-of",
                "2026-11-29",
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        data = json.loads(out)
        (row,) = data["municipalities"]
        assert (row["unknown_facts"], row["unknown_findings"]) == (2, 5)
        unknown = [f for f in data["findings"] if f["situation"] == "unknown"]
        assert len(unknown) == 5
        assert {f["verdict"] for f in unknown} == {"ej_bedombart"}

    def test_show_lists_them(self) -> None:
        text = render_summary(load(DAL).governance)
        assert "Okända uppgifter\n----------------\n2 uppgifter är okända" in text
        assert "* leadership.reporting: Kommunstyrelsens reglemente" in text


class TestInTheReport:
    """The report kommunstyrelsen adopts says how many facts are unknown in its assessment
    on page 1, in plain Swedish; the coordinator's appendix lists each with its key."""

    def test_assessment_on_page_one(self) -> None:
        from kbfa.outputs.docx import BuildContext, compliance_report

        doc = compliance_report(load(DAL), AS_OF, BuildContext()).document
        texts = [p.text for p in doc.paragraphs]
        assessment = texts[texts.index("Sammanfattande bedömning") + 1]
        assert (
            "2 uppgifter är okända, så 5 iakttagelser kan inte bedömas än (det är inga brister)."
            in assessment
        )

    def test_the_action_is_to_find_it_out(self) -> None:
        """Kommunstyrelsen is asked to have the fact found out, not to fix what may be
        there; such actions come after the law's own on page 1."""
        r = evaluate(led("leadership.reporting").build(), AS_OF)
        (f,) = [x for x in r.findings if x.code == "KBFA-L13B"]
        assert f.action == (
            "Kommunstyrelsen ser till att uppgiften tas fram, så att den kan bedömas: "
            "Reglementet kunde inte läsas."
        )

    def test_one_fact_in_the_singular(self) -> None:
        from kbfa.outputs.docx._report import unknown_sentence

        r = evaluate(led("leadership.reporting").build(), AS_OF)
        assert unknown_sentence(r, "sv") == (
            "1 uppgift är okänd, så 2 iakttagelser kan inte bedömas än (det är inga brister)."
        )
        assert render_result(r).endswith(
            "\n1 uppgift är okänd: 2 fynd blir ej bedömbara i stället för att bedömas."
        )
        assert unknown_sentence(evaluate(led().build(), AS_OF), "sv") == ""

    def test_appendix_lists_each(self) -> None:
        from kbfa.outputs.docx import BuildContext, coordinator_appendix

        doc = coordinator_appendix(load(DAL), AS_OF, BuildContext()).document
        texts = [p.text for p in doc.paragraphs]
        at = next(i for i, t in enumerate(texts) if t.startswith("2 uppgifter är okända"))
        assert texts[at] == (
            "2 uppgifter är okända ([[unknowns]]): 5 fynd blir ej bedömbara i stället för att "
            "bedömas, och inget av dem räknas som en brist. Ta reda på uppgifterna och för in dem:"
        )
        assert [t.split(":")[0] for t in texts[at + 1 : at + 3]] == [
            "leadership.reporting",
            "deliverables.lagesbild.covers",
        ]

    def test_no_sentence_without_unknowns(self) -> None:
        from kbfa.outputs.docx import BuildContext, compliance_report

        doc = compliance_report(load(ROOT / "configs" / "hjo.toml"), AS_OF, BuildContext())
        assert "okänd" not in "\n".join(p.text for p in doc.document.paragraphs)
