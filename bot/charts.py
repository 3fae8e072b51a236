"""The chart port (``bot/core/charts.py``) drawn with matplotlib's Agg backend.

Texts in the picture (indicator and team names) may be Mongolian Cyrillic or Japanese. The
fonts come from Python packages, so a bare clone needs no system fonts: matplotlib's own
DejaVu Sans covers Cyrillic (Ө, Ү), and ``matplotlib-fontja`` ships IPAex Gothic for Japanese;
matplotlib falls back from one to the other glyph by glyph.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib_fontja  # noqa: F401  (registers IPAexGothic with matplotlib's font manager)
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.core.charts import Panel

FONTS = ["DejaVu Sans", "IPAexGothic"]
COLUMNS = 3
PANEL_SIZE = (4.0, 3.0)
"""Inches of one panel; at ``DPI`` a row of three is 1200 pixels wide."""
DPI = 100
COLOURS = (
    "#1f6feb",
    "#d9480f",
    "#2b8a3e",
    "#9c36b5",
    "#e67700",
    "#0b7285",
    "#c2255c",
    "#5c940d",
    "#364fc7",
    "#862e9c",
    "#a61e4d",
    "#087f5b",
)


class MatplotlibPainter:
    def png(self, panels: Sequence[Panel], title: str = "") -> bytes:
        with matplotlib.rc_context({"font.family": FONTS}):
            figure = self.figure(panels, title)
            out = io.BytesIO()
            figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
        return out.getvalue()

    def figure(self, panels: Sequence[Panel], title: str = "") -> Figure:
        """The panels drawn, with one legend for all of them: a series keeps its colour in
        every panel (panels order their series differently, highest first)."""
        rows = max(1, math.ceil(len(panels) / COLUMNS))
        columns = COLUMNS if len(panels) >= COLUMNS else max(1, len(panels))
        figure = Figure(figsize=(PANEL_SIZE[0] * columns, PANEL_SIZE[1] * rows + 0.6), dpi=DPI)
        names = list(dict.fromkeys(name for panel in panels for name, _ in panel.series))
        colours = {name: COLOURS[index % len(COLOURS)] for index, name in enumerate(names)}
        with matplotlib.rc_context({"font.family": FONTS}):
            for index, panel in enumerate(panels):
                _draw(figure.add_subplot(rows, columns, index + 1), panel, colours)
            if title:
                figure.suptitle(title, fontsize=13)
            drawn: dict[str, Artist] = {}
            for axes in figure.axes:
                for handle, label in zip(*axes.get_legend_handles_labels(), strict=True):
                    drawn.setdefault(label, handle)
            if drawn:
                labels = [name for name in names if name in drawn]
                figure.legend(
                    [drawn[name] for name in labels],
                    labels,
                    loc="lower center",
                    ncol=min(6, len(labels)),
                    fontsize=8,
                    frameon=False,
                )
            figure.tight_layout(rect=(0, 0.06, 1, 0.95 if title else 1))
        return figure


def _draw(axes: object, panel: Panel, colours: dict[str, str]) -> None:
    from matplotlib.axes import Axes

    assert isinstance(axes, Axes)
    positions = list(range(len(panel.periods)))
    bottom = [0.0] * len(positions)
    for name, values in panel.series:
        colour = colours[name]
        if panel.style == "lines":
            axes.plot(positions, list(values), marker="o", color=colour, label=name)
        else:
            axes.bar(positions, list(values), bottom=bottom, color=colour, label=name, width=0.7)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axes.set_title(panel.title, fontsize=10)
    axes.set_xticks(positions, [p[2:] for p in panel.periods], fontsize=7, rotation=30)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axes.tick_params(axis="y", labelsize=7)
    highest = max([*bottom, *(v for _, values in panel.series for v in values)], default=0)
    axes.set_ylim(0, highest * 1.15 if highest > 0 else 1)
    axes.grid(axis="y", alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
