"""The main menu: every feature's menu items that fit the person now, their next steps first."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button, Msg


async def menu_buttons(ctx: Context) -> list[Button]:
    items = sorted(ctx.router.menu, key=lambda item: not item.first)  # stable: features' order
    return [Button(Msg(item.label_id), item.payload) for item in items if await item.visible(ctx)]


async def show_menu(ctx: Context) -> None:
    ctx.reply("menu", buttons=await menu_buttons(ctx))
