"""A broadcast with an attachment, composed on the console and delivered by the outbox through
the real adapters: a photo to Telegram recipients (``sendPhoto`` with the text as its caption;
uploaded for the first, sent by its ``file_id`` to the next) and a document to Messenger
recipients (a reusable file upload, then its ``attachment_id``)."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.delivery import outbox_dispatcher
from storage.outbox import DeliveryStatus
from tests.attachment_files import png_bytes
from tests.decks import pdf_bytes
from tests.fake_telegram import FakeTelegram
from tests.integration.support import rows
from tests.messenger.conftest import PSID, Messenger
from tests.support import Chat
from tests.timeline_support import add_person

MN = "Маргааш 10:00 цагт уулзалт болно."
JA = "明日10時にミーティングがあります。"
EN = "The meeting is tomorrow at 10:00. The agenda is attached."


async def test_a_photo_goes_to_telegram_recipients_uploaded_once(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, chat: Chat, tmp_path: Path
) -> None:
    await add_person(app, "5550001", "mn", channel="telegram")
    await add_person(app, "5550002", "ja", channel="telegram")
    poster = tmp_path / "poster.png"
    poster.write_bytes(png_bytes(4, 3))
    await chat.say("/as org", "/start", "3", "/broadcast", "2", MN, JA, "1", f"/photo {poster}")
    assert await chat.say("1") == (
        "Broadcast #1 is on its way to 2 people. I will show the progress here.\n\n"
    )

    stats = await outbox_dispatcher(app).run_once()

    assert (stats.claimed, stats.by_status) == (
        3,
        {DeliveryStatus.SENT: 3},
    )  # and the organizer's report
    upload = {"file_name": "poster.png", "content": poster.read_bytes()}
    assert [(call.method, call.params) for call in fake.calls] == [
        ("sendPhoto", {"chat_id": "5550001", "caption": MN, "photo": upload}),
        ("sendPhoto", {"chat_id": "5550002", "caption": JA, "photo": "photo1000"}),
    ]
    assert [(key, status) for key, status, _, _ in await rows(app)] == [
        ("broadcast:1:1", DeliveryStatus.SENT),
        ("broadcast:1:2", DeliveryStatus.SENT),
        ("broadcast-report:1", DeliveryStatus.SENT),
    ]


async def test_a_document_goes_to_messenger_recipients_uploaded_once(
    messenger: Messenger, tmp_path: Path
) -> None:
    app = messenger.app
    chat = Chat(app, tmp_path / "console-files")
    await add_person(app, PSID, "en", channel="messenger")
    await add_person(app, "2000", "en", channel="messenger")
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(pdf_bytes(title="agenda"))
    await chat.say("/as org", "/start", "3", "/broadcast", "2", "1", "1", EN, f"/file {agenda}")
    await chat.say("1")

    stats = await outbox_dispatcher(app).run_once()

    assert (stats.claimed, stats.by_status) == (
        3,
        {DeliveryStatus.SENT: 3},
    )  # and the organizer's report

    def sent(person: str, message: dict[str, object]) -> dict[str, object]:
        return {"recipient": {"id": person}, "messaging_type": "UPDATE", "message": message}

    def calls_to(person: str) -> list[tuple[object, object]]:
        """The two people are sent to on concurrent lanes: each one's calls, in order."""
        return [
            (call.body, call.file)
            for call in messenger.fake.calls
            if call.body["recipient"] == {"id": person}
        ]

    assert calls_to(PSID) == [
        (sent(PSID, {"text": EN}), None),
        (
            sent(PSID, {"attachment": {"type": "file", "payload": {"is_reusable": True}}}),
            ("agenda.pdf", agenda.read_bytes(), "application/pdf"),
        ),
    ]
    uploaded = next(n for n, call in enumerate(messenger.fake.calls, 1) if call.file)
    by_id = {"attachment_id": f"att_{uploaded}"}  # the fake numbers its answers by call
    assert calls_to("2000") == [  # after the first upload, by its id
        (sent("2000", {"text": EN}), None),
        (sent("2000", {"attachment": {"type": "file", "payload": by_id}}), None),
    ]
