"""Judges with teams left to score are reminded 48 and 24 hours before judging closes, in their
language and time zone, moved out of their quiet hours (22:00-08:00) like every reminder of
the timeline. The planner adds the rows due in the next minutes; the renderer says nothing
once the judge has scored every team, judging has closed, or it has not opened yet."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from bot.core.feature import PlanContext, Planner
from bot.core.messages import Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from bot.core.router import RunCommand
from handlers.schedule.reminders import time_left
from handlers.schedule.timeline import LOOKAHEAD, after_quiet_hours, reader_zone
from handlers.selection.common import program_zone, round_name, when
from storage.models import Participant
from storage.outbox import NewDelivery
from storage.selection import RoundState, SelectionRepository, SelectionRound
from storage.uow import UnitOfWork

renderers = Renderers()

RENDERER = "judging-reminder"
"""The renderer and category of a judge's reminder."""
HOURS = (48, 24)


async def _unscored(uow: UnitOfWork, row: SelectionRound) -> dict[int, int]:
    """Teams each judge of the round has not scored yet."""
    store = uow.get(SelectionRepository)
    done = {(r.team_id, r.judge_id) for r in await store.reviews(row.id)}
    left: dict[int, int] = defaultdict(int)
    for assignment in await store.assignments(row.id):
        if (assignment.team_id, assignment.judge_id) not in done:
            left[assignment.judge_id] += 1
    return left


def _delivery(row: SelectionRound, hours: int, judge: Participant, due: datetime) -> NewDelivery:
    group = f"{row.program_id}:judging:{row.key}:{hours}h"
    return NewDelivery(
        key=f"{group}:p{judge.id}",
        participant_id=judge.id,
        due_at=due,
        purpose="account_update",
        category=RENDERER,
        renderer=RENDERER,
        params={"round": row.id},
        group_key=group,
        expires_at=row.closes(),
    )


async def _planned(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    """The reminders due in ``[start, end)`` for judges who have teams left now; the later
    of the two wins when both would be due (a judge assigned a day before the close)."""
    found: list[NewDelivery] = []
    for program in await ctx.uow.programs.all():
        for row in await ctx.uow.get(SelectionRepository).rounds(program.id):
            if row.state(ctx.now) in (RoundState.CLOSED, RoundState.PUBLISHED):
                continue
            left = await _unscored(ctx.uow, row)
            if not left:
                continue
            for judge in await ctx.uow.participants.many(left):
                tz = reader_zone(judge, ctx.settings.default_language)
                dues = [
                    (h, after_quiet_hours(row.closes() - timedelta(hours=h), tz, row.closes()))
                    for h in HOURS
                ]
                for index, (hours, due) in enumerate(dues):
                    superseded = any(later <= ctx.now for _, later in dues[index + 1 :])
                    if start <= due < end and due < row.closes() and not superseded:
                        found.append(_delivery(row, hours, judge, due))
    return sorted(found, key=lambda d: (d.due_at, d.participant_id, d.key))


async def _plan(ctx: PlanContext) -> int:
    rows = await _planned(ctx, ctx.now - timedelta(hours=max(HOURS)), ctx.now + LOOKAHEAD)
    return await ctx.uow.outbox.enqueue_many(rows, ctx.now)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return await _planned(ctx, start, end)


PLANNER = Planner("judging", _plan, _rehearse)


@renderers.register(RENDERER)
async def judging_reminder(ctx: RenderContext) -> Reply | None:
    row = await ctx.uow.get(SelectionRepository).round(int(ctx.params["round"]))
    if row is None or not row.is_open(ctx.now):
        return None
    if Role.JUDGE not in ctx.participant.roles_in(row.program_id):
        return None
    left = (await _unscored(ctx.uow, row)).get(ctx.participant.id, 0)
    if not left:
        return None
    return Reply(
        Msg(
            "sel-judge-reminder",
            {
                "round": round_name(row, ctx.locale),
                "n": left,
                "closes": when(row.closes(), await program_zone(ctx.uow, row)),
                "left": time_left(row.closes(), ctx.now),
            },
        ),
        [Button(Msg("sel-button-queue"), RunCommand("judge").pack())],
    )
