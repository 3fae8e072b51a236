"""/eventnews reaches only the people checked in (or everyone coming), each in their language;
the feedback request goes the evening after to the checked-in only; organizers see the
average and the comments. Through the console on a fixed clock."""

from __future__ import annotations

from bot.core.clock import FixedClock
from storage.eventday import EventDayRepository, ProgramAttendance
from storage.uow import UnitOfWork
from tests.eventday_support import day, day_app, delivered, event_id, joins, press, program_file
from tests.support import Chat
from tests.test_eventday_checkin import arrive
from tests.timeline_support import at

__all__ = ["day", "day_app", "program_file"]


async def checked_in(day: Chat, clock: FixedClock) -> None:
    """bat (mn) and aya (ja) checked in with their tickets, sam (en) as a walk-in; ken (ja)
    attends online; tuya (mn) never answered. 13:05 on the day."""
    bat, aya = await arrive(day, clock)
    clock.set(at("2024-11-18T10:00+08:00"))
    await joins(day, "ken", "ja")
    await day.say("/schedule", "1", "3")
    await joins(day, "sam", "en")
    clock.set(at("2024-11-20T13:05+08:00"))
    await delivered(day)  # the morning tickets
    await day.say("/as sta", f"/start ci_{bat}", "1", f"/checkin {aya}", "1")
    await day.say("/checkin", "sam", "1", "1")


async def test_live_updates_reach_the_checked_in_each_in_their_language(
    day: Chat, clock: FixedClock
) -> None:
    await checked_in(day, clock)
    assert await day.say("/as org", "/eventnews") == (
        "Who should get the update?\n[1] Checked in\n[2] Everyone coming\n[3] Cancel\n\n"
    )
    await day.say("1", "Панел 17:30 цагт эхэлнэ.", "パネルは17:30開始です。")
    assert await day.say("1") == (
        "In Mongolian, it will read:\n\nПанел 17:30 цагт эхэлнэ.\n\n"
        "In Japanese, it will read:\n\nパネルは17:30開始です。\n\n"
        "It goes to 3 people:\n• Mongolian: 2\n• Japanese: 1\n"
        "[1] Send now\n[2] ‹ Back\n[3] Cancel\n\n"
    )
    assert await day.say("1") == "The update for Demo day is on its way to 3 people.\n\n"
    assert await delivered(day) == (
        "→ bat\nҮзүүлэх өдөр: шуурхай мэдээ\nПанел 17:30 цагт эхэлнэ.\n\n"
        "→ aya\nデモデイ：お知らせ\nパネルは17:30開始です。\n\n"
        "→ sam\nDemo day: update\nПанел 17:30 цагт эхэлнэ.\n\n"  # no English: the fallback
    )
    await day.say("/eventnews demo", "2", "1", "1", "Room B")
    assert await day.say("1") == "The update for Demo day is on its way to 4 people.\n\n"
    assert await delivered(day) == (
        "→ bat\nҮзүүлэх өдөр: шуурхай мэдээ\nRoom B\n\n"
        "→ aya\nデモデイ：お知らせ\nRoom B\n\n"
        "→ ken\nデモデイ：お知らせ\nRoom B\n\n"  # online, so coming
        "→ sam\nDemo day: update\nRoom B\n\n"
    )
    clock.set(at("2024-11-20T17:00+08:00"))
    assert await day.say("/eventnews") == "Demo day is over: send a /broadcast instead.\n\n"
    assert await day.say("/as bat", "/eventnews") == (
        "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n"
    )


async def test_feedback_the_evening_after_only_from_the_checked_in(
    day: Chat, clock: FixedClock
) -> None:
    await checked_in(day, clock)
    clock.set(at("2024-11-20T18:59+08:00"))
    assert await delivered(day) == ""
    clock.set(at("2024-11-20T19:00+08:00"))
    assert await delivered(day) == (
        "→ bat\n«Үзүүлэх өдөр» арга хэмжээнд ирсэнд баярлалаа!\nТанд хэр таалагдсан бэ? 1-ээс 5 хүртэл оноогоор "
        "үнэлнэ үү: 1 — муу, 5 — маш сайн.\n"
        "[1] 1 (муу)\n[2] 2\n[3] 3\n[4] 4\n[5] 5 (маш сайн)\n\n"
        "→ aya\n「デモデイ」にご来場いただきありがとうございました！いかがでしたか？"
        "1（よくない）から5（とてもよい）で評価してください。\n"
        "[1] 1（よくない）\n[2] 2\n[3] 3\n[4] 4\n[5] 5（とてもよい）\n\n"
        "→ sam\nThank you for coming to Demo day! How was it? Tap a rating from 1 (poor) to "
        "5 (excellent).\n[1] 1 (poor)\n[2] 2\n[3] 3\n[4] 4\n[5] 5 (excellent)\n\n"
    )
    assert await day.say("/as bat", "5") == (
        "Үнэлгээ өгсөнд баярлалаа (5/5)! Сэтгэгдэл нэмэх үү? Бичих эсвэл «Алгасах» товчийг "
        "дарна уу.\n[1] Алгасах\n[2] Цуцлах\n\n"
    )
    assert await day.say("Сайхан байлаа, =HYPERLINK") == "Санал сэтгэгдэл өгсөнд баярлалаа!\n\n"
    assert await day.say("/as aya", "4", "1") == (
        "評価（4/5）をありがとうございます！コメントがあれば入力してください。"
        "なければ「スキップ」を押してください。\n[1] スキップ\n[2] キャンセル\n\n"
        "評価をありがとうございました！\n\n"
    )
    demo = await event_id(day.app, "demo")
    assert await press(day, f"rate:{demo}:9") == (
        "このボタンは以前のメッセージのもので、現在は使用できません。\n\n"
    )
    await day.say("/as ken")
    assert await press(day, f"rate:{demo}:3") == (
        "「デモデイ」を評価できるのは、受付を済ませた方のみです。\n\n"
    )
    clock.set(at("2024-11-20T19:30+08:00"))
    assert await day.say("/as org", "/attendance") == (
        "Attendance: Demo day\nStarts: Wed, Nov 20, 2024 13:30\n"
        "Checked in: 3 (walk-ins: 1)\n"
        "Coming on site: 2 (seats: 2)\n"
        "Online: 1\n"
        "Waiting list: 0\n"
        "Not coming: 0\n"
        "No-shows: 0\n"
        "By team:\n"
        "• Nar: 1 here, 1 coming\n"
        "Feedback: 4.5 on average from 2 ratings\n"
        "Reminders go to: everyone following the program\n"
        "[1] Refresh\n[2] CSV file\n[3] Remind only coming\n[4] Comments\n\n"
    )
    assert await day.say("4") == "Comments on Demo day:\n• 5/5: Сайхан байлаа, =HYPERLINK\n\n"
    async with day.app.sessions() as session:
        figures = await UnitOfWork(session).get(EventDayRepository).program_indicators("day-2024")
    assert (figures.checked_in, figures.ratings, figures.average_rating) == (3, 2, 4.5)
    assert isinstance(figures, ProgramAttendance)
    assert [
        (e.event_key, e.coming, e.online, e.checked_in, e.walk_ins, e.no_shows)
        for e in figures.events
    ] == [
        ("demo", 2, 1, 3, 1, 0),
        ("forum", 1, 0, 0, 0, 1),
    ]
    clock.set(at("2024-11-23T19:00+08:00"))  # three days after the request: closed
    await day.say("/as sam")
    assert await press(day, f"rate:{demo}:2") == "The feedback for Demo day is closed.\n\n"
