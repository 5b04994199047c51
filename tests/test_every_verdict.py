"""Every verdict in every output (issue 16): the words, symbols and colours a reader sees.

One fictitious municipality, built with the builder and written to a TOML file, is run
through every command as a user would (``kbfa check`` as text, JSON, SARIF and GitHub
annotations, ``kbfa report``, ``kbfa report --bilaga``, ``kbfa overview`` as Word, CSV,
.xlsx and JSON). On 2024-03-01 its findings take all six verdicts and its duties five of
them, with a "ska" breach beside a "verka för" and a lämplighet gap. Each output has its
own table below of what it must show, written out by hand:

- the verdicts from the law (the reasoning is in :func:`provkommun`'s docstring);
- the words from the legend the outputs print ("Om rapporten", the workbook's
  *Förklaringar*) and docs/export.md: uppfyllt, delvis uppfyllt, ej uppfyllt, ej
  bedömbart, undantag, ej tillämpligt; a verdict resting on "verka för", lämplighet or
  kbfa's reading says so in brackets;
- the symbols and colours from the report's legend: ✔ green C6EFCE, ◐ yellow FFEB9C,
  ✖ red FF7C80 (a breach of a "ska", the one darker cell), ! yellow FFEB9C (a gap that is
  no breach), ? grey E7E6E6, ⊘ blue DDEBF7, – white FFFFFF;
- the SARIF level and the GitHub annotation as docs/ci.md states them: a breach is
  ``error``, a warning ``warning``, something to note ``note`` (GitHub: ``notice``); a
  met, waived or not applicable rule is no result at all (only open findings are).

No expectation is read from the code under test (no ``VERDICT_FILLS``, ``LOOKS``,
``verdict_word`` or ``duty_verdicts``). A duty is never "undantag" in a real evaluation:
no waiver sets the law aside, and a waived part is left out of a duty's coverage. The
outputs that take duty verdicts directly (the Word overview and the export here, the
report's strip in test_docx_report.py, CSV and .xlsx in test_xlsx.py) are given a
hand-made undantag so that they show it all the same.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from builder import Builder  # type: ignore[import-not-found]
from kbfa.cli import main
from kbfa.config import dump_text
from kbfa.evaluation import DutyVerdict, EvaluationResult, LevelVerdict, Verdict
from kbfa.model import ContentPart, DeliverableKind, Governance, Strength
from kbfa.outputs.overview import Overview, Row, duty_columns, export_data

AS_OF = "2024-03-01"

#: The report's legend: each mark and its background (RGB).
GREEN, YELLOW, RED, GREY, BLUE, WHITE = "C6EFCE", "FFEB9C", "FF7C80", "E7E6E6", "DDEBF7", "FFFFFF"


def provkommun() -> Governance:
    """A fictitious municipality (no real facts), as of 2024-03-01:

    - 4 §: a lägesbild said to hold its extent and consequences (1 p.), other
      information (2 p.) and an analysis (3 p.): met, on the design level. In practice
      (issue 14) no lägesbild is recorded yet, so its analysis cannot be assessed
      (KBFA-L4G); with no statistics the extent's rule does not apply (KBFA-L4F).
    - 5 §: the action plan is due from 2024-07-01 (övergångsbestämmelserna 2 p.): not
      applicable on either level on 2024-03-01; so is the transitional rule itself.
    - 6 §: the lägesbild has no cadence, so the document does not provide for updating
      it at least every second year: not met, a breach of a "ska"; no update is
      recorded: cannot be assessed.
    - 7 §: integration is owed "i den utsträckning det är lämpligt" and nothing is said:
      not met on lämplighet, a warning.
    - 8 §: no forum for coordination is described; 8 § is a duty to coordinate that the
      law gives as 9 and 10 §§ ("verka för"): not met on "verka för", a warning.
    - 11–12 §§: a coordination function is set up but nobody holds it: partly met, and
      the missing holder is a breach (11 § "ska ha").
    - 13 §: silent on who leads (the law fills it: kommunstyrelsen leads) and on
      reporting to fullmäktige (a missing step): partly met.
    - Brå's advice of a preparatory group (KBFA-B13) is waived by kommunstyrelsen:
      undantag.
    """
    parts = (
        ContentPart.EXTENT,
        ContentPart.CONSEQUENCES,
        ContentPart.OTHER_INFORMATION,
        ContentPart.ANALYSIS,
    )
    return (
        Builder()
        .deliverable("lagesbild", DeliverableKind.LAGESBILD, "Lägesbild", covers=parts)
        .coordination()
        .waiver("KBFA-B13", decision="KS 2024-01-10 § 3")
        .build()
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every output of the same file on the same date, written by the command line."""
    tmp = tmp_path_factory.mktemp("every")
    config = tmp / "provkommun.toml"
    config.write_text(dump_text(provkommun()), encoding="utf-8")
    out: dict[str, Any] = {"dir": tmp}

    def check(*args: str, lang: str = "sv") -> str:
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            # 1: there are breaches (the exit status says so; the output is whole all the same).
            assert main(["--lang", lang, "check", str(config), "--as-of", AS_OF, *args]) == 1
        return stdout.getvalue()

    out["text"] = check()
    out["text.en"] = check(lang="en")
    out["json.en"] = json.loads(check("--format", "json", lang="en"))
    out["json"] = json.loads(check("--format", "json"))
    out["sarif"] = json.loads(check("--format", "sarif"))
    out["github"] = check("--format", "github")
    for name, extra in (("report", []), ("appendix", ["--bilaga"])):
        path = tmp / f"{name}.docx"
        assert main(["report", str(config), "--as-of", AS_OF, "-o", str(path), *extra]) == 0
        out[name] = docx.Document(str(path))
    for suffix in ("docx", "csv", "xlsx", "json"):
        path = tmp / f"oversikt.{suffix}"
        assert main(["overview", str(config), "--as-of", AS_OF, "-o", str(path), "-q"]) == 1
        out[f"overview.{suffix}"] = path
    return out


