"""Coming, online or not coming: the answer buttons (under an event's details in /schedule, and
under the RSVP ask), the capacity and its waiting list. When a seat frees up, the first on the
list is offered it for ``SEAT_OFFER_HOURS`` (``fill_seats``); an offer that runs out lapses and
the seat goes to the next (the ``seat-offers`` planner)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import Context
from bot.core.feature import PlanContext, Planner
from bot.core.messages import Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import Router
from bot.core.settings import Settings
from handlers.eventday.buttons import Answer, Rsvp, ShowTicket
from handlers.eventday.common import (
    event_name,
    event_time,
    holds_seat,
    repo,
    rsvp_closes,
    rsvp_open,
)
from storage.eventday import EventRsvp, RsvpState
from storage.models import Event
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()

OFFER_RENDERER = "eventday-seat-offer"
LAPSED_RENDERER = "eventday-seat-lapsed"
CATEGORY = "rsvp"
"""The outbox category of RSVP asks, seat offers and their lapse notices."""

CHOSEN = {
    Answer.COMING: (RsvpState.COMING,),
    Answer.ONLINE: (RsvpState.ONLINE,),
    Answer.NO: (RsvpState.DECLINED, RsvpState.LAPSED),
}


def answer_buttons(event: Event, state: str | None, now: datetime) -> list[Button]:
    """Coming / Not coming / Online (with a mark on the current answer) while the RSVP is
    open; then only Not coming, for those holding a seat; Ticket for those coming."""
    if not event.rsvp or now >= event.starts_at:
        return []
    answers = [Answer.COMING, Answer.NO] + ([Answer.ONLINE] if event.online else [])
    if not rsvp_open(event, now):
        answers = [Answer.NO] if holds_seat(state) or state == RsvpState.ONLINE else []
    buttons = [
        Button(
            Msg(
                f"eventday-button-{answer}",
                {"chosen": "yes" if state in CHOSEN[answer] else "no"},
            ),
            Rsvp(event.id, answer).pack(),
        )
        for answer in answers
    ]
    if state == RsvpState.COMING:
        buttons.append(Button(Msg("eventday-button-ticket"), ShowTicket(event.id).pack()))
    return buttons


async def buttons_for(
    uow: UnitOfWork, event: Event, participant_id: int, now: datetime
) -> list[Button]:
    row = await repo(uow).rsvp(event.id, participant_id) if event.rsvp else None
    return answer_buttons(event, row.state if row else None, now)


def offer_hours(settings: Settings) -> timedelta:
    return timedelta(hours=settings.seat_offer_hours)


async def fill_seats(uow: UnitOfWork, event: Event, now: datetime, settings: Settings) -> int:
    """Offer every free seat to the next on the waiting list; returns the offers made. An offer
    runs ``SEAT_OFFER_HOURS``, and never past the event's start."""
    if event.capacity is None or now >= event.starts_at:
        return 0
    days = repo(uow)
    free = event.capacity - await days.seats_taken(event.id)
    made = 0
    while free > 0:
        row = await days.next_waiting(event.id)
        if row is None:
            break
        until = min(now + offer_hours(settings), event.starts_at)
        await days.answer(event.id, row.participant_id, RsvpState.OFFERED, now, until)
        await uow.outbox.enqueue(offer_delivery(event, row.participant_id, now, until), now)
        free, made = free - 1, made + 1
    return made


def offer_delivery(
    event: Event, participant_id: int, now: datetime, until: datetime
) -> NewDelivery:
    stamp = int(until.timestamp())
    return NewDelivery(
        key=f"{event.program_id}:seat:{event.key}:p{participant_id}:{stamp}",
        participant_id=participant_id,
        due_at=now,
        purpose="event_update",
        category=CATEGORY,
        renderer=OFFER_RENDERER,
        params={"event": event.id, "until": until.isoformat()},
        group_key=f"{event.program_id}:seat:{event.key}",
        expires_at=until,
    )


