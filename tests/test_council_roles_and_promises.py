"""Council roles and the medborgarlöfte as a first-class object (issue 12).

Council roles: chair, vice chair, convener and secretary, each with who appoints them;
members, offered seats, substitutes, and attendees who are no members ("deltar från
förvaltningen"). 10 § asks that the other actors in the strategic council be
represented by senior positions: a seat. Someone who only attends has none.

Medborgarlöfte: Brå calls it the public part of the cooperation agreement ("Formulera
medborgarlöften"): a title, what each party and both together promise, the problems and
measures it serves, proposal and adoption, a period. A promise valid three months at a
time counts from its adoption (or a later signing) and lapses the day before the
three-month anniversary: adopted 2025-12-01, its last day is 2026-02-28 (Brå's rule
KBFA-B15: ej uppfyllt, a warning).

Municipalities here are fictitious (Provkommun, Exempeldal).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from builder import Builder, one
from kbfa.config import load, loads
from kbfa.errors import ConfigError
from kbfa.evaluation import Severity, Situation, Verdict, evaluate
from kbfa.model import (
    BodyKind,
    Commitment,
    Count,
    Decision,
    EvidenceKind,
    Id,
    Membership,
    OrganisationKind,
    Participation,
    Period,
    RequirementKind,
    Text,
)
from kbfa.outputs.docx import BuildContext, build_documents
from kbfa.outputs.summary import render_summary

ROOT = Path(__file__).resolve().parents[1]
DAL = ROOT / "examples" / "exempeldal.toml"
U, N, B = Verdict.UPPFYLLT, Verdict.EJ_UPPFYLLT, Verdict.EJ_BEDOMBART


def text_of(doc: Any) -> str:
    """The document's text, non-breaking spaces (Swedish typography: "§ 140") as spaces."""
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts).replace("\u00a0", " ")


def council(seat: Participation) -> Builder:
    """A strategic council where the county board's landshövding has a seat of some kind."""
    return (
        Builder()
        .org("lst", OrganisationKind.COUNTY_BOARD, "Länsstyrelsen")
        .role("kso", title="Kommunstyrelsens ordförande", senior=True)
        .role("landshovding", "lst", "Landshövding", senior=True)
        .body(
            "rad",
            BodyKind.STRATEGIC_COUNCIL,
            "Rådet",
            members=["kso", Membership(Id("landshovding"), seat)],
            chair="kso",
        )
    )


class TestAttendees:
    @pytest.mark.parametrize(
        ("seat", "verdict"),
        [
            (Participation.MEMBER, U),
            (Participation.OFFERED, U),
            (Participation.AS_NEEDED, U),
            (Participation.ATTENDS, N),
        ],
    )
    def test_an_attendee_is_no_other_actor_in_the_council(
        self, seat: Participation, verdict: Verdict
    ) -> None:
        """10 §: other actors take part in the council. One who only attends has no seat."""
        f = one(council(seat).build(), "KBFA-L10C", "2025-01-01")
        assert f.verdict is verdict
        if verdict is N:
            assert f.situation is Situation.MISSING_STEP

    def test_a_required_member_who_only_attends_is_not_a_member(self) -> None:
        """The municipality's own rule "the landshövding shall be a member": attending is not."""
        g = council(Participation.ATTENDS).requirement(
            "lst-i-radet", RequirementKind.REPRESENTATION, target="rad", roles=["landshovding"]
        )
        f = one(g.build(), "KBFA-K-lst-i-radet", "2025-01-01")
        assert f.verdict is Verdict.DELVIS
        assert f.severity is Severity.BREACH

    def test_attends_loads_in_swedish_words(self) -> None:
        assert Membership(Id("x"), Participation("attends")).seat is False


class TestRolesShown:
    def test_show_lists_every_office_and_who_appoints(self) -> None:
        text = render_summary(load(DAL).governance)
        council = text.split("* Trygghetsrådet (strategiskt råd)")[1].split("\n* ")[0]
        assert "    Ordförande: Kommunstyrelsens ordförande (utses av Kommunstyrelsen)" in council
        assert (
            "    Vice ordförande: Lokalpolisområdeschef (Polismyndigheten, lokalpolisområde "
            "Exempeldal) (utses av Trygghetsrådet)"
        ) in council
        assert "    Sekreterare: Kanslisekreterare (utses av Kommunstyrelsen)" in council
        assert "      - Kommundirektör (ersättare: Kanslichef)" in council
        assert "(erbjuden plats; Länsstyrelsen erbjuds en plats.)" in council
        assert (
            "      - Folkhälsostrateg (deltar utan att vara ledamot; Deltar från förvaltningen.)"
        ) in council

    def test_structure_document_lists_them(self) -> None:
        g = load(DAL).governance
        (doc,) = [d.document for d in build_documents(g, BuildContext()) if d.stem == "struktur"]
        text = text_of(doc)
        assert "Kanslisekreterare (sekreterare)" in text
        assert "(vice ordförande)" in text
        assert "Vice ordförande: Lokalpolisområdeschef" in text
        assert "(utses av Trygghetsrådet)" in text
        assert "Folkhälsostrateg (deltar utan att vara ledamot; Deltar från förvaltningen.)" in text


def promise(**kw: Any) -> Builder:
    return (
        Builder()
        .police()
        .role("kso", title="Kommunstyrelsens ordförande")
        .role("lpo", "polisen", "Lokalpolisområdeschef")
        .body("ks", BodyKind.EXECUTIVE_BOARD, "Kommunstyrelsen")
        .promise("torget", ["kommun", "polisen"], title=Text("Tryggare Torget"), **kw)
    )


