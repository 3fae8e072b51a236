"""What Messenger's webhook does with bodies a hostile or unlucky day brings (issue 15, defects 6
and 7): an attachment URL that does not parse and JSON nested 100,000 deep gave a 5xx (Meta then
sends the whole batch again, and its valid events were never handled); malformed field types
gave tracebacks. Now no body yields a 5xx, and a malformed event is dropped with one WARNING
line, without a traceback, while the other events of its body are handled."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from tests.messenger.conftest import Messenger, text_item

LANGUAGE = "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"


def body_of(*items: Any) -> bytes:
    return json.dumps(
        {"object": "page", "entry": [{"id": "P", "time": 1, "messaging": list(items)}]}
    ).encode()


def prompted(messenger: Messenger) -> list[str]:
    """Who got the language prompt (the answer to a first message)."""
    return [
        m["recipient"]["id"]
        for m in messenger.fake.messages
        if m["message"].get("attachment", {}).get("payload", {}).get("text") == LANGUAGE
    ]


def base(sender: Any = "MALFORMED", **fields: Any) -> dict[str, Any]:
    return {"sender": {"id": sender}, "recipient": {"id": "P"}, "timestamp": 1, **fields}


MALFORMED = {
    "an attachment URL that does not parse": base(
        message={"mid": "m.x", "attachments": [{"type": "file", "payload": {"url": "http://[::1"}}]}
    ),
    "a string where the sender belongs": {"sender": "7", "message": {"mid": "m.x", "text": "hi"}},
    "a list where the sender belongs": {"sender": ["7"], "message": {"mid": "m.x", "text": "hi"}},
    "a number as the sender's id": base(sender=7, message={"mid": "m.x", "text": "hi"}),
    "a dict as the text": base(message={"mid": "m.x", "text": {"a": 1}}),
    "a list as the message": base(message=["hi"]),
    "a number as a postback's payload": base(postback={"mid": "m.x", "payload": 3}),
    "a lone surrogate in the text": base(message={"mid": "m.x", "text": "hi \ud800"}),
    "a string as is_echo": base(message={"mid": "m.x", "text": "hi", "is_echo": "yes"}),
    "a list as the timestamp": base(timestamp=[1], message={"mid": "m.x", "text": "hi"}),
    "a referral whose ref is a dict": base(referral={"ref": {"x": 1}}),
}


@pytest.mark.parametrize("shape", sorted(MALFORMED))
async def test_a_malformed_event_is_dropped_with_one_warning_and_the_others_are_handled(
    messenger: Messenger, caplog: pytest.LogCaptureFixture, shape: str
) -> None:
    caplog.set_level(logging.INFO)
    raw = body_of(text_item("hi", "m.1", "A"), MALFORMED[shape], text_item("hi", "m.2", "B"))
    answer = await messenger.post(raw)
    assert (answer.status_code, answer.text) == (200, "EVENT_RECEIVED")
    assert sorted(prompted(messenger)) == ["A", "B"]  # each person's events in their own task
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.levelname, r.getMessage().split(" (")[0], r.exc_info) for r in warnings] == [
        ("WARNING", "Messenger webhook: dropped a malformed event", None)
    ]


async def test_json_nested_100000_deep_is_a_400_without_a_traceback(
    messenger: Messenger, caplog: pytest.LogCaptureFixture
) -> None:
    deep = b'{"object": "page", "entry": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    answer = await messenger.post(deep)
    assert (answer.status_code, answer.text) == (400, "malformed JSON")
    assert [r.exc_info for r in caplog.records] == [None]
    assert messenger.fake.messages == []
