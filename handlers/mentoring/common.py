"""What the mentoring modules share: the session's sides and its details line."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import Context, time_zone_of
from bot.core.messages import LocalTime, Msg
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


async def other_side_zone(uow: UnitOfWork, session: MentoringSession, reader: int) -> str | None:
    """The zone of the other side of a one-to-one session: the team's (the lead who asked)
    for the mentor, the mentor's for anyone else."""
    other_id = session.requested_by if reader == session.mentor_id else session.mentor_id
    other = await uow.participants.get(other_id) if other_id is not None else None
    if other is None:
        return None
    return time_zone_of(other, other.language or "").key


def both_clocks(at: datetime, other_zone: str | None) -> LocalTime:
    """A session time on the reader's clock and, when it differs, on the other side's."""
    return LocalTime(at, place=other_zone, both=True)


async def team_of_lead(ctx: Context) -> Team | None:
    """The team the sender leads in their program, else ``None``."""
    membership = await ctx.uow.teams.membership(
        ctx.participant.id, ctx.participant.program_id or ""
    )
    if membership is None or membership.role != TeamRole.LEAD:
        return None
    return await ctx.uow.teams.get(membership.team_id)
