"""Which program a person follows, when one database serves several."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button, Verbatim
from bot.core.router import Router, button_value

router = Router()


@router.command("program", help_id="help-program")
async def program(ctx: Context) -> None:
    programs = await ctx.uow.programs.all()
    if not programs:
        ctx.reply("program-none")
        return
    current = next((p for p in programs if p.id == ctx.participant.program_id), None)
    buttons = [
        Button(Verbatim(p.names.get(ctx.locale, p.id)), f"program:{p.id}")
        for p in programs
        if p is not current
    ]
    if current is None:
        ctx.reply("program-choose", buttons=buttons)
    else:
        ctx.reply(
            "program-current", buttons=buttons, program=current.names.get(ctx.locale, current.id)
        )


@router.button("program")
async def choose_program(ctx: Context) -> None:
    chosen = await ctx.uow.programs.get(button_value(ctx))
    if chosen is None:
        await ctx.router.flows.stale(ctx)
        return
    ctx.participant.program_id = chosen.id
    ctx.reply("program-set", program=chosen.names.get(ctx.locale, chosen.id))
