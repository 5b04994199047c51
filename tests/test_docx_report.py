"""``kbfa report``: the compliance report kommunstyrelsen adopts (issue 11 item 1).

Plain Swedish about styrdokumentet, kommunen, organ and beslut; page 1 with the report's
own identity, a sammanfattande bedömning, the verdict strip (design and practice apart,
symbol, word and colour) and the three most important actions. Its length is measured on
LibreOffice's PDF in tests/test_pdf_conversion.py.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest

from conftest import CONFIGS, ROOT
from kbfa.cli import main
from kbfa.config import load
from kbfa.evaluation import DutyVerdict, EvaluationResult, LevelVerdict, Verdict, evaluate
from kbfa.model import Governance, Strength
from kbfa.outputs.docx import (
    BuildContext,
    ReportIdentity,
    build_report,
    compliance_report,
    outline,
    text_of,
)
from kbfa.rules import catalogue, law_duties, rules_for
from test_docx_appendix import EXPECTED_DUTIES, fill_of

AS_OF = dt.date(2026, 6, 1)
MUNICIPALITIES = ("lindesberg", "nassjo", "hjo", "vetlanda")
STRIP_HEADER = ["Skyldighet i lagen", "Utformning", "Genomförande"]
#: The dates the plain-language test evaluates at: before the first plan was due, the
#: goldens' dates, and after Vetlanda's and Hjo's documents change.
DATES = (dt.date(2024, 3, 1), AS_OF, dt.date(2026, 11, 29), dt.date(2028, 1, 15))


def config_path(name: str) -> Path:
    return ROOT / "examples" / f"{name}.toml" if name == "exempelby" else CONFIGS / f"{name}.toml"


def report(name: str, lang: str = "sv", **identity: Any) -> Any:
    config = load(config_path(name))
    ctx = BuildContext(lang=lang)  # type: ignore[arg-type]
    return compliance_report(config, AS_OF, ctx, ReportIdentity(**identity)).document


def tables(doc: Any) -> list[list[list[str]]]:
    return [item["table"] for item in outline(doc) if "table" in item]


def headings(doc: Any) -> list[str]:
    return [item["text"] for item in outline(doc) if "style" in item]


def strip(doc: Any) -> list[list[str]]:
    found = [t for t in tables(doc) if t[0] == STRIP_HEADER]
    assert len(found) == 1
    return found[0]


def word(cell: str) -> str:
    return cell.split(" ", 1)[1] if cell[:1] in "✔◐✖!?⊘" else cell


def everything(doc: Any) -> str:
    """All text a reader sees: body, tables, headers and footers of every section."""
    parts = [text_of(doc)]
    for section in doc.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def blocks(doc: Any) -> list[dict[str, Any]]:
    """Every paragraph ({"style", "text"}) and table ({"table"}) of the body, in order; a
    non-breaking space reads as a space, as in :func:`outline`."""
    from docx.table import Table

    out: list[dict[str, Any]] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            out.append(
                {"table": [[c.text.replace("\u00a0", " ") for c in r.cells] for r in block.rows]}
            )
        else:
            out.append({"style": block.style.name, "text": block.text.replace("\u00a0", " ")})
    return out


def paragraphs_after(doc: Any, heading: str) -> list[str]:
    """The non-empty body paragraphs between ``heading`` and the next heading or table."""
    items = blocks(doc)
    start = next(i for i, x in enumerate(items) if x.get("text") == heading)
    out = []
    for item in items[start + 1 :]:
        if "table" in item or item["style"].startswith("Heading"):
            break
        if item["text"]:
            out.append(item["text"])
    return out


# -- what kommunstyrelsen must never be shown ---------------------------------------


def _model_keys() -> set[str]:
    """Every key of the config format (the model's field names), from the model itself."""
    seen: set[type] = set()
    keys: set[str] = set()

    def walk(cls: type) -> None:
        if cls in seen or not attrs.has(cls):
            return
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for f in attrs.fields(cls):
            keys.add(f.name)
            stack = [hints[f.name]]
            while stack:
                t = stack.pop()
                stack.extend(typing.get_args(t))
                if isinstance(t, type) and attrs.has(t):
                    walk(t)

    walk(Governance)
    return keys


#: Key names that are also Swedish words or parts of names ("Exempelby", "per år",
#: "plan", "period", "status", "part" as a party to an agreement): not evidence of config
#: vocabulary on their own.
_SWEDISH_TOO = {
    "by", "per", "period", "plan", "status", "text", "data", "diarienummer", "kommunkod",
    "lan", "minimum", "permanent", "format", "start", "id", "to", "organisation", "part",
    "version",
}  # fmt: skip
_KEYS = sorted(k for k in _model_keys() if k not in _SWEDISH_TOO)
#: Config vocabulary: a file name, a TOML table, a key path, a rule code, a snake_case key,
#: "kind = ", the word "konfiguration", and every other key of the format as a whole word.
VOCABULARY = re.compile(
    r"\.toml|\[\[|KBFA-|\b[a-z]+_[a-z_]+\b|\b[a-z]+\[\d+\]|\b[a-z]+ = |"
    r"[Kk]onfiguration|\bconfig\b|\b(?:" + "|".join(map(re.escape, _KEYS)) + r")\b"
)


def vocabulary(text: str) -> list[str]:
    return sorted(set(VOCABULARY.findall(text)))


class TestPlainSwedish:
    """Issue 11 Done-when: the report's text holds none of `.toml`, `[[`, a config key path,
    a `KBFA-` code or a snake_case key (and, stricter, no other config key or the word
    "konfiguration"): kommunstyrelsen reads plain Swedish (språklagen)."""

    @pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
    @pytest.mark.parametrize("when", DATES, ids=str)
    def test_report_text_holds_no_config_vocabulary(self, name: str, when: dt.date) -> None:
        config = load(config_path(name))
        ident = ReportIdentity(dnr="KS 2026/1", handlaggare="Samordnaren", proposal=True)
        doc = compliance_report(config, when, BuildContext(as_of=when), ident).document
        assert vocabulary(everything(doc)) == []

    @pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
    def test_documents_to_adopt_or_sign_hold_none_either(self, name: str) -> None:
        """The structure document, the åtgärdsplan, the agreements, the medborgarlöfte and
        the årshjul are adopted or signed too: no production notes in config words (word
        review m9)."""
        from kbfa.outputs.docx import build_documents

        g = load(config_path(name)).governance
        for d in build_documents(g, BuildContext(as_of=AS_OF)):
            assert vocabulary(everything(d.document)) == [], d.stem

    def test_the_check_sees_config_vocabulary(self) -> None:
        """The pattern itself: each kind of coordinator text it must catch is caught."""
        for text in (
            "Plats i konfigurationen: lindesberg.toml:269",
            "under [[evidence]]",
            "deliverables[0].covers",
            "[leadership].reporting",
            "se KBFA-L4A",
            "(settings.cycle_months)",
            'kind = "adopted"',
            "ange det i covers",
            "ange organet i decided_by",
        ):
            assert vocabulary(text), text
        assert (
            vocabulary("Kommunstyrelsen beslutar en åtgärdsplan per år, t.ex. i Exempelby.") == []
        )

    def test_every_rule_has_an_organisational_action(self) -> None:
        """Each rule of the catalogue, and of every bundled config's own requirements, says
        what the municipality's bodies do, in Swedish and English, without config words."""
        rules = {r.code: r for r in catalogue()}
        for name in (*MUNICIPALITIES, "exempelby"):
            rules.update({r.code: r for r in rules_for(load(config_path(name)).governance)})
        for code, rule in rules.items():
            sv, en = rule.actions("sv"), rule.actions("en")
            assert sv and en and sv != en, code
            assert vocabulary(rule.action("sv")) == [], code
            assert not re.search(r"\.toml|\[\[|KBFA-|\b[a-z]+_[a-z]+\b", rule.action("en")), code

    @pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
    def test_every_finding_speaks_plainly(self, name: str) -> None:
        """Every open finding of the config, on every date, carries an action, and its
        plain message and action hold no config vocabulary (the report shows only these)."""
        config = load(config_path(name))
        for when in DATES:
            for f in evaluate(config, when).findings:
                if not f.is_open:
                    assert f.action is None, f.code
                    continue
                assert f.action, f.code
                if f.informational or f.code.startswith("KBFA-W"):
                    # Information (the summary KBFA-L2A lists codes by design) and the checks
                    # of the config's waiver entries are the coordinator's, never in the report.
                    continue
                assert vocabulary(f.plain_message) == [], (f.code, f.plain_message)
                assert vocabulary(f.action) == [], (f.code, f.action)

    def test_an_english_report_holds_no_codes_or_keys_either(self) -> None:
        text = everything(report("vetlanda", lang="en"))
        assert not re.search(r"\.toml|\[\[|KBFA-|\b[a-z]+_[a-z]+\b|\b[a-z]+\[\d+\]", text)


# -- page 1 ------------------------------------------------------------------------


class TestPageOne:
    def test_identity_of_its_own(self) -> None:
        """Title, municipality, date, dnr and handläggare; the steering document's decision
        and dnr labelled as the document's (word review M1)."""
        doc = report("lindesberg", dnr="KS 2026/123", handlaggare="Anna Andersson, samordnare")
        hs = headings(doc)
        assert hs[:2] == [
            "Efterlevnadsrapport",
            "Det brottsförebyggande arbetet i Lindesbergs kommun",
        ]
        line = blocks(doc)[2]["text"]
        assert line == (
            "Datum: 2026-06-01  ·  Diarienummer: KS 2026/123  ·  "
            "Handläggare: Anna Andersson, samordnare"
        )
        document = dict(map(tuple, tables(doc)[0]))  # type: ignore[arg-type]
        assert document == {
            "Styrdokument": "Struktur för det brottsförebyggande arbetet i Lindesbergs kommun "
            "(riktlinje)",
            "Styrdokumentets beslut": "Kommunstyrelsen 2024-04-30 § 58; dnr KS 2024/70",
            "Styrdokumentets giltighet": "från 2024-04-30; aktualitetsprövas 3 år efter antagandet",
        }

    def test_header_on_every_page_names_the_report(self) -> None:
        doc = report("hjo", dnr="KS 2026/9")
        for section in doc.sections:
            assert section.header.paragraphs[0].text == (
                "Hjo kommun · Efterlevnadsrapport · 2026-06-01 · Dnr KS 2026/9"
            )

    def test_blanks_to_fill_in_without_dnr_and_handlaggare(self) -> None:
        line = blocks(report("hjo"))[2]["text"]
        assert "Diarienummer: [diarienummer]" in line
        assert "Handläggare: [namn, befattning]" in line

    def test_title_and_date_by_choice(self) -> None:
        doc = report(
            "hjo", title="Uppföljning av det brottsförebyggande arbetet", date=dt.date(2026, 6, 3)
        )
        assert headings(doc)[0] == "Uppföljning av det brottsförebyggande arbetet"
        line = blocks(doc)[2]["text"]
        assert line.startswith("Datum: 2026-06-03  ·  Bedömningen avser läget: 2026-06-01")

    @pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
    def test_assessment_is_three_to_five_sentences(self, name: str) -> None:
        """With the law's full name at its first mention (word review m4)."""
        (text,) = paragraphs_after(report(name), "Sammanfattande bedömning")
        sentences = re.findall(r"[^.]+(?:\.(?=\s|$))", text)
        assert 3 <= len(sentences) <= 5, text
        assert "lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete" in text

    def test_assessment_names_the_breaches(self) -> None:
        """Hjo as of 2026-06-01: design breaches in 5 § and 13 §; 7 § (lämplighet, not met)
        is a warning, never called a breach; 8 § and 9 § practice (verka för, kbfa's
        reading), which cannot be assessed, are not called warnings either."""
        (text,) = paragraphs_after(report("hjo"), "Sammanfattande bedömning")
        assert (
            "Brister mot lagens ska-krav finns i 5 § (åtgärdsplan) och 13 § (ledning och "
            "rapportering till fullmäktige)." in text
        )
        assert "Varningar (verka för, lämplighet) gäller 7 §." in text

    @pytest.mark.parametrize("name", MUNICIPALITIES)
    def test_strip_shows_design_and_practice_per_duty(self, name: str) -> None:
        """One row per duty of the law, the same verdicts as the appendix and the overview."""
        rows = strip(report(name))[1:]
        assert [r[0] for r in rows][:3] == ["4 § Lägesbild", "5 § Åtgärdsplan", rows[2][0]]
        assert rows[-1][0] == "Första åtgärdsplanen senast 2024-07-01 (övergångsbestämmelserna)"
        assert [(word(r[1]), word(r[2])) for r in rows] == EXPECTED_DUTIES[name]

    @pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
    def test_three_actions_in_organisational_language(self, name: str) -> None:
        """At most three, each about a different thing, each saying which body does what."""
        items = blocks(report(name))
        start = next(i for i, x in enumerate(items) if x.get("text") == "De viktigaste åtgärderna")
        actions = [
            x["text"]
            for x in items[start + 1 : start + 4]
            if x.get("text", "")[:2] in ("1.", "2.", "3.")
        ]
        assert 1 <= len(actions) <= 3
        bodies = ("Kommunstyrelsen", "Fullmäktige", "Det organ")
        for a in actions:
            assert a.split("\t", 1)[1].startswith(bodies), a

    def test_expired_document_first_among_the_actions(self) -> None:
        """Vetlanda's plan ran out on 2023-12-31: page 1 says so, and deciding a new steering
        document is the first action (everything else rests on it)."""
        doc = report("vetlanda")
        items = blocks(doc)
        notice = next(x["text"] for x in items if x.get("text", "").startswith("Observera"))
        assert "gällde till 2023-12-31 och behöver beslutas på nytt" in notice
        first = next(x["text"] for x in items if x.get("text", "").startswith("1.\t"))
        assert first == (
            "1.\tFullmäktige eller kommunstyrelsen beslutar ett nytt styrdokument för det "
            "brottsförebyggande arbetet, med giltighetstid."
        )

    def test_proposal_only_on_request(self) -> None:
        assert "Förslag till beslut" not in headings(report("hjo"))
        doc = report("hjo", proposal=True)
        assert paragraphs_after(doc, "Förslag till beslut") == [
            "1.\tKommunstyrelsen godkänner efterlevnadsrapporten för det brottsförebyggande "
            "arbetet per 2026-06-01.",
            "2.\tKommunstyrelsen ger [förvaltningen] i uppdrag att genomföra de viktigaste "
            "åtgärderna i rapporten och återrapportera senast [datum].",
            "3.\tRapporten överlämnas till fullmäktige som en del av rapporteringen enligt 13 §.",
        ]


# -- the verdict strip's looks ----------------------------------------------------------

#: Every verdict as the strip shows it: symbol and word, background, text colour (black).
#: A breach of a "ska" is the one darker cell; a "verka för"/lämplighet/kbfa-reading gap
#: is yellow with "!", never the breach's red.
LOOKS = {
    "✔ Uppfyllt": ("C6EFCE", None),
    "◐ Delvis uppfyllt": ("FFEB9C", None),
    "✖ Ej uppfyllt": ("FF7C80", None),
    "! Ej uppfyllt (verka för)": ("FFEB9C", None),
    "? Ej bedömbart": ("E7E6E6", None),
    "⊘ Undantag": ("DDEBF7", None),
    "– Ej tillämpligt": ("FFFFFF", None),
}


def test_strip_shows_all_six_verdicts_with_symbol_and_colour() -> None:
    """All six verdicts and the warning, not only those the bundled configs produce: each
    has its symbol (readable in black and white) and its colour."""
    g = load(CONFIGS / "hjo.toml").governance
    result = EvaluationResult("Hjo kommun", "", AS_OF, ())
    must = Strength.MUST
    levels = [
        LevelVerdict(Verdict.UPPFYLLT, must),
        LevelVerdict(Verdict.DELVIS, must),
        LevelVerdict(Verdict.EJ_UPPFYLLT, must, breach=True),
        LevelVerdict(Verdict.EJ_UPPFYLLT, Strength.BEST_EFFORT),
        LevelVerdict(Verdict.EJ_BEDOMBART, must),
        LevelVerdict(Verdict.UNDANTAG, must),
        LevelVerdict(Verdict.EJ_TILLAMPLIG, must),
    ]
    duties = law_duties()
    verdicts = {d.key: DutyVerdict(d.key, lv, None) for d, lv in zip(duties, levels, strict=False)}
    doc = build_report(g, result, BuildContext(), duties=duties, verdicts=verdicts).document
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == STRIP_HEADER)
    shown = {}
    for r in table.rows[1 : len(levels) + 1]:
        cell = r.cells[1]
        runs = cell.paragraphs[0].runs
        color = runs[0].font.color.rgb if runs[0].font.color and runs[0].font.color.type else None
        shown[cell.text] = (fill_of(cell), str(color) if color is not None else None)
    assert shown == LOOKS


