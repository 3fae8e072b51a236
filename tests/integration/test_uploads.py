"""Handing in a deck through the platform adapters: a Telegram document (getFile, then the
file's URL on the fake Bot API) and a Messenger file attachment (its URL on the fake Graph
API) each get the receipt, and the stored version is the very file. Telegram documents over
the limit are refused from their metadata, before any download; photos are refused."""

from __future__ import annotations

import hashlib
from typing import Any

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from storage.models import Submission
from storage.uow import UnitOfWork
from tests.decks import add_team, pdf_bytes
from tests.fake_telegram import FakeTelegram
from tests.messenger.conftest import PSID, Messenger
from tests.telegram.conftest import SECRET

CHAT = 5550001
MB = 1024 * 1024


def receipt(data: bytes, file_name: str) -> str:
    return (
        "Received: Interim deck, version 1.\n"
        f"File: {file_name} (1 KB)\n"
        "Time received: Mon, Nov 18, 2024 09:00\n"
        f"SHA-256: {hashlib.sha256(data).hexdigest()[:12]}…\n"
        "On time: 9 hours before the deadline (Mon, Nov 18, 2024 18:00)."
    )


def telegram_message(update_id: int, **content: Any) -> dict[str, Any]:
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


def document(file_id: str, size: int) -> dict[str, Any]:
    return {
        "file_id": file_id,
        "file_unique_id": f"u-{file_id}",
        "file_name": "deck.pdf",
        "mime_type": "application/pdf",
        "file_size": size,
    }


async def versions(app: App, team_id: int) -> list[tuple[int, str, str, int, str]]:
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        found: list[Submission] = await uow.submissions.versions(team_id, program.stages[1].id)
        return [(s.version, s.file_name, s.sha256, s.size, s.channel) for s in found]


async def test_a_telegram_document_is_handed_in(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    team = await add_team(app, "Blue Steppe", str(CHAT), channel="telegram")
    data = pdf_bytes(title="telegram")
    fake.add_file("DOC1", data)

    update = telegram_message(1, document=document("DOC1", len(data)))
    response = await fake.push(webhook_url, update, SECRET)

    assert response.status_code == 200
    assert fake.methods() == ["getFile", "download", "sendMessage"]
    assert [(p["chat_id"], p["text"]) for p in fake.sent()] == [
        (str(CHAT), receipt(data, "deck.pdf"))
    ]
    digest = hashlib.sha256(data).hexdigest()
    assert await versions(app, team) == [(1, "deck.pdf", digest, len(data), "telegram")]


async def test_a_30_mb_telegram_document_is_refused_before_download(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    team = await add_team(app, "Blue Steppe", str(CHAT), channel="telegram")
    fake.add_file("BIG", pdf_bytes())

    update = telegram_message(1, document=document("BIG", 30 * MB))
    response = await fake.push(webhook_url, update, SECRET)

    assert response.status_code == 200
    assert fake.methods() == ["sendMessage"]  # no getFile, no download
    assert [p["text"] for p in fake.sent()] == [
        "This file is 30 MB; the limit is 20 MB. Please make it smaller (for example, "
        "compress the images) and send it again. Nothing was saved."
    ]
    assert await versions(app, team) == []


async def test_a_telegram_photo_is_refused(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    team = await add_team(app, "Blue Steppe", str(CHAT), channel="telegram")
    photo = [
        {"file_id": "P1", "file_unique_id": "p1", "width": 90, "height": 51, "file_size": 1200},
        {"file_id": "P2", "file_unique_id": "p2", "width": 1280, "height": 720, "file_size": 90000},
    ]
    response = await fake.push(webhook_url, telegram_message(1, photo=photo), SECRET)

    assert response.status_code == 200
    assert fake.methods() == ["sendMessage"]
    assert [p["text"] for p in fake.sent()] == [
        "Please send the deck as a file (a document), not as a photo or media: PDF, PPTX. "
        "Nothing was saved."
    ]
    assert await versions(app, team) == []


async def test_a_messenger_file_attachment_is_handed_in(messenger: Messenger) -> None:
    team = await add_team(messenger.app, "Blue Steppe", PSID, channel="messenger")
    data = pdf_bytes(title="messenger")
    messenger.fake.files["deck.pdf"] = data
    url = f"{messenger.fake.url}/files/deck.pdf?_nc_cat=1&oh=abc"

    response = await messenger.event(
        {
            "sender": {"id": PSID},
            "recipient": {"id": "PAGE_ID"},
            "timestamp": 1,
            "message": {
                "mid": "m.file",
                "attachments": [{"type": "file", "payload": {"url": url}}],
            },
        }
    )

    assert response.status_code == 200
    assert messenger.fake.messages == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "RESPONSE",
            "message": {"text": receipt(data, "deck.pdf")},
        }
    ]
    digest = hashlib.sha256(data).hexdigest()
    assert await versions(messenger.app, team) == [(1, "deck.pdf", digest, len(data), "messenger")]
