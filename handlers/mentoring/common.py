"""What the mentoring modules share: the session's sides and its details line."""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context
from bot.core.messages import Msg
from storage.models import MentoringSession, Participant, Team
from storage.teams import TeamRole
from storage.uow import UnitOfWork

MAX_PROPOSALS = 3
LENGTHS = (30, 60, 90)
ONLINE, IN_PERSON = "online", "in_person"


def person_name(person: Participant | None) -> Msg | str:
    if person is None or not person.display_name:
        return Msg("team-member-unnamed")
    return person.display_name


async def mentor_name(uow: UnitOfWork, mentor_id: int) -> Msg | str:
    profile = await uow.mentoring.profile(mentor_id)
    if profile is not None:
        return profile.name
    return person_name(await uow.participants.get(mentor_id))


def leads(team: Team) -> list[int]:
    return [m.participant_id for m in team.members if m.role == TeamRole.LEAD]


def members(team: Team) -> list[int]:
    return [m.participant_id for m in team.members]


def length(session: MentoringSession) -> timedelta:
    return timedelta(minutes=session.length_minutes)


async def details(uow: UnitOfWork, session: MentoringSession) -> Msg:
    """Topic, team, mentor, length and where; times are added by the caller."""
    team = await uow.teams.get(session.team_id)
    return Msg(
        "session-details",
        {
            "topic": session.topic,
            "team": team.name if team else "",
            "mentor": await mentor_name(uow, session.mentor_id),
            "length": length(session),
            "where": Msg(f"session-where-{session.mode}", {"place": session.place}),
        },
    )


async def team_of_lead(ctx: Context) -> Team | None:
    """The team the sender leads in their program, else ``None``."""
    membership = await ctx.uow.teams.membership(
        ctx.participant.id, ctx.participant.program_id or ""
    )
    if membership is None or membership.role != TeamRole.LEAD:
        return None
    return await ctx.uow.teams.get(membership.team_id)
