"""What the Bot API's errors do: 429 pauses the whole bot for ``retry_after`` (from
``parameters`` or, on old servers, the description) and retries; 403 marks the person
unreachable; 5xx retries with backoff; a caller that paces itself gets ``retry`` instead."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot

from bot.app import App
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.transport import AiohttpRequest
from bot.core.messages import RenderedMessage
from bot.core.metrics import Metrics
from bot.core.ports import Recipient, SendResult
from storage.uow import UnitOfWork
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.telegram.conftest import Sleeps, fixture

HELLO = RenderedMessage("Hello")
SERVER_ERROR = {"ok": False, "error_code": 500, "description": "Internal Server Error"}


def start(person: int, update_id: int) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732000000,
            "chat": {"id": person, "type": "private"},
            "from": {"id": person, "is_bot": False, "first_name": "Sara"},
            "text": "/start",
        },
    }


async def test_429_waits_retry_after_then_sends(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", fixture("error_429_retry_after")["payload"])
    result = await telegram.channel.send(Recipient("42"), HELLO, "response")
    assert (result.status, result.platform_message_id) == ("sent", "1001")
    assert sleeps.asked == [2282.0]
    assert [p["text"] for p in fake.sent()] == ["Hello", "Hello"]


async def test_429_of_an_old_server_reads_retry_after_from_the_description(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", fixture("error_429_legacy_no_parameters")["raw_body"])
    result = await telegram.channel.send(Recipient("42"), HELLO, "response")
    assert result.status == "sent"
    assert sleeps.asked == [3.0]


async def test_a_paced_caller_gets_retry_and_the_pause_holds_for_the_whole_bot(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", fixture("error_429_retry_after")["payload"])
    first = await telegram.channel.try_send(Recipient("42"), HELLO, "announcement")
    assert (first.status, first.retry_after) == ("retry", 2282.0)
    other = await telegram.channel.try_send(Recipient("43"), HELLO, "announcement")
    assert other.status == "retry"
    assert other.retry_after == pytest.approx(2282.0, abs=1.0)
    assert len(fake.sent()) == 1  # the second chat was not even tried
    reply = await telegram.channel.send(Recipient("43"), HELLO, "response")
    assert reply.status == "sent"
    assert sleeps.asked == [pytest.approx(2282.0, abs=1.0)]


async def test_403_marks_the_person_blocked_and_loses_nothing_they_sent(
    app: App, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    fake.fail_next("sendMessage", fixture("error_403_bot_blocked")["raw_body"])
    assert await telegram.process(start(777, 1)) is True

    async def person() -> tuple[object, object]:
        async with app.sessions() as session:
            found = await UnitOfWork(session).participants.find("telegram", "777")
            assert found is not None
            return found.blocked_at, found.display_name

    assert await person() == (app.clock.now(), "Sara")
    direct = await telegram.channel.send(Recipient("777"), HELLO, "announcement")
    assert direct == SendResult("sent", platform_message_id="1001")
    fake.fail_next("sendMessage", fixture("error_403_bot_blocked")["raw_body"])
    blocked = await telegram.channel.send(Recipient("777"), HELLO, "announcement")
    assert blocked == SendResult("blocked", error="Forbidden: bot was blocked by the user")
    await telegram.process(start(777, 2))  # writing again makes them reachable
    assert await person() == (None, "Sara")


async def test_5xx_retries_with_backoff(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", SERVER_ERROR, times=2)
    result = await telegram.channel.send(Recipient("42"), HELLO, "response")
    assert result.status == "sent"
    assert sleeps.asked == [1.0, 2.0]
    assert len(fake.sent()) == 3


async def test_a_server_that_keeps_failing_gives_up_after_five_attempts(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", SERVER_ERROR, times=5)
    result = await telegram.channel.send(Recipient("42"), HELLO, "response")
    assert (result.status, result.error) == ("failed", "Internal Server Error")
    assert sleeps.asked == [1.0, 2.0, 4.0, 8.0]
    paced = await telegram.channel.try_send(Recipient("42"), HELLO, "announcement")
    assert paced == SendResult("sent", platform_message_id="1001")


async def test_a_paced_caller_gets_retry_on_a_5xx(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    fake.fail_next("sendMessage", SERVER_ERROR)
    result = await telegram.channel.try_send(Recipient("42"), HELLO, "announcement")
    assert (result.status, result.retry_after, result.error) == (
        "retry",
        1.0,
        "Internal Server Error",
    )
    assert sleeps.asked == []


async def test_polling_survives_a_429_on_get_updates(
    fake: FakeTelegram, telegram: TelegramInbound, sleeps: Sleeps
) -> None:
    import asyncio

    from bot.channels.telegram.polling import poll

    fake.fail_next("getUpdates", fixture("error_429_legacy_no_parameters")["raw_body"])
    await fake.queue_updates(start(888, 1))
    poller = asyncio.create_task(poll(telegram, timeout=5))
    try:
        await fake.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
    finally:
        poller.cancel()
    assert sleeps.asked == [3.0]
    assert fake.methods()[:4] == ["deleteWebhook", "getUpdates", "getUpdates", "sendMessage"]


async def test_a_timeout_is_retried_with_backoff(fake: FakeTelegram, sleeps: Sleeps) -> None:
    """The client gives up waiting (a read timeout of 50 ms here), backs off, and sends again."""
    bot = Bot(TOKEN, base_url=f"{fake.base_url}/bot", request=AiohttpRequest(read_timeout=0.05))
    outcomes: list[bool] = []

    async def reachability(chat_id: str, reachable: bool) -> None:
        outcomes.append(reachable)

    channel = TelegramChannel(bot, Metrics(), reachability, sleeps)
    release = fake.stall_next("sendMessage")
    try:
        result = await channel.send(Recipient("42"), HELLO, "response")
    finally:
        release.set()
        await bot.shutdown()
    assert (result.status, sleeps.asked, len(fake.sent()), outcomes) == ("sent", [1.0], 2, [])
    assert channel.metrics.errors == {"telegram_transient": 1}
