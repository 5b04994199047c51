"""kbfa overview -o oversikt.xlsx: the workbook a county board's analyst opens in Excel.

The workbook is read back with openpyxl and each cell compared with the JSON export of
the same run (the export is what check and overview both write): the words, the
colours, the dates and numbers. LibreOffice converts it (as a reader's machine would
open it). Expected colours and words are written here literally, from the report's
legend (green met, yellow partly and a gap that is no breach, red not met, grey cannot
be assessed, blue waived, white not applicable), never taken from the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kbfa.cli import main
from kbfa.config import Location
from kbfa.errors import ConfigProblem
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
from kbfa.outputs.overview import (
    Overview,
    Row,
    collect,
    duty_columns,
    export_data,
    overview_rows,
    xlsx_bytes,
)

ROOT = Path(__file__).resolve().parents[1]
FOUR = [ROOT / "configs" / f"{name}.toml" for name in ("nassjo", "hjo", "vetlanda", "lindesberg")]
EXAMPLE = ROOT / "examples" / "exempelby.toml"
AS_OF = "2025-12-31"

#: The colours of the report's legend (docx/_verdict_cells, word-review): RGB.
COLOUR = {
    "uppfyllt": "C6EFCE",
    "delvis": "FFEB9C",
    "ej_uppfyllt": "FF7C80",
    "ej_bedombart": "E7E6E6",
    "undantag": "DDEBF7",
    "ej_tillamplig": "FFFFFF",
}
GREY = "BFBFBF"  # a file that could not be read
WORD = {
    "uppfyllt": "uppfyllt",
    "delvis": "delvis uppfyllt",
    "ej_uppfyllt": "ej uppfyllt",
    "ej_bedombart": "ej bedömbart",
    "undantag": "undantag",
    "ej_tillamplig": "ej tillämpligt",
}
STRENGTH = {"must": "ska", "best_effort": "verka för", "qualified": "lämplighet"}
SEVERITY = {"breach": "brist", "warning": "varning", "info": "att notera"}
LEVEL = {"design": "utformning", "practice": "genomförande"}


def fill(cell: Any) -> str | None:
    """A cell's solid fill as RGB, or None."""
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    rgb: str = cell.fill.fgColor.rgb
    return rgb[-6:]


def as_date(value: Any) -> dt.date:
    assert isinstance(value, dt.datetime | dt.date), value
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The four configs, the example and a broken file: the workbook and the JSON export,
    both written by `kbfa overview` for the same date."""
    tmp = tmp_path_factory.mktemp("xlsx")
    broken = tmp / "trasig.toml"
    broken.write_text('x = 1\n[municipality]\nname = 3\norganisation = "k"\n', encoding="utf-8")
    files = [*map(str, FOUR), str(EXAMPLE), str(broken)]
    assert main(["overview", *files, "-o", str(tmp / "o.xlsx"), "--as-of", AS_OF]) == 1
    assert main(["overview", *files, "-o", str(tmp / "o.json"), "--as-of", AS_OF]) == 1
    return tmp / "o.xlsx", json.loads((tmp / "o.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def book(run: tuple[Path, dict[str, Any]]) -> Any:
    return openpyxl.load_workbook(run[0])


@pytest.fixture(scope="module")
def data(run: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return run[1]


def table(sheet: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """A sheet's header and its rows as heading → cell."""
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]]


def duty_heading(d: dict[str, Any], level: str) -> str:
    return f"{d['section']} {d['title']} ({LEVEL[level]})"


class TestLayout:
    def test_one_sheet_per_view_and_a_legend(self, book: Any) -> None:
        """Municipalities × duties, findings, totals on their own sheet, and the legend."""
        assert book.sheetnames == ["Kommuner", "Fynd", "Summor", "Förklaringar"]

    @pytest.mark.parametrize(
        ("name", "freeze"), [("Kommuner", "B2"), ("Fynd", "B2"), ("Summor", "C2")]
    )
    def test_frozen_header_and_filters(self, book: Any, name: str, freeze: str) -> None:
        """The header row (and the name column) stay in view; every column has a filter
        over every row; the header is bold."""
        sheet = book[name]
        assert sheet.freeze_panes == freeze
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(c.font.b for c in sheet[1])
        assert sheet.print_title_rows == "$1:$1"

    def test_no_totals_among_the_data(self, book: Any, data: dict[str, Any]) -> None:
        """The Kommuner sheet has exactly one row per file: sorting it never moves a total."""
        _, rows = table(book["Kommuner"])
        assert len(rows) == len(data["municipalities"]) == 6
        assert not any(str(r["Kommun"].value or "").startswith("Totalt") for r in rows)


