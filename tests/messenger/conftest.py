"""The Messenger channel wired as in production (``install_messenger``), its Graph API a fake
on 127.0.0.1, and webhook requests signed with a test secret through the real endpoint; the
inbox's consumer handles what a POST kept before the POST helper returns."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from bot.app import App, build_app
from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.server import install_messenger
from bot.channels.messenger.signature import sign
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from bot.web import create_web_app
from tests.fake_graph import TOKEN, FakeGraph, start, stop

SECRET = "test-app-secret"
VERIFY_TOKEN = "meatyhamhock"  # the official sample verification request's token
PSID = "1433960459967306"


@dataclass
class Messenger:
    app: App
    fake: FakeGraph
    channel: MessengerChannel
    client: httpx.AsyncClient

    async def post(self, body: bytes, signature: str | None = "valid") -> httpx.Response:
        """POST ``body`` to the webhook, then let the inbox's consumer handle what it kept
        (in production it runs beside the server, woken by the webhook)."""
        headers = {"content-type": "application/json"}
        if signature == "valid":
            headers["x-hub-signature-256"] = sign(body, SECRET)
        elif signature is not None:
            headers["x-hub-signature-256"] = signature
        answer = await self.client.post("/messenger/webhook", content=body, headers=headers)
        await self.app.inboxes[0].drain()
        return answer

    async def event(self, item: dict[str, Any]) -> httpx.Response:
        """Post one messaging item in a page body, signed."""
        body = {"object": "page", "entry": [{"id": "PAGE_ID", "time": 1, "messaging": [item]}]}
        return await self.post(json.dumps(body).encode())


def text_item(text: str, mid: str, sender: str = PSID) -> dict[str, Any]:
    return {
        "sender": {"id": sender},
        "recipient": {"id": "PAGE_ID"},
        "timestamp": 1,
        "message": {"mid": mid, "text": text},
    }


def postback_item(payload: str, mid: str, sender: str = PSID) -> dict[str, Any]:
    return {
        "sender": {"id": sender},
        "recipient": {"id": "PAGE_ID"},
        "timestamp": 1,
        "postback": {"mid": mid, "title": "t", "payload": payload},
    }


@pytest.fixture
async def fake_graph() -> AsyncIterator[FakeGraph]:
    fake = FakeGraph()
    server, task = await start(fake)
    yield fake
    await stop(server, task)


@pytest.fixture
def messenger_settings(settings_for: Callable[..., Settings], fake_graph: FakeGraph) -> Settings:
    settings: Settings = settings_for(
        MESSENGER_PAGE_ACCESS_TOKEN=TOKEN,
        MESSENGER_APP_SECRET=SECRET,
        MESSENGER_VERIFY_TOKEN=VERIFY_TOKEN,
        MESSENGER_GRAPH_API_URL=fake_graph.url,
        MESSENGER_PAGE_USERNAME="micsbot",
    )
    return settings


@pytest.fixture
async def messenger(
    messenger_settings: Settings,
    fake_graph: FakeGraph,
    clock: FixedClock,
    translator: FluentTranslator,
) -> AsyncIterator[Messenger]:
    app = await build_app(messenger_settings, clock, translator)
    web = create_web_app(app, install_messenger(app))
    channel = app.services.channels["messenger"]
    assert isinstance(channel, MessengerChannel)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://bot")
    yield Messenger(app, fake_graph, channel, client)
    await client.aclose()
    await channel.aclose()
    await app.close()