def test_bra_advice_never_looks_like_a_breach() -> None:
    """A Brå deviation reads "Avviker från Brås råd", yellow, never the red of a breach of
    law (word review m5)."""
    doc = report("vetlanda")
    bra = next(t for t in doc.tables if t.rows[0].cells[0].text == "Brås råd")
    for r in bra.rows[1:]:
        cell = r.cells[1]
        assert cell.text in ("! Avviker från Brås råd", "◐ Delvis uppfyllt", "? Ej bedömbart")
        assert fill_of(cell) != "FF7C80"


# -- the rest ---------------------------------------------------------------------------


def test_duties_one_by_one_with_law_verdict_findings_and_actions() -> None:
    """Under each duty: what the Act asks, the verdict, what was found, what to do."""
    doc = report("hjo")
    hs = headings(doc)
    for d in law_duties():
        assert any(h.endswith(d.title("sv")) or d.title("sv") in h for h in hs), d.key
    items = outline(doc)
    at = next(i for i, x in enumerate(items) if x.get("text") == "5 § Åtgärdsplan")
    table = items[at + 1]["table"]
    assert [r[0] for r in table] == ["Lagen", "Bedömning", "Iakttagelser", "Åtgärder"]
    assert table[1][1] == "utformning ◐ delvis uppfyllt; genomförande ? ej bedömbart"


