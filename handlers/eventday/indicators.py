"""Event day's program-level indicators for the progress KPI report: per RSVP event of the
program, those checked in, those coming on site, the no-shows once the event is over, and the
feedback's average rating with how many rated. Read from the event-day tables at request time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core.indicators import Indicator, IndicatorGroup
from bot.core.messages import Msg
from handlers.eventday.common import event_end, event_name, repo, zone
from storage.uow import UnitOfWork


async def program_indicators(
    uow: UnitOfWork, program_id: str, now: datetime, locale: str
) -> Sequence[IndicatorGroup]:
    program = await uow.programs.get(program_id)
    if program is None:
        return []
    days = repo(uow)
    groups = []
    for event in sorted((e for e in program.events if e.rsvp), key=lambda e: (e.starts_at, e.id)):
        f = await days.event_attendance(event)
        key = f"eventday.{event.key}"
        found = [
            Indicator(f"{key}.checked_in", Msg("eventday-indicator-checked-in"), f.checked_in),
            Indicator(f"{key}.coming", Msg("eventday-indicator-coming"), f.coming),
        ]
        if now >= event_end(event):
            found.append(
                Indicator(f"{key}.no_shows", Msg("eventday-indicator-no-shows"), f.no_shows)
            )
        found += [
            Indicator(
                f"{key}.average_rating",
                Msg("eventday-indicator-average-rating"),
                round(f.average_rating, 2) if f.average_rating is not None else None,
            ),
            Indicator(f"{key}.ratings", Msg("eventday-indicator-ratings"), f.ratings),
        ]
        title = Msg(
            "eventday-indicators-title",
            {
                "name": event_name(event, locale),
                "day": event.starts_at.astimezone(zone(event)).date(),
            },
        )
        groups.append(IndicatorGroup(title, tuple(found)))
    return groups
