"""kbfa overview: one row per municipality, one column per duty, totals; CSV, Word and CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbfa.cli import main
from kbfa.config import load
from kbfa.errors import ConfigProblem, OutputError
from kbfa.evaluation import DutyVerdict, EvaluationResult, Level, LevelVerdict, Verdict
from kbfa.model import BodyKind, Strength, Task12
from kbfa.outputs.overview import (
    VERDICT_ORDER,
    DutyColumn,
    Overview,
    Row,
    collect,
    duty_columns,
    overview_rows,
    render_csv,
    write_overview,
)

ROOT = Path(__file__).resolve().parents[1]
FOUR = [ROOT / "configs" / f"{name}.toml" for name in ("nassjo", "hjo", "vetlanda", "lindesberg")]
AS_OF = dt.date(2025, 12, 31)
#: The verdicts in the words of the legend (docx "Om rapporten", the workbook's Förklaringar).
WORDS = {
    Verdict.UPPFYLLT: "uppfyllt",
    Verdict.DELVIS: "delvis uppfyllt",
    Verdict.EJ_UPPFYLLT: "ej uppfyllt",
    Verdict.EJ_BEDOMBART: "ej bedömbart",
    Verdict.UNDANTAG: "undantag",
    Verdict.EJ_TILLAMPLIG: "ej tillämpligt",
}
#: The strength a verdict rests on, in brackets after it when it is not a "ska".
STRENGTH_WORDS = {
    Strength.BEST_EFFORT: "verka för",
    Strength.QUALIFIED: "lämplighet",
    Strength.GOOD_PRACTICE: "god praxis",
}
#: A config with an unknown key on line 1 and a number where a name belongs on line 3.
BROKEN = 'x = 1\n[municipality]\nname = 3\norganisation = "k"\n'


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The four configs, a broken file and a file that does not exist, in that order."""
    tmp = tmp_path_factory.mktemp("overview")
    broken = tmp / "trasig.toml"
    broken.write_text(BROKEN, encoding="utf-8")
    return [*FOUR, broken, tmp / "saknas.toml"]


@pytest.fixture(scope="module")
def overview(inputs: list[Path]) -> Overview:
    return collect(inputs, as_of=AS_OF)


def heading(overview: Overview, duty: str, level: Level = Level.DESIGN) -> str:
    """The CSV heading of a duty's column on a level: "4 § Lägesbild (utformning)"."""
    d = next(d for d in overview.duties if d.key == duty)
    return f"{d.heading} ({'utformning' if level is Level.DESIGN else 'genomförande'})"


def column(overview: Overview, name: str) -> list[str]:
    """A column of the municipalities table (CSV), by its heading, without the heading."""
    table = overview_rows(overview)
    index = table[0].index(name)
    return [r[index] for r in table[1:]]


def unmarked(text: str) -> str:
    """A Word cell without its verdict symbol: "◐ delvis uppfyllt" → "delvis uppfyllt"."""
    return text.split(" ", 1)[1] if text[:1] in "✔◐✖!?⊘" else text


def cell(overview: Overview, row: int, duty: str, level: Level = Level.DESIGN) -> str:
    """The CSV cell of a row (0 = first municipality), duty key and level."""
    return column(overview, heading(overview, duty, level))[row]