# -- the duties ------------------------------------------------------------------------------

#: Each duty's design and practice verdict in words, as text, CSV and the overview say it
#: ("–": the duty has no rule on that level).
DUTY_WORDS = [
    ("4 § Lägesbild", "uppfyllt", "ej bedömbart"),
    ("5 § Åtgärdsplan", "ej tillämpligt", "ej tillämpligt"),
    ("6 § Uppdatering och uppföljning minst vartannat år", "ej uppfyllt", "ej bedömbart"),
    ("7 § Integrering med annan analys och planering", "ej uppfyllt (lämplighet)", "–"),
    ("8 § Samordningsansvar", "ej uppfyllt (verka för)", "–"),
    ("11–12 §§ Samordningsfunktion", "delvis uppfyllt", "–"),
    ("13 § Ledning och rapportering till fullmäktige", "delvis uppfyllt", None),
]
#: The same duties in Word: symbol, words (capitalised where the cell stands alone), colour.
DUTY_LOOKS = [
    ("4 § Lägesbild", ("✔ Uppfyllt", GREEN), ("? Ej bedömbart", GREY)),
    ("5 § Åtgärdsplan", ("– Ej tillämpligt", WHITE), ("– Ej tillämpligt", WHITE)),
    (
        "6 § Uppdatering och uppföljning minst vartannat år",
        ("✖ Ej uppfyllt", RED),
        ("? Ej bedömbart", GREY),
    ),
    (
        "7 § Integrering med annan analys och planering",
        ("! Ej uppfyllt (lämplighet)", YELLOW),
        ("–", None),
    ),
    ("8 § Samordningsansvar", ("! Ej uppfyllt (verka för)", YELLOW), ("–", None)),
    ("11–12 §§ Samordningsfunktion", ("◐ Delvis uppfyllt", YELLOW), ("–", None)),
]
#: The duties in the export: (duty, level) → verdict, strength, breach.
DUTY_RECORDS = {
    ("4", "design"): ("uppfyllt", "must", False),
    ("4", "practice"): ("ej_bedombart", "must", False),
    ("5", "design"): ("ej_tillamplig", "must", False),
    ("5", "practice"): ("ej_tillamplig", "must", False),
    ("6", "design"): ("ej_uppfyllt", "must", True),
    ("6", "practice"): ("ej_bedombart", "must", False),
    ("7", "design"): ("ej_uppfyllt", "qualified", False),
    ("8", "design"): ("ej_uppfyllt", "best_effort", False),
    ("11-12", "design"): ("delvis", "must", True),
    ("13", "design"): ("delvis", "must", True),
    ("OB", "practice"): ("ej_tillamplig", "must", False),
}

