"""What event day keeps about a person, for /privacy and /delete_me: their answers (RSVPs),
check-in codes, check-ins and feedback. Deleting them gives a held seat to the waiting list."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Msg
from bot.core.router import PersonalData, Router
from handlers.eventday.common import event_name, event_time, holds_seat, repo, state_label
from handlers.eventday.rsvp import fill_seats

router = Router()

TABLES = ("event_rsvps", "event_tickets", "event_checkins", "event_feedback")


async def describe(ctx: Context) -> list[Msg]:
    days = repo(ctx.uow)
    lines = []
    for row in await days.rsvps_of(ctx.participant.id):
        event = await days.event(row.event_id)
        if event is None:
            continue
        name = event_name(event, ctx.locale)
        lines.append(Msg("eventday-privacy-rsvp", {"name": name, "state": state_label(row.state)}))
        done = await days.checkin(event.id, ctx.participant.id)
        if done is not None:
            at = event_time(event, done.checked_in_at)
            lines.append(Msg("eventday-privacy-checkin", {"name": name, "at": at}))
        rated = await days.feedback(event.id, ctx.participant.id)
        if rated is not None:
            lines.append(Msg("eventday-privacy-feedback", {"name": name, "rating": rated.rating}))
    return lines


async def erase(ctx: Context) -> None:
    days, now = repo(ctx.uow), ctx.now()
    freed = [
        row.event_id for row in await days.rsvps_of(ctx.participant.id) if holds_seat(row.state)
    ]
    await days.forget(ctx.participant.id)
    for event_id in freed:
        event = await days.lock_event(event_id)
        if event is not None:
            await fill_seats(ctx.uow, event, now, ctx.settings)


router.keeps_personal_data(PersonalData("eventday", TABLES, describe, erase))
