"""Shared and regional organisations (issue 12): the municipality's own organisation for the law.

A gemensam nämnd belongs to the organisation of one of the cooperating municipalities
(kommunallagen 9 kap. 19 §), a kommunalförbund takes over its members' affairs (3 kap.
8 §), and a post may be shared through avtalssamverkan (9 kap. 37 §). For lag (2023:196)
all three are the municipality's own organisation: the samordningsfunktion (11 §) may
sit there, and none of them is a party the municipality agrees with (9 §). Membership
is explicit in the config (``member = true``), never inferred from the kind alone.

A region that carries a municipality's duties (Region Gotland) has regionfullmäktige,
regionstyrelsen and a regiondirektör; kbfa writes those words everywhere for it.

The municipalities here are fictitious (Provkommun, Exempeldal, Region Exempelö).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from builder import Builder, one
from kbfa.config import load, loads
from kbfa.errors import ConfigError
from kbfa.evaluation import Situation, Verdict, evaluate
from kbfa.i18n.regional import regional
from kbfa.model import BodyKind, Membership, OrganisationKind, Participation
from kbfa.outputs.docx import BuildContext, build_documents
from kbfa.outputs.summary import render_summary

ROOT = Path(__file__).resolve().parents[1]
DAL = ROOT / "examples" / "exempeldal.toml"
REGION = ROOT / "examples" / "region-exempelo.toml"
AS_OF = dt.date(2026, 11, 29)
U, N, B = Verdict.UPPFYLLT, Verdict.EJ_UPPFYLLT, Verdict.EJ_BEDOMBART


def text_of(doc: Any) -> str:
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def shared(**kw: Any) -> Builder:
    """Provkommun with a neighbour, a joint committee and an association (membership varies)."""
    return (
        Builder()
        .org("grannby", OrganisationKind.KOMMUN, "Grannby kommun")
        .org(
            "namnd",
            OrganisationKind.JOINT_COMMITTEE,
            "Gemensamma nämnden",
            member=kw.get("namnd", True),
            hosted_by="grannby",
        )
        .org(
            "forbund",
            OrganisationKind.MUNICIPAL_ASSOCIATION,
            "Räddningsförbundet",
            member=kw.get("forbund", True),
        )
    )


class TestWhatIsOwn:
    def test_membership_not_kind_makes_a_joint_body_own(self) -> None:
        """A kommunalförbund the municipality is not a member of is a partner like any other."""
        g = shared(forbund=False).build()
        assert g.is_own("namnd") and not g.is_own("forbund")
        assert [o.id for o in g.partners] == ["grannby", "forbund"]

    def test_member_and_hosted_and_self_are_own(self) -> None:
        g = (
            shared()
            .org("bolag", OrganisationKind.MUNICIPAL_COMPANY, "Bolaget", hosted_by="kommun")
            .build()
        )
        assert [o.id for o in g.organisations if g.is_own(o)] == [
            "kommun",
            "namnd",
            "forbund",
            "bolag",
        ]
        assert g.host_of("namnd") is not None and g.host_of("namnd").name == "Grannby kommun"
        assert g.host_of("bolag") is None  # hosted by the municipality itself

    def test_a_shared_post_is_own_though_another_municipality_employs_it(self) -> None:
        g = (
            shared()
            .role("samordnare", "grannby", "Samordnare", shared_with=("kommun",))
            .role("grannchef", "grannby", "Kommunchef")
            .build()
        )
        assert g.is_own_role("samordnare") and not g.is_own_role("grannchef")

    @pytest.mark.parametrize("kind", ["kommun", "company", "police"])
    def test_member_only_on_a_joint_body(self, kind: str) -> None:
        text = (
            '[municipality]\nname = "P"\norganisation = "p"\n'
            '[[organisations]]\nid = "p"\nname = "P"\nkind = "kommun"\n'
            f'[[organisations]]\nid = "x"\nname = "X"\nkind = "{kind}"\nmember = true\n'
        )
        with pytest.raises(ConfigError) as e:
            loads(text, filename="p.toml")
        (problem,) = e.value.problems
        assert problem.path == "organisations[1].member"
        assert f'inte kind = "{kind}"' in problem.message


class TestCoordinationInOwnOrganisation:
    """11 §: the function may sit in the municipality's own organisation; the finding says where."""

    def test_in_a_joint_committee_with_its_host(self) -> None:
        g = (
            shared()
            .role("s", "namnd", "Samordnare")
            .coordination(held_by=["s"], organisation="namnd")
        )
        f = one(g.build(), "KBFA-L11A", AS_OF)
        assert f.verdict is U
        assert f.message == (
            "Samordningsfunktionen innehas av samordnaren (Gemensamma nämnden). Den ligger hos "
            "Gemensamma nämnden, en gemensam nämnd som kommunen är part i med Grannby kommun som "
            "värdkommun; den hör till kommunens egen organisation."
        )

    def test_in_an_association_the_charter_must_cover_it(self) -> None:
        g = (
            shared()
            .role("s", "forbund", "Samordnare")
            .coordination(held_by=["s"], organisation="forbund")
        )
        f = one(g.build(), "KBFA-L11A", AS_OF)
        assert f.message.endswith(
            "Den ligger hos Räddningsförbundet, ett kommunalförbund som kommunen är medlem i; "
            "förbundsordningen ska omfatta uppgiften."
        )

    def test_outside_the_own_organisation_needs_an_agreement(self) -> None:
        """Not a member: outside the municipality's organisation (verdict uppfyllt, with the note)."""
        g = (
            shared(forbund=False)
            .role("s", "forbund", "Samordnare")
            .coordination(held_by=["s"], organisation="forbund")
        )
        f = one(g.build(), "KBFA-L11A", AS_OF)
        assert (f.verdict, f.situation) == (U, None)
        assert "utanför kommunens egen organisation" in f.message

    def test_a_shared_post_is_named(self) -> None:
        g = (
            shared()
            .role("s", "grannby", "Samordnare", shared_with=("kommun",))
            .coordination(held_by=["s"], organisation="kommun")
        )
        f = one(g.build(), "KBFA-L11A", AS_OF)
        assert f.message == (
            "Samordningsfunktionen innehas av samordnaren (Grannby kommun). Samordnaren (Grannby "
            "kommun) är en tjänst som kommunen delar med Grannby kommun; den räknas som kommunens "
            "egen."
        )


