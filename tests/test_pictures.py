"""The årshjul grid data, the wheel and the organisation chart (issue 11 item 5)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from conftest import CONFIGS, ROOT
from kbfa.config import load
from kbfa.model import Governance
from kbfa.outputs.annual_grid import DATED, DECISION, DONE, GridLevel, annual_grid
from kbfa.outputs.calendar_text import arshjul_rows
from kbfa.outputs.pictures import org_chart_alt, org_chart_png, wheel_alt, wheel_png
from kbfa.schedule import occurrences

EXAMPLE = ROOT / "examples" / "exempelby.toml"
PNG = b"\x89PNG\r\n\x1a\n"


def grid(
    path: Path, year: int = 2026, as_of: dt.date | None = dt.date(2026, 11, 29)
) -> tuple[Governance, tuple[GridLevel, ...]]:
    g = load(path).governance
    return g, annual_grid(g, occurrences(g, year), year, as_of=as_of)


class TestGrid:
    def test_same_activities_as_the_calendar(self) -> None:
        """Every activity `kbfa calendar` lists is one grid row (a monthly meeting's twelve
        occurrences are one row)."""
        for name in ("lindesberg", "nassjo", "hjo", "vetlanda"):
            g, levels = grid(CONFIGS / f"{name}.toml")
            calendar = {r.what for s in arshjul_rows(g, occurrences(g, 2026), 2026) for r in s.rows}
            rows = [r.title for lv in levels for r in lv.rows]
            assert sorted(rows) == sorted(calendar), name

    def test_weekly_meeting_is_shaded_in_every_month(self) -> None:
        """Lindesberg's EST meets every week: its row is shaded January to December."""
        _g, levels = grid(CONFIGS / "lindesberg.toml")
        est = next(r for lv in levels for r in lv.rows if r.title.startswith("EST"))
        assert est.whole_year
        assert next(lv.title for lv in levels if est in lv.rows) == "Operativ nivå"

    def test_marks_decisions_dates_and_done(self) -> None:
        """Exempelby: the 13 § report to fullmäktige is a ◆; a measure's due date a ●; the
        April revision of the plan is ✓ from the evidence (KS 2026-04-15 § 53)."""
        _g, levels = grid(EXAMPLE)
        rows = {r.title: r for lv in levels for r in lv.rows}
        report = rows["Kommunstyrelsen rapporterar till Kommunfullmäktige (13 §)"]
        assert DECISION in report.months[11].marks
        assert DATED in rows["Åtgärd klar: Trygghetsvärdar vid resecentrum"].months[11].marks
        plan = rows["Åtgärdsplan för ett tryggare Exempelby ska tas fram"]
        assert DONE in plan.months[3].marks

    def test_nothing_is_done_before_it_happened(self) -> None:
        """As of the start of the year no evidence of that year counts yet."""
        _g, levels = grid(EXAMPLE, as_of=dt.date(2026, 1, 1))
        assert not any(DONE in m.marks for lv in levels for r in lv.rows for m in r.months)


class TestPictures:
    @pytest.mark.parametrize("name", ["lindesberg", "nassjo", "hjo", "vetlanda"])
    def test_wheel_and_chart_are_png_with_alt_text(self, name: str) -> None:
        """Each municipality gets a wheel and a chart, and alt texts that say what they show."""
        g, levels = grid(CONFIGS / f"{name}.toml")
        assert wheel_png(levels, 2026, g.municipality.name).startswith(PNG)
        assert org_chart_png(g).startswith(PNG)
        alt = wheel_alt(levels, 2026, g.municipality.name)
        assert "tolv månader" in alt and levels[0].title in alt
        assert org_chart_alt(g).startswith(
            f"Organisationsschema för det brottsförebyggande arbetet i {g.municipality.name}"
        )

    def test_reporting_lines_are_in_the_alt_text(self) -> None:
        """The chart's alt text states every reporting line it draws."""
        g = load(EXAMPLE).governance
        alt = org_chart_alt(g)
        assert "Trygghetsrådet rapporterar till Kommunstyrelsen" in alt
        assert "Kommunstyrelsen rapporterar till Kommunfullmäktige" in alt

    def test_a_dollar_in_a_name_is_text(self) -> None:
        """A "$" in a body's name is drawn as a dollar sign, not parsed as a formula."""
        g = load(EXAMPLE).governance
        odd = attrs.evolve(g.bodies[0], name=r"Gruppen $\frac{x$ och $\bad$")
        assert org_chart_png(attrs.evolve(g, bodies=(odd, *g.bodies[1:]))).startswith(PNG)

    def test_same_input_same_bytes(self) -> None:
        """No clock or software tag in the PNG: the documents stay reproducible."""
        g, levels = grid(EXAMPLE)
        assert wheel_png(levels, 2026, "X") == wheel_png(levels, 2026, "X")
        assert org_chart_png(g) == org_chart_png(g)

    def test_matplotlib_is_imported_only_to_draw(self) -> None:
        """Importing the module and building the grid load no matplotlib."""
        code = (
            "import sys; import kbfa.outputs.pictures, kbfa.outputs.annual_grid;"
            "print('matplotlib' in sys.modules)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.stdout.strip() == "False"