class TestOverviewOfFourMunicipalities:
    def test_rows_keep_the_order_of_the_files(self, overview: Overview) -> None:
        """Rows come in the order the files were given, broken ones included."""
        names = [r.municipality for r in overview.rows]
        four = ["Nässjö kommun", "Hjo kommun", "Vetlanda kommun", "Lindesbergs kommun"]
        assert names == [*four, None, None]

    def test_columns_are_the_duties_of_the_law(self, overview: Overview) -> None:
        """There is one column per duty, 4 § to 13 § and the transitional provisions."""
        keys = [d.key for d in overview.duties]
        assert keys == ["4", "5", "6", "7", "8", "9", "10", "11-12", "13", "OB"]
        assert overview.duties[7].heading == "11–12 §§ Samordningsfunktion"

    def test_each_cell_is_the_duty_verdict_of_its_level(self, overview: Overview) -> None:
        """A cell shows the duty's verdict on its level in the legend's words, with the
        strength in brackets when the verdict does not rest on a "ska". (The words are
        written out in WORDS and STRENGTH_WORDS, not taken from verdict_word; every
        verdict's words in every output are in test_every_verdict.py.)"""
        for index, row in enumerate(overview.rows[:4]):
            for duty in overview.duties:
                for level in (Level.DESIGN, Level.PRACTICE):
                    verdict = row.verdict(duty.key, level)
                    shown = cell(overview, index, duty.key, level)
                    if verdict is None:
                        assert shown == "–"
                        continue
                    word = WORDS[verdict.verdict]
                    if verdict.binding or verdict.verdict is Verdict.EJ_TILLAMPLIG:
                        assert shown == word, (index, duty.key, level)
                    else:
                        strength = (
                            "kbfa:s tolkning"
                            if verdict.interpretation
                            else STRENGTH_WORDS[verdict.strength]
                        )
                        assert shown == f"{word} ({strength})", (index, duty.key, level)

    def test_silence_on_the_contact_point_leaves_11_12_partly_met(self, overview: Overview) -> None:
        """Lindesberg's riktlinje does not name the contact point (12 § 2 p.); the law gives the
        task, three of four parts are met: delvis, not ej uppfyllt (legal review §3.2)."""
        g = load(FOUR[3]).governance
        assert g.coordination is not None
        assert Task12.CONTACT_POINT not in g.coordination.tasks
        assert cell(overview, 3, "11-12") == "delvis uppfyllt"

    def test_no_strategic_council_is_not_met_as_verka_for(self, overview: Overview) -> None:
        """Vetlanda has no council: 10 § ej uppfyllt, shown as a "verka för" duty, never a ska."""
        g = load(FOUR[2]).governance
        own = g.municipality.organisation
        roles = {r.id: r for r in g.roles}
        assert not g.bodies_of(BodyKind.STRATEGIC_COUNCIL)
        for body in g.bodies_of(BodyKind.STEERING_GROUP):
            assert all(roles[m.role].organisation == own for m in body.members)
        assert cell(overview, 2, "10") == "ej uppfyllt (verka för)"

    def test_a_council_with_the_police_meets_10(self, overview: Overview) -> None:
        """Nässjö's strategic council, led by the municipality with the police in it, meets 10 §."""
        assert cell(overview, 0, "10") == "uppfyllt"

    def test_broken_file_row_says_why(self, overview: Overview, inputs: list[Path]) -> None:
        """A file that fails to load is a row with 'kunde inte läsas' and its first problem."""
        table = overview_rows(overview)
        row = dict(zip(table[0], table[5], strict=True))
        assert (row["Kommun"], row["Kommunkod"], row["Formatversion"]) == ("", "", "")
        assert row["Fil"] == str(inputs[4])
        assert row["Bedömd per"] == "2025-12-31"  # the run's date
        duty_cells = [row[heading(overview, d.key, lv)] for d in overview.duties for lv in Level]
        assert duty_cells == ["kunde inte läsas"] * 20
        assert row["Anmärkning"] == f'{inputs[4]}:1: x: okänd nyckel "x" (och 2 fel till)'
        assert table[0][-1] == "Anmärkning"
        assert overview.rows[4].problems[1] == ConfigProblem(
            str(inputs[4]), 3, "municipality.name", "förväntade en text, fick 3"
        )

    def test_missing_file_row_says_so(self, overview: Overview, inputs: list[Path]) -> None:
        """A file that does not exist is a row saying so; the others were still evaluated."""
        assert overview_rows(overview)[6][-1] == f"{inputs[5]}: filen finns inte"
        assert len(overview.evaluated) == 4

    def test_totals_count_every_file_once_per_duty(self, overview: Overview) -> None:
        """Per duty and level, the totals equal the cells counted, and add up to the files."""
        for level in (Level.DESIGN, Level.PRACTICE):
            totals = overview.totals(level)
            for d in overview.duties:
                cells = [cell(overview, i, d.key, level) for i in range(4)]
                words = [c.split(" (")[0] for c in cells]
                for v in VERDICT_ORDER:
                    if v is Verdict.EJ_UPPFYLLT:
                        # A bare "ej uppfyllt" is a breach of a "ska"; one with its
                        # strength in brackets ("verka för", lämplighet) is a warning.
                        assert totals[d.key][v] == cells.count("ej uppfyllt"), d.key
                        assert totals[d.key].warnings == words.count("ej uppfyllt") - cells.count(
                            "ej uppfyllt"
                        ), d.key
                    else:
                        assert totals[d.key][v] == words.count(WORDS[v]), (d.key, v)
                t = totals[d.key]
                assert t.not_read == 2
                assert sum(t.counts.values()) + t.warnings + t.not_read + t.no_verdict == 6

    def test_a_duty_to_try_is_never_counted_as_a_breach(self, overview: Overview) -> None:
        """7 § asks the municipality to integrate the work "i den utsträckning det är
        lämpligt", 10 § to "verka för" a council: an unmet level resting only on those
        is a warning in the totals, never in the breach column (issue 10, "one honest
        verdict per duty": county statistics must not overstate non-compliance)."""
        design = overview.totals(Level.DESIGN)
        # 7 §: Nässjö, Hjo and Lindesberg provide for no integration (a lämplighet gap);
        # Vetlanda's plan expired 2023-12-31, so nothing of it is assessed.
        seven = design["7"]
        assert (seven[Verdict.EJ_UPPFYLLT], seven.warnings) == (0, 3)
        assert (seven[Verdict.EJ_BEDOMBART], seven[Verdict.UPPFYLLT]) == (1, 0)
        # 10 §: Nässjö and Lindesberg lead their councils; Hjo's council is governed by a
        # separate document (002:74); Vetlanda's gap is a "verka för" warning.
        ten = design["10"]
        assert (ten[Verdict.EJ_UPPFYLLT], ten.warnings) == (0, 1)
        assert (ten[Verdict.UPPFYLLT], ten[Verdict.EJ_BEDOMBART]) == (2, 1)
        assert [cell(overview, i, "7", Level.DESIGN) for i in range(4)] == [
            "ej uppfyllt (lämplighet)",
            "ej uppfyllt (lämplighet)",
            "ej bedömbart (lämplighet)",
            "ej uppfyllt (lämplighet)",
        ]

    def test_totals_of_coordination_function(self, overview: Overview) -> None:
        """Nässjö, Hjo, Lindesberg: 11–12 §§ delvis; Vetlanda: nothing from its expired plan."""
        t = overview.totals()["11-12"]
        assert (t[Verdict.DELVIS], t[Verdict.EJ_BEDOMBART], t[Verdict.UPPFYLLT]) == (3, 1, 0)

    def test_totals_are_a_table_of_their_own(self, overview: Overview) -> None:
        """The data table holds one row per file and nothing else; the totals table has a row
        per duty and level and a column per verdict, unread files and no rule."""
        table = overview_rows(overview)
        assert len(table) == 1 + 6
        assert [r[0] for r in table[1:5]] == [
            "Nässjö kommun",
            "Hjo kommun",
            "Vetlanda kommun",
            "Lindesbergs kommun",
        ]
        totals = overview_rows(overview, "totals")
        assert totals[0] == [
            "Skyldighet",
            "Nivå",
            "uppfyllt",
            "delvis uppfyllt",
            "ej uppfyllt (brist)",
            "ej uppfyllt (varning)",
            "ej bedömbart",
            "undantag",
            "ej tillämpligt",
            "kunde inte läsas",
            "Ingen regel (–)",
            "Bedömd per",
        ]
        assert len(totals) == 1 + 2 * len(overview.duties)
        by_row = {(r[0], r[1]): r for r in totals[1:]}
        # 11–12 §§ (utformning): Nässjö, Hjo, Lindesberg delvis; Vetlanda ej bedömbart.
        assert by_row[("11–12 §§ Samordningsfunktion", "utformning")][2:] == [
            "0", "3", "0", "0", "1", "0", "0", "2", "0", "2025-12-31",
        ]  # fmt: skip
        # 4 § in practice (issue 14: the lägesbild's analysis, L4G): with no lägesbild
        # recorded the four evaluated files are "ej bedömbart"; 5 § likewise.
        assert by_row[("4 § Lägesbild", "genomförande")][2:11] == [
            "0", "0", "0", "0", "4", "0", "0", "2", "0",
        ]  # fmt: skip
        for r in totals[1:]:
            assert sum(int(n) for n in r[2:11]) == 6

    def test_a_breach_anywhere_fails_the_run(self, overview: Overview) -> None:
        """Any open breach (or an unreadable file) makes the overview fail like check."""
        assert overview.any_breach
        assert all(r.breaches > 0 for r in overview.evaluated)

    def test_english_cells(self, inputs: list[Path]) -> None:
        """--lang en gives English headings, verdicts and problems."""
        english = collect(inputs[3:5], as_of=AS_OF, lang="en")
        table = overview_rows(english)
        assert table[0][:8] == [
            "Municipality",
            "Municipality code",
            "County",
            "Assessed as of",
            "Format version",
            "File",
            "s. 4 Situation report (lägesbild) (design)",
            "s. 4 Situation report (lägesbild) (practice)",
        ]
        assert table[2][6] == "could not be read"
        assert 'unknown key "x"' in table[2][-1]


