"""Staff check-in: a check-in link opened by a staff member's phone camera (``/start
ci_<code>``), or ``/checkin CODE`` typed, shows the person's card with one Check in button; a
second scan says when and by whom they were checked in. ``/checkin`` alone finds a walk-in by
name. The attendee is welcomed with the day's agenda in their language.

Every step checks on the server: the role (staff, or organizer), the event's program (the
staff member's own) and its check-in window (from 6 hours before the start to the end).
"""

from __future__ import annotations

from datetime import date

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Button, ClockLabel, Msg, Reply, Text, Verbatim
from bot.core.refusal import permitted, refuse
from bot.core.router import Router
from handlers.eventday.buttons import CheckIn
from handlers.eventday.common import (
    CODE_PREFIX,
    STAFF_ROLES,
    checkin_opens,
    event_end,
    event_name,
    event_time,
    parse_code,
    repo,
    rsvp_events,
    state_label,
    zone,
)
from handlers.schedule.reminders import agenda_lines
from storage.eventday import Card, CheckInMethod, EventCheckIn
from storage.models import Event, Participant

router = Router()

SEARCH_LIMIT = 8
"""Names offered for one search: more would not fit a phone screen as buttons."""
MIN_SEARCH = 2


def _name(person: Participant | None) -> Text:
    if person is None or not person.display_name:
        return Msg("eventday-unnamed")
    return Verbatim(person.display_name)


@router.deep_link(CODE_PREFIX)
async def code_link(ctx: Context) -> None:
    """A check-in link: the card for staff; the holder is told to show it at the desk."""
    code = parse_code(ctx.message.command_arg)
    if permitted(ctx, STAFF_ROLES):
        await open_code(ctx, code)
        return
    ticket = await repo(ctx.uow).ticket_by_code(code) if code else None
    if ticket is not None and ticket.participant_id == ctx.participant.id:
        ctx.reply("eventday-own-ticket")
    else:
        refuse(ctx, STAFF_ROLES)


@router.command("checkin", help_id="help-checkin", roles=STAFF_ROLES)
async def checkin(ctx: Context) -> None:
    text = ctx.message.command_arg.strip()
    if text:
        await open_code(ctx, parse_code(text))
        return
    now = ctx.now()
    open_events = [
        e
        for e in await rsvp_events(ctx.uow, ctx.participant.program_id)
        if checkin_opens(e) <= now < event_end(e)
    ]
    if not open_events:
        ctx.reply("eventday-checkin-none-open")
        return
    data = {"event": open_events[0].id} if len(open_events) == 1 else {}
    await ctx.router.flows.start(ctx, WALK_IN, data, None if len(open_events) > 1 else "name")


async def open_code(ctx: Context, code: str | None) -> None:
    """The card of the code's holder, if staff may check them in here and now."""
    card = await repo(ctx.uow).card(code) if code else None
    if card is None:
        ctx.reply("eventday-code-unknown")
    elif await _may_check_in(ctx, card.event):
        await show_card(ctx, card, walkin=False)


async def _may_check_in(ctx: Context, event: Event) -> bool:
    """The event is of the staff member's program and its check-in is open; else says why."""
    now, name = ctx.now(), event_name(event, ctx.locale)
    if event.program_id != ctx.participant.program_id:
        program = await ctx.uow.programs.get(event.program_id)
        other = str(program.names.get(ctx.locale, program.id)) if program else event.program_id
        ctx.reply("eventday-code-other-program", name=name, program=other)
        return False
    if now < checkin_opens(event):
        ctx.reply(
            "eventday-checkin-not-yet",
            name=name,
            starts=event_time(event, event.starts_at),
            opens=event_time(event, checkin_opens(event)),
        )
        return False
    if now >= event_end(event):
        ctx.reply("eventday-checkin-over", name=name, starts=event_time(event, event.starts_at))
        return False
    return True


async def _already(
    ctx: Context, event: Event, person: Participant, done: EventCheckIn | None
) -> bool:
    """Says when and by whom the person was checked in, if they were (``done``)."""
    if done is None:
        return False
    by = await ctx.uow.participants.get(done.checked_in_by) if done.checked_in_by else None
    ctx.reply(
        "eventday-already-checked-in",
        person=_name(person),
        at=event_time(event, done.checked_in_at, "time"),
        by=_name(by),
    )
    return True


async def show_card(ctx: Context, card: Card, walkin: bool) -> None:
    """Name, team and RSVP of the person, with the Check in button (or who already did)."""
    event, person = card.event, card.person
    if await _already(ctx, event, person, card.checkin):
        return
    team = await ctx.uow.teams.name_of_team(person.id, event.program_id)
    ctx.reply(
        "eventday-card",
        buttons=[
            Button(Msg("eventday-button-check-in"), CheckIn(event.id, person.id, walkin).pack())
        ],
        person=_name(person),
        team=Verbatim(team) if team else Msg("eventday-none"),
        state=state_label(card.rsvp.state if card.rsvp else None),
        name=event_name(event, ctx.locale),
    )


