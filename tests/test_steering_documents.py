"""Several steering documents, each with its versions, each in time on its own (issue 12).

A municipality's rules can stand in more than one document: a plan adopted by
fullmäktige, a council's own "Bestämmelser", routines on a web page. Each
``[[requirements]]`` entry names its document (and version); its rule cites that
document and applies only while that document does, from its decision (or the named
version's decision, if later) until its validity ends (issue 10's logic, per
document). kbfa's own administrative rule KBFA-KA looks at each document. The old
single ``[steering_document]`` keeps loading: it is the main document, the one a
requirement without ``document`` is in.

Expected values are written from the documents' dates (fictitious: Provkommun and
Exempeldal), never computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from builder import Builder, cad, findings, one, period
from kbfa.config import load, loads
from kbfa.errors import ConfigError
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import BodyKind, Count, Decision, DocumentVersion, Per, RequirementKind, Text
from kbfa.rules import local_rules

ROOT = Path(__file__).resolve().parents[1]
DAL = ROOT / "examples" / "exempeldal.toml"
U, N, B, NA = Verdict.UPPFYLLT, Verdict.EJ_UPPFYLLT, Verdict.EJ_BEDOMBART, Verdict.EJ_TILLAMPLIG


def council(**requirement: object) -> Builder:
    """Provkommun with a main document (2024-01-15), a council meeting four times a year and
    its own rules in a second document."""
    return (
        Builder()
        .document("2024-01-15")
        .body("rad", BodyKind.STRATEGIC_COUNCIL, "Rådet", cadence=(cad(4, Per.YEAR),))
        .requirement(
            "moten",
            RequirementKind.MEETING_CADENCE,
            target="rad",
            cadence=cad(4, Per.YEAR),
            **requirement,
        )
    )


class TestEachRuleCitesItsDocument:
    def test_exempeldal_references(self) -> None:
        rules = {r.code: r for r in local_rules(load(DAL).governance)}
        assert rules["KBFA-K-rad-moten"].reference.label() == (
            "Bestämmelser för Trygghetsrådet i Exempeldal, version 2 (dnr KS 2025/301), avsnitt "
            '"3 § Sammanträden"'
        )
        assert rules["KBFA-K-rad-polisen"].reference.label() == (
            'Bestämmelser för Trygghetsrådet i Exempeldal, avsnitt "2 § Sammansättning"'
        )
        assert rules["KBFA-K-plan-underlag"].reference.label() == (
            "Program för trygghet i Exempeldal, version 2 (dnr KS 2025/410), avsnitt "
            '"4. Arbetsprocess"'
        )
        assert rules["KBFA-K-est-varje-vecka"].reference.label() == (
            'Rutin för EST-gruppen, avsnitt "Mötestider"'
        )

    def test_explain_cites_the_document_and_version(self) -> None:
        out = subprocess.run(
            [sys.executable, "-m", "kbfa", "explain", "KBFA-K-rad-moten", str(DAL)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert (
            "Lagrum/källa: Bestämmelser för Trygghetsrådet i Exempeldal, version 2 (dnr KS "
            '2025/301), avsnitt "3 § Sammanträden"'
        ) in out
        assert "Gäller från: 2025-09-22" in out  # version 2's decision, KF 2025-09-22 § 80

    def test_findings_carry_the_reference(self) -> None:
        r = evaluate(load(DAL), dt.date(2026, 11, 29))
        by_code = {f.code: f for f in r.findings if f.code.startswith("KBFA-K-")}
        assert by_code["KBFA-K-rad-moten"].reference.startswith("Bestämmelser för Trygghetsrådet")
        assert by_code["KBFA-K-plan-underlag"].reference.startswith("Program för trygghet")


class TestEachDocumentInTime:
    def test_an_undecided_document_switches_off_only_its_own_rules(self) -> None:
        r = evaluate(load(DAL), dt.date(2026, 11, 29))
        verdict = {f.code: f.verdict for f in r.findings}
        assert verdict["KBFA-K-est-varje-vecka"] is NA  # Rutin för EST-gruppen: never decided
        assert verdict["KBFA-K-rad-moten"] is U  # the council's own rules apply
        assert verdict["KBFA-K-plan-underlag"] is U  # the programme, version 2, applies

    @pytest.mark.parametrize(
        ("as_of", "expected"),
        [("2025-12-31", U), ("2026-01-01", NA)],  # validity ends 2025-12-31, inclusive
    )
    def test_a_further_document_that_expires(self, as_of: str, expected: Verdict) -> None:
        g = council(document="regler").other_document(
            "regler", "2024-02-01", validity=period("2024-02-01", "2025-12-31")
        )
        assert one(g.build(), "KBFA-K-moten", as_of).verdict is expected

    @pytest.mark.parametrize(
        ("as_of", "expected"),
        [("2024-01-31", NA), ("2024-02-01", U)],  # decided 2024-02-01
    )
    def test_a_further_document_applies_from_its_decision(
        self, as_of: str, expected: Verdict
    ) -> None:
        g = council(document="regler").other_document("regler", "2024-02-01")
        assert one(g.build(), "KBFA-K-moten", as_of).verdict is expected

    def test_its_rules_apply_though_the_main_document_has_expired(self) -> None:
        """The plan ran out 2024-12-31; the council's rules, decided on their own, still apply."""
        g = (
            council(document="regler")
            .other_document("regler", "2024-02-01")
            .document("2024-01-15", validity=period("2024-01-15", "2024-12-31"))
        )
        assert one(g.build(), "KBFA-K-moten", "2025-06-01").verdict is U

    @pytest.mark.parametrize(
        ("as_of", "expected"),
        [("2026-02-15", NA), ("2026-02-16", U)],  # version 2 decided 2026-02-16
    )
    def test_a_rule_of_a_later_version_applies_from_that_version(
        self, as_of: str, expected: Verdict
    ) -> None:
        v2 = DocumentVersion(Text("2"), decision=Decision(None, dt.date(2026, 2, 16)))
        g = council(document="regler", version=Text("2")).other_document(
            "regler", "2024-02-01", versions=(v2,)
        )
        f = one(g.build(), "KBFA-K-moten", as_of)
        assert f.verdict is expected
        if expected is NA:
            assert f.message == "Regeln gäller från 2026-02-16; den bedöms inte före dess."

    def test_a_rule_of_the_main_document_version_without_decision_uses_its_date(self) -> None:
        v = DocumentVersion(Text("webb 2025"), date=dt.date(2025, 3, 1))
        g = council(version=Text("webb 2025")).document("2024-01-15", versions=(v,))
        assert one(g.build(), "KBFA-K-moten", "2025-02-28").verdict is NA
        assert one(g.build(), "KBFA-K-moten", "2025-03-01").verdict is U