# -- the findings ----------------------------------------------------------------------------

#: One finding of each verdict: code → verdict and severity in the export.
FINDING_RECORDS = {
    "KBFA-L4A": ("uppfyllt", "info"),  # a lägesbild is described
    "KBFA-L11A": ("delvis", "breach"),  # the function exists, nobody holds it
    "KBFA-L6A": ("ej_uppfyllt", "breach"),  # no update cadence: a "ska" missed
    "KBFA-L7A": ("ej_uppfyllt", "warning"),  # lämplighet: never a breach
    "KBFA-L8A": ("ej_uppfyllt", "warning"),  # verka för: never a breach
    "KBFA-L6C": ("ej_bedombart", "warning"),  # no update recorded
    "KBFA-B13": ("undantag", "info"),  # waived by kommunstyrelsen
    "KBFA-L5A": ("ej_tillamplig", "info"),  # 5 § applies from 2024-07-01
}
#: The same findings as a reader sees them: the word, and in Word the symbol and colour.
FINDING_WORDS = {
    "KBFA-L4A": ("uppfyllt", "✔ Uppfyllt", GREEN),
    "KBFA-L11A": ("delvis uppfyllt", "◐ Delvis uppfyllt", YELLOW),
    "KBFA-L6A": ("ej uppfyllt", "✖ Ej uppfyllt", RED),
    "KBFA-L7A": ("ej uppfyllt", "! Ej uppfyllt", YELLOW),
    "KBFA-L8A": ("ej uppfyllt", "! Ej uppfyllt", YELLOW),
    "KBFA-L6C": ("ej bedömbart", "? Ej bedömbart", GREY),
    "KBFA-B13": ("undantag", "⊘ Undantag", BLUE),
    "KBFA-L5A": ("ej tillämpligt", "– Ej tillämpligt", WHITE),
}
#: The severity's word in CSV and .xlsx.
SEVERITY_WORDS = {"breach": "brist", "warning": "varning", "info": "att notera"}
#: The export's list of verdicts: each stable value with the reader's word.
VERDICT_LABELS = [
    {"value": "uppfyllt", "label": "uppfyllt"},
    {"value": "delvis", "label": "delvis uppfyllt"},
    {"value": "ej_uppfyllt", "label": "ej uppfyllt"},
    {"value": "ej_bedombart", "label": "ej bedömbart"},
    {"value": "undantag", "label": "undantag"},
    {"value": "ej_tillamplig", "label": "ej tillämpligt"},
]
#: The legend of the report and the appendix: every mark, its colour.
LEGEND = [
    ("✔ Uppfyllt", GREEN),
    ("◐ Delvis uppfyllt", YELLOW),
    ("✖ Ej uppfyllt", RED),
    ("! Ej uppfyllt (varning)", YELLOW),
    ("? Ej bedömbart", GREY),
    ("⊘ Undantag", BLUE),
    ("– Ej tillämpligt", WHITE),
]


def fill_of(cell: Any) -> str | None:
    """A Word table cell's background (RGB), or None."""
    shd = cell._tc.xpath("./w:tcPr/w:shd")
    if not shd:
        return None
    value: str | None = shd[0].get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill"
    )
    return value


def plain(text: str) -> str:
    """A Word cell's text as read: its non-breaking spaces ("4\u00a0§") as spaces."""
    return text.replace("\u00a0", " ")


def word_tables(document: Any, header: list[str]) -> list[Any]:
    return [t for t in document.tables if [c.text for c in t.rows[0].cells] == header]


# -- kbfa check: text ------------------------------------------------------------------------

#: A duty's line: "  4 § Lägesbild...... uppfyllt        –".
DUTY_LINE = re.compile(r"^  (?P<duty>\S.*?)\.{2,} (?P<design>\S.*?)\s{2,}(?P<practice>\S.*)$")

