"""``python -m bot serve`` (and ``run`` with a token) against the fake Bot API: it logs in,
publishes the profile, polls, and answers."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable

from bot.core.settings import Settings
from bot.serve import serve
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.telegram.test_end_to_end import start


async def test_serve_polls_and_answers(
    fake: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "HOST": "127.0.0.1",
        "PORT": "0",
    }
    server = asyncio.create_task(serve(argparse.Namespace(clock=None), settings_for(extra=env)))
    try:
        await fake.queue_updates(start(1))
        await fake.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
    finally:
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
    methods = fake.methods()
    assert methods[:2] == ["getMe", "setMyCommands"]
    assert methods[-3:] == ["deleteWebhook", "getUpdates", "sendMessage"]