class TestCellsAgainstTheJson:
    def test_municipalities(self, book: Any, data: dict[str, Any]) -> None:
        """Each row: who, when, which format, then per duty and level the verdict's words on
        its colour, the counts, and why a file could not be read; all as in the JSON."""
        header, rows = table(book["Kommuner"])
        assert header[:6] == ["Kommun", "Kommunkod", "Län", "Bedömd per", "Formatversion", "Fil"]
        assert header[-4:] == ["Brister", "Varningar", "Att notera", "Anmärkning"]
        for row, m in zip(rows, data["municipalities"], strict=True):
            assert row["Kommun"].value == m["municipality"]
            assert row["Kommunkod"].value == m["kommunkod"]
            assert row["Län"].value == m["lan"]
            assert as_date(row["Bedömd per"].value) == dt.date.fromisoformat(m["as_of"])
            assert row["Bedömd per"].number_format == "yyyy-mm-dd"
            assert row["Formatversion"].value == m["format_version"]
            assert row["Fil"].value == m["file"]
            assert (row["Brister"].value, row["Varningar"].value, row["Att notera"].value) == (
                m["breaches"],
                m["warnings"],
                m["notes"],
            )
            for d in data["duties"]:
                for level in ("design", "practice"):
                    cell = row[duty_heading(d, level)]
                    if m["status"] == "not_loaded":
                        assert (cell.value, fill(cell)) == ("kunde inte läsas", GREY)
                        continue
                    found = m["duties"][d["key"]][level]
                    if found is None:
                        assert (cell.value, fill(cell)) == ("–", None)
                        continue
                    word = WORD[found["verdict"]]
                    binding = found["strength"] == "must" and not found["interpretation"]
                    if not binding and found["verdict"] != "ej_tillamplig":
                        why = (
                            "kbfa:s tolkning"
                            if found["interpretation"]
                            else STRENGTH[found["strength"]]
                        )
                        word = f"{word} ({why})"
                    colour = COLOUR[found["verdict"]]
                    if found["verdict"] == "ej_uppfyllt" and not binding:
                        colour = COLOUR["delvis"]  # a verka-för gap is never a breach's red
                    assert (cell.value, fill(cell)) == (word, colour), (m["file"], d["key"], level)
        broken = rows[5]
        assert broken["Anmärkning"].value.endswith('x: okänd nyckel "x" (och 2 fel till)')

    def test_the_example_states_its_code_as_text(self, book: Any) -> None:
        """Kommunkod is text: a code such as 0682 keeps its leading zero in Excel."""
        _, rows = table(book["Kommuner"])
        example = rows[4]
        assert example["Kommun"].value == "Exempelby kommun (påhittad)"
        assert (example["Kommunkod"].value, example["Kommunkod"].data_type) == ("9999", "s")
        assert example["Län"].value == "Exempellän (påhittat)"

    def test_findings(self, book: Any, data: dict[str, Any]) -> None:
        """One row per finding, in the JSON's order, with its words and its place."""
        header, rows = table(book["Fynd"])
        assert header == [
            "Kommun", "Kommunkod", "Län", "Bedömd per", "Formatversion", "Fil", "Kod", "Regel",
            "Källa", "Skyldighet", "Nivå", "Bedömning", "Allvar", "Situation", "Styrka",
            "kbfa:s tolkning", "Hänvisning", "Länk", "Rad", "Nyckel", "Meddelande", "Åtgärd",
            "Kommunens förklaring",
        ]  # fmt: skip
        headings = {d["key"]: f"{d['section']} {d['title']}" for d in data["duties"]}
        assert len(rows) == len(data["findings"]) > 300
        for row, f in zip(rows, data["findings"], strict=True):
            assert (row["Kommun"].value, row["Kommunkod"].value, row["Län"].value) == (
                f["municipality"],
                f["kommunkod"],
                f["lan"],
            )
            assert as_date(row["Bedömd per"].value).isoformat() == f["as_of"]
            assert (row["Formatversion"].value, row["Fil"].value) == (
                f["format_version"],
                f["file"],
            )
            assert (row["Kod"].value, row["Regel"].value) == (f["code"], f["title"])
            assert row["Skyldighet"].value == (headings[f["duty"]] if f["duty"] else None)
            assert row["Nivå"].value == LEVEL[f["level"]]
            assert row["Bedömning"].value == WORD[f["verdict"]]
            red_only_for_a_breach = (
                "delvis"
                if f["verdict"] == "ej_uppfyllt" and f["severity"] != "breach"
                else f["verdict"]
            )
            assert fill(row["Bedömning"]) == COLOUR[red_only_for_a_breach]
            assert row["Allvar"].value == SEVERITY[f["severity"]]
            assert row["kbfa:s tolkning"].value == ("ja" if f["interpretation"] else "nej")
            assert (row["Hänvisning"].value, row["Länk"].value) == (f["reference"], f["url"])
            assert (row["Rad"].value, row["Nyckel"].value) == (f["line"], f["path"])
            assert (row["Meddelande"].value, row["Åtgärd"].value) == (f["message"], f["fix"])
            assert row["Kommunens förklaring"].value == f["explanation"]
        # One row literally: Lindesberg's contact point (12 § 2 p.), which the law fills.
        contact = next(
            r
            for r in rows
            if r["Kod"].value == "KBFA-L12B" and r["Kommun"].value == "Lindesbergs kommun"
        )
        assert (
            contact["Bedömning"].value,
            contact["Situation"].value,
            contact["Allvar"].value,
        ) == (
            "ej bedömbart",
            "lagen ger svaret",
            "att notera",
        )
        assert contact["Styrka"].value == "ska"
        assert isinstance(contact["Rad"].value, int)

    def test_totals(self, book: Any, data: dict[str, Any]) -> None:
        """Per duty and level, the counts of the JSON's totals; the verdict headings coloured."""
        header, rows = table(book["Summor"])
        # "ej uppfyllt" is two columns: the breach of a "ska" (red) and the warning of a
        # "verka för" or lämplighet (the warning's yellow), never added together.
        assert header[2:9] == [
            "uppfyllt",
            "delvis uppfyllt",
            "ej uppfyllt (brist)",
            "ej uppfyllt (varning)",
            "ej bedömbart",
            "undantag",
            "ej tillämpligt",
        ]
        assert [fill(c) for c in book["Summor"][1][2:9]] == [
            "C6EFCE", "FFEB9C", "FF7C80", "FFEB9C", "E7E6E6", "DDEBF7", "FFFFFF",
        ]  # fmt: skip
        assert len(rows) == 2 * len(data["duties"])
        for row in rows:
            d = next(
                d
                for d in data["duties"]
                if f"{d['section']} {d['title']}" == row["Skyldighet"].value
            )
            level = {v: k for k, v in LEVEL.items()}[row["Nivå"].value]
            expected = data["totals"][d["key"]][level]
            words = {
                **WORD,
                "ej_uppfyllt": "ej uppfyllt (brist)",
                "warning": "ej uppfyllt (varning)",
            }
            counts = [row[words[v]].value for v in (*COLOUR, "warning")]
            assert counts == [expected[v] for v in (*COLOUR, "warning")]
            assert row["kunde inte läsas"].value == expected["not_loaded"] == 1
            assert row["Ingen regel (–)"].value == expected["no_verdict"]
            assert sum(counts) + 1 + expected["no_verdict"] == 6

    def test_legend(self, book: Any) -> None:
        """The legend names each verdict on its colour, and the sheets."""
        sheet = book["Förklaringar"]
        cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
        for verdict, word in WORD.items():
            assert fill(cells[word]) == COLOUR[verdict]
        assert fill(cells["kunde inte läsas"]) == GREY
        assert {"Kommuner", "Fynd", "Summor"} <= set(cells)
        assert "kbfa " in next(v for v in cells if isinstance(v, str) and v.startswith("kbfa "))


