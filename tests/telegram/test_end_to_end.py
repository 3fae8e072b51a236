"""The whole path, by polling and by webhook: the real python-telegram-bot client talks to the
fake Bot API over HTTP; /start, then a press of 日本語 (or Монгол), gives the welcome in it."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.polling import poll
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import SECRET

PERSON = 5550001

CHOOSE_LANGUAGE = (
    "sendMessage",
    "Хэлээ сонгоно уу · 言語を選んでください · Choose your language",
    ["~:language:choose:mn", "~:language:choose:ja", "~:language:choose:en"],
)
JAPANESE = [
    CHOOSE_LANGUAGE,
    (
        "sendMessage",
        "MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創へようこそ！\n"
        "イベントや締め切りを、ご指定の言語とタイムゾーンでお知らせします。",
        [],
    ),
    (
        "sendMessage",
        "ご用件をお選びください。",
        [
            "cmd:register",
            "cmd:join",
            "cmd:help",
            "cmd:language",
            "cmd:timezone",
            "cmd:schedule",
            "cmd:deadlines",
            "cmd:ask",
        ],
    ),
]
MONGOLIAN = [
    CHOOSE_LANGUAGE,
    (
        "sendMessage",
        "Тавтай морилно уу! Энэ бол «MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, хамтын "
        "бүтээл» хөтөлбөрийн бот.\n"
        "Арга хэмжээ, эцсийн хугацааг таны сонгосон хэлээр, таны цагийн бүсээр сануулж байх болно.",
        [],
    ),
    (
        "sendMessage",
        "Та юу хийх вэ?",
        [
            "cmd:register",
            "cmd:join",
            "cmd:help",
            "cmd:language",
            "cmd:timezone",
            "cmd:schedule",
            "cmd:deadlines",
            "cmd:ask",
        ],
    ),
]


def start(update_id: int) -> dict[str, Any]:
    """/start as current clients send it (with a bot_command entity)."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1732000000,
            "chat": {"id": PERSON, "type": "private", "first_name": "Aya"},
            "from": {"id": PERSON, "is_bot": False, "first_name": "Aya", "language_code": "en"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


def press(update_id: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "chat_instance": "42",
            "from": {"id": PERSON, "is_bot": False, "first_name": "Aya"},
            "message": {
                "message_id": 1001,
                "date": 1732000000,
                "chat": {"id": PERSON, "type": "private"},
                "text": "…",
            },
            "data": data,
        },
    }


def answered(fake: FakeTelegram) -> list[str]:
    """The callback queries answered (at once, beside the messages: their order is not fixed)."""
    return [c.params["callback_query_id"] for c in fake.calls if c.method == "answerCallbackQuery"]


def conversation(fake: FakeTelegram) -> list[tuple[str, str, list[str]]]:
    """What the person saw: (method, text, button payloads)."""
    seen = []
    for call in fake.calls:
        if call.method == "sendMessage":
            assert call.params["chat_id"] == str(PERSON)
            rows = (call.params.get("reply_markup") or {"inline_keyboard": []})["inline_keyboard"]
            seen.append(
                (call.method, call.params["text"], [row[0]["callback_data"] for row in rows])
            )
    return seen


async def by_polling(fake: FakeTelegram, telegram: TelegramInbound, language: str) -> None:
    poller = asyncio.create_task(poll(telegram, timeout=5))
    try:
        await fake.queue_updates(start(1))
        await fake.wait_for(lambda calls: [c.method for c in calls].count("sendMessage") == 1)
        await fake.queue_updates(press(2, f"~:language:choose:{language}"))
        await fake.wait_for(lambda calls: [c.method for c in calls].count("sendMessage") == 3)
    finally:
        poller.cancel()


async def by_webhook(fake: FakeTelegram, webhook_url: str, language: str) -> None:
    for update in (start(1), press(2, f"~:language:choose:{language}")):
        response = await fake.push(webhook_url, update, SECRET)
        assert (response.status_code, response.text) == (200, "ok\n")


async def test_polling_start_then_japanese(fake: FakeTelegram, telegram: TelegramInbound) -> None:
    await by_polling(fake, telegram, "ja")
    assert fake.methods()[:2] == ["deleteWebhook", "getUpdates"]
    assert fake.calls[1].params["allowed_updates"] == [
        "message",
        "callback_query",
        "my_chat_member",
    ]
    assert (answered(fake), conversation(fake)) == (["cq2"], JAPANESE)


async def test_polling_start_then_mongolian(fake: FakeTelegram, telegram: TelegramInbound) -> None:
    await by_polling(fake, telegram, "mn")
    assert (answered(fake), conversation(fake)) == (["cq2"], MONGOLIAN)


async def test_webhook_start_then_japanese(
    fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    await by_webhook(fake, webhook_url, "ja")
    assert (answered(fake), conversation(fake)) == (["cq2"], JAPANESE)


async def test_webhook_start_then_mongolian(
    fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    await by_webhook(fake, webhook_url, "mn")
    assert (answered(fake), conversation(fake)) == (["cq2"], MONGOLIAN)