@router.button(CheckIn, roles=STAFF_ROLES)
async def check_in(ctx: Context, pressed: CheckIn) -> None:
    days = repo(ctx.uow)
    event = await days.event(pressed.event)
    found = await days.attendee(pressed.event, pressed.person)
    if event is None or found is None or not event.rsvp:
        await ctx.router.flows.stale(ctx)
        return
    person, ticketed = found
    if not await _may_check_in(ctx, event):
        return
    known = person.program_id == event.program_id if pressed.walkin else ticketed
    if not known:
        await ctx.router.flows.stale(ctx)
        return
    method = CheckInMethod.WALK_IN if pressed.walkin else CheckInMethod.TICKET
    if not await days.check_in(event.id, person.id, ctx.participant.id, method, ctx.now()):
        await _already(ctx, event, person, await days.checkin(event.id, person.id))
        return
    here, coming = await days.arrivals(event.id)
    ctx.reply("eventday-checked-in", person=_name(person), here=here, coming=coming)
    ctx.notify(person, welcome(event, person, ctx.settings.default_language), "event_update")


def welcome(event: Event, person: Participant, default_language: str) -> Reply:
    """The attendee's welcome, with the agenda of the day in their language."""
    locale = person.language or default_language
    day: date = event.starts_at.astimezone(zone(event)).date()
    lines = agenda_lines(event, locale, day)
    name = event_name(event, locale)
    if not lines:
        return Reply(Msg("eventday-welcome-no-agenda", {"name": name}))
    return Reply(Msg("eventday-welcome", {"name": name, "agenda": lines, "clock": ClockLabel()}))


# ---- walk-ins: a person found by name ------------------------------------------------------


async def _ask_event(ctx: Context) -> Prompt:
    now = ctx.now()
    events = [
        e
        for e in await rsvp_events(ctx.uow, ctx.participant.program_id)
        if checkin_opens(e) <= now < event_end(e)
    ]
    return Prompt(
        Msg("eventday-walkin-which-event"),
        [(Verbatim(event_name(e, ctx.locale)), str(e.id)) for e in events],
    )


async def _chose_event(ctx: Context, value: str) -> str:
    if not value.isdigit():
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["event"] = int(value)
    return "name"


async def _ask_name(ctx: Context) -> Prompt:
    return Prompt(Msg("eventday-walkin-ask"))


async def _event(ctx: Context) -> Event | None:
    event = await repo(ctx.uow).event(int(flow_data(ctx).get("event", 0)))
    if event is None or not await _may_check_in(ctx, event):
        return None
    return event


async def _typed_name(ctx: Context, text: str) -> str:
    code = parse_code(text)
    card = await repo(ctx.uow).card(code) if code is not None else None
    if card is not None:
        if await _may_check_in(ctx, card.event):
            await show_card(ctx, card, walkin=False)
        return DONE
    event = await _event(ctx)
    if event is None:
        return DONE
    words = " ".join(text.split())
    if len(words) < MIN_SEARCH:
        ctx.reply("eventday-walkin-short", least=MIN_SEARCH)
        return STAY
    found = await repo(ctx.uow).find_people(event.program_id, words, SEARCH_LIMIT)
    if not found:
        ctx.reply("eventday-walkin-none", text=Verbatim(words))
        return STAY
    flow_data(ctx)["found"] = [person.id for person in found]
    return "pick"


async def _ask_pick(ctx: Context) -> Prompt:
    people = await ctx.uow.participants.many(flow_data(ctx).get("found", []))
    choices: list[tuple[Text, str]] = []
    for person in sorted(people, key=lambda p: (p.display_name or "", p.id)):
        team = await ctx.uow.teams.team_of(person.id, person.program_id or "")
        label = Msg(
            "eventday-walkin-person",
            {
                "person": _name(person),
                "team": Verbatim(team.name) if team else Msg("eventday-no-team"),
            },
        )
        choices.append((label, str(person.id)))
    return Prompt(Msg("eventday-walkin-pick"), choices)


async def _picked(ctx: Context, value: str) -> str:
    found = flow_data(ctx).get("found", [])
    if not value.isdigit() or int(value) not in found:
        await ctx.router.flows.stale(ctx)
        return STAY
    event = await _event(ctx)
    days = repo(ctx.uow)
    card = await days.card_of(event, int(value)) if event is not None else None
    if event is not None and card is not None:
        walkin = not await days.has_ticket(event.id, card.person.id)
        await show_card(ctx, card, walkin)
    return DONE


WALK_IN = router.add_flow(
    Flow(
        "walkin",
        [
            Step("event", _ask_event, on_choice=_chose_event),
            Step("name", _ask_name, on_text=_typed_name),
            Step("pick", _ask_pick, on_choice=_picked),
        ],
        roles=STAFF_ROLES,
    )
)
