"""``kbfa report --bilaga``: the coordinator's appendix opened with python-docx and checked
cell by cell. It keeps the detail the report kommunstyrelsen adopts leaves out: rule codes,
places in the config file, the law in plain words per duty and the rule catalogue."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import docx
import pytest

from conftest import CONFIGS
from kbfa.cli import main
from kbfa.config import Location, load, loads
from kbfa.evaluation import (
    DutyVerdict,
    EvaluationResult,
    Finding,
    Level,
    LevelVerdict,
    Severity,
    Verdict,
)
from kbfa.model import Strength
from kbfa.outputs.docx import (
    BuildContext,
    build_appendix,
    coordinator_appendix,
    document_bytes,
    outline,
    text_of,
)
from kbfa.rules import law_duties, rules_for
from test_docx_template import make_template

AS_OF = dt.date(2026, 6, 1)
MUNICIPALITIES = ("lindesberg", "nassjo", "hjo", "vetlanda")
SUMMARY_HEADER = ["Paragraf", "Skyldighet", "Utformning", "Genomförande", "Att åtgärda"]

#: The duty table each municipality's report must show as of 2026-06-01, written out by
#: hand from the legal review's "mine" column (§3.2) and the disagreements stated in
#: tests/test_review_verdicts.py: (design, practice) per duty, in the law's order. 4 §
#: has a practice verdict since issue 14 (the lägesbild's analysis, L4G): with no
#: lägesbild recorded it is "ej bedömbart", as 5 § and 6 §'s.
EXPECTED_DUTIES: dict[str, list[tuple[str, str]]] = {
    "nassjo": [
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Uppfyllt", "Ej bedömbart"),
        ("Ej uppfyllt (lämplighet)", "–"),
        ("Uppfyllt (verka för)", "–"),
        ("Uppfyllt (verka för)", "Ej bedömbart (kbfa:s tolkning)"),
        ("Uppfyllt", "–"),
        ("Delvis uppfyllt", "–"),
        ("Delvis uppfyllt", "Ej bedömbart (kbfa:s tolkning)"),
        ("–", "Ej bedömbart"),
    ],
    "hjo": [
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Uppfyllt", "Ej bedömbart"),
        ("Ej uppfyllt (lämplighet)", "–"),
        ("Ej bedömbart (verka för)", "–"),
        ("Uppfyllt (verka för)", "Ej bedömbart (kbfa:s tolkning)"),
        ("Ej bedömbart", "–"),
        ("Delvis uppfyllt", "–"),
        ("Delvis uppfyllt", "Ej bedömbart (kbfa:s tolkning)"),
        ("–", "Ej bedömbart"),
    ],
    "vetlanda": [
        ("Ej uppfyllt", "Ej bedömbart"),
        ("Ej uppfyllt", "Ej bedömbart"),
        ("Ej uppfyllt", "Ej bedömbart"),
        ("Ej bedömbart (lämplighet)", "–"),
        ("Ej bedömbart (verka för)", "–"),
        ("Ej uppfyllt (verka för)", "Ej uppfyllt (kbfa:s tolkning)"),
        ("Ej uppfyllt (verka för)", "–"),
        ("Ej bedömbart", "–"),
        ("Ej uppfyllt", "Ej bedömbart (kbfa:s tolkning)"),
        ("–", "Ej uppfyllt"),
    ],
    "lindesberg": [
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Delvis uppfyllt", "Ej bedömbart"),
        ("Ej uppfyllt (lämplighet)", "–"),
        ("Uppfyllt (verka för)", "–"),
        ("Uppfyllt (verka för)", "Ej bedömbart (kbfa:s tolkning)"),
        ("Uppfyllt", "–"),
        ("Delvis uppfyllt", "–"),
        ("Delvis uppfyllt", "Ej bedömbart (kbfa:s tolkning)"),
        ("–", "Ej bedömbart"),
    ],
}
#: Each verdict's symbol and colour (the legend's and the summary's): a breach the one
#: darker cell, a warning yellow with its own symbol, never the breach's red (word review
#: m5, m6).
COLOURS = {
    "✔ Uppfyllt": "C6EFCE",
    "◐ Delvis uppfyllt": "FFEB9C",
    "✖ Ej uppfyllt": "FF7C80",
    "! Ej uppfyllt (varning)": "FFEB9C",
    "? Ej bedömbart": "E7E6E6",
    "⊘ Undantag": "DDEBF7",
    "– Ej tillämpligt": "FFFFFF",
}


def report(name: str, lang: str = "sv") -> Any:
    config = load(CONFIGS / f"{name}.toml")
    return coordinator_appendix(config, AS_OF, BuildContext(lang=lang)).document  # type: ignore[arg-type]


def word(cell: str) -> str:
    """A verdict cell's words without its symbol: "◐ Delvis uppfyllt" → "Delvis uppfyllt"."""
    return cell.split(" ", 1)[1] if cell[:1] in "✔◐✖!?⊘" else cell