# -- a hand-built overview, for properties of the table ------------------------------

_DUTIES = tuple(
    DutyColumn(key=k, section=f"{k} §", title=f"Plikt {k}", reference="r", url=None, codes=())
    for k in ("4", "5", "6")
)
_levels = st.none() | st.builds(
    LevelVerdict, st.sampled_from(list(Verdict)), st.sampled_from(list(Strength))
)
_rows = st.lists(
    st.one_of(
        st.builds(
            lambda vs: Row(
                file="f.toml",
                municipality="K",
                verdicts={k: DutyVerdict(k, d, p) for k, (d, p) in vs.items()},
                result=EvaluationResult("K", "f.toml", AS_OF, ()),
            ),
            st.dictionaries(st.sampled_from(["4", "5", "6"]), st.tuples(_levels, _levels)),
        ),
        st.just(
            Row(file="x.toml", municipality=None, problems=(ConfigProblem("x", 1, "", "fel"),))
        ),
    ),
    max_size=30,
)


class TestTotals:
    @given(_rows)
    def test_every_row_is_counted_once_per_duty(self, rows: list[Row]) -> None:
        """For any rows, each duty's counts, unread and unassessed files add up to all rows."""
        o = Overview(as_of=AS_OF, lang="sv", duties=_DUTIES, rows=tuple(rows))
        for level in (Level.DESIGN, Level.PRACTICE):
            for d, t in o.totals(level).items():
                total = sum(t.counts.values()) + t.warnings + t.not_read + t.no_verdict
                assert total == len(rows)
                got = [r.verdict(d, level) for r in rows]
                for v in Verdict:
                    # "ej uppfyllt" counts breaches only: a level resting on a "ska".
                    expected = sum(
                        1
                        for x in got
                        if x is not None
                        and x.verdict is v
                        and (v is not Verdict.EJ_UPPFYLLT or _rests_on_ska(x))
                    )
                    assert t[v] == expected
                assert t.warnings == sum(
                    1
                    for x in got
                    if x is not None and x.verdict is Verdict.EJ_UPPFYLLT and not _rests_on_ska(x)
                )

    def test_only_breaches_and_unread_files_fail(self) -> None:
        """Municipalities without open breaches pass; one unreadable file fails the overview."""
        clean = Row(file="k.toml", municipality="K", result=EvaluationResult("K", "k", AS_OF, ()))
        failed = Row(file="x.toml", municipality=None, problems=(ConfigProblem("x", 1, "", "f"),))
        assert not Overview(as_of=AS_OF, lang="sv", duties=_DUTIES, rows=(clean,)).any_breach
        assert Overview(as_of=AS_OF, lang="sv", duties=_DUTIES, rows=(clean, failed)).any_breach