THREE_MONTHS = Period(length_months=Count(3))
ADOPTED = Decision(Id("ks"), dt.date(2025, 12, 1), Text("§ 140"))


class TestPromiseInTime:
    @pytest.mark.parametrize(
        ("as_of", "verdict"),
        [("2025-12-01", U), ("2026-02-28", U), ("2026-03-01", N)],
    )
    def test_a_three_month_promise_lapses(self, as_of: str, verdict: Verdict) -> None:
        """Adopted 2025-12-01 for three months: valid through 2026-02-28, lapsed 2026-03-01."""
        f = one(promise(period=THREE_MONTHS, adopted=ADOPTED).build(), "KBFA-B15", as_of)
        assert f.verdict is verdict
        if verdict is N:
            assert (f.situation, f.severity) == (Situation.MISSING_STEP, Severity.WARNING)
            assert f.message == (
                'Medborgarlöftet "Tryggare Torget" gällde 3 månader från 2025-12-01 '
                "(Kommunstyrelsen 2025-12-01 § 140), till och med 2026-02-28, och har löpt ut."
            )

    def test_before_its_adoption_there_is_no_term(self) -> None:
        """A decision after the date is not yet a fact: no start of the term is known."""
        f = one(promise(period=THREE_MONTHS, adopted=ADOPTED).build(), "KBFA-B15", "2025-11-30")
        assert (f.verdict, f.situation) == (B, Situation.UNRECORDED)

    def test_a_later_signing_renews_it(self) -> None:
        g = promise(period=THREE_MONTHS, adopted=ADOPTED).evidence(
            "2026-03-02", EvidenceKind.SIGNED, "torget", reference="Vårlöftet 2026"
        )
        assert one(g.build(), "KBFA-B15", "2026-03-01").verdict is N
        f = one(g.build(), "KBFA-B15", "2026-06-01")
        assert f.verdict is U
        assert "från 2026-03-02 (Vårlöftet 2026), till och med 2026-06-01" in f.message
        assert one(g.build(), "KBFA-B15", "2026-06-02").verdict is N

    def test_exempeldal_promise_has_lapsed(self) -> None:
        r = evaluate(load(DAL), dt.date(2026, 11, 29))
        (f,) = [x for x in r.findings if x.code == "KBFA-B15"]
        assert f.verdict is N
        assert f.message.startswith('Medborgarlöftet "Tryggare Torget" gällde 3 månader')


class TestPromiseContents:
    def test_findings_quote_its_title(self) -> None:
        f = one(promise().build(), "KBFA-B14", "2025-01-01")
        assert f.message == (
            'Det anges inte hur eller när medborgarlöftet "Tryggare Torget" följs upp.'
        )

    def test_document_and_show_carry_every_field(self) -> None:
        g = load(DAL).governance
        (doc,) = [
            d.document for d in build_documents(g, BuildContext()) if d.stem == "medborgarlofte"
        ]
        text = text_of(doc)
        for expected in (
            "Medborgarlöfte: Tryggare Torget",
            "Exempeldal kommun lovar att",
            "Byta till bättre belysning på Torget före januari.",
            "Polismyndigheten, lokalpolisområde Exempeldal lovar att",
            "Patrullera Torget till fots fredag och lördag kväll.",
            "Tillsammans lovar vi att",
            "Bjuda in till en trygghetsvandring och berätta vad vi gjort.",
            "Otrygghet på Torget kvällstid",
            "Kvällsvandringar och bättre belysning på Torget",
            "Föreslaget av Trygghetsrådet 2025-11-10",
            "Antaget av Kommunstyrelsen 2025-12-01 § 140",
            "Kommunstyrelsens ordförande",
            "Lokalpolisområdeschef",
        ):
            assert expected in text, expected
        assert "[Ange vad som görs, var och när]" not in text  # every party has its commitment
        show = render_summary(g)
        assert (
            "* Tryggare Torget: Exempeldal kommun, Polismyndigheten, lokalpolisområde Exempeldal"
            in show
        )
        assert "    Tillsammans lovar vi: Bjuda in till en trygghetsvandring" in show
        assert "    Antas av: Kommunstyrelsen 2025-12-01 § 140" in show

    def test_a_commitment_names_a_party_of_the_promise(self) -> None:
        text = (
            '[municipality]\nname = "P"\norganisation = "p"\n'
            '[[organisations]]\nid = "p"\nname = "P"\nkind = "kommun"\n'
            '[[organisations]]\nid = "polisen"\nname = "Polisen"\nkind = "police"\n'
            '[[organisations]]\nid = "lst"\nname = "Länsstyrelsen"\nkind = "county_board"\n'
            '[[citizen_promises]]\nid = "l"\nparties = ["p", "polisen"]\n'
            'commitments = [{ party = "lst", text = "Något." }]\n'
        )
        with pytest.raises(ConfigError) as e:
            loads(text, filename="p.toml")
        (problem,) = e.value.problems
        assert problem.path == "citizen_promises[0].commitments[0].party"
        assert problem.message.startswith('"lst" är inte part i medborgarlöftet (p, polisen)')

    def test_the_model_holds_commitments(self) -> None:
        c = Commitment(Text("Patrullera."), Id("polisen"))
        assert (c.party, Commitment(Text("Tillsammans.")).party) == ("polisen", None)
