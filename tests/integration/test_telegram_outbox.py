"""Telegram through the outbox: a reminder row reaches the fake Bot API; a 403 blocks the
person and the row; a 429 puts the row back, due after ``retry_after``, instead of failing it
(and without holding the dispatcher asleep)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.core.clock import FixedClock
from bot.core.pacing import StrictPacer
from storage.outbox import DeliveryStatus
from tests.fake_telegram import FakeTelegram
from tests.integration.support import blocked_at, enqueue, outbox, rows
from tests.telegram.conftest import Sleeps, fixture
from tests.timeline_support import add_person

CHAT = "5550001"


async def test_a_reminder_row_is_sent_through_the_bot_api(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, clock: FixedClock
) -> None:
    person = await add_person(app, CHAT, "en", channel="telegram")
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")

    stats = await outbox(app).run_once()

    assert (stats.claimed, stats.by_status) == (1, {DeliveryStatus.SENT: 1})
    assert [(p["chat_id"], p["text"]) for p in fake.sent()] == [
        (CHAT, "The workshop starts at 10:00.")
    ]
    assert [(k, s, a) for k, s, a, _ in await rows(app)] == [("event", DeliveryStatus.SENT, 1)]


async def test_403_marks_the_person_and_the_row_blocked(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, clock: FixedClock
) -> None:
    person = await add_person(app, CHAT, "en", channel="telegram")
    clock.advance(timedelta(minutes=5))
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")
    fake.fail_next("sendMessage", fixture("error_403_bot_blocked")["raw_body"])

    stats = await outbox(app).run_once()

    assert (stats.claimed, stats.by_status) == (1, {DeliveryStatus.BLOCKED: 1})
    assert await blocked_at(app, person) == clock.now()
    assert [(k, s) for k, s, _, _ in await rows(app)] == [("event", DeliveryStatus.BLOCKED)]


async def test_429_puts_the_row_back_until_retry_after(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, clock: FixedClock, sleeps: Sleeps
) -> None:
    person = await add_person(app, CHAT, "en", channel="telegram")
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")
    fake.fail_next("sendMessage", fixture("error_429_retry_after")["payload"])
    paced: list[float] = []
    dispatcher = outbox(app, StrictPacer({}, sleep=paced_sleep(paced)))

    stats = await dispatcher.run_once()

    assert (stats.claimed, stats.by_status) == (1, {"retry": 1})
    assert (sleeps.asked, paced) == ([], [])  # nobody slept through the 38-minute flood wait
    assert len(fake.sent()) == 1
    later = clock.now() + timedelta(seconds=2282)
    assert await rows(app) == [
        ("event", DeliveryStatus.PENDING, 0, later)
    ]  # a 429 is not a failed attempt
    # Not due a minute before; at the time it is tried again, and while the bot-wide pause
    # (kept on the process's own clock) lasts, it goes back again without an API call.
    clock.set(later - timedelta(minutes=1))
    assert (await dispatcher.run_once()).claimed == 0
    clock.set(later)
    assert (await dispatcher.run_once()).by_status == {"retry": 1}
    assert len(fake.sent()) == 1
    [(key, status, attempts, due)] = await rows(app)
    assert (key, status, attempts) == ("event", DeliveryStatus.PENDING, 0)
    assert later + timedelta(seconds=2200) < due <= later + timedelta(seconds=2282)


def paced_sleep(asked: list[float]) -> Callable[[float], Awaitable[None]]:
    async def sleep(seconds: float) -> None:
        asked.append(seconds)

    return sleep
