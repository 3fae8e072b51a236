"""The outbox: every proactive message is a ``Delivery`` row before it is a message on the wire.

- ``enqueue`` is ``INSERT … ON CONFLICT DO NOTHING`` on the de-duplication key, so planning
  the same thing twice (a restart, a reloaded program file, two workers) adds nothing.
- ``claim`` takes due rows with a lease in one transaction: ``FOR UPDATE SKIP LOCKED`` on
  PostgreSQL, and on SQLite the ``BEGIN IMMEDIATE`` every transaction starts with (see
  ``storage/db.py``) serializes claimers. A row whose lease ran out (its worker died) is due
  again. Sending happens outside the transaction; ``finish`` records the outcome only where
  the lease is still the caller's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import String, and_, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Delivery, Participant, ReminderMute
from storage.types import UTCDateTime


class DeliveryStatus(StrEnum):
    """Where an outbox row is: ``pending → sending → sent | failed | blocked | deferred``, or
    ``cancelled`` / ``skipped`` without a send. Stored as the string value."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    BLOCKED = "blocked"
    DEFERRED = "deferred"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


FINAL = (
    DeliveryStatus.SENT,
    DeliveryStatus.FAILED,
    DeliveryStatus.BLOCKED,
    DeliveryStatus.DEFERRED,
    DeliveryStatus.CANCELLED,
    DeliveryStatus.SKIPPED,
)


@dataclass(frozen=True)
class NewDelivery:
    """What to send, to whom, when. ``key`` is unique: a second enqueue of it does nothing."""

    key: str
    participant_id: int
    due_at: datetime
    purpose: str
    category: str
    renderer: str
    params: dict[str, Any] = field(default_factory=dict)
    group_key: str | None = None
    expires_at: datetime | None = None

    def row(self, now: datetime) -> dict[str, Any]:
        return {
            "dedup_key": self.key,
            "participant_id": self.participant_id,
            "due_at": self.due_at,
            "expires_at": self.expires_at,
            "purpose": self.purpose,
            "category": self.category,
            "group_key": self.group_key,
            "renderer": self.renderer,
            "params": self.params,
            "status": DeliveryStatus.PENDING,
            "attempts": 0,
            "created_at": now,
            "updated_at": now,
        }


