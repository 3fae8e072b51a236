"""/team: the card of the sender's team."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Reply
from bot.core.router import Router
from handlers.teams.common import current_program, team_card

router = Router()


@router.command("team", help_id="help-team")
async def team(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    membership = await ctx.uow.teams.membership(ctx.participant.id, program.id)
    if membership is None:
        ctx.reply("team-none-yet")
        return
    ctx.send(Reply(await team_card(ctx, membership.team, program)))
