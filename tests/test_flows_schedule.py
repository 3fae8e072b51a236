"""Schedules and deadlines as people read them (issue 16): the calendar file's agenda on the
reader's clock (item 10), extensions everywhere a team's deadline shows (item 1), the stage
that still accepts late versions, and the morning agenda of an early event."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from tests.support import Chat


def description_of(path: Path, summary: str) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    event = next(e for e in calendar.walk("VEVENT") if str(e["summary"]) == summary)
    return str(event["description"]).splitlines()


async def test_the_calendar_agenda_is_on_the_readers_clock(chat: Chat, tmp_path: Path) -> None:
    await chat.say("/start", "2", "/schedule", "1", "1")  # Japanese, Tokyo: the interim event
    lines = description_of(
        tmp_path / "console-files/me/mics-2024-interim.ics", "MICS2024 中間イベント"
    )
    assert lines[:3] == ["UTC+9", "14:30 受付", "15:00 ネットワーキング"]
    await chat.say("/as bat", "/start", "1", "/schedule", "1", "1")  # Mongolian, Ulaanbaatar
    lines = description_of(
        tmp_path / "console-files/bat/mics-2024-interim.ics", "MICS2024 завсрын арга хэмжээ"
    )
    assert lines[:2] == ["13:30 Бүртгэл", "14:00 Танилцах, харилцаа тогтоох"]
