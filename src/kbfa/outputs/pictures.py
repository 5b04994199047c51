"""Pictures people would rather look at than read: the årshjul wheel, the organisation chart
and the overview's stacked bars per duty.

Drawn with matplotlib (imported here, inside each function, so that ``kbfa check`` and
``kbfa --help`` never load it) as PNG bytes at print resolution, in colours that keep
their meaning in black and white: every mark is a symbol or a word as well as a shade.
The wheel draws the rows of :func:`kbfa.outputs.annual_grid.annual_grid`, the same rows as
the Word grid and ``kbfa calendar``; the chart draws the bodies of the config with who
chairs them and their reporting lines.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from typing import Any

import attrs

from kbfa.i18n import Catalogue, Lang, render
from kbfa.model import BodyKind, Governance
from kbfa.outputs.annual_grid import DATED, DECISION, DONE, GridLevel
from kbfa.outputs.names import actor_name
from kbfa.schedule import month_name

__all__ = [
    "BarCategory",
    "BarPanel",
    "org_chart_alt",
    "org_chart_png",
    "stacked_bars_png",
    "wheel_alt",
    "wheel_png",
]

T: Catalogue = {
    "wheel_alt": {
        "sv": "Årshjul {year} för {name} som en cirkel med tolv månader, januari överst och "
        "sedan medurs. Ringarna inifrån och ut: {levels}. {items} Samma innehåll finns som "
        "tabell på sidan 1.",
        "en": "Annual cycle {year} of {name} as a circle of twelve months, January at the top, "
        "then clockwise. Rings from the centre out: {levels}. {items} The same content is the "
        "table on page 1.",
    },
    "whole_year": {"sv": "Hela året: {names}.", "en": "All year: {names}."},
    "chair": {"sv": "ordförande: {who}", "en": "chair: {who}"},
    "convener": {"sv": "sammankallande: {who}", "en": "convener: {who}"},
    "chart_alt": {
        "sv": "Organisationsschema för det brottsförebyggande arbetet i {name}. {lines}",
        "en": "Organisation chart of the crime-prevention work in {name}. {lines}",
    },
    "reports": {"sv": "{a} rapporterar till {b}", "en": "{a} reports to {b}"},
    "led": {"sv": "{a} leds av {b}", "en": "{a} is led by {b}"},
    "no_lines": {"sv": "Inga rapportvägar anges.", "en": "No reporting lines are stated."},
    "legend_reports": {"sv": "rapporterar till", "en": "reports to"},
    "legend_led": {"sv": "leds av", "en": "led by"},
}

#: Greys and one blue: distinguishable in black and white and with colour-blindness.
_RING_FILLS = ("#DCE6F2", "#EEF3F9")
_SHADE = "#9DB7D5"
_INK = "#1F3864"

#: Top to bottom rows of the organisation chart.
_CHART_ROWS: tuple[tuple[BodyKind, ...], ...] = (
    (BodyKind.ASSEMBLY,),
    (BodyKind.EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.PRESIDIUM),
    (BodyKind.STRATEGIC_COUNCIL, BodyKind.STEERING_GROUP, BodyKind.MANAGEMENT_GROUP),
    (
        BodyKind.PREPARATORY_GROUP,
        BodyKind.REFERENCE_GROUP,
        BodyKind.THEME_GROUP,
        BodyKind.UNIT,
        BodyKind.OTHER,
    ),
    (BodyKind.OPERATIONAL_FORUM, BodyKind.WORKING_GROUP),
)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = "DejaVu Sans"
    plt.rcParams["svg.hashsalt"] = "kbfa"
    return plt


def _text(where: Any, *args: Any, **kwargs: Any) -> Any:
    """Text as written: a "$" in a name is a dollar sign, not the start of a formula."""
    return where.text(*args, parse_math=False, **kwargs)


def _png(fig: Any) -> bytes:
    import warnings

    out = io.BytesIO()
    with warnings.catch_warnings():
        # A character no font has is drawn as a box; that is no reason to warn the user.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        # No timestamp or software tag: the same input gives the same bytes.
        fig.savefig(out, format="png", dpi=200, metadata={"Software": None})
    return out.getvalue()


def _short(title: str, width: int = 14, lines: int = 2) -> str:
    """A title in at most ``lines`` lines of ``width`` characters ("Lägesbild över brott…")."""
    for tail in (" ska tas fram", ": möte"):
        title = title.removesuffix(tail)
    wrapped = textwrap.wrap(title, width) or [""]
    if len(wrapped) > lines:
        rest = textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder="…")
        wrapped = [*wrapped[: lines - 1], rest]
    return "\n".join(wrapped)


def wheel_png(levels: Sequence[GridLevel], year: int, name: str, lang: Lang = "sv") -> bytes:
    """The årshjul as a wheel: 12 sectors from January at the top, one ring per level."""
    plt = _pyplot()
    fig = plt.figure(figsize=(7.5, 7.5))
    ax = fig.add_axes((0.03, 0.05, 0.94, 0.94), projection="polar")
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    ax.set_axis_off()
    inner, ring = 1.2, 1.0
    sector = 2 * math.pi / 12
    for i, level in enumerate(levels):
        r0 = inner + i * ring
        ax.bar(
            [m * sector + sector / 2 for m in range(12)],
            [ring] * 12,
            width=sector,
            bottom=r0,
            color=_RING_FILLS[i % 2],
            edgecolor="white",
            linewidth=1.2,
        )
        partial = [r for r in level.rows if not r.whole_year]
        for m in range(12):
            angle = m * sector + sector / 2
            if any(r.months[m].shaded for r in partial):
                ax.bar(angle, ring * 0.1, width=sector * 0.9, bottom=r0 + 0.03, color=_SHADE)
            in_month = [
                r
                for r in level.rows
                if _mark(r.months[m].marks) or (not r.whole_year and _starts(r.months, m))
            ]
            lines = [_mark(r.months[m].marks) + _short(r.title) for r in in_month[:2]]
            if len(in_month) > 2:
                lines.append(f"+{len(in_month) - 2}")
            if lines:
                _text(
                    ax,
                    angle,
                    r0 + ring * 0.55,
                    "\n".join(lines),
                    ha="center",
                    va="center",
                    fontsize=4.6,
                    linespacing=1.1,
                )
        _text(
            ax,
            math.radians(2),
            r0 + ring * 0.5,
            str(i + 1),
            ha="left",
            va="center",
            fontsize=7,
            fontweight="bold",
            color=_INK,
        )
    outer = inner + len(levels) * ring
    for m in range(12):
        _text(
            ax,
            m * sector + sector / 2,
            outer + 0.35,
            month_name(m + 1, lang)[:3].capitalize(),
            ha="center",
            va="center",
            fontsize=9,
            fontweight="bold",
            color=_INK,
        )
    legend = "\n".join(f"{i + 1}  {lv.title}" for i, lv in enumerate(levels))
    _text(fig, 0.01, 0.01, legend, fontsize=7, color=_INK, va="bottom")
    _text(ax, 0, 0, str(year), ha="center", va="center", fontsize=16, fontweight="bold", color=_INK)
    ax.set_ylim(0, outer + 0.6)
    data = _png(fig)
    plt.close(fig)
    return data


def _mark(marks: str) -> str:
    """The symbol a wheel label starts with: ◆ before ●, ✓ alone when only done."""
    for symbol in (DECISION, DATED, DONE):
        if symbol in marks:
            return f"{symbol} "
    return ""


def _starts(months: Sequence[Any], m: int) -> bool:
    return bool(months[m].shaded and (m == 0 or not months[m - 1].shaded))


def wheel_alt(levels: Sequence[GridLevel], year: int, name: str, lang: Lang = "sv") -> str:
    whole = [r.title for lv in levels for r in lv.rows if r.whole_year]
    items = render(T, "whole_year", lang, names=", ".join(whole)) if whole else ""
    return render(
        T,
        "wheel_alt",
        lang,
        year=year,
        name=name,
        levels=", ".join(lv.title for lv in levels),
        items=items,
    )


def _chart_rows(g: Governance) -> list[list[Any]]:
    rows = [[b for b in g.bodies if b.kind in kinds] for kinds in _CHART_ROWS]
    return [r for r in rows if r]


def _box_text(g: Governance, b: Any, lang: Lang) -> str:
    lines = textwrap.wrap(b.name, 24)
    if b.chair:
        lines += textwrap.wrap(render(T, "chair", lang, who=actor_name(g, b.chair)), 30)
    elif b.convener:
        lines += textwrap.wrap(render(T, "convener", lang, who=actor_name(g, b.convener)), 30)
    return "\n".join(lines)


def org_chart_png(g: Governance, lang: Lang = "sv") -> bytes:
    """Bodies in rows from fullmäktige down, who chairs, and arrows for reporting lines."""
    plt = _pyplot()
    rows = _chart_rows(g)
    width = max((len(r) for r in rows), default=1)
    fig = plt.figure(figsize=(max(6.5, 2.3 * width), 1.15 * max(len(rows), 1) + 0.6))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, width)
    ax.set_ylim(-0.4, len(rows) + 0.1)
    where: dict[str, tuple[float, float]] = {}
    for i, row in enumerate(rows):
        y = len(rows) - i - 0.5
        for j, b in enumerate(row):
            x = (j + 0.5) * width / len(row)
            where[b.id] = (x, y)
            _text(
                ax,
                x,
                y,
                _box_text(g, b, lang),
                ha="center",
                va="center",
                fontsize=8.5,
                color="black",
                wrap=False,
                bbox={
                    "boxstyle": "round,pad=0.5",
                    "facecolor": "#DCE6F2",
                    "edgecolor": _INK,
                    "linewidth": 1.0,
                },
            )
    for b in g.bodies:
        if b.id not in where:
            continue
        for r in b.reports_to:
            if r.to in where and r.to != b.id:
                _arrow(ax, where[b.id], where[r.to], "-")
        if b.led_by and b.led_by in where and b.led_by != b.id:
            _arrow(ax, where[b.id], where[b.led_by], "--")
    lead = g.leadership
    if lead is not None and lead.body in where:
        for r in lead.reporting:
            if r.to in where and r.to != lead.body:
                _arrow(ax, where[lead.body], where[r.to], "-")
    legend = ((0.04, "-", "legend_reports"), (0.5, "--", "legend_led"))
    for x, style, key in legend:
        x0 = x * width
        ax.annotate(
            "",
            xy=(x0 + 0.12 * width, -0.25),
            xytext=(x0, -0.25),
            arrowprops={"arrowstyle": "-|>", "color": _INK, "linestyle": style},
        )
        _text(ax, x0 + 0.14 * width, -0.25, render(T, key, lang), va="center", fontsize=7)
    data = _png(fig)
    plt.close(fig)
    return data


def _arrow(ax: Any, a: tuple[float, float], b: tuple[float, float], style: str) -> None:
    ax.annotate(
        "",
        xy=b,
        xytext=a,
        arrowprops={
            "arrowstyle": "-|>",
            "color": _INK,
            "linestyle": style,
            "shrinkA": 22,
            "shrinkB": 22,
            "connectionstyle": "arc3,rad=0.08",
        },
    )


def org_chart_alt(g: Governance, lang: Lang = "sv") -> str:
    lines = [
        render(T, "reports", lang, a=b.name, b=actor_name(g, r.to))
        for b in g.bodies
        for r in b.reports_to
    ]
    if g.leadership is not None:
        lines += [
            render(T, "reports", lang, a=actor_name(g, g.leadership.body), b=actor_name(g, r.to))
            for r in g.leadership.reporting
        ]
    lines += [
        render(T, "led", lang, a=b.name, b=actor_name(g, b.led_by)) for b in g.bodies if b.led_by
    ]
    text = "; ".join(lines) + "." if lines else render(T, "no_lines", lang)
    return render(T, "chart_alt", lang, name=g.municipality.name, lines=text)


@attrs.frozen
class BarCategory:
    """One kind of segment in a stacked bar: its name in the legend, its colour, a hatch
    that tells it apart in black and white, and the colour of a count written on it."""

    label: str
    fill: str  # "#C6EFCE"
    hatch: str = ""
    ink: str = "black"


@attrs.frozen
class BarPanel:
    """One panel of bars: a title and, per bar, its label and a count per category."""

    title: str
    bars: tuple[tuple[str, tuple[int, ...]], ...]


def stacked_bars_png(panels: Sequence[BarPanel], categories: Sequence[BarCategory]) -> bytes:
    """Horizontal stacked bars, panels side by side sharing the bars' labels (the overview:
    per duty, how many municipalities got each verdict, design and practice apart).

    Every segment wide enough carries its count; the categories keep their meaning in
    black and white through their hatches, and the legend names them in order.
    """
    plt = _pyplot()
    n = max((len(p.bars) for p in panels), default=1)
    fig, axes = plt.subplots(
        1, len(panels), figsize=(9.0, 0.28 * n + 1.3), sharey=True, squeeze=False
    )
    labels = [label for label, _ in panels[0].bars] if panels else []
    for ax, panel in zip(axes[0], panels, strict=True):
        total = max((sum(counts) for _, counts in panel.bars), default=0) or 1
        left = [0.0] * len(panel.bars)
        ys = list(range(len(panel.bars)))
        for c, cat in enumerate(categories):
            widths = [counts[c] for _, counts in panel.bars]
            ax.barh(
                ys,
                widths,
                left=left,
                height=0.7,
                color=cat.fill,
                hatch=cat.hatch,
                edgecolor="#404040",
                linewidth=0.5,
            )
            for y, (x0, wdt) in enumerate(zip(left, widths, strict=True)):
                if wdt and wdt / total >= 0.06:
                    _text(
                        ax,
                        x0 + wdt / 2,
                        y,
                        str(wdt),
                        ha="center",
                        va="center",
                        fontsize=8,
                        fontweight="bold",
                        color=cat.ink,
                        bbox={"boxstyle": "round,pad=0.12", "facecolor": cat.fill, "lw": 0},
                    )
            left = [a + b for a, b in zip(left, widths, strict=True)]
        ax.set_title(panel.title, fontsize=10, color=_INK, fontweight="bold")
        ax.set_xlim(0, total)
        ax.set_xticks(range(0, total + 1, max(1, total // 5 or 1)))
        ax.tick_params(axis="x", labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[0][0].set_yticks(range(len(labels)))
    axes[0][0].set_yticklabels([_short(lb, 30, 2) for lb in labels], fontsize=8)
    axes[0][0].invert_yaxis()  # the first bar at the top (the axes share it: once)
    handles = [
        plt.Rectangle((0, 0), 1, 1, facecolor=c.fill, hatch=c.hatch, edgecolor="#404040", lw=0.5)
        for c in categories
    ]
    fig.legend(
        handles,
        [c.label for c in categories],
        loc="lower center",
        ncol=min(len(categories), 4),
        fontsize=8,
        frameon=False,
    )
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    data = _png(fig)
    plt.close(fig)
    return data
