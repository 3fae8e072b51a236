"""The SDG toggles on Telegram (issue 16, item 9): an inline keyboard of the goals and Done;
pressing a goal edits the prompt in place instead of sending it again."""

from __future__ import annotations

import json
from typing import Any

from bot.channels.telegram.inbound import TelegramInbound
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import SECRET
from tests.telegram.test_end_to_end import PERSON, press, start


def text(update_id: int, words: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732000000,
            "chat": {"id": PERSON, "type": "private", "first_name": "Aya"},
            "from": {"id": PERSON, "is_bot": False, "first_name": "Aya", "language_code": "en"},
            "text": words,
        },
    }


def keyboard(call_params: dict[str, Any]) -> list[list[str]]:
    markup = call_params["reply_markup"]
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [[button["text"] for button in row] for row in markup["inline_keyboard"]]


async def test_pressing_a_goal_edits_the_prompt(
    fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    updates = [
        start(1),
        press(2, "~:language:choose:en"),
        text(3, "/register"),
        press(4, "~:teamreg:consent:yes"),
        text(5, "Blue Steppe"),
        text(6, "Solar yurts"),
        text(7, "We heat yurts with the sun."),
    ]
    for update in updates:
        assert (await fake.push(webhook_url, update, SECRET)).status_code == 200
    prompt = fake.calls[-1]
    assert prompt.method == "sendMessage"
    labels = keyboard(prompt.params)
    assert labels[:2] == [["SDG 1"], ["SDG 2"]]
    assert labels[-3:] == [["Done"], ["‹ Back"], ["Cancel"]]
    prompt_id = 1000 + len(fake.sent())  # the fake numbers the messages it is sent from 1001
    await fake.push(webhook_url, press(8, "~:teamreg:sdgs:7"), SECRET)
    edit = next(call for call in reversed(fake.calls) if call.method == "editMessageText")
    assert str(edit.params["message_id"]) == str(prompt_id)
    assert keyboard(edit.params)[6] == ["✓ SDG 7"]
    assert edit.params["text"].splitlines()[-1] == "Chosen: 7"
