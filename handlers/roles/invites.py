"""Role invites: organizers invite mentors and organizers of their program with single-use
codes that expire; accepting one grants the role for that program and starts what the role
needs first (``Router.on_role_granted``: a mentor's profile)."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context
from bot.core.messages import Msg, Reply
from bot.core.roles import Role
from bot.core.router import Router
from handlers.roles.codes import ROLE_PREFIX, invite_lines, too_many_wrong_codes, wrong_code
from storage.invites import normalize_code
from storage.models import RoleInvite

router = Router()


async def program_name(
    ctx: Context, program_id: str | None, language: str | None = None
) -> str | Msg:
    """What a role is for, in ``language`` (the sender's by default): the program's name, or
    every program for a role given without one."""
    program = await ctx.uow.programs.get(program_id) if program_id else None
    if program is None:
        return Msg("role-every-program")
    return program.names.get(language or ctx.locale, program.id)


def invite_validity(ctx: Context) -> timedelta:
    return timedelta(days=ctx.settings.role_invite_days)


async def create_invite(ctx: Context, role: Role) -> None:
    """A single-use invite to ``role`` in the organizer's program, shown with its links."""
    invite = await ctx.uow.invites.create_role_invite(
        role, ctx.participant.id, ctx.now(), invite_validity(ctx), ctx.participant.program_id
    )
    ctx.reply(
        "role-invite",
        role=Msg(f"role-as-{role}"),
        ways=invite_lines(ctx, f"{ROLE_PREFIX}_{invite.code}", invite.code),
        expires=invite.expires_at,
    )


@router.command("invite_mentor", help_id="help-invite-mentor", roles=(Role.ORGANIZER,))
async def invite_mentor(ctx: Context) -> None:
    await create_invite(ctx, Role.MENTOR)


@router.command("invite_organizer", help_id="help-invite-organizer", roles=(Role.ORGANIZER,))
async def invite_organizer(ctx: Context) -> None:
    await create_invite(ctx, Role.ORGANIZER)


@router.deep_link(ROLE_PREFIX)
async def role_link(ctx: Context) -> None:
    if await too_many_wrong_codes(ctx):
        return
    code = normalize_code(ctx.message.command_arg.split("_", 1)[-1])
    invite = await ctx.uow.invites.role_invite(code) if code else None
    if invite is None:
        await wrong_code(ctx)
        return
    await accept_role_invite(ctx, invite)


async def accept_role_invite(ctx: Context, invite: RoleInvite) -> None:
    """Grant the invite's role once; a used or expired invite counts as a wrong code. A person
    who follows no program yet follows the invite's."""
    if invite.used_at is not None:
        await wrong_code(ctx, "role-invite-used")
        return
    if invite.expires_at <= ctx.now():
        await wrong_code(ctx, "role-invite-expired")
        return
    role = Role(invite.role)
    label = Msg(f"role-as-{role}")
    person = ctx.participant
    if not await ctx.uow.participants.grant(person, role, ctx.now(), invite.program_id):
        ctx.reply("role-already", role=label)
        return
    if person.program_id is None:
        person.program_id = invite.program_id
    invite.used_at, invite.used_by = ctx.now(), person.id
    ctx.reply(f"role-granted-{role}", program=await program_name(ctx, invite.program_id))
    inviter = await ctx.uow.participants.get(invite.created_by) if invite.created_by else None
    if inviter is not None:
        name = person.display_name or Msg("team-member-unnamed")
        ctx.notify(inviter, Reply(Msg("role-invite-accepted", {"name": name, "role": label})))
    then = ctx.router.role_granted.get(role)
    if then is not None:
        await then(ctx)
