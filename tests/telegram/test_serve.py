"""``python -m bot serve`` (and ``run`` with a token) against the fake Bot API: it logs in,
publishes the profile, then polls, or sets its webhook and serves it."""

from __future__ import annotations

import argparse
import asyncio
import socket
from collections.abc import Callable

import pytest

from bot.__main__ import run
from bot.core.settings import Settings
from bot.serve import TelegramSettings, serve
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.telegram.conftest import SECRET
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
    server = asyncio.create_task(serve(argparse.Namespace(clock=None), settings_for(**env)))
    try:
        await fake.queue_updates(start(1))
        await fake.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
    finally:
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
    methods = fake.methods()
    assert methods[:2] == ["getMe", "setMyCommands"]
    # The next long poll may or may not have started when the server stops.
    polling = methods[methods.index("deleteWebhook") :][:3]
    assert polling == ["deleteWebhook", "getUpdates", "sendMessage"]


async def test_run_with_a_webhook_url_sets_the_webhook_and_serves_it(
    fake: FakeTelegram, settings_for: Callable[..., Settings]
) -> None:
    with socket.socket() as probe:  # a free port for the bot's web server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_WEBHOOK_URL": url,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    server = asyncio.create_task(run(argparse.Namespace(clock=None), settings_for(**env)))
    try:
        await fake.wait_for(lambda calls: any(c.method == "setWebhook" for c in calls))
        response = await fake.push(url, start(1), SECRET)  # the bot listened before setWebhook
    finally:
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
    assert response.status_code == 200
    [webhook] = fake.sent("setWebhook")
    assert webhook == {
        "url": url,
        "secret_token": SECRET,
        "allowed_updates": ["message", "callback_query", "my_chat_member"],
    }
    assert fake.methods()[-1] == "sendMessage"


def test_a_webhook_needs_a_valid_secret(settings_for: Callable[..., Settings]) -> None:
    base = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook",
    }
    for secret in ("", "has spaces", "x" * 257):
        with pytest.raises(ValueError, match="TELEGRAM_WEBHOOK_SECRET"):
            TelegramSettings.from_settings(settings_for(**base, TELEGRAM_WEBHOOK_SECRET=secret))
    assert TelegramSettings.from_settings(settings_for()) is None
