"""Event day in program files (rsvp, capacity, rsvp_closes, online), the shipped interim
event, and /privacy and /delete_me for what event day keeps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.core.clock import FixedClock
from bot.core.settings import SHIPPED_PROGRAM
from bot.programs import ProgramFileError, load_program_file
from storage.eventday import EventCheckIn, EventFeedback, EventRsvp, EventTicket, RsvpState
from tests.eventday_support import PROGRAM, day, day_app, delivered, joins, program_file
from tests.support import Chat
from tests.test_eventday_checkin import arrive

__all__ = ["day", "day_app", "program_file"]


def test_the_shipped_interim_event_takes_rsvps() -> None:
    spec = load_program_file(SHIPPED_PROGRAM)
    interim = next(e for e in spec.events if e.key == "interim")
    assert (interim.rsvp, interim.capacity, interim.rsvp_closes_at, interim.online) == (
        True,
        140,
        datetime(2024, 11, 20, 4, 0, tzinfo=UTC).astimezone(interim.starts_at.tzinfo),
        False,
    )
    assert [e.key for e in spec.events if e.rsvp] == ["interim"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            ("rsvp = true\ncapacity = 2", "capacity = 2"),
            "events[0]: capacity and rsvp_closes need rsvp = true",
        ),
        (
            ("capacity = 2", "capacity = 0"),
            "events[0].capacity: a whole number of seats, at least 1",
        ),
        (
            ("capacity = 2", 'capacity = "two"'),
            "events[0].capacity: a whole number of seats, at least 1",
        ),
        (("online = true", 'online = "yes"'), "events[0].online: true or false"),
        (("rsvp = true\ncapacity", 'rsvp = "yes"\ncapacity'), "events[0].rsvp: true or false"),
        (
            ("rsvp_closes = 2024-11-20T12:00:00+08:00", "rsvp_closes = 2024-11-20T14:00:00+08:00"),
            "events[0].rsvp_closes: at the latest when the event starts",
        ),
    ],
)
def test_bad_rsvp_settings_name_the_key(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    path = tmp_path / "bad.toml"
    assert change[0] in PROGRAM
    path.write_text(PROGRAM.replace(*change, 1), encoding="utf-8")
    with pytest.raises(ProgramFileError) as error:
        load_program_file(path)
    assert str(error.value) == f"{path}: {problem}"


async def counts(chat: Chat) -> list[int]:
    async with chat.app.sessions() as session:
        return [
            int(await session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (EventRsvp, EventTicket, EventCheckIn, EventFeedback)
        ]


async def test_privacy_lists_it_and_delete_me_clears_it_and_frees_the_seat(
    day: Chat, clock: FixedClock
) -> None:
    await joins(day, "bat", "mn")
    await day.say("/schedule", "1", "1", "/ticket")
    await joins(day, "aya", "ja")
    await day.say("/schedule", "1", "1")
    await joins(day, "ken", "ja")
    await day.say("/schedule", "1", "1")  # the waiting list
    assert (await day.say("/as bat", "/privacy")).split("\n\n")[1] == (
        "Мөн хадгалж буй зүйлс:\n• Үзүүлэх өдөр: ирнэ"
    )
    await day.say("/delete_me")
    assert await day.say("1") == "Боллоо. Таны хувийн мэдээлэл устгагдлаа.\n\n"
    assert await counts(day) == [2, 0, 0, 0]
    assert (await delivered(day)).startswith(
        "→ ken\nデモデイ：2024年11月20日（水）14:30（日本時間）\n席が1つ空きました。"
    )
    async with day.app.sessions() as session:
        states = list(await session.scalars(select(EventRsvp.state).order_by(EventRsvp.id)))
    assert states == [RsvpState.COMING, RsvpState.OFFERED]


async def test_delete_me_after_the_event_clears_the_check_in(day: Chat, clock: FixedClock) -> None:
    bat, _ = await arrive(day, clock)
    await day.say("/as sta", f"/start ci_{bat}", "1")
    assert (await day.say("/as bat", "/privacy")).split("\n\n")[1] == (
        "Мөн хадгалж буй зүйлс:\n• Үзүүлэх өдөр: ирнэ\n"
        "• Үзүүлэх өдөр: ирц бүртгүүлсэн цаг: 11-р сарын 20 (Лх) 13:05"
    )
    assert await counts(day) == [3, 3, 1, 0]  # aya comes to the forum too
    await day.say("/delete_me", "1")
    assert await counts(day) == [2, 2, 0, 0]
