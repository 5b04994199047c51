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

from kbfa.data import COMPARABLE_UNITS, AreaSeries, IndicatorData, Observation, Status
from kbfa.data import period_label as _period_label
from kbfa.i18n import Catalogue, Lang, render
from kbfa.i18n.terms import label, number_text

__all__ = ["Chart", "Line", "chart_alt", "chart_png", "indicator_chart"]

T: Catalogue = {
    "county": {"sv": "Länet", "en": "The county"},
    "country": {"sv": "Riket", "en": "The country"},
    "alt": {
        "sv": "Linjediagram över {name} ({unit}), {first}–{last}. {lines}{extra}Alla värden "
        "finns i tabellen under diagrammet.",
        "en": "Line chart of {name} ({unit}), {first}–{last}. {lines}{extra}Every value is in "
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
class Chart:
    """What one chart shows: the periods on the x axis and a line per area."""

    name: str
    unit: str
    periods: tuple[str, ...]
    lines: tuple[Line, ...]
    decimals: int
    counts: bool  # a count: only the municipality, since areas differ in size


def _periods(series: Sequence[AreaSeries]) -> list[tuple[int, int]]:
    """The periods drawn: tertials when the municipality's series has them, else years."""
    own = series[0].observations
    tertials = any(o.tertial for o in own)
    found = {
        o.period
        for s in series
        for o in s.observations
        if o.value is not None and bool(o.tertial) == tertials
    }
    return sorted(found)


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
    step = max(1, (len(x) + 9) // 10)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(chart.periods[::step], fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlim(-0.5, max(len(x) - 0.5, 0.5))
    top = max((v for line in chart.lines for v in line.values if v is not None), default=1.0)
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


def chart_alt(chart: Chart, lang: Lang = "sv") -> str:
    """The chart in words: each line's first and last value, the gaps and what is left out."""
    lines = ""
    extra = ""

    def text(v: float) -> str:
        return number_text(v, lang, chart.decimals)

    for line in chart.lines:
        shown = [(p, v) for p, v in zip(chart.periods, line.values, strict=True) if v is not None]
        gaps = [p for p, v in zip(chart.periods, line.values, strict=True) if v is None]
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
    if chart.counts:
        extra += render(T, "alt_counts", lang)
    if any(any(line.preliminary) for line in chart.lines):
        extra += render(T, "alt_preliminary", lang)
    first = chart.periods[0] if chart.periods else "–"
    last = chart.periods[-1] if chart.periods else "–"
    return render(
        T,
        "alt",
        lang,
        name=chart.name,
        unit=chart.unit,
        first=first,
        last=last,
        lines=lines,
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