def tables(doc: Any) -> list[list[list[str]]]:
    return [item["table"] for item in outline(doc) if "table" in item]


def headings(doc: Any) -> list[str]:
    return [item["text"] for item in outline(doc) if "style" in item]


def table_with_header(doc: Any, header: list[str]) -> list[list[str]]:
    found = [t for t in tables(doc) if t[0] == header]
    assert found, f"no table with header {header}"
    return found[0]


def first_column_table(doc: Any, first: str) -> list[list[str]]:
    found = [t for t in tables(doc) if t[0][0] == first]
    assert found, f"no table starting with {first!r}"
    return found[0]


def fill_of(cell: Any) -> str | None:
    shd = cell._tc.xpath("./w:tcPr/w:shd")
    return (
        shd[0].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill")
        if shd
        else None
    )


@pytest.fixture(scope="module", params=MUNICIPALITIES)
def each(request: pytest.FixtureRequest) -> tuple[str, Any]:
    return request.param, report(request.param)


@pytest.fixture(scope="module")
def lindesberg() -> Any:
    return report("lindesberg")


@pytest.fixture(scope="module")
def vetlanda() -> Any:
    return report("vetlanda")


class TestEveryMunicipality:
    def test_sections_in_order(self, each: tuple[str, Any]) -> None:
        """Cover, summary, the law duty by duty, own rules, organisation, partners, appendix."""
        name, doc = each
        hs = headings(doc)
        assert hs[0] == "Bilaga: underlag för samordnaren"
        g = load(CONFIGS / f"{name}.toml").governance
        assert hs[1] == (
            f"Efterlevnadsrapport för {g.municipality.name}: regelkoder, platser i "
            "konfigurationen, lagen i korthet och regelkatalogen"
        )
        order = [
            "Innehåll",
            "1. Sammanfattning",
            "2. Lagens krav",
            "3. Kommunens egna krav",
            "5. Organisation",
            "6. Samverkansparter och överenskommelser",
            "7. Regler som kontrolleras",
        ]
        assert [h for h in hs if h in order] == order
        for d in law_duties():
            heading = f"{d.reference.label('sv')}: {d.title('sv')}"
            # Headings start with a capital (word review m4): "Övergångsbestämmelserna …".
            assert heading[:1].upper() + heading[1:] in hs

    def test_summary_shows_each_duty_design_and_practice(self, each: tuple[str, Any]) -> None:
        """Each duty's row shows its design and practice verdict, written out in EXPECTED_DUTIES."""
        name, doc = each
        table = table_with_header(doc, SUMMARY_HEADER)
        assert [r[1] for r in table[1:]] == [d.title("sv") for d in law_duties()]
        assert [(word(r[2]), word(r[3])) for r in table[1:]] == EXPECTED_DUTIES[name]

    def test_summary_verdicts_are_shaded_by_colour(self, each: tuple[str, Any]) -> None:
        """An unmet duty is dark red, a met one green: the colour follows the word. An unmet
        duty resting on "verka för", lämplighet or kbfa's reading is a warning, "!" on
        yellow, never the red of a failed "ska"."""
        _name, doc = each
        table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == SUMMARY_HEADER)
        for r in table.rows[1:]:
            for cell in r.cells[2:4]:
                if cell.text == "–":
                    continue
                verdict, _, strength = cell.text.partition(" (")
                if verdict == "! Ej uppfyllt":
                    assert strength and fill_of(cell) == "FFEB9C", cell.text
                else:
                    assert fill_of(cell) == COLOURS[verdict], cell.text

    def test_kbfas_own_rule_is_not_among_the_municipalitys(self, each: tuple[str, Any]) -> None:
        """KBFA-KA is kbfa's administrative rule, neither law nor the municipality's own: it
        has its own heading before the law's duties and is not in "3. Kommunens egna krav"."""
        _name, doc = each
        hs = headings(doc)
        assert hs.index("Styrdokumentets beslut och giltighet") < hs.index("2. Lagens krav")
        admin = first_column_table(doc, "Regel")
        assert any("kbfa:s förvaltningsregel" in r[0] for r in admin[1:])
        own = first_column_table(doc, "Krav och källa")
        assert not any("kbfa:s förvaltningsregel" in r[0] for r in own)

    def test_legend_shows_all_six_verdicts_in_their_colours(self, each: tuple[str, Any]) -> None:
        """The legend lists every verdict and the warning, each with its symbol and colour."""
        _name, doc = each
        legend = next(
            t for t in doc.tables if [c.text for c in t.rows[0].cells] == ["Bedömning", "Betydelse"]
        )
        shown = {r.cells[0].text: fill_of(r.cells[0]) for r in legend.rows[1:]}
        assert shown == COLOURS

    def test_cover_names_evaluation_date_and_source_file(self, each: tuple[str, Any]) -> None:
        """The cover carries the evaluation date and the config's file name (no machine path)."""
        name, doc = each
        cover = {r[0]: r[1] for r in tables(doc)[0]}
        assert cover["Utvärderingsdatum"] == "2026-06-01"
        assert cover["Underlag"] == f"Kommunens konfiguration {name}.toml"
        assert str(CONFIGS) not in text_of(doc)

    def test_appendix_lists_every_rule_with_its_reference(self, each: tuple[str, Any]) -> None:
        """The appendix has a row per rule that applies to the municipality, law first."""
        name, doc = each
        rules = rules_for(load(CONFIGS / f"{name}.toml").governance)
        table = first_column_table(doc, "Kod")
        assert [r[0] for r in table[1:]] == [r.code for r in rules]
        assert row(table, "KBFA-L6A")[2] == "6 § lag (2023:196)"


