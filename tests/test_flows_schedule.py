"""Schedules and deadlines as people read them (issue 16): the calendar file's agenda on the
reader's clock (item 10), extensions everywhere a team's deadline shows (item 1), the stage
that still accepts late versions, and the morning agenda of an early event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.delivery import plan
from bot.i18n import FluentTranslator
from bot.rehearsal import rehearse
from tests.decks import add_team
from tests.support import Chat
from tests.timeline_support import add_person, at, sink, texts, tick


def description_of(path: Path, summary: str) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    event = next(e for e in calendar.walk("VEVENT") if str(e["summary"]) == summary)
    return str(event["description"]).splitlines()


async def test_the_calendar_agenda_is_on_the_readers_clock(chat: Chat, tmp_path: Path) -> None:
    await chat.say("/start", "2", "/schedule", "1", "3")  # ja, Tokyo: interim event, calendar file
    lines = description_of(
        tmp_path / "console-files/me/mics-2024-interim.ics", "MICS2024 中間イベント"
    )
    assert lines[:3] == ["UTC+9", "14:30 受付", "15:00 ネットワーキング"]
    await chat.say("/as bat", "/start", "1", "/schedule", "1", "3")  # Mongolian, Ulaanbaatar
    lines = description_of(
        tmp_path / "console-files/bat/mics-2024-interim.ics", "MICS2024 завсрын арга хэмжээ"
    )
    assert lines[:2] == ["13:30 Бүртгэл", "14:00 Танилцах, харилцаа тогтоох"]


async def _extended(chat: Chat) -> None:
    """Khan Solar (bat, sam) has the interim deadline extended to 11-20 18:00 Ulaanbaatar;
    Gobi Water (tuya) keeps 11-18 18:00. The clock is at 11-18 09:00."""
    app = chat.app
    await add_team(app, "Khan Solar", "bat", "sam")
    await add_team(app, "Gobi Water", "tuya")
    await chat.say("/as org", "/start", "3")
    await chat.say("/extend interim-deck 2024-11-20 18:00 Khan Solar")


async def test_reminders_follow_a_teams_extended_deadline(chat: Chat) -> None:
    await _extended(chat)
    start, end = at("2024-11-18T00:00+08:00"), at("2024-11-21T00:00+08:00")
    found = [
        (m.at, m.recipient, m.text.splitlines()[:2])
        for m in await rehearse(chat.app, start, end, "mics-2024")
        if m.category == "deadline"
    ]
    interim = "Reminder: the deadline for “Interim deck” is in"
    mon, wed = "Deadline: Mon, Nov 18, 2024 18:00", "Deadline: Wed, Nov 20, 2024 18:00"
    assert found == [
        (at("2024-11-18T16:00+08:00"), "tuya", [f"{interim} 2 hours.", mon]),
        (at("2024-11-19T18:00+08:00"), "bat", [f"{interim} 1 day.", wed]),
        (at("2024-11-19T18:00+08:00"), "sam", [f"{interim} 1 day.", wed]),
        (at("2024-11-20T16:00+08:00"), "bat", [f"{interim} 2 hours.", wed]),
        (at("2024-11-20T16:00+08:00"), "sam", [f"{interim} 2 hours.", wed]),
    ]


async def test_an_extension_granted_after_planning_moves_the_reminders(chat: Chat) -> None:
    channel = sink(chat.app)
    await add_person(chat.app, "sam", "en", team="Khan Solar")
    chat.app.clock.set(at("2024-11-18T15:50+08:00"))  # the 2-hour reminder is planned
    await plan(chat.app)
    await chat.say("/as org", "/start", "3", "/extend interim-deck 2024-11-20 18:00 Khan Solar")
    channel.sent.clear()  # the notice of the extension
    chat.app.clock.set(at("2024-11-18T16:00+08:00"))
    await tick(chat.app)
    assert texts(channel) == []
    chat.app.clock.set(at("2024-11-20T16:00+08:00"))
    await tick(chat.app)
    assert [(who, text) for who, text in texts(channel) if "deadline" in text] == [
        (
            "sam",
            "Reminder: the deadline for “Interim deck” is in 2 hours.\n"
            "Deadline: Wed, Nov 20, 2024 18:00\nTeam Khan Solar has not submitted yet.",
        )
    ]


async def test_deadlines_and_the_team_card_show_the_teams_deadline(chat: Chat) -> None:
    await _extended(chat)
    await chat.say("/as bat")
    assert await chat.say("/deadlines") == (
        "Deadlines:\n"
        "• Interim deck: Wed, Nov 20, 2024 18:00, 2 days 9 hours left\n"
        "• Final deck: Fri, Jan 31, 2025 18:00, 74 days 9 hours left\n\n"
    )
    card = (await chat.say("/team")).splitlines()
    assert card[card.index("Stages:") + 1 :] == [
        "Project proposal: not submitted",
        "Interim deck: not submitted (deadline extended to Wed, Nov 20, 2024 18:00)",
        "Final deck: not submitted",
        "",
    ]
    await chat.say("/as tuya")
    assert (await chat.say("/deadlines")).splitlines()[1] == (
        "• Interim deck: Mon, Nov 18, 2024 18:00, 9 hours left"
    )


async def test_after_a_restart_a_late_reminder_gives_way_to_the_next_one(chat: Chat) -> None:
    channel = sink(chat.app)
    await add_person(chat.app, "sam", "en", team="Khan Solar")
    chat.app.clock.set(at("2024-11-18T15:58+08:00"))  # the 24-hour reminder is a day late
    await tick(chat.app)
    chat.app.clock.set(at("2024-11-18T16:00+08:00"))
    await tick(chat.app)
    assert [text.splitlines()[0] for _, text in texts(channel) if "deadline" in text] == [
        "Reminder: the deadline for “Interim deck” is in 2 hours."
    ]


async def test_a_late_reminder_reaches_every_member_of_a_team_made_after_it_fell_due(
    chat: Chat,
) -> None:
    app = chat.app
    channel = sink(app)
    await add_person(app, "bat", "en")  # in no team yet when the 2-hour reminder falls due
    app.clock.set(at("2024-11-18T16:00+08:00"))
    await tick(app)
    app.clock.set(at("2024-11-18T16:10+08:00"))
    await add_team(app, "Khan Solar", "bat", channel="test")
    await tick(app)
    app.clock.set(at("2024-11-18T16:20+08:00"))
    await add_person(app, "sam", "en", team="Khan Solar")
    await tick(app)
    assert [(who, text.splitlines()[0]) for who, text in texts(channel) if "deadline" in text] == [
        ("bat", "Reminder: the deadline for “Interim deck” is in 1 hour 50 minutes."),
        ("sam", "Reminder: the deadline for “Interim deck” is in 1 hour 40 minutes."),
    ]


EARLY_PROGRAM = """
id = "mics-2024"
time_zone = "Asia/Ulaanbaatar"
name = "Early"

