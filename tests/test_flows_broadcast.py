"""Broadcasts as organizers use them (issue 16): the audience of non-submitters and each
team's deadline (item 1), the audience resolved when sending starts (item 3), Cancel and Edit
of a scheduled broadcast (item 4), and the rough edges of the preview and the report."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.app import App
from bot.core.clock import FixedClock
from bot.rehearsal import rehearse
from storage.models import Stage
from tests.broadcast_support import add_submission, ticked
from tests.decks import add_team
from tests.mentoring_support import press
from tests.support import Chat
from tests.timeline_support import add_person, sink, texts

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


MICS = "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs"
JA = "お知らせ"


async def _stage_id(app: App, key: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Stage.id).where(Stage.key == key))
        assert found is not None
        return found


async def test_a_scheduled_broadcast_finds_its_audience_when_it_starts(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    khan = await add_team(app, "Khan", "k1", channel="test")
    await add_team(app, "Fuji", "f1", channel="test")
    await chat.say("/as org", "/start", "3", "/broadcast", "5", "2", TEXT, "1", "1", "1", "2")
    assert await chat.say("2024-11-18 09:13") == (
        "Broadcast #1 is scheduled for Mon, Nov 18, 2024 09:13. Its audience is counted when it "
        "starts; now it would reach 2 people. You can edit or cancel it until then.\n"
        "[1] Edit #1\n[2] Cancel #1\n\n"
    )
    clock.advance(timedelta(minutes=5))
    await add_submission(app, khan, await _stage_id(app, "interim-deck"))  # 09:05: Khan hands in
    clock.advance(timedelta(minutes=8))
    await ticked(app, chat)
    assert [who for who, text in texts(channel) if text == TEXT] == ["f1"]


async def test_someone_who_joins_after_scheduling_gets_an_everyone_broadcast(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    await chat.say("/as org", "/start", "3", "/broadcast", "1", TEXT, "1", "1", "1", "2")
    await chat.say("2024-11-18 10:00")
    await add_person(app, "newcomer", "mn")
    clock.advance(timedelta(hours=1))
    await ticked(app, chat)
    assert [who for who, text in texts(channel) if text == TEXT] == ["newcomer"]


async def test_a_broadcast_that_finds_nobody_when_it_starts_is_reported(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    khan = await add_team(app, "Khan", "k1", channel="test")
    sink(app)
    await chat.say("/as org", "/start", "3", "/broadcast", "5", "2", TEXT, "1", "1", "1", "2")
    await chat.say("2024-11-18 10:00")
    await add_submission(app, khan, await _stage_id(app, "interim-deck"))
    clock.advance(timedelta(hours=1))
    assert await ticked(app, chat) == (
        "Broadcast #1 is finished.\nSent: 0 / 0\nFailed: 0\nBlocked the bot: 0\n"
        "Waiting until they write to the bot (Messenger): 0\n[1] Report (CSV)\n\n"
    )


async def test_a_preview_with_nobody_to_send_to_offers_no_send_button(app: App, chat: Chat) -> None:
    await chat.say("/as org", "/start", "3", "/broadcast", "4", TEXT, "1", "1")  # no mentors
    assert await chat.say("1") == (
        "This is what readers of the Mongolian version will receive:\n\n"
        f"{TEXT}\n\n"
        f"Program: {MICS}\n"
        "Nobody would receive this announcement now (0 blocked the bot). Go back and choose "
        "another audience.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
    )


async def _scheduled(app: App, chat: Chat) -> None:
    """bat (mn) and aya (ja) are in the program; the organizer schedules #1 for 18:30."""
    await add_person(app, "bat", "mn")
    await add_person(app, "aya", "ja")
    await chat.say("/as org", "/start", "3", "/broadcast", "1", TEXT, JA, "1", "1", "2")
    await chat.say("2024-11-18 18:30")


