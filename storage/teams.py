"""Teams and their members."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.models import Team, TeamMember


class TeamRole(StrEnum):
    """A person's place in a team. Stored as the string value."""

    LEAD = "lead"
    MEMBER = "member"


class TeamRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, team_id: int) -> Team | None:
        return await self.session.scalar(
            select(Team).where(Team.id == team_id).options(selectinload(Team.members))
        )

    async def get_for_update(self, team_id: int) -> Team | None:
        """The team, its row locked until the transaction ends (PostgreSQL; SQLite transactions
        are already exclusive), so two people cannot both take a team's last place."""
        return await self.session.scalar(
            select(Team)
            .where(Team.id == team_id)
            .options(selectinload(Team.members))
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def membership(self, participant_id: int, program_id: str) -> TeamMember | None:
        """The person's place in a team of this program, if they have one."""
        return await self.session.scalar(
            select(TeamMember)
            .where(TeamMember.participant_id == participant_id, TeamMember.program_id == program_id)
            .options(selectinload(TeamMember.team).selectinload(Team.members))
        )

    async def team_of(self, participant_id: int, program_id: str) -> Team | None:
        membership = await self.membership(participant_id, program_id)
        return membership.team if membership is not None else None

    async def name_of_team(self, participant_id: int, program_id: str) -> str | None:
        """The name of the person's team in this program, in one statement (``team_of``
        loads the team with its members: three)."""
        return await self.session.scalar(
            select(Team.name)
            .join(TeamMember, TeamMember.team_id == Team.id)
            .where(TeamMember.participant_id == participant_id, TeamMember.program_id == program_id)
        )

    async def in_program(self, program_id: str, include_archived: bool = False) -> list[Team]:
        query = (
            select(Team)
            .where(Team.program_id == program_id)
            .options(selectinload(Team.members))
            .order_by(Team.name_key)
        )
        if not include_archived:
            query = query.where(Team.archived_at.is_(None))
        return list(await self.session.scalars(query))

    async def by_name_key(self, program_id: str, name_key: str) -> Team | None:
        return await self.session.scalar(
            select(Team).where(Team.program_id == program_id, Team.name_key == name_key)
        )

    async def create(self, team: Team, lead_id: int, now: datetime) -> Team:
        """Add a team with its first member, the lead."""
        team.created_at = now
        team.members = [
            TeamMember(
                program_id=team.program_id,
                participant_id=lead_id,
                role=TeamRole.LEAD,
                joined_at=now,
            )
        ]
        self.session.add(team)
        await self.session.flush()
        return team

    async def add_member(self, team: Team, participant_id: int, now: datetime) -> TeamMember:
        member = TeamMember(
            program_id=team.program_id,
            participant_id=participant_id,
            role=TeamRole.MEMBER,
            joined_at=now,
        )
        team.members.append(member)
        await self.session.flush()
        return member

    async def remove_member(self, team: Team, member: TeamMember) -> None:
        team.members.remove(member)
        await self.session.flush()

    async def memberships_of(self, participant_id: int) -> list[TeamMember]:
        """Every team the person is in, across programs."""
        return list(
            await self.session.scalars(
                select(TeamMember)
                .where(TeamMember.participant_id == participant_id)
                .options(selectinload(TeamMember.team).selectinload(Team.members))
                .order_by(TeamMember.id)
            )
        )
