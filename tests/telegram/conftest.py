"""Fixtures of the Telegram tests: the fake Bot API server and the bot connected to it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.webhook import PATH, webhook_route
from bot.core.settings import PROJECT_ROOT
from bot.serve import TelegramSettings, connect_telegram
from bot.web import create_web_app
from tests.fake_telegram import TOKEN, FakeTelegram, serve_on_localhost

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "telegram"
SECRET = "s3cret_token-for-tests"


def fixture(name: str) -> dict[str, Any]:
    """A fixture file of ``tests/fixtures/telegram`` (its ``payload``, ``raw_body``…)."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def fixture_names() -> list[str]:
    return sorted(path.stem for path in Path(FIXTURES).glob("*.json"))


class Sleeps:
    """The adapter's sleep: records how long it was asked to wait, and returns at once."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def telegram(app: App, fake: FakeTelegram, sleeps: Sleeps) -> AsyncIterator[TelegramInbound]:
    """The bot logged in to the fake server; the calls made while connecting are cleared."""
    settings = TelegramSettings(TOKEN, api_base_url=fake.base_url)
    inbound = await connect_telegram(app, settings, sleeps)
    fake.calls.clear()
    yield inbound
    await inbound.channel.bot.shutdown()


@pytest.fixture
async def webhook_url(app: App, telegram: TelegramInbound) -> AsyncIterator[str]:
    """The bot's web server (webhook, /healthz, /metrics) listening on 127.0.0.1."""
    server = await serve_on_localhost(create_web_app(app, [webhook_route(telegram, SECRET)]))
    yield f"{server.base_url}{PATH}"
    await server.stop()
