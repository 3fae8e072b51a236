""" "Help needed from JICA": a team's non-empty answer tells the program's organizers, through
the outbox (the text is read at send time, so a corrected answer is what they see), and
becomes a helpdesk question of the team, so the organizers answer it in the helpdesk and the
answer reaches the person who wrote it."""

from __future__ import annotations

from datetime import date, datetime

from bot.core.context import Context
from bot.core.kpis import Period
from bot.core.messages import Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from bot.core.router import RunCommand
from handlers.helpdesk.threads import desk, follow_up, open_thread
from handlers.progress.common import CATEGORY, plan_of
from storage.helpdesk import About, ThreadState
from storage.models import Program
from storage.outbox import NewDelivery
from storage.progress import ProgressRepository
from storage.uow import UnitOfWork

renderers = Renderers()
HELP_RENDERER = "progress-help"
ORIGIN = "progress"
"""The helpdesk thread's ``origin``: opened from a progress report."""


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


async def ask_the_helpdesk(
    ctx: Context, program: Program, team_id: int, period: Period, text: str
) -> None:
    """Put the team's "help needed" answer in the helpdesk, where organizers answer it.

    The report's first such answer opens a thread about the team (``open_thread``, origin
    ``progress``); a corrected answer is added to that thread as the asker's follow-up while
    it is open, so one report never has two open threads. Once the organizers have closed it
    (or its texts were deleted), a changed answer is a new request and opens a new thread.
    """
    now = ctx.now()
    report = await ctx.uow.get(ProgressRepository).report(team_id, period.key)
    if report is None:
        return
    thread = await desk(ctx.uow).get(report.help_thread_id) if report.help_thread_id else None
    if thread is not None and thread.state == ThreadState.OPEN and thread.erased_at is None:
        await follow_up(ctx.uow, ctx.settings, thread, ctx.participant, text, None, now)
        ctx.reply("progress-help-added", number=thread.id)
        return
    thread = await open_thread(
        ctx.uow,
        ctx.settings,
        ctx.participant,
        program.id,
        text,
        now,
        about=About.TEAM,
        team_id=team_id,
        origin=ORIGIN,
    )
    report.help_thread_id = thread.id
    ctx.reply("progress-help-opened", number=thread.id)
