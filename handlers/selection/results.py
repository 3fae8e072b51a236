"""What the team card shows of the funnel: a team's result per published round (/team)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import ArgValue, Msg, Verbatim
from handlers.selection.common import round_name
from storage.models import Team
from storage.selection import SelectionRepository


async def result_lines(ctx: Context, team: Team) -> list[Msg]:
    """One line per published round: the team's outcome and award."""
    lines = []
    for row, decision in await ctx.uow.get(SelectionRepository).team_results(team.id):
        args: dict[str, ArgValue] = {
            "round": round_name(row, ctx.locale),
            "outcome": Msg(f"sel-outcome-{decision.outcome}"),
        }
        if decision.award:
            lines.append(Msg("sel-team-result-award", {**args, "award": Verbatim(decision.award)}))
        else:
            lines.append(Msg("sel-team-result", args))
    return lines


async def show_results(ctx: Context, team: Team) -> None:
    """Under a team card: its selection results, when a round has been published."""
    lines = await result_lines(ctx, team)
    if lines:
        ctx.reply("sel-team-results", lines=lines)
