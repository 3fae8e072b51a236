"""Roles given by invitation: organizers invite mentors and organizers with single-use codes
that expire, and can take a role away again."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context
from bot.core.messages import Button, Msg, Reply
from bot.core.router import Router, button_value
from handlers.mentoring.profile import start_profile
from handlers.teams.codes import ROLE_PREFIX, invite_lines, too_many_wrong_codes, wrong_code
from storage.invites import normalize_code
from storage.models import Participant, RoleInvite

router = Router()

ORGANIZER = "organizer"
MENTOR = "mentor"
INVITABLE_ROLES = (MENTOR, ORGANIZER)
DEFAULT_INVITE_DAYS = 7


def invite_validity(ctx: Context) -> timedelta:
    return timedelta(days=int(ctx.settings.get("ROLE_INVITE_DAYS", str(DEFAULT_INVITE_DAYS))))


async def _create_invite(ctx: Context, role: str) -> None:
    invite = await ctx.uow.invites.create_role_invite(
        role, ctx.participant.id, ctx.now(), invite_validity(ctx)
    )
    ctx.reply(
        "role-invite",
        role=Msg(f"role-as-{role}"),
        ways=invite_lines(ctx, f"{ROLE_PREFIX}_{invite.code}", invite.code),
        expires=invite.expires_at,
    )


@router.command("invite_mentor", help_id="help-invite-mentor", roles=(ORGANIZER,))
async def invite_mentor(ctx: Context) -> None:
    await _create_invite(ctx, MENTOR)


@router.command("invite_organizer", help_id="help-invite-organizer", roles=(ORGANIZER,))
async def invite_organizer(ctx: Context) -> None:
    await _create_invite(ctx, ORGANIZER)


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
    """Grant the invite's role once; a used or expired invite counts as a wrong code."""
    if invite.used_at is not None:
        await wrong_code(ctx, "role-invite-used")
        return
    if invite.expires_at <= ctx.now():
        await wrong_code(ctx, "role-invite-expired")
        return
    role = Msg(f"role-as-{invite.role}")
    if not await ctx.uow.participants.grant(ctx.participant, invite.role, ctx.now()):
        ctx.reply("role-already", role=role)
        return
    invite.used_at, invite.used_by = ctx.now(), ctx.participant.id
    ctx.reply(f"role-granted-{invite.role}")
    inviter = await ctx.uow.participants.get(invite.created_by) if invite.created_by else None
    if inviter is not None:
        name = ctx.participant.display_name or Msg("team-member-unnamed")
        ctx.notify(inviter, Reply(Msg("role-invite-accepted", {"name": name, "role": role})))
    if invite.role == MENTOR:
        await after_mentor_accepted(ctx, ctx.participant)


async def after_mentor_accepted(ctx: Context, mentor: Participant) -> None:
    """Called once a person has accepted a mentor invite, was granted the role and was told:
    starts the mentor-profile flow (same transaction as the role)."""
    await start_profile(ctx)


def _holders(people: list[Participant], role: str, me: int) -> list[tuple[Participant, str]]:
    return [(person, role) for person in people if person.id != me]


@router.command("revoke_role", help_id="help-revoke-role", roles=(ORGANIZER,))
async def revoke_role(ctx: Context) -> None:
    holders: list[tuple[Participant, str]] = []
    for role in INVITABLE_ROLES:
        holders += _holders(await ctx.uow.participants.with_role(role), role, ctx.participant.id)
    if not holders:
        ctx.reply("role-revoke-nobody")
        return
    ctx.reply(
        "role-revoke-choose",
        buttons=[
            Button(
                Msg(
                    "role-holder",
                    {
                        "name": person.display_name or Msg("team-member-unnamed"),
                        "role": Msg(f"role-{role}"),
                    },
                ),
                f"rolerevoke:{person.id}:{role}",
            )
            for person, role in holders
        ],
    )


@router.button("rolerevoke", roles=(ORGANIZER,))
async def confirm_revoke(ctx: Context) -> None:
    person_id, _, role = button_value(ctx).partition(":")
    person = await ctx.uow.participants.get(int(person_id)) if person_id.isdigit() else None
    if person is None or person.id == ctx.participant.id or role not in INVITABLE_ROLES:
        await ctx.router.flows.stale(ctx)
        return
    name = person.display_name or Msg("team-member-unnamed")
    if not await ctx.uow.participants.revoke(person, role):
        ctx.reply("role-not-held", name=name, role=Msg(f"role-as-{role}"))
        return
    ctx.reply("role-revoked", name=name, role=Msg(f"role-as-{role}"))
    ctx.notify(person, Reply(Msg("role-you-lost", {"role": Msg(f"role-as-{role}")})))
