"""Members who receive the report requests too.

A team's lead always receives the asks and the reminders; any other member may ask for them
(and stop them) with the button under ``/report``'s answers and under the requests
themselves. The choice is per person and program (``progress_subscriptions``).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.conditions import AllOf
from bot.core.context import Context
from bot.core.messages import Button, Msg
from bot.core.payloads import Payload
from bot.core.router import Router
from handlers.progress.common import plan_of, reporting_teams
from handlers.teams.common import in_a_team, my_membership
from storage.models import TeamMember
from storage.progress import ProgressRepository
from storage.teams import TeamRole

router = Router()


@dataclass(frozen=True)
class ReportAsks(Payload, prefix="prasks"):
    """Turn the report requests on (``True``) or off for the person pressing it."""

    on: bool


async def toggle_button(ctx: Context, member: TeamMember, program_id: str) -> Button | None:
    """The button that turns the requests on or off for a member who is not a lead."""
    if member.role == TeamRole.LEAD:
        return None
    on = await ctx.uow.get(ProgressRepository).subscribed(ctx.participant.id, program_id)
    return stop_button() if on else Button(Msg("progress-button-asks-on"), ReportAsks(True).pack())


def stop_button() -> Button:
    return Button(Msg("progress-button-asks-off"), ReportAsks(False).pack())


@router.button(ReportAsks)
async def report_asks(ctx: Context, pressed: ReportAsks) -> None:
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
    if member.role == TeamRole.LEAD:
        ctx.reply("progress-asks-lead", team=member.team.name)
        return
    repository = ctx.uow.get(ProgressRepository)
    await repository.subscribe(ctx.participant.id, program.id, pressed.on, ctx.now())
    button = await toggle_button(ctx, member, program.id)
    ctx.reply(
        "progress-asks-on" if pressed.on else "progress-asks-off",
        buttons=[button] if button is not None else [],
        team=member.team.name,
    )


async def follows_a_reporting_program(ctx: Context) -> bool:
    """The program alone: its settings say whether it asks for reports."""
    program = await ctx.uow.programs.alone(ctx.participant.program_id or "")
    return program is not None and plan_of(program) is not None


in_a_reporting_program = AllOf((follows_a_reporting_program, in_a_team))
"""A menu condition: the person is in a team of a program that asks for reports."""
