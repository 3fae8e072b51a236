"""Proposed session times: quick buttons for the coming days, typed times, and their checks.

Times are read and offered in the chooser's own time zone and stored in UTC (ISO strings in
the session's ``proposals``), so each side later sees them in their own zone.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Context
from bot.core.flows import STAY, Prompt, Step, flow_data
from bot.core.messages import LocalTime, Msg
from handlers.mentoring.common import MAX_PROPOSALS

QUICK_DAYS = 3
QUICK_HOURS = (10, 15)
DONE_CHOICE = "ok"
_TYPED = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[T\s]+(\d{1,2})[:.](\d{2})\s*$")


def parse_typed(text: str, tz: ZoneInfo) -> datetime | None:
    """``2024-11-21 15:00`` in ``tz``; ``None`` when it does not parse or is no real date."""
    match = _TYPED.match(text)
    if match is None:
        return None
    year, month, day, hour, minute = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, tzinfo=tz)
    except ValueError:
        return None


def quick_times(now: datetime, tz: ZoneInfo) -> list[datetime]:
    today = now.astimezone(tz).date()
    return [
        datetime.combine(today + timedelta(days=offset), time(hour), tz)
        for offset in range(1, QUICK_DAYS + 1)
        for hour in QUICK_HOURS
    ]


def proposals(ctx: Context) -> list[datetime]:
    return [datetime.fromisoformat(value) for value in flow_data(ctx).get("times", [])]


# A check returns the id of the message saying what is wrong with a time, or None.
Check = Callable[[Context, datetime], Awaitable[str | None]]


def times_step(check: Check, finish: Callable[[Context], Awaitable[str]]) -> Step:
    """The step that gathers up to three times; ``finish`` runs when they are complete."""

    async def ask(ctx: Context) -> Prompt:
        chosen = proposals(ctx)
        choices: list[tuple[Msg, str]] = [
            (Msg("session-time-button", {"at": LocalTime(at, "short")}), at.strftime("%Y%m%d%H%M"))
            for at in quick_times(ctx.now(), ctx.tz)
            if at not in chosen
        ]
        if chosen:
            choices.append((Msg("session-times-done"), DONE_CHOICE))
        lines = [Msg("session-proposal-line", {"n": i, "at": at}) for i, at in enumerate(chosen, 1)]
        if not lines:
            return Prompt(Msg("session-ask-times", {"max": MAX_PROPOSALS}), choices)
        return Prompt(Msg("session-ask-more-times", {"times": lines}), choices)

    async def add(ctx: Context, at: datetime) -> str:
        problem = await check(ctx, at)
        if problem is not None:
            ctx.reply(problem, at=at)
            return STAY
        data = flow_data(ctx)
        times = list(data.get("times", []))
        value = at.isoformat()
        if value not in times:
            times.append(value)
        data["times"] = times
        if len(times) >= MAX_PROPOSALS:
            return await finish(ctx)
        assert ctx.state is not None
        await ctx.router.flows.ask(ctx, ctx.router.flows.flows[ctx.state.flow])
        return STAY

    async def on_text(ctx: Context, text: str) -> str:
        at = parse_typed(text, ctx.tz)
        if at is None:
            ctx.reply("session-time-unparsed")
            return STAY
        return await add(ctx, at)

    async def on_choice(ctx: Context, value: str) -> str:
        if value == DONE_CHOICE and proposals(ctx):
            return await finish(ctx)
        try:
            local = datetime.strptime(value, "%Y%m%d%H%M")
        except ValueError:
            await ctx.router.flows.stale(ctx)
            return STAY
        return await add(ctx, local.replace(tzinfo=ctx.tz))

    return Step("times", ask, on_text=on_text, on_choice=on_choice)


async def time_problem(
    ctx: Context, at: datetime, mentor_id: int, length: timedelta, session_id: int = 0
) -> str | None:
    if at <= ctx.now():
        return "session-time-past"
    if await ctx.uow.mentoring.overlapping(mentor_id, at, length, session_id) is not None:
        return "session-time-overlap"
    return None
