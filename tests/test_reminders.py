"""Deadline and event reminders through the real planner, outbox and renderers, on a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.app import App, build_app, load_programs
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.delivery import plan
from bot.i18n import FluentTranslator
from storage.models import Delivery
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.timeline_support import add_person, at, sink, texts, tick

FINAL_72H = at("2025-01-28T10:00+00:00")  # 72 h before 2025-01-31 18:00 Ulaanbaatar


async def test_deadline_reminders_at_each_offset_in_each_language(
    app: App, clock: FixedClock
) -> None:
    channel = sink(app)
    for name, language in (("bat", "mn"), ("aya", "ja"), ("sam", "en")):
        await add_person(app, name, language, team="Khan Solar")
    await add_person(app, "solo", "en")  # in no team: nothing to submit, no deadline reminder
    sent = []
    for moment in ("2025-01-28T10:00+00:00", "2025-01-30T10:00+00:00", "2025-01-31T08:00+00:00"):
        clock.set(at(moment))
        await tick(app)
        sent.append(texts(channel))
        channel.sent.clear()
    # Read in January 2025, the date of the deadline is in the Mongolian reader's year.
    assert sent == [
        [
            (
                "bat",
                f"Сануулга: «Эцсийн илтгэл» шатны эцсийн хугацаа дуусахад {mn_left} үлдлээ.\n"
                "Эцсийн хугацаа: 1-р сарын 31 (Ба) 18:00\n"
                "Khan Solar баг хараахан илгээгээгүй байна.",
            ),
            (
                "aya",
                f"リマインダー：「最終ピッチ資料」の締め切りまで残り{ja_left}です。\n"
                "締め切り：2025年1月31日（金）19:00（日本時間）\n"
                "チーム「Khan Solar」はまだ提出していません。",
            ),
            (
                "sam",
                f"Reminder: the deadline for “Final deck” is in {en_left}.\n"
                "Deadline: Fri, Jan 31, 2025 18:00\n"
                "Team Khan Solar has not submitted yet.",
            ),
        ]
        for mn_left, ja_left, en_left in (
            ("3 хоног", "3日", "3 days"),
            ("1 хоног", "1日", "1 day"),
            ("2 цаг", "2時間", "2 hours"),
        )
    ]
    clock.set(at("2025-01-31T10:00+00:00"))  # the deadline: nothing more, ever
    assert (await tick(app)).claimed == 0


async def test_a_team_that_submits_gets_no_more_deadline_reminders(
    app: App, clock: FixedClock, tmp_path: Path
) -> None:
    channel = sink(app)
    chat = Chat(app, tmp_path / "console", user="bat")
    await add_person(app, "sam", "en", team="Khan Solar")
    await add_person(app, "tuya", "en", team="Gobi Water")
    await add_person(app, "bat", "en", team="Khan Solar", channel="console")
    clock.set(FINAL_72H)
    await tick(app)
    assert [who for who, _ in texts(channel)] == ["sam", "tuya"]

    # Bat hands in Khan Solar's final deck through the real upload path.
    deck = tmp_path / "final.pdf"
    deck.write_bytes(pdf_bytes())
    await chat.say(f"/file {deck}", "2")  # the interim deck still takes late versions
    receipt = await chat.say(f"/file {deck}")
    assert receipt.startswith("Received: Final deck, version 1")
    channel.sent.clear()
    clock.set(at("2025-01-30T10:00+00:00"))
    stats = await tick(app)
    assert texts(channel) == [
        (
            "tuya",
            "Reminder: the deadline for “Final deck” is in 1 day.\n"
            "Deadline: Fri, Jan 31, 2025 18:00\n"
            "Team Gobi Water has not submitted yet.",
        )
    ]
    assert stats.by_status == {"sent": 1, "skipped": 2}


async def test_event_reminders_and_the_morning_agenda(app: App, clock: FixedClock) -> None:
    channel = sink(app)
    await add_person(app, "sam", "en")
    await add_person(app, "aya", "ja")
    sent = []
    # 24 h and 1 h before 13:30 Ulaanbaatar on 20 November; the agenda at 08:00 local each.
    for moment in (
        "2024-11-19T05:30:05+00:00",  # a tick a few seconds late still says "1 day 0 hours"
        "2024-11-19T23:00+00:00",  # 08:00 in Tokyo
        "2024-11-20T00:00+00:00",  # 08:00 in Ulaanbaatar
        "2024-11-20T04:30+00:00",
    ):
        clock.set(at(moment))
        await tick(app)
        sent.append(texts(channel))
        channel.sent.clear()
    agenda_en = "\n".join(
        [
            "13:30 Registration",
            "14:00 Networking",
            "15:30 Organizer's remarks (JICA)",
            "15:35 Introduction to MICS2024 initiatives (JUGAMO)",
            "15:50 Pitches by the collaborative project teams (10 teams)",
            "17:00 Pitches by Social Innovator Hub (SIH) participants",
            '17:10 Panel discussion "Initiatives for cooperation between Japanese and Mongolian stakeholders"',
            "17:40 Presentation of two JICA-supported projects",
        ]
    )
    assert sent[0] == [
        (
            "sam",
            "Reminder: “MICS2024 interim event” starts in 1 day.\n"
            "Starts: Wed, Nov 20, 2024 13:30\n"
            "Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
            "Languages spoken: Mongolian, Japanese",
        ),
        (
            "aya",
            "リマインダー：「MICS2024 中間イベント」の開始まであと1日です。\n"
            "開始：2024年11月20日（水）14:30（日本時間）\n"
            "会場：ウランバートル・チュールガ（ウランバートル）\n"
            "使用言語：モンゴル語・日本語",
        ),
    ]
    assert [who for who, _ in sent[1]] == ["aya"]
    assert sent[1][0][1].startswith(
        "本日：「MICS2024 中間イベント」\n開始：2024年11月20日（水）14:30（日本時間）\n"
    )
    assert sent[1][0][1].endswith(
        "アジェンダ（日本時間）：\n14:30 受付\n15:00 ネットワーキング\n16:30 主催者挨拶（JICA）\n16:35 MICS2024の取り組み紹介（JUGAMO）\n16:50 共創プロジェクトチームによるピッチ（10チーム）\n18:00 Social Innovator Hub（SIH）参加者によるピッチ\n18:10 パネルディスカッション「日本とモンゴルの関係者間の協力に向けた取り組み」\n18:40 JICA支援プロジェクト2件の紹介"
    )
    assert sent[2] == [
        (
            "sam",
            "Today: “MICS2024 interim event”\n"
            "Starts: Wed, Nov 20, 2024 13:30\n"
            "Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
            "Languages spoken: Mongolian, Japanese\n"
            "Agenda (Ulaanbaatar time):\n" + agenda_en,
        ),
    ]
    assert [(who, text.split("\n")[0]) for who, text in sent[3]] == [
        (
            "sam",
            "Reminder: “MICS2024 interim event” starts in 1 hour.",
        ),
        (
            "aya",
            "リマインダー：「MICS2024 中間イベント」の開始まであと1時間です。",
        ),
    ]


async def test_a_muted_category_is_not_sent(chat: Chat, app: App, clock: FixedClock) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/reminders") == (
        "Your reminders:\n"
        "• Deadlines: on\n"
        "• Events: on\n"
        "• Event-day agenda: on\n"
        "Press a button to switch one on or off.\n"
        "[1] 🔔 Deadlines\n"
        "[2] 🔔 Events\n"
        "[3] 🔔 Event-day agenda\n\n"
    )
    assert await chat.say("2") == (
        "Your reminders:\n"
        "• Deadlines: on\n"
        "• Events: off\n"
        "• Event-day agenda: on\n"
        "Press a button to switch one on or off.\n"
        "[1] 🔔 Deadlines\n"
        "[2] 🔕 Events\n"
        "[3] 🔔 Event-day agenda\n\n"
    )
    clock.set(at("2024-11-19T05:30+00:00"))
    stats = await tick(app)
    assert (stats.claimed, stats.by_status, chat.out.getvalue().count("Reminder")) == (
        1,
        {"skipped": 1},
        0,
    )
    await chat.say("/reminders", "2")  # on again: the 1-hour reminder comes
    clock.set(at("2024-11-20T04:30+00:00"))
    await tick(app)
    assert chat.out.getvalue().endswith(
        "Reminder: “MICS2024 interim event” starts in 1 hour.\n"
        "Starts: Wed, Nov 20, 2024 13:30\n"
        "Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
        "Languages spoken: Mongolian, Japanese\n"
        "[1] Details\n\n"
    )


QUIET_PROGRAM = """
id = "mics-2024"
time_zone = "Asia/Ulaanbaatar"
name = "Quiet"
[submissions]
reminder_hours = [2]
[[stages]]
id = "early"
name = "Early"
opens = 2024-12-01T09:00:00+08:00
deadline = 2024-12-02T08:30:00+08:00
[[stages]]
id = "dawn"
name = "Dawn"
opens = 2024-12-01T09:00:00+08:00
deadline = 2024-12-02T07:00:00+08:00
"""


async def test_quiet_hours_in_ulaanbaatar_and_tokyo(
    tmp_path: Path,
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
) -> None:
    program = tmp_path / "quiet.toml"
    program.write_text(QUIET_PROGRAM, encoding="utf-8")
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    try:
        await add_person(app, "bat", "mn", team="A")  # Asia/Ulaanbaatar
        await add_person(app, "aya", "ja", team="A")  # Asia/Tokyo
        clock.set(at("2024-12-01T22:45+00:00"))  # 06:45 in Ulaanbaatar: both are due soon
        await plan(app)
        async with app.sessions() as session:
            rows = (await session.scalars(select(Delivery).order_by(Delivery.id))).all()
            due = sorted((r.dedup_key.split(":")[2], r.participant_id, r.due_at) for r in rows)
    finally:
        await app.close()
    utc = lambda text: datetime.fromisoformat(text).astimezone(UTC)  # noqa: E731
    assert due == [
        # 2 h before 07:00 is 05:00 Ulaanbaatar (06:00 Tokyo): quiet, but 08:00 is after the
        # deadline in both zones, so it stays.
        ("dawn", 1, utc("2024-12-02T05:00+08:00")),
        ("dawn", 2, utc("2024-12-02T05:00+08:00")),
        # 2 h before 08:30 is 06:30 Ulaanbaatar: moved to 08:00 there; 07:30 in Tokyo: moved
        # to 08:00 Tokyo (07:00 Ulaanbaatar).
        ("early", 1, utc("2024-12-02T08:00+08:00")),
        ("early", 2, utc("2024-12-02T08:00+09:00")),
    ]


async def test_a_reminder_missed_while_down_is_sent_once_while_it_still_means_something(
    app: App, clock: FixedClock
) -> None:
    channel = sink(app)
    await add_person(app, "sam", "en", team="Khan Solar")
    # Down from before the 72-hour mark until 30 hours before the deadline: the 72-hour
    # reminder still means something (the 24-hour one is not due yet), once.
    clock.set(at("2025-01-30T04:00+00:00"))
    await tick(app)
    await tick(app)
    assert texts(channel) == [
        (
            "sam",
            "Reminder: the deadline for “Final deck” is in 1 day 6 hours.\n"
            "Deadline: Fri, Jan 31, 2025 18:00\n"
            "Team Khan Solar has not submitted yet.",
        )
    ]
    channel.sent.clear()
    # Down again past the 24-hour and the 2-hour marks, back after the deadline: nothing.
    clock.set(at("2025-01-31T10:30+00:00"))
    assert ((await tick(app)).claimed, texts(channel)) == (0, [])


async def test_a_moved_deadline_is_replanned_without_duplicates(
    tmp_path: Path,
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
) -> None:
    program = tmp_path / "moving.toml"
    text = QUIET_PROGRAM.split('[[stages]]\nid = "dawn"')[0].replace("[2]", "[24]")
    program.write_text(text, encoding="utf-8")
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    channel = sink(app)

    async def move_deadline(to: str) -> None:
        program.write_text(text.replace("2024-12-02T08:30", to), encoding="utf-8")
        await load_programs(app.sessions, [str(program)], clock)

    try:
        await add_person(app, "sam", "en", team="A")
        clock.set(at("2024-12-01T00:20+00:00"))  # the 24-hour reminder is due at 00:30Z
        await tick(app)
        assert [(r.status, r.due_at) for r in await _rows(app)] == [
            ("pending", at("2024-12-01T00:30+00:00"))
        ]
        await move_deadline("2024-12-04T08:30")
        clock.set(at("2024-12-01T00:30+00:00"))
        await tick(app)
        assert [(r.status, r.due_at) for r in await _rows(app)] == [
            ("pending", at("2024-12-03T00:30+00:00"))
        ]
        assert texts(channel) == []
        clock.set(at("2024-12-03T00:30+00:00"))
        await tick(app)
        await tick(app)
        assert texts(channel) == [
            (
                "sam",
                "Reminder: the deadline for “Early” is in 1 day.\n"
                "Deadline: Wed, Dec 4, 2024 08:30\n"
                "Team A has not submitted yet.",
            )
        ]
        # Moved again after it was sent: the same person, item and offset is not sent twice.
        await move_deadline("2024-12-05T08:30")
        clock.set(at("2024-12-04T00:30+00:00"))
        await tick(app)
        assert [(r.status, len(channel.sent)) for r in await _rows(app)] == [("sent", 1)]
    finally:
        await app.close()


async def _rows(app: App) -> list[Delivery]:
    async with app.sessions() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.id)))
