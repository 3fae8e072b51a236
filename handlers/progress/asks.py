"""The asks and the reminders of each period, as outbox rows, and their planner.

When a period opens, the lead of every reporting team (and each member who asked for the
requests, ``subscriptions.py``) is asked for the team's report; before it closes
(``reminder_hours``), the same people of the teams that have not reported are reminded.
The planner keeps no state: each run adds the rows due in the next minutes that are missing
(keys ``{program}:progress:{period}:{kind}:t{team}:p{person}``). An ask or a reminder whose
later reminder is already due is not sent (a bot that was down sends only the latest), and a
row whose team has reported by send time says nothing (the renderer returns ``None``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.core.feature import PlanContext, Planner
from bot.core.kpis import Period, Reporting
from bot.core.messages import ArgValue, Button, LocalTime, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import RunCommand
from handlers.progress.common import CATEGORY, leads, plan_of, reporting_teams
from handlers.progress.subscriptions import stop_button
from storage.models import Program, Team
from storage.outbox import NewDelivery
from storage.progress import ProgressRepository
from storage.uow import UnitOfWork

renderers = Renderers()
ASK_RENDERER = "progress-ask"
LOOKAHEAD = timedelta(minutes=15)


@dataclass(frozen=True)
class Item:
    """One ask or reminder of a period, before it is addressed to anyone."""

    period: Period
    kind: str
    """``ask``, or ``r{hours}`` for a reminder that many hours before the close."""
    due_at: datetime

    def group(self, program_id: str) -> str:
        return f"{program_id}:{CATEGORY}:{self.period.key}:{self.kind}"


def items(plan: Reporting) -> list[Item]:
    found: list[Item] = []
    for period in plan.periods:
        found.append(Item(period, "ask", period.opens_at))
        for hours in plan.reminder_hours:
            found.append(Item(period, f"r{hours}", period.closes_at - timedelta(hours=hours)))
    return found


def _superseded(item: Item, every: list[Item], now: datetime) -> bool:
    return any(
        other.period.key == item.period.key and item.due_at < other.due_at <= now for other in every
    )


async def _rows(
    uow: UnitOfWork, program: Program, plan: Reporting, chosen: list[Item]
) -> list[NewDelivery]:
    """The rows of ``chosen``: to the leads and the subscribed members of the reporting teams
    that have not reported yet for the period."""
    if not chosen:
        return []
    teams = await reporting_teams(uow, program, plan)
    progress = uow.get(ProgressRepository)
    subscribers = await progress.subscribers(program.id)
    rows = []
    for item in chosen:
        reported = await progress.reported_team_ids(program.id, item.period.key)
        for team in teams:
            if team.id in reported:
                continue
            for person in readers(team, subscribers):
                rows.append(
                    NewDelivery(
                        key=f"{item.group(program.id)}:t{team.id}:p{person}",
                        participant_id=person,
                        due_at=item.due_at,
                        purpose="account_update",
                        category=CATEGORY,
                        renderer=ASK_RENDERER,
                        params={
                            "program": program.id,
                            "period": item.period.key,
                            "team": team.id,
                            "kind": item.kind,
                        },
                        group_key=item.group(program.id),
                        expires_at=item.period.closes_at,
                    )
                )
    return rows


def readers(team: Team, subscribers: set[int]) -> list[int]:
    """Who is asked for the team's report: its leads, then the members who asked for it."""
    first = leads(team)
    return first + sorted(
        m.participant_id
        for m in team.members
        if m.participant_id in subscribers and m.participant_id not in first
    )


async def _plans(uow: UnitOfWork) -> list[tuple[Program, Reporting]]:
    found = []
    for summary in await uow.programs.all():
        plan = plan_of(summary)
        if plan is not None:
            found.append((summary, plan))
    return found


async def plan_asks(uow: UnitOfWork, now: datetime, lookahead: timedelta = LOOKAHEAD) -> int:
    added = 0
    for program, plan in await _plans(uow):
        every = items(plan)
        chosen = [
            item
            for item in every
            if item.due_at <= now + lookahead
            and item.period.closes_at > now
            and not _superseded(item, every, now)
        ]
        rows = await _rows(uow, program, plan, chosen)
        if rows:
            existing = {
                row.dedup_key
                for row in await uow.outbox.in_groups(sorted({row.group_key or "" for row in rows}))
            }
            added += await uow.outbox.enqueue_many(
                [row for row in rows if row.key not in existing], now
            )
    return added


async def rehearse_asks(uow: UnitOfWork, start: datetime, end: datetime) -> list[NewDelivery]:
    """What the planner would add for rows due in ``[start, end)``, as things stand now."""
    planned: list[NewDelivery] = []
    for program, plan in await _plans(uow):
        chosen = [
            item
            for item in items(plan)
            if start <= item.due_at < end and item.due_at < item.period.closes_at
        ]
        planned += await _rows(uow, program, plan, chosen)
    return sorted(planned, key=lambda d: (d.due_at, d.participant_id, d.key))


async def _plan(ctx: PlanContext) -> int:
    return await plan_asks(ctx.uow, ctx.now)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return await rehearse_asks(ctx.uow, start, end)


PLANNER = Planner("progress", _plan, _rehearse)


@renderers.register(ASK_RENDERER)
async def ask_or_remind(ctx: RenderContext) -> Reply | None:
    """Nothing once the team has reported, the period has closed, the reader has left or
    (a member who is not a lead) no longer asks for the requests."""
    program = await ctx.uow.programs.get(ctx.params["program"])
    plan = plan_of(program) if program is not None else None
    period = plan.period(ctx.params["period"]) if plan is not None else None
    if program is None or period is None or not period.is_open(ctx.now):
        return None
    team = await ctx.uow.teams.team_of(ctx.participant.id, program.id)
    if team is None or team.id != ctx.params["team"]:
        return None
    progress = ctx.uow.get(ProgressRepository)
    is_lead = ctx.participant.id in leads(team)
    if not is_lead and not await progress.subscribed(ctx.participant.id, program.id):
        return None
    if await progress.report(team.id, period.key) is not None:
        return None
    args: dict[str, ArgValue] = {
        "team": team.name,
        "period": date.fromisoformat(period.key),
        "closes": LocalTime(period.closes_at, place=program.time_zone),
        "left": timedelta(minutes=-(-(period.closes_at - ctx.now) // timedelta(minutes=1))),
    }
    message = "progress-asked" if ctx.params["kind"] == "ask" else "progress-reminder"
    return Reply(
        Msg(message, args),
        buttons=[Button(Msg("progress-button-fill"), RunCommand("report").pack())]
        + ([] if is_lead else [stop_button()]),
    )
