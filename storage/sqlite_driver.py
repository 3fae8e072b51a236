"""aiosqlite with one trip to its thread per statement.

aiosqlite runs every call on the connection's own thread, and each call is a round trip: the
event loop queues it, the thread wakes, runs it and wakes the loop through its self-pipe.
SQLAlchemy's adapter makes three or four such calls per statement (make a cursor, execute,
fetch the rows, close the cursor), so a message's handful of statements cost it a dozen or more
trips, each a hand-over of the GIL between two threads: more CPU than the statements
themselves (``bench/updates.py``, profiled in ``docs/benchmarks.md``).

Here a cursor runs its statement, reads its rows and closes in one call on that thread, and
answers the adapter's later questions (the description, the row count, the rows) from what it
brought back. SQLite still runs off the event loop, so a write lock held by another process
(the busy timeout) never stalls it. Rows are fetched whole, as SQLAlchemy's adapter does for
every cursor but server-side ones, which the bot does not use.

It leans on aiosqlite's internals (``Connection._execute``, ``_conn``, ``_connection``), so
``pyproject.toml`` keeps aiosqlite below the next minor version; the whole suite runs on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import partial
from typing import Any

import aiosqlite

Result = tuple[Any, int, int | None, list[Any]]
"""A statement's description, row count, last row id and rows."""


def _run(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool) -> Result:
    """On the connection's thread: the whole statement."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, cursor.rowcount, cursor.lastrowid, rows
    finally:
        cursor.close()


class OneTripCursor:
    """What SQLAlchemy's adapter uses of an aiosqlite cursor."""

    def __init__(self, connection: OneTripConnection) -> None:
        self._connection = connection
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1
        self._rows: list[Any] = []

    async def __aenter__(self) -> OneTripCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def execute(self, sql: str, parameters: Any = ()) -> OneTripCursor:
        await self._trip(sql, parameters, many=False)
        return self

    async def executemany(self, sql: str, parameters: Sequence[Any]) -> OneTripCursor:
        await self._trip(sql, parameters, many=True)
        return self

    async def _trip(self, sql: str, parameters: Any, many: bool) -> None:
        connection = self._connection
        result = await connection._execute(_run, connection._conn, sql, parameters, many)
        self.description, self.rowcount, self.lastrowid, self._rows = result

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        count = size or self.arraysize
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def close(self) -> None:
        self._rows = []


class OneTripConnection(aiosqlite.Connection):
    def cursor(self) -> OneTripCursor:  # type: ignore[override]
        """SQLAlchemy enters what this returns (``__aenter__``): no trip yet."""
        return OneTripCursor(self)

    async def rollback(self) -> None:
        """No trip when no transaction is open: the pool rolls back every connection it gets
        back, mostly after a commit."""
        connection = self._connection
        if connection is not None and not connection.in_transaction:
            return
        await super().rollback()


def connect(database: str, **kwargs: Any) -> OneTripConnection:
    """``aiosqlite.connect`` with one trip per statement: SQLAlchemy's aiosqlite dialect calls
    it with the URL's arguments when it is the ``async_creator_fn`` of ``connect_args``."""
    connection = OneTripConnection(partial(sqlite3.connect, database, **kwargs), 64)
    thread: Any = getattr(connection, "_thread", connection)  # aiosqlite < 0.22: the thread
    thread.daemon = True  # as SQLAlchemy makes it: a forgotten connection never holds up exit
    return connection
