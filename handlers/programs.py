"""Which program a person follows, when one database serves several."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.feature import Feature
from bot.core.menu import show_menu
from bot.core.messages import Button, Verbatim
from bot.core.payloads import Payload
from bot.core.router import Router

router = Router()


@dataclass(frozen=True)
class ChooseProgram(Payload, prefix="program"):
    program: str


async def several_programs(ctx: Context) -> bool:
    """Whether there is a choice to make: the bot runs more than one program."""
    return len(await ctx.uow.programs.all()) > 1


async def program_buttons(ctx: Context) -> list[Button]:
    """A button for each program but the one the person follows."""
    return [
        Button(Verbatim(p.names.get(ctx.locale, p.id)), ChooseProgram(p.id).pack())
        for p in await ctx.uow.programs.all()
        if p.id != ctx.participant.program_id
    ]


@router.command("program", help_id="help-program")
async def program(ctx: Context) -> None:
    programs = await ctx.uow.programs.all()
    if not programs:
        ctx.reply("program-none")
        return
    current = next((p for p in programs if p.id == ctx.participant.program_id), None)
    buttons = await program_buttons(ctx)
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
    first_choice = ctx.participant.program_id is None
    ctx.participant.program_id = chosen.id
    ctx.reply("program-set", program=chosen.names.get(ctx.locale, chosen.id))
    if first_choice:  # chosen from the welcome: what they can do there comes next
        await show_menu(ctx)


FEATURE = Feature("programs", routers=(router,))