def row(table: list[list[str]], first: str) -> list[str]:
    found = [r for r in table if r[0] == first]
    assert found, f"no row {first!r}"
    return found[0]


class TestLindesberg:
    def test_cover_shows_the_riktlinje(self, lindesberg: Any) -> None:
        """Fastställt av KS 2024-04-30 § 58, dnr KS 2024/70, review three years after adoption."""
        cover = {r[0]: r[1] for r in tables(lindesberg)[0]}
        assert cover["Styrdokument"] == (
            "Struktur för det brottsförebyggande arbetet i Lindesbergs kommun"
        )
        assert cover["Beslutat"] == "Kommunstyrelsen 2024-04-30 § 58"
        assert cover["Diarienummer"] == "KS 2024/70"
        assert cover["Aktualitetsprövning"] == "3 år efter antagande"

    def test_organisation_shows_est_weekly_thirty_minutes(self, lindesberg: Any) -> None:
        """EST: convened by the samordnare, once a week for 30 minutes."""
        table = first_column_table(lindesberg, "Organ")
        est = row(table, "EST (effektiv samordning för trygghet)\n(arbetsgrupp)")
        assert est[2] == "Kommunens brottsförebyggande samordnare (sammankallande)"
        assert est[3] == "en gång per vecka, 30 minuter"
        assert "Representant (Securitas)" in est[1].split("\n")

    def test_partner_matrix_without_agreements_says_so(self, lindesberg: Any) -> None:
        """No written agreement is recorded for any of Lindesberg's four partners."""
        table = first_column_table(lindesberg, "Samverkanspart")
        assert table[0] == ["Samverkanspart", "Kategori", "Deltar i", "Skriftlig överenskommelse"]
        assert [r[3] for r in table[1:]] == ["saknas"] * 4
        assert row(table, "Securitas")[2] == "EST (effektiv samordning för trygghet)"

    def test_own_rule_on_written_agreements_is_not_assessable(self, lindesberg: Any) -> None:
        """ "Allt arbete ... ska formuleras i skriftliga avtal": none is recorded, which is not
        the same as none existing (the riktlinje lists no agreements): ej bedömbart."""
        table = first_column_table(lindesberg, "Krav och källa")
        written = [r for r in table if "Skriftliga" in r[0] or "skriftliga" in r[0]]
        assert written and written[0][1] == "? Ej bedömbart"
        assert "avsnitt ”2. Struktur”" in written[0][0]  # typographic quotes (word review m1)
        assert "är registrerad" in written[0][2]

    def test_each_duty_has_law_facts_evidence_and_todo(self, lindesberg: Any) -> None:
        """Under 4 § the report gives the law, the config's lägesbild, evidence and advice."""
        items = outline(lindesberg)
        hs = [i.get("text") for i in items]
        start = hs.index("4 § lag (2023:196): Lägesbild")
        end = hs.index("5 § lag (2023:196): Åtgärdsplan")
        section = [h for h in hs[start:end] if h]
        assert section == [
            "4 § lag (2023:196): Lägesbild",
            "Lagen i korthet",
            "Så uppfyller kommunen kravet",
            "Belägg",
            "Bedömning",
            "Att göra",
        ]
        text = text_of(lindesberg)
        assert "Kartläggning och analys (lägesbild), tas fram av Kommunpolis" in text
        assert "Inga daterade belägg är registrerade för detta krav." in text