def _rests_on_ska(level: LevelVerdict) -> bool:
    """A level decided by the law's "ska" as written, not by "verka för", lämplighet or
    kbfa's reading of an open term (docs/export.md: only then is "ej uppfyllt" a breach)."""
    return level.strength is Strength.MUST and not level.interpretation


class TestCsv:
    def test_excel_on_swedish_windows_reads_it(self, overview: Overview, tmp_path: Path) -> None:
        """The file is UTF-8 with a BOM, ';'-separated, CRLF lines: what Swedish Excel opens."""
        out = tmp_path / "oversikt.csv"
        write_overview(overview, out)
        raw = out.read_bytes()
        head = "Kommun;Kommunkod;Län;Bedömd per;Formatversion;Fil;4 § Lägesbild (utformning);"
        assert raw.startswith(b"\xef\xbb\xbf" + head.encode())
        assert b"\r\n" in raw
        assert "Nässjö kommun" in raw.decode("utf-8-sig")

    def test_reads_back_as_the_table(self, overview: Overview, tmp_path: Path) -> None:
        """csv.reader with encoding utf-8-sig and ';' gives back exactly the overview's rows."""
        out = tmp_path / "oversikt.csv"
        write_overview(overview, out)
        with out.open(encoding="utf-8-sig", newline="") as f:
            assert list(csv.reader(f, delimiter=";")) == overview_rows(overview)

    def test_a_field_with_the_separator_is_quoted(self, overview: Overview) -> None:
        """A message containing ';' or quotes stays one field."""
        row = Row(
            file="a;b.toml",
            municipality=None,
            problems=(ConfigProblem("a;b.toml", 2, "x", 'fel "här"; och där'),),
        )
        o = Overview(as_of=AS_OF, lang="sv", duties=overview.duties, rows=(row,))
        parsed = list(csv.reader(io.StringIO(render_csv(o)), delimiter=";"))
        assert parsed[1][parsed[0].index("Fil")] == "a;b.toml"
        assert parsed[1][-1] == 'a;b.toml:2: x: fel "här"; och där'

    def test_a_formula_stays_text(self, overview: Overview) -> None:
        """A municipality named like an Excel formula is written so Excel shows it as text."""
        row = Row(
            file="f.toml",
            municipality='=HYPERLINK("http://x")',
            result=EvaluationResult("x", "f.toml", AS_OF, ()),
        )
        o = Overview(as_of=AS_OF, lang="sv", duties=overview.duties, rows=(row,))
        parsed = list(csv.reader(io.StringIO(render_csv(o)), delimiter=";"))
        assert parsed[1][0] == '\'=HYPERLINK("http://x")'


