"""Many people at once on SQLite: transactions queue for the one connection, in order, and
nobody gets the error message because the database was busy."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.app import App
from bot.core.messages import IncomingMessage
from bot.core.ports import CollectingChannel
from storage.db import create_engine, is_sqlite


async def test_forty_people_at_once_all_get_their_answer(app: App) -> None:
    sink = CollectingChannel("load")
    app.add_channel(sink)
    now = app.clock.now()
    await asyncio.gather(
        *(
            app.dispatcher.handle(
                IncomingMessage("load", f"p{i}", now, text="/start", command="start")
            )
            for i in range(40)
        )
    )
    texts = {sent.message.text for sent in sink.sent}
    assert (len(sink.sent), texts) == (
        40,
        {"Хэлээ сонгоно уу · 言語を選んでください · Choose your language"},
    )


async def test_a_sqlite_file_has_one_pooled_connection_and_memory_keeps_its_pool(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'one.sqlite3'}"
    assert is_sqlite(url)
    file_engine, memory_engine = create_engine(url), create_engine("sqlite+aiosqlite:///:memory:")
    try:
        assert file_engine.pool.size() == 1
        assert type(memory_engine.pool).__name__ == "StaticPool"
    finally:
        await file_engine.dispose()
        await memory_engine.dispose()