#: Open findings are listed under their group with the verdict's word first; a silence the
#: law fills is noted though met. Met, waived and not applicable findings are only counted.
TEXT_FINDINGS = [
    ("KBFA-L6A", "Brister mot lagen (3)", "Ej uppfyllt."),
    ("KBFA-L11A", "Brister mot lagen (3)", "Delvis uppfyllt."),
    ("KBFA-L7A", "Varningar", "Ej uppfyllt."),
    ("KBFA-L8A", "Varningar", "Ej uppfyllt."),
    ("KBFA-L6C", "Varningar", "Ej bedömbart."),
    ("KBFA-L2A", "Att notera", "Delvis uppfyllt."),
    ("KBFA-L13A", "Att notera", "Uppfyllt."),
]


class TestText:
    def test_duty_table(self, run: dict[str, Any]) -> None:
        """The duties at a glance: the verdict in words, with "verka för" or lämplighet
        beside a gap that rests on them."""
        shown = {}
        for line in run["text"].splitlines():
            m = DUTY_LINE.match(line)
            if m:
                shown[m["duty"]] = (m["design"], m["practice"])
        for duty, design, practice in DUTY_WORDS:
            assert shown[duty][0] == design, duty
            if practice is not None:
                assert shown[duty][1] == practice, duty
        assert shown["13 § Ledning och rapportering till fullmäktige"][1] == (
            "ej bedömbart (kbfa:s tolkning)"
        )

    @pytest.mark.parametrize(("code", "group", "word"), TEXT_FINDINGS)
    def test_each_finding_under_its_group_with_its_word(
        self, run: dict[str, Any], code: str, group: str, word: str
    ) -> None:
        lines = run["text"].splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith(f"  {code}  "))
        assert lines[at + 1].startswith(f"    {word} ")
        heading = next(lines[i - 1] for i in range(at, 0, -1) if set(lines[i]) == {"-"})
        assert heading.startswith(group)

    def test_met_waived_and_not_applicable_are_counted(self, run: dict[str, Any]) -> None:
        """The waived Brå rule and the rules not yet in force are not listed as findings;
        the summary counts them: one waiver (KBFA-B13), three breaches (6, 11 and 13 §§)."""
        text = run["text"]
        assert "  KBFA-B13  " not in text and "  KBFA-L5A  " not in text
        summary = text.splitlines()[-1]
        assert re.fullmatch(
            r"Sammanfattning: 3 brister, \d+ varningar, \d+ att notera; "
            r"\d+ krav uppfyllda, 1 undantag, \d+ ej tillämpliga\.",
            summary,
        ), summary


#: The same duties in English (``--lang en``).
DUTY_WORDS_EN = [
    ("s. 4 Situation report (lägesbild)", "met", "cannot be assessed"),
    ("s. 5 Action plan", "not applicable", "not applicable"),
    ("s. 6 Update and follow-up at least every second year", "not met", "cannot be assessed"),
    ("s. 7 Integration with other planning", "not met (where suitable)", "–"),
    ("s. 8 Coordination responsibility", "not met (work towards)", "–"),
    ("ss. 11–12 Coordination function", "partly met", "–"),
    ("s. 13 Leadership and reporting to the assembly", "partly met", None),
]


class TestTextInEnglish:
    def test_duty_table(self, run: dict[str, Any]) -> None:
        shown = {}
        for line in run["text.en"].splitlines():
            m = DUTY_LINE.match(line)
            if m:
                shown[m["duty"]] = (m["design"], m["practice"])
        for duty, design, practice in DUTY_WORDS_EN:
            assert shown[duty][0] == design, duty
            if practice is not None:
                assert shown[duty][1] == practice, duty

    def test_summary(self, run: dict[str, Any]) -> None:
        summary = run["text.en"].splitlines()[-1]
        assert re.fullmatch(
            r"Summary: 3 breaches, \d+ warnings, \d+ to note; "
            r"\d+ met, 1 waived, \d+ not applicable\.",
            summary,
        ), summary

    def test_export_labels(self, run: dict[str, Any]) -> None:
        assert run["json.en"]["verdicts"] == [
            {"value": "uppfyllt", "label": "met"},
            {"value": "delvis", "label": "partly met"},
            {"value": "ej_uppfyllt", "label": "not met"},
            {"value": "ej_bedombart", "label": "cannot be assessed"},
            {"value": "undantag", "label": "waived"},
            {"value": "ej_tillamplig", "label": "not applicable"},
        ]


