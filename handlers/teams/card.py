"""/team: the card of the sender's team, and its results in published selection rounds."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Reply
from bot.core.router import Router
from handlers.selection.results import show_results
from handlers.teams.common import in_a_team, my_membership, team_card

router = Router()


@router.command("team", help_id="help-team")
async def team(ctx: Context) -> None:
    found = await my_membership(ctx)
    if found is not None:
        membership, program = found
        ctx.send(Reply(await team_card(ctx, membership.team, program)))
        await show_results(ctx, membership.team)


router.menu_item("menu-team", "team", shown=in_a_team, first=True)
