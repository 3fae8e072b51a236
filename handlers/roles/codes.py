"""Invite codes as people see them: links per channel, and the limit on wrong codes."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context
from bot.core.messages import Msg

JOIN_PREFIX = "join"
ROLE_PREFIX = "role"
MAX_CODE_CHARS = 32


def invite_lines(ctx: Context, payload: str, code: str) -> list[Msg]:
    """One line per channel that has links (Telegram, Messenger), then the code to type."""
    lines = []
    for name in sorted(ctx.services.channels):
        link = ctx.services.start_link(name, payload)
        if link is not None:
            channel = Msg(f"team-channel-{name}")
            lines.append(Msg("team-invite-link", {"channel": channel, "link": link}))
    lines.append(Msg("team-invite-code", {"code": code}))
    return lines


async def too_many_wrong_codes(ctx: Context) -> bool:
    """Whether the person typed too many wrong codes lately (and is told so)."""
    limit = ctx.settings.invite_max_wrong_codes
    minutes = ctx.settings.invite_wrong_code_minutes
    since = ctx.now() - timedelta(minutes=minutes)
    if await ctx.uow.invites.wrong_codes_since(ctx.participant.id, since) >= limit:
        ctx.reply("team-code-rate-limited", minutes=minutes)
        return True
    return False


async def wrong_code(ctx: Context, message_id: str = "team-code-invalid") -> None:
    await ctx.uow.invites.note_wrong_code(ctx.participant.id, ctx.now())
    ctx.reply(message_id)
