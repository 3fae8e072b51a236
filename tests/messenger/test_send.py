"""The Send API through the real httpx client: how replies are rendered (photos as images, a file
for many people uploaded once) and what each Graph API error body makes of a send."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from bot.core.messages import Document, RenderedButton, RenderedMessage
from bot.core.ports import Recipient, SendResult
from tests.attachment_files import png_bytes
from tests.fake_graph import TOKEN
from tests.messenger.conftest import PSID, Messenger

PNG = png_bytes()


def buttons(count: int, label: str = "Choice") -> tuple[RenderedButton, ...]:
    return tuple(RenderedButton(f"{label} {n}", f"pick:{n}") for n in range(1, count + 1))


async def send(messenger: Messenger, message: RenderedMessage) -> SendResult:
    recipient = Recipient(PSID, messenger.app.clock.now())
    return await messenger.channel.send(recipient, message, "response")


def envelope(message: dict[str, Any]) -> dict[str, Any]:
    return {"recipient": {"id": PSID}, "messaging_type": "RESPONSE", "message": message}


async def test_plain_text_carries_the_page_token(messenger: Messenger) -> None:
    result = await send(messenger, RenderedMessage("Hello"))
    assert result == SendResult("sent", platform_message_id="m_1")
    assert [(c.path, c.access_token) for c in messenger.fake.calls] == [
        ("/v26.0/me/messages", TOKEN)
    ]
    assert messenger.fake.messages == [envelope({"text": "Hello"})]


async def test_three_buttons_become_a_button_template(messenger: Messenger) -> None:
    await send(messenger, RenderedMessage("Pick", buttons(3, "A very long label over twenty")))
    title = "A very long label ov"
    assert messenger.fake.messages == [
        envelope(
            {
                "attachment": {
                    "type": "template",
                    "payload": {
                        "template_type": "button",
                        "text": "Pick",
                        "buttons": [
                            {"type": "postback", "title": title, "payload": f"pick:{n}"}
                            for n in (1, 2, 3)
                        ],
                    },
                }
            }
        )
    ]


async def test_a_text_over_640_characters_with_buttons_uses_quick_replies(
    messenger: Messenger,
) -> None:
    text = "x" * 641
    await send(messenger, RenderedMessage(text, buttons(2)))
    assert messenger.fake.messages == [
        envelope(
            {
                "text": text,
                "quick_replies": [
                    {"content_type": "text", "title": f"Choice {n}", "payload": f"pick:{n}"}
                    for n in (1, 2)
                ],
            }
        )
    ]


async def test_up_to_13_buttons_are_quick_replies_with_titles_cut_to_20(
    messenger: Messenger,
) -> None:
    await send(messenger, RenderedMessage("Pick", buttons(13, "Twenty-one characters")))
    assert messenger.fake.messages == [
        envelope(
            {
                "text": "Pick",
                "quick_replies": [
                    {
                        "content_type": "text",
                        "title": "Twenty-one character",
                        "payload": f"pick:{n}",
                    }
                    for n in range(1, 14)
                ],
            }
        )
    ]


async def test_more_than_13_buttons_are_numbered_and_a_typed_number_presses_one(
    messenger: Messenger,
) -> None:
    await send(messenger, RenderedMessage("Pick", buttons(14)))
    lines = "\n".join(f"{n}. Choice {n}" for n in range(1, 15))
    assert messenger.fake.messages == [envelope({"text": f"Pick\n\n{lines}"})]
    assert [
        messenger.channel.numbered_choice(PSID, "14"),
        messenger.channel.numbered_choice(PSID, " 2 "),
        messenger.channel.numbered_choice(PSID, "15"),
        messenger.channel.numbered_choice(PSID, "0"),
        messenger.channel.numbered_choice("someone else", "2"),
    ] == ["pick:14", "pick:2", None, None, None]
    await send(messenger, RenderedMessage("Now", buttons(2)))
    assert messenger.channel.numbered_choice(PSID, "2") is None


async def test_long_text_is_split_at_2000_characters_on_line_breaks(messenger: Messenger) -> None:
    first, second, third = "a" * 1500, "b" * 1999, "c" * 2500
    await send(messenger, RenderedMessage(f"{first}\n{second}\n{third}", buttons(2)))
    assert messenger.fake.messages == [
        envelope({"text": first}),
        envelope({"text": second}),
        envelope({"text": "c" * 2000}),
        envelope(
            {
                "text": "c" * 500,
                "quick_replies": [
                    {"content_type": "text", "title": f"Choice {n}", "payload": f"pick:{n}"}
                    for n in (1, 2)
                ],
            }
        ),
    ]


async def test_a_document_is_uploaded_as_a_file_attachment(messenger: Messenger) -> None:
    document = Document("agenda.pdf", b"%PDF-1.4 agenda", "application/pdf")
    result = await send(messenger, RenderedMessage("The agenda", document=document))
    assert result == SendResult("sent", platform_message_id="m_2")
    upload = messenger.fake.calls[1]
    assert (upload.path, upload.access_token, upload.body, upload.file) == (
        "/v26.0/me/messages",
        TOKEN,
        {
            "recipient": {"id": PSID},
            "messaging_type": "RESPONSE",
            "message": {"attachment": {"type": "file", "payload": {"is_reusable": False}}},
        },
        ("agenda.pdf", b"%PDF-1.4 agenda", "application/pdf"),
    )
    assert messenger.fake.messages[0] == envelope({"text": "The agenda"})


async def test_a_photo_is_uploaded_as_an_image_attachment(messenger: Messenger) -> None:
    poster = Document("poster.png", PNG, "image/png", photo=True)
    await send(messenger, RenderedMessage("Demo day", document=poster))
    upload = messenger.fake.calls[1]
    assert (upload.body, upload.file) == (
        {
            "recipient": {"id": PSID},
            "messaging_type": "RESPONSE",
            "message": {"attachment": {"type": "image", "payload": {"is_reusable": False}}},
        },
        ("poster.png", PNG, "image/png"),
    )


async def test_a_file_sent_to_many_people_is_uploaded_once_then_sent_by_attachment_id(
    messenger: Messenger,
) -> None:
    deck = Document("agenda.pdf", b"%PDF-1.4 agenda", "application/pdf", sha256="ab" * 32)
    for person in (PSID, "2000", "3000"):
        recipient = Recipient(person, messenger.app.clock.now())
        await messenger.channel.send(recipient, RenderedMessage("", document=deck), "update")
    assert [(call.body, call.file) for call in messenger.fake.calls] == [
        (
            {
                "recipient": {"id": PSID},
                "messaging_type": "UPDATE",
                "message": {"attachment": {"type": "file", "payload": {"is_reusable": True}}},
            },
            ("agenda.pdf", b"%PDF-1.4 agenda", "application/pdf"),
        ),
        *(
            (
                {
                    "recipient": {"id": person},
                    "messaging_type": "UPDATE",
                    "message": {
                        "attachment": {"type": "file", "payload": {"attachment_id": "att_1"}}
                    },
                },
                None,
            )
            for person in ("2000", "3000")
        ),
    ]


async def test_a_refused_attachment_id_is_dropped_and_the_file_uploaded_again(
    messenger: Messenger,
) -> None:
    poster = Document("poster.png", PNG, "image/png", photo=True, sha256="cd" * 32)
    with_poster = RenderedMessage("", document=poster)
    await send(messenger, with_poster)
    messenger.fake.fail_next("graph_error_100_invalid_tag.json")  # any code-100 refusal
    assert (await send(messenger, with_poster)).status == "sent"
    await send(messenger, with_poster)
    assert [
        (call.body["message"]["attachment"]["payload"], call.file is not None)
        for call in messenger.fake.calls
    ] == [
        ({"is_reusable": True}, True),
        ({"attachment_id": "att_1"}, False),  # refused
        ({"is_reusable": True}, True),
        ({"attachment_id": "att_3"}, False),
    ]


ERROR_RESULTS = [
    ("graph_error_551_user_unavailable.json", "blocked"),
    ("graph_error_551_user_unavailable_2.json", "blocked"),
    ("graph_error_10_outside_window_legacy_2018065.json", "deferred"),
    ("graph_error_1200_temporary_failure.json", "retry"),
    ("graph_error_100_invalid_tag.json", "failed"),
]


@pytest.mark.parametrize(
    ("code", "subcode", "status"),
    [
        (10, 2018278, "deferred"),
        (551, None, "blocked"),
        (1200, None, "retry"),
        (100, None, "failed"),
    ],
)
async def test_error_codes_without_a_recorded_body(
    messenger: Messenger, code: int, subcode: int | None, status: str
) -> None:
    error = {"message": f"(#{code}) error", "type": "OAuthException", "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    messenger.fake.answer_next(400, json.dumps({"error": error}).encode())
    assert (await send(messenger, RenderedMessage("Hello"))).status == status


@pytest.mark.parametrize(("name", "status"), ERROR_RESULTS)
async def test_each_recorded_error_body(messenger: Messenger, name: str, status: str) -> None:
    messenger.fake.fail_next(name)
    result = await send(messenger, RenderedMessage("Hello"))
    assert result.status == status
    assert len(messenger.fake.calls) == 1


async def test_server_errors_are_retried(messenger: Messenger) -> None:
    messenger.fake.answer_next(502, b"<html>Bad gateway</html>")
    result = await send(messenger, RenderedMessage("Hello"))
    assert (result.status, result.retry_after) == ("retry", 5.0)


@pytest.mark.parametrize("code", [613, 4, 32])
async def test_rate_limits_pause_every_send_for_a_minute(messenger: Messenger, code: int) -> None:
    messenger.fake.answer_next(
        400, f'{{"error": {{"message": "(#{code}) limit", "code": {code}}}}}'.encode()
    )
    first = await send(messenger, RenderedMessage("Hello"))
    assert (first.status, first.retry_after) == ("retry", 60.0)
    messenger.app.clock.advance(timedelta(seconds=45))  # type: ignore[attr-defined]
    paused = await send(messenger, RenderedMessage("Hello"))
    assert (paused.status, paused.retry_after) == ("retry", 15.0)
    assert len(messenger.fake.calls) == 1
    messenger.app.clock.advance(timedelta(seconds=15))  # type: ignore[attr-defined]
    assert (await send(messenger, RenderedMessage("Hello"))).status == "sent"
    assert len(messenger.fake.calls) == 2


async def test_a_rejected_token_stops_sending_and_logs_loudly(
    messenger: Messenger, caplog: pytest.LogCaptureFixture
) -> None:
    messenger.fake.fail_next("graph_error_shape_official.json")
    first = await send(messenger, RenderedMessage("Hello"))
    second = await send(messenger, RenderedMessage("Hello again"))
    assert (first.status, second.status) == ("failed", "failed")
    assert len(messenger.fake.calls) == 1
    assert [r.levelname for r in caplog.records if "STOPPED" in r.getMessage()] == ["CRITICAL"]


async def test_an_unreachable_graph_api_is_a_retry(messenger: Messenger) -> None:
    messenger.channel.graph.config = messenger.channel.config.__class__(
        TOKEN, "s", "v", graph_api_url="http://127.0.0.1:9"
    )
    result = await send(messenger, RenderedMessage("Hello"))
    assert (result.status, result.retry_after) == ("retry", 5.0)