# -- kbfa check --format json and kbfa overview -o x.json ------------------------------------


@pytest.fixture(scope="module", params=["check", "overview"])
def export(request: pytest.FixtureRequest, run: dict[str, Any]) -> dict[str, Any]:
    """The export as ``check --format json`` and as ``overview -o x.json`` write it."""
    if request.param == "check":
        data: dict[str, Any] = run["json"]
        return data
    path: Path = run["overview.json"]
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


class TestJson:
    def test_the_six_verdicts_and_their_words(self, export: dict[str, Any]) -> None:
        assert export["verdicts"] == VERDICT_LABELS

    def test_duty_verdicts(self, export: dict[str, Any]) -> None:
        records = {(r["duty"], r["level"]): r for r in export["duty_verdicts"]}
        for key, (verdict, strength, breach) in DUTY_RECORDS.items():
            r = records[key]
            assert (r["verdict"], r["strength"], r["breach"]) == (verdict, strength, breach), key
        # 7 § has no practice rule: no record, and null in the municipality's duties.
        assert ("7", "practice") not in records
        duties = export["municipalities"][0]["duties"]
        assert duties["7"]["practice"] is None
        for (duty, level), (verdict, _, _) in DUTY_RECORDS.items():
            assert duties[duty][level]["verdict"] == verdict, (duty, level)

    def test_findings(self, export: dict[str, Any]) -> None:
        records = {r["code"]: r for r in export["findings"]}
        for code, (verdict, severity) in FINDING_RECORDS.items():
            assert (records[code]["verdict"], records[code]["severity"]) == (verdict, severity)

    def test_totals(self, export: dict[str, Any]) -> None:
        """One municipality: each duty and level counts 1 in its verdict's column; an
        "ej uppfyllt" that is no breach (verka för, lämplighet) in the warning column."""
        totals = export["totals"]
        for (duty, level), (verdict, _, breach) in DUTY_RECORDS.items():
            counts = totals[duty][level]
            column = "warning" if verdict == "ej_uppfyllt" and not breach else verdict
            assert counts[column] == 1, (duty, level)
            assert sum(counts.values()) == 1, (duty, level)
        assert totals["7"]["practice"]["no_verdict"] == 1


# -- kbfa check --format sarif and --format github -------------------------------------------

#: code → SARIF level and the verdict in its properties; None: no result (nothing to act on).
SARIF_LEVELS = {
    "KBFA-L6A": ("error", "ej_uppfyllt"),  # a breach of a "ska"
    "KBFA-L11A": ("error", "delvis"),  # a breach, partly met
    "KBFA-L7A": ("warning", "ej_uppfyllt"),  # lämplighet
    "KBFA-L8A": ("warning", "ej_uppfyllt"),  # verka för
    "KBFA-L6C": ("warning", "ej_bedombart"),
    "KBFA-L2A": ("note", "delvis"),  # the 2 § summary is informational
    "KBFA-L13D": ("note", "ej_bedombart"),  # kbfa's reading of "kontinuerligt"
    "KBFA-L4A": None,  # uppfyllt
    "KBFA-B13": None,  # undantag
    "KBFA-L5A": None,  # ej tillämpligt
}
#: The GitHub workflow command of each level.
GITHUB = {"error": "::error ", "warning": "::warning ", "note": "::notice "}


class TestSarif:
    @pytest.mark.parametrize(("code", "expected"), SARIF_LEVELS.items())
    def test_level(self, run: dict[str, Any], code: str, expected: tuple[str, str] | None) -> None:
        results = [r for r in run["sarif"]["runs"][0]["results"] if r["ruleId"] == code]
        if expected is None:
            assert results == []
            return
        (result,) = results
        assert (result["level"], result["properties"]["verdict"]) == expected

    @pytest.mark.parametrize(("code", "expected"), SARIF_LEVELS.items())
    def test_github_annotation(
        self, run: dict[str, Any], code: str, expected: tuple[str, str] | None
    ) -> None:
        lines = [line for line in run["github"].splitlines() if f"title={code} " in line]
        if expected is None:
            assert lines == []
            return
        (line,) = lines
        assert line.startswith(GITHUB[expected[0]])


