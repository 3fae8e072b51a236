"""Mentor profiles, mentor assignments and mentoring sessions."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MentorAssignment, MentoringSession, MentorProfile


class SessionState(StrEnum):
    """A mentoring session: ``requested → confirmed → held | no_show``, or ``cancelled``.
    Stored as the string value."""

    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class MentoringRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def profile(self, participant_id: int) -> MentorProfile | None:
        return await self.session.get(MentorProfile, participant_id)

    async def save_profile(self, profile: MentorProfile) -> MentorProfile:
        existing = await self.profile(profile.participant_id)
        if existing is None:
            self.session.add(profile)
            await self.session.flush()
            return profile
        for column in ("name", "organization", "expertise", "languages", "time_zone"):
            setattr(existing, column, getattr(profile, column))
        return existing

    async def profiles(self, participant_ids: list[int]) -> dict[int, MentorProfile]:
        if not participant_ids:
            return {}
        rows = await self.session.scalars(
            select(MentorProfile).where(MentorProfile.participant_id.in_(participant_ids))
        )
        return {row.participant_id: row for row in rows}

    async def assign(self, team_id: int, mentor_id: int, now: datetime) -> bool:
        """Assign once; ``False`` when the mentor was already assigned to the team."""
        if await self.is_assigned(team_id, mentor_id):
            return False
        self.session.add(MentorAssignment(team_id=team_id, mentor_id=mentor_id, assigned_at=now))
        await self.session.flush()
        return True

    async def is_assigned(self, team_id: int, mentor_id: int) -> bool:
        found = await self.session.scalar(
            select(MentorAssignment.id).where(
                MentorAssignment.team_id == team_id, MentorAssignment.mentor_id == mentor_id
            )
        )
        return found is not None

    async def mentors_of(self, team_id: int) -> list[int]:
        rows = await self.session.scalars(
            select(MentorAssignment.mentor_id)
            .where(MentorAssignment.team_id == team_id)
            .order_by(MentorAssignment.id)
        )
        return list(rows)

    async def teams_of(self, mentor_id: int) -> list[int]:
        """The teams the mentor is assigned to, in the order of assignment."""
        rows = await self.session.scalars(
            select(MentorAssignment.team_id)
            .where(MentorAssignment.mentor_id == mentor_id)
            .order_by(MentorAssignment.id)
        )
        return list(rows)

    async def add_session(self, row: MentoringSession) -> MentoringSession:
        self.session.add(row)
        await self.session.flush()
        return row

    async def get(self, session_id: int) -> MentoringSession | None:
        return await self.session.get(MentoringSession, session_id)

    async def overlapping(
        self, mentor_id: int, starts_at: datetime, length: timedelta, other_than: int
    ) -> MentoringSession | None:
        """A confirmed session of the mentor that overlaps ``starts_at`` + ``length``."""
        rows = await self.session.scalars(
            select(MentoringSession).where(
                MentoringSession.mentor_id == mentor_id,
                MentoringSession.state == SessionState.CONFIRMED,
                MentoringSession.id != other_than,
            )
        )
        for row in rows:
            assert row.starts_at is not None
            ends = row.starts_at + timedelta(minutes=row.length_minutes)
            if row.starts_at < starts_at + length and starts_at < ends:
                return row
        return None

    async def all(self) -> list[MentoringSession]:
        rows = await self.session.scalars(select(MentoringSession).order_by(MentoringSession.id))
        return list(rows)