# -- every verdict, hand-built -------------------------------------------------------------


def _finding(verdict: Verdict, severity: Severity, strength: Strength = Strength.MUST) -> Finding:
    return Finding(
        code="KBFA-X1",
        verdict=verdict,
        severity=severity,
        level=Level.DESIGN,
        reference="4 § lag (2023:196)",
        url=None,
        location=Location("k.toml", 3, "municipality"),
        message=f"fynd {verdict.value}",
        fix=None,
        strength=strength,
    )


@pytest.fixture(scope="module")
def every_verdict() -> Overview:
    """One municipality whose duties take all six verdicts (and a "verka för" gap), and whose
    findings do too. Undantag cannot be a duty's verdict in a real evaluation (no waiver
    sets the law aside) but the table must still show it."""
    duties = duty_columns("sv")
    levels = [
        LevelVerdict(Verdict.UPPFYLLT, Strength.MUST),
        LevelVerdict(Verdict.DELVIS, Strength.MUST),
        LevelVerdict(Verdict.EJ_UPPFYLLT, Strength.MUST, breach=True),
        LevelVerdict(Verdict.EJ_BEDOMBART, Strength.MUST),
        LevelVerdict(Verdict.UNDANTAG, Strength.MUST),
        LevelVerdict(Verdict.EJ_TILLAMPLIG, Strength.MUST),
        LevelVerdict(Verdict.EJ_UPPFYLLT, Strength.BEST_EFFORT),
    ]
    verdicts = {
        d.key: DutyVerdict(d.key, level, None) for d, level in zip(duties, levels, strict=False)
    }
    findings = (
        _finding(Verdict.UPPFYLLT, Severity.INFO),
        _finding(Verdict.DELVIS, Severity.WARNING),
        _finding(Verdict.EJ_UPPFYLLT, Severity.BREACH),
        _finding(Verdict.EJ_BEDOMBART, Severity.WARNING),
        _finding(Verdict.UNDANTAG, Severity.INFO, Strength.GOOD_PRACTICE),
        _finding(Verdict.EJ_TILLAMPLIG, Severity.INFO),
        _finding(Verdict.EJ_UPPFYLLT, Severity.WARNING, Strength.GOOD_PRACTICE),
    )
    result = EvaluationResult(
        "Provkommun", "k.toml", dt.date(2026, 1, 1), findings, "0682", "Provlän", 1
    )
    row = Row(
        file="k.toml",
        municipality="Provkommun",
        kommunkod="0682",
        lan="Provlän",
        verdicts=verdicts,
        result=result,
        format_version=1,
    )
    return Overview(as_of=dt.date(2026, 1, 1), lang="sv", duties=duties, rows=(row,))