[[events]]
id = "run"
name = "Sunrise run"
venue = "Zaisan"
languages = ["mn"]
starts = 2025-05-10T07:30:00+08:00
ends = 2025-05-10T10:00:00+08:00

[[events.agenda]]
starts = 07:30:00
title = "Start"
"""


async def test_the_agenda_of_an_early_event_comes_the_evening_before(
    tmp_path: Path,
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
) -> None:
    program = tmp_path / "early.toml"
    program.write_text(EARLY_PROGRAM, encoding="utf-8")
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    try:
        for name, language in (("bat", "mn"), ("aya", "ja"), ("sam", "en")):
            await add_person(app, name, language)
        messages = await rehearse(app, at("2025-05-09T00:00+08:00"), at("2025-05-11T00:00+08:00"))
    finally:
        await app.close()
    assert [
        (m.at, m.recipient, m.text.splitlines()[:2]) for m in messages if m.category == "agenda"
    ] == [
        (
            at("2025-05-09T20:00+08:00"),
            "bat",
            ["Маргааш: «Sunrise run»", "Эхлэх цаг: 5-р сарын 10 (Бя) 07:30"],
        ),
        (
            at("2025-05-09T20:00+08:00"),
            "sam",
            ["Tomorrow: “Sunrise run”", "Starts: Sat, May 10, 2025 07:30"],
        ),
        (
            at("2025-05-10T08:00+09:00"),
            "aya",
            ["本日：「Sunrise run」", "開始：2025年5月10日（土）08:30（日本時間）"],
        ),
    ]