def lapsed_delivery(event: Event, participant_id: int, at: datetime) -> NewDelivery:
    stamp = int(at.timestamp())
    return NewDelivery(
        key=f"{event.program_id}:seatlapsed:{event.key}:p{participant_id}:{stamp}",
        participant_id=participant_id,
        due_at=at,
        purpose="event_update",
        category=CATEGORY,
        renderer=LAPSED_RENDERER,
        params={"event": event.id},
        group_key=f"{event.program_id}:seat:{event.key}",
        expires_at=event.starts_at,
    )


@router.button(Rsvp)
async def answered(ctx: Context, pressed: Rsvp) -> None:
    days = repo(ctx.uow)
    event = await days.lock_event(pressed.event)
    if (
        event is None
        or not event.rsvp
        or event.program_id != ctx.participant.program_id
        or (pressed.answer == Answer.ONLINE and not event.online)
    ):
        await ctx.router.flows.stale(ctx)
        return
    now, name = ctx.now(), event_name(event, ctx.locale)
    if now >= event.starts_at:
        ctx.reply("eventday-rsvp-over", name=name)
        return
    row = await days.rsvp(event.id, ctx.participant.id)
    before = row.state if row else None
    if row is not None and _ran_out(row, now) and pressed.answer != Answer.NO:
        await days.answer(event.id, ctx.participant.id, RsvpState.LAPSED, now)
        ctx.reply("eventday-offer-ran-out", name=name)
        await fill_seats(ctx.uow, event, now, ctx.settings)
        return
    if pressed.answer == Answer.NO:
        after = RsvpState.DECLINED
        await days.answer(event.id, ctx.participant.id, after, now)
        ctx.reply("eventday-rsvp-declined", name=name)
    elif not rsvp_open(event, now) and before != RsvpState.OFFERED:
        ctx.reply("eventday-rsvp-closed", name=name, closes=event_time(event, rsvp_closes(event)))
        return
    elif pressed.answer == Answer.ONLINE:
        after = RsvpState.ONLINE
        await days.answer(event.id, ctx.participant.id, after, now)
        ctx.reply("eventday-rsvp-online", name=name, starts=event_time(event, event.starts_at))
    else:
        after = await _coming(ctx, event, before)
    if holds_seat(before) and not holds_seat(after):
        await fill_seats(ctx.uow, event, now, ctx.settings)


def _ran_out(row: EventRsvp, now: datetime) -> bool:
    """An offer whose time is over, before the planner has lapsed it."""
    until = row.offer_expires_at
    return row.state == RsvpState.OFFERED and until is not None and until <= now


async def _coming(ctx: Context, event: Event, state: str | None) -> RsvpState:
    """A seat when one is free (or already held); else the end of the waiting list."""
    days, now, name = repo(ctx.uow), ctx.now(), event_name(event, ctx.locale)
    free = (
        holds_seat(state)
        or event.capacity is None
        or await days.seats_taken(event.id) < event.capacity
    )
    if free:
        await days.answer(event.id, ctx.participant.id, RsvpState.COMING, now)
        ctx.reply(
            "eventday-rsvp-coming",
            buttons=[Button(Msg("eventday-button-ticket"), ShowTicket(event.id).pack())],
            name=name,
            starts=event_time(event, event.starts_at),
        )
        return RsvpState.COMING
    waiting = await days.answer(event.id, ctx.participant.id, RsvpState.WAITING, now)
    ctx.reply(
        "eventday-rsvp-waiting",
        name=name,
        place=await days.place_on_list(waiting),
        hours=offer_hours(ctx.settings),
    )
    return RsvpState.WAITING


async def _event_and_state(ctx: RenderContext) -> tuple[Event, EventRsvp] | None:
    days = repo(ctx.uow)
    event = await days.event(int(ctx.params["event"]))
    row = await days.rsvp(event.id, ctx.participant.id) if event is not None else None
    if event is None or row is None or ctx.now >= event.starts_at:
        return None
    return event, row


