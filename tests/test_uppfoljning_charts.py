"""Issue 14: the follow-up document has a chart per indicator with data, and keeps it
when LibreOffice converts it.

Exempelby (fictitious) has three indicators with statistics in its fixtures:
bostadsinbrott per 100 000 (2016–2024, baseline 155 in 2023, target 130 in 2027) and
two EST counts (2025; one with baseline 44 in 2025 and target 30 in 2027, one without
either). Each gets one chart: the municipality's whole-year values, the baseline, the
target and the straight line between them, the same line the status is judged against
(:func:`kbfa.data.progress`). Drawn as the lägesbild's charts are: the same
``chart_png`` (size, dpi, style), matplotlib imported only when drawing.
"""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest

from conftest import ROOT
from kbfa.config import load
from kbfa.data import Observation, Status, indicator_data
from kbfa.model import Benchmark
from kbfa.outputs.charts import chart_png, goal_chart, goal_chart_alt, indicator_chart
from kbfa.outputs.docx import BuildContext, build_follow_up
from kbfa.outputs.follow_up import FollowUp, collect_follow_up

EXAMPLE = ROOT / "examples" / "exempelby.toml"
ON = dt.date(2026, 11, 23)
BURGLARY = "Bostadsinbrott per 100 000 invånare"
WITH_DATA = [
    BURGLARY,
    "Ungdomar i grupp vid resecentrum (EST)",
    "Skadegörelse vid Norra skolan (EST)",
]


@pytest.fixture(scope="module")
def follow_up() -> tuple[Any, FollowUp]:
    loaded = load(EXAMPLE)
    return loaded.governance, collect_follow_up(loaded.governance, indicator_data(loaded), ON)


@pytest.fixture(scope="module")
def document(follow_up: tuple[Any, FollowUp], tmp_path_factory: pytest.TempPathFactory) -> Path:
    g, fu = follow_up
    path = tmp_path_factory.mktemp("uppfoljning") / "uppfoljning.docx"
    build_follow_up(g, fu, BuildContext(lang="sv", as_of=ON)).document.save(str(path))
    return path


def pictures(path: Path) -> list[tuple[str, str]]:
    """(title, alt text) of every picture in the document, in order."""
    body = docx.Document(str(path)).element.body
    return [
        (e.get("title") or "", e.get("descr") or "")
        for e in body.iter()
        if e.tag.endswith("}docPr")
    ]


def indicators_with_data(fu: FollowUp) -> list[str]:
    names = [
        i.indicator.name
        for m in fu.measures
        for i in m.indicators
        if i.data is not None and any(o.value is not None for o in i.data.municipality.observations)
    ]
    return list(dict.fromkeys(names))


class TestDocument:
    def test_one_picture_per_indicator_with_data(
        self, follow_up: tuple[Any, FollowUp], document: Path
    ) -> None:
        _, fu = follow_up
        # An indicator followed by several measures is drawn once.
        assert indicators_with_data(fu) == WITH_DATA
        assert [title for title, _ in pictures(document)] == WITH_DATA
        # And the follow-up does have indicators without data: those get no picture.
        followed = {i.indicator.name for m in fu.measures for i in m.indicators}
        assert followed - set(WITH_DATA)

    def test_every_picture_has_alt_text_naming_its_indicator(self, document: Path) -> None:
        for title, alt in pictures(document):
            assert alt.strip()
            assert title in alt

    def test_alt_text_states_values_baseline_and_target(self, document: Path) -> None:
        alt = dict(pictures(document))
        assert alt[BURGLARY].startswith(
            f"Linjediagram över {BURGLARY} i Exempelby kommun (påhittad), 2016–2027."
        )
        assert (
            "Målkurvan går rakt från utgångsläget 155,0 (2023) till målet 130,0 (2027)."
            in (alt[BURGLARY])
        )
        # The years between the last value and the target are not "missing".
        assert "saknar värde" not in alt[BURGLARY]
        # One year of values: "2025", not "2025–2025"; no baseline or target recorded.
        assert "(antal) i Exempelby kommun (påhittad), 2025. " in alt[WITH_DATA[1]]
        assert "Utgångsläge och mål saknas." in alt[WITH_DATA[1]]

    def test_each_chart_has_a_caption_with_its_status(self, document: Path) -> None:
        captions = [
            p.text
            for p in docx.Document(str(document)).paragraphs
            if p.style is not None and p.style.name == "Caption"
        ]
        assert captions[0] == (
            f"Figur 1. {BURGLARY}, 2016–2027. Status: på väg mot målet, 130,8 (2024), minst "
            "så bra som målkurvans 148,8."
        )
        assert [c.split(".")[0] for c in captions] == ["Figur 1", "Figur 2", "Figur 3"]

    def test_the_picture_keeps_with_its_caption(self, document: Path) -> None:
        doc = docx.Document(str(document))
        holders = [p for p in doc.paragraphs if p._p.xpath(".//wp:docPr")]
        assert len(holders) == 3
        assert all(p.paragraph_format.keep_with_next for p in holders)