class TestKAPerDocument:
    def test_one_outcome_per_document(self) -> None:
        g = (
            Builder()
            .document("2024-01-15", validity=period(open_ended=True))
            .other_document("regler", None, title="Bestämmelser för rådet")
            .build()
        )
        fs = findings(g, "KBFA-KA", "2025-01-01")
        assert [(f.verdict, f.location) for f in fs] == [(U, None), (N, None)]
        # The main document applies, so the words are about this document alone, never
        # "inget gällande styrdokument"; the action names it.
        assert fs[1].message == (
            'Inget beslut om "Bestämmelser för rådet" är registrerat; ett dokument som inte är '
            "beslutat är inte beslutad styrning, så dess krav gäller inte."
        )
        assert fs[1].action == (
            'Kommunstyrelsen ser till att "Bestämmelser för rådet" beslutas, med giltighetstid, '
            "av det organ som ska anta det, eller att det aktualitetsprövas; beslutet diarieförs."
        )
        assert (fs[1].situation, fs[1].severity) == (Situation.MISSING_STEP, Severity.WARNING)
        assert fs[1].fix is not None and 'subject = "regler"' in fs[1].fix

    def test_a_later_version_is_noted(self) -> None:
        """Before version 2 was decided, the config's text may not be the one that applied."""
        v2 = DocumentVersion(Text("2"), decision=Decision(None, dt.date(2026, 2, 16), Text("§ 12")))
        g = Builder().document("2024-01-15", versions=(v2,)).build()
        before = findings(g, "KBFA-KA", "2026-02-15")
        assert [f.verdict for f in before] == [U, B]
        assert before[1].message == (
            'Bedömningen bygger på "Riktlinje för brottsförebyggande arbete" i lydelsen efter '
            "revideringen 2026-02-16 (version 2, § 12). Per 2026-02-15 gällde den tidigare "
            "lydelsen, som kan skilja sig."
        )
        assert [f.verdict for f in findings(g, "KBFA-KA", "2026-02-16")] == [U]

    def test_review_years_count_from_the_latest_decided_version(self) -> None:
        """review_after_years = 2 from version 2 (2025-03-01): due 2027-03-01."""
        v2 = DocumentVersion(Text("2"), decision=Decision(None, dt.date(2025, 3, 1)))
        g = Builder().document("2024-01-15", versions=(v2,), review_after_years=Count(2)).build()
        assert [f.verdict for f in findings(g, "KBFA-KA", "2027-03-01")] == [U]
        assert [f.verdict for f in findings(g, "KBFA-KA", "2027-03-02")] == [N]


