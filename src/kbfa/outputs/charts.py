"""Indicator charts for the lägesbild: the municipality against its county and the country.

One line chart per indicator (Brå: "hur situationen ser ut jämfört med referensdata
och hur utvecklingen sett ut över tid"), drawn with matplotlib, imported inside
:func:`chart_png` only, so that ``kbfa check`` and ``kbfa --help`` never load it.
Every line differs in colour, dash and marker, so the chart reads in black and white
and with colour blindness; a missing value is a gap in the line, never a zero; a
preliminary value is an open marker. A count is drawn for the municipality alone:
counts of areas of different size are not comparable. :func:`chart_alt` describes
the chart in words for a screen reader, and the table beside it has every number.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from typing import Any

import attrs

from kbfa.data import (
    COMPARABLE_UNITS,
    AreaSeries,
    IndicatorData,
    Observation,
    Status,
    completed,
)
from kbfa.data import period_label as _period_label
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label, number_text
from kbfa.model import Benchmark, Indicator

__all__ = [
    "Chart",
    "Goal",
    "Line",
    "chart_alt",
    "chart_png",
    "goal_chart",
    "goal_chart_alt",
    "indicator_chart",
    "period_span",
]

T: Catalogue = {
    "county": {"sv": "Länet", "en": "The county"},
    "country": {"sv": "Riket", "en": "The country"},
    "alt": {
        "sv": "Linjediagram över {what}, {first}–{last}. {lines}{extra}Alla värden "
        "finns i tabellen under diagrammet.",
        "en": "Line chart of {what}, {first}–{last}. {lines}{extra}Every value is in "
        "the table below the chart.",
    },
    "alt_line": {
        "sv": "{area}: från {first} ({first_period}) till {last} ({last_period}). ",
        "en": "{area}: from {first} ({first_period}) to {last} ({last_period}). ",
    },
    "alt_one": {"sv": "{area}: {value} ({period}). ", "en": "{area}: {value} ({period}). "},
    "alt_none": {"sv": "{area}: inga värden. ", "en": "{area}: no values. "},
    "alt_gaps": {
        "sv": "{area} saknar värde för {periods}. ",
        "en": "{area} has no value for {periods}. ",
    },
    "alt_counts": {
        "sv": "Bara kommunen visas: antal kan inte jämföras mellan områden av olika storlek. ",
        "en": "Only the municipality is shown: counts cannot be compared between areas of "
        "different size. ",
    },
    "alt_preliminary": {
        "sv": "Ofyllda punkter är preliminära värden. ",
        "en": "Open markers are preliminary values. ",
    },
    "legend_preliminary": {"sv": "ofylld punkt: preliminärt", "en": "open marker: preliminary"},
    "baseline": {"sv": "Utgångsläge", "en": "Baseline"},
    "target": {"sv": "Mål", "en": "Target"},
    "target_line": {"sv": "Målkurva", "en": "Target line"},
    "goal_alt": {
        "sv": "Linjediagram över {what} i {area}, {periods}. {lines}{goal}{extra}",
        "en": "Line chart of {what} in {area}, {periods}. {lines}{goal}{extra}",
    },
    "alt_goal_line": {
        "sv": "Målkurvan går rakt från utgångsläget {base} ({base_year}) till målet {target} "
        "({target_year}). ",
        "en": "The target line runs straight from the baseline {base} ({base_year}) to the "
        "target {target} ({target_year}). ",
    },
    "alt_baseline": {
        "sv": "Utgångsläget är {value} ({year}); mål saknas. ",
        "en": "The baseline is {value} ({year}); there is no target. ",
    },
    "alt_target": {
        "sv": "Målet är {value} ({year}); utgångsläge saknas. ",
        "en": "The target is {value} ({year}); there is no baseline. ",
    },
    "alt_goal_years": {
        "sv": "Utgångsläge och mål gäller hela år och ritas inte bland tertialen. ",
        "en": "The baseline and target are for whole years and are not drawn among tertials. ",
    },
    "alt_no_goal": {
        "sv": "Utgångsläge och mål saknas. ",
        "en": "There is no baseline or target. ",
    },
}

#: (colour, dash, marker) per line: the municipality dark and solid, the references lighter.
_STYLES = (("#1F3864", "-", "o"), ("#7F7F7F", "--", "s"), ("#000000", ":", "^"))


@attrs.frozen
class Line:
    """One area's values over the chart's periods (``None`` is a gap)."""

    label: str
    values: tuple[float | None, ...]
    preliminary: tuple[bool, ...]


@attrs.frozen
class Goal:
    """An indicator's baseline and target on a chart: each a period index and a value.

    Drawn as the straight line from the baseline to the target that the follow-up's
    status is measured against (:func:`kbfa.data.progress`), each end marked.
    """

    baseline: tuple[int, float] | None
    target: tuple[int, float] | None
    #: The indicator has a baseline or target, for a year, but the chart is of tertials.
    years_only: bool = False


@attrs.frozen
class Chart:
    """What one chart shows: the periods on the x axis and a line per area."""

    name: str
    unit: str
    periods: tuple[str, ...]
    lines: tuple[Line, ...]
    decimals: int
    counts: bool  # a count: only the municipality, since areas differ in size
    goal: Goal | None = None


def _periods(series: Sequence[AreaSeries]) -> list[tuple[int, int]]:
    """The periods drawn: tertials when the municipality's series has them, else years.

    Every period from the first value to the last is on the axis, also one that no
    series has a value for: it is a gap in the lines. Left out, a source giving 2007,
    2016 and 2017 would be drawn as three evenly spaced points joined by a line, as if
    2007 to 2016 were one step like 2016 to 2017.
    """
    own = series[0].observations
    tertials = any(o.tertial for o in own)
    found = {
        o.period
        for s in series
        for o in s.observations
        if o.value is not None and bool(o.tertial) == tertials
    }
    if not found:
        return []
    first, last = min(found), max(found)
    parts = (1, 2, 3) if tertials else (0,)
    years = range(first[0], last[0] + 1)
    return [(y, t) for y in years for t in parts if first <= (y, t) <= last]


def indicator_chart(
    data: IndicatorData,
    municipality: str,
    county: str | None,
    lang: Lang = "sv",
) -> Chart:
    """The chart of one indicator: the municipality, and its county and the country when
    the unit can be compared between areas."""
    counts = data.unit not in COMPARABLE_UNITS
    series = [data.municipality] if counts else list(data.areas)
    names = [municipality, county or render(T, "county", lang), render(T, "country", lang)]
    periods = _periods(series)
    lines = []
    for s, name in zip(series, names, strict=False):
        found = [s.at(year, tertial) for year, tertial in periods]
        if not any(o is not None and o.value is not None for o in found):
            continue
        lines.append(
            Line(
                name,
                tuple(o.value if o is not None else None for o in found),
                tuple(o is not None and o.status is Status.PRELIMINARY for o in found),
            )
        )
    decimals = 1 if data.unit.value in ("per_100000", "per_1000", "percent", "index") else 0
    return Chart(
        data.indicator.name,
        label(data.unit, lang),
        tuple(_period_label(p) for p in periods),
        tuple(lines),
        decimals,
        counts,
    )


def goal_chart(
    indicator: Indicator, data: IndicatorData, municipality: str, lang: Lang = "sv"
) -> Chart:
    """The follow-up's chart of one indicator: the municipality's whole-year values that
    had ended when the data was retrieved (the values the status is judged on), with the
    baseline, the target and the straight line between them.

    The years run from the earliest of the first value and the baseline to the latest of
    the last value and the target; a year without a value is a gap. Data without any
    whole year falls back to its tertials (then the baseline and target, which are years,
    are not drawn: a tertial does not compare with a year).
    """
    own = completed(data).municipality
    years = {o.year: o for o in own.observations if o.value is not None and o.tertial is None}
    base, target = indicator.baseline, indicator.target
    decimals = 1 if data.unit.value in ("per_100000", "per_1000", "percent", "index") else 0
    if not years:
        # Every tertial from the first value to the last; one without a value is a gap.
        periods = _periods([own])
        found_t = [own.at(y, t) for y, t in periods]
        return Chart(
            indicator.name,
            label(data.unit, lang),
            tuple(_period_label(p) for p in periods),
            (
                Line(
                    municipality,
                    tuple(o.value if o is not None else None for o in found_t),
                    tuple(o is not None and o.status is Status.PRELIMINARY for o in found_t),
                ),
            )
            if periods
            else (),
            decimals,
            True,
            Goal(None, None, years_only=True) if base is not None or target is not None else None,
        )
    marks = [b.year for b in (base, target) if b is not None]
    first, last = min([*years, *marks]), max([*years, *marks])
    span = range(first, last + 1)
    found = [years.get(y) for y in span]
    line = Line(
        municipality,
        tuple(o.value if o is not None else None for o in found),
        tuple(o is not None and o.status is Status.PRELIMINARY for o in found),
    )

    def at(b: Benchmark | None) -> tuple[int, float] | None:
        return (b.year - first, b.value) if b is not None else None

    return Chart(
        indicator.name,
        label(data.unit, lang),
        tuple(str(y) for y in span),
        (line,),
        decimals,
        True,
        Goal(at(base), at(target)),
    )


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = "DejaVu Sans"
    plt.rcParams["svg.hashsalt"] = "kbfa"
    return plt


def chart_png(chart: Chart, lang: Lang = "sv", *, width_in: float = 6.3) -> bytes:
    """The chart as PNG bytes at 200 dpi; the same chart gives the same bytes."""
    import warnings

    plt = _pyplot()
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig = plt.figure(figsize=(width_in, 2.9))
    ax = fig.add_axes((0.1, 0.2, 0.62, 0.74))
    x = list(range(len(chart.periods)))
    preliminary = False
    for line, (colour, dash, marker) in zip(chart.lines, _STYLES, strict=False):
        ys = [v if v is not None else float("nan") for v in line.values]
        ax.plot(
            x,
            ys,
            color=colour,
            linestyle=dash,
            linewidth=2.0 if line is chart.lines[0] else 1.4,
            marker=marker,
            markersize=5,
            label=textwrap.fill(line.label, 24),
        )
        late = [
            (i, v) for i, (v, p) in enumerate(zip(line.values, line.preliminary, strict=True)) if p
        ]
        if late:
            preliminary = True
            ax.plot(
                [i for i, _ in late],
                [v for _, v in late],
                linestyle="none",
                marker=marker,
                markersize=5,
                markerfacecolor="white",
                markeredgecolor=colour,
            )
    goal = chart.goal
    if goal is not None:
        _draw_goal(ax, goal, lang)
    step = max(1, (len(x) + 9) // 10)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(chart.periods[::step], fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlim(-0.5, max(len(x) - 0.5, 0.5))
    marked = [m[1] for m in (goal.baseline, goal.target) if m is not None] if goal else []
    top = max(
        [*(v for line in chart.lines for v in line.values if v is not None), *marked], default=1.0
    )
    ax.set_ylim(0, max(top, 0) * 1.08 or 1.0)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _: number_text(v, lang, 0 if abs(v) >= 10 else None))
    )
    ax.set_ylabel(chart.unit, fontsize=8)
    ax.grid(axis="y", color="#D9D9D9", linewidth=0.6)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    title = render(T, "legend_preliminary", lang) if preliminary else None
    legend = ax.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(1.02, 1.0),
        frameon=False,
        fontsize=8,
        title=title,
        title_fontsize=7,
    )
    legend._legend_box.align = "left"
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(out, format="png", dpi=200, metadata={"Software": None})
    plt.close(fig)
    return out.getvalue()


def _draw_goal(ax: Any, goal: Goal, lang: Lang) -> None:
    """The baseline (a square), the target (a star) and the target line between them."""
    colour = "#C00000"
    if goal.baseline is not None and goal.target is not None:
        (x0, y0), (x1, y1) = goal.baseline, goal.target
        ax.plot(
            [x0, x1],
            [y0, y1],
            color=colour,
            linestyle="--",
            linewidth=1.2,
            label=render(T, "target_line", lang),
        )
    for point, marker, key in ((goal.baseline, "s", "baseline"), (goal.target, "*", "target")):
        if point is not None:
            ax.plot(
                [point[0]],
                [point[1]],
                linestyle="none",
                marker=marker,
                # An open square around the value of the baseline year, which shows through.
                markersize=9 if marker == "s" else 11,
                markerfacecolor="none" if marker == "s" else colour,
                markeredgecolor=colour,
                label=render(T, key, lang),
            )


def _alt_parts(chart: Chart, lang: Lang, *, inside: bool = False) -> tuple[str, str]:
    """Each line's first and last value, and its gaps (with ``inside``, only those between
    its first and its last value: the years up to a target are no gaps)."""
    lines = ""
    extra = ""

    def text(v: float) -> str:
        return number_text(v, lang, chart.decimals)

    for line in chart.lines:
        shown = [(p, v) for p, v in zip(chart.periods, line.values, strict=True) if v is not None]
        known = [i for i, v in enumerate(line.values) if v is not None]
        gaps = [
            p
            for i, (p, v) in enumerate(zip(chart.periods, line.values, strict=True))
            if v is None and (not inside or (known and known[0] < i < known[-1]))
        ]
        if gaps:
            extra += render(T, "alt_gaps", lang, area=line.label, periods=", ".join(gaps))
        if not shown:
            lines += render(T, "alt_none", lang, area=line.label)
        elif len(shown) == 1:
            lines += render(
                T, "alt_one", lang, area=line.label, value=text(shown[0][1]), period=shown[0][0]
            )
        else:
            (p0, v0), (p1, v1) = shown[0], shown[-1]
            lines += render(
                T,
                "alt_line",
                lang,
                area=line.label,
                first=text(v0),
                first_period=p0,
                last=text(v1),
                last_period=p1,
            )
    return lines, extra


def _preliminary(chart: Chart, lang: Lang) -> str:
    return (
        render(T, "alt_preliminary", lang) if any(any(x.preliminary) for x in chart.lines) else ""
    )


def _what(chart: Chart) -> str:
    """ "Anmälda brott (per 100 000 invånare)"; the unit once, when the name already says it
    ("Bostadsinbrott per 100 000 invånare", not "... invånare (per 100 000 invånare)")."""
    if chart.unit and chart.unit.casefold() in chart.name.casefold():
        return chart.name
    return f"{chart.name} ({chart.unit})" if chart.unit else chart.name


def chart_alt(chart: Chart, lang: Lang = "sv") -> str:
    """The chart in words: each line's first and last value, the gaps and what is left out."""
    lines, extra = _alt_parts(chart, lang)
    if chart.counts:
        extra += render(T, "alt_counts", lang)
    extra += _preliminary(chart, lang)
    first = chart.periods[0] if chart.periods else "–"
    last = chart.periods[-1] if chart.periods else "–"
    return render(
        T,
        "alt",
        lang,
        what=_what(chart),
        first=first,
        last=last,
        lines=lines,
        extra=extra,
    )


