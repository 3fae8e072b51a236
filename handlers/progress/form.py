"""/report: a team's progress report for the open period, one indicator per step.

Any member may fill it in for the team. Each step shows the indicator, what kind of answer it
takes and the team's earlier value (the running total of a cumulative one); a wrong answer is
refused with what is expected, and nothing is kept until the summary is confirmed. A report
sent can be corrected (``/report`` again) until the period closes; then it is locked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.kpis import (
    MAX_KPIS,
    BadAnswer,
    Kpi,
    Period,
    Reporting,
    Reports,
    TeamReport,
    parse_answer,
    running_value,
)
from bot.core.messages import ArgValue, LocalTime, Msg, Reply, Text
from bot.core.router import PersonalData, Router
from handlers.progress.common import plan_of, reporting_teams, shown
from handlers.progress.help import ask_the_helpdesk, notify_help
from handlers.progress.subscriptions import in_a_reporting_program, toggle_button
from handlers.teams.common import my_membership
from storage.models import Program
from storage.progress import ProgressRepository

router = Router()
CONFIRM = "confirm"
SEND = "send"


def _step_name(index: int) -> str:
    return f"k{index}"


def _after(plan: Reporting, index: int) -> str:
    return _step_name(index + 1) if index + 1 < len(plan.kpis) else CONFIRM


async def _context(ctx: Context) -> tuple[Program, Reporting, Period] | None:
    data = flow_data(ctx)
    program = await ctx.uow.programs.get(data["program"])
    plan = plan_of(program) if program is not None else None
    period = plan.period(data["period"]) if plan is not None else None
    if program is None or plan is None or period is None:
        return None
    return program, plan, period


@router.command("report", help_id="help-report")
async def report(ctx: Context) -> None:
    found = await my_membership(ctx)
    if found is None:
        return
    member, program = found
    plan = plan_of(program)
    if plan is None:
        ctx.reply("progress-not-planned")
        return
    if member.team_id not in {t.id for t in await reporting_teams(ctx.uow, program, plan)}:
        ctx.reply("progress-team-not-reporting", team=member.team.name)
        return
    now = ctx.now()
    period = plan.current(now)
    toggle = await toggle_button(ctx, member, program.id)
    buttons = [toggle] if toggle is not None else []
    if period is None:
        upcoming = plan.upcoming(now)
        assert upcoming is not None  # a plan has at least one period
        ctx.reply(
            "progress-none-yet",
            buttons=buttons,
            opens=LocalTime(upcoming.opens_at, place=program.time_zone),
        )
        return
    if not period.is_open(now):
        _closed(ctx, program, plan, period).buttons.extend(buttons)
        return
    existing = await ctx.uow.get(ProgressRepository).report(member.team_id, period.key)
    data: dict[str, Any] = {
        "program": program.id,
        "team": member.team_id,
        "period": period.key,
        "values": dict(existing.values) if existing is not None else {},
    }
    await ctx.router.flows.start(ctx, FORM, data)


def _closed(ctx: Context, program: Program, plan: Reporting, period: Period) -> Reply:
    upcoming = plan.upcoming(ctx.now())
    args: dict[str, ArgValue] = {
        "period": date.fromisoformat(period.key),
        "closed": LocalTime(period.closes_at, place=program.time_zone),
    }
    if upcoming is None:
        return ctx.send(Reply(Msg("progress-closed-last", args)))
    args["opens"] = LocalTime(upcoming.opens_at, place=program.time_zone)
    return ctx.send(Reply(Msg("progress-closed", args)))


async def _earlier(ctx: Context, plan: Reporting, period: Period, kpi: Kpi) -> Msg | None:
    """The team's value before this period: the running total, or the last level reported."""
    team_id = flow_data(ctx)["team"]
    rows = await ctx.uow.get(ProgressRepository).of_team(team_id)
    keys = [p.key for p in plan.periods]
    before = keys[: keys.index(period.key)]
    reports = Reports(TeamReport(r.team_id, r.period_key, r.values) for r in rows)
    value = running_value(kpi, reports, team_id, before) if before else None
    if value is None:
        return None
    message = "progress-earlier-total" if kpi.cumulative else "progress-earlier-level"
    return Msg(message, {"value": shown(kpi, value)})


def _hint(kpi: Kpi) -> Msg:
    if kpi.type == "count" and kpi.cumulative:
        return Msg("progress-hint-count-new")
    if kpi.type == "money":
        message = "progress-hint-money-new" if kpi.cumulative else "progress-hint-money"
        return Msg(message, {"currency": kpi.currency or ""})
    return Msg(f"progress-hint-{kpi.type}")


