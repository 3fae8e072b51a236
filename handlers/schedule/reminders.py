"""Reminders: what the timeline's outbox rows say at send time, and /reminders to mute them."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Context
from bot.core.messages import ArgValue, Button, ClockLabel, LanguageNames, LocalTime, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import PersonalData, Router, RunCommand
from handlers.eventday.hooks import reminder_buttons, reminder_wanted
from handlers.schedule.buttons import MuteCategory, ShowEvent
from handlers.schedule.timeline import (
    AGENDA_RENDERER,
    CATEGORIES,
    DEADLINE_RENDERER,
    EVENT_RENDERER,
)
from storage.models import Event, ReminderMute, Stage
from storage.personal import PersonalRows
from storage.selection import SelectionRepository
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()


def time_left(until: datetime, now: datetime) -> timedelta:
    """Rounded up to the minute: a reminder sent seconds after it fell due still says "1 day"."""
    return timedelta(minutes=math.ceil((until - now).total_seconds() / 60))


async def _stage(ctx: RenderContext) -> tuple[Stage, str] | tuple[None, None]:
    """The stage of the row and its program's time zone (the deadline's clock)."""
    program = await ctx.uow.programs.get(ctx.params["program"])
    if program is None:
        return None, None
    stage = next((s for s in program.stages if s.key == ctx.params["stage"]), None)
    return (stage, program.time_zone) if stage is not None else (None, None)


async def _event(uow: UnitOfWork, program_id: str, key: str) -> Event | None:
    program = await uow.programs.get(program_id)
    if program is None:
        return None
    return next((e for e in program.events if e.key == key), None)


@renderers.register(DEADLINE_RENDERER)
async def deadline_reminder(ctx: RenderContext) -> Reply | None:
    """To the members of a team that has not submitted yet, before the team's own deadline;
    nothing once it has, once a selection round left it out of the program, or when the row
    was for another deadline than the team's now (it joined another team, or its deadline was
    extended since)."""
    stage, zone = await _stage(ctx)
    if stage is None:
        return None
    team = await ctx.uow.teams.team_of(ctx.participant.id, stage.program_id)
    if team is None or team.archived_at is not None:
        return None
    if team.id in await ctx.uow.get(SelectionRepository).out_team_ids(stage.program_id):
        return None  # a selection round left the team out of the later stages
    deadline = await ctx.uow.submissions.deadline_for(team.id, stage)
    extended = deadline != stage.deadline_at
    if ctx.params.get("team", team.id if extended else None) != (team.id if extended else None):
        return None
    if deadline <= ctx.now or await ctx.uow.submissions.has_submitted(team.id, stage.id):
        return None
    return Reply(
        Msg(
            "deadline-reminder",
            {
                "stage": stage.names.get(ctx.locale, stage.key),
                "team": team.name,
                "deadline": LocalTime(deadline, place=zone),
                "left": time_left(deadline, ctx.now),
            },
        ),
        buttons=[Button(Msg("deadline-button-all"), RunCommand("deadlines").pack())],
    )


def event_summary(event: Event, locale: str) -> dict[str, ArgValue]:
    return {
        "name": event.names.get(locale, event.key),
        "venue": event.venue.get(locale, "") if event.venue else "",
        "languages": LanguageNames(tuple(event.languages)),
    }


@renderers.register(EVENT_RENDERER)
async def event_reminder(ctx: RenderContext) -> Reply | None:
    event = await _event(ctx.uow, ctx.params["program"], ctx.params["event"])
    if event is None or event.starts_at <= ctx.now or not await reminder_wanted(ctx, event):
        return None
    return Reply(
        Msg(
            "reminder-event",
            {
                **event_summary(event, ctx.locale),
                "starts": LocalTime(event.starts_at, place=event.time_zone),
                "left": time_left(event.starts_at, ctx.now),
            },
        ),
        buttons=[
            *await reminder_buttons(ctx, event),
            Button(Msg("schedule-button-details"), ShowEvent(event.id).pack()),
        ],
    )


def agenda_lines(event: Event, locale: str, day: date | None = None) -> list[Msg]:
    """The agenda, one line per item; only the items of ``day`` (in the event's zone) if given."""
    tz = ZoneInfo(event.time_zone)
    return [
        Msg(
            "schedule-agenda-item",
            {
                "starts": LocalTime(item.starts_at, "time"),
                "title": item.titles.get(locale, ""),
            },
        )
        for item in event.agenda
        if day is None or item.starts_at.astimezone(tz).date() == day
    ]


@renderers.register(AGENDA_RENDERER)
async def event_agenda(ctx: RenderContext) -> Reply | None:
    event = await _event(ctx.uow, ctx.params["program"], ctx.params["event"])
    end = event.ends_at if event is not None else None
    if event is None or (end or event.starts_at) <= ctx.now:
        return None
    if not await reminder_wanted(ctx, event):
        return None
    day = date.fromisoformat(ctx.params["day"])
    lines = agenda_lines(event, ctx.locale, day)
    message = "reminder-agenda" if lines else "reminder-agenda-empty"
    if ctx.now.astimezone(ctx.tz).date() < day:  # sent the evening before an early start
        message += "-tomorrow"
    args: dict[str, ArgValue] = {
        **event_summary(event, ctx.locale),
        "starts": LocalTime(event.starts_at, place=event.time_zone),
    }
    if lines:
        args["agenda"], args["clock"] = lines, ClockLabel()
    return Reply(Msg(message, args))


def _reminder_buttons(muted: set[str]) -> list[Button]:
    return [
        Button(
            Msg(
                "reminder-toggle",
                {"category": Msg(f"reminder-category-{c}"), "state": "off" if c in muted else "on"},
            ),
            MuteCategory(c).pack(),
        )
        for c in CATEGORIES
    ]


async def _show(ctx: Context) -> None:
    muted = await ctx.uow.mutes.of(ctx.participant.id)
    lines = [
        Msg(
            "reminder-category-line",
            {"category": Msg(f"reminder-category-{c}"), "state": "off" if c in muted else "on"},
        )
        for c in CATEGORIES
    ]
    ctx.reply("reminder-settings", buttons=_reminder_buttons(muted), categories=lines)


@router.command("reminders", help_id="help-reminders")
async def reminders(ctx: Context) -> None:
    await _show(ctx)


@router.button(MuteCategory)
async def toggle(ctx: Context, pressed: MuteCategory) -> None:
    category = pressed.category
    if category not in CATEGORIES:
        await ctx.router.flows.stale(ctx)
        return
    muted = category in await ctx.uow.mutes.of(ctx.participant.id)
    await ctx.uow.mutes.set(ctx.participant.id, category, not muted, ctx.now())
    await _show(ctx)


async def _describe_mutes(ctx: Context) -> list[Msg]:
    muted = await ctx.uow.get(PersonalRows).reminder_mutes(ctx.participant.id)
    return [Msg("privacy-reminder-mutes", {"count": muted})] if muted else []


async def _erase_mutes(ctx: Context) -> None:
    await ctx.uow.get(PersonalRows).forget_reminder_mutes(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "reminder_mutes", (ReminderMute.__tablename__,), _describe_mutes, _erase_mutes
    )
)
