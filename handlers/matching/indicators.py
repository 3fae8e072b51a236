"""Matching's program-level indicators for the progress KPI report: introductions requested,
accepted and first meetings held (``leads.introduction_counts``, at request time); nothing
while the program has no introduction request."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.indicators import Indicator, IndicatorGroup
from bot.core.messages import Msg
from handlers.matching.leads import introduction_counts
from storage.uow import UnitOfWork


async def program_indicators(
    uow: UnitOfWork, program_id: str, now: datetime, locale: str
) -> Sequence[IndicatorGroup]:
    counts = await introduction_counts(uow, program_id, now)
    if not counts.requested:
        return []
    found = (
        Indicator("matching.requested", Msg("match-indicator-requested"), counts.requested),
        Indicator("matching.accepted", Msg("match-indicator-accepted"), counts.accepted),
        Indicator(
            "matching.meetings_held", Msg("match-indicator-meetings-held"), counts.meetings_held
        ),
    )
    return [IndicatorGroup(Msg("match-indicators-title"), found)]
