"""Bad input of every kind gets a reply in the person's language, and nothing crashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.context import Context
from bot.core.messages import Button, IncomingMessage, Msg, check_payload
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.models import Participant
from tests.support import Chat

UNKNOWN_MN = (
    "Уучлаарай, ойлгосонгүй. Товчийг ашиглах эсвэл /help илгээж боломжит үйлдлүүдийг харна уу.\n\n"
)
STALE_JA = "このボタンは以前のメッセージのもので、現在は使用できません。\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 5000,
        "🎉🚀 Сайн уу こんにちは 👋🏽",
        "مرحبا بالعالم שלום",
        "tab\tbell\x07null\x00escape\x1b[31m",
        "<b>bold</b> <script>alert(1)</script> &amp;",
        "/",
        "1",
    ],
)
async def test_free_text_of_any_kind_gets_the_short_help(chat: Chat, text: str) -> None:
    await chat.say("/start", "1")
    chat.console.latest_buttons.clear()  # so "1" is text, not a button press
    assert await chat.say(text) == UNKNOWN_MN


async def test_a_button_from_an_old_message(chat: Chat) -> None:
    await chat.say("/start", "2", "/timezone", "2")
    message = IncomingMessage(
        channel="console",
        sender_id="me",
        received_at=chat.app.clock.now(),
        payload="~:timezone:choose:Asia/Tokyo",
    )
    await chat.app.dispatcher.handle(message)
    assert chat.out.getvalue().endswith(STALE_JA)


@pytest.mark.parametrize(
    "payload", ["lang:xx", "nosuchprefix:1", "~:language:choose:de", "~:timezone", "~:x:y:z"]
)
async def test_forged_or_unknown_button_payloads(chat: Chat, payload: str) -> None:
    await chat.say("/start", "2")
    before = chat.out.tell()
    await chat.app.dispatcher.handle(
        IncomingMessage(
            channel="console", sender_id="me", received_at=chat.app.clock.now(), payload=payload
        )
    )
    assert chat.out.getvalue()[before:] == STALE_JA


async def test_a_stale_button_inside_a_flow_repeats_the_current_question(chat: Chat) -> None:
    await chat.say("/start", "3", "/timezone")
    before = chat.out.tell()
    await chat.app.dispatcher.handle(
        IncomingMessage(
            channel="console",
            sender_id="me",
            received_at=chat.app.clock.now(),
            payload="~:language:choose:mn",
        )
    )
    assert chat.out.getvalue()[before:] == (
        "That button belongs to an earlier message and no longer applies.\n"
        "\n"
        "Your time zone is Ulaanbaatar (UTC+8); it is now Mon, Nov 18, 2024 09:00.\n"
        "Choose another or type its name, for example Europe/Berlin.\n"
        "[1] Ulaanbaatar (UTC+8)\n"
        "[2] Tokyo (UTC+9)\n"
        "[3] Cancel\n\n"
    )


async def test_a_file_where_none_is_expected(chat: Chat, tmp_path: Path) -> None:
    document = tmp_path / "deck.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    await chat.say("/start", "3")
    assert await chat.say(f"/file {document}") == (
        "You are not in a team yet, so there is nothing to hand in. "
        "Join or register a team first.\n\n"
    )
    await chat.say("/timezone")
    assert await chat.say(f"/file {document}") == "I wasn't expecting a file at this step.\n\n"


async def test_a_failing_handler_rolls_back_and_answers_in_the_persons_language(chat: Chat) -> None:
    async def explode(ctx: Context) -> None:
        ctx.participant.display_name = "changed"
        ctx.reply("unknown-text")
        raise RuntimeError("boom")

    await chat.say("/start", "2")
    chat.app.dispatcher.router.command("explode")(explode)
    assert await chat.say("/explode") == (
        "申し訳ありません。システムで問題が発生したため、何も変更されていません。しばらくしてから"
        "、もう一度お試しください。\n\n"
    )
    async with chat.app.sessions() as session:
        person = await session.get(Participant, 1)
    assert person is not None and person.display_name == "me"


async def test_a_failing_first_message_still_gets_an_answer(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    app: App = await build_app(settings_for(), clock, translator)
    chat = Chat(app, tmp_path, user="newcomer", lang="mn")

    async def explode(ctx: Context) -> None:
        raise RuntimeError("boom")

    app.dispatcher.router.command("explode")(explode)
    assert await chat.say("/explode") == (
        "Уучлаарай, манай талд алдаа гарсан тул юу ч өөрчлөгдсөнгүй. "
        "Хэсэг хугацааны дараа дахин оролдоно уу.\n\n"
    )
    async with app.sessions() as session:
        assert await session.get(Participant, 1) is None
    await app.close()


@pytest.mark.parametrize("payload", ["", "x" * 65, "ж", "has space", "tab\t"])
def test_button_payloads_must_be_short_printable_ascii(payload: str) -> None:
    with pytest.raises(ValueError):
        Button(Msg("button-cancel"), payload)


def test_a_64_byte_payload_is_accepted() -> None:
    assert check_payload("p" * 64) == "p" * 64