async def test_a_scheduled_broadcast_can_be_cancelled_until_it_starts(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    await _scheduled(app, chat)
    assert await chat.say("2") == "Broadcast #1 is cancelled; nobody received it.\n\n"
    clock.advance(timedelta(hours=10))
    await ticked(app, chat)
    assert texts(channel) == []
    assert await chat.say("/broadcasts") == (
        f"Broadcasts of {MICS}:\n"
        "#1 Mon, Nov 18, 2024 18:30 · Everyone · cancelled · sent 0 / 0 · "
        "failed 0 · blocked 0 · waiting 0 · read on Messenger 0\n"
        "[1] Report of #1 (CSV)\n\n"
    )


async def test_the_text_and_the_time_of_a_scheduled_broadcast_can_be_edited(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    await _scheduled(app, chat)
    assert await chat.say("/broadcasts") == (
        f"Broadcasts of {MICS}:\n"
        "#1 Mon, Nov 18, 2024 18:30 · Everyone · scheduled · sent 0 / 3 · "
        "failed 0 · blocked 0 · waiting 0 · read on Messenger 0\n"
        "[1] Edit #1\n[2] Cancel #1\n\n"
    )
    assert await chat.say("1") == (
        "What do you want to change in broadcast #1, scheduled for Mon, Nov 18, 2024 18:30?\n"
        "[1] Mongolian text\n[2] Japanese text\n[3] English text\n[4] Time\n[5] Cancel\n\n"
    )
    assert await chat.say("1") == (
        "The Mongolian version now reads:\n\n"
        f"{TEXT}\n\n"
        "Write the new Mongolian version, or remove it.\n"
        "[1] Remove this version\n[2] ‹ Back\n[3] Cancel\n\n"
    )
    assert await chat.say("Шинэ мэдэгдэл") == (
        "Broadcast #1 is changed. It goes out at Mon, Nov 18, 2024 18:30; its audience is "
        "counted then (now 3 people).\n[1] Edit #1\n[2] Cancel #1\n\n"
    )
    await chat.say("1", "4")
    assert await chat.say("2024-11-18 08:00") == (
        "That time has already passed. Choose a time in the future.\n\n"
    )
    assert await chat.say("2024-11-18 20:00") == (
        "Broadcast #1 is changed. It goes out at Mon, Nov 18, 2024 20:00; its audience is "
        "counted then (now 3 people).\n[1] Edit #1\n[2] Cancel #1\n\n"
    )
    clock.set(datetime(2024, 11, 18, 11, 0, tzinfo=UTC))  # 19:00: not yet
    await ticked(app, chat)
    assert texts(channel) == []
    clock.set(datetime(2024, 11, 18, 12, 0, tzinfo=UTC))  # 20:00
    await ticked(app, chat)
    assert [(who, text) for who, text in texts(channel)] == [
        ("bat", "Шинэ мэдэгдэл"),
        ("aya", JA),
    ]
    assert await press(chat, "bcedit:1") == (  # Edit on the confirmation, pressed too late
        "Broadcast #1 has started already: it can no longer be changed.\n\n"
    )


async def test_only_me_gets_every_version_and_the_csv_tells_the_version_received(
    app: App, chat: Chat
) -> None:
    sink(app)
    await chat.say("/as org", "/start", "3")
    await add_person(app, "sam", "en")
    await chat.say("/broadcast", "7", TEXT, JA, "1")
    assert (await chat.say("1")).split("\n\n")[-2] == (  # no attachment: the preview
        f"Program: {MICS}\nRecipients: 1\nMongolian via console: 1\nJapanese via console: 1\n"
        "Blocked the bot (will not receive it): 0\n"
        "[1] Send now\n[2] Schedule\n[3] ‹ Back\n[4] Cancel"
    )
    await chat.say("1")
    received = await ticked(app, chat)
    assert received.split("\n\n")[:2] == [TEXT, JA]
    # An everyone broadcast without an English version: sam reads the Mongolian one.
    await chat.say("/broadcast", "1", TEXT, JA, "1", "1", "1")
    await ticked(app, chat)
    await chat.say("/broadcasts", "1")  # the report of #2
    [csv_file] = (chat.console.downloads / "org").glob("broadcast-2.csv")
    assert [line.split(",")[:5] for line in csv_file.read_text(encoding="utf-8").splitlines()] == [
        ["\ufeffparticipant_id", "name", "channel", "language", "version"],
        ["1", "org", "console", "en", "mn"],
        ["2", "sam", "test", "en", "mn"],
    ]


async def test_the_preview_says_who_reads_a_fallback_version(app: App, chat: Chat) -> None:
    sink(app)
    await add_person(app, "bat", "mn")
    await add_person(app, "sam", "en")
    await chat.say("/as org", "/start", "2", "/broadcast", "2", TEXT, "1", "1")
    assert (await chat.say("1")).split("\n\n")[-2] == (
        "プログラム：MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創\n"
        "送信先：2\n"
        "モンゴル語・test：1\n"
        "モンゴル語（英語の読者向け）・test：1\n"
        "ボットをブロック（届きません）：0\n"
        "[1] 今すぐ送信\n[2] 予約送信\n[3] ‹ 戻る\n[4] キャンセル"
    )


async def test_rehearse_shows_a_scheduled_broadcast_for_todays_audience(
    app: App, chat: Chat
) -> None:
    await _scheduled(app, chat)
    messages = await rehearse(app, app.clock.now(), app.clock.now() + timedelta(days=1))
    assert [(m.at, m.recipient, m.text) for m in messages if m.category == "broadcast"] == [
        (datetime(2024, 11, 18, 10, 30, tzinfo=UTC), "bat", TEXT),
        (datetime(2024, 11, 18, 10, 30, tzinfo=UTC), "aya", JA),
        (datetime(2024, 11, 18, 10, 30, tzinfo=UTC), "org", TEXT),
    ]
