"""Broadcast rows through Telegram's ``try_send`` against the fake Bot API: the strict pacer
spaces them (30/s overall, 1/s per chat), a 429 pauses every send, a 403 marks the person
blocked."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.core.pacing import StrictPacer
from bot.delivery import outbox_dispatcher
from storage.models import Delivery, Participant
from tests.broadcast_support import FakeTime
from tests.fake_telegram import FakeTelegram
from tests.support import Chat
from tests.telegram.conftest import fixture
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


def paced(app: App, time: FakeTime) -> StrictPacer:
    return StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)


async def test_sends_are_spaced_at_the_overall_rate(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await broadcast_to(app, chat, "101", "102", "103")
    time = FakeTime()
    await outbox_dispatcher(app, paced(app, time)).run_once()
    assert [(c["chat_id"], c["text"]) for c in fake.sent()] == [
        ("101", TEXT),
        ("102", TEXT),
        ("103", TEXT),
    ]
    assert time.slept == [0.033333, 0.033333]
    assert await rows(app) == [("101", "sent", None), ("102", "sent", None), ("103", "sent", None)]


async def test_one_chat_gets_at_most_one_message_a_second() -> None:
    time = FakeTime()
    pacer = StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)
    for chat_id in ("1", "1", "2", "1"):
        await pacer.acquire("telegram", chat_id)
    await pacer.acquire("console", "1")  # channels without a limit are not paced
    assert time.slept == [1.0, 0.033333, 0.966667]


async def test_a_429_pauses_every_send_and_the_row_is_retried(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await broadcast_to(app, chat, "101", "102")
    fake.fail_next("sendMessage", fixture("error_429_retry_after")["payload"])
    time = FakeTime()
    pacer = paced(app, time)
    await outbox_dispatcher(app, pacer).run_once()
    assert time.slept == [2282.0]  # the next send waited the whole retry_after
    assert [c["chat_id"] for c in fake.sent()] == ["101"]  # the bot-wide pause held it back
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
