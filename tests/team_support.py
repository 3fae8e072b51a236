"""Helpers for the team tests: the invite codes the bot made (they are random), and a quick
registration through the real wizard."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from storage.models import RoleInvite, TeamInvite
from tests.support import Chat

LANGUAGE_BUTTON = {"mn": "1", "ja": "2", "en": "3"}


async def team_codes(app: App) -> list[str]:
    """The team invite codes the bot made, oldest first."""
    async with app.sessions() as session:
        return list(await session.scalars(select(TeamInvite.code).order_by(TeamInvite.id)))


async def role_codes(app: App) -> list[str]:
    """The role invite codes the bot made, oldest first."""
    async with app.sessions() as session:
        return list(await session.scalars(select(RoleInvite.code).order_by(RoleInvite.id)))


async def register_team(chat: Chat, name: str, email: str = "team@example.mn") -> str:
    """Register a team as the current person (language already chosen); returns its code."""
    if "[2]" in await chat.say("/register"):  # the consent, with Agree and Cancel
        await chat.say("1")
    lines = [name, "Solar yurts", "We heat yurts with the sun.", "7, 13", "Khan Solar LLC"]
    await chat.say(*lines, "1", "2", email, "1", "1")
    return (await team_codes(chat.app))[-1]
