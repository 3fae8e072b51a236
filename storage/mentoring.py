"""Mentor profiles, mentor assignments and mentoring sessions."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import ForeignKey, Integer, UniqueConstraint, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, MentorAssignment, MentoringSession, MentorProfile, Team


class SessionState(StrEnum):
    """A mentoring session: ``requested → confirmed → held | no_show``, or ``cancelled``.
    Stored as the string value."""

    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    """The mentor (or the team) said no to a request, with a reason."""


class SessionRating(Base):
    """One team member's stars for a session they had: one row per person (a second press
    changes it). ``participant_id`` is emptied when the person deletes their data; the stars
    stay in the session's mean."""

    __tablename__ = "session_ratings"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_sessions.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    stars: Mapped[int] = mapped_column(Integer)
    rated_at: Mapped[datetime]


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

    async def in_program(self, program_id: str) -> list[MentoringSession]:
        """The sessions of the program's teams, oldest first."""
        rows = await self.session.scalars(
            select(MentoringSession)
            .join(Team, Team.id == MentoringSession.team_id)
            .where(Team.program_id == program_id)
            .order_by(MentoringSession.id)
        )
        return list(rows)

    async def rate(self, session_id: int, participant_id: int, stars: int, now: datetime) -> None:
        """The person's rating of the session: added, or changed if they rated it before."""
        row = await self.session.scalar(
            select(SessionRating).where(
                SessionRating.session_id == session_id,
                SessionRating.participant_id == participant_id,
            )
        )
        if row is None:
            row = SessionRating(session_id=session_id, participant_id=participant_id)
            self.session.add(row)
        row.stars, row.rated_at = stars, now
        await self.session.flush()

    async def ratings(self, session_ids: list[int]) -> dict[int, list[int]]:
        """Each session's stars, in the order they were first given."""
        found: dict[int, list[int]] = {}
        if not session_ids:
            return found
        rows = await self.session.scalars(
            select(SessionRating)
            .where(SessionRating.session_id.in_(session_ids))
            .order_by(SessionRating.id)
        )
        for row in rows:
            found.setdefault(row.session_id, []).append(row.stars)
        return found

    async def rated_by(self, participant_id: int) -> int:
        """How many sessions the person has rated."""
        count = await self.session.scalar(
            select(func.count()).where(SessionRating.participant_id == participant_id)
        )
        return int(count or 0)

    async def forget_ratings_by(self, participant_id: int) -> None:
        """Keep the person's stars, no longer linked to them (``/delete_me``)."""
        await self.session.execute(
            update(SessionRating)
            .where(SessionRating.participant_id == participant_id)
            .values(participant_id=None)
        )
