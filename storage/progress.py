"""Progress reports: one row per team and period, with the values of the program's indicators.

A report belongs to its team, not to the person who filled it in: ``filled_by`` (who sent it
last) is that person's personal data, and ``/delete_me`` clears it. So is a member's choice to
receive the report requests too (``progress_subscriptions``: leads always receive them), which
``/delete_me`` removes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import PERSONAL, Base


class ProgressReport(Base):
    """A team's report for one period (``period_key``: the ask's date in the program's zone)."""

    __tablename__ = "progress_reports"
    __table_args__ = (UniqueConstraint("team_id", "period_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    period_key: Mapped[str] = mapped_column(String(10))
    values: Mapped[dict[str, Any]]
    """Indicator id → value (a number, ``true``/``false`` or a text)."""
    filled_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True, info=PERSONAL
    )
    help_thread_id: Mapped[int | None] = mapped_column(
        ForeignKey("helpdesk_threads.id", ondelete="SET NULL")
    )
    """The helpdesk thread its "help needed" answer opened (one per report: a corrected
    answer is added to it)."""
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ProgressSubscription(Base):
    """A member who is not a lead and asked to receive the report requests of a program."""

    __tablename__ = "progress_subscriptions"
    __table_args__ = (UniqueConstraint("participant_id", "program_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(String(64), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), info=PERSONAL
    )
    created_at: Mapped[datetime]


class ProgressRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def report(self, team_id: int, period_key: str) -> ProgressReport | None:
        return await self.session.scalar(
            select(ProgressReport).where(
                ProgressReport.team_id == team_id, ProgressReport.period_key == period_key
            )
        )

    async def save(
        self,
        program_id: str,
        team_id: int,
        period_key: str,
        values: dict[str, Any],
        filled_by: int,
        now: datetime,
    ) -> bool:
        """Store the team's report for the period; ``True`` when it is the first one."""
        existing = await self.report(team_id, period_key)
        if existing is not None:
            existing.values = dict(values)
            existing.filled_by, existing.updated_at = filled_by, now
            return False
        self.session.add(
            ProgressReport(
                program_id=program_id,
                team_id=team_id,
                period_key=period_key,
                values=dict(values),
                filled_by=filled_by,
                created_at=now,
                updated_at=now,
            )
        )
        await self.session.flush()
        return True

    async def of_program(self, program_id: str) -> Sequence[ProgressReport]:
        return list(
            await self.session.scalars(
                select(ProgressReport)
                .where(ProgressReport.program_id == program_id)
                .order_by(ProgressReport.period_key, ProgressReport.team_id)
            )
        )

    async def of_team(self, team_id: int) -> Sequence[ProgressReport]:
        return list(
            await self.session.scalars(
                select(ProgressReport)
                .where(ProgressReport.team_id == team_id)
                .order_by(ProgressReport.period_key)
            )
        )

    async def reported_team_ids(self, program_id: str, period_key: str) -> set[int]:
        rows = await self.session.scalars(
            select(ProgressReport.team_id).where(
                ProgressReport.program_id == program_id, ProgressReport.period_key == period_key
            )
        )
        return set(rows)

    async def filled_by_count(self, participant_id: int) -> int:
        count = await self.session.scalar(
            select(func.count(ProgressReport.id)).where(ProgressReport.filled_by == participant_id)
        )
        return int(count or 0)

    async def forget(self, participant_id: int) -> None:
        """The reports stay with their teams; who filled them in is forgotten, and so is the
        person's choice to receive the report requests."""
        await self.session.execute(
            update(ProgressReport)
            .where(ProgressReport.filled_by == participant_id)
            .values(filled_by=None)
        )
        await self.session.execute(
            delete(ProgressSubscription).where(
                ProgressSubscription.participant_id == participant_id
            )
        )

    async def subscribed(self, participant_id: int, program_id: str) -> bool:
        found = await self.session.scalar(
            select(ProgressSubscription.id).where(
                ProgressSubscription.participant_id == participant_id,
                ProgressSubscription.program_id == program_id,
            )
        )
        return found is not None

    async def subscribed_programs(self, participant_id: int) -> list[str]:
        rows = await self.session.scalars(
            select(ProgressSubscription.program_id)
            .where(ProgressSubscription.participant_id == participant_id)
            .order_by(ProgressSubscription.program_id)
        )
        return list(rows)

    async def subscribers(self, program_id: str) -> set[int]:
        """The people who asked for the program's report requests."""
        rows = await self.session.scalars(
            select(ProgressSubscription.participant_id).where(
                ProgressSubscription.program_id == program_id
            )
        )
        return set(rows)

    async def subscribe(
        self, participant_id: int, program_id: str, on: bool, now: datetime
    ) -> None:
        """Turn the report requests on or off for the person (a second ``on`` changes nothing)."""
        if not on:
            await self.session.execute(
                delete(ProgressSubscription).where(
                    ProgressSubscription.participant_id == participant_id,
                    ProgressSubscription.program_id == program_id,
                )
            )
        elif not await self.subscribed(participant_id, program_id):
            self.session.add(
                ProgressSubscription(
                    program_id=program_id, participant_id=participant_id, created_at=now
                )
            )
            await self.session.flush()
