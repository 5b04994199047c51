"""The baseline of the lägesbild benchmark: a bare matplotlib script drawing the same charts.

:func:`draw_charts` takes, per chart, the x labels and the lines (a label and the values,
``None`` for a gap) and draws each as a line chart the plainest way matplotlib allows,
with the same elements kbfa's charts have: a figure of the same size, three lines with
markers, at most ten x labels and five y ticks, a y label, a light grid, a legend
beside the axes, PNG at 200 dpi. The ratio
of ``kbfa lagesbild``'s time to this one is what reading the statistics, the tables,
the wording and the Word document cost over drawing the pictures.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

__all__ = ["ChartData", "draw_charts"]

#: (x labels, [(line label, values)], y label) of one chart.
ChartData = tuple[Sequence[str], Sequence[tuple[str, Sequence[float | None]]], str]


def draw_charts(charts: Sequence[ChartData]) -> list[bytes]:
    """Each chart as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    out = []
    for periods, lines, unit in charts:
        fig = plt.figure(figsize=(6.3, 2.9))
        ax = fig.add_axes((0.1, 0.2, 0.62, 0.74))
        x = list(range(len(periods)))
        for (label, values), marker in zip(lines, "os^", strict=False):
            ax.plot(
                x,
                [v if v is not None else float("nan") for v in values],
                marker=marker,
                label=label,
            )
        step = max(1, (len(x) + 9) // 10)
        ax.set_xticks(x[::step])
        ax.set_xticklabels(periods[::step], fontsize=8)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
        ax.set_ylabel(unit, fontsize=8)
        ax.grid(axis="y")
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=200)
        plt.close(fig)
        out.append(buffer.getvalue())
    return out
