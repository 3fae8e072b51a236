"""Long polling reads ``getUpdates`` as JSON (``raw.get_updates``): updates PTB's own parsing
refuses are handled, and a long poll outlasts the client's usual read timeout."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from telegram import Bot, Update

from bot.channels.telegram import raw
from bot.channels.telegram.inbound import ALLOWED_UPDATES, TelegramInbound
from bot.channels.telegram.polling import poll
from bot.channels.telegram.transport import AiohttpRequest
from tests.fake_telegram import TOKEN, FakeTelegram

CHOOSE = "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"
STALE = "That button belongs to an earlier message and no longer applies."
# As old clients and Telegram's own samples send them: no ``from.is_bot``, no ``chat_instance``.
OLD_START = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 1732000000,
        "chat": {"id": 31, "type": "private"},
        "from": {"id": 31, "first_name": "Dorj"},
        "text": "/start",
    },
}
OLD_PRESS = {
    "update_id": 2,
    "callback_query": {
        "id": "cq-old",
        "from": {"id": 32, "is_bot": False, "first_name": "Aya"},
        "data": "~:language:choose:en",
    },
}


def by_chat(fake: FakeTelegram) -> dict[str, list[tuple[str, str]]]:
    """Each chat's calls in order: (method, text or callback id)."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for call in fake.calls:
        if call.method == "sendMessage":
            seen.setdefault(call.params["chat_id"], []).append((call.method, call.params["text"]))
        elif call.method == "answerCallbackQuery":
            seen.setdefault("callbacks", []).append((call.method, call.params["callback_query_id"]))
    return seen


async def test_updates_ptb_refuses_are_polled_and_handled(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    with pytest.raises(TypeError):  # why polling does not go through Bot.get_updates
        Update.de_list([OLD_START, OLD_PRESS], telegram.channel.bot)
    await fake.queue_updates(OLD_START, OLD_PRESS)
    poller = asyncio.create_task(poll(telegram, timeout=5))
    try:
        await fake.wait_for(lambda calls: [c.method for c in calls].count("sendMessage") == 2)
        await fake.wait_for(lambda calls: [c.method for c in calls].count("getUpdates") == 2)
    finally:
        poller.cancel()
    assert by_chat(fake) == {
        "31": [("sendMessage", CHOOSE)],
        "callbacks": [("answerCallbackQuery", "cq-old")],
        "32": [("sendMessage", STALE)],
    }
    # The second poll confirmed both updates.
    assert [c.params.get("offset") for c in fake.calls if c.method == "getUpdates"] == [None, "3"]


async def test_a_long_poll_outlasts_the_read_timeout(fake: FakeTelegram) -> None:
    """The client's read timeout is 50 ms; a poll of 1 s waits its second and returns nothing."""
    request = AiohttpRequest(1, read_timeout=0.05)
    bot = Bot(TOKEN, base_url=f"{fake.base_url}/bot", get_updates_request=request)
    started = time.monotonic()
    try:
        updates: list[Any] = await raw.get_updates(bot, None, 1, ALLOWED_UPDATES)
    finally:
        await request.shutdown()  # the bot was never initialized, so it would not
    assert (updates, time.monotonic() - started >= 1.0) == ([], True)
    assert fake.calls[0].params == {
        "timeout": "1",
        "allowed_updates": ["message", "callback_query", "my_chat_member"],
    }
