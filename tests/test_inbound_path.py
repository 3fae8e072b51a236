"""What every message costs the database (issue 23): the sender is read in one statement, with
their roles, their conversation and whether outbox rows of theirs wait for them; a message
written within a minute of the last one does not write ``last_seen_at`` again."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.app import App
from bot.core.clock import FixedClock
from bot.core.messages import IncomingMessage, parse_command
from bot.core.ports import CollectingChannel
from storage.uow import UnitOfWork
from tests.sql_support import statements

MENU = [
    "Register a team",
    "Join a team",
    "Help",
    "Language",
    "Time zone",
    "Schedule",
    "Deadlines",
    "Ask the organizers",
]
"""A newcomer's menu: no team yet, one program."""


def message(app: App, text: str = "", payload: str | None = None, n: int = 0) -> IncomingMessage:
    command = parse_command(text) if text else None
    return IncomingMessage(
        channel="test",
        sender_id="42",
        received_at=app.clock.now(),
        text=text,
        payload=payload,
        command=command[0] if command else None,
        command_arg=command[1] if command else "",
        language_hint="en",
        platform_message_id=f"update:{n}",
    )


async def last_seen(app: App) -> datetime:
    async with app.sessions() as session:
        person = await UnitOfWork(session).participants.find("test", "42")
    assert person is not None
    return person.last_seen_at


async def known_person(app: App) -> CollectingChannel:
    sink = CollectingChannel("test")
    app.add_channel(sink)
    await app.dispatcher.handle(message(app, "/start", n=1))
    await app.dispatcher.handle(message(app, payload="~:language:choose:en", n=2))
    return sink


async def test_a_help_of_someone_known_reads_the_sender_in_one_statement(app: App) -> None:
    sink = await known_person(app)
    with statements(app) as seen:
        await app.dispatcher.handle(message(app, "/help", n=3))
    assert seen == ["INSERT INTO processed_messages", "SELECT participants"]
    assert sink.sent[-1].message.text.splitlines()[0] == "Here is what you can do:"


async def test_a_newcomer_starts_and_chooses_a_language(app: App) -> None:
    sink = CollectingChannel("test")
    app.add_channel(sink)
    with statements(app) as started:
        await app.dispatcher.handle(message(app, "/start", n=1))
    with statements(app) as chose:
        await app.dispatcher.handle(message(app, payload="~:language:choose:en", n=2))
    assert (started, chose) == (
        [
            "INSERT INTO processed_messages",
            "SELECT participants",
            "SELECT programs",  # the only program is theirs
            "INSERT INTO participants",
            "INSERT INTO conversation_states",
        ],
        [
            "INSERT INTO processed_messages",
            "SELECT participants",
            "UPDATE participants",
            "SELECT programs",  # its name, for the welcome
            "SELECT team_members",  # the menu: in a team or not, asked once for every item
            "SELECT programs",  # the menu: more than one program?
            "DELETE FROM conversation_states",
        ],
    )
    assert [sent.message.text.splitlines()[0] for sent in sink.sent[1:]] == [
        "Welcome to MICS 2024: Mongolia Open Innovation and Co-creation for SDGs!",
        "What would you like to do?",
    ]
    assert [button.label for button in sink.sent[-1].message.buttons] == MENU


async def test_a_redelivered_update_runs_only_the_de_duplication(app: App) -> None:
    sink = await known_person(app)
    await app.dispatcher.handle(message(app, "/help", n=3))
    answered = len(sink.sent)
    with statements(app) as seen:
        await app.dispatcher.handle(message(app, "/help", n=3))
    assert (seen, len(sink.sent)) == (["INSERT INTO processed_messages"], answered)


async def test_last_seen_moves_once_a_minute(app: App, clock: FixedClock) -> None:
    await known_person(app)
    start = clock.now()
    clock.advance(timedelta(seconds=30))
    await app.dispatcher.handle(message(app, "/help", n=3))
    assert await last_seen(app) == start
    clock.advance(timedelta(seconds=30))
    await app.dispatcher.handle(message(app, "/help", n=4))
    assert await last_seen(app) == start + timedelta(seconds=60)