def test_the_law_is_linked_to_its_official_text() -> None:
    """Real hyperlinks: the SFS text at riksdagen.se and lagen.nu (word review m8)."""
    doc = report("nassjo")
    targets = {r.target_ref for r in doc.part.rels.values() if r.is_external}
    assert any(t.startswith("https://www.riksdagen.se/") and "sfs-2023-196" in t for t in targets)
    assert "https://lagen.nu/2023:196" in targets
    assert doc.element.body.xpath(".//w:hyperlink")


def test_english_on_request() -> None:
    doc = report("lindesberg", lang="en")
    assert headings(doc)[:3] == [
        "Compliance report",
        "Crime prevention in Lindesbergs kommun",
        "Overall assessment",
    ]
    assert any(t[0] == ["Duty under the Act", "Design", "Practice"] for t in tables(doc))


def test_a_model_built_in_code_gets_a_report() -> None:
    """The library path without a file: the report names no file at all."""
    g = load(CONFIGS / "hjo.toml").governance
    doc = compliance_report(g, AS_OF, BuildContext()).document
    assert "hjo.toml" not in everything(doc)


class TestCommand:
    def test_options_set_the_identity(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "rapport.docx"
        argv = [
            "report",
            str(CONFIGS / "hjo.toml"),
            "-o",
            str(out),
            "--as-of",
            "2026-06-01",
            "--dnr",
            "KS 2026/77",
            "--handlaggare",
            "Anna Andersson",
            "--titel",
            "Efterlevnadsrapport 2026",
            "--forslag",
        ]
        assert main(argv) == 0
        assert capsys.readouterr().out.strip() == str(out)
        doc = docx.Document(str(out))
        assert headings(doc)[0] == "Efterlevnadsrapport 2026"
        assert "Förslag till beslut" in headings(doc)
        assert "KS 2026/77" in blocks(doc)[2]["text"]

    @pytest.mark.parametrize("bad", ["KS\x1b[31m 2026", "rad ett\nrad två", " ", "x" * 201])
    def test_a_bad_text_option_is_refused(
        self, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = tmp_path / "rapport.docx"
        assert main(["report", str(CONFIGS / "hjo.toml"), "-o", str(out), "--dnr", bad]) == 2
        assert "--dnr" in capsys.readouterr().err
        assert not out.exists()


@pytest.mark.parametrize("name", [*MUNICIPALITIES, "exempelby"])
def test_structure_and_report_agree_on_who_leads(name: str) -> None:
    """One derivation of who leads (word review M7): the structure document names the body
    13 § KBFA-L13A credits, kommunstyrelsen by law where the document names none
    (Lindesberg: as the riktlinje's responsible political body), and the report's actions
    are addressed to it."""
    from kbfa.outputs.docx import build_documents

    config = load(config_path(name))
    g = config.governance
    structure = next(
        d for d in build_documents(g, BuildContext(as_of=AS_OF)) if d.stem == "struktur"
    )
    rows = {r[0]: r[1] for t in tables(structure.document) for r in t if len(r) == 2}
    leads = rows["Leder arbetet"]
    l13a = [f for f in evaluate(config, AS_OF).findings if f.code == "KBFA-L13A"]
    if g.leadership is None:
        assert leads == "Kommunstyrelsen"
        assert all(f.verdict is Verdict.UPPFYLLT for f in l13a)
    else:
        assert leads == next(b.name for b in g.bodies if b.id == g.leadership.body)
    if name == "lindesberg":
        assert rows["Grund"] == "Kommunstyrelsen är ansvarigt politiskt organ för styrdokumentet."
        assert l13a[0].message.startswith("Kommunstyrelsen är ansvarigt politiskt organ")