# -- kbfa report: the verdict strip and the legend --------------------------------------------

STRIP_HEADER = ["Skyldighet i lagen", "Utformning", "Genomförande"]


class TestWordReport:
    def test_verdict_strip(self, run: dict[str, Any]) -> None:
        (strip,) = word_tables(run["report"], STRIP_HEADER)
        shown = {
            plain(r.cells[0].text): (
                (r.cells[1].text, fill_of(r.cells[1])),
                (r.cells[2].text, fill_of(r.cells[2])),
            )
            for r in strip.rows[1:]
        }
        for duty, design, practice in DUTY_LOOKS:
            assert shown[duty] == (design, practice), duty

    def test_legend(self, run: dict[str, Any]) -> None:
        (legend,) = word_tables(run["report"], ["Markering", "Betydelse"])
        assert [(r.cells[0].text, fill_of(r.cells[0])) for r in legend.rows[1:]] == LEGEND

    def test_bra_deviation_is_a_warning_and_the_waiver_is_not_listed(
        self, run: dict[str, Any]
    ) -> None:
        """Brå's advice not followed reads "Avviker från Brås råd" on yellow; the waived
        advice (KBFA-B13, a preparatory group) is nothing kommunstyrelsen must act on."""
        (bra,) = word_tables(run["report"], ["Brås råd", "Bedömning", "Iakttagelse och åtgärd"])
        cells = {r.cells[0].text: r.cells[1] for r in bra.rows[1:]}
        cell = cells["Orsaksanalys ingår i arbetet"]
        assert (cell.text, fill_of(cell)) == ("! Avviker från Brås råd", YELLOW)
        assert "Beredningsgrupp finns" not in cells


# -- kbfa report --bilaga: the summary, every finding's cell, the legend ----------------------

APPENDIX_SUMMARY = ["Paragraf", "Skyldighet", "Utformning", "Genomförande", "Att åtgärda"]
#: The appendix's finding tables: a law rule's row starts with its code, an own or Brå rule's
#: with its title (KBFA-B13: "Beredningsgrupp finns").
FINDING_HEADERS = (
    ["Regel", "Bedömning", "Iakttagelse", "Plats i konfigurationen"],
    ["Krav och källa", "Bedömning", "Iakttagelse", "Att göra"],
)
ROW_NAMES = {"KBFA-B13": "Beredningsgrupp finns"}


class TestWordAppendix:
    def test_summary(self, run: dict[str, Any]) -> None:
        (table,) = word_tables(run["appendix"], APPENDIX_SUMMARY)
        shown = {
            plain(f"{r.cells[0].text} {r.cells[1].text}"): (
                (r.cells[2].text, fill_of(r.cells[2])),
                (r.cells[3].text, fill_of(r.cells[3])),
            )
            for r in table.rows[1:]
        }
        for duty, design, practice in DUTY_LOOKS:
            assert shown[duty] == (design, practice), duty

    @pytest.mark.parametrize("code", FINDING_WORDS)
    def test_each_finding(self, run: dict[str, Any], code: str) -> None:
        name = ROW_NAMES.get(code, code)
        cells = [
            r.cells[1]
            for header in FINDING_HEADERS
            for t in word_tables(run["appendix"], header)
            for r in t.rows[1:]
            if r.cells[0].text.split("\n")[0] == name
        ]
        assert cells, code
        _, look, colour = FINDING_WORDS[code]
        assert {(c.text, fill_of(c)) for c in cells} == {(look, colour)}

    def test_legend(self, run: dict[str, Any]) -> None:
        (legend,) = word_tables(run["appendix"], ["Bedömning", "Betydelse"])
        assert [(r.cells[0].text, fill_of(r.cells[0])) for r in legend.rows[1:]] == LEGEND


# -- kbfa overview: Word, CSV, .xlsx ---------------------------------------------------------


class TestOverviewWord:
    def test_cells(self, run: dict[str, Any]) -> None:
        """The Word overview's cells read as the report's, in lower case, on the same colours."""
        document = docx.Document(str(run["overview.docx"]))
        tables = [t for t in document.tables if t.rows[0].cells[0].text == "Kommun"]
        design, practice = tables
        for table, at in ((design, 0), (practice, 1)):
            header = [plain(c.text) for c in table.rows[0].cells]
            row = table.rows[1].cells
            assert row[0].text == "Provkommun (påhittad)"
            for duty, *looks in DUTY_LOOKS:
                text, colour = looks[at]
                cell = row[header.index(duty)]
                expected = text if text == "–" else text[:2] + text[2].lower() + text[3:]
                assert (cell.text, fill_of(cell)) == (expected, colour), duty


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


