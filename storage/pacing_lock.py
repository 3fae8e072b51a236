"""Which process paces a platform's overall rate limit (Telegram's 30 messages a second per
bot) when several workers share one database.

A pacer is in-process, so two workers pacing alone would each send at the full rate. On
PostgreSQL one worker at a time holds a session-level advisory lock per paced channel, on a
connection of its own that it keeps open; only the holder claims that channel's rows. When the
holder dies, PostgreSQL ends its session and frees the lock, and the next worker to ask takes it
over (fail-over within one delivery tick). SQLite has one writing process by design
(``storage/db.py``), so there every channel is always held.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)


def lock_key(channel: str) -> int:
    """A stable signed 64-bit advisory-lock key for ``channel``."""
    digest = hashlib.sha256(f"mics-bot:pacing:{channel}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class RateHolder:
    def __init__(self, engine: AsyncEngine, paced: Iterable[str]) -> None:
        self.engine = engine
        self.paced = set(paced)
        self.held: set[str] = set()
        self._connection: AsyncConnection | None = None

    @property
    def shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    async def sendable(self, channels: Sequence[str]) -> list[str]:
        """Of ``channels``, those this process may send on now: every unpaced one, and the
        paced ones whose lock it holds (it tries to take the free ones first)."""
        if self.shared:
            await self._check()
            await self._take(self.paced.intersection(channels) - self.held)
        return [c for c in channels if c not in self.paced or not self.shared or c in self.held]

    async def _check(self) -> None:
        """The locks live as long as the session: make sure it still does."""
        if self._connection is None or not self.held:
            return
        try:
            await self._connection.scalar(text("SELECT 1"))
            await self._connection.commit()
        except Exception:
            log.exception("pacing lock: lost the connection; the rates are free again")
            await self.close()

    async def _take(self, wanted: set[str]) -> None:
        if not wanted:
            return
        try:
            if self._connection is None:
                self._connection = await self.engine.connect()
            for channel in sorted(wanted):
                query = text("SELECT pg_try_advisory_lock(:key)")
                taken = await self._connection.scalar(query, {"key": lock_key(channel)})
                await self._connection.commit()  # the lock is the session's, not the transaction's
                if taken:
                    log.info("pacing %s: this process holds the rate", channel)
                    self.held.add(channel)
        except Exception:  # the database went away: so did the locks held on that session
            log.exception("pacing lock: lost the connection; the rates are free again")
            await self.close()

    async def close(self) -> None:
        """Let go of every lock: the connection is discarded, not returned to the pool, so
        its session ends and PostgreSQL frees what it held."""
        self.held.clear()
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                await connection.invalidate()
                await connection.close()
            except Exception:
                log.exception("pacing lock: closing the connection failed")
