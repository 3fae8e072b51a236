"""Notices (``ctx.notify``) to someone on Telegram, sent through the fake Bot API after the
sender's transaction commits: the organizers' notice of a new deck, and a team lead told that
someone joined."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from storage.models import Submission
from storage.uow import UnitOfWork
from tests.decks import add_team, pdf_bytes
from tests.fake_telegram import FakeTelegram
from tests.support import Chat
from tests.timeline_support import add_person

CHAT = "5550001"


def buttons(params: dict[str, object]) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {"inline_keyboard": []}
    assert isinstance(markup, dict)
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def test_a_new_deck_notice_reaches_an_organizer_on_telegram(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound, tmp_path: Path
) -> None:
    organizer = await add_person(app, CHAT, "ja", channel="telegram")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        person = await uow.participants.get(organizer)
        assert person is not None
        assert await uow.participants.grant(person, "organizer", app.clock.now())
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())

    assert (await chat.say(f"/file {deck}")).startswith("Received: Interim deck, version 1.")

    async with app.sessions() as session:
        submission_id = await session.scalar(select(Submission.id))
    [notice] = fake.sent()
    assert (notice["chat_id"], notice["text"], buttons(notice)) == (
        CHAT,
        "新しい提出：チーム「Blue Steppe」が「中間ピッチ資料」のバージョン1を提出しました（meさん"
        "）。",
        [("資料を受け取る", f"deck:{submission_id}")],
    )


async def test_a_lead_on_telegram_is_told_that_someone_joined(
    app: App, chat: Chat, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    team = await add_team(app, "Blue Steppe", CHAT, channel="telegram")
    async with app.sessions() as session, session.begin():
        code = await UnitOfWork(session).invites.team_code(team, app.clock.now())
    await chat.say("/as aya", "/start", "3")
    assert (await chat.say(f"/join {code}")).endswith("[1] Join\n[2] Cancel\n\n")
    assert fake.sent() == []
    assert (await chat.say("1")).startswith("Welcome to Blue Steppe!\n")

    assert [(p["chat_id"], p["text"]) for p in fake.sent()] == [
        (CHAT, "aya joined your team Blue Steppe.")
    ]
