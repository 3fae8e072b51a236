"""The statements a piece of work sends to the database, as ``SELECT participants`` or
``INSERT INTO processed_messages``: the verb and the table, the same on SQLite and PostgreSQL
(SQLite's ``BEGIN IMMEDIATE`` is left out; PostgreSQL's ``BEGIN`` is no statement)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from bot.app import App

SHAPE = re.compile(r"^(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b.*?\b(?:FROM )?([a-z_]+)\b", re.S)


def shape(statement: str) -> str:
    """The verb and the first table (of a ``SELECT``: its own, not a subquery's, unless it
    selects only subqueries)."""
    verb = statement.split(None, 1)[0].upper()
    if verb == "SELECT":
        outer = statement
        while (inner := re.sub(r"\([^()]*\)", "", outer)) != outer:  # subqueries left out
            outer = inner
        table = re.search(r"\bFROM ([a-z_]+)", outer) or re.search(r"\bFROM ([a-z_]+)", statement)
        return f"SELECT {table.group(1) if table else '?'}"
    found = SHAPE.match(statement)
    return f"{found.group(1)} {found.group(2)}" if found else statement.split("\n")[0]


@contextmanager
def statements(app: App) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.startswith("BEGIN"):
            seen.append(shape(statement))

    event.listen(app.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.engine.sync_engine, "before_cursor_execute", record)