class TestVetlanda:
    def test_partner_matrix_marks_the_police_agreement(self, vetlanda: Any) -> None:
        """The police are party to the 2020–2023 agreement. One row per partner with its
        agreements (agreement titles as column headers wrapped letter by letter, word review
        M4). Höglandets Räddningstjänstförbund is a kommunalförbund Vetlanda is a member of
        (003:30 "på kommunens uppdrag"): the municipality's own organisation for the law, so
        no partner row, but named above the table as such (issue 12)."""
        table = first_column_table(vetlanda, "Samverkanspart")
        assert table[0][3] == "Skriftlig överenskommelse"
        police = row(table, "Polismyndigheten, Lokalpolisområde Höglandet")
        assert police[3] == "Samverkansöverenskommelse mellan polis och kommun"
        assert not [r for r in table if r[0] == "Höglandets Räddningstjänstförbund"]
        assert (
            "Höglandets Räddningstjänstförbund (kommunalförbund där kommunen är medlem)"
            in text_of(vetlanda)
        )

    def test_agreement_detail_shows_its_period(self, vetlanda: Any) -> None:
        """The agreement's detail row carries the period 2020-01-01 – 2023-12-31, under its
        title; the purposes and the areas (which the agreement does not state) share a
        column: four columns fit a portrait page where six did not."""
        table = first_column_table(vetlanda, "Överenskommelse")
        assert table[0] == ["Överenskommelse", "Parter", "Syften och områden", "Undertecknas av"]
        assert table[1][0].splitlines() == [
            "Samverkansöverenskommelse mellan polis och kommun",
            "Period: 2020-01-01 – 2023-12-31",
        ]
        assert table[1][2].splitlines()[1] == "Områden: anges inte"


def test_hjo_without_leading_body_is_partly_met_on_13(tmp_path: Path) -> None:
    """Hjo's policy names no leading body (KS leads by law) nor reporting to KF: delvis."""
    table = table_with_header(report("hjo"), SUMMARY_HEADER)
    assert row(table, "13 §")[2] == "◐ Delvis uppfyllt"


def test_sections_without_duty_are_named_under_the_summary() -> None:
    """1, 3 and 14 §§ are named with why they carry no duty (14 §: a right, information)."""
    text = text_of(report("nassjo"))
    assert "1 och 3 §§ anger lagens innehåll och syfte" in text
    assert "14 § ger kommunen rätt att bedriva kamerabevakning" in text


