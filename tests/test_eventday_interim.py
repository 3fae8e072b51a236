"""The interim event of the shipped MICS 2024 program rehearsed in the chat, from the RSVP to
the feedback, on a rehearsal clock: bat (Mongolian, Ulaanbaatar) answers in /schedule, aya
(Japanese, Tokyo) from the 24 h reminder; both get their tickets in the morning; the staff
member sta checks them in by link and by code; the organizer sends a live update, and in the
evening the people who came rate the event."""

from __future__ import annotations

from bot.core.clock import FixedClock
from tests.eventday_support import code_of, delivered, joins
from tests.support import Chat
from tests.team_support import role_codes
from tests.timeline_support import at


def blocks(output: str) -> list[str]:
    """The first line of each message printed (with its recipient when not the typist)."""
    return [
        " ".join(part.splitlines()[:2]) if part.startswith("→") else part.splitlines()[0]
        for part in output.split("\n\n")
        if part.strip()
    ]


async def test_the_interim_event_from_rsvp_to_feedback(chat: Chat, clock: FixedClock) -> None:
    await joins(chat, "bat", "mn")
    await chat.say("/schedule", "1")
    assert blocks(await chat.say("1")) == ["MICS2024 завсрын арга хэмжээ"]
    await chat.say("/as org", "/start", "3", "/invite_staff")
    code = (await role_codes(chat.app))[-1]
    await joins(chat, "sta", "ja")
    await chat.say(f"/join {code}")
    await joins(chat, "aya", "ja")

    clock.set(at("2024-11-19T13:30+08:00"))  # 24 hours before
    reminders = await delivered(chat)
    assert reminders.split("\n\n")[-2] == (
        "リマインダー：「MICS2024 中間イベント」の開始まであと1日です。\n"
        "開始：2024年11月20日（水）14:30（日本時間）\n"
        "会場：ウランバートル・チュールガ（ウランバートル）\n使用言語：モンゴル語・日本語\n"
        "[1] 出席\n[2] 欠席\n[3] 詳細"
    )
    assert blocks(await chat.say("/as aya", "1")) == ["MICS2024 中間イベント"]

    clock.set(at("2024-11-20T08:00+09:00"))  # the morning in Tokyo
    morning = await delivered(chat)
    assert "参加証：MICS2024 中間イベント\n" in morning.split("→ sta")[-1]
    clock.set(at("2024-11-20T08:00+08:00"))  # the morning in Ulaanbaatar
    assert blocks(await delivered(chat)) == [
        "→ bat Өнөөдөр: «MICS2024 завсрын арга хэмжээ»",
        "→ org Today: “MICS2024 interim event”",
        "→ bat Таны тасалбар: MICS2024 завсрын арга хэмжээ",
    ]

    clock.set(at("2024-11-20T13:40+08:00"))  # registration, 13:30-14:00
    await delivered(chat)
    bat, aya = await code_of(chat.app, "bat", "interim"), await code_of(chat.app, "aya", "interim")
    assert blocks(await chat.say("/as sta", f"/start ci_{bat}", "1", f"/checkin {aya}", "1")) == [
        "batさん",
        "batさんを受付しました。現在の来場者は1人、出席予定は2人です。",
        "→ bat «MICS2024 завсрын арга хэмжээ» арга хэмжээнд тавтай морилно уу!",
        "ayaさん",
        "ayaさんを受付しました。現在の来場者は2人、出席予定は2人です。",
        "→ aya 「MICS2024 中間イベント」へようこそ！",
    ]
    await chat.say("/as org", "/eventnews", "1", "Панел 17:15 цагт эхэлнэ.")
    await chat.say("パネルは18:15（日本時間）に始まります。", "1", "1")
    assert await delivered(chat) == (
        "→ bat\nMICS2024 завсрын арга хэмжээ: шуурхай мэдээ\nПанел 17:15 цагт эхэлнэ.\n\n"
        "→ aya\nMICS2024 中間イベント：お知らせ\nパネルは18:15（日本時間）に始まります。\n\n"
    )

    clock.set(at("2024-11-20T19:00+08:00"))  # the evening after
    assert blocks(await delivered(chat)) == [
        "→ bat «MICS2024 завсрын арга хэмжээ» арга хэмжээнд ирсэнд баярлалаа!",
        "→ aya 「MICS2024 中間イベント」にご来場いただきありがとうございました！いかがでしたか？"
        "1（よくない）から5（とてもよい）で評価してください。",
    ]
    await chat.say("/as bat", "5", "Маш сайхан")
    await chat.say("/as aya", "4", "1")
    assert await chat.say("/as org", "/attendance interim") == (
        "Attendance: MICS2024 interim event\nStarts: Wed, Nov 20, 2024 13:30\n"
        "Checked in: 2 (walk-ins: 0)\n"
        "Coming on site: 2 (seats: 140)\n"
        "Online: 0\n"
        "Waiting list: 0\n"
        "Not coming: 0\n"
        "No-shows: 0\n"
        "By team:\n"
        "• no teams\n"
        "Feedback: 4.5 on average from 2 ratings\n"
        "Reminders go to: everyone following the program\n"
        "[1] Refresh\n[2] CSV file\n[3] Remind only coming\n[4] Comments\n\n"
    )
    assert await chat.say("4") == "Comments on MICS2024 interim event:\n• 5/5: Маш сайхан\n\n"
