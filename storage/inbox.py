"""The inbox: events a webhook acknowledged before handling them, kept until they are handled.

Messenger wants its webhook answered at once, and does not send again what was acknowledged;
so the webhook writes the verified events here, in one statement, and answers. A consumer
(``bot/core/inbox.py``) claims them with a lease, as the outbox does (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), handles them and deletes them. A
process that dies leaves its rows leased; when the lease runs out any process takes them, so
a crash between the answer and the handling loses nothing.

- Order per person: a claim takes no row of a person who has a row under a live lease, and
  the claimer handles a person's rows one after another, oldest first.
- De-duplicated by the platform's event id: ``INSERT … ON CONFLICT DO NOTHING`` on
  ``(channel, event_key)`` while the row waits; after it was handled, the processed-ids check
  of the handling transaction (``storage/processed.py``) drops a redelivery.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    Index,
    Integer,
    String,
    UniqueConstraint,
    and_,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, aliased, mapped_column

from storage.models import Base

PENDING = "pending"
LEASED = "leased"
CLAIM_LOCK = 0x4D494353_494E4258  # "MICSINBX": the advisory lock that serializes claims


class InboxEvent(Base):
    """One acknowledged event of a webhook, as it came (validated), until it is handled."""

    __tablename__ = "inbox_events"
    __table_args__ = (
        UniqueConstraint("channel", "event_key"),
        Index("ix_inbox_events_status_id", "status", "id"),
        Index("ix_inbox_events_channel_sender_id", "channel", "sender_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    sender_id: Mapped[str] = mapped_column(String(128))
    event_key: Mapped[str] = mapped_column(String(255))
    """The platform's id of the event (a Messenger ``mid``, or one made of sender and time)."""
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    """The event as the platform sent it. What the person wrote stays here only until it is
    handled (a moment), so it is not among the personal data /delete_me clears."""
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16))
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class NewEvent:
    sender_id: str
    event_key: str
    payload: dict[str, Any]


class InboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _dialect(self) -> str:
        return self.session.bind.dialect.name if self.session.bind else "sqlite"

    def _insert(self) -> Any:
        return (pg_insert if self._dialect() == "postgresql" else sqlite_insert)(InboxEvent)

    async def add(self, channel: str, events: Sequence[NewEvent], now: datetime) -> int:
        """Keep the events whose key is new, in one statement; returns how many were new."""
        if not events:
            return 0
        rows = [
            {
                "channel": channel,
                "sender_id": event.sender_id,
                "event_key": event.event_key,
                "payload": event.payload,
                "received_at": now,
                "status": PENDING,
                "attempts": 0,
            }
            for event in events
        ]
        statement = (
            self._insert()
            .values(rows)
            .on_conflict_do_nothing(index_elements=["channel", "event_key"])
            .returning(InboxEvent.id)
        )
        return len((await self.session.execute(statement)).all())

    async def claim(
        self, owner: str, now: datetime, lease: timedelta, limit: int
    ) -> list[InboxEvent]:
        """Up to ``limit`` rows, oldest first, of people none of whose rows is under a live
        lease (anyone's: a person's rows are handled by one claimer at a time, in order).

        Claims are serialized, so two claimers cannot split one person's rows between them:
        on SQLite by ``BEGIN IMMEDIATE``, on PostgreSQL by a transaction-level advisory lock.
        """
        if self._dialect() == "postgresql":
            await self.session.execute(select(func.pg_advisory_xact_lock(CLAIM_LOCK)))
        other = aliased(InboxEvent)
        busy = exists().where(
            other.channel == InboxEvent.channel,
            other.sender_id == InboxEvent.sender_id,
            other.status == LEASED,
            other.lease_until >= now,
        )
        due = or_(
            InboxEvent.status == PENDING,
            and_(InboxEvent.status == LEASED, InboxEvent.lease_until < now),
        )
        ids = list(
            await self.session.scalars(
                select(InboxEvent.id).where(due, ~busy).order_by(InboxEvent.id).limit(limit)
            )
        )
        if not ids:
            return []
        await self.session.execute(
            update(InboxEvent)
            .where(InboxEvent.id.in_(ids))
            .values(
                status=LEASED,
                lease_owner=owner,
                lease_until=now + lease,
                attempts=InboxEvent.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        rows = await self.session.scalars(
            select(InboxEvent)
            .where(InboxEvent.id.in_(ids))
            .order_by(InboxEvent.id)
            .execution_options(populate_existing=True)
        )
        return list(rows)

    async def done(self, owner: str, ids: Sequence[int]) -> int:
        """Handled: the rows go (only where the lease is still ``owner``'s)."""
        if not ids:
            return 0
        result = await self.session.execute(
            delete(InboxEvent)
            .where(InboxEvent.id.in_(list(ids)), InboxEvent.lease_owner == owner)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def release(self, owner: str) -> int:
        """``owner``'s leased rows are pending again (it stopped, or died and came back)."""
        result = await self.session.execute(
            update(InboxEvent)
            .where(InboxEvent.status == LEASED, InboxEvent.lease_owner == owner)
            .values(status=PENDING, lease_owner=None, lease_until=None)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def waiting(self) -> int:
        """Rows not handled yet."""
        return int(await self.session.scalar(select(func.count(InboxEvent.id))) or 0)
