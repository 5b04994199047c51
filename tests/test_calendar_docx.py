"""The årshjul as a Word document in ``kbfa documents``: outline pinned, rows as in the text.

The outline of Lindesberg's 2027 årshjul (headings and table cells, never the .docx
bytes) is a golden file; regenerate after a reviewed change with
``python tests/test_calendar_docx.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import CONFIGS
from kbfa.config import load
from kbfa.outputs.calendar_text import arshjul_rows
from kbfa.outputs.docx import DOCUMENTS, BuildContext, build_documents, outline, text_of
from kbfa.outputs.docx._annual_cycle import build_annual_cycle
from kbfa.schedule import occurrences

GOLDEN = Path(__file__).parent / "golden" / "schedule" / "lindesberg-2027-arshjul.json"
AS_OF = dt.date(2027, 1, 15)


def arshjul(name: str, lang: str = "sv", as_of: dt.date = AS_OF) -> Any:
    g = load(CONFIGS / f"{name}.toml").governance
    (doc,) = build_annual_cycle(g, BuildContext(lang=lang, as_of=as_of))  # type: ignore[arg-type]
    return doc


def headings(doc: Any) -> list[str]:
    return [i["text"] for i in outline(doc.document) if "style" in i]


def tables(doc: Any) -> list[list[list[str]]]:
    return [i["table"] for i in outline(doc.document) if "table" in i]


class TestAnnualCycleDocument:
    def test_registered_in_documents(self) -> None:
        """`kbfa documents` builds the årshjul along with the other documents."""
        assert "arshjul" in [name for name, _ in DOCUMENTS]
        g = load(CONFIGS / "hjo.toml").governance
        stems = [d.stem for d in build_documents(g, BuildContext(as_of=AS_OF))]
        assert "arshjul" in stems

    def test_year_comes_from_as_of(self) -> None:
        """The document is for the year of --as-of, in its title."""
        assert arshjul("lindesberg", as_of=dt.date(2028, 6, 1)).title == "Årshjul 2028"

    @pytest.mark.parametrize(
        ("as_of", "year"),
        [
            (dt.date(2026, 1, 1), 2026),
            (dt.date(2026, 9, 30), 2026),
            (dt.date(2026, 10, 1), 2027),  # late in the year, the next year is planned
            (dt.date(2026, 11, 29), 2027),
            (dt.date(2026, 12, 31), 2027),
        ],
    )
    def test_from_october_the_next_year(self, as_of: dt.date, year: int) -> None:
        """Word review m13: on 2026-11-29 an årshjul for 2026 plans a year almost over."""
        assert arshjul("lindesberg", as_of=as_of).title == f"Årshjul {year}"

    def test_chosen_year(self, tmp_path: Path) -> None:
        """``kbfa documents --year`` chooses the årshjul's year whatever the date."""
        import docx

        from kbfa.cli import main

        argv = ["documents", str(CONFIGS / "hjo.toml"), "-o", str(tmp_path), "--year", "2029"]
        assert main([*argv, "--as-of", "2026-11-29", "-q"]) == 0
        doc = docx.Document(str(tmp_path / "arshjul.docx"))
        assert next(i["text"] for i in outline(doc) if "style" in i) == "Årshjul 2029 – Hjo kommun"
        assert (
            main(["documents", str(CONFIGS / "hjo.toml"), "-o", str(tmp_path), "--year", "20x"])
            == 2
        )

    def test_outline_golden(self) -> None:
        """Lindesberg's 2027 årshjul has the reviewed headings and table cells."""
        expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
        assert outline(arshjul("lindesberg").document) == expected

    def test_grid_then_wheel_then_month_by_month(self) -> None:
        """Page 1 is the grid, then the wheel, then the months that have something planned
        (word review M11: no "Inget planerat" for months where nothing is dated)."""
        h = headings(arshjul("lindesberg"))
        assert h[:4] == [
            "Årshjul 2027 – Lindesbergs kommun",
            "Årshjulet",
            "Månad för månad",
            "Varje vecka",
        ]
        assert all(x[0].isupper() for x in h[4:])

    def test_rows_match_the_calendar(self) -> None:
        """Each month table holds exactly the rows `kbfa calendar` lists for that part of the year."""
        g = load(CONFIGS / "nassjo.toml").governance
        sections = [s for s in arshjul_rows(g, occurrences(g, 2027), 2027) if s.rows]
        body = tables(arshjul("nassjo"))[2:]  # the grid and the cover come first
        assert [[r[:3] for r in t[1:]] for t in body] == [
            [[r.when, r.what, r.who] for r in s.rows] for s in sections
        ]

    def test_grid_has_every_calendar_activity_once(self) -> None:
        """The grid's activity column holds each titled activity of the calendar exactly once,
        and a weekly meeting is shaded in every month."""
        g = load(CONFIGS / "lindesberg.toml").governance
        grid = tables(arshjul("lindesberg"))[0]
        titles = {r.what for s in arshjul_rows(g, occurrences(g, 2027), 2027) for r in s.rows}
        column = [row[0].removesuffix(" *") for row in grid[1:]]  # * an assumed window
        assert titles <= set(column)
        assert len([c for c in column if c in titles]) == len(titles)

    def test_tertial_reports_in_their_months(self) -> None:
        """Nässjö's May table has the tertial 2 report to kommunstyrelsen."""
        doc = arshjul("nassjo")
        items = outline(doc.document)
        start = next(i for i, x in enumerate(items) if x.get("text") == "Maj")
        may = items[start + 1]["table"]
        assert ["tertial 2 (maj–aug)", "Lägesrapport redovisas för Kommunstyrelsen"] in [
            r[:2] for r in may
        ]

    def test_no_config_advice_in_the_document(self) -> None:
        """The coordinator's "[[evidence]]" advice stays in `kbfa calendar`, not in print."""
        for name in ("lindesberg", "nassjo", "vetlanda"):
            assert "[[" not in text_of(arshjul(name).document), name

    def test_english(self) -> None:
        """--lang en gives English headings and columns."""
        doc = arshjul("lindesberg", "en")
        assert tables(doc)[0][0][0] == "Activity"
        assert ["When", "What", "Responsible", "Notes"] in [t[0] for t in tables(doc)]

    @pytest.mark.parametrize("name", ["lindesberg", "nassjo", "hjo", "vetlanda"])
    def test_every_config_builds(self, name: str) -> None:
        """Every bundled municipality gets an årshjul with its name in the title."""
        doc = arshjul(name)
        assert load(CONFIGS / f"{name}.toml").governance.municipality.name in headings(doc)[0]


def regenerate() -> None:
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(outline(arshjul("lindesberg").document), ensure_ascii=False, indent=1)
    GOLDEN.write_text(data + "\n", encoding="utf-8")
    print(GOLDEN)


if __name__ == "__main__":  # the tests folder is on sys.path when run as a script
    regenerate()
