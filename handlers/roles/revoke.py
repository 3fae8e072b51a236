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


@dataclass(frozen=True)
class ChooseRole(Payload, prefix="rolewhich"):
    person: int


async def _names(ctx: Context, people: list[Participant]) -> dict[int, Msg | str]:
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


async def _held(ctx: Context) -> dict[int, tuple[Participant, list[Role]]]:
    """Everyone else who holds a role that can be taken away in the program, with their roles."""
    held: dict[int, tuple[Participant, list[Role]]] = {}
    for role in INVITABLE_ROLES:
        for person in await ctx.uow.participants.with_role(role, ctx.participant.program_id):
            if person.id != ctx.participant.id:
                held.setdefault(person.id, (person, []))[1].append(role)
    return held


@router.command("revoke_role", help_id="help-revoke-role", roles=(Role.ORGANIZER,))
async def revoke_role(ctx: Context) -> None:
    """One button per person (a label is their name alone, so it fits a button); a person
    who holds both roles is asked which one next."""
    held = await _held(ctx)
    if not held:
        ctx.reply("role-revoke-nobody")
        return
    names = await _names(ctx, [person for person, _ in held.values()])
    lines = [
        Msg("role-holder-line", {"name": names[person.id], "role": Msg(f"role-{role}")})
        for person, roles in held.values()
        for role in roles
    ]
    buttons = [
        Button(
            Msg("role-holder", {"name": names[person.id]}),
            RevokeRole(person.id, roles[0]).pack()
            if len(roles) == 1
            else ChooseRole(person.id).pack(),
        )
        for person, roles in held.values()
    ]
    ctx.reply("role-revoke-choose", buttons=buttons, holders=lines)


@router.button(ChooseRole, roles=(Role.ORGANIZER,))
async def choose_role(ctx: Context, pressed: ChooseRole) -> None:
    found = (await _held(ctx)).get(pressed.person)
    if found is None:
        await ctx.router.flows.stale(ctx)
        return
    person, roles = found
    ctx.reply(
        "role-revoke-which",
        buttons=[
            Button(Msg(f"role-button-{role}"), RevokeRole(person.id, role).pack()) for role in roles
        ],
        name=(await _names(ctx, [person]))[person.id],
    )


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