def _ask_step(index: int) -> Step:
    async def ask(ctx: Context) -> Prompt:
        found = await _context(ctx)
        if found is None or index >= len(found[1].kpis):
            return Prompt(Msg("progress-gone"))
        _, plan, period = found
        kpi = plan.kpis[index]
        values = flow_data(ctx)["values"]
        lines: list[Msg] = [_hint(kpi)]
        earlier = await _earlier(ctx, plan, period, kpi)
        if earlier is not None:
            lines.append(earlier)
        if kpi.key in values:
            lines.append(Msg("progress-current", {"value": shown(kpi, values[kpi.key])}))
        choices: list[tuple[Text, str]] = []
        if kpi.type == "yes_no":
            choices += [(Msg("progress-button-yes"), "yes"), (Msg("progress-button-no"), "no")]
        if kpi.key in values:
            choices.append((Msg("progress-button-keep"), "keep"))
        elif kpi.type == "text":
            choices.append((Msg("progress-button-skip"), "skip"))
        text = Msg(
            "progress-ask",
            {
                "index": index + 1,
                "count": len(plan.kpis),
                "name": kpi.name(ctx.locale),
                "lines": lines,
            },
        )
        return Prompt(text, choices)

    async def on_text(ctx: Context, typed: str) -> str:
        found = await _context(ctx)
        if found is None or index >= len(found[1].kpis):
            return await _gone(ctx)
        plan = found[1]
        kpi = plan.kpis[index]
        try:
            value = parse_answer(kpi, typed)
        except BadAnswer as error:
            ctx.reply(str(error.args[0]), currency=kpi.currency or "")
            return STAY
        flow_data(ctx)["values"][kpi.key] = value
        return _after(plan, index)

    async def on_choice(ctx: Context, value: str) -> str:
        found = await _context(ctx)
        if found is None or index >= len(found[1].kpis):
            return await _gone(ctx)
        plan = found[1]
        kpi = plan.kpis[index]
        values = flow_data(ctx)["values"]
        if value in ("yes", "no") and kpi.type == "yes_no":
            values[kpi.key] = value == "yes"
        elif value == "skip" and kpi.type == "text":
            values.pop(kpi.key, None)
        elif value != "keep" or kpi.key not in values:
            await ctx.router.flows.stale(ctx)
            return STAY
        return _after(plan, index)

    return Step(_step_name(index), ask, on_text=on_text, on_choice=on_choice)


async def _gone(ctx: Context) -> str:
    ctx.reply("progress-gone")
    return DONE


async def _ask_confirm(ctx: Context) -> Prompt:
    found = await _context(ctx)
    if found is None:
        return Prompt(Msg("progress-gone"))
    program, plan, period = found
    data = flow_data(ctx)
    team = await ctx.uow.teams.get(data["team"])
    lines = [
        Msg(
            "progress-summary-line",
            {"name": kpi.name(ctx.locale), "value": shown(kpi, data["values"].get(kpi.key))},
        )
        for kpi in plan.kpis
    ]
    text = Msg(
        "progress-summary",
        {
            "team": team.name if team else "",
            "period": date.fromisoformat(period.key),
            "closes": LocalTime(period.closes_at, place=program.time_zone),
            "lines": lines,
        },
    )
    return Prompt(text, [(Msg("progress-button-send"), SEND)])


async def _send(ctx: Context, value: str) -> str:
    if value != SEND:
        await ctx.router.flows.stale(ctx)
        return STAY
    found = await _context(ctx)
    if found is None:
        return await _gone(ctx)
    program, plan, period = found
    data = flow_data(ctx)
    now = ctx.now()
    membership = await ctx.uow.teams.membership(ctx.participant.id, program.id)
    if membership is None or membership.team_id != data["team"]:
        ctx.reply("progress-not-in-team")
        return DONE
    if not period.is_open(now):
        ctx.reply(
            "progress-closed-now",
            closed=LocalTime(period.closes_at, place=program.time_zone),
        )
        return DONE
    values = {k.key: data["values"][k.key] for k in plan.kpis if k.key in data["values"]}
    repository = ctx.uow.get(ProgressRepository)
    before = await repository.report(data["team"], period.key)
    earlier_help = before.values.get(plan.help_key) if before and plan.help_key else None
    first = await repository.save(
        program.id, data["team"], period.key, values, ctx.participant.id, now
    )
    help_text = values.get(plan.help_key) if plan.help_key else None
    toggle = await toggle_button(ctx, membership, program.id)
    ctx.reply(
        "progress-saved" if first else "progress-updated",
        buttons=[toggle] if toggle is not None else [],
        team=membership.team.name,
        period=date.fromisoformat(period.key),
        closes=LocalTime(period.closes_at, place=program.time_zone),
    )
    if isinstance(help_text, str) and help_text != earlier_help:
        await notify_help(ctx.uow, program, data["team"], period, now)
        await ask_the_helpdesk(ctx, program, data["team"], period, help_text)
    return DONE


FORM = router.add_flow(
    Flow(
        "progress-report",
        [*(_ask_step(i) for i in range(MAX_KPIS)), Step(CONFIRM, _ask_confirm, on_choice=_send)],
    )
)


async def _describe(ctx: Context) -> list[Msg]:
    repository = ctx.uow.get(ProgressRepository)
    count = await repository.filled_by_count(ctx.participant.id)
    lines = [Msg("progress-privacy", {"count": count})] if count else []
    if await repository.subscribed_programs(ctx.participant.id):
        lines.append(Msg("progress-privacy-asks"))
    return lines


async def _erase(ctx: Context) -> None:
    await ctx.uow.get(ProgressRepository).forget(ctx.participant.id)


router.keeps_personal_data(
    PersonalData("progress", ("progress_reports", "progress_subscriptions"), _describe, _erase)
)
router.menu_item("menu-report", "report", shown=in_a_reporting_program)
