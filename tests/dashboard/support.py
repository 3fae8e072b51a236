"""Helpers of the dashboard tests: an app with a public address, a sign-in link obtained from
the console chat, and an HTTP client on the dashboard's routes (in process, no socket)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

import httpx

from bot.app import App, build_dashboard
from bot.dashboard import Dashboard
from bot.web import create_web_app
from tests.support import Chat

BASE = "http://127.0.0.1:8080"
LINK = re.compile(r"(https?://\S+/admin/login\?token=\S+)")


async def sign_in_link(chat: Chat, who: str = "org") -> str:
    """``/dashboard`` typed in the console chat as ``who``; the link the bot answered with."""
    printed = await chat.say(f"/as {who}", "/dashboard")
    found = LINK.search(printed)
    assert found is not None, printed
    return found.group(1)


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


@asynccontextmanager
async def client_for(app: App) -> AsyncIterator[tuple[httpx.AsyncClient, Dashboard]]:
    dashboard = await build_dashboard(app)
    web = create_web_app(app, dashboard.routes)
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client, dashboard


async def signed_in(client: httpx.AsyncClient, chat: Chat, who: str = "org") -> httpx.Response:
    """Open a fresh sign-in link; returns the page the redirects end on."""
    return await client.get(path_of(await sign_in_link(chat, who)), follow_redirects=True)