@renderers.register(OFFER_RENDERER)
async def seat_offer(ctx: RenderContext) -> Reply | None:
    """Nothing once the person answered otherwise or the offer was replaced."""
    found = await _event_and_state(ctx)
    if found is None:
        return None
    event, row = found
    until = datetime.fromisoformat(ctx.params["until"])
    offered = row.state == RsvpState.OFFERED and row.offer_expires_at == until
    # A rehearsal shows the offer that would follow a lapse to someone still waiting now.
    foreseen = bool(ctx.params.get("foreseen")) and row.state == RsvpState.WAITING
    if not (offered or foreseen):
        return None
    return Reply(
        Msg(
            "eventday-seat-offer",
            {
                "name": event_name(event, ctx.locale),
                "starts": event_time(event, event.starts_at),
                "until": event_time(event, until),
            },
        ),
        [
            Button(Msg("eventday-button-take-seat"), Rsvp(event.id, Answer.COMING).pack()),
            Button(Msg("eventday-button-refuse-seat"), Rsvp(event.id, Answer.NO).pack()),
        ],
    )


@renderers.register(LAPSED_RENDERER)
async def seat_lapsed(ctx: RenderContext) -> Reply | None:
    found = await _event_and_state(ctx)
    if found is None or not (found[1].state == RsvpState.LAPSED or _ran_out(found[1], ctx.now)):
        return None
    event = found[0]
    again = (
        [Button(Msg("eventday-button-rejoin"), Rsvp(event.id, Answer.COMING).pack())]
        if rsvp_open(event, ctx.now)
        else []
    )
    return Reply(Msg("eventday-seat-lapsed", {"name": event_name(event, ctx.locale)}), again)


async def expire_offers(uow: UnitOfWork, now: datetime, settings: Settings) -> int:
    """Lapse the offers whose time ran out (each told so) and offer their seats, and any seat
    freed otherwise (a capacity raised in the program file), to the next on the list."""
    days = repo(uow)
    added = 0
    touched: dict[int, Event] = {}
    for row in await days.offers_due(now):
        event = touched.get(row.event_id) or await days.lock_event(row.event_id)
        if event is None:
            continue
        touched[event.id] = event
        at = row.offer_expires_at or now
        await days.answer(event.id, row.participant_id, RsvpState.LAPSED, now)
        added += int(await uow.outbox.enqueue(lapsed_delivery(event, row.participant_id, at), now))
    for summary in await uow.programs.all():
        program = await uow.programs.get(summary.id)
        for event in program.events if program else []:
            if event.rsvp and event.capacity is not None and now < event.starts_at:
                added += await fill_seats(uow, touched.get(event.id) or event, now, settings)
    return added


async def _plan(ctx: PlanContext) -> int:
    return await expire_offers(ctx.uow, ctx.now, ctx.settings)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    """The lapse notices and the offers that follow them in ``[start, end)``, as the planner
    would make them if nobody answered meanwhile."""
    days, planned = repo(ctx.uow), []
    hours = offer_hours(ctx.settings)
    for summary in await ctx.uow.programs.all():
        program = await ctx.uow.programs.get(summary.id)
        for event in program.events if program else []:
            if not event.rsvp or event.capacity is None:
                continue
            offers = [
                (row.offer_expires_at, row.participant_id)
                for row in await days.waiting_list(event.id)
                if row.state == RsvpState.OFFERED and row.offer_expires_at is not None
            ]
            queue = [
                row.participant_id
                for row in await days.waiting_list(event.id)
                if row.state == RsvpState.WAITING
            ]
            while offers:
                offers.sort()
                at, person = offers.pop(0)
                if at >= end or at >= event.starts_at:
                    continue
                if at >= start:
                    planned.append(lapsed_delivery(event, person, at))
                if queue:
                    following = queue.pop(0)
                    until = min(at + hours, event.starts_at)
                    if at >= start:
                        foreseen = offer_delivery(event, following, at, until)
                        foreseen.params["foreseen"] = True
                        planned.append(foreseen)
                    offers.append((until, following))
    return planned


PLANNER = Planner("seat-offers", _plan, _rehearse)
