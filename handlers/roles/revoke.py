"""/revoke_role: an organizer takes a mentor's or organizer's role in their program away."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.messages import Button, Msg, Reply
from bot.core.payloads import Payload
from bot.core.roles import INVITABLE_ROLES, Role
from bot.core.router import Router
from handlers.roles.invites import program_name
from storage.models import Participant

router = Router()


@dataclass(frozen=True)
class RevokeRole(Payload, prefix="rolerevoke"):
    person: int
    role: Role


@router.command("revoke_role", help_id="help-revoke-role", roles=(Role.ORGANIZER,))
async def revoke_role(ctx: Context) -> None:
    program_id = ctx.participant.program_id
    holders: list[tuple[Participant, Role]] = []
    for role in INVITABLE_ROLES:
        holders += [
            (person, role)
            for person in await ctx.uow.participants.with_role(role, program_id)
            if person.id != ctx.participant.id
        ]
    if not holders:
        ctx.reply("role-revoke-nobody")
        return
    names = await _names(ctx, [person for person, _ in holders])
    ctx.reply(
        "role-revoke-choose",
        buttons=[
            Button(
                Msg("role-holder", {"name": names[person.id], "role": Msg(f"role-{role}")}),
                RevokeRole(person.id, role).pack(),
            )
            for person, role in holders
        ],
    )


async def _names(ctx: Context, people: list[Participant]) -> dict[int, str | Msg]:
    """The name others know each person by: a mentor's profile name, else the name their
    platform gives."""
    profiles = await ctx.uow.mentoring.profiles([person.id for person in people])
    return {
        person.id: (
            profiles[person.id].name
            if person.id in profiles
            else person.display_name or Msg("team-member-unnamed")
        )
        for person in people
    }


@router.button(RevokeRole, roles=(Role.ORGANIZER,))
async def confirm_revoke(ctx: Context, pressed: RevokeRole) -> None:
    person = await ctx.uow.participants.get(pressed.person)
    if person is None or person.id == ctx.participant.id or pressed.role not in INVITABLE_ROLES:
        await ctx.router.flows.stale(ctx)
        return
    name = (await _names(ctx, [person]))[person.id]
    role = Msg(f"role-as-{pressed.role}")
    program_id = ctx.participant.program_id
    if not await ctx.uow.participants.revoke(person, pressed.role, program_id):
        ctx.reply("role-not-held", name=name, role=role)
        return
    ctx.reply("role-revoked", name=name, role=role)
    program = await program_name(ctx, program_id, person.language)
    ctx.notify(person, Reply(Msg("role-you-lost", {"role": role, "program": program})))