EXPECTED_DUTY_CELLS = [
    ("uppfyllt", "C6EFCE"),
    ("delvis uppfyllt", "FFEB9C"),
    ("ej uppfyllt", "FF7C80"),
    ("ej bedömbart", "E7E6E6"),
    ("undantag", "DDEBF7"),
    ("ej tillämpligt", "FFFFFF"),
    ("ej uppfyllt (verka för)", "FFEB9C"),  # yellow, never a breach's red
]
EXPECTED_FINDING_CELLS = [
    ("uppfyllt", "C6EFCE"),
    ("delvis uppfyllt", "FFEB9C"),
    ("ej uppfyllt", "FF7C80"),
    ("ej bedömbart", "E7E6E6"),
    ("undantag", "DDEBF7"),
    ("ej tillämpligt", "FFFFFF"),
    ("ej uppfyllt", "FFEB9C"),  # a Brå deviation: a warning, yellow
]


class TestEveryVerdict:
    def test_in_csv(self, every_verdict: Overview) -> None:
        """The CSV shows every verdict in words, per duty and per finding (a CSV has no
        colours: the word carries the verdict)."""
        main_table = overview_rows(every_verdict)
        header, row = main_table
        cells = [row[header.index(f"{d.heading} (utformning)")] for d in every_verdict.duties[:7]]
        assert cells == [word for word, _ in EXPECTED_DUTY_CELLS]
        findings = overview_rows(every_verdict, "findings")
        at = findings[0].index("Bedömning")
        assert [r[at] for r in findings[1:]] == [word for word, _ in EXPECTED_FINDING_CELLS]
        assert row[header.index("Kommunkod")] == "0682"

    def test_in_xlsx(self, every_verdict: Overview, tmp_path: Path) -> None:
        """The workbook shows every verdict in words on its colour, per duty and finding."""
        out = tmp_path / "alla.xlsx"
        out.write_bytes(xlsx_bytes(every_verdict))
        book = openpyxl.load_workbook(out)
        _, rows = table(book["Kommuner"])
        (row,) = rows
        got = [row[f"{d.heading} (utformning)"] for d in every_verdict.duties[:7]]
        assert [(c.value, fill(c)) for c in got] == EXPECTED_DUTY_CELLS
        assert (row["Kommunkod"].value, row["Län"].value) == ("0682", "Provlän")
        _, findings = table(book["Fynd"])
        assert [(r["Bedömning"].value, fill(r["Bedömning"])) for r in findings] == (
            EXPECTED_FINDING_CELLS
        )
        _, totals = table(book["Summor"])
        assert [t["undantag"].value for t in totals if t["Nivå"].value == "utformning"][4] == 1


