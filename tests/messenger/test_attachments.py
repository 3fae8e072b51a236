"""Files people send: downloaded from ``payload.url`` with the 25 MB cap enforced while
streaming (the fake serves them chunked, without a length)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.channels.messenger.events import Item
from bot.channels.messenger.inbound import MAX_ATTACHMENT_BYTES, to_message
from bot.core.messages import IncomingMessage, TooLarge
from tests.messenger.conftest import PSID, Messenger, postback_item
from tests.messenger.test_webhook import response

NOW = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)


def received(messenger: Messenger, kind: str, url: str) -> IncomingMessage:
    item = {
        "sender": {"id": PSID},
        "timestamp": 1,
        "message": {"mid": "m.f", "attachments": [{"type": kind, "payload": {"url": url}}]},
    }
    message = to_message(
        Item.model_validate(item), "messenger", NOW, messenger.channel.downloads, lambda s, t: None
    )
    assert message is not None
    return message


async def test_a_file_is_downloaded(messenger: Messenger) -> None:
    messenger.fake.files["deck.pdf"] = b"%PDF-1.7 " + bytes(200_000)
    message = received(messenger, "file", f"{messenger.fake.url}/files/deck.pdf?sig=abc")
    [attachment] = message.attachments
    assert (attachment.kind, attachment.file_name, attachment.mime_type) == (
        "file",
        "deck.pdf",
        "application/pdf",
    )
    assert await attachment.fetch(1_000_000) == messenger.fake.files["deck.pdf"]


async def test_a_file_over_the_callers_limit_is_refused_while_streaming(
    messenger: Messenger,
) -> None:
    messenger.fake.files["big.png"] = bytes(300_000)
    [attachment] = received(messenger, "image", f"{messenger.fake.url}/files/big.png").attachments
    assert attachment.kind == "image"
    with pytest.raises(TooLarge):
        await attachment.fetch(299_999)
    assert len(await attachment.fetch(300_000)) == 300_000


async def test_nothing_over_25_mb_is_downloaded_whatever_the_limit(messenger: Messenger) -> None:
    messenger.fake.files["huge.pdf"] = bytes(MAX_ATTACHMENT_BYTES + 1)
    [attachment] = received(messenger, "file", f"{messenger.fake.url}/files/huge.pdf").attachments
    with pytest.raises(TooLarge):
        await attachment.fetch(100 * 1024 * 1024)


async def test_a_file_through_the_webhook_reaches_the_handlers(messenger: Messenger) -> None:
    """A file from someone in no team reaches the submission handler, which says why it cannot
    be taken, in the person's language."""
    await messenger.event(postback_item("get_started", "m.1"))
    await messenger.event(postback_item("~:language:choose:ja", "m.2"))
    before = len(messenger.fake.messages)
    await messenger.event(
        {
            "sender": {"id": PSID},
            "timestamp": 2,
            "message": {
                "mid": "m.f",
                "attachments": [
                    {"type": "file", "payload": {"url": f"{messenger.fake.url}/files/x.pdf"}}
                ],
            },
        }
    )
    assert messenger.fake.messages[before:] == [
        response(
            {
                "text": "まだチームに所属していないため、提出できるものはありません。"
                "先にチームに参加するか、チームを登録してください。"
            }
        )
    ]
