"""Broadcast rows through Telegram's ``try_send`` against the fake Bot API: the strict pacer
spaces them (30/s overall, 1/s per chat), a 429 pauses every send, a 403 marks the person
blocked."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.core.pacing import StrictPacer
from bot.core.settings import Settings
from bot.delivery import outbox_dispatcher, strict_pacer
from bot.serve import TelegramSettings, add_telegram
from storage.models import Delivery, Participant
from tests.broadcast_support import FakeTime
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.support import Chat
from tests.telegram.conftest import Sleeps, fixture
from tests.timeline_support import add_person

TEXT = "Уулзалт 10:00-д"


async def broadcast_to(app: App, chat: Chat, *chat_ids: str) -> None:
    for chat_id in chat_ids:
        await add_person(app, chat_id, "mn", channel="telegram")
    await chat.say("/as org", "/start", "3", "/broadcast", "2", TEXT, "1", "1", "1", "1")


async def rows(app: App) -> list[tuple[str, str, str | None]]:
    async with app.sessions() as session:
        found = await session.execute(
            select(Participant.external_id, Delivery.status, Delivery.error)
            .join(Participant, Participant.id == Delivery.participant_id)
            .where(Delivery.category == "broadcast")
            .order_by(Delivery.id)
        )
        return [(a, b, c) for a, b, c in found.all()]


async def attempts(app: App) -> list[int]:
    """Attempts of the broadcast rows: a 429 or a pause is not an attempt."""
    async with app.sessions() as session:
        found = await session.scalars(
            select(Delivery.attempts).where(Delivery.category == "broadcast").order_by(Delivery.id)
        )
        return list(found)


def paced(app: App, time: FakeTime) -> StrictPacer:
    return StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)


async def test_sends_are_spaced_at_the_overall_rate(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await broadcast_to(app, chat, "101", "102", "103")
    time = FakeTime()
    await outbox_dispatcher(app, paced(app, time)).run_once()
    # Sent on concurrent lanes: the order they reach the server in is not fixed.
    assert sorted((c["chat_id"], c["text"]) for c in fake.sent()) == [
        ("101", TEXT),
        ("102", TEXT),
        ("103", TEXT),
    ]
    assert time.slept == [0.034364, 0.034364]  # 30/s less 3% headroom
    assert await rows(app) == [("101", "sent", None), ("102", "sent", None), ("103", "sent", None)]


async def test_one_chat_gets_at_most_one_message_a_second() -> None:
    time = FakeTime()
    pacer = StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)
    waits = [await pacer.acquire("telegram", chat_id) for chat_id in ("1", "1", "2", "1")]
    waits.append(await pacer.acquire("console", "1"))  # channels without a limit are not paced
    assert (waits, time.slept) == ([0.0] * 5, [1.0, 0.034364, 0.965636])


async def test_a_short_pause_is_waited_and_a_long_one_handed_back() -> None:
    time = FakeTime()
    pacer = StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)
    pacer.retry_after("telegram", 3.0)
    assert (await pacer.acquire("telegram", "1"), time.slept) == (0.0, [3.0])
    pacer.retry_after("telegram", 2282.0)
    assert (await pacer.acquire("telegram", "2"), time.slept) == (2282.0, [3.0])
    assert (await pacer.acquire("console", "2"), time.slept) == (0.0, [3.0])  # its own channel


async def test_a_429_pauses_every_send_and_the_row_is_retried(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await broadcast_to(app, chat, "101", "102")
    fake.fail_next("sendMessage", fixture("error_429_retry_after")["payload"])
    time = FakeTime()
    outbox = outbox_dispatcher(app, paced(app, time))
    outbox.lanes = 1  # one send at a time: the second is asked for after the 429
    stats = await outbox.run_once()
    assert time.slept == []  # nobody sleeps through the 38-minute pause
    assert [c["chat_id"] for c in fake.sent()] == ["101"]  # the bot-wide pause held 102 back
    assert (stats.by_status, await attempts(app)) == ({"retry": 2}, [0, 0])
    assert [status for _, status, _ in await rows(app)] == ["pending", "pending"]


async def test_a_403_marks_the_person_blocked_and_the_others_still_get_it(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await broadcast_to(app, chat, "101", "102")
    fake.fail_next("sendMessage", fixture("error_403_bot_blocked")["raw_body"])
    await outbox_dispatcher(app, paced(app, FakeTime())).run_once()
    assert await rows(app) == [
        ("101", "blocked", "Forbidden: bot was blocked by the user"),
        ("102", "sent", None),
    ]
    async with app.sessions() as session:
        blocked = await session.scalars(
            select(Participant.external_id).where(Participant.blocked_at.is_not(None))
        )
        assert list(blocked) == ["101"]


async def test_paid_broadcasts_carry_allow_paid_broadcast_and_replies_do_not(
    app: App, chat: Chat, fake: FakeTelegram, sleeps: Sleeps
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_PAID_BROADCAST": "1",
    }
    settings = Settings.from_env(env)
    telegram = TelegramSettings.from_settings(settings)
    assert telegram is not None
    channel = await add_telegram(app, telegram, sleeps)
    try:
        await broadcast_to(app, chat, "101")
        inbound = TelegramInbound(channel, app.dispatcher, app.clock)
        await inbound.process(start(101))  # a reply: never paid
        await outbox_dispatcher(app, strict_pacer(settings)).run_once()
    finally:
        await channel.bot.shutdown()
    sent = [(c["chat_id"], c.get("allow_paid_broadcast")) for c in fake.sent()]
    assert sent == [("101", None), ("101", None), ("101", "true")]  # welcome, menu, broadcast
    assert fake.sent()[-1]["text"] == TEXT
    assert settings.telegram_rate == 1000.0


def start(chat_id: int) -> dict[str, Any]:
    return {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 1732000000,
            "chat": {"id": chat_id, "type": "private", "first_name": "Bat"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Bat", "language_code": "mn"},
            "text": "/start",
        },
    }


async def test_late_wake_ups_are_made_up_and_no_second_holds_more_than_30() -> None:
    """Every sleep ends 5 ms late; the bucket's 1.3 sends absorb it: the rate stays at 97% of
    30/s and no second holds more than 30 sends."""
    time = FakeTime()

    async def late(seconds: float) -> None:
        await time.sleep(seconds + 0.005)

    pacer = StrictPacer({"telegram": 30.0}, burst=1.3, sleep=late, monotonic=time.monotonic)
    sent_at = []
    for n in range(300):
        await pacer.acquire("telegram", str(n))
        sent_at.append(time.now)
    busiest = max(sum(1 for t in sent_at if start <= t < start + 1.0) for start in sent_at)
    rate = (len(sent_at) - 1) / (sent_at[-1] - sent_at[0])
    assert (busiest, round(rate, 2)) == (30, 29.12)  # with a bucket of 1: 25.4