class TestWord:
    def test_outline(self, overview: Overview, tmp_path: Path) -> None:
        """The Word overview has the table per municipality, the totals and the unread files."""
        import docx

        from kbfa.outputs.docx import outline, text_of

        out = tmp_path / "oversikt.docx"
        write_overview(overview, out)
        document = docx.Document(str(out))
        items = outline(document)
        headings = [i["text"] for i in items if "text" in i]
        assert headings == [
            "Översikt: kommunernas brottsförebyggande arbete",
            "Efterlevnad av lag (2023:196) per kommun och skyldighet, per den 2025-12-31",
            "Skyldigheterna i diagram",
            "Utfall per kommun: utformning",
            "Summering per skyldighet: utformning",
            "Utfall per kommun: genomförande",
            "Summering per skyldighet: genomförande",
            "Filer som inte kunde läsas",
            "Skyldigheterna i lagen",
        ]
        tables = [i["table"] for i in items if "table" in i]
        # The duty's name in the header (word review m14).
        assert tables[0][0] == ["Kommun", *(d.heading for d in overview.duties)]
        assert tables[0][0][1] == "4 § Lägesbild"
        # The design table holds the CSV's design columns, the practice table its others,
        # each cell with the report's symbol before the words (readable in black and white).
        for table, level in ((tables[0], Level.DESIGN), (tables[2], Level.PRACTICE)):
            columns = [column(overview, "Kommun")]
            columns += [column(overview, heading(overview, d.key, level)) for d in overview.duties]
            shown = [[r[0], *map(unmarked, r[1:])] for r in table[1:5]]
            assert shown == [list(r) for r in zip(*columns, strict=True)][:4]
        assert tables[0][5] == ["trasig.toml", *["kunde inte läsas"] * 10]
        # 11–12 §§ (utformning), literal: Nässjö, Hjo, Lindesberg delvis; Vetlanda ej
        # bedömbart (its plan expired); two files unread. "Ej uppfyllt" as a breach and as
        # a warning are two columns.
        assert tables[1][0][3:5] == ["ej uppfyllt (brist)", "ej uppfyllt (varning)"]
        assert tables[1][8] == [
            "11–12 §§ Samordningsfunktion", "0", "3", "0", "0", "1", "0", "0", "2",
        ]  # fmt: skip
        body = text_of(document)
        assert "trasig.toml:1: x: okänd nyckel ”x” (och 2 fel till)" in body  # Swedish quotes
        # Municipalities, not files (word review m14); the unread ones named apart.
        assert body.startswith("Översikt") and "4 kommuner bedömda; 2 kunde inte läsas." in body
        (picture,) = document.inline_shapes
        assert picture._inline.docPr.get("descr").startswith("Liggande staplar, en per skyldighet")
        links = {r.target_ref for r in document.part.rels.values() if r.is_external}
        assert "https://lagen.nu/2023:196#P4" in links  # the duties' law text as real links

    def test_bars_count_each_municipality_once_per_duty(self, overview: Overview) -> None:
        """The stacked bars: per duty and level, the evaluated municipalities split by
        verdict, a "not met" under verka för or lämplighet counted as a warning, never
        among the breaches."""
        from kbfa.outputs.overview._docx import bar_panels

        categories, panels = bar_panels(overview, "sv")
        names = [c.label for c in categories]
        assert [p.title for p in panels] == ["Utformning", "Genomförande"]
        for panel, level in zip(panels, (Level.DESIGN, Level.PRACTICE), strict=True):
            for (label, counts), d in zip(panel.bars, overview.duties, strict=True):
                assert label == d.heading
                assert sum(counts) == len(overview.evaluated)
                found = dict(zip(names, counts, strict=True))
                levels = [r.verdict(d.key, level) for r in overview.evaluated]
                unmet = [v for v in levels if v is not None and v.verdict is Verdict.EJ_UPPFYLLT]
                assert found.get("ej uppfyllt (brist)", 0) == sum(v.binding for v in unmet)
                assert found.get("ej uppfyllt (varning)", 0) == sum(not v.binding for v in unmet)
                assert found.get("uppfyllt", 0) == sum(
                    v is not None and v.verdict is Verdict.UPPFYLLT for v in levels
                )
        # 7 § (lämplighet) is never a breach.
        seven = dict(zip(names, panels[0].bars[3][1], strict=True))
        assert seven.get("ej uppfyllt (brist)", 0) == 0

    def test_same_input_same_bytes(self, overview: Overview, tmp_path: Path) -> None:
        """Two writes of the same overview give identical files (no clock inside)."""
        a, b = tmp_path / "a.docx", tmp_path / "b.docx"
        write_overview(overview, a)
        write_overview(overview, b)
        assert a.read_bytes() == b.read_bytes()


