"""Where an outbox dispatcher commits the outcomes of its sends, as cheaply as the database
allows: a lane sends its next message only once the outcome of its last one is committed, so
the latency of these commits is what the sends wait for.

- **PostgreSQL**: while open, the writer keeps connections of its own (PostgreSQL has many; the
  pool's ``pre_ping`` would otherwise cost a round trip per commit), up to ``COMMITS_AT_ONCE``
  so a commit can start while another is under way, in autocommit, so a write is one statement
  and one round trip, and with ``synchronous_commit`` off on those connections only: a commit
  does not wait for its WAL record to reach the disk. It survives the bot's process being
  killed (the server has it); a crash of the database server itself can take back the last
  fraction of a second of outcomes (at most ``3 × wal_writer_delay``), whose rows are then
  sent again, never lost, as with SQLite's ``synchronous=NORMAL``.
- **SQLite**: one connection per process, shared with everything else the process does, so it
  is never held: each write takes it from the pool for one statement (``UPDATE … FROM
  json_each(?)``, a transaction by itself) run on the driver's connection directly. aiosqlite
  runs every call in its own thread, and each call waits for the event loop's thread to let go
  of the GIL (up to ``sys.getswitchinterval()``, 5 ms, while the loop is busy sending): through
  SQLAlchemy a transaction of one statement made eight such calls, this makes two.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from storage.outbox import FINISH_TYPES, DeliveryStatus, Finish, OutboxRepository, finish_fields
from storage.participants import ParticipantRepository
from storage.types import UTCDateTime

log = logging.getLogger(__name__)

COMMITS_AT_ONCE = 2
"""Commits under way at once on PostgreSQL (connections the writer keeps while a run lasts): the
lanes whose sends end while one commit runs need not wait for it before theirs starts."""

_SQLITE = sqlite.dialect()
_SQLITE_TIME = UTCDateTime().dialect_impl(_SQLITE).bind_processor(_SQLITE)
"""Turns an aware datetime into the text SQLAlchemy stores in SQLite."""
_FIELDS = ", ".join(
    f"json_extract(value, '$[{i}]') AS {name}" for i, name in enumerate(FINISH_TYPES)
)
_SQLITE_FINISH = f"""
UPDATE deliveries SET
    status = outcome.new_status,
    due_at = coalesce(outcome.retry_at, deliveries.due_at),
    platform_message_id = coalesce(outcome.message_id, deliveries.platform_message_id),
    error = outcome.new_error,
    sent_at = outcome.sent,
    attempts = deliveries.attempts + outcome.attempted,
    lease_owner = NULL,
    lease_until = NULL,
    updated_at = ?
FROM (
    SELECT {_FIELDS}
    FROM json_each(?)
) AS outcome
WHERE deliveries.id = outcome.row_id
    AND deliveries.status = '{DeliveryStatus.SENDING.value}'
    AND deliveries.lease_owner = ?
"""


def _sqlite_parameters(owner: str, outcomes: Sequence[Finish], now: datetime) -> tuple[str, ...]:
    rows = []
    for outcome in outcomes:
        fields = finish_fields(outcome, now)
        for name in ("retry_at", "sent"):
            fields[name] = _SQLITE_TIME(fields[name]) if _SQLITE_TIME else fields[name]
        rows.append([fields[name] for name in FINISH_TYPES])
    stamp = _SQLITE_TIME(now) if _SQLITE_TIME else now.isoformat()
    return stamp, json.dumps(rows), owner


@dataclass
class _Held:
    connection: AsyncConnection
    session: AsyncSession


class OutcomeWriter:
    """``write`` may run ``concurrency`` times at once (the recorder starts the next commit while
    one is under way): on PostgreSQL each on a connection of its own, opened when first needed
    between ``open()`` and ``close()``; on SQLite the one connection serializes them anyway."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        engine = sessions.kw.get("bind")
        self.engine: AsyncEngine | None = engine if isinstance(engine, AsyncEngine) else None
        self.concurrency = COMMITS_AT_ONCE if self.holds_a_connection else 1
        self._open = False
        self._idle: list[_Held] = []

    @property
    def holds_a_connection(self) -> bool:
        return self.engine is not None and self.engine.dialect.name == "postgresql"

    @property
    def on_sqlite(self) -> bool:
        return self.engine is not None and self.engine.dialect.name == "sqlite"

    async def open(self) -> None:
        """From now until ``close()``, keep the connections written on (PostgreSQL)."""
        self._open = self.holds_a_connection

    async def _connect(self) -> _Held:
        assert self.engine is not None
        connection = await self.engine.connect()
        try:
            await connection.exec_driver_sql("SET synchronous_commit TO off")
            await connection.commit()
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        except BaseException:
            await _discard(connection)
            raise
        return _Held(connection, AsyncSession(bind=connection, expire_on_commit=False))

    async def write(
        self, owner: str, outcomes: Sequence[Finish], blocked: Sequence[int], now: datetime
    ) -> None:
        """Commit ``outcomes`` and mark ``blocked`` people. In autocommit the people go first:
        a process that dies between the two leaves a row to send again, and its renderer then
        finds the person blocked and sends nothing."""
        if self.on_sqlite and not blocked:
            assert self.engine is not None
            async with self.engine.connect() as connection:
                driver: Any = (await connection.get_raw_connection()).driver_connection
                await driver.execute(_SQLITE_FINISH, _sqlite_parameters(owner, outcomes, now))
            return
        if not self._open:
            async with self.sessions() as session, session.begin():
                await self._write(session, owner, outcomes, blocked, now)
            return
        held = self._idle.pop() if self._idle else await self._connect()
        try:
            await self._write(held.session, owner, outcomes, blocked, now)
            await held.session.commit()  # ends the session's transaction; autocommit did the rest
        except BaseException:
            await held.session.close()
            await _discard(held.connection)
            raise
        if self._open:
            self._idle.append(held)
        else:  # closed while this write ran
            await _give_back(held)

    @staticmethod
    async def _write(
        session: AsyncSession,
        owner: str,
        outcomes: Sequence[Finish],
        blocked: Sequence[int],
        now: datetime,
    ) -> None:
        people = ParticipantRepository(session)
        for participant_id in blocked:
            await people.mark_blocked(participant_id, now)
        await OutboxRepository(session).finish_many(owner, outcomes, now)

    async def close(self, healthy: bool = True) -> None:
        """Give the connections back with the server's settings restored (or, after an error,
        discard them: nothing else may get a connection with ``synchronous_commit`` off)."""
        self._open = False
        idle, self._idle = self._idle, []
        for held in idle:
            if healthy:
                await _give_back(held)
            else:
                await held.session.close()
                await _discard(held.connection)


async def _give_back(held: _Held) -> None:
    try:
        await held.session.close()
        await held.connection.exec_driver_sql("RESET synchronous_commit")
    except Exception:
        log.exception("outcome writer: could not reset its connection; discarding it")
        await _discard(held.connection)
        return
    await held.connection.close()


async def _discard(connection: AsyncConnection) -> None:
    try:
        await connection.invalidate()
    finally:
        await connection.close()
