"""A runtime guard of every test: no network call while the calling task has a database
transaction open (issue 15, defect 2: a deck's download ran inside the message's transaction,
and with SQLite's one connection every other conversation waited for it).

The transactions are followed by SQLAlchemy's connection events (``begin``, ``commit``,
``rollback``), per asyncio task; the network calls are the HTTP clients' own entry points
(httpx for Messenger and the file downloads, aiohttp for Telegram). A call made while its task
holds an open transaction fails there and is recorded, and the test fails at its end, even if
the code under test swallowed the error."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpx
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

_open: dict[int, asyncio.Task[Any] | None] = {}
"""Open transactions: the connection's id → the task that began it."""
violations: list[str] = []


class NetworkInTransaction(AssertionError):
    pass


def _task() -> asyncio.Task[Any] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


def _began(connection: Connection) -> None:
    _open[id(connection)] = _task()


def _ended(connection: Connection) -> None:
    _open.pop(id(connection), None)


def transaction_open_here() -> bool:
    task = _task()
    return task is not None and any(holder is task for holder in _open.values())


def _guarded(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(call)
    async def guarded(*args: Any, **kwargs: Any) -> Any:
        if transaction_open_here():
            where = f"{name} while a database transaction is open"
            violations.append(where)
            raise NetworkInTransaction(where)
        return await call(*args, **kwargs)

    return guarded


def install() -> Iterator[None]:
    """Listen and wrap for the session; undone at its end."""
    event.listen(Engine, "begin", _began)
    event.listen(Engine, "commit", _ended)
    event.listen(Engine, "rollback", _ended)
    send, request = httpx.AsyncClient.send, aiohttp.ClientSession._request
    httpx.AsyncClient.send = _guarded("httpx request", send)  # type: ignore[method-assign]
    aiohttp.ClientSession._request = _guarded("aiohttp request", request)  # type: ignore[method-assign]
    try:
        yield
    finally:
        httpx.AsyncClient.send = send  # type: ignore[method-assign]
        aiohttp.ClientSession._request = request  # type: ignore[method-assign]
        event.remove(Engine, "begin", _began)
        event.remove(Engine, "commit", _ended)
        event.remove(Engine, "rollback", _ended)
