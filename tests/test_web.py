"""The shared web server: the health check answers 200 only while the database answers;
``/metrics`` shows what the app counted, in the format Prometheus parses."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path

import httpx

from bot.app import App
from bot.web import create_web_app, listening_socket, serve_until, web_server
from storage.db import create_engine
from tests.metrics_support import counts
from tests.support import Chat


async def get(app: App, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_web_app(app))
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
        return await client.get(path)


async def get_health(app: App) -> httpx.Response:
    return await get(app, "/healthz")


async def test_healthz_is_ok_while_the_database_answers(app: App) -> None:
    response = await get_health(app)
    assert (response.status_code, response.text) == (200, "ok\n")


async def test_healthz_is_503_when_the_database_does_not_answer(app: App, tmp_path: Path) -> None:
    working = app.engine
    app.engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}")  # a directory: cannot open
    try:
        response = await get_health(app)
    finally:
        await app.engine.dispose()
        app.engine = working
    assert (response.status_code, response.text) == (503, "database unavailable\n")


async def test_metrics_counts_the_updates_and_replies_of_a_chat(app: App, chat: Chat) -> None:
    await chat.say("/start", "/help", "/help")
    response = await get(app, "/metrics")
    assert response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert counts(response.text) == {
        'bot_updates_handled_total{channel="console"}': 3.0,
        'bot_handler_latency_seconds_count{channel="console"}': 3.0,
        'bot_messages_sent_total{channel="console",status="sent"}': 3.0,
    }


async def test_a_serving_process_leaves_its_startup_objects_out_of_full_collections(
    app: App,
) -> None:
    """What the process built before it serves (the app among it) is frozen: a full collection
    no longer walks it, so it cannot stall the requests in flight (``freeze_startup_objects``)."""
    stopped = asyncio.Event()
    stopped.set()
    try:
        with listening_socket("127.0.0.1", 0) as listening:
            await serve_until(stopped, web_server(app), listening)
        walked = [any(seen is app for seen in gc.get_objects(generation)) for generation in (0, 1, 2)]
    finally:
        gc.unfreeze()  # the other tests' objects are collected as usual
    assert (walked, any(seen is app for seen in gc.get_objects())) == ([False, False, False], True)