EVIDENCE = """\
[municipality]
name = "Provkommun"
organisation = "kommun"

[[organisations]]
id = "kommun"
name = "Provkommun"
kind = "kommun"

[[bodies]]
id = "ks"
name = "Kommunstyrelsen"
kind = "executive_board"

[[deliverables]]
id = "lagesbild"
kind = "lagesbild"
title = "Lägesbild 2025"
covers = ["extent", "consequences", "other_information", "analysis"]

[[evidence]]
date = 2025-11-12
kind = "delivered"
subject = "lagesbild"
reference = "KS 2025-11-12 § 143"
"""


class TestRenderer:
    def test_evidence_records_are_listed_under_their_duty(self) -> None:
        """A delivered lägesbild shows under 4 § with its date and decision reference."""
        config = loads(EVIDENCE, filename="prov.toml")
        doc = coordinator_appendix(config, AS_OF, BuildContext()).document
        table = table_with_header(doc, ["Datum", "Vad", "Avser", "Referens"])
        assert table[1] == [
            "2025-11-12",
            "levererad/redovisad",
            "Lägesbild 2025",
            "KS 2025-11-12 § 143",
        ]

    def test_findings_are_rendered_as_given(self) -> None:
        """A hand-made finding appears with its verdict, message, place and fix."""
        g = loads(EVIDENCE, filename="prov.toml").governance
        finding = Finding(
            code="KBFA-L4B",
            verdict=Verdict.DELVIS,
            severity=Severity.BREACH,
            level=Level.DESIGN,
            reference="4 § 1 p. lag (2023:196)",
            url="https://lagen.nu/2023:196#P4",
            location=Location("/hemlig/sökväg/prov.toml", 12, "deliverables[0].covers"),
            message="Provmeddelande om omfattning.",
            fix="Provåtgärd att göra.",
            title="Provtitel",
            source="law",
            duty="4",
        )
        met = Finding(
            code="KBFA-L4A",
            verdict=Verdict.UPPFYLLT,
            severity=Severity.INFO,
            level=Level.DESIGN,
            reference="4 § lag (2023:196)",
            url=None,
            location=None,
            message="Allt väl.",
            fix="Denna åtgärd ska inte synas.",
            source="law",
            duty="4",
        )
        result = EvaluationResult("Provkommun", "prov.toml", AS_OF, (met, finding))
        doc = build_appendix(
            g,
            result,
            BuildContext(),
            duties=law_duties(),
            rules=rules_for(g),
            verdicts={"4": DutyVerdict("4", LevelVerdict(Verdict.DELVIS, Strength.MUST), None)},
        ).document
        table = table_with_header(
            doc, ["Regel", "Bedömning", "Iakttagelse", "Plats i konfigurationen"]
        )
        assert table[2] == [
            "KBFA-L4B\nProvtitel",
            "◐ Delvis uppfyllt",
            "Provmeddelande om omfattning.",
            "prov.toml:12\ndeliverables[0].covers",
        ]
        text = text_of(doc)
        assert "Provåtgärd att göra." in text
        assert "Denna åtgärd ska inte synas." not in text
        assert "/hemlig/" not in text
        summary = table_with_header(doc, SUMMARY_HEADER)
        assert row(summary, "4 §")[2:] == ["◐ Delvis uppfyllt", "–", "1 iakttagelse"]
        assert row(summary, "5 §")[2:] == ["–", "–", "–"]

    def test_english_on_request(self) -> None:
        """--lang en gives an English report."""
        doc = report("lindesberg", lang="en")
        hs = headings(doc)
        assert hs[0] == "Appendix: the coordinator’s detail"
        assert "1. Summary" in hs
        assert table_with_header(doc, ["Section", "Duty", "Design", "Practice", "To address"])

    def test_core_properties_carry_the_evaluation_date(self) -> None:
        """Created and modified are the evaluation date, so reruns give the same file."""
        a = document_bytes(report("hjo"))
        b = document_bytes(report("hjo"))
        assert a == b
        import io

        props = docx.Document(io.BytesIO(a)).core_properties
        assert props.created == dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