@dataclass(frozen=True)
class Finish:
    """The outcome of one claimed row; with ``retry_at`` it goes back to pending then."""

    delivery_id: int
    status: str
    platform_message_id: str | None = None
    error: str | None = None
    retry_at: datetime | None = None
    attempted: bool = True
    """Counts as an attempt: the message went to the platform (not a rate-limit pause, a
    429, or a row that needed no send)."""


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        return (pg_insert if dialect == "postgresql" else sqlite_insert)(Delivery)

    async def enqueue(self, item: NewDelivery, now: datetime) -> bool:
        """Add one row; ``False`` when its key was already there (nothing changes then)."""
        return await self.enqueue_many([item], now) == 1

    async def enqueue_many(self, items: Iterable[NewDelivery], now: datetime) -> int:
        """Add rows whose keys are new; returns how many were added.

        One executemany: SQLAlchemy batches it into multi-row INSERTs from one cached
        statement ("insertmanyvalues"), about five times faster than compiling a 1000-row
        VALUES clause per chunk (1,500 rows: 0.13 s against 0.73 s on SQLite)."""
        rows = [item.row(now) for item in items]
        if not rows:
            return 0
        statement = (
            self._insert()
            .on_conflict_do_nothing(index_elements=["dedup_key"])
            .returning(Delivery.id)
        )
        return len((await self.session.execute(statement, rows)).all())

    async def claim(
        self,
        owner: str,
        now: datetime,
        lease: timedelta,
        limit: int,
        channels: Sequence[str] | None = None,
    ) -> list[Delivery]:
        """Take up to ``limit`` due rows (pending, or sending past its lease) for ``owner``.

        With ``channels``, only rows of recipients on those channels (what this process can
        send through).
        """
        due = or_(
            and_(Delivery.status == DeliveryStatus.PENDING, Delivery.due_at <= now),
            and_(Delivery.status == DeliveryStatus.SENDING, Delivery.lease_until < now),
        )
        query = select(Delivery.id).where(due)
        if channels is not None:
            query = query.where(
                Delivery.participant_id.in_(
                    select(Participant.id).where(Participant.channel.in_(list(channels)))
                )
            )
        query = query.order_by(Delivery.due_at, Delivery.id).limit(limit)
        ids = list(await self.session.scalars(query.with_for_update(skip_locked=True)))
        if not ids:
            return []
        await self.session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids))
            .values(
                status=DeliveryStatus.SENDING,
                lease_owner=owner,
                lease_until=now + lease,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        rows = await self.session.scalars(
            select(Delivery)
            .where(Delivery.id.in_(ids))
            .order_by(Delivery.due_at, Delivery.id)
            .execution_options(populate_existing=True)
        )
        return list(rows)

    async def finish_many(self, owner: str, outcomes: Sequence[Finish], now: datetime) -> int:
        """Record the outcomes of several claimed rows in one statement (an executemany);
        rows whose lease is no longer ``owner``'s are left alone. Returns how many changed."""
        if not outcomes:
            return 0
        table = Delivery.__table__
        statement = (
            table.update()  # type: ignore[attr-defined]
            .where(
                table.c.id == bindparam("row_id"),
                table.c.status == DeliveryStatus.SENDING,
                table.c.lease_owner == owner,
            )
            .values(
                status=bindparam("new_status"),
                due_at=func.coalesce(bindparam("retry_at", type_=UTCDateTime()), table.c.due_at),
                platform_message_id=func.coalesce(
                    bindparam("message_id", type_=String()), table.c.platform_message_id
                ),
                error=bindparam("new_error"),
                sent_at=bindparam("sent", type_=UTCDateTime()),
                attempts=table.c.attempts + bindparam("attempted"),
                lease_owner=None,
                lease_until=None,
                updated_at=now,
            )
        )
        result = await self.session.execute(
            statement,
            [
                {
                    "row_id": o.delivery_id,
                    "new_status": DeliveryStatus.PENDING if o.retry_at is not None else o.status,
                    "retry_at": o.retry_at,
                    "message_id": o.platform_message_id,
                    "new_error": o.error[:500] if o.error else None,
                    "sent": now if o.status == DeliveryStatus.SENT else None,
                    "attempted": 1 if o.attempted else 0,
                }
                for o in outcomes
            ],
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def release(self, owner: str, now: datetime) -> int:
        """Put ``owner``'s claimed rows back to pending (its process died and came back)."""
        result = await self.session.execute(
            update(Delivery)
            .where(Delivery.status == DeliveryStatus.SENDING, Delivery.lease_owner == owner)
            .values(
                status=DeliveryStatus.PENDING, lease_owner=None, lease_until=None, updated_at=now
            )
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def reopen_deferred(self, participant_id: int, now: datetime) -> int:
        """Make the person's deferred rows due now (call it whenever they write to the bot)."""
        result = await self.session.execute(
            update(Delivery)
            .where(
                Delivery.participant_id == participant_id,
                Delivery.status == DeliveryStatus.DEFERRED,
            )
            .values(status=DeliveryStatus.PENDING, due_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def cancel_group(self, group_key: str, now: datetime) -> int:
        """Cancel the rows of a group that have not left yet (a cancelled broadcast)."""
        result = await self.session.execute(
            update(Delivery)
            .where(
                Delivery.group_key == group_key,
                Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.DEFERRED)),
            )
            .values(status=DeliveryStatus.CANCELLED, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def mark_read(self, participant_id: int, watermark: datetime, grace: timedelta) -> int:
        """The person read everything sent up to ``watermark`` (a Messenger read event).
        ``sent_at`` is recorded when the send returned, a moment after the platform stamped
        the message: ``grace`` covers that."""
        result = await self.session.execute(
            update(Delivery)
            .where(
                Delivery.participant_id == participant_id,
                Delivery.status == DeliveryStatus.SENT,
                Delivery.read_at.is_(None),
                Delivery.sent_at <= watermark + grace,
            )
            .values(read_at=watermark)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    async def read_in_group(self, group_key: str) -> int:
        """How many rows of a group were read (where the platform tells)."""
        count = await self.session.scalar(
            select(func.count()).where(
                Delivery.group_key == group_key, Delivery.read_at.is_not(None)
            )
        )
        return int(count or 0)

    async def progress(self, group_key: str) -> dict[str, int]:
        """How many rows of a group are in each status."""
        rows = await self.session.execute(
            select(Delivery.status, func.count())
            .where(Delivery.group_key == group_key)
            .group_by(Delivery.status)
        )
        return {status: count for status, count in rows.all()}

    async def in_groups(self, group_keys: Sequence[str]) -> list[Delivery]:
        if not group_keys:
            return []
        return list(
            await self.session.scalars(
                select(Delivery).where(Delivery.group_key.in_(list(group_keys)))
            )
        )

    async def pending_in_categories(
        self, categories: Sequence[str], group_prefix: str
    ) -> list[Delivery]:
        return list(
            await self.session.scalars(
                select(Delivery).where(
                    Delivery.status == DeliveryStatus.PENDING,
                    Delivery.category.in_(list(categories)),
                    Delivery.group_key.startswith(group_prefix),
                )
            )
        )

    async def due_between(self, start: datetime, end: datetime) -> list[Delivery]:
        """Pending rows due in ``[start, end)``, in time order (for rehearsals)."""
        return list(
            await self.session.scalars(
                select(Delivery)
                .where(
                    Delivery.status == DeliveryStatus.PENDING,
                    Delivery.due_at >= start,
                    Delivery.due_at < end,
                )
                .order_by(Delivery.due_at, Delivery.id)
            )
        )


class MuteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of(self, participant_id: int) -> set[str]:
        rows = await self.session.scalars(
            select(ReminderMute.category).where(ReminderMute.participant_id == participant_id)
        )
        return set(rows)

    async def of_many(self, participant_ids: Iterable[int]) -> dict[int, set[str]]:
        ids = list(set(participant_ids))
        found: dict[int, set[str]] = {}
        for start in range(0, len(ids), 1000):
            rows = await self.session.execute(
                select(ReminderMute.participant_id, ReminderMute.category).where(
                    ReminderMute.participant_id.in_(ids[start : start + 1000])
                )
            )
            for participant_id, category in rows.all():
                found.setdefault(participant_id, set()).add(category)
        return found

    async def set(self, participant_id: int, category: str, muted: bool, now: datetime) -> None:
        current = await self.of(participant_id)
        if muted and category not in current:
            self.session.add(
                ReminderMute(participant_id=participant_id, category=category, muted_at=now)
            )
            await self.session.flush()
        elif not muted and category in current:
            await self.session.execute(
                delete(ReminderMute).where(
                    ReminderMute.participant_id == participant_id,
                    ReminderMute.category == category,
                )
            )