class TestCouncilWithSharedPosts:
    """10 §: a council chaired by a shared post is led by the municipality; its seat is no
    other actor's."""

    def council(self, chair_org: str, shared_with: tuple[str, ...]) -> Builder:
        return (
            shared()
            .police()
            .role("ordf", chair_org, "Ordförande", shared_with=shared_with)
            .role("lpo", "polisen", "Lokalpolisområdeschef", senior=True)
            .body(
                "rad",
                BodyKind.STRATEGIC_COUNCIL,
                "Rådet",
                members=["ordf", "lpo"],
                chair="ordf",
            )
        )

    def test_shared_chair_leads_for_the_municipality(self) -> None:
        f = one(self.council("grannby", ("kommun",)).build(), "KBFA-L10B", AS_OF)
        assert f.verdict is U

    def test_a_neighbours_own_chair_does_not(self) -> None:
        f = one(self.council("grannby", ()).build(), "KBFA-L10B", AS_OF)
        assert (f.verdict, f.situation) == (N, Situation.CONTRARY)

    def test_only_the_police_are_another_actor(self) -> None:
        f = one(self.council("grannby", ("kommun",)).build(), "KBFA-L10C", AS_OF)
        assert f.verdict is U
        assert f.message == "I Rådet ingår även Polismyndigheten."


@pytest.fixture(scope="module")
def docs() -> dict[str, Any]:
    """Exempeldal's documents, by file stem."""
    g = load(DAL).governance
    return {d.stem: d.document for d in build_documents(g, BuildContext(as_of=AS_OF))}


