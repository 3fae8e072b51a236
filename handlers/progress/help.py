""" "Help needed from JICA": a team's non-empty answer tells the program's organizers, through
the outbox (the text is read at send time, so a corrected answer is what they see)."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.kpis import Period
from bot.core.messages import Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from bot.core.router import RunCommand
from handlers.progress.common import CATEGORY, plan_of
from storage.models import Program
from storage.outbox import NewDelivery
from storage.progress import ProgressRepository
from storage.uow import UnitOfWork

renderers = Renderers()
HELP_RENDERER = "progress-help"


async def notify_help(
    uow: UnitOfWork, program: Program, team_id: int, period: Period, now: datetime
) -> None:
    organizers = await uow.participants.with_role(Role.ORGANIZER, program.id)
    stamp = now.strftime("%Y%m%d%H%M%S")
    await uow.outbox.enqueue_many(
        [
            NewDelivery(
                key=f"{program.id}:progress-help:{period.key}:t{team_id}:{stamp}:p{person.id}",
                participant_id=person.id,
                due_at=now,
                purpose="account_update",
                category=CATEGORY,
                renderer=HELP_RENDERER,
                params={"program": program.id, "period": period.key, "team": team_id},
                group_key=f"{program.id}:progress-help:{period.key}:t{team_id}",
            )
            for person in organizers
        ],
        now,
    )


@renderers.register(HELP_RENDERER)
async def help_needed(ctx: RenderContext) -> Reply | None:
    """The team's answer as it is now; nothing when it has been emptied since."""
    program = await ctx.uow.programs.get(ctx.params["program"])
    plan = plan_of(program) if program is not None else None
    team = await ctx.uow.teams.get(ctx.params["team"])
    if plan is None or plan.help_key is None or team is None:
        return None
    report = await ctx.uow.get(ProgressRepository).report(team.id, ctx.params["period"])
    text = report.values.get(plan.help_key) if report is not None else None
    if not isinstance(text, str) or not text:
        return None
    return Reply(
        Msg(
            "progress-help-notice",
            {"team": team.name, "period": date.fromisoformat(ctx.params["period"]), "text": text},
        ),
        buttons=[Button(Msg("progress-button-kpis"), RunCommand("kpis").pack())],
    )
