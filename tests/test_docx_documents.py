"""``kbfa documents``: the structure document, the åtgärdsplan and the draft agreements.

Each document is opened with python-docx and its headings, table headers and cells
are compared with what the municipality's own steering document says.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONFIGS
from kbfa.config import load, loads
from kbfa.model import Governance
from kbfa.outputs.docx import (
    DOCUMENTS,
    REQUIRED_STYLES,
    BuildContext,
    GeneratedDocument,
    build_documents,
    outline,
    text_of,
)
from kbfa.outputs.docx._filenames import safe_stem, unique_stems
from strategies import governances

BRÅ_COLUMNS = ["Orsak", "Åtgärd", "Operativa mål", "När", "Vem", "Uppföljning"]


def governance(name: str) -> Governance:
    return load(CONFIGS / f"{name}.toml").governance


def documents(name: str, lang: str = "sv") -> dict[str, Any]:
    """The built documents of one municipality, by file stem."""
    ctx = BuildContext(lang=lang)  # type: ignore[arg-type]
    return {d.stem: d.document for d in build_documents(governance(name), ctx)}


def headings(doc: Any) -> list[str]:
    return [item["text"] for item in outline(doc) if "style" in item]


def tables(doc: Any) -> list[list[list[str]]]:
    return [item["table"] for item in outline(doc) if "table" in item]


def table_with_header(doc: Any, first: str) -> list[list[str]]:
    """The first table whose header row starts with ``first``."""
    found = [t for t in tables(doc) if t and t[0][0] == first]
    assert found, f"no table starting with {first!r}"
    return found[0]


def fields_after(doc: Any, heading: str) -> dict[str, str]:
    """The label → value table that follows ``heading``."""
    items = outline(doc)
    start = next(i for i, item in enumerate(items) if item.get("text") == heading)
    table = next(item["table"] for item in items[start:] if "table" in item)
    return {row[0]: row[1] for row in table}


def row(table: list[list[str]], first: str) -> list[str]:
    found = [r for r in table if r[0] == first]
    assert found, f"no row {first!r} in {[r[0] for r in table]}"
    return found[0]


@pytest.fixture(scope="module")
def lindesberg() -> dict[str, Any]:
    return documents("lindesberg")


@pytest.fixture(scope="module")
def nassjo() -> dict[str, Any]:
    return documents("nassjo")


@pytest.fixture(scope="module")
def hjo() -> dict[str, Any]:
    return documents("hjo")


@pytest.fixture(scope="module")
def vetlanda() -> dict[str, Any]:
    return documents("vetlanda")


class TestDocumentSet:
    def test_lindesberg_gets_structure_plan_agreements_promise_and_arshjul(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """Lindesberg has four partners (police, two companies, Securitas) and no recorded
        agreement: four bilateral drafts, and a medborgarlöfte to fill in (police partner)."""
        assert list(lindesberg) == [
            "struktur",
            "atgardsplan",
            "samverkansoverenskommelse-polisen",
            "samverkansoverenskommelse-besok-linde",
            "samverkansoverenskommelse-fastigheter-i-linde",
            "samverkansoverenskommelse-securitas",
            "medborgarlofte",
            "arshjul",
        ]

    def test_category_partners_get_one_template_and_own_bodies_none(self) -> None:
        """Nässjö's "Kommunala bolag" and "Vaktbolag" are categories (a template each, no
        fake counterpart); Hjo's "Grannkommuner" likewise; Vetlanda's kommunalförbund is
        part of its own organisation and gets no agreement with itself (word review M10)."""
        assert [s for s in documents("nassjo") if s.startswith("samverkans")] == [
            "samverkansoverenskommelse-polisen",
            "samverkansoverenskommelse-mall-kommunala-bolag",
            "samverkansoverenskommelse-mall-vaktbolag",
        ]
        assert [s for s in documents("hjo") if s.startswith("samverkans")] == [
            "samverkansoverenskommelse-mall-grannkommuner",
            "samverkansoverenskommelse-lansstyrelsen",
        ]
        assert [s for s in documents("vetlanda") if s.startswith("samverkans")] == [
            "samverkansoverenskommelse-polisen"
        ]
        for name in ("nassjo", "hjo", "vetlanda"):
            assert list(documents(name))[:2] == ["struktur", "atgardsplan"]


class TestStructureDocument:
    def test_title_names_the_municipality_like_lindesbergs_own_document(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """The title is that of Lindesberg's riktlinje, for whichever municipality."""
        assert headings(lindesberg["struktur"])[0] == (
            "Struktur för det brottsförebyggande arbetet i Lindesbergs kommun"
        )

    def test_lindesberg_has_a_section_per_level(self, lindesberg: dict[str, Any]) -> None:
        """Styrgrupp, LindeBRÅ, EST and the temporary working groups each get a heading."""
        hs = headings(lindesberg["struktur"])
        for name in (
            "Styrgrupp",
            "LindeBRÅ",
            "EST (effektiv samordning för trygghet)",
            "Temporära arbetsgrupper",
        ):
            assert name in hs

    def test_est_meets_weekly_for_thirty_minutes_online(self, lindesberg: dict[str, Any]) -> None:
        """EST "träffas en gång per vecka á 30 minuter via Microsoft Teams"."""
        est = fields_after(lindesberg["struktur"], "EST (effektiv samordning för trygghet)")
        assert est["Mötestakt"] == "en gång per vecka, 30 minuter"
        assert est["Mötesform och plats"].startswith("digitalt, Microsoft Teams")

    def test_steering_group_members_by_role_with_substitute_and_convener(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """The styrgrupp lists the kommundirektör with the kanslichef as substitute."""
        styrgrupp = fields_after(lindesberg["struktur"], "Styrgrupp")
        members = styrgrupp["Deltagare"].split("\n")
        assert "Kommundirektör (ersättare: Kanslichef)" in members
        assert "Kommunens brottsförebyggande samordnare (sammankallande)" in members
        assert styrgrupp["Mötestakt"] == "två gånger per år (1 på våren, 1 på hösten)"

    def test_overview_row_per_body(self, lindesberg: dict[str, Any]) -> None:
        """The overview table has one row per body, its kind under its name, and its cadence."""
        table = table_with_header(lindesberg["struktur"], "Organ")
        assert table[0] == ["Organ", "Uppgift", "Mötestakt", "Rapporterar till"]
        bodies = governance("lindesberg").bodies
        assert [r[0].split("\n")[0] for r in table[1:]] == [b.name for b in bodies]
        lindebra = next(r for r in table if r[0].startswith("LindeBRÅ"))
        assert lindebra[0] == "LindeBRÅ\n(beredningsgrupp)"
        assert lindebra[2] == "fyra gånger per år (2 på våren, 2 på hösten)"

    def test_role_matrix_shows_police_and_coordinator_on_all_three_levels(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """Kommunpolis and samordnare take part in styrgrupp, LindeBRÅ and EST."""
        table = table_with_header(lindesberg["struktur"], "Roll")
        assert table[0] == [
            "Roll",
            "Styrgrupp",
            "LindeBRÅ",
            "EST (effektiv samordning för trygghet)",
        ]
        police = row(table, "Kommunpolis (Polismyndigheten, lokalpolisområde Lindesberg)")
        assert police[1:] == ["ledamot", "ledamot", "ledamot"]
        coordinator = row(table, "Kommunens brottsförebyggande samordnare")
        assert coordinator[1:] == ["ledamot, sammankallande"] * 3
        chief = row(
            table,
            "Chef för lokalpolisområde Lindesberg (Polismyndigheten, lokalpolisområde Lindesberg)",
        )
        assert chief[1:] == ["ledamot", "erbjuden plats", ""]

    def test_own_rules_cite_their_heading(self, lindesberg: dict[str, Any]) -> None:
        """Each "ska"-rule of the riktlinje appears with the heading it is under."""
        table = table_with_header(lindesberg["struktur"], "Krav")
        assert len(table) - 1 == len(governance("lindesberg").requirements)
        signing = [r for r in table if "signeras av kommundirektören" in r[0]]
        assert signing and signing[0][1] == "2. Struktur"

    def test_nassjo_strategic_council_is_chaired_by_the_security_chief(
        self, nassjo: dict[str, Any]
    ) -> None:
        """ "Säkerhetschefen leder rådet" shows as chair in the role matrix."""
        table = table_with_header(nassjo["struktur"], "Roll")
        council = table[0].index("Strategiskt råd")
        assert row(table, "Säkerhetschef")[council] == "ledamot, ordförande"

    def test_nassjo_status_report_three_times_a_year_to_the_board(
        self, nassjo: dict[str, Any]
    ) -> None:
        """The lägesrapport is produced three times a year and reported each tertial to KS."""
        table = table_with_header(nassjo["struktur"], "Leverans")
        report = row(table, "Lägesrapport (lägesrapport)")
        assert report[2] == "tre gånger per år"
        assert report[3].startswith("Kommunstyrelsen (en gång per tertial, ")

    def test_missing_leadership_is_stated_not_invented(self, hjo: dict[str, Any]) -> None:
        """Hjo's policy names no leading body; the document says so."""
        assert "Styrdokumentet anger inte vilket organ som leder arbetet." in text_of(
            hjo["struktur"]
        )

    def test_hjo_cover_shows_decision_and_revision(self, hjo: dict[str, Any]) -> None:
        """The cover carries the KF decision, the revision and the diarienummer."""
        cover = {r[0]: r[1] for r in tables(hjo["struktur"])[0]}
        assert cover["Beslutat"] == "Kommunfullmäktige 2024-05-16 § 38"
        assert cover["Reviderat"] == "Kommunfullmäktige 2026-05-21 § 40"
        assert cover["Diarienummer"] == "2024-82"
        assert cover["Giltighet"] == "tills vidare"

    def test_vetlanda_coordination_is_placed_with_the_rescue_services(
        self, vetlanda: dict[str, Any]
    ) -> None:
        """Vetlanda's coordination lies with Höglandets Räddningstjänstförbund."""
        coordination = fields_after(vetlanda["struktur"], "4. Samordningsfunktion (11–12 §§)")
        assert coordination["Placering"].startswith("Höglandets Räddningstjänstförbund")
        assert coordination["Innehas av"] == "anges inte"

    def test_vetlanda_theme_group_reports_continuously(self, vetlanda: dict[str, Any]) -> None:
        """ "Temagruppen rapporterar kontinuerligt till kommunens ledningsgrupp"."""
        group = fields_after(vetlanda["struktur"], "Temagrupp brott")
        assert group["Rapporterar till"] == "Kommunens ledningsgrupp (kontinuerligt)"

    def test_english_on_request(self) -> None:
        """--lang en gives English headings."""
        doc = documents("lindesberg", lang="en")["struktur"]
        assert headings(doc)[0] == "Structure of the crime-prevention work in Lindesbergs kommun"
        assert "5. Bodies and groups" in headings(doc)


class TestActionPlan:
    def test_empty_form_has_bras_six_columns(self, lindesberg: dict[str, Any]) -> None:
        """Without a content chain the plan is an empty form in Brå's six columns."""
        table = table_with_header(lindesberg["atgardsplan"], "Orsak")
        assert table[0] == BRÅ_COLUMNS
        assert [r[:2] for r in table[1:]] == [[f"{i}.", f"{i}.1"] for i in range(1, 6)]
        assert all(cell == "" for r in table[1:] for cell in r[2:])
        problems = table_with_header(lindesberg["atgardsplan"], "Nr")
        assert [r[0] for r in problems[1:]] == ["1", "2", "3"]
        assert all(cell == "" for r in problems[1:] for cell in r[1:])

    def test_structure_is_filled_in_from_the_config(self, lindesberg: dict[str, Any]) -> None:
        """Who produces the plan and whom it goes to come from Lindesberg's config."""
        cover = {r[0]: r[1] for r in tables(lindesberg["atgardsplan"])[0]}
        assert cover["Åtgärdsplan i styrdokumentet"] == "Förslag på åtgärdsplaner"
        assert cover["Bygger på lägesbild (5 §)"] == "Orsaksanalyser"
        assert cover["Antagen"] == "[datum, §]" and cover["Diarienummer"] == "[dnr]"
        assert cover["Tas fram av"] == (
            "Kommunpolis (Polismyndigheten, lokalpolisområde Lindesberg), "
            "Kommunens brottsförebyggande samordnare"
        )
        assert cover["Redovisas för"] == "LindeBRÅ; Styrgrupp"

    def test_hjo_plan_rests_on_lagesbild_and_arsanalys(self, hjo: dict[str, Any]) -> None:
        """Hjo's plan is yearly and based on the lägesbild and the årsanalys."""
        cover = {r[0]: r[1] for r in tables(hjo["atgardsplan"])[0]}
        assert cover["Bygger på lägesbild (5 §)"] == (
            "Lägesbild över situationen i lokalsamhället\nÅrsanalys"
        )
        assert cover["Hur ofta"] == "en gång per år, årets slut (december)"

    def test_plan_without_an_atgardsplan_says_the_law_requires_one(
        self, vetlanda: dict[str, Any]
    ) -> None:
        """Vetlanda's 2020 plan names no åtgärdsplan: the document says 5 § requires one."""
        assert "kommunen ska besluta om en (5 §)" in text_of(vetlanda["atgardsplan"])

    def test_chain_fills_the_columns_and_shows_unlinked_items(self) -> None:
        """Causes are numbered, measures carry their cause's number, gaps are named."""
        g = loads(CHAIN, filename="kedja.toml").governance
        doc = build_documents(g, BuildContext())[1].document
        table = table_with_header(doc, "Orsak")
        assert table[0] == BRÅ_COLUMNS
        assert table[1] == [
            "1. Dålig belysning i parken\nProblem: Rån i stadsparken\nPerspektiv: situationellt",
            "1.1 Ny belysning i stadsparken\n(punktinsats)",
            "Alla gångstråk belysta",
            "2026-10-31",
            "Kommunens brottsförebyggande samordnare",
            "Polisens anmälningsstatistik\nStatus: pågår",
        ]
        assert table[2][0].startswith("2. Få vuxna ute kvällstid")
        assert table[2][1] == "Ingen åtgärd ännu."
        assert table[3][0] == "Ingen orsak angiven: åtgärden saknar koppling till lägesbilden."
        assert table[3][1] == "0.1 Trygghetsvandring"
        problems = table_with_header(doc, "Nr")
        assert problems[1][:2] == ["1", "Rån i stadsparken"]
        indicators = table_with_header(doc, "Indikator")
        assert indicators[1] == [
            "Anmälda rån i parken",
            "Ny belysning i stadsparken",
            "12 (2025)",
            "6 (2027)",
        ]


class TestAgreementDrafts:
    def test_lindesberg_signatories_are_the_kommundirektor_and_kso(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """ "Samtliga samverkansavtal ska ... signeras av kommundirektören samt ordförande för
        kommunstyrelsen"."""
        doc = lindesberg["samverkansoverenskommelse-securitas"]
        hs = headings(doc)
        assert "För Lindesbergs kommun" in hs and "För Securitas" in hs
        sign = [
            t
            for t in tables(doc)
            if t[0] == ["Befattning", "Underskrift", "Namnförtydligande", "Ort och datum"]
        ]
        assert [r[0] for r in sign[0][1:]] == ["Kommundirektör", "Kommunstyrelsens ordförande"]
        assert [r[0] for r in sign[1][1:]] == ["[Behörig företrädare]"]

    def test_partner_commitments_come_from_its_seats(self, lindesberg: dict[str, Any]) -> None:
        """Securitas sits in EST: its commitments say so, and leave room for more."""
        text = text_of(lindesberg["samverkansoverenskommelse-securitas"])
        assert "Securitas åtar sig att" in text
        assert "delta i EST (effektiv samordning för trygghet) (Representant, ledamot)" in text
        assert (
            "Parterna möts i EST (effektiv samordning för trygghet) (en gång per vecka, 30 minuter)."
            in text
        )

    def test_police_draft_lists_all_three_levels(self, lindesberg: dict[str, Any]) -> None:
        """The police sit in the styrgrupp, LindeBRÅ (chief offered a seat) and EST."""
        text = text_of(lindesberg["samverkansoverenskommelse-polisen"])
        for body in ("Styrgrupp", "LindeBRÅ", "EST (effektiv samordning för trygghet)"):
            assert f"delta i {body} (" in text, body
        assert "Chef för lokalpolisområde Lindesberg, erbjuden plats" in text

    def test_agreement_has_bras_content_and_the_laws_minimum(
        self, lindesberg: dict[str, Any]
    ) -> None:
        """Syfte and områden (9 §), then Brå's problems, causes, goals, documentation and
        follow-up, then commitments, sekretess, change and termination, signatures."""
        hs = [
            h.split(". ", 1)[-1] for h in headings(lindesberg["samverkansoverenskommelse-polisen"])
        ]
        for h in (
            "Parter", "Bakgrund", "Syfte", "Områden", "Gemensam problembild", "Troliga orsaker",
            "Mål och åtgärder", "Parternas åtaganden", "Dokumentation och uppföljning",
            "Informationsutbyte och sekretess", "Kontaktpersoner", "Giltighetstid",
            "Ändring och uppsägning", "Underskrifter",
        ):  # fmt: skip
            assert h in hs, h

    def test_missing_purposes_are_left_for_the_parties(self, lindesberg: dict[str, Any]) -> None:
        """With no agreement recorded, purposes, areas and period are bracketed blanks."""
        text = text_of(lindesberg["samverkansoverenskommelse-polisen"])
        assert "[Ange syftet med samverkan]" in text
        assert "[Ange de områden samverkan omfattar]" in text
        assert "[Ange den period överenskommelsen gäller]" in text

    def test_lindesberg_rules_on_agreements_are_listed(self, lindesberg: dict[str, Any]) -> None:
        """The riktlinje's three agreement rules appear with their heading."""
        text = text_of(lindesberg["samverkansoverenskommelse-polisen"])
        assert "ska formuleras i skriftliga avtal med dessa aktörer. (2. Struktur)" in text
        assert "14. Krav i kommunens styrdokument" in headings(
            lindesberg["samverkansoverenskommelse-polisen"]
        )

    def test_vetlanda_police_draft_carries_the_existing_agreement(
        self, vetlanda: dict[str, Any]
    ) -> None:
        """Vetlanda's agreement with the police states its purpose and the 2020–2023 period."""
        doc = vetlanda["samverkansoverenskommelse-polisen"]
        text = text_of(doc)
        assert "Identifiera och prioritera de områden som kommun och polis" in text
        assert "2020-01-01 – 2023-12-31" in text
        assert "[Ange syftet med samverkan]" not in text

    def test_expired_period_is_not_offered_as_the_new_one(self) -> None:
        """Made in 2026, the draft notes that the 2020–2023 agreement ended and asks for a period."""
        import datetime as dt

        ctx = BuildContext(as_of=dt.date(2026, 6, 1))
        docs = {d.stem: d.document for d in build_documents(governance("vetlanda"), ctx)}
        text = text_of(docs["samverkansoverenskommelse-polisen"])
        assert "gällde 2020-01-01 – 2023-12-31. Den här ersätter den." in text
        assert "[Ange den period överenskommelsen gäller]" in text

    def test_vetlanda_contact_point_is_the_rescue_services_association(
        self, vetlanda: dict[str, Any]
    ) -> None:
        """The coordination function sits with Höglandets Räddningstjänstförbund."""
        text = text_of(vetlanda["samverkansoverenskommelse-polisen"])
        assert "Vetlanda kommun: Höglandets Räddningstjänstförbund [Befattning" in text

    def test_parties_table_names_both_parties(self, hjo: dict[str, Any]) -> None:
        """Hjo's draft with the county board names both parties and who signs for each."""
        table = table_with_header(hjo["samverkansoverenskommelse-lansstyrelsen"], "Part")
        assert table[1][0] == "Hjo kommun"
        assert table[2] == ["Länsstyrelsen", "länsstyrelse", "[Behörig företrädare]"]


class TestRegistry:
    def test_adding_a_builder_is_one_entry(self) -> None:
        """A new (name, builder) pair in the registry adds its document after the others."""

        def extra(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
            first = build_documents(g, ctx)[0]
            return [GeneratedDocument("Årshjul 2026", "Årshjul", first.document)]

        g = governance("lindesberg")
        stems = [d.stem for d in build_documents(g, BuildContext(), (*DOCUMENTS, ("x", extra)))]
        assert stems[-1] == "arshjul-2026"

    def test_colliding_stems_are_numbered(self) -> None:
        """Two documents with the same stem get "-2" rather than overwriting each other."""

        def twice(g: Governance, ctx: BuildContext) -> list[GeneratedDocument]:
            doc = build_documents(g, ctx)[0].document
            return [
                GeneratedDocument("struktur", "A", doc),
                GeneratedDocument("struktur", "B", doc),
            ]

        stems = [
            d.stem for d in build_documents(governance("hjo"), BuildContext(), (("t", twice),))
        ]
        assert stems == ["struktur", "struktur-2"]

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(governances())
    def test_any_valid_model_builds_with_the_required_styles_only(self, g: Governance) -> None:
        """Every model the loader accepts gives documents written in the required styles."""
        allowed = {name for name, _kind in REQUIRED_STYLES}
        for d in build_documents(g, BuildContext()):
            for p in d.document.paragraphs:
                assert p.style.name in allowed
            for table in d.document.tables:
                assert table.style.name == "Table Grid"
                for r in table.rows:
                    for cell in r.cells:
                        assert all(p.style.name in allowed for p in cell.paragraphs)


class TestFileNames:
    @given(st.text())
    def test_stem_is_always_safe(self, text: str) -> None:
        """Any text gives a non-empty lower-case ASCII stem of at most 80 characters."""
        stem = safe_stem(text)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", stem)
        assert len(stem) <= 80
        assert stem not in {"con", "prn", "aux", "nul"}

    def test_swedish_letters_are_transliterated(self) -> None:
        """ "Fastigheter i Linde AB" and "Länsstyrelsen" become readable ASCII."""
        assert safe_stem("Fastigheter i Linde AB") == "fastigheter-i-linde-ab"
        assert safe_stem("Länsstyrelsen Östergötland") == "lansstyrelsen-ostergotland"

    def test_path_separators_cannot_escape_the_directory(self) -> None:
        """ "../../etc/passwd" becomes a plain stem."""
        assert safe_stem("../../etc/passwd") == "etc-passwd"
        assert safe_stem("..") == "dokument"

    @given(st.lists(st.sampled_from(["a", "b", "a-2", "c"]), max_size=8))
    def test_unique_stems_are_unique_and_keep_order(self, stems: list[str]) -> None:
        """The result has no repeats, one entry per input, and unrepeated stems unchanged."""
        out = unique_stems(stems)
        assert len(out) == len(stems) == len(set(out))
        assert all(o == s or o.startswith(s + "-") for o, s in zip(out, stems, strict=True))


CHAIN = """\
[municipality]
name = "Provkommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Provkommun"
kind = "kommun"

[[roles]]
id = "samordnare"
title = "Kommunens brottsförebyggande samordnare"
organisation = "kommun"

[[deliverables]]
id = "lagesbild"
kind = "lagesbild"
title = "Lägesbild 2026"

[[deliverables]]
id = "plan"
kind = "atgardsplan"
title = "Åtgärdsplan 2026"
based_on = ["lagesbild"]

[[problems]]
id = "ran-parken"
title = "Rån i stadsparken"
identified_in = "lagesbild"

[[causes]]
id = "belysning"
problems = ["ran-parken"]
description = "Dålig belysning i parken"
perspective = "situationellt"

[[causes]]
id = "vuxna"
problems = ["ran-parken"]
description = "Få vuxna ute kvällstid"

[[measures]]
id = "ny-belysning"
title = "Ny belysning i stadsparken"
causes = ["belysning"]
operative_goal = "Alla gångstråk belysta"
due = 2026-10-31
owner = "samordnare"
follow_up = "Polisens anmälningsstatistik"
status = "pågår"
one_off = true

[[measures]]
id = "vandring"
title = "Trygghetsvandring"

[[indicators]]
id = "ran"
description = "Anmälda rån i parken"
measures = ["ny-belysning"]
baseline = { year = 2025, value = 12 }
target = { year = 2027, value = 6 }
"""


def test_cli_writes_every_document(tmp_path: Path) -> None:
    """``kbfa documents`` writes each built document and prints its path."""
    from kbfa.cli import main

    out = tmp_path / "ut"
    assert main(["documents", str(CONFIGS / "lindesberg.toml"), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{stem}.docx" for stem in documents("lindesberg")
    )


#: A fictitious municipality (made-up names) with a three-party agreement, a gemensam nämnd
#: and a kommunalförbund it belongs to, a hosted organisation, and a category partner.
PARTIES = """\
[municipality]
name = "Påhittby kommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Påhittby kommun"
kind = "kommun"

[[organisations]]
id = "polisen"
name = "Polismyndigheten, lokalpolisområde Påhittby"
kind = "police"
categories = ["police"]

[[organisations]]
id = "lst"
name = "Länsstyrelsen i Påhittbys län"
kind = "county_board"
categories = ["county_board"]

[[organisations]]
id = "gemensam-namnd"
name = "Påhittdalens gemensamma trygghetsnämnd"
kind = "joint_committee"
member = true

[[organisations]]
id = "forbund"
name = "Påhittdalens räddningstjänstförbund"
kind = "municipal_association"
categories = ["rescue_services"]
member = true

[[organisations]]
id = "bolag"
name = "Påhittby Stadshus AB"
kind = "municipal_company"
hosted_by = "kommun"

[[organisations]]
id = "fastighetsagare"
name = "Fastighetsägare"
kind = "company"
categories = ["property_owner"]
collective = true

[[roles]]
id = "kso"
title = "Kommunstyrelsens ordförande"
organisation = "kommun"

[[roles]]
id = "lpo-chef"
title = "Lokalpolisområdeschef"
organisation = "polisen"

[[roles]]
id = "landshovding"
title = "Landshövding"
organisation = "lst"

[[agreements]]
id = "tre-parter"
title = "Överenskommelse om samverkan i Påhittby"
parties = ["kommun", "polisen", "lst"]
purposes = ["Minska våldet i centrum"]
areas = ["Centrum"]
signatories = ["kso", "lpo-chef", "landshovding"]
"""


class TestAgreementParties:
    """Issue 11 item 4 with a fictitious municipality: who gets which agreement document."""

    @pytest.fixture(scope="class")
    @classmethod
    def docs(cls) -> dict[str, Any]:
        g = loads(PARTIES, filename="pahittby.toml").governance
        return {d.stem: d.document for d in build_documents(g, BuildContext())}

    def test_three_parties_in_one_document_signed_by_all_three(self, docs: dict[str, Any]) -> None:
        """Municipality, police area and länsstyrelse: one document, a signature block each."""
        doc = docs["samverkansoverenskommelse-polisen-lst"]
        hs = headings(doc)
        assert hs[1] == (
            "mellan Påhittby kommun, Polismyndigheten, lokalpolisområde Påhittby och "
            "Länsstyrelsen i Påhittbys län"
        )
        assert [h for h in hs if h.startswith("För ")] == [
            "För Påhittby kommun",
            "För Polismyndigheten, lokalpolisområde Påhittby",
            "För Länsstyrelsen i Påhittbys län",
        ]
        signers = [t[1][0] for t in tables(doc) if t[0][0] == "Befattning"]
        assert signers == ["Kommunstyrelsens ordförande", "Lokalpolisområdeschef", "Landshövding"]
        assert "upprättats i 3 likalydande exemplar" in text_of(doc)
        assert "samverkansoverenskommelse-polisen" not in docs  # no bilateral split
        assert "samverkansoverenskommelse-lst" not in docs

    def test_no_agreement_with_the_municipalitys_own_organisation(
        self, docs: dict[str, Any]
    ) -> None:
        """The gemensam nämnd, the kommunalförbund and the hosted company are the municipality's
        own organisation: no draft offers them an agreement with themselves."""
        for own in ("gemensam-namnd", "forbund", "bolag"):
            assert not any(own in stem for stem in docs), own
        for stem, doc in docs.items():
            if not stem.startswith("samverkans"):
                continue
            text = text_of(doc)
            assert "gemensamma trygghetsnämnd" not in text
            assert "räddningstjänstförbund" not in text

    def test_category_partner_gets_a_template_not_a_counterpart(self, docs: dict[str, Any]) -> None:
        """ "Fastighetsägare" names a kind of partner: a template with [Partens namn]."""
        assert "samverkansoverenskommelse-fastighetsagare" not in docs
        doc = docs["samverkansoverenskommelse-mall-fastighetsagare"]
        text = text_of(doc)
        assert "[Partens namn, organisationsnummer]" in text
        assert "För Fastighetsägare" not in headings(doc)
        assert "Fastighetsägare är en grupp av aktörer" in text

    def test_no_config_words_in_what_partners_sign(self, docs: dict[str, Any]) -> None:
        """No "konfiguration", config keys or ids in an agreement or a medborgarlöfte."""
        for stem, doc in docs.items():
            if not stem.startswith(("samverkans", "medborgar")):
                continue
            text = text_of(doc)
            assert "onfiguration" not in text, stem
            for word in ("tre-parter", "lpo-chef", "[[", "signatories", "_"):
                assert word not in text, (stem, word)
