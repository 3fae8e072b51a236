"""/schedule, /deadlines and calendar files of the person's program."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.calendar import CalendarEntry
from bot.core.context import Context
from bot.core.messages import Button, ClockLabel, Document, LocalTime, Msg, Reply
from bot.core.router import Router
from handlers.decks.stages import ACCEPT_LATE
from handlers.eventday.hooks import rsvp_buttons
from handlers.schedule.buttons import CalendarFile, PastEvents, ShowEvent
from handlers.schedule.reminders import agenda_lines, event_summary, time_left
from storage.models import Event, Program

router = Router()

ICS_MIME = "text/calendar"


async def _program(ctx: Context) -> Program | None:
    if ctx.participant.program_id is None:
        ctx.reply("schedule-no-program")
        return None
    program = await ctx.uow.programs.get(ctx.participant.program_id)
    if program is None:
        ctx.reply("schedule-no-program")
    return program


def _when(event: Event, short: bool = False) -> LocalTime:
    """An all-day event is on its own date (in its zone), whatever the reader's zone; a timed
    one says whose clock it is on when the reader's is not the event's."""
    if event.all_day:
        day = event.starts_at.astimezone(_zone(event)).date()
        return LocalTime(day, "short-date" if short else "date")
    if short:
        return LocalTime(event.starts_at, "short")
    return LocalTime(event.starts_at, place=event.time_zone)


def _span(event: Event) -> Msg:
    if event.ends_at is None or event.all_day:
        return Msg("schedule-when", {"starts": _when(event)})
    return Msg(
        "schedule-when-range",
        {
            "starts": LocalTime(event.starts_at),
            "ends": LocalTime(event.ends_at, "time", place=event.time_zone),
        },
    )


def _line(event: Event, locale: str) -> Msg:
    return Msg("schedule-event-line", {**event_summary(event, locale), "starts": _when(event)})


@router.command("schedule", help_id="help-schedule")
async def schedule(ctx: Context) -> None:
    program = await _program(ctx)
    if program is None:
        return
    now = ctx.now()
    upcoming = [e for e in program.events if (e.ends_at or e.starts_at) > now]
    buttons = [
        Button(
            Msg("schedule-button-event", {"starts": _when(e, short=True)}), ShowEvent(e.id).pack()
        )
        for e in upcoming
    ]
    buttons += [
        Button(Msg("schedule-button-past"), PastEvents().pack()),
        Button(Msg("schedule-button-calendar"), CalendarFile(None).pack()),
    ]
    program_name = program.names.get(ctx.locale, program.id)
    if not upcoming:
        ctx.reply("schedule-none-upcoming", buttons=buttons, program=program_name)
        return
    lines = [_line(e, ctx.locale) for e in upcoming]
    ctx.reply("schedule-upcoming", buttons=buttons, program=program_name, events=lines)


@router.button(PastEvents)
async def past_events(ctx: Context, pressed: PastEvents) -> None:
    program = await _program(ctx)
    if program is None:
        return
    past = [e for e in program.events if (e.ends_at or e.starts_at) <= ctx.now()]
    if not past:
        ctx.reply("schedule-none-past")
    else:
        ctx.reply("schedule-past", events=[_line(e, ctx.locale) for e in reversed(past)])


@router.button(ShowEvent)
async def event_details(ctx: Context, pressed: ShowEvent) -> None:
    program = await _program(ctx)
    if program is None:
        return
    event = next((e for e in program.events if e.id == pressed.event), None)
    if event is None:
        await ctx.router.flows.stale(ctx)
        return
    lines = agenda_lines(event, ctx.locale)
    args = {**event_summary(event, ctx.locale), "when": _span(event)}
    buttons = await rsvp_buttons(ctx, event)
    buttons.append(Button(Msg("schedule-button-event-calendar"), CalendarFile(event.id).pack()))
    if lines:
        args["agenda"], args["clock"] = lines, ClockLabel()
    ctx.send(Reply(Msg("schedule-event-agenda" if lines else "schedule-event", args), buttons))


def calendar_entry(event: Event, locale: str, reader: ZoneInfo) -> CalendarEntry:
    """The event as a calendar file holds it: its own zone for the times calendars show, and
    the agenda in the description on the reader's clock, as the chat shows it (with the
    clock's offset first when it is not the event's)."""
    lines = [
        f"{item.starts_at.astimezone(reader).strftime('%H:%M')} {item.titles.get(locale, '')}"
        for item in event.agenda
    ]
    if lines and _offset(reader, event.starts_at) != _offset(_zone(event), event.starts_at):
        lines.insert(0, _offset(reader, event.starts_at))
    return CalendarEntry(
        uid=f"{event.program_id}-{event.key}@mics-bot",
        title=event.names.get(locale, event.key),
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        time_zone=event.time_zone,
        all_day=event.all_day,
        location=event.venue.get(locale, "") if event.venue else "",
        description="\n".join(lines),
    )


def _zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.time_zone)


def _offset(tz: ZoneInfo, at: datetime) -> str:
    """``UTC+9``, ``UTC+5:30``: a zone's offset at ``at``, the same in every language."""
    offset = at.astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


@router.button(CalendarFile)
async def calendar_file(ctx: Context, pressed: CalendarFile) -> None:
    program = await _program(ctx)
    if program is None:
        return
    if pressed.event is None:
        events, file_name = list(program.events), f"{program.id}.ics"
    else:
        events = [e for e in program.events if e.id == pressed.event]
        file_name = f"{program.id}-{events[0].key}.ics" if events else ""
    if not events:
        await ctx.router.flows.stale(ctx)
        return
    name = program.names.get(ctx.locale, program.id)
    content = ctx.services.calendar.write(
        name, [calendar_entry(e, ctx.locale, ctx.tz) for e in events], ctx.now()
    )
    ctx.reply(
        "schedule-calendar-file",
        document=Document(file_name, content, ICS_MIME),
        count=len(events),
    )


@router.command("deadlines", help_id="help-deadlines")
async def deadlines(ctx: Context) -> None:
    """The deadlines ahead: the person's team's own (with its extensions); after a deadline,
    a stage that still takes late versions while the team has not handed it in."""
    program = await _program(ctx)
    if program is None:
        return
    now = ctx.now()
    team = await ctx.uow.teams.team_of(ctx.participant.id, program.id)
    known = await ctx.uow.submissions.deadlines(program.id)
    lines = []
    for stage in program.stages:
        deadline = known.of(team.id, stage) if team is not None else stage.deadline_at
        name = stage.names.get(ctx.locale, stage.key)
        if deadline > now:
            left = time_left(deadline, now)
            shown = LocalTime(deadline, place=program.time_zone)
            lines.append(Msg("deadline-line", {"stage": name, "deadline": shown, "left": left}))
        elif (
            team is not None
            and stage.late_policy == ACCEPT_LATE
            and stage.opens_at <= now
            and not await ctx.uow.submissions.has_submitted(team.id, stage.id)
        ):
            shown = LocalTime(deadline, place=program.time_zone)
            lines.append(Msg("deadline-line-late", {"stage": name, "deadline": shown}))
    if not lines:
        ctx.reply("deadline-none")
        return
    ctx.reply("deadline-list", deadlines=lines)


router.menu_item("menu-schedule", "schedule")
router.menu_item("menu-deadlines", "deadlines")
