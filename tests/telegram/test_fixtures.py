"""Every fixture of ``tests/fixtures/telegram`` flows through the adapter: the updates are
pushed to the webhook as Telegram sent them (old samples without ``is_bot`` or entities too),
the error bodies are what the fake Bot API answers (see ``test_errors.py``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.updates import Inbound, Reachability, map_update
from bot.core.messages import IncomingMessage
from storage.uow import UnitOfWork
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import SECRET, fixture, fixture_names

CHOOSE = "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"
STALE = "That button belongs to an earlier message and no longer applies."

# fixture → what the bot does on the wire: (method, chat or callback id, text)
UPDATES: dict[str, list[tuple[str, str, str]]] = {
    "update_message_text_start_official": [("sendMessage", "1111111", CHOOSE)],
    "update_message_start_command_entity": [("sendMessage", "714862471", CHOOSE)],
    "update_message_document_official": [("sendMessage", "1111111", CHOOSE)],
    "message_document_docx_with_caption": [("sendMessage", "12345678", CHOOSE)],
    "update_callback_query_official": [
        ("answerCallbackQuery", "4382bfdwdsb323b2d9", ""),
        ("sendMessage", "1111111", STALE),
    ],
    "update_edited_message_official": [],  # not asked for (allowed_updates) and ignored
    "update_message_supergroup_with_language_code": [],  # groups are not served
    "my_chat_member_private_blocked_kicked": [],  # see test_a_block_and_an_unblock
    "my_chat_member_private_unblocked": [],
}
ERROR_BODIES = {
    "error_403_bot_blocked",
    "error_429_retry_after",
    "error_429_legacy_no_parameters",
}


def as_update(name: str, update_id: int = 10000) -> bytes:
    """The body Telegram would post: the raw body when the fixture has it, else the payload
    (a bare Message or a bare my_chat_member wrapped into an update)."""
    data = fixture(name)
    if "raw_body" in data:
        return str(data["raw_body"]).encode()
    payload: dict[str, Any] = data["payload"]
    if "message_id" in payload:
        payload = {"update_id": update_id, "message": payload}
    payload.setdefault("update_id", update_id)
    return json.dumps(payload).encode()


def wire(fake: FakeTelegram) -> list[tuple[str, str, str]]:
    """The calls, a button's answer first: it goes out beside the handling, in no fixed order."""
    seen = []
    for call in fake.calls:
        if call.method == "answerCallbackQuery":
            seen.append((call.method, call.params["callback_query_id"], ""))
        else:
            seen.append((call.method, call.params.get("chat_id", ""), call.params.get("text", "")))
    return sorted(seen, key=lambda call: call[0] != "answerCallbackQuery")


def test_every_fixture_is_covered() -> None:
    assert sorted([*UPDATES, *ERROR_BODIES]) == fixture_names()


@pytest.mark.parametrize("name", sorted(UPDATES))
async def test_each_update_fixture_through_the_webhook(
    name: str, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    response = await fake.push(webhook_url, as_update(name), SECRET)
    assert (response.status_code, response.text) == (200, "ok\n")
    assert wire(fake) == UPDATES[name]


async def test_a_block_and_an_unblock(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    """``kicked`` marks the person unreachable; ``member`` makes them reachable again."""
    start = {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 1737270000,
            "chat": {"id": 5342492667, "type": "private"},
            "from": {"id": 5342492667, "is_bot": False, "first_name": "Nelson"},
            "text": "/start",
        },
    }

    async def blocked_at() -> datetime | None:
        async with app.sessions() as session:
            person = await UnitOfWork(session).participants.find("telegram", "5342492667")
            assert person is not None
            return person.blocked_at

    await fake.push(webhook_url, start, SECRET)
    assert await blocked_at() is None
    response = await fake.push(
        webhook_url, as_update("my_chat_member_private_blocked_kicked", 2), SECRET
    )
    assert response.status_code == 200
    assert await blocked_at() == app.clock.now()
    await fake.push(webhook_url, as_update("my_chat_member_private_unblocked", 3), SECRET)
    assert await blocked_at() is None


def test_old_samples_map_without_is_bot_or_entities() -> None:
    at = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)
    update = json.loads(as_update("update_message_text_start_official"))
    assert map_update(update, at, lambda file_id, size: _never) == Inbound(
        IncomingMessage(
            channel="telegram",
            sender_id="1111111",
            received_at=at,
            text="/start",
            command="start",
            display_name="Test Firstname Test Lastname",
            platform_message_id="update:10000",
        )
    )
    kicked = json.loads(as_update("my_chat_member_private_blocked_kicked", 7))
    assert map_update(kicked, at, lambda file_id, size: _never) == Reachability("5342492667", False)


async def _never(limit: int) -> bytes:
    raise AssertionError("no download expected")


async def test_a_document_with_caption_maps_and_downloads(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    at = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)
    update = json.loads(as_update("message_document_docx_with_caption", 5))
    event = map_update(update, at, telegram.channel.fetcher)
    assert isinstance(event, Inbound)
    message = event.message
    assert (message.text, message.command, message.language_hint) == (
        "Read my document",
        None,
        "ru",
    )
    [document] = message.attachments
    assert (document.kind, document.file_name, document.mime_type, document.size) == (
        "document",
        "test.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        21331,
    )
    content = b"PK\x03\x04" + b"x" * 21327
    fake.add_file("BQADAgADpgADy_JxS66XQTBRHFleAg", content)
    assert await document.fetch(30_000) == content
    assert fake.calls[-1].params == {"path": "documents/BQADAgADpgADy_JxS66XQTBRHFleAg"}


async def test_a_document_over_the_limit_is_not_downloaded(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    from bot.core.messages import TooLarge

    update = json.loads(as_update("message_document_docx_with_caption", 5))
    event = map_update(update, datetime(2024, 11, 18, tzinfo=UTC), telegram.channel.fetcher)
    assert isinstance(event, Inbound)
    with pytest.raises(TooLarge):
        await event.message.attachments[0].fetch(20_000)
    assert fake.calls == []


def test_a_photo_maps_to_its_largest_size() -> None:
    update = {
        "update_id": 9,
        "message": {
            "message_id": 3,
            "date": 1732000000,
            "chat": {"id": 42, "type": "private"},
            "from": {"id": 42, "is_bot": False, "first_name": "Bat"},
            "photo": [
                {
                    "file_id": "small",
                    "file_unique_id": "s",
                    "width": 90,
                    "height": 90,
                    "file_size": 900,
                },
                {
                    "file_id": "large",
                    "file_unique_id": "l",
                    "width": 800,
                    "height": 800,
                    "file_size": 80000,
                },
            ],
            "caption": "/start is not a command in a caption",
        },
    }
    event = map_update(update, datetime(2024, 11, 18, tzinfo=UTC), lambda file_id, size: _never)
    assert isinstance(event, Inbound)
    [photo] = event.message.attachments
    assert (event.message.text, event.message.command) == (
        "/start is not a command in a caption",
        None,
    )
    assert (photo.kind, photo.file_name, photo.mime_type, photo.size) == (
        "photo",
        "photo-l.jpg",
        "image/jpeg",
        80000,
    )
