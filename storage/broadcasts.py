"""Broadcasts: an organizer's announcement and the questions its audiences ask of the database."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Broadcast, Participant, TeamMember


class BroadcastState(StrEnum):
    """``scheduled → sending → done``, or ``cancelled``. Stored as the string value."""

    SCHEDULED = "scheduled"
    SENDING = "sending"
    DONE = "done"
    CANCELLED = "cancelled"


RUNNING = (BroadcastState.SCHEDULED, BroadcastState.SENDING)
"""Not over yet: waiting for its time, or sending."""


def group_key(broadcast_id: int) -> str:
    """The outbox ``group_key`` of a broadcast's rows."""
    return f"broadcast:{broadcast_id}"


class BroadcastRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, broadcast: Broadcast) -> Broadcast:
        self.session.add(broadcast)
        await self.session.flush()
        return broadcast

    async def get(self, broadcast_id: int) -> Broadcast | None:
        return await self.session.get(Broadcast, broadcast_id)

    async def recent(self, program_id: str, limit: int = 20) -> list[Broadcast]:
        """The program's latest broadcasts, newest first."""
        return list(
            await self.session.scalars(
                select(Broadcast)
                .where(Broadcast.program_id == program_id)
                .order_by(Broadcast.id.desc())
                .limit(limit)
            )
        )

    async def due(self, now: datetime) -> list[Broadcast]:
        """Scheduled broadcasts whose time has come by ``now``: they start sending."""
        return list(
            await self.session.scalars(
                select(Broadcast)
                .where(Broadcast.state == BroadcastState.SCHEDULED, Broadcast.scheduled_at <= now)
                .order_by(Broadcast.scheduled_at, Broadcast.id)
            )
        )

    async def running(self, now: datetime) -> list[Broadcast]:
        """Broadcasts sending by ``now`` (their progress is worth reporting)."""
        return list(
            await self.session.scalars(
                select(Broadcast)
                .where(Broadcast.state == BroadcastState.SENDING, Broadcast.scheduled_at <= now)
                .order_by(Broadcast.id)
            )
        )

    async def team_members(
        self, program_id: str, role: str | None = None, team_id: int | None = None
    ) -> list[Participant]:
        """Members of the program's teams: only leads with ``role="lead"``, one team with
        ``team_id``."""
        query = (
            select(Participant)
            .join(TeamMember, TeamMember.participant_id == Participant.id)
            .where(TeamMember.program_id == program_id)
        )
        if role is not None:
            query = query.where(TeamMember.role == role)
        if team_id is not None:
            query = query.where(TeamMember.team_id == team_id)
        return list(await self.session.scalars(query.order_by(Participant.id)))