class TestOverviewCsv:
    def test_duties(self, run: dict[str, Any]) -> None:
        (row,) = read_csv(run["overview.csv"])
        for duty, design, practice in DUTY_WORDS:
            assert row[f"{duty} (utformning)"] == design, duty
            if practice is not None:
                assert row[f"{duty} (genomförande)"] == practice, duty

    def test_findings(self, run: dict[str, Any]) -> None:
        path: Path = run["overview.csv"]
        rows = {r["Kod"]: r for r in read_csv(path.with_name("oversikt-fynd.csv"))}
        for code, (word, _, _) in FINDING_WORDS.items():
            severity = SEVERITY_WORDS[FINDING_RECORDS[code][1]]
            assert (rows[code]["Bedömning"], rows[code]["Allvar"]) == (word, severity), code


def fill(cell: Any) -> str | None:
    """An .xlsx cell's solid fill (RGB), or None."""
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    rgb: str = cell.fill.fgColor.rgb
    return rgb[-6:]


def sheet_rows(sheet: Any) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


#: The workbook's colours: a gap resting on "verka för" or lämplighet yellow as "delvis", the
#: words saying which (the workbook has no symbols; its legend says so).
XLSX_DUTIES = [
    ("4 § Lägesbild", ("uppfyllt", GREEN), ("ej bedömbart", GREY)),
    ("5 § Åtgärdsplan", ("ej tillämpligt", WHITE), ("ej tillämpligt", WHITE)),
    (
        "6 § Uppdatering och uppföljning minst vartannat år",
        ("ej uppfyllt", RED),
        ("ej bedömbart", GREY),
    ),
    (
        "7 § Integrering med annan analys och planering",
        ("ej uppfyllt (lämplighet)", YELLOW),
        ("–", None),
    ),
    ("8 § Samordningsansvar", ("ej uppfyllt (verka för)", YELLOW), ("–", None)),
    ("11–12 §§ Samordningsfunktion", ("delvis uppfyllt", YELLOW), ("–", None)),
]
XLSX_LEGEND = [
    ("uppfyllt", GREEN),
    ("delvis uppfyllt", YELLOW),
    ("ej uppfyllt", RED),
    ("ej bedömbart", GREY),
    ("undantag", BLUE),
    ("ej tillämpligt", WHITE),
    ("kunde inte läsas", "BFBFBF"),
]


class TestOverviewXlsx:
    @pytest.fixture
    def book(self, run: dict[str, Any]) -> Any:
        return openpyxl.load_workbook(run["overview.xlsx"])

    def test_duties(self, book: Any) -> None:
        (row,) = sheet_rows(book["Kommuner"])
        for duty, design, practice in XLSX_DUTIES:
            for level, (word, colour) in (("utformning", design), ("genomförande", practice)):
                cell = row[f"{duty} ({level})"]
                assert (cell.value, fill(cell)) == (word, colour), (duty, level)

    def test_findings(self, book: Any) -> None:
        rows = {r["Kod"].value: r for r in sheet_rows(book["Fynd"])}
        for code, (word, _, colour) in FINDING_WORDS.items():
            cell = rows[code]["Bedömning"]
            assert (cell.value, fill(cell)) == (word, colour), code

    def test_legend(self, book: Any) -> None:
        sheet = book["Förklaringar"]
        cells = [(r[0].value, fill(r[0])) for r in sheet.iter_rows() if r[0].value]
        at = cells.index(("uppfyllt", GREEN))
        assert cells[at : at + len(XLSX_LEGEND)] == XLSX_LEGEND


# -- undantag as a duty's verdict: only by hand ------------------------------------------------