# -- hostile text ------------------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("https://example.invalid/","klicka")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "=1+1",
    "#N/A",
]


def _named(name: str) -> Row:
    result = EvaluationResult(name, "k.toml", dt.date(2026, 1, 1), (), "0123", "=1+2", 1)
    return Row.evaluated(result)


class TestFormulaInjection:
    def test_a_formula_stays_text(self, tmp_path: Path) -> None:
        """A name that looks like a formula is a text cell, shown as written, with Excel's
        quote prefix so that editing the cell does not make it a formula either."""
        rows = tuple(_named(name) for name in HOSTILE)
        o = Overview(as_of=dt.date(2026, 1, 1), lang="sv", duties=duty_columns("sv"), rows=rows)
        out = tmp_path / "farlig.xlsx"
        out.write_bytes(xlsx_bytes(o))
        sheet = openpyxl.load_workbook(out)["Kommuner"]
        names = [sheet.cell(r, 1) for r in range(2, 2 + len(HOSTILE))]
        assert [c.value for c in names] == HOSTILE
        assert all(c.data_type == "s" for c in names)
        assert [c.quotePrefix for c in names] == [True, True, True, True, True, False]
        lan = sheet.cell(2, 3)
        assert (lan.value, lan.data_type, lan.quotePrefix) == ("=1+2", "s", True)

    @pytest.mark.slow
    def test_libreoffice_runs_none_of_them(self, tmp_path: Path) -> None:
        """LibreOffice opens the workbook and shows the text, computing nothing."""
        require_soffice()
        rows = tuple(_named(name) for name in HOSTILE)
        o = Overview(as_of=dt.date(2026, 1, 1), lang="sv", duties=duty_columns("sv"), rows=rows)
        (tmp_path / "farlig.xlsx").write_bytes(xlsx_bytes(o))
        sheets = soffice_csv(tmp_path / "farlig.xlsx", tmp_path)
        shown = [r[0] for r in sheets["Kommuner"][1:]]
        assert shown == HOSTILE
        assert [r[2] for r in sheets["Kommuner"][1:]] == ["=1+2"] * len(HOSTILE)

    def test_control_characters_and_overlong_text(self, tmp_path: Path) -> None:
        """Text an .xlsx cannot hold is shown escaped, and text longer than a cell is cut."""
        problems = (ConfigProblem("k\x1b[31m.toml", None, "", "fel\x07" + "x" * 40_000),)
        o = Overview(
            as_of=dt.date(2026, 1, 1),
            lang="sv",
            duties=duty_columns("sv"),
            rows=(Row(file="k\x1b[31m.toml", municipality=None, problems=problems),),
        )
        out = tmp_path / "kontroll.xlsx"
        out.write_bytes(xlsx_bytes(o))
        sheet = openpyxl.load_workbook(out)["Kommuner"]
        header = [c.value for c in sheet[1]]
        assert sheet.cell(2, header.index("Fil") + 1).value == "k\\x1b[31m.toml"
        note = sheet.cell(2, header.index("Anmärkning") + 1).value
        assert note.startswith("k\\x1b[31m.toml: fel\\x07xxx")
        assert len(note) == 32_767
        assert note.endswith("…")


