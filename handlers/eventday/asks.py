"""What event day plans from the timeline of each RSVP event: the RSVP ask 24 hours before it
to those who have not answered, when the event's reminders go only to those coming (while they
go to everyone, the 24 h reminder itself carries the answer buttons: ``hooks``), and the ticket
on the morning of the event day to those coming (beside the morning agenda)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.feature import PlanContext, Planner
from bot.core.messages import Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from handlers.eventday.common import (
    enqueue_missing,
    event_end,
    event_name,
    event_time,
    repo,
    rsvp_closes,
    rsvp_open,
)
from handlers.eventday.rsvp import CATEGORY, answer_buttons
from handlers.eventday.tickets import RENDERER as TICKET_RENDERER
from handlers.schedule.reminders import event_summary, time_left
from handlers.schedule.timeline import EVENT, LOOKAHEAD, MORNING, after_quiet_hours, reader_zone
from storage.eventday import RemindersTo, RsvpState
from storage.models import Event, Participant, Program
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

renderers = Renderers()

ASK_RENDERER = "eventday-rsvp-ask"
ASK_BEFORE = timedelta(hours=24)
TICKET_CATEGORY = "ticket"
TICKET_LATE = timedelta(hours=1)


def ask_due(event: Event, tz: ZoneInfo) -> datetime:
    """When the RSVP ask reaches a reader in ``tz``: 24 h before, out of their quiet hours,
    when the schedule's 24 h reminder would."""
    return after_quiet_hours(event.starts_at - ASK_BEFORE, tz, event.starts_at)


def morning_of(event: Event, tz: ZoneInfo) -> datetime:
    """08:00 of the event's first day (in its zone) on the reader's clock."""
    day = event.starts_at.astimezone(ZoneInfo(event.time_zone)).date()
    return datetime.combine(day, MORNING, tzinfo=tz)


def _ask(event: Event, person: Participant, due: datetime) -> NewDelivery:
    """To someone who gets no reminders (they go only to those coming) and has not answered."""
    return NewDelivery(
        key=f"{event.program_id}:rsvpask:{event.key}:p{person.id}",
        participant_id=person.id,
        due_at=due,
        # Not registered yet: on Messenger it waits for the window (no tag fits an ask).
        purpose="announcement",
        category=CATEGORY,
        renderer=ASK_RENDERER,
        params={"event": event.id},
        group_key=f"{event.program_id}:rsvpask:{event.key}",
        expires_at=rsvp_closes(event),
    )


def _ticket(event: Event, person: Participant, due: datetime) -> NewDelivery:
    return NewDelivery(
        key=f"{event.program_id}:ticket:{event.key}:p{person.id}",
        participant_id=person.id,
        due_at=due,
        purpose="event_update",
        category=TICKET_CATEGORY,
        renderer=TICKET_RENDERER,
        params={"event": event.id},
        group_key=f"{event.program_id}:ticket:{event.key}",
        expires_at=event_end(event),
    )


async def _rows_of(uow: UnitOfWork, program: Program, default_language: str) -> list[NewDelivery]:
    """Every ask and morning ticket of the program's RSVP events, as things stand."""
    people = await uow.participants.in_program(program.id)
    days = repo(uow)
    rows = []
    for event in program.events:
        if not event.rsvp:
            continue
        asking = await days.reminders_to(event.id) == RemindersTo.COMING
        answered = await days.answered(event.id) if asking else set()
        coming = {p.id for p in await days.people_in(event.id, (RsvpState.COMING,))}
        for person in people:
            tz = reader_zone(person, default_language)
            due = ask_due(event, tz)
            if asking and person.id not in answered and due < rsvp_closes(event):
                rows.append(_ask(event, person, due))
            if person.id in coming:
                rows.append(_ticket(event, person, morning_of(event, tz)))
    return rows


async def _planned(ctx: PlanContext) -> list[NewDelivery]:
    rows = []
    for summary in await ctx.uow.programs.all():
        program = await ctx.uow.programs.get(summary.id)
        if program is not None:
            rows += await _rows_of(ctx.uow, program, ctx.settings.default_language)
    return rows


async def _plan(ctx: PlanContext) -> int:
    """The asks and tickets due before ``now + 15 min`` that still mean something and are not
    in the outbox yet. A ticket is sent late (the bot was down, the person said Coming after
    08:00) only within ``TICKET_LATE``."""
    due = [
        row
        for row in await _planned(ctx)
        if row.due_at <= ctx.now + LOOKAHEAD
        and (row.expires_at is None or ctx.now < row.expires_at)
        and (row.renderer != TICKET_RENDERER or ctx.now < row.due_at + TICKET_LATE)
    ]
    return await enqueue_missing(ctx.uow, due, ctx.now)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return [
        row
        for row in await _planned(ctx)
        if start <= row.due_at < end and (row.expires_at is None or row.due_at < row.expires_at)
    ]


PLANNER = Planner("rsvp-asks", _plan, _rehearse)


@renderers.register(ASK_RENDERER)
async def rsvp_ask(ctx: RenderContext) -> Reply | None:
    """Nothing once the person answered, the RSVP closed or the reminders (which then ask) go
    to everyone again, nor to someone who muted event reminders."""
    days = repo(ctx.uow)
    event = await days.event(int(ctx.params["event"]))
    if event is None or not event.rsvp or not rsvp_open(event, ctx.now):
        return None
    if await days.reminders_to(event.id) != RemindersTo.COMING:
        return None
    if EVENT in await ctx.uow.mutes.of(ctx.participant.id):
        return None
    if await days.rsvp(event.id, ctx.participant.id) is not None:
        return None
    return Reply(
        Msg(
            "eventday-rsvp-ask",
            {
                **event_summary(event, ctx.locale),
                "name": event_name(event, ctx.locale),
                "starts": event_time(event, event.starts_at),
                "left": time_left(event.starts_at, ctx.now),
                "closes": event_time(event, rsvp_closes(event)),
            },
        ),
        answer_buttons(event, None, ctx.now),
    )
