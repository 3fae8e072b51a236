"""Team invites and membership: the invite (per channel and as a code), joining with
confirmation, leaving, removing a member and handing over the lead."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button, Msg, Reply
from bot.core.pages import Acting
from bot.core.router import Router
from handlers.roles.codes import (
    JOIN_PREFIX,
    MAX_CODE_CHARS,
    invite_lines,
    too_many_wrong_codes,
    wrong_code,
)
from handlers.roles.invites import accept_role_invite
from handlers.teams.buttons import HandOver, JoinTeam, LeaveTeam, NewTeamCode, RemoveMember
from handlers.teams.common import (
    consent_version,
    has_consented,
    my_membership,
    team_card,
    without_a_team,
)
from storage.invites import normalize_code
from storage.models import Program, Team, TeamMember
from storage.teams import TeamRole

router = Router()


async def _lead_team(ctx: Context) -> tuple[Team, Program] | None:
    """The team the sender leads; says what is wrong and returns ``None`` otherwise."""
    found = await my_membership(ctx, lead_only=True)
    return (found[0].team, found[1]) if found is not None else None


@router.command("invite", help_id="help-invite")
async def invite(ctx: Context) -> None:
    found = await _lead_team(ctx)
    if found is None:
        return
    team, program = found
    code = await ctx.uow.invites.team_code(team.id, ctx.now())
    _show_invite(ctx, team, program, code)


def _show_invite(ctx: Context, team: Team, program: Program, code: str) -> None:
    ctx.reply(
        "team-invite",
        buttons=[Button(Msg("team-button-new-code"), NewTeamCode().pack())],
        name=team.name,
        ways=invite_lines(ctx, f"{JOIN_PREFIX}_{code}", code),
        size=len(team.members),
        max=program.team_max_size,
    )


@router.button(NewTeamCode)
async def new_team_code(ctx: Context, pressed: NewTeamCode) -> None:
    found = await _lead_team(ctx)
    if found is None:
        return
    team, program = found
    code = await ctx.uow.invites.new_team_code(team.id, ctx.now())
    _show_invite(ctx, team, program, code)


@router.command("join", help_id="help-join")
async def join(ctx: Context) -> None:
    if not ctx.message.command_arg:
        ctx.reply("team-join-how")
        return
    await use_code(ctx, ctx.message.command_arg)


@router.deep_link(JOIN_PREFIX)
async def join_link(ctx: Context) -> None:
    await use_code(ctx, ctx.message.command_arg.split("_", 1)[-1])


async def use_code(ctx: Context, typed: str) -> None:
    """A typed or linked code: a team's (ask to join) or a role invite (accept it)."""
    if await too_many_wrong_codes(ctx):
        return
    code = normalize_code(typed[:MAX_CODE_CHARS])
    role_invite = await ctx.uow.invites.role_invite(code) if code else None
    if role_invite is not None:
        await accept_role_invite(ctx, role_invite)
        return
    team_invite = await ctx.uow.invites.team_invite(code) if code else None
    team = await ctx.uow.teams.get(team_invite.team_id) if team_invite else None
    if team_invite is None or team is None or team.archived_at is not None:
        await wrong_code(ctx)
        return
    if team_invite.revoked_at is not None:
        await wrong_code(ctx, "team-code-replaced")
        return
    program = await _joinable(ctx, team)
    if program is None:
        return
    if not await has_consented(ctx):
        ctx.reply("privacy-consent", version=consent_version(ctx))
    lead = next((m for m in team.members if m.role == TeamRole.LEAD), None)
    ctx.reply(
        "team-join-confirm",
        buttons=[
            Button(Msg("team-button-join"), JoinTeam(code).pack()),
            Button(Msg("button-cancel"), JoinTeam(None).pack()),
        ],
        name=team.name,
        title=team.project_title,
        lead=(lead.participant.display_name if lead else None) or Msg("team-member-unnamed"),
        size=len(team.members),
        max=program.team_max_size,
    )


