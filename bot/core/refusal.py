"""Telling a person that what they pressed or typed needs a role they do not hold."""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.context import Context
from bot.core.roles import Role


def permitted(ctx: Context, roles: Iterable[Role]) -> bool:
    """Whether the person holds one of ``roles`` in their program (no roles: everyone)."""
    needed = frozenset(roles)
    return not needed or bool(needed & ctx.roles)


def refuse(ctx: Context, roles: Iterable[Role]) -> None:
    """Tell the person this needs a role they do not hold: event staff's commands say they are
    for event staff, a judges' command says it is for judges, any other for organizers."""
    needed = frozenset(roles)
    if Role.STAFF in needed:
        ctx.reply("not-allowed-staff")
    elif needed == {Role.JUDGE}:
        ctx.reply("not-allowed-judge")
    else:
        ctx.reply("not-allowed")
