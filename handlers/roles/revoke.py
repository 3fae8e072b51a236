"""/revoke_role: an organizer takes a mentor's or organizer's role in their program away."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.messages import Button, Msg, Reply
from bot.core.payloads import Payload
from bot.core.roles import INVITABLE_ROLES, Role
from bot.core.router import Router
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
                RevokeRole(person.id, role).pack(),
            )
            for person, role in holders
        ],
    )


@router.button(RevokeRole, roles=(Role.ORGANIZER,))
async def confirm_revoke(ctx: Context, pressed: RevokeRole) -> None:
    person = await ctx.uow.participants.get(pressed.person)
    if person is None or person.id == ctx.participant.id or pressed.role not in INVITABLE_ROLES:
        await ctx.router.flows.stale(ctx)
        return
    name = person.display_name or Msg("team-member-unnamed")
    role = Msg(f"role-as-{pressed.role}")
    if not await ctx.uow.participants.revoke(person, pressed.role, ctx.participant.program_id):
        ctx.reply("role-not-held", name=name, role=role)
        return
    await ctx.router.flows.end_unpermitted(ctx.uow, person)
    ctx.reply("role-revoked", name=name, role=role)
    ctx.notify(person, Reply(Msg("role-you-lost", {"role": role})))
