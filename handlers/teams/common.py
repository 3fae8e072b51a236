"""What the team features share: the person's program, consent, the team card."""

from __future__ import annotations

from bot.core.conditions import AllOf, Not
from bot.core.context import Context
from bot.core.messages import ArgValue, LocalTime, Msg
from storage.models import Program, Team, TeamMember
from storage.teams import TeamRole


def consent_version(ctx: Context) -> str:
    """The version of the consent text in force (setting ``CONSENT_VERSION``)."""
    return ctx.settings.consent_version


async def has_consented(ctx: Context) -> bool:
    return await ctx.uow.consents.has(ctx.participant.id, consent_version(ctx))


async def current_program(ctx: Context) -> Program | None:
    """The person's program; tells them so and returns ``None`` when they follow none."""
    program_id = ctx.participant.program_id
    program = await ctx.uow.programs.get(program_id) if program_id else None
    if program is None:
        ctx.reply("team-no-program")
    return program


async def my_membership(ctx: Context, lead_only: bool = False) -> tuple[TeamMember, Program] | None:
    """The sender's place in a team of their program (and that program); says what is wrong
    and returns ``None`` when they follow no program, are in no team, or (``lead_only``) do
    not lead it."""
    program = await current_program(ctx)
    if program is None:
        return None
    membership = await ctx.uow.teams.membership(ctx.participant.id, program.id)
    if membership is None:
        ctx.reply("team-none-yet")
        return None
    if lead_only and membership.role != TeamRole.LEAD:
        ctx.reply("team-lead-only")
        return None
    return membership, program


async def in_a_team(ctx: Context) -> bool:
    """Whether the person is in a team of the program they follow (a menu condition)."""
    program_id = ctx.participant.program_id
    return program_id is not None and (
        await ctx.uow.teams.membership(ctx.participant.id, program_id) is not None
    )


async def follows_a_program(ctx: Context) -> bool:
    return ctx.participant.program_id is not None


without_a_team = AllOf((follows_a_program, Not(in_a_team)))
"""The person follows a program and is in none of its teams (a menu condition: the menu asks
``in_a_team`` once for this and for the items of those in a team)."""


def sdg_lines(numbers: list[int]) -> list[Msg]:
    return [Msg("team-sdg-line", {"number": n, "name": Msg(f"team-sdg-{n}")}) for n in numbers]


def organization_lines(organizations: list[dict[str, str]]) -> list[Msg]:
    return [
        Msg(
            "team-org-line",
            {"name": org["name"], "country": Msg(f"team-country-{org['country'].lower()}")},
        )
        for org in organizations
    ]


def member_lines(team: Team) -> list[Msg]:
    return [
        Msg(
            "team-member-line",
            {
                "name": member.participant.display_name or Msg("team-member-unnamed"),
                "role": Msg(
                    "team-role-lead" if member.role == TeamRole.LEAD else "team-role-member"
                ),
            },
        )
        for member in team.members
    ]


async def team_card(ctx: Context, team: Team, program: Program) -> Msg:
    deadlines = await ctx.uow.submissions.deadlines(program.id)
    stages = []
    for stage in program.stages:
        status = await ctx.uow.submissions.stage_status(team.id, stage)
        args: dict[str, ArgValue] = {
            "stage": stage.names.get(ctx.locale, stage.key),
            "status": Msg(f"team-stage-{status}"),
        }
        if deadlines.is_extended(team.id, stage):  # the team's own deadline, not the stage's
            args["deadline"] = LocalTime(deadlines.of(team.id, stage), place=program.time_zone)
            stages.append(Msg("team-stage-line-extended", args))
        else:
            stages.append(Msg("team-stage-line", args))
    return Msg(
        "team-card",
        {
            "name": team.name,
            "title": team.project_title,
            "description": team.description,
            "sdgs": sdg_lines(team.sdgs),
            "organizations": organization_lines(team.organizations),
            "email": team.contact_email or Msg("team-none"),
            "phone": team.contact_phone or Msg("team-none"),
            "members": member_lines(team),
            "size": len(team.members),
            "max": program.team_max_size,
            "stages": stages or [Msg("team-none")],
        },
    )