class TestCommand:
    def test_writes_the_appendix(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``kbfa report --bilaga`` writes the appendix and prints its path."""
        out = tmp_path / "bilaga.docx"
        argv = ["report", str(CONFIGS / "hjo.toml"), "-o", str(out), "--as-of", "2026-06-01"]
        assert main([*argv, "--bilaga"]) == 0
        assert capsys.readouterr().out.strip() == str(out)
        assert headings(docx.Document(str(out)))[0] == "Bilaga: underlag för samordnaren"

    def test_refuses_to_overwrite_the_config(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming the input config is refused and the config is left untouched."""
        config = tmp_path / "hjo.toml"
        config.write_bytes((CONFIGS / "hjo.toml").read_bytes())
        assert main(["report", str(config), "-o", str(config)]) == 2
        assert "är en av indatafilerna och skrivs inte över" in capsys.readouterr().err
        assert config.read_bytes() == (CONFIGS / "hjo.toml").read_bytes()

    def test_refuses_to_overwrite_the_template(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """-o naming the template is refused, the template left untouched."""
        template = make_template(tmp_path / "mall.docx")
        before = template.read_bytes()
        argv = [
            "report",
            str(CONFIGS / "hjo.toml"),
            "-o",
            str(template),
            "--template",
            str(template),
        ]
        assert main(argv) == 2
        assert "är en av indatafilerna" in capsys.readouterr().err
        assert template.read_bytes() == before

    def test_template_missing_styles_are_added_and_named(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A template without Heading 1 and Table Grid works: kbfa adds both from the
        template's own styles, says so in one line, and writes the report (word review M14)."""
        template = make_template(tmp_path / "mall.docx", remove=("Heading 1", "Table Grid"))
        out = tmp_path / "rapport.docx"
        argv = ["report", str(CONFIGS / "hjo.toml"), "-o", str(out), "--template", str(template)]
        assert main(argv) == 0
        err = capsys.readouterr().err
        assert "mallen saknade formatmallarna Heading 1, Table Grid; kbfa lade till dem" in err
        assert out.exists()

    def test_template_without_normal_writes_nothing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A template without Normal cannot work: rejected, and no report is written."""
        import docx

        template = make_template(tmp_path / "mall.docx")
        d = docx.Document(str(template))
        normal = d.styles["Normal"].element
        normal.getparent().remove(normal)
        d.save(str(template))
        out = tmp_path / "rapport.docx"
        argv = ["report", str(CONFIGS / "hjo.toml"), "-o", str(out), "--template", str(template)]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "saknar 1 formatmallar som dokumenten behöver: Normal." in err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["mall.docx"]

    def test_bad_config_is_exit_2(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A broken config gives its located error and no output file."""
        bad = tmp_path / "trasig.toml"
        bad.write_text("[municipality]\nname = 3\n", encoding="utf-8")
        out = tmp_path / "rapport.docx"
        assert main(["report", str(bad), "-o", str(out)]) == 2
        assert "trasig.toml" in capsys.readouterr().err
        assert not out.exists()


class TestVerdictWords:
    def test_counts_agree_in_number(self) -> None:
        """Swedish adjectives agree with the count: "1 som uppfylld", "2 som uppfyllda"."""
        from kbfa.outputs.docx._verdict_cells import verdict_counted

        assert verdict_counted(Verdict.UPPFYLLT, 1) == "1 som uppfylld"
        assert verdict_counted(Verdict.UPPFYLLT, 2) == "2 som uppfyllda"
        assert verdict_counted(Verdict.EJ_BEDOMBART, 3) == "3 som ej bedömbara"
        assert verdict_counted(Verdict.DELVIS, 2, "en") == "2 partly met"

    def test_summary_sentence_counts_every_duty(self) -> None:
        """The summary sentence's counts add up to the number of duties."""
        text = text_of(report("hjo"))
        sentence = next(line for line in text.split("\n") if line.startswith("Utformningen:"))
        numbers = [int(n) for n in re.findall(r"(\d+) som", sentence)]
        # The nine duties with a design rule (the transitional provisions have none).
        assert sentence.startswith("Utformningen: av lagens 9 skyldigheter bedöms ")
        assert sum(numbers) == 9
