"""One slow download freezes nobody else (issue 15, defect 2): a deck's download ran inside the
message's transaction, and with SQLite's one connection another person's /help sent a second
later waited 30 s and failed. Now the file is fetched outside any transaction, and the other
person is answered at once while the download still hangs, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from bot.channels.messenger.signature import sign
from tests.decks import add_team, pdf_bytes
from tests.fake_telegram import LocalServer, serve_on_localhost
from tests.messenger.conftest import SECRET, Messenger, text_item


class SlowFileServer:
    """Serves one file, but only once the test lets it (``release``)."""

    def __init__(self, content: bytes) -> None:
        self.content = content
        self.asked = asyncio.Event()
        self.released = asyncio.Event()
        self.server: LocalServer | None = None

    async def _file(self, request: Request) -> Response:
        self.asked.set()
        await self.released.wait()

        async def body() -> AsyncIterator[bytes]:
            yield self.content

        return StreamingResponse(body(), media_type="application/pdf")

    async def start(self) -> str:
        self.server = await serve_on_localhost(Starlette(routes=[Route("/deck.pdf", self._file)]))
        return f"{self.server.base_url}/deck.pdf"


@pytest.fixture
async def slow_file() -> AsyncIterator[SlowFileServer]:
    slow = SlowFileServer(pdf_bytes(title="slow"))
    yield slow
    slow.released.set()
    if slow.server is not None:
        await slow.server.stop()


async def post(messenger: Messenger, item: dict[str, Any]) -> None:
    raw = json.dumps({"object": "page", "entry": [{"id": "P", "messaging": [item]}]}).encode()
    headers = {"x-hub-signature-256": sign(raw, SECRET)}
    answer = await messenger.client.post("/messenger/webhook", content=raw, headers=headers)
    assert answer.status_code == 200


def answered(messenger: Messenger, who: str) -> list[dict[str, Any]]:
    return [m["message"] for m in messenger.fake.messages if m["recipient"]["id"] == who]


async def test_another_person_is_answered_while_a_deck_downloads_slowly(
    messenger: Messenger, slow_file: SlowFileServer
) -> None:
    await add_team(messenger.app, "Blue Steppe", "A", channel="messenger")
    url = await slow_file.start()
    [inbox] = messenger.app.inboxes
    inbox.start()
    try:
        deck = {"type": "file", "payload": {"url": url}}
        await post(
            messenger,
            {**text_item("", "m.a", "A"), "message": {"mid": "m.a", "attachments": [deck]}},
        )
        await asyncio.wait_for(slow_file.asked.wait(), 10)
        await asyncio.sleep(1.0)  # a second into the download
        asked = time.monotonic()
        await post(messenger, text_item("/help", "m.b", "B"))
        while not answered(messenger, "B") and time.monotonic() - asked < 10:
            await asyncio.sleep(0.01)
        took = time.monotonic() - asked
        print(f"\nanother person's /help answered {took * 1000:.0f} ms after it was sent")
        assert answered(messenger, "A") == []  # the download still hangs
        assert answered(messenger, "B") != [] and took < 1.0, f"answered after {took:.2f} s"
        slow_file.released.set()
        for _ in range(1000):
            if answered(messenger, "A"):
                break
            await asyncio.sleep(0.01)
        [receipt] = answered(messenger, "A")
        assert receipt["text"].startswith("Received: Interim deck, version 1.")
    finally:
        await inbox.stop(5.0)