@pytest.fixture(scope="module")
def waived_duty() -> Overview:
    """One municipality whose 4 § design verdict is undantag and 5 § design ej tillämpligt:
    impossible in a real evaluation, but an output given it must show it."""
    duties = duty_columns("sv")
    verdicts = {
        "4": DutyVerdict("4", LevelVerdict(Verdict.UNDANTAG, Strength.MUST), None),
        "5": DutyVerdict("5", LevelVerdict(Verdict.EJ_TILLAMPLIG, Strength.MUST), None),
    }
    day = dt.date.fromisoformat(AS_OF)
    result = EvaluationResult("Provkommun (påhittad)", "k.toml", day, ())
    row = Row(file="k.toml", municipality="Provkommun (påhittad)", verdicts=verdicts, result=result)
    return Overview(as_of=day, lang="sv", duties=duties, rows=(row,))


class TestUndantagAsADutyVerdict:
    def test_export(self, waived_duty: Overview) -> None:
        data = export_data(waived_duty)
        records = {(r["duty"], r["level"]): r["verdict"] for r in data["duty_verdicts"]}
        assert records == {("4", "design"): "undantag", ("5", "design"): "ej_tillamplig"}
        assert data["totals"]["4"]["design"]["undantag"] == 1

    def test_word_overview(self, waived_duty: Overview, tmp_path: Path) -> None:
        from kbfa.outputs.overview import write_overview

        out = tmp_path / "o.docx"
        write_overview(waived_duty, out)
        document = docx.Document(str(out))
        design = next(t for t in document.tables if t.rows[0].cells[0].text == "Kommun")
        header = [plain(c.text) for c in design.rows[0].cells]
        cells = design.rows[1].cells
        four, five = cells[header.index("4 § Lägesbild")], cells[header.index("5 § Åtgärdsplan")]
        assert (four.text, fill_of(four)) == ("⊘ undantag", BLUE)
        assert (five.text, fill_of(five)) == ("– ej tillämpligt", WHITE)


@pytest.fixture(scope="module")
def every_bar() -> Overview:
    """One municipality whose design verdicts are each kind the overview's bars count: the
    six verdicts, a "not met" resting on lämplighet, and a duty with no rule on the level."""
    duties = duty_columns("sv")
    must = Strength.MUST
    levels: list[LevelVerdict | None] = [
        LevelVerdict(Verdict.UPPFYLLT, must),
        LevelVerdict(Verdict.DELVIS, must),
        LevelVerdict(Verdict.EJ_UPPFYLLT, must, breach=True),
        LevelVerdict(Verdict.EJ_UPPFYLLT, Strength.QUALIFIED),
        LevelVerdict(Verdict.EJ_BEDOMBART, must),
        LevelVerdict(Verdict.UNDANTAG, must),
        LevelVerdict(Verdict.EJ_TILLAMPLIG, must),
        None,
    ]
    verdicts = {d.key: DutyVerdict(d.key, lv, None) for d, lv in zip(duties, levels, strict=False)}
    day = dt.date.fromisoformat(AS_OF)
    result = EvaluationResult("Provkommun (påhittad)", "k.toml", day, ())
    row = Row(file="k.toml", municipality="Provkommun (påhittad)", verdicts=verdicts, result=result)
    return Overview(as_of=day, lang="sv", duties=duties, rows=(row,))


def test_the_overview_bars_name_and_colour_every_kind(every_bar: Overview) -> None:
    """The stacked bars' legend: each kind in words on the report's colour; a gap that is no
    breach (lämplighet) apart from the breach, on yellow; no rule a light grey of its own."""
    from kbfa.outputs.overview._docx import bar_panels

    categories, _ = bar_panels(every_bar, "sv")
    assert [(c.label, c.fill) for c in categories] == [
        ("uppfyllt", f"#{GREEN}"),
        ("delvis uppfyllt", f"#{YELLOW}"),
        ("ej uppfyllt (brist)", f"#{RED}"),
        ("ej uppfyllt (varning)", f"#{YELLOW}"),
        ("ej bedömbart", f"#{GREY}"),
        ("undantag", f"#{BLUE}"),
        ("ej tillämpligt", f"#{WHITE}"),
        ("ingen regel", "#F2F2F2"),
    ]
    # Two kinds share the yellow: a hatch tells them apart in print, and the breach has one.
    hatches = [c.hatch for c in categories]
    assert hatches[1] != hatches[3] and hatches[2] not in ("", hatches[1], hatches[3])
