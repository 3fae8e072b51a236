"""The shared web server: the health check answers 200 only while the database answers."""

from __future__ import annotations

from pathlib import Path

import httpx

from bot.app import App
from bot.web import create_web_app
from storage.db import create_engine


async def get_health(app: App) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_web_app(app))
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
        return await client.get("/healthz")


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