class TestNoAgreementWithItself:
    def test_no_agreement_with_the_own_joint_committee_or_association(
        self, docs: dict[str, Any]
    ) -> None:
        """Exempeldal's gemensam nämnd and kommunalförbund get no draft and are party to no
        agreement: no row in a parties table, no signature block. (The contact point may
        sit in the joint committee, and the agreement says so.)"""
        assert not [s for s in docs if "gemensam" in s or "raddning" in s]
        for stem, doc in docs.items():
            if not stem.startswith("samverkans"):
                continue
            parties = [
                r.cells[0].text
                for t in doc.tables
                for r in t.rows
                if t.rows[0].cells[0].text == "Part"
            ]
            blocks = [p.text for p in doc.paragraphs if p.text.startswith("För ")]
            assert parties and blocks, stem  # the check below looks at something
            for text in (*parties, *blocks):
                assert "gemensamma trygghetsnämnd" not in text, stem
                assert "Räddningstjänstförbundet" not in text, stem

    def test_the_category_gets_a_template(self, docs: dict[str, Any]) -> None:
        assert "samverkansoverenskommelse-mall-fastighetsagare" in docs
        assert "samverkansoverenskommelse-fastighetsagare" not in docs

    def test_check_does_not_count_them_as_partners(self) -> None:
        """9 §: an agreement only with the own joint committee is no agreement with another actor."""
        g = (
            shared()
            .agreement("med-sig-sjalv", ["kommun", "namnd"], purposes=["P"], areas=["A"])
            .build()
        )
        f = one(g, "KBFA-L9A", AS_OF)
        assert (f.verdict, f.situation) == (N, Situation.MISSING_STEP)


class TestHostShown:
    def test_show(self) -> None:
        text = render_summary(load(DAL).governance)
        assert (
            "* Exempeldalens och Exempelviks gemensamma trygghetsnämnd (gemensam nämnd där "
            "kommunen är part; värdkommun: Exempelvik kommun)"
        ) in text
        assert (
            "* Räddningstjänstförbundet Exempelbygd (kommunalförbund där kommunen är medlem)"
            in text
        )
        assert (
            "* Brottsförebyggande samordnare (Exempelvik kommun): tjänst som delas med Exempelvik "
            "kommun; anställd av Exempelvik kommun"
        ) in text
        partners = text.split("Samverkansparter\n")[1].split("\n\n")[0]
        assert "gemensamma trygghetsnämnd" not in partners
        assert "Räddningstjänstförbundet" not in partners

    def test_structure_document(self) -> None:
        g = load(DAL).governance
        (doc,) = [d.document for d in build_documents(g, BuildContext()) if d.stem == "struktur"]
        text = text_of(doc)
        assert "Samverkan mellan kommuner" in text
        assert "gemensam nämnd där kommunen är part; värdkommun: Exempelvik kommun" in text

    def test_report(self) -> None:
        """The organisation and partners are in the report's appendix (kbfa report --bilaga)."""
        from kbfa.outputs.docx import coordinator_appendix

        report = coordinator_appendix(load(DAL), AS_OF, BuildContext()).document
        assert (
            "Exempeldalens och Exempelviks gemensamma trygghetsnämnd (gemensam nämnd där "
            "kommunen är part; värdkommun: Exempelvik kommun)"
        ) in text_of(report)


