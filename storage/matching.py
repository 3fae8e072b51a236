"""Co-creation matching: the projects a team lead published, the visitors who browse them and
the introductions between the two (docs/matching.md)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import PERSONAL, Base


class Need(StrEnum):
    """What a team looks for and what a visitor offers: one fixed list for both."""

    TECHNOLOGY = "technology"
    INVESTMENT = "investment"
    JAPAN = "dist-japan"
    MONGOLIA = "dist-mongolia"
    RESEARCH = "research"
    PILOT = "pilot"
    OTHER = "other"


class ShowcaseState(StrEnum):
    PENDING = "pending"
    """Confirmed by the lead, waiting for an organizer's approval."""
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class IntroState(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    """The lead asked the organizers about it; still open for an answer."""
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"


OPEN_STATES = (IntroState.OPEN, IntroState.ASKED)


class ShowcaseProject(Base):
    """What a team published: only these fields are ever shown to visitors."""

    __tablename__ = "showcase_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), unique=True)
    program_id: Mapped[str] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    pitches: Mapped[dict[str, Any]]
    """``{"mn": …, "ja": …, "en": …}``: the lead's own words, each at most 300 characters."""
    sdgs: Mapped[list[Any]]
    needs: Mapped[list[Any]]
    need_note: Mapped[str] = mapped_column(String(200), default="")
    deck_public: Mapped[bool] = mapped_column(default=False)
    state: Mapped[str] = mapped_column(String(16))
    confirmed_at: Mapped[datetime]
    published_at: Mapped[datetime | None]


class MatchingVisitor(Base):
    """A company, investor or researcher who browses the projects and asks for introductions."""

    __tablename__ = "matching_visitors"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, info=PERSONAL
    )
    name: Mapped[str] = mapped_column(String(120), info=PERSONAL)
    organization: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    country: Mapped[str] = mapped_column(String(8))
    offers: Mapped[list[Any]]
    contact_kind: Mapped[str] = mapped_column(String(16))
    """``email``, ``phone`` or ``chat`` (the chat handle the person allowed)."""
    contact: Mapped[str] = mapped_column(String(320), info=PERSONAL)
    consented_at: Mapped[datetime]


class Introduction(Base):
    """A visitor's request to meet a team, and its answer."""

    __tablename__ = "introductions"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("showcase_projects.id", ondelete="CASCADE"), index=True
    )
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    visitor_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    organization: Mapped[str] = mapped_column(String(200), info=PERSONAL)
    """The visitor's organization when they asked: what /leads groups by."""
    message: Mapped[str] = mapped_column(String(500), info=PERSONAL)
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), info=PERSONAL
    )
    note: Mapped[str] = mapped_column(String(500), default="", info=PERSONAL)
    """The lead's reason for a decline, if they wrote one."""
    lead_contact_kind: Mapped[str] = mapped_column(String(16), default="")
    proposals: Mapped[list[Any]]
    """The first meeting's proposed times (ISO, UTC), up to three, once the lead proposed."""
    meeting_at: Mapped[datetime | None]
    meeting_minutes: Mapped[int] = mapped_column(Integer, default=60)


class MatchingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- projects -----------------------------------------------------------------------

    async def project(self, project_id: int) -> ShowcaseProject | None:
        return await self.session.get(ShowcaseProject, project_id)

    async def project_of(self, team_id: int) -> ShowcaseProject | None:
        return await self.session.scalar(
            select(ShowcaseProject).where(ShowcaseProject.team_id == team_id)
        )

    async def save_project(self, project: ShowcaseProject) -> ShowcaseProject:
        self.session.add(project)
        await self.session.flush()
        return project

    async def projects(self, program_id: str, state: str | None = None) -> list[ShowcaseProject]:
        query = (
            select(ShowcaseProject)
            .where(ShowcaseProject.program_id == program_id)
            .order_by(ShowcaseProject.id)
        )
        if state is not None:
            query = query.where(ShowcaseProject.state == state)
        return list(await self.session.scalars(query))

    # --- visitors -----------------------------------------------------------------------

    async def visitor(self, participant_id: int) -> MatchingVisitor | None:
        return await self.session.get(MatchingVisitor, participant_id)

    async def save_visitor(self, visitor: MatchingVisitor) -> None:
        await self.session.merge(visitor)
        await self.session.flush()

    async def visitor_ids(self, offers: str | None = None) -> list[int]:
        """Every visitor's participant id; with ``offers``, those offering it."""
        rows = await self.session.execute(
            select(MatchingVisitor.participant_id, MatchingVisitor.offers).order_by(
                MatchingVisitor.participant_id
            )
        )
        return [person for person, offered in rows if offers is None or offers in offered]

    # --- introductions ------------------------------------------------------------------

    async def add(self, intro: Introduction) -> Introduction:
        self.session.add(intro)
        await self.session.flush()
        return intro

    async def introduction(self, intro_id: int) -> Introduction | None:
        return await self.session.get(Introduction, intro_id)

    async def lock(self, intro_id: int) -> Introduction | None:
        return await self.session.scalar(
            select(Introduction)
            .where(Introduction.id == intro_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def open_count(self, visitor_id: int, now: datetime) -> int:
        """The visitor's requests still waiting for an answer."""
        found = await self.session.scalar(
            select(func.count())
            .select_from(Introduction)
            .where(
                Introduction.visitor_id == visitor_id,
                Introduction.state.in_(OPEN_STATES),
                Introduction.expires_at > now,
            )
        )
        return int(found or 0)

    async def open_request(self, visitor_id: int, project_id: int, now: datetime) -> bool:
        found = await self.session.scalar(
            select(Introduction.id).where(
                Introduction.visitor_id == visitor_id,
                Introduction.project_id == project_id,
                Introduction.state.in_(OPEN_STATES),
                Introduction.expires_at > now,
            )
        )
        return found is not None

    async def in_program(self, program_id: str) -> list[Introduction]:
        return list(
            await self.session.scalars(
                select(Introduction)
                .where(Introduction.program_id == program_id)
                .order_by(Introduction.created_at, Introduction.id)
            )
        )

    async def of_visitor(self, visitor_id: int) -> list[Introduction]:
        return list(
            await self.session.scalars(
                select(Introduction)
                .where(Introduction.visitor_id == visitor_id)
                .order_by(Introduction.id)
            )
        )

    async def expiring(self, before: datetime) -> list[Introduction]:
        """Open requests whose time runs out before ``before``."""
        return list(
            await self.session.scalars(
                select(Introduction)
                .where(Introduction.state.in_(OPEN_STATES), Introduction.expires_at < before)
                .order_by(Introduction.expires_at, Introduction.id)
            )
        )

    async def expire(self, now: datetime) -> int:
        """Mark the requests whose time ran out; returns how many."""
        result = await self.session.execute(
            update(Introduction)
            .where(Introduction.state.in_(OPEN_STATES), Introduction.expires_at <= now)
            .values(state=IntroState.EXPIRED)
            .execution_options(synchronize_session="fetch")
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def forget_visitor(self, participant_id: int) -> None:
        """A visitor's profile and requests; a lead's name on answers they gave."""
        await self.session.execute(
            delete(Introduction).where(Introduction.visitor_id == participant_id)
        )
        await self.session.execute(
            update(Introduction)
            .where(Introduction.answered_by == participant_id)
            .values(answered_by=None)
        )
        await self.session.execute(
            delete(MatchingVisitor).where(MatchingVisitor.participant_id == participant_id)
        )
