"""What the schedule feature asks event day, kept to three calls: the answer buttons under an
event's details and under its reminders, and whether an event reminder or morning agenda goes
to a person (organizers choose everyone following the program, or only those coming). This
module imports nothing of ``handlers.schedule``, which imports it.

For an RSVP event: those coming (on site, online, or offered a seat) always get the reminders;
those who said they do not come, or let an offered seat lapse, do not; the others (no answer
yet, on the waiting list) only while the reminders go to everyone. A reminder to someone who
has not answered carries the answer buttons: the 24 h reminder is the RSVP ask. When the
reminders go only to those coming, the ``rsvp-asks`` planner asks the others instead.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button
from bot.core.outbox import RenderContext
from handlers.eventday.common import repo, rsvp_open
from handlers.eventday.rsvp import answer_buttons, buttons_for
from storage.eventday import RemindersTo, RsvpState
from storage.models import Event


async def rsvp_buttons(ctx: Context, event: Event) -> list[Button]:
    """Coming / Not coming / Online (and the Ticket) for the event's details."""
    return await buttons_for(ctx.uow, event, ctx.participant.id, ctx.now())


async def reminder_wanted(ctx: RenderContext, event: Event) -> bool:
    if not event.rsvp:
        return True
    days = repo(ctx.uow)
    row = await days.rsvp(event.id, ctx.participant.id)
    state = row.state if row else None
    if state in (RsvpState.COMING, RsvpState.ONLINE, RsvpState.OFFERED):
        return True
    if state in (RsvpState.DECLINED, RsvpState.LAPSED):
        return False
    return await days.reminders_to(event.id) == RemindersTo.EVERYONE


async def reminder_buttons(ctx: RenderContext, event: Event) -> list[Button]:
    """The answer buttons, under a reminder to someone who has not answered while the RSVP is
    open; none otherwise."""
    if not event.rsvp or not rsvp_open(event, ctx.now):
        return []
    if await repo(ctx.uow).rsvp(event.id, ctx.participant.id) is not None:
        return []
    return answer_buttons(event, None, ctx.now)