BASE = """\
[municipality]
name = "Provkommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Provkommun"
kind = "kommun"

[[bodies]]
id = "rad"
name = "Rådet"
kind = "strategic_council"
"""


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(ConfigError) as e:
        loads(BASE + text, filename="p.toml")
    return [(p.path, p.message) for p in e.value.problems]


class TestLoader:
    def test_a_further_document_needs_an_id(self) -> None:
        assert problems('[[documents]]\ntitle = "Bestämmelser"\nkind = "regler"\n') == [
            (
                "documents[0]",
                'ett dokument under [[documents]] behöver ett id (id = "..."), som kraven '
                "hänvisar till med document",
            )
        ]

    def test_a_requirement_names_a_known_document_and_version(self) -> None:
        text = (
            '[[documents]]\nid = "regler"\ntitle = "Bestämmelser"\nkind = "regler"\n'
            '[[documents.versions]]\nname = "1"\n'
            '[[requirements]]\nid = "k"\nkind = "meeting_cadence"\ndocument = "regler"\n'
            'version = "2"\nsource = "1 §"\ntext = "Rådet ska mötas."\ntarget = "rad"\n'
            '[[requirements]]\nid = "k2"\nkind = "meeting_cadence"\ndocument = "reglr"\n'
            'source = "1 §"\ntext = "Rådet ska mötas."\ntarget = "rad"\n'
        )
        found = problems(text)
        assert (
            "requirements[1].document",
            '"reglr" finns inte bland documents (menade du "regler"?)',
        ) in found
        assert len(found) == 1  # the version is checked once every reference resolves
        text = text.replace('document = "reglr"', 'document = "regler"')
        assert problems(text) == [
            (
                "requirements[0].version",
                'versionen "2" finns inte bland versionerna av "Bestämmelser" ("1")',
            )
        ]

    def test_the_single_steering_document_still_loads(self) -> None:
        """Every bundled config keeps its [steering_document]; requirements in it need no key."""
        for name in ("nassjo", "hjo", "vetlanda", "lindesberg"):
            g = load(ROOT / "configs" / f"{name}.toml").governance
            assert g.steering_document is not None and g.documents == ()
            assert all(r.document is None for r in g.requirements)


class TestInTheReport:
    """Page 1 of the report and the appendix's cover name every further steering document
    with its latest decision and validity, beside the main one (issue 12)."""

    EXPECTED = (
        "Bestämmelser för Trygghetsrådet i Exempeldal: senast Kommunfullmäktige 2025-09-22 "
        "§ 80; giltighet tills vidare\n"
        "Rutin för EST-gruppen: inte beslutat; giltighet anges inte"
    )

    @pytest.mark.parametrize("which", ["report", "appendix"])
    def test_other_documents_row(self, which: str) -> None:
        from kbfa.outputs.docx import BuildContext, compliance_report, coordinator_appendix

        build = compliance_report if which == "report" else coordinator_appendix
        doc = build(load(DAL), dt.date(2026, 11, 29), BuildContext()).document
        rows = [
            [c.text.replace("\u00a0", " ") for c in r.cells] for t in doc.tables[:2] for r in t.rows
        ]
        assert ["Andra styrdokument", self.EXPECTED] in rows

    def test_no_notice_on_page_one_for_a_further_document(self) -> None:
        """Exempeldal's undecided EST routine is not "no steering document in force": the
        framed notice on page 1 is for the main document only."""
        from kbfa.outputs.docx import BuildContext, compliance_report

        doc = compliance_report(load(DAL), dt.date(2026, 11, 29), BuildContext()).document
        assert not [p.text for p in doc.paragraphs if p.text.startswith("Observera")]

    def test_none_without_further_documents(self) -> None:
        from kbfa.outputs.docx import BuildContext, compliance_report

        doc = compliance_report(
            load(ROOT / "configs" / "hjo.toml"), dt.date(2026, 11, 29), BuildContext()
        ).document
        assert "Andra styrdokument" not in [
            c.text for t in doc.tables for r in t.rows for c in r.cells
        ]