class TestRegionWords:
    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("Kommunstyrelsen leder arbetet.", "Regionstyrelsen leder arbetet."),
            ("rapport till kommunfullmäktige", "rapport till regionfullmäktige"),
            ("fullmäktiges beslut", "regionfullmäktiges beslut"),
            ("Fullmäktige beslutar", "Regionfullmäktige beslutar"),
            (
                "kommunstyrelsens ordförande och kommundirektören",
                "regionstyrelsens ordförande och regiondirektören",
            ),
            ("förbundsfullmäktige", "förbundsfullmäktige"),
            ("kommunens ledningsgrupp", "kommunens ledningsgrupp"),
            ("the assembly", "the assembly"),
        ],
    )
    def test_regional(self, text: str, words: str) -> None:
        assert regional(text) == words
        assert regional(words) == words  # applying twice changes nothing

    def test_findings_say_regionfullmaktige(self) -> None:
        r = evaluate(load(REGION), AS_OF)
        (f,) = [x for x in r.findings if x.code == "KBFA-L13B"]
        assert (f.verdict, f.situation) == (N, Situation.MISSING_STEP)
        # Regionfullmäktige chose the nämnd to lead (13 §), so the nämnd reports.
        assert f.message == (
            "Det anges inte att trygghets- och folkhälsonämnden rapporterar om arbetet till "
            "regionfullmäktige."
        )
        assert f.title == "Arbetet rapporteras till regionfullmäktige"
        assert not any(
            "kommunstyrelse" in x.message or "kommunfullmäktige" in x.message for x in r.findings
        )

    def test_check_text_and_show_and_documents(self) -> None:
        out = subprocess.run(
            [sys.executable, "-m", "kbfa", "check", str(REGION), "--as-of", "2026-11-29"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        assert "13 § Ledning och rapportering till regionfullmäktige" in out
        assert "kommunfullmäktige" not in out
        show = render_summary(load(REGION).governance)
        assert "rapportering till regionfullmäktige anges inte" in show
        g = load(REGION).governance
        for d in build_documents(g, BuildContext(as_of=AS_OF)):
            text = text_of(d.document)
            assert "Kommunstyrelse" not in text and "kommunstyrelse" not in text, d.stem
            assert "kommunfullmäktige" not in text.lower(), d.stem

    def test_the_report_and_its_appendix(self) -> None:
        """The report kommunstyrelsen would adopt is the regionstyrelse's here: its
        assessment, the duty titles, the actions and the appendix use the region's words."""
        from kbfa.outputs.docx import compliance_report, coordinator_appendix

        loaded = load(REGION)
        report = text_of(compliance_report(loaded, AS_OF, BuildContext()).document)
        report = report.replace("\u00a0", " ")  # typography: a non-breaking space before §
        assert "13 § Ledning och rapportering till regionfullmäktige" in report
        appendix = text_of(coordinator_appendix(loaded, AS_OF, BuildContext()).document)
        assert "Regionstyrelsen" in appendix
        for text in (report, appendix):
            assert "kommunstyrelse" not in text.lower()
            assert "kommunfullmäktige" not in text.lower()

    def test_a_kommun_keeps_its_words(self) -> None:
        r = evaluate(load(ROOT / "configs" / "vetlanda.toml"), AS_OF)
        assert not r.region
        assert any("kommunstyrelsen" in f.message for f in r.findings)

    def test_seat_kinds_for_a_region_too(self) -> None:
        """The seat words do not change: an attendee is no member anywhere."""
        assert not Membership("x", Participation.ATTENDS).seat


@pytest.mark.parametrize("path", [DAL, REGION], ids=lambda p: p.stem)
def test_the_examples_report_and_documents_hold_no_config_vocabulary(path: Path) -> None:
    """The report and the documents to adopt or sign, for the issue 12 examples too: no
    config keys, codes or file names (språklagen), whatever new structure they hold."""
    from kbfa.outputs.docx import ReportIdentity, compliance_report
    from test_docx_report import everything, vocabulary

    loaded = load(path)
    ident = ReportIdentity(dnr="KS 2026/1", handlaggare="Samordnaren", proposal=True)
    doc = compliance_report(loaded, AS_OF, BuildContext(as_of=AS_OF), ident).document
    assert vocabulary(everything(doc)) == []
    for d in build_documents(loaded.governance, BuildContext(as_of=AS_OF)):
        assert vocabulary(everything(d.document)) == [], d.stem
