"""/invite_staff: an organizer invites someone to check people in at the program's events (a
single-use invite, like a mentor's). Organizers check people in without it."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.roles import Role
from bot.core.router import Router
from handlers.roles.invites import create_invite

router = Router()


@router.command("invite_staff", help_id="help-invite-staff", roles=(Role.ORGANIZER,))
async def invite_staff(ctx: Context) -> None:
    await create_invite(ctx, Role.STAFF)
