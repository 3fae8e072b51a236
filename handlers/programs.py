"""Which program a person follows, when one database serves several."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.feature import Feature
from bot.core.messages import Button, Verbatim
from bot.core.payloads import Payload
from bot.core.router import Router

router = Router()


@dataclass(frozen=True)
class ChooseProgram(Payload, prefix="program"):
    program: str


@router.command("program", help_id="help-program")
async def program(ctx: Context) -> None:
    programs = await ctx.uow.programs.all()
    if not programs:
        ctx.reply("program-none")
        return
    current = next((p for p in programs if p.id == ctx.participant.program_id), None)
    buttons = [
        Button(Verbatim(p.names.get(ctx.locale, p.id)), ChooseProgram(p.id).pack())
        for p in programs
        if p is not current
    ]
    if current is None:
        ctx.reply("program-choose", buttons=buttons)
    else:
        ctx.reply(
            "program-current", buttons=buttons, program=current.names.get(ctx.locale, current.id)
        )


@router.button(ChooseProgram)
async def choose_program(ctx: Context, pressed: ChooseProgram) -> None:
    chosen = await ctx.uow.programs.get(pressed.program)
    if chosen is None:
        await ctx.router.flows.stale(ctx)
        return
    ctx.participant.program_id = chosen.id
    ctx.reply("program-set", program=chosen.names.get(ctx.locale, chosen.id))


FEATURE = Feature("programs", routers=(router,))