class TestGoalChart:
    def test_the_drawn_target_line_is_the_line_the_status_uses(
        self, follow_up: tuple[Any, FollowUp]
    ) -> None:
        """At the latest value's year the drawn line is at ``progress.expected``."""
        _, fu = follow_up
        item = next(i for m in fu.measures for i in m.indicators if i.indicator.name == BURGLARY)
        assert item.data is not None and item.progress.latest is not None
        chart = goal_chart(item.indicator, item.data, "Exempelby")
        assert chart.goal is not None
        assert chart.goal.baseline is not None and chart.goal.target is not None
        (x0, y0), (x1, y1) = chart.goal.baseline, chart.goal.target
        x = chart.periods.index(str(item.progress.latest.year))
        assert y0 + (y1 - y0) * (x - x0) / (x1 - x0) == pytest.approx(item.progress.expected)
        assert (chart.periods[x0], y0, chart.periods[x1], y1) == ("2023", 155, "2027", 130)
        # Values up to 2024, then empty years up to the target.
        assert chart.periods[0] == "2016" and chart.periods[-1] == "2027"
        assert chart.lines[0].values[-3:] == (None, None, None)

    def test_drawn_as_the_lagesbild_draws(self, follow_up: tuple[Any, FollowUp]) -> None:
        """Same function, so same size and resolution as the lägesbild's charts."""
        _, fu = follow_up
        item = next(i for m in fu.measures for i in m.indicators if i.indicator.name == BURGLARY)
        assert item.data is not None

        def size(png: bytes) -> tuple[int, int]:
            assert png[:8] == b"\x89PNG\r\n\x1a\n"
            return struct.unpack(">II", png[16:24])

        ours = chart_png(goal_chart(item.indicator, item.data, "Exempelby"))
        theirs = chart_png(indicator_chart(item.data, "Exempelby", "Exempellän"))
        assert size(ours) == size(theirs)
        # The same chart gives the same bytes.
        assert ours == chart_png(goal_chart(item.indicator, item.data, "Exempelby"))

    def test_tertials_only_with_a_gap_and_a_goal_for_years(
        self, follow_up: tuple[Any, FollowUp]
    ) -> None:
        """Data that has no whole year yet (fictitious: Exempelby's EST count, 2025 T1 61 and
        T3 57, T2 not reported) is drawn by tertial: T2 keeps its place as a gap, and a
        baseline and target, which are years, are said to be for years, not drawn (a
        tertial does not compare with a year) and not called missing."""
        _, fu = follow_up
        item = next(
            i for m in fu.measures for i in m.indicators if i.indicator.name == WITH_DATA[1]
        )
        assert item.data is not None
        own = item.data.municipality
        tertials = (
            Observation(2025, 1, 61.0, Status.FINAL),
            Observation(2025, 2, None, Status.MISSING),
            Observation(2025, 3, 57.0, Status.FINAL),
        )
        data = attrs.evolve(item.data, municipality=attrs.evolve(own, observations=tertials))
        goal = attrs.evolve(
            item.indicator, baseline=Benchmark(2025, 170.0), target=Benchmark(2027, 120.0)
        )
        chart = goal_chart(goal, data, "Exempelby kommun (påhittad)")
        assert chart.periods == ("2025 T1", "2025 T2", "2025 T3")
        assert chart.lines[0].values == (61.0, None, 57.0)
        assert chart.goal is not None
        assert (chart.goal.baseline, chart.goal.target) == (None, None)
        alt = goal_chart_alt(chart)
        assert alt == (
            "Linjediagram över Ungdomar i grupp vid resecentrum (EST) (antal) i Exempelby "
            "kommun (påhittad), 2025 T1–2025 T3. Exempelby kommun (påhittad): från 61 "
            "(2025 T1) till 57 (2025 T3). Utgångsläge och mål gäller hela år och ritas inte "
            "bland tertialen. Exempelby kommun (påhittad) saknar värde för 2025 T2. "
        )
        assert chart_png(chart)[:8] == b"\x89PNG\r\n\x1a\n"
        # Without a baseline or target it says there is none.
        plain = goal_chart(item.indicator, data, "Exempelby kommun (påhittad)")
        assert plain.goal is None
        assert "Utgångsläge och mål saknas." in goal_chart_alt(plain)

    def test_english(self, follow_up: tuple[Any, FollowUp]) -> None:
        _, fu = follow_up
        item = next(i for m in fu.measures for i in m.indicators if i.indicator.name == BURGLARY)
        assert item.data is not None
        alt = goal_chart_alt(goal_chart(item.indicator, item.data, "Exempelby", "en"), "en")
        assert "target line runs straight from the baseline 155.0 (2023)" in alt


def test_building_the_document_module_does_not_import_matplotlib() -> None:
    """matplotlib loads when a chart is drawn, not when the module is imported."""
    code = (
        "import sys, kbfa.outputs.docx._follow_up, kbfa.outputs.charts; "
        "print('matplotlib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"


def test_the_charts_survive_conversion_to_pdf(document: Path, tmp_path: Path) -> None:
    from test_pdf_conversion import convert, pdf_text, require

    require("soffice", "pdftotext", "pdfimages")
    convert([document], tmp_path, tmp_path / "profile")
    pdf = tmp_path / "uppfoljning.pdf"
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()[2:]
    images = [row.split() for row in listed if row.split()[2] == "image"]
    assert len(images) == 3
    # At the resolution they were drawn at (200 dpi).
    assert {(row[12], row[13]) for row in images} == {("200", "200")}
    text = pdf_text(pdf)
    for n, name in enumerate(WITH_DATA, 1):
        assert f"Figur {n}. {name}" in " ".join(text.split())
