"""The chart port: pictures of numbers over periods, drawn outside the core (``bot/charts.py``
with matplotlib). A feature describes panels as plain data; the painter returns a PNG."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass(frozen=True)
class Panel:
    """One small chart: ``periods`` along the bottom, one series per team. ``stacked`` bars
    show the teams adding up to the program's total; ``lines`` suit a percent."""

    title: str
    periods: Sequence[str]
    series: Sequence[tuple[str, Sequence[float]]]
    style: Literal["stacked", "lines"] = "stacked"


class ChartPainter(Protocol):
    def png(self, panels: Sequence[Panel], title: str = "") -> bytes:
        """The panels side by side (three a row) as one PNG image."""
        ...
