"""The helpdesk with the asker on Messenger (signed webhook events in, the fake Graph API out)
and a Mongolian-speaking organizer on the console: the confirm as RESPONSE, an answer inside
the window as UPDATE, after 30 hours with HUMAN_AGENT, after 8 days deferred (the organizer
is told) until the person writes again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.core.clock import FixedClock
from storage.models import Delivery
from tests.helpdesk_support import delivered, press
from tests.mentoring_support import quiet
from tests.messenger.conftest import PSID, Messenger, postback_item, text_item
from tests.support import Chat

HOUR = timedelta(hours=1)
QUESTION = "会場にプロジェクターはありますか？"
BUTTONS = [
    {"type": "postback", "title": "返信する", "payload": "hda:w:1"},
    {"type": "postback", "title": "解決済みにする", "payload": "hda:x:1"},
]


def answer(text: str, **fields: str) -> dict[str, Any]:
    """An organizer's answer as the Send API gets it: a button template (text and two
    buttons), with the messaging type the window allows."""
    return {
        "recipient": {"id": PSID},
        **fields,
        "message": {
            "attachment": {
                "type": "template",
                "payload": {
                    "template_type": "button",
                    "text": f"ご質問 #1 への運営者からの回答です。\n\n{text}",
                    "buttons": BUTTONS,
                },
            }
        },
    }


async def answer_as_organizer(chat: Chat, text: str) -> None:
    await chat.say("/as org")
    await press(chat, "hd:r:1")
    assert (
        await chat.say(text)
        == "№1 асуултын хариултыг илгээлээ. Хүлээн авагч: нэргүй.\n\n"
    )


async def answer_rows(messenger: Messenger) -> list[str]:
    async with messenger.app.sessions() as session:
        found = await session.scalars(
            select(Delivery.status)
            .where(Delivery.renderer == "helpdesk-answer")
            .order_by(Delivery.id)
        )
        return list(found)


async def test_answers_inside_the_window_after_30_hours_and_after_8_days(
    messenger: Messenger, clock: FixedClock, tmp_path: Path
) -> None:
    app, fake = messenger.app, messenger.fake
    chat = Chat(app, tmp_path / "console-files")
    await chat.say("/as org", "/start", "1")
    await quiet(chat, "org")
    await messenger.event(postback_item("get_started", "m.1"))
    await messenger.event(postback_item("~:language:choose:ja", "m.2"))
    for n, category in enumerate(("deadline", "event", "agenda"), start=3):
        await messenger.event(postback_item(f"mute:{category}", f"m.{n}"))

    await messenger.event(text_item("/ask", "m.6"))
    await messenger.event(text_item(QUESTION, "m.7"))
    await messenger.event(postback_item("~:hdask:file:nofile", "m.8"))
    before = len(fake.messages)
    await messenger.event(postback_item("~:hdask:confirm:confirm", "m.9"))
    assert fake.messages[before:] == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "RESPONSE",
            "message": {
                "text": "質問 #1 として運営者に送信しました。回答はこのチャットに届きます。"
            },
        }
    ]
    assert await delivered(chat) == (
        "Шинэ асуулт №1 — асуусан: нэргүй (хувийн, япон хэлээр):\n"
        f"{QUESTION}\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
    )

    # Inside the window: UPDATE.
    clock.advance(2 * HOUR)
    await answer_as_organizer(chat, "はい、HDMIで接続できます。")
    before = len(fake.messages)
    await delivered(chat)
    assert fake.messages[before:] == [answer("はい、HDMIで接続できます。", messaging_type="UPDATE")]

    # 30 hours after the person's last message: HUMAN_AGENT.
    clock.advance(28 * HOUR)
    await answer_as_organizer(chat, "変換アダプターも受付にあります。")
    before = len(fake.messages)
    await delivered(chat)
    assert fake.messages[before:] == [
        answer("変換アダプターも受付にあります。", messaging_type="MESSAGE_TAG", tag="HUMAN_AGENT")
    ]

    # 8 days after it: the answer waits, and the organizer is told.
    clock.advance(8 * 24 * HOUR - 30 * HOUR)
    await answer_as_organizer(chat, "当日の技術担当はバトさんです。")
    before = len(fake.messages)
    assert await delivered(chat) == ""
    assert (fake.messages[before:], await answer_rows(messenger)) == (
        [],
        ["sent", "sent", "deferred"],
    )
    assert await delivered(chat) == (
        "№1 асуултад өгсөн таны хариулт асуусан хүнд (нэргүй) хараахан хүрээгүй байна: "
        "түүний платформ дээр хүний бичсэн хариултыг тухайн хүний сүүлийн мессежээс хойш 7 "
        "хоногийн дотор л илгээж болно. Сүүлийн мессеж: 11-р сарын 18 (Да) 09:00 (УБ цагаар) / "
        "10:00 (Токиогийн цагаар). Тэр ботод дахин бичмэгц хариулт өөрөө очно.\n\n"
    )
    assert await delivered(chat) == ""  # told once

    # The person writes again: the answer goes at once, inside the new window.
    await messenger.event(text_item("こんにちは", "m.10"))
    before = len(fake.messages)
    await delivered(chat)
    assert fake.messages[before:] == [
        answer("当日の技術担当はバトさんです。", messaging_type="UPDATE")
    ]
    assert await answer_rows(messenger) == ["sent", "sent", "sent"]


async def test_the_asker_on_messenger_writes_back_by_postback(
    messenger: Messenger, clock: FixedClock, tmp_path: Path
) -> None:
    app, fake = messenger.app, messenger.fake
    chat = Chat(app, tmp_path / "console-files")
    await chat.say("/as org", "/start", "1")
    await quiet(chat, "org")
    await messenger.event(postback_item("get_started", "m.1"))
    await messenger.event(postback_item("~:language:choose:ja", "m.2"))
    for n, category in enumerate(("deadline", "event", "agenda"), start=3):
        await messenger.event(postback_item(f"mute:{category}", f"m.{n}"))
    await messenger.event(text_item("/ask", "m.6"))
    await messenger.event(text_item(QUESTION, "m.7"))
    await messenger.event(postback_item("~:hdask:file:nofile", "m.8"))
    await messenger.event(postback_item("~:hdask:confirm:confirm", "m.9"))
    await delivered(chat)
    await answer_as_organizer(chat, "はい、HDMIで接続できます。")
    await delivered(chat)

    await messenger.event(postback_item("hda:w:1", "m.10"))
    await messenger.event(text_item("USB-Cはありますか？", "m.11"))
    assert fake.messages[-1] == {
        "recipient": {"id": PSID},
        "messaging_type": "RESPONSE",
        "message": {"text": "質問 #1 への追加のメッセージを運営者に送信しました。"},
    }
    assert await delivered(chat) == (
        "№1 асуултад нэмж бичлээ — асуусан: нэргүй\n"
        "USB-Cはありますか？\n"
        "[1] Хариулах\n[2] Хаах\n\n"
    )
