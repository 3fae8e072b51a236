"""The helpdesk with the asker on Telegram (updates through the adapter, the real client on the
fake Bot API) and the organizer on the console: a photo with the question reaches the
organizer, and the answer and the closing notice go through the outbox, one second apart in
the chat (Telegram's per-chat pacing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.core.pacing import StrictPacer
from bot.delivery import outbox_dispatcher, plan
from tests.broadcast_support import FakeTime
from tests.fake_telegram import FakeTelegram
from tests.helpdesk_support import delivered, png_file, press
from tests.mentoring_support import quiet
from tests.support import Chat

CHAT = 5550001
QUESTION = "この領収書で精算できますか？"


def message(update_id: int, **content: Any) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732000000,
            "chat": {"id": CHAT, "type": "private", "first_name": "Aya"},
            "from": {"id": CHAT, "is_bot": False, "first_name": "Aya"},
            **content,
        },
    }


def command(update_id: int, text: str) -> dict[str, Any]:
    entity = {"type": "bot_command", "offset": 0, "length": len(text)}
    return message(update_id, text=text, entities=[entity])


def button(update_id: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "chat_instance": "42",
            "from": {"id": CHAT, "is_bot": False, "first_name": "Aya"},
            "message": {
                "message_id": 1001,
                "date": 1732000000,
                "chat": {"id": CHAT, "type": "private"},
                "text": "…",
            },
            "data": data,
        },
    }


def keyboard(params: dict[str, Any]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def test_a_photo_question_from_telegram_and_paced_answers(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound, tmp_path: Path
) -> None:
    await chat.say("/as org", "/start", "1")
    await quiet(chat, "org")
    await telegram.process(command(1, "/start"))
    await telegram.process(button(2, "~:language:choose:ja"))
    for n, category in enumerate(("deadline", "event", "agenda"), start=3):
        await telegram.process(button(n, f"mute:{category}"))
    await telegram.process(command(6, "/ask"))
    photo = png_file(tmp_path)
    fake.add_file("PHOTO1", photo.read_bytes())
    size = {"file_id": "PHOTO1", "file_unique_id": "u1", "width": 1, "height": 1}
    fake.calls.clear()
    await telegram.process(message(7, photo=[{**size, "file_size": 70}], caption=QUESTION))
    await telegram.process(button(8, "~:hdask:confirm:confirm"))
    assert [(p["text"], keyboard(p)) for p in fake.sent()] == [
        (
            f"ご質問（個人的な質問）：\n{QUESTION}\nファイル：photo-u1.png\n\n運営者に送信しますか？",
            [
                ("送信する", "~:hdask:confirm:confirm"),
                ("‹ 戻る", "~:hdask:confirm:_back"),
                ("キャンセル", "~:hdask:confirm:_cancel"),
            ],
        ),
        ("質問 #1 として運営者に送信しました。回答はこのチャットに届きます。", []),
    ]
    notice = await delivered(chat)
    assert notice.startswith(
        f"Шинэ асуулт №1 — асуусан: Aya (хувийн, япон хэлээр):\n{QUESTION}\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n[photo] photo-u1.png (70 bytes) saved to "
    )

    await chat.say("/as org")
    await press(chat, "hd:r:1")
    await chat.say("はい、精算できます。原本を受付にお持ちください。")
    await press(chat, "hd:x:1")
    fake.calls.clear()
    time = FakeTime()
    pacer = StrictPacer({"telegram": 30.0}, sleep=time.sleep, monotonic=time.monotonic)
    await plan(app)
    await outbox_dispatcher(app, pacer).run_once()
    assert sorted((p["chat_id"], p["text"], keyboard(p)) for p in fake.sent()) == [
        (
            str(CHAT),
            "ご質問 #1 は運営者により完了となりました。新しいご質問は /ask でお送りください。",
            [],
        ),
        (
            str(CHAT),
            "ご質問 #1 への運営者からの回答です。\n\nはい、精算できます。原本を受付にお持ちください。",
            [],  # closed by the time it is sent: no Write back
        ),
    ]
    assert time.slept == [1.0]  # the second message to the chat waited its second
