"""Engines and sessions for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.sqlite_driver import connect as one_trip

SQLITE_BUSY_TIMEOUT_MS = 10_000


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create an engine; on SQLite: WAL, a busy timeout, and ``BEGIN IMMEDIATE`` transactions.

    ``BEGIN IMMEDIATE`` takes the write lock when a transaction starts, so two writers wait for
    each other (up to the busy timeout) instead of failing on a lock upgrade half-way through.
    """
    if not is_sqlite(url):
        return create_async_engine(url, pool_pre_ping=True, **kwargs)

    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
        # One connection per process: SQLite has one writer, and transactions waiting in the
        # pool's asyncio queue take turns in order, where waiting in SQLite's busy handler
        # under load (dozens of chats at once) ran into the busy timeout and lost messages.
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
    # One trip to aiosqlite's thread per statement, not three or four (``sqlite_driver``).
    connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "async_creator_fn": one_trip}
    engine = create_async_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL syncs at checkpoints, not at every commit: a committed
        # transaction survives the process being killed (what the outbox's "sent once"
        # needs), only a power loss can take back the last ones; commits cost a third.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
