"""The main menu: every feature's menu items that fit the person now, their next steps first."""

from __future__ import annotations

from bot.core.conditions import Condition, holds
from bot.core.context import Context
from bot.core.messages import Button, Msg
from bot.core.refusal import permitted


async def menu_buttons(ctx: Context) -> list[Button]:
    """Each question is asked once: several items share one (in a team or not), and each
    asking is a query."""
    items = sorted(ctx.router.menu, key=lambda item: not item.first)  # stable: features' order
    answers: dict[Condition, bool] = {}
    buttons = []
    for item in items:
        if not permitted(ctx, item.roles):
            continue
        if item.shown is not None and not await holds(item.shown, ctx, answers):
            continue
        buttons.append(Button(Msg(item.label_id), item.payload))
    return buttons


async def show_menu(ctx: Context) -> None:
    ctx.reply("menu", buttons=await menu_buttons(ctx))
