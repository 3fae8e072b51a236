"""Each audience of /broadcast, chosen in the composer and delivered through the outbox;
people who blocked the bot are counted in the preview and marked, never sent to."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from bot.app import App
from storage.models import Participant, Stage
from storage.uow import UnitOfWork
from tests.broadcast_support import add_submission, ticked
from tests.decks import add_team
from tests.support import Chat
from tests.timeline_support import add_person, sink, texts

TEXT = "Мэдэгдэл"


async def program_people(app: App) -> None:
    khan = await add_team(app, "Khan", "k1", "k2", channel="test")
    fuji = await add_team(app, "Fuji", "f1", "f2", channel="test")
    await add_person(app, "m", "mn")
    await add_person(app, "x", "ja")
    await add_person(app, "b", "en")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        mentor = await uow.participants.find("test", "m")
        assert mentor is not None
        await uow.participants.grant(mentor, "mentor", app.clock.now())
        await session.execute(
            update(Participant)
            .where(Participant.external_id == "b")
            .values(blocked_at=app.clock.now())
        )
        proposal = await session.scalar(select(Stage).where(Stage.key == "proposal"))
        assert proposal is not None
    await add_submission(app, fuji, proposal.id)
    assert khan < fuji


@pytest.mark.parametrize(
    ("choice", "recipients", "blocked", "received"),
    [
        (("1",), 8, 1, ["k1", "k2", "f1", "f2", "m", "x"]),
        (("2",), 6, 1, ["k1", "k2", "f1", "f2", "x"]),
        (("3",), 2, 0, ["k1", "f1"]),
        (("4",), 1, 0, ["m"]),
        (("5", "1"), 2, 0, ["k1", "k2"]),
        (("6", "2"), 2, 0, ["k1", "k2"]),  # teams are listed by name: Fuji, Khan
        (("7",), 1, 0, []),
    ],
    ids=["everyone", "participants", "leads", "mentors", "no-submission", "team", "me"],
)
async def test_each_audience(
    app: App,
    chat: Chat,
    choice: tuple[str, ...],
    recipients: int,
    blocked: int,
    received: list[str],
) -> None:
    channel = sink(app)
    await program_people(app)
    await chat.say("/as org", "/start", "3")
    await chat.say("/broadcast", *choice, TEXT, "1", "1")
    preview = (await chat.say("1")).splitlines()
    reachable = recipients - blocked
    assert [line for line in preview if line.startswith(("Recipients", "Blocked"))] == [
        f"Recipients: {reachable}",
        f"Blocked the bot (will not receive it): {blocked}",
    ]
    assert await chat.say("1") == (
        f"Broadcast #1 is on its way to {recipients} people. I will show the progress here.\n\n"
    )
    report = await ticked(app, chat)
    assert [(name, text) for name, text in texts(channel) if text == TEXT] == [
        (name, TEXT) for name in received
    ]
    assert report.splitlines()[-7:-1] == [
        "Broadcast #1 is finished.",
        f"Sent: {reachable} / {recipients}",
        "Failed: 0",
        f"Blocked the bot: {blocked}",
        "Waiting until they write to the bot (Messenger): 0",
        "[1] Report (CSV)",
    ]
