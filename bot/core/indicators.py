"""Program-level indicators: figures another feature keeps in its own tables (attendance at
events, introductions) that the progress KPI report shows next to what the teams report.

A feature declares ``Feature(indicators=...)``: a function answering, at read time and from
its own tables, the program's groups of named values. The composition hands every feature's
function to the handlers as ``Services.indicators``; ``/kpis``, the dashboard's Progress page
and the KPI workbook and CSV show whatever is there, so progress imports no other feature.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.messages import Msg
from storage.uow import UnitOfWork

IndicatorValue = int | float | None
"""A count, or an average (``None``: nothing to average yet)."""


@dataclass(frozen=True)
class Indicator:
    key: str
    """Stable and ASCII, the CSV's ``indicator`` column (``eventday.demo.checked_in``)."""
    name: Msg
    value: IndicatorValue


@dataclass(frozen=True)
class IndicatorGroup:
    """Indicators under one heading (one event, the introductions)."""

    title: Msg
    indicators: tuple[Indicator, ...]


ProgramIndicators = Callable[[UnitOfWork, str, datetime, str], Awaitable[Sequence[IndicatorGroup]]]
"""``(uow, program id, now, locale)`` → the program's groups; none when the feature has nothing
to count in the program (no RSVP event, no introduction), so no empty heading is shown."""


async def program_indicators(
    sources: Sequence[ProgramIndicators],
    uow: UnitOfWork,
    program_id: str,
    now: datetime,
    locale: str,
) -> list[IndicatorGroup]:
    """Every source's non-empty groups, in the order the features are declared."""
    groups: list[IndicatorGroup] = []
    for source in sources:
        groups.extend(g for g in await source(uow, program_id, now, locale) if g.indicators)
    return groups
