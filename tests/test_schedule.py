"""/schedule, /deadlines and calendar files through the console, with exact texts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar

from tests.support import Chat

PROGRAM_EN = "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs"
SCHEDULE_EN = f"""Upcoming events of {PROGRAM_EN}:
• Wed, Nov 20, 2024 13:30: MICS2024 interim event (Ulaanbaatar Chuulga, Ulaanbaatar; languages: Mongolian, Japanese)
[1] Wed 11/20 13:30
[2] Past events
[3] Calendar file

"""


async def test_schedule_event_detail_and_past_events(chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/schedule") == SCHEDULE_EN
    assert (
        await chat.say("1")
        == """MICS2024 interim event
When: Wed, Nov 20, 2024 13:30–17:45
Where: Ulaanbaatar Chuulga, Ulaanbaatar
Languages spoken: Mongolian, Japanese
Agenda (Ulaanbaatar time):
13:30 Registration
14:00 Networking
15:30 Organizer's remarks (JICA)
15:35 Introduction to MICS2024 initiatives (JUGAMO)
15:50 Pitches by the collaborative project teams (10 teams)
17:00 Pitches by Social Innovator Hub (SIH) participants
17:10 Panel discussion "Initiatives for cooperation between Japanese and Mongolian stakeholders"
17:40 Presentation of two JICA-supported projects
[1] Coming
[2] Not coming
[3] Add to my calendar

"""
    )
    await chat.say("/schedule")
    assert (
        await chat.say("2")
        == """Past events:
• Mon, Aug 19, 2024: Japan-Mongolia International Business Forum 2024 (Ulaanbaatar; languages: Mongolian, Japanese)
• Mon, Aug 5, 2024: MICS2024 in Tokyo: team pitches (JICA headquarters, Ichigaya, Tokyo; languages: Japanese, Mongolian)
• Tue, Jun 11, 2024: MICS 2024 kick-off (Ulaanbaatar (on site and online); languages: Mongolian, Japanese)

"""
    )


async def test_schedule_and_deadlines_in_japanese_in_tokyo_time(chat: Chat) -> None:
    await chat.say("/start", "2")
    assert await chat.say("/schedule") == (
        "MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創の今後のイベント：\n"
        "• 2024年11月20日（水）14:30（日本時間）：MICS2024 "
        "中間イベント（ウランバートル・チュールガ（ウランバートル）／使用言語：モンゴル語・日本語"
        "）\n"
        "[1] 11/20（水）14:30\n"
        "[2] 過去のイベント\n"
        "[3] カレンダーファイル\n\n"
    )
    assert await chat.say("/deadlines") == (
        "締め切り：\n"
        "• 中間ピッチ資料：2024年11月18日（月）19:00（日本時間）、残り9時間\n"
        "• 最終ピッチ資料：2025年1月31日（金）19:00（日本時間）、残り74日9時間\n\n"
    )


async def test_deadlines_in_mongolian(chat: Chat) -> None:
    await chat.say("/start", "1")
    assert await chat.say("/deadlines") == (
        "Эцсийн хугацаанууд:\n"
        "• Завсрын илтгэл: 11-р сарын 18 (Да) 18:00, 9 цаг үлдсэн\n"
        "• Эцсийн илтгэл: 2025 оны 1-р сарын 31 (Ба) 18:00, 74 хоног 9 цаг үлдсэн\n\n"
    )


def events_of(path: Path) -> dict[str, tuple[object, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(event["summary"]): (event.decoded("dtstart"), event.decoded("dtend"))
        for event in calendar.walk("VEVENT")
    }


def utc(value: object) -> object:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


async def test_calendar_files_parse_back_with_the_right_utc_times(
    chat: Chat, tmp_path: Path
) -> None:
    await chat.say("/start", "2")
    await chat.say("/schedule")
    assert await chat.say("3") == (
        "カレンダーファイルです（イベント4件）。開くとカレンダーに追加できます。\n"
        f"[ファイル] mics-2024.ics（1,964 バイト）を {tmp_path}/console-files/me/mics-2024.ics に保存しました\n\n"
    )
    found = {
        k: (utc(a), utc(b))
        for k, (a, b) in events_of(tmp_path / "console-files/me/mics-2024.ics").items()
    }
    assert found == {
        "MICS 2024 キックオフイベント": (date(2024, 6, 11), date(2024, 6, 12)),
        "MICS2024 in 東京：チームによるピッチ": (date(2024, 8, 5), date(2024, 8, 6)),
        "日本・モンゴル国際ビジネスフォーラム2024": (date(2024, 8, 19), date(2024, 8, 20)),
        "MICS2024 中間イベント": (
            datetime(2024, 11, 20, 5, 30, tzinfo=UTC),
            datetime(2024, 11, 20, 9, 45, tzinfo=UTC),
        ),
    }
    await chat.say("/schedule", "1")
    await chat.say("3")  # under Coming and Not coming (the interim event takes RSVPs)
    one = events_of(tmp_path / "console-files/me/mics-2024-interim.ics")
    start = one["MICS2024 中間イベント"][0]
    assert isinstance(start, datetime)
    assert (str(start.tzinfo), start.astimezone(UTC)) == (
        "Asia/Ulaanbaatar",
        datetime(2024, 11, 20, 5, 30, tzinfo=UTC),
    )