async def _joinable(ctx: Context, team: Team) -> Program | None:
    """The team's program when the sender may join it now; else says why and returns None."""
    program = await ctx.uow.programs.get(team.program_id)
    if program is None:
        ctx.reply("team-code-invalid")
        return None
    if await ctx.uow.teams.membership(ctx.participant.id, program.id) is not None:
        ctx.reply("team-already-member")
        return None
    if len(team.members) >= program.team_max_size:
        ctx.reply("team-full", name=team.name, max=program.team_max_size)
        return None
    return program


@router.button(JoinTeam)
async def confirm_join(ctx: Context, pressed: JoinTeam) -> None:
    code = pressed.code
    if code is None:
        ctx.reply("team-join-cancelled")
        return
    invite_row = await ctx.uow.invites.team_invite(code)
    team = await ctx.uow.teams.get_for_update(invite_row.team_id) if invite_row else None
    if invite_row is None or team is None or team.archived_at is not None:
        ctx.reply("team-code-invalid")
        return
    if invite_row.revoked_at is not None:
        ctx.reply("team-code-replaced")
        return
    program = await _joinable(ctx, team)
    if program is None:
        return
    await ctx.uow.consents.record(ctx.participant.id, consent_version(ctx), ctx.now())
    await ctx.uow.teams.add_member(team, ctx.participant.id, ctx.now())
    # The person joins the team's program, so /team shows it.
    ctx.participant.program_id = program.id
    team = await ctx.uow.teams.get(team.id) or team
    ctx.reply("team-joined", name=team.name)
    ctx.send(Reply(await team_card(ctx, team, program)))
    for member in team.members:
        if member.role == TeamRole.LEAD:
            ctx.notify(
                member.participant,
                Reply(
                    Msg(
                        "team-member-joined",
                        {"name": _name_of(member_of(team, ctx.participant.id)), "team": team.name},
                    )
                ),
            )


def member_of(team: Team, participant_id: int) -> TeamMember | None:
    return next((m for m in team.members if m.participant_id == participant_id), None)


def _name_of(member: TeamMember | None) -> str | Msg:
    if member is None or not member.participant.display_name:
        return Msg("team-member-unnamed")
    return member.participant.display_name


@router.command("leave", help_id="help-leave")
async def leave(ctx: Context) -> None:
    found = await my_membership(ctx)
    if found is None:
        return
    membership, _ = found
    team = membership.team
    if membership.role == TeamRole.LEAD and len(team.members) > 1:
        ctx.reply("team-lead-cannot-leave")
        return
    message_id = (
        "team-leave-confirm-archive" if membership.role == TeamRole.LEAD else "team-leave-confirm"
    )
    ctx.reply(
        message_id,
        buttons=[
            Button(Msg("team-button-leave"), LeaveTeam(team.id).pack()),
            Button(Msg("button-cancel"), LeaveTeam(None).pack()),
        ],
        name=team.name,
    )


@router.button(LeaveTeam)
async def confirm_leave(ctx: Context, pressed: LeaveTeam) -> None:
    program = await ctx.uow.programs.get(ctx.participant.program_id or "")
    membership = await ctx.uow.teams.membership(ctx.participant.id, program.id) if program else None
    if pressed.team is None:
        ctx.reply("team-leave-cancelled")
        return
    if membership is None or membership.team_id != pressed.team:
        await ctx.router.flows.stale(ctx)
        return
    team = membership.team
    if membership.role == TeamRole.LEAD and len(team.members) > 1:
        ctx.reply("team-lead-cannot-leave")
        return
    await leave_team(ctx, team, membership)
    ctx.reply("team-left", name=team.name)


