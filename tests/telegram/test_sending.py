"""How replies go on the wire: plain text (nothing escaped, nothing parsed), inline keyboards,
texts over 4096 characters split at paragraphs, documents and photos (one upload for many
chats), edits in place, deep links."""

from __future__ import annotations

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.rendering import split_text
from bot.core.messages import Document, RenderedButton, RenderedMessage
from bot.core.ports import Recipient
from tests.attachment_files import png_bytes
from tests.fake_telegram import FakeTelegram

PERSON = Recipient("42")
PNG = png_bytes()


def test_split_text_keeps_paragraphs_whole() -> None:
    a, b, c = "a" * 2000, "b" * 2000, "c" * 2000
    assert split_text(f"{a}\n\n{b}\n\n{c}") == [f"{a}\n\n{b}", c]


def test_split_text_splits_a_long_paragraph_at_lines_then_anywhere() -> None:
    line = "л" * 3000
    assert split_text(f"{line}\n{line}") == [line, line]
    assert split_text("x" * 5000) == ["x" * 4096, "x" * 904]


def test_split_text_counts_utf16_units_as_telegram_does() -> None:
    assert split_text("😀" * 2049) == ["😀" * 2048, "😀"]


async def test_text_is_sent_verbatim_with_the_keyboard_on_the_last_part(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    first, second = "<b>" + "a" * 3000 + "</b> & co", "b" * 3000
    message = RenderedMessage(
        f"{first}\n\n{second}", buttons=(RenderedButton("Да", "yes"), RenderedButton("Үгүй", "no"))
    )
    result = await telegram.channel.send(PERSON, message, "response")
    assert (result.status, result.platform_message_id) == ("sent", "1002")
    assert fake.sent() == [
        {"chat_id": "42", "text": first},
        {
            "chat_id": "42",
            "text": second,
            "reply_markup": {
                "inline_keyboard": [
                    [{"text": "Да", "callback_data": "yes"}],
                    [{"text": "Үгүй", "callback_data": "no"}],
                ]
            },
        },
    ]


async def test_a_document_carries_a_short_text_as_its_caption(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    deck = Document("deck.pdf", b"%PDF-1.7 deck", "application/pdf")
    result = await telegram.channel.send(
        PERSON, RenderedMessage("Your deck", document=deck), "response"
    )
    assert result.status == "sent"
    assert fake.methods() == ["sendDocument"]
    assert fake.sent("sendDocument") == [
        {
            "chat_id": "42",
            "caption": "Your deck",
            "document": {"file_name": "deck.pdf", "content": b"%PDF-1.7 deck"},
        }
    ]


async def test_a_document_after_a_text_too_long_for_a_caption(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    deck = Document("deck.pdf", b"%PDF", "application/pdf")
    await telegram.channel.send(PERSON, RenderedMessage("t" * 1100, document=deck), "response")
    assert fake.methods() == ["sendMessage", "sendDocument"]
    assert fake.sent("sendDocument")[0]["document"] == {"file_name": "deck.pdf", "content": b"%PDF"}


async def test_a_photo_goes_by_send_photo_with_the_text_as_its_caption(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    poster = Document("poster.png", PNG, "image/png", photo=True)
    result = await telegram.channel.send(
        PERSON, RenderedMessage("Demo day", document=poster), "response"
    )
    assert (result.status, result.platform_message_id) == ("sent", "1001")
    assert [(c.method, c.params) for c in fake.calls] == [
        (
            "sendPhoto",
            {
                "chat_id": "42",
                "caption": "Demo day",
                "photo": {"file_name": "poster.png", "content": PNG},
            },
        )
    ]


async def test_a_photo_after_a_text_too_long_for_a_caption(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    text = "😀" * 513  # 513 characters, but 1,026 UTF-16 units: more than a caption holds
    poster = Document("poster.png", PNG, "image/png", photo=True)
    await telegram.channel.send(PERSON, RenderedMessage(text, document=poster), "response")
    assert [(c.method, c.params) for c in fake.calls] == [
        ("sendMessage", {"chat_id": "42", "text": text}),
        ("sendPhoto", {"chat_id": "42", "photo": {"file_name": "poster.png", "content": PNG}}),
    ]


async def test_a_file_sent_to_many_chats_is_uploaded_once_then_sent_by_its_file_id(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    digest = "ab" * 32
    poster = Document("poster.png", PNG, "image/png", photo=True, sha256=digest)
    deck = Document("deck.pdf", b"%PDF-1.7", "application/pdf", sha256=digest)
    renamed = Document("agenda.pdf", b"%PDF-1.7", "application/pdf", sha256=digest)
    for chat in ("42", "43"):
        for document in (poster, deck, renamed):
            await telegram.channel.send(
                Recipient(chat), RenderedMessage("", document=document), "response"
            )
    upload = {"file_name": "poster.png", "content": PNG}
    assert [(c.method, c.params) for c in fake.calls] == [
        ("sendPhoto", {"chat_id": "42", "photo": upload}),
        (
            "sendDocument",
            {"chat_id": "42", "document": {"file_name": "deck.pdf", "content": b"%PDF-1.7"}},
        ),
        # A document sent by file_id keeps its first name: another name is another upload.
        (
            "sendDocument",
            {"chat_id": "42", "document": {"file_name": "agenda.pdf", "content": b"%PDF-1.7"}},
        ),
        ("sendPhoto", {"chat_id": "43", "photo": "photo1000"}),  # the largest size
        ("sendDocument", {"chat_id": "43", "document": "doc1001"}),
        ("sendDocument", {"chat_id": "43", "document": "doc1002"}),
    ]


async def test_a_file_id_telegram_refuses_is_dropped_and_the_file_uploaded_again(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    poster = RenderedMessage(
        "", document=Document("poster.png", PNG, "image/png", photo=True, sha256="cd" * 32)
    )
    await telegram.channel.send(PERSON, poster, "response")
    fake.fail_next(
        "sendPhoto",
        {"ok": False, "error_code": 400, "description": "Bad Request: wrong file identifier"},
    )
    assert (await telegram.channel.send(Recipient("43"), poster, "response")).status == "sent"
    await telegram.channel.send(Recipient("44"), poster, "response")
    upload = {"file_name": "poster.png", "content": PNG}
    assert [(c.method, c.params) for c in fake.calls] == [
        ("sendPhoto", {"chat_id": "42", "photo": upload}),
        ("sendPhoto", {"chat_id": "43", "photo": "photo1000"}),  # refused
        ("sendPhoto", {"chat_id": "43", "photo": upload}),
        ("sendPhoto", {"chat_id": "44", "photo": "photo1001"}),
    ]


async def test_a_message_with_an_edit_key_is_edited_in_place(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    first = await telegram.channel.send(
        PERSON, RenderedMessage("10%", edit_key="upload"), "response"
    )
    second = await telegram.channel.send(
        PERSON, RenderedMessage("80%", edit_key="upload"), "response"
    )
    other = await telegram.channel.send(
        Recipient("43"), RenderedMessage("10%", edit_key="upload"), "response"
    )
    assert [first.platform_message_id, second.platform_message_id, other.platform_message_id] == [
        "1001",
        "1001",
        "1002",
    ]
    assert [(c.method, c.params) for c in fake.calls] == [
        ("sendMessage", {"chat_id": "42", "text": "10%"}),
        ("editMessageText", {"chat_id": "42", "message_id": "1001", "text": "80%"}),
        ("sendMessage", {"chat_id": "43", "text": "10%"}),
    ]


async def test_an_unchanged_edit_counts_as_sent(
    fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    await telegram.channel.send(PERSON, RenderedMessage("50%", edit_key="upload"), "response")
    fake.fail_next(
        "editMessageText",
        {"ok": False, "error_code": 400, "description": "Bad Request: message is not modified"},
    )
    result = await telegram.channel.send(
        PERSON, RenderedMessage("50%", edit_key="upload"), "response"
    )
    assert (result.status, result.platform_message_id) == ("sent", "1001")
    assert fake.methods() == ["sendMessage", "editMessageText"]


async def test_deep_links_come_from_get_me(app: App, telegram: TelegramInbound) -> None:
    assert (
        app.services.start_link("telegram", "join_AB12")
        == "https://t.me/mics_test_bot?start=join_AB12"
    )