class TestFile:
    def test_same_input_same_bytes(self, every_verdict: Overview) -> None:
        """No clock inside: the same overview gives the same bytes, dated by the assessment."""
        assert xlsx_bytes(every_verdict) == xlsx_bytes(every_verdict)

    def test_properties(self, every_verdict: Overview, tmp_path: Path) -> None:
        out = tmp_path / "p.xlsx"
        out.write_bytes(xlsx_bytes(every_verdict))
        props = openpyxl.load_workbook(out).properties
        assert props.creator == "kbfa"
        assert props.title == "Översikt: kommunernas brottsförebyggande arbete"
        assert props.created == props.modified == dt.datetime(2026, 1, 1)

    def test_english(self, tmp_path: Path) -> None:
        """--lang en names the sheets and headings in English."""
        out = tmp_path / "en.xlsx"
        main(["overview", str(FOUR[1]), "-o", str(out), "--as-of", AS_OF, "--lang", "en"])
        book = openpyxl.load_workbook(out)
        assert book.sheetnames == ["Municipalities", "Findings", "Totals", "Legend"]
        assert [c.value for c in book["Municipalities"][1]][:2] == [
            "Municipality",
            "Municipality code",
        ]


class TestCommand:
    def test_overview_of_a_folder_to_xlsx(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`kbfa overview configs -o o.xlsx`: the folder's four configs, one row each."""
        out = tmp_path / "o.xlsx"
        assert main(["overview", str(ROOT / "configs"), "-o", str(out), "--as-of", AS_OF]) == 1
        assert f"Skrev {out}" in capsys.readouterr().err
        _, rows = table(openpyxl.load_workbook(out)["Kommuner"])
        assert [r["Kommun"].value for r in rows] == [
            "Hjo kommun",
            "Lindesbergs kommun",
            "Nässjö kommun",
            "Vetlanda kommun",
        ]

    def test_check_of_a_folder(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`kbfa check configs` checks every config in the folder."""
        assert main(["check", str(ROOT / "configs"), "--as-of", AS_OF]) == 1
        out = capsys.readouterr().out
        assert out.rstrip().splitlines()[-1].startswith("Totalt för 4 kommuner:")

    def test_library_writes_a_workbook_to_a_stream(self) -> None:
        """kbfa.write_overview(..., format="xlsx") writes the same workbook to any stream."""
        import io

        import kbfa

        buffer = io.BytesIO()
        loaded = [kbfa.load(p) for p in FOUR[:2]]
        kbfa.write_overview(loaded, buffer, format="xlsx", as_of=dt.date(2025, 12, 31))
        book = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
        assert book["Kommuner"].max_row == 3


# -- LibreOffice ----------------------------------------------------------------------------


def require_soffice() -> None:
    missing = [t for t in ("soffice", "pdftotext") if shutil.which(t) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} saknas (install libreoffice-calc and poppler-utils)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def soffice(path: Path, out: Path, target: str) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )


def soffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet as LibreOffice writes it to CSV (UTF-8, ';', one file per sheet)."""
    # Filter options: separator ';' (59), quote '"' (34), UTF-8 (76), from row 1, cell formats
    # as shown, ..., sheet -1 = every sheet to a file of its own (LibreOffice 7.2 and later).
    soffice(
        path, out, "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"
    )
    sheets = {}
    for name in ("Kommuner", "Fynd", "Summor", "Förklaringar"):
        file = out / f"{path.stem}-{name}.csv"
        if file.exists():
            with file.open(encoding="utf-8", newline="") as f:
                sheets[name] = list(csv.reader(f, delimiter=";"))
    return sheets


@pytest.mark.slow
class TestLibreOffice:
    def test_converts_to_pdf(self, run: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
        """LibreOffice Calc opens the workbook and prints it: the names and verdicts are there."""
        require_soffice()
        soffice(run[0], tmp_path, "pdf")
        pdf = tmp_path / "o.pdf"
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for expected in ("Nässjö kommun", "Lindesbergs kommun", "delvis uppfyllt", "KBFA-L12B"):
            assert expected in text
        assert "Utfallen och deras färger" in text  # the legend sheet

    def test_sheets_read_back_as_the_csv(
        self, run: tuple[Path, dict[str, Any]], tmp_path: Path
    ) -> None:
        """LibreOffice's own reading of each sheet gives the CSV tables, cell for cell
        (dates as dates, numbers as numbers, text as text)."""
        require_soffice()
        sheets = soffice_csv(run[0], tmp_path)
        files = [*map(str, FOUR), str(EXAMPLE), str(run[0].parent / "trasig.toml")]
        o = collect(files, as_of=dt.date.fromisoformat(AS_OF))
        assert sheets["Kommuner"] == overview_rows(o)
        assert sheets["Summor"] == overview_rows(o, "totals")
        assert sheets["Fynd"] == overview_rows(o, "findings")
        assert export_data(o)["findings"]