async def leave_team(ctx: Acting, team: Team, membership: TeamMember) -> None:
    """Take the person out of the team. A lead's team passes to the longest-standing member,
    or is archived when nobody is left."""
    others = [m for m in team.members if m.id != membership.id]
    was_lead = membership.role == TeamRole.LEAD
    await ctx.uow.teams.remove_member(team, membership)
    if not others:
        team.archived_at = ctx.now()
        return
    if was_lead:
        heir = min(others, key=lambda m: (m.joined_at, m.id))
        heir.role = TeamRole.LEAD
        ctx.notify(heir.participant, Reply(Msg("team-you-are-lead", {"team": team.name})))
    for member in others:
        if member.role == TeamRole.LEAD and not was_lead:
            ctx.notify(
                member.participant,
                Reply(Msg("team-member-left", {"name": _name_of(membership), "team": team.name})),
            )


async def _choose_member(
    ctx: Context, message_id: str, button: type[RemoveMember] | type[HandOver]
) -> None:
    """The lead picks one of the other members: a button each."""
    found = await _lead_team(ctx)
    if found is None:
        return
    team, _ = found
    others = [m for m in team.members if m.role == TeamRole.MEMBER]
    if not others:
        ctx.reply("team-no-other-members")
        return
    ctx.reply(
        message_id,
        buttons=[
            *(
                Button(
                    Msg("team-member-button", {"name": _name_of(m)}),
                    button(m.participant_id).pack(),
                )
                for m in others
            ),
            Button(Msg("button-cancel"), button(None).pack()),
        ],
    )


async def _chosen_member(
    ctx: Context, pressed: RemoveMember | HandOver, cancelled: str
) -> tuple[Team, TeamMember] | None:
    """The member a lead's button names, once the lead has confirmed; until then (and after
    Cancel) says so and returns ``None``."""
    if pressed.person is None:
        ctx.reply(cancelled)
        return None
    found = await _lead_team(ctx)
    if found is None:
        return None
    team, _ = found
    member = member_of(team, pressed.person)
    if member is None or member.role != TeamRole.MEMBER:
        await ctx.router.flows.stale(ctx)
        return None
    if pressed.confirmed:
        return team, member
    kind = type(pressed)
    action = "remove" if kind is RemoveMember else "handover"
    ctx.reply(
        f"team-{action}-confirm",
        buttons=[
            Button(Msg(f"team-button-{action}"), kind(member.participant_id, True).pack()),
            Button(Msg("button-cancel"), kind(None).pack()),
        ],
        name=_name_of(member),
        team=team.name,
    )
    return None


@router.command("remove", help_id="help-remove")
async def remove(ctx: Context) -> None:
    await _choose_member(ctx, "team-remove-choose", RemoveMember)


@router.button(RemoveMember)
async def confirm_remove(ctx: Context, pressed: RemoveMember) -> None:
    chosen = await _chosen_member(ctx, pressed, "team-remove-cancelled")
    if chosen is None:
        return
    team, member = chosen
    name = _name_of(member)
    removed = member.participant
    await ctx.uow.teams.remove_member(team, member)
    ctx.reply("team-removed", name=name, team=team.name)
    ctx.notify(removed, Reply(Msg("team-you-were-removed", {"team": team.name})))


@router.command("handover", help_id="help-handover")
async def handover(ctx: Context) -> None:
    await _choose_member(ctx, "team-handover-choose", HandOver)


@router.button(HandOver)
async def confirm_handover(ctx: Context, pressed: HandOver) -> None:
    chosen = await _chosen_member(ctx, pressed, "team-handover-cancelled")
    if chosen is None:
        return
    team, heir = chosen
    me = member_of(team, ctx.participant.id)
    if me is None:
        await ctx.router.flows.stale(ctx)
        return
    me.role, heir.role = TeamRole.MEMBER, TeamRole.LEAD
    ctx.reply("team-handed-over", name=_name_of(heir), team=team.name)
    ctx.notify(heir.participant, Reply(Msg("team-you-are-lead", {"team": team.name})))


router.menu_item("menu-join", "join", shown=without_a_team, first=True)