def period_span(chart: Chart) -> str:
    """ "2016–2027", or "2025" when the chart has one period."""
    if not chart.periods:
        return "–"
    first, last = chart.periods[0], chart.periods[-1]
    return first if first == last else f"{first}–{last}"


def goal_chart_alt(chart: Chart, lang: Lang = "sv") -> str:
    """A :func:`goal_chart` in words: the values, the baseline, the target and the line."""
    lines, extra = _alt_parts(chart, lang, inside=True)
    extra += _preliminary(chart, lang)
    goal = chart.goal

    def text(v: float) -> str:
        return number_text(v, lang, chart.decimals)

    def year(i: int) -> str:
        return chart.periods[i]

    base = goal.baseline if goal else None
    target = goal.target if goal else None
    if base is not None and target is not None:
        goal_text = render(
            T,
            "alt_goal_line",
            lang,
            base=text(base[1]),
            base_year=year(base[0]),
            target=text(target[1]),
            target_year=year(target[0]),
        )
    elif base is not None:
        goal_text = render(T, "alt_baseline", lang, value=text(base[1]), year=year(base[0]))
    elif target is not None:
        goal_text = render(T, "alt_target", lang, value=text(target[1]), year=year(target[0]))
    elif goal is not None and goal.years_only:
        goal_text = render(T, "alt_goal_years", lang)
    else:
        goal_text = render(T, "alt_no_goal", lang)
    return render(
        T,
        "goal_alt",
        lang,
        what=_what(chart),
        area=chart.lines[0].label if chart.lines else "–",
        periods=period_span(chart),
        lines=lines,
        goal=goal_text,
        extra=extra,
    )


def observation_text(o: Observation | None, decimals: int, lang: Lang = "sv") -> str:
    """A value as a table shows it: "130,8", "6 456,3 p" (preliminary), "–" or ".."."""
    if o is None:
        return "–"
    if o.value is None:
        return ".." if o.status is Status.SUPPRESSED else "–"
    mark = {Status.PRELIMINARY: " p", Status.INCOMPLETE: " o"}.get(o.status, "")
    return number_text(o.value, lang, decimals) + mark
