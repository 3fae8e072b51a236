"""Invite codes as people see them: links per channel, and the one place every code is checked.

A code reaches the bot by ``/join CODE``, a deep link (``/start join_CODE``, ``/start
role_CODE``, an m.me ``ref``) or the *Join* button under a team's confirmation, whose payload
carries the code and can be crafted. Each route calls ``find_invite``: it refuses every code
while the person has typed too many wrong ones lately, and counts every wrong, replaced, used
or expired code, so the limit holds whatever the route.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Literal

from bot.core.context import Context
from bot.core.messages import Msg
from storage.invites import normalize_code
from storage.models import RoleInvite, TeamInvite

JOIN_PREFIX = "join"
ROLE_PREFIX = "role"
MAX_CODE_CHARS = 32

Kind = Literal["role", "team"]
ROLE_ONLY: tuple[Kind, ...] = ("role",)
TEAM_ONLY: tuple[Kind, ...] = ("team",)


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


async def find_invite(
    ctx: Context, typed: str, kinds: Collection[Kind] = ("role", "team")
) -> RoleInvite | TeamInvite | None:
    """The valid invite behind what the person typed or pressed; ``None`` after telling them
    why not (too many wrong codes lately, or this one is wrong, replaced, used or expired,
    which counts as a wrong code). A team invite returned is of a team that is not archived."""
    if await too_many_wrong_codes(ctx):
        return None
    code = normalize_code(typed[:MAX_CODE_CHARS])
    if not code:
        await wrong_code(ctx)
        return None
    role_invite = await ctx.uow.invites.role_invite(code) if "role" in kinds else None
    if role_invite is not None:
        if role_invite.used_at is not None:
            await wrong_code(ctx, "role-invite-used")
            return None
        if role_invite.expires_at <= ctx.now():
            await wrong_code(ctx, "role-invite-expired")
            return None
        return role_invite
    team_invite = await ctx.uow.invites.team_invite(code) if "team" in kinds else None
    team = await ctx.uow.teams.get(team_invite.team_id) if team_invite is not None else None
    if team_invite is None or team is None or team.archived_at is not None:
        await wrong_code(ctx)
        return None
    if team_invite.revoked_at is not None:
        await wrong_code(ctx, "team-code-replaced")
        return None
    return team_invite


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
