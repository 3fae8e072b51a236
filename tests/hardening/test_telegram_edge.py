"""What Telegram's webhook does with updates of the wrong shape (issue 15, defects 6 and 7): a
string or list where ``chat``/``from`` belong, a non-string ``language_code`` or caption, a
20-digit id, a lone surrogate, a dict as a name, a photo without ``file_id`` gave tracebacks
(the person still got an answer); JSON nested 100,000 deep gave a 5xx. Now each is answered
200 (Telegram would only send it again), dropped with one WARNING line and no traceback, and
the next update of the same person is handled as usual."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.channels.telegram.inbound import TelegramInbound
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import SECRET

USER = {"id": 31, "is_bot": False, "first_name": "Dorj", "language_code": "en"}
CHAT = {"id": 31, "type": "private"}


def message(**fields: Any) -> dict[str, Any]:
    return {
        "update_id": 7,
        "message": {"message_id": 1, "date": 0, "chat": CHAT, "from": USER, **fields},
    }


MALFORMED = {
    "a string where the chat belongs": message(chat="31", text="/start"),
    "a list where from belongs": message(**{"from": [31]}, text="/start"),
    "a number as the language code": message(
        **{"from": {**USER, "language_code": 7}}, text="/start"
    ),
    "a list as the caption": message(caption=["deck"], document={"file_id": "F"}),
    "a 20-digit user id": message(**{"from": {**USER, "id": 10**19}}, text="/start"),
    "a lone surrogate in the text": message(text="/start \ud800"),
    "a dict as the first name": message(**{"from": {**USER, "first_name": {"a": 1}}}, text="hi"),
    "a photo without a file_id": message(photo=[{"file_unique_id": "U", "width": 1}]),
    "a number as a button's data": {
        "update_id": 7,
        "callback_query": {"id": "q", "from": USER, "data": 7},
    },
    "a string as the chat id of a block": {
        "update_id": 7,
        "my_chat_member": {
            "chat": {"id": "x"},
            "from": USER,
            "new_chat_member": {"status": "kicked"},
        },
    },
}
START = message(text="/start")


@pytest.mark.parametrize("shape", sorted(MALFORMED))
async def test_a_malformed_update_is_dropped_with_one_warning(
    fake: FakeTelegram,
    telegram: TelegramInbound,
    webhook_url: str,
    caplog: pytest.LogCaptureFixture,
    shape: str,
) -> None:
    caplog.set_level(logging.INFO)
    answer = await fake.push(webhook_url, MALFORMED[shape], SECRET)
    assert (answer.status_code, answer.text) == (200, "ok\n")
    assert fake.calls == []
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.getMessage().split(" (")[0], r.exc_info) for r in warnings] == [
        ("telegram: dropped a malformed update 7", None)
    ]
    await fake.push(webhook_url, {**START, "update_id": 8}, SECRET)
    assert fake.methods() == ["sendMessage"]  # the language prompt


async def test_json_nested_100000_deep_is_a_400_without_a_traceback(
    fake: FakeTelegram,
    telegram: TelegramInbound,
    webhook_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    deep = b'{"update_id": 1, "message": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = await fake.push(webhook_url, deep, SECRET)
    assert (answer.status_code, answer.text) == (400, "malformed JSON\n")
    assert [r.exc_info for r in caplog.records if r.exc_info] == []
    assert fake.calls == []


async def test_a_body_over_1_mb_is_not_read(
    fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    answer = await fake.push(webhook_url, b"{" + b" " * (2 * 1024 * 1024) + b"}", SECRET)
    assert (answer.status_code, answer.text) == (413, "too large\n")
    assert fake.calls == []