class TestWriting:
    def test_unknown_extension_is_refused(self, overview: Overview, tmp_path: Path) -> None:
        """Only .docx, .xlsx, .csv and .json are written; anything else is an error and no file."""
        with pytest.raises(OutputError, match=r"okänt filformat '\.ods'"):
            write_overview(overview, tmp_path / "x.ods")
        assert not list(tmp_path.iterdir())

    def test_failed_write_keeps_the_old_file(
        self, overview: Overview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """If the final rename fails, the old file is intact and no temporary file is left."""
        out = tmp_path / "oversikt.json"
        out.write_text("gammal", encoding="utf-8")

        def fail(source: str, target: str) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(OutputError, match="ingenting skrevs"):
            write_overview(overview, out)
        assert out.read_text(encoding="utf-8") == "gammal"
        assert [p.name for p in tmp_path.iterdir()] == ["oversikt.json"]

    def test_csv_tables_are_written_all_or_none(
        self, overview: Overview, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The three CSV files belong together: when one cannot be written, the earlier
        versions of all three stay and no temporary file is left."""
        names = ["oversikt.csv", "oversikt-fynd.csv"]
        for name in names:
            (tmp_path / name).write_text("gammal", encoding="utf-8")
        (tmp_path / "oversikt-summor.csv").mkdir()  # the totals cannot be written there
        with pytest.raises(OutputError, match=r"oversikt-summor\.csv"):
            write_overview(overview, tmp_path / "oversikt.csv")
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names, "oversikt-summor.csv"])
        assert all((tmp_path / n).read_text(encoding="utf-8") == "gammal" for n in names)

    def test_never_overwrites_an_input(self, overview: Overview, tmp_path: Path) -> None:
        """An output path that is one of the inputs is refused."""
        out = tmp_path / "in.json"
        out.write_text("{}", encoding="utf-8")
        with pytest.raises(OutputError, match="indatafil"):
            write_overview(overview, out, protected=[out])
        assert out.read_text(encoding="utf-8") == "{}"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestCommand:
    def test_writes_and_fails_on_breaches(
        self, inputs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """kbfa overview writes the file and exits 1 when a municipality has a breach."""
        out = tmp_path / "o.csv"
        args = ["overview", *map(str, inputs), "-o", str(out), "--as-of", "2025-12-31"]
        status = main(args)
        assert status == 1
        assert out.read_bytes().startswith(b"\xef\xbb\xbfKommun;")
        err = capsys.readouterr().err
        assert "6 filer: 4 kommuner bedömda, 4 med brister, 2 kunde inte läsas." in err

    def test_exit_zero_still_writes(self, inputs: list[Path], tmp_path: Path) -> None:
        """--exit-zero: the file is written and the status is 0 despite breaches (for
        ``kbfa overview … && soffice …``); a usage error is still 2."""
        out = tmp_path / "o.csv"
        args = ["overview", *map(str, FOUR), "-o", str(out), "--as-of", "2025-12-31", "-q"]
        assert main([*args, "--exit-zero"]) == 0
        assert out.exists()
        assert main([*args[:-4], "-o", str(tmp_path / "o.txt"), "--exit-zero"]) == 2

    def test_help_states_the_exit_status(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["overview", "--help"]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "Slutstatus som för kbfa check: 0 när ingen kommun har en brist, 1" in out
        assert "--exit-zero" in out

    def test_counts_in_the_right_number(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One file and one municipality are counted in the singular."""
        out = tmp_path / "o.csv"
        main(["overview", str(FOUR[3]), "-o", str(out), "--as-of", "2025-12-31"])
        err = capsys.readouterr().err
        assert err.startswith("1 fil: 1 kommun bedömd, 1 med brister, 0 kunde inte läsas.")

    def test_unknown_format_is_a_usage_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An output that is not .docx, .xlsx, .csv or .json exits 2 before any work, writing
        nothing."""
        status = main(["overview", str(FOUR[0]), "-o", str(tmp_path / "o.ods")])
        assert status == 2
        assert "okänt filformat" in capsys.readouterr().err
        assert not list(tmp_path.iterdir())

    def test_input_as_output_is_refused(self, tmp_path: Path) -> None:
        """Giving an input file as the output exits 2 and leaves the input alone."""
        victim = tmp_path / "kommun.json"
        victim.write_text("{}", encoding="utf-8")
        assert main(["overview", str(victim), "-o", str(victim)]) == 2
        assert victim.read_text(encoding="utf-8") == "{}"

    def test_a_folder_means_its_configs(self, tmp_path: Path) -> None:
        """A folder argument stands for its *.toml files in name order."""
        folder = tmp_path / "lan"
        folder.mkdir()
        for path in FOUR[2:]:
            shutil.copy(path, folder / path.name)
        (folder / "readme.txt").write_text("inte en konfiguration", encoding="utf-8")
        out = tmp_path / "o.json"
        main(["overview", str(folder), "-o", str(out), "--as-of", "2025-12-31"])
        import json

        files = [m["file"] for m in json.loads(out.read_text(encoding="utf-8"))["municipalities"]]
        assert files == [str(folder / "lindesberg.toml"), str(folder / "vetlanda.toml")]

    def test_progress_on_a_terminal(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """With more than 20 files and a terminal, a counter runs on stderr."""
        files = []
        for i in range(21):
            path = tmp_path / f"k{i:02d}.toml"
            path.write_text(BROKEN, encoding="utf-8")
            files.append(str(path))
        err = _Tty()
        monkeypatch.setattr("sys.stderr", err)
        main(["overview", *files, "-o", str(tmp_path / "o.csv")])
        shown = err.getvalue()
        assert "\r1/21 k00.toml" in shown
        assert "\r21/21 k20.toml" in shown
        written = ", ".join(str(tmp_path / f"o{s}.csv") for s in ("", "-fynd", "-summor"))
        assert shown.rstrip().endswith("21 kunde inte läsas. Skrev " + written)

    def test_no_progress_when_piped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without a terminal only the final count line is written to stderr."""
        files = []
        for i in range(21):
            path = tmp_path / f"k{i:02d}.toml"
            path.write_text(BROKEN, encoding="utf-8")
            files.append(str(path))
        main(["overview", *files, "-o", str(tmp_path / "o.csv")])
        err = capsys.readouterr().err
        assert "\r" not in err
        assert err.count("\n") == 1


def test_duty_columns_follow_the_catalogue() -> None:
    """The columns are the law's duties with their short section and link."""
    columns = duty_columns("sv")
    assert columns[0].section == "4 §"
    assert columns[0].url == "https://lagen.nu/2023:196#P4"
    assert all(c.codes for c in columns)


class TestKeepsItsPromise:
    """Finding 4: one unreadable or poisoned file aborted the overview for everyone."""

    def test_every_unreadable_file_is_a_row_and_the_rest_are_evaluated(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A FIFO, a folder, non-TOML, an oversized file and a crashing evaluation each get a
        row saying why; the good files are evaluated, the output is written, exit 1."""
        import json

        import kbfa.outputs.overview._collect as collect_module
        from kbfa.files import MAX_INPUT_BYTES

        folder = tmp_path / "in"
        folder.mkdir()
        for name in ("hjo", "lindesberg", "nassjo"):
            shutil.copy(ROOT / "configs" / f"{name}.toml", folder / f"{name}.toml")
        os.mkfifo(folder / "fifo.toml")  # no writer: must not block
        (folder / "mapp.toml").mkdir()
        (folder / "trasig.toml").write_text("[municipality\n", encoding="utf-8")
        with (folder / "stor.toml").open("wb") as f:
            f.truncate(MAX_INPUT_BYTES + 1)
        real = collect_module.evaluate

        def poisoned(config: object, *args: object, **kwargs: object) -> object:
            if str(getattr(config, "file", "")).endswith("nassjo.toml"):
                raise ValueError("year 10002 is out of range")
            return real(config, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(collect_module, "evaluate", poisoned)
        out = tmp_path / "o.json"
        status = main(["overview", str(folder), "-o", str(out), "--as-of", "2025-12-31"])
        assert status == 1
        rows = {
            Path(m["file"]).name: m
            for m in json.loads(out.read_text(encoding="utf-8"))["municipalities"]
        }
        assert sorted(rows) == [
            "fifo.toml",
            "hjo.toml",
            "lindesberg.toml",
            "mapp.toml",
            "nassjo.toml",
            "stor.toml",
            "trasig.toml",
        ]
        why = {name: " ".join(p["message"] for p in row["problems"]) for name, row in rows.items()}
        assert "inte en vanlig fil" in why["fifo.toml"]
        assert "är en katalog" in why["mapp.toml"]
        assert "filen är för stor" in why["stor.toml"]
        assert "TOML-syntaxfel" in why["trasig.toml"]
        assert "internt fel i kbfa (ValueError: year 10002 is out of range)" in why["nassjo.toml"]
        assert rows["hjo.toml"]["status"] == rows["lindesberg.toml"]["status"] == "evaluated"
        assert "5 kunde inte läsas" in capsys.readouterr().err
