"""A person's ticket: their check-in code as a QR code (a PNG from the QR code port) holding
the deep link a staff member's phone camera opens (``t.me/<bot>?start=ci_<code>``, on Messenger
``m.me/<page>?ref=ci_<code>``), and the same code as short text. On request (/ticket, the
Ticket button) and in the morning of the event day (the ``morning-tickets`` planner)."""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context, Services
from bot.core.messages import Document, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import Router
from handlers.eventday.buttons import ShowTicket
from handlers.eventday.common import (
    CODE_PREFIX,
    code_text,
    event_end,
    event_name,
    event_time,
    repo,
)
from storage.eventday import RsvpState
from storage.models import Event, Participant
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()

RENDERER = "eventday-ticket"
LINK_CHANNELS = ("telegram", "messenger")
"""Where a ticket's link leads when the holder's own channel has no links (the console)."""


def ticket_link(services: Services, person: Participant, code: str) -> str | None:
    """The deep link for the holder's channel; another channel's when theirs has none."""
    payload = f"{CODE_PREFIX}_{code}"
    for channel in (person.channel, *LINK_CHANNELS):
        link = services.start_link(channel, payload)
        if link is not None:
            return link
    return None


async def ticket_reply(
    uow: UnitOfWork,
    services: Services,
    event: Event,
    person: Participant,
    locale: str,
    now: datetime,
) -> Reply:
    ticket = await repo(uow).ticket(event.id, person.id, now)
    link = ticket_link(services, person, ticket.code)
    picture = Document(
        f"ticket-{event.key}.png",
        services.qr_codes.png(link or code_text(ticket.code)),
        "image/png",
        photo=True,
    )
    return Reply(
        Msg(
            "eventday-ticket",
            {
                "name": event_name(event, locale),
                "starts": event_time(event, event.starts_at),
                "venue": str(event.venue.get(locale, "")) if event.venue else "",
                "code": code_text(ticket.code),
            },
        ),
        document=picture,
    )


async def _send_ticket(ctx: Context, event: Event) -> None:
    ctx.send(
        await ticket_reply(ctx.uow, ctx.services, event, ctx.participant, ctx.locale, ctx.now())
    )


@router.command("ticket", help_id="help-ticket")
async def ticket(ctx: Context) -> None:
    """One ticket per event the person comes to on site; or why there is none."""
    days, now = repo(ctx.uow), ctx.now()
    program = await ctx.uow.programs.get(ctx.participant.program_id or "")
    events = [e for e in program.events if e.rsvp and event_end(e) > now] if program else []
    sent = False
    others: list[Msg] = []
    for event in events:
        row = await days.rsvp(event.id, ctx.participant.id)
        if row is not None and row.state == RsvpState.COMING:
            await _send_ticket(ctx, event)
            sent = True
        elif row is not None and row.state in (
            RsvpState.WAITING,
            RsvpState.OFFERED,
            RsvpState.ONLINE,
        ):
            others.append(
                Msg(f"eventday-no-ticket-{row.state}", {"name": event_name(event, ctx.locale)})
            )
    for reason in others:
        ctx.send(Reply(reason))
    if not sent and not others:
        ctx.reply("eventday-ticket-none")


@router.button(ShowTicket)
async def show_ticket(ctx: Context, pressed: ShowTicket) -> None:
    days = repo(ctx.uow)
    event = await days.event(pressed.event)
    row = await days.rsvp(pressed.event, ctx.participant.id) if event else None
    if event is None or event_end(event) <= ctx.now():
        await ctx.router.flows.stale(ctx)
    elif row is None or row.state != RsvpState.COMING:
        ctx.reply("eventday-ticket-not-coming", name=event_name(event, ctx.locale))
    else:
        await _send_ticket(ctx, event)


@renderers.register(RENDERER)
async def morning_ticket(ctx: RenderContext) -> Reply | None:
    """The ticket on the morning of the event day, while the person is still coming."""
    days = repo(ctx.uow)
    event = await days.event(int(ctx.params["event"]))
    if event is None or event_end(event) <= ctx.now:
        return None
    row = await days.rsvp(event.id, ctx.participant.id)
    if row is None or row.state != RsvpState.COMING:
        return None
    return await ticket_reply(ctx.uow, ctx.services, event, ctx.participant, ctx.locale, ctx.now)
