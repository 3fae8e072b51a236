"""Broadcasts as organizers use them (issue 16): the audience of non-submitters and each
team's deadline (item 1), the audience resolved when sending starts (item 3), Cancel and Edit
of a scheduled broadcast (item 4), and the rough edges of the preview and the report."""

from __future__ import annotations

from bot.app import App
from tests.broadcast_support import ticked
from tests.decks import add_team
from tests.support import Chat
from tests.timeline_support import sink, texts

TEXT = "Мэдэгдэл"


async def test_teams_whose_extension_is_ahead_are_not_among_the_non_submitters(
    app: App, chat: Chat
) -> None:
    channel = sink(app)
    await add_team(app, "Khan", "k1", "k2", channel="test")
    await add_team(app, "Fuji", "f1", channel="test")
    await chat.say("/as org", "/start", "3", "/extend interim-deck 2024-11-20 18:00 Khan")
    channel.sent.clear()
    # No submission for the interim deck (the second stage); the texts, no file, send now.
    await chat.say("/broadcast", "5", "2", TEXT, "1", "1", "1", "1")
    await ticked(app, chat)
    assert [(who, text) for who, text in texts(channel) if text == TEXT] == [("f1", TEXT)]
