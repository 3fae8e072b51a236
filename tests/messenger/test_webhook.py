"""Every recorded webhook body through the real endpoint, signed with the test secret; the
verification handshake; and requests that must be refused without being processed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from storage.models import Participant, ProcessedMessage
from tests.fake_graph import fixture
from tests.messenger.conftest import PSID, Messenger, text_item

LANGUAGE_PROMPT = {
    "attachment": {
        "type": "template",
        "payload": {
            "template_type": "button",
            "text": "Хэлээ сонгоно уу · 言語を選んでください · Choose your language",
            "buttons": [
                {"type": "postback", "title": "Монгол", "payload": "~:language:choose:mn"},
                {"type": "postback", "title": "日本語", "payload": "~:language:choose:ja"},
                {"type": "postback", "title": "English", "payload": "~:language:choose:en"},
            ],
        },
    }
}
STALE = {"text": "That button belongs to an earlier message and no longer applies."}
BAD_LINK = {"text": "This link is not valid (any more). Ask whoever sent it for a new one."}


def body_of(name: str) -> bytes:
    data = fixture(name)
    raw = data.get("raw_body") or data["payload"].get("raw_body")
    return (raw or json.dumps(data["payload"])).encode()


def response(message: dict[str, Any], to: str = PSID) -> dict[str, Any]:
    return {"recipient": {"id": to}, "messaging_type": "RESPONSE", "message": message}


async def participants(messenger: Messenger) -> list[str]:
    async with messenger.app.sessions() as session:
        return list(await session.scalars(select(Participant.external_id).order_by(Participant.id)))


@pytest.mark.parametrize(
    ("name", "sent", "people"),
    [
        ("webhook_message_text.json", [response(LANGUAGE_PROMPT)], [PSID]),
        ("signature_test_vector.json", [response(LANGUAGE_PROMPT)], [PSID]),
        ("webhook_message_echo.json", [], []),
        ("webhook_message_quick_reply.json", [response(STALE)], [PSID]),
        ("webhook_postback.json", [response(STALE)], [PSID]),
        # an m.me link opens /start with its ref: the person chooses a language first
        ("webhook_referral.json", [response(LANGUAGE_PROMPT)], [PSID]),
        (
            "webhook_message_attachment_file.json",
            [response(LANGUAGE_PROMPT, "USER_ID")],
            ["USER_ID"],
        ),
        (
            "webhook_message_attachment_image_multi.json",
            [response(LANGUAGE_PROMPT, "USER_ID")],
            ["USER_ID"],
        ),
        ("webhook_delivery.json", [], []),
        ("webhook_read.json", [], []),
        # the App Dashboard's field/value sample names no PSID: nothing to answer
        ("dashboard_test_postback_official.json", [], []),
    ],
)
async def test_every_recorded_body(
    messenger: Messenger, name: str, sent: list[dict[str, Any]], people: list[str]
) -> None:
    answer = await messenger.post(body_of(name))
    assert (answer.status_code, answer.text) == (200, "EVENT_RECEIVED")
    assert messenger.fake.messages == sent
    assert await participants(messenger) == people


async def test_a_referral_after_choosing_a_language_opens_the_link(messenger: Messenger) -> None:
    await messenger.post(body_of("webhook_message_text.json"))
    await messenger.event(
        {"sender": {"id": PSID}, "timestamp": 2, "postback": {"payload": "~:language:choose:en"}}
    )
    before = len(messenger.fake.messages)
    await messenger.post(body_of("webhook_referral.json"))
    assert messenger.fake.messages[before:] == [response(BAD_LINK)]


async def test_every_entry_and_every_messaging_item_is_handled(messenger: Messenger) -> None:
    body = {
        "object": "page",
        "entry": [
            {
                "id": "P",
                "time": 1,
                "messaging": [text_item("hi", "m.1", "A"), text_item("hi", "m.2", "B")],
            },
            {"id": "P", "time": 2, "messaging": [text_item("hi", "m.3", "C")]},
        ],
    }
    answer = await messenger.post(json.dumps(body).encode())
    assert answer.status_code == 200
    assert sorted(await participants(messenger)) == ["A", "B", "C"]
    # one person's events are handled in order; different people's concurrently
    by_recipient = sorted(messenger.fake.messages, key=lambda m: m["recipient"]["id"])
    assert by_recipient == [response(LANGUAGE_PROMPT, who) for who in "ABC"]


async def test_a_redelivered_message_is_not_processed_twice(messenger: Messenger) -> None:
    body = body_of("webhook_message_text.json")
    assert [(await messenger.post(body)).status_code for _ in range(3)] == [200, 200, 200]
    assert messenger.fake.messages == [response(LANGUAGE_PROMPT)]
    async with messenger.app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ProcessedMessage)) == 1


async def test_a_redelivered_postback_without_mid_is_not_processed_twice(
    messenger: Messenger,
) -> None:
    body = body_of("webhook_postback.json")
    await messenger.post(body)
    await messenger.post(body)
    assert messenger.fake.messages == [response(STALE)]


@pytest.mark.parametrize(
    ("signature", "status"),
    [
        (None, 403),
        ("sha256=" + "0" * 64, 403),
        ("sha1=74432bfe572675092cc81b5ac903ff3f971b04e5", 403),
        ("Foo", 403),
    ],
)
async def test_a_missing_or_forged_signature_is_refused_and_nothing_happens(
    messenger: Messenger, signature: str | None, status: int
) -> None:
    answer = await messenger.post(body_of("webhook_message_text.json"), signature=signature)
    assert (answer.status_code, answer.text) == (status, "forbidden")
    assert messenger.fake.messages == []
    assert await participants(messenger) == []


@pytest.mark.parametrize(
    ("body", "status", "text"),
    [
        (b"{not json", 400, "malformed JSON"),
        (b"[1, 2]", 400, "malformed body"),
        (b'{"object": "instagram", "entry": []}', 404, "not a page subscription"),
        (b'{"object": "page", "entry": "nonsense"}', 200, "EVENT_RECEIVED"),
        (
            b'{"object": "page", "entry": [{"messaging": [{"sender": {"id": "9"}, "optin": {"ref": "x"}}]}]}',
            200,
            "EVENT_RECEIVED",
        ),
        (
            b'{"object": "page", "entry": [{"messaging": [{"sender": {"id": "9"}, "message": {"mid": "m", "attachments": [{"type": "location", "payload": {}}]}}]}]}',
            200,
            "EVENT_RECEIVED",
        ),
        (
            b'{"object": "page", "entry": [{"messaging": [{"sender": 7, "message": "x"}, 3]}]}',
            200,
            "EVENT_RECEIVED",
        ),
    ],
)
async def test_bad_and_unknown_bodies_get_the_right_status_and_are_not_processed(
    messenger: Messenger, body: bytes, status: int, text: str
) -> None:
    answer = await messenger.post(body)
    assert (answer.status_code, answer.text) == (status, text)
    assert messenger.fake.messages == []
    assert await participants(messenger) == []


async def test_verification_answers_the_challenge_for_the_right_token(
    messenger: Messenger,
) -> None:
    request = fixture("webhook_verification_request_official.json")["payload"]
    answer = await messenger.client.get("/messenger/webhook", params=request["query"])
    expected = request["expected_response"]
    assert (answer.status_code, answer.text) == (expected["status"], expected["body"])


@pytest.mark.parametrize(
    "query",
    [
        {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "wrong"},
        {"hub.mode": "subscribe", "hub.challenge": "1158201444"},
        {"hub.mode": "unsubscribe", "hub.challenge": "1", "hub.verify_token": "meatyhamhock"},
    ],
)
async def test_verification_with_a_wrong_token_is_403(
    messenger: Messenger, query: dict[str, str]
) -> None:
    answer = await messenger.client.get("/messenger/webhook", params=query)
    assert (answer.status_code, answer.text) == (403, "forbidden")
