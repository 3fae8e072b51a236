"""The organizers' side of the helpdesk: /helpdesk in order, stats exact on a fixed clock,
the reminder of an unanswered question (once), the helpdesk group, a question opened on
someone's behalf, and an organizer of another program."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from handlers.helpdesk import helpdesk_stats, open_thread, open_threads
from storage.helpdesk import About
from storage.uow import UnitOfWork
from tests.helpdesk_support import (
    ORGANIZERS,
    app,
    ask,
    delivered,
    everyone,
    outbox_rows,
    press,
)
from tests.support import Chat

__all__ = ["app"]

HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)


async def _answer(chat: Chat, organizer: str, number: int, text: str) -> None:
    await chat.say(f"/as {organizer}")
    await press(chat, f"hd:r:{number}")
    await chat.say(text)


async def test_the_list_puts_unclaimed_first_then_the_oldest_with_waiting_times(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await everyone(chat)
    await ask(chat, "aya", "懇親会の会場はどこですか？", "1", "1")  # #1 at 09:00
    clock.advance(HOUR)
    await ask(chat, "bat", "Ментортой хэрхэн холбогдох вэ?", "1", "1", "1")  # #2 at 10:00
    clock.advance(HOUR)
    await ask(chat, "aya", "名札は受付でもらえますか？", "1", "1")  # #3 at 11:00
    await delivered(chat)
    await chat.say("/as kenji")
    await press(chat, "hd:c:1")
    clock.advance(30 * MINUTE)  # 11:30
    assert await chat.say("/as tuya", "/helpdesk") == (
        "Нээлттэй асуултууд (3) — хариуцагчгүй нь эхэндээ, дараа нь хамгийн эртнийх нь:\n"
        "№2 · 1 цаг 30 минут хүлээж байна · хариуцагчгүй · bat (Nar баг): Ментортой хэрхэн "
        "холбогдох вэ?\n"
        "№3 · 30 минут хүлээж байна · хариуцагчгүй · aya: 名札は受付でもらえますか？\n"
        "№1 · 2 цаг 30 минут хүлээж байна · хариуцагч: kenji · aya: 懇親会の会場はどこですか？\n"
        "[1] №2\n[2] №3\n[3] №1\n\n"
    )
    await _answer(chat, "kenji", 1, "Ulaanbaatar Chuulgaの2階です。")
    clock.advance(10 * MINUTE)
    assert await chat.say("/as kenji", "/helpdesk") == (
        "未解決の質問（3件。担当者なしを先に、古い順）：\n"
        "#2・1時間40分待ち・担当者なし・bat（チーム「Nar」）：Ментортой хэрхэн холбогдох вэ?\n"
        "#3・40分待ち・担当者なし・aya：名札は受付でもらえますか？\n"
        "#1・10分前に回答済み・aya：懇親会の会場はどこですか？\n"
        "[1] #2\n[2] #3\n[3] #1\n\n"
    )
    async with app.sessions() as session:
        listed = await open_threads(UnitOfWork(session), "mics-2024")
    assert [(t.number, t.awaiting, t.claimed_by, t.waiting(clock.now())) for t in listed] == [
        (2, "organizers", None, 100 * MINUTE),
        (3, "organizers", None, 40 * MINUTE),
        (1, "person", "kenji", 10 * MINUTE),
    ]


async def test_stats_are_exact_on_a_fixed_clock(app: App, chat: Chat, clock: FixedClock) -> None:
    """#1 answered after 20 minutes and closed after 2 hours; #2 answered after 1 hour and
    closed after 3 hours; #3 answered after 4 hours, still open; #4 and #5 not answered."""
    await everyone(chat)
    start = clock.now()

    def at(delta: timedelta) -> None:
        clock.set(start + delta)

    for name in ("aya", "aya", "aya", "aya"):
        await ask(chat, name, "懇親会の会場はどこですか？", "1", "1")
    at(30 * MINUTE)
    await ask(chat, "bat", "Ментортой хэрхэн холбогдох вэ?", "1", "1", "1")  # #5
    await delivered(chat)
    at(20 * MINUTE)
    await _answer(chat, "tuya", 1, "2階です。")
    at(HOUR)
    await _answer(chat, "kenji", 2, "2階です。")
    at(2 * HOUR)
    await press(chat, "hd:x:1")
    at(3 * HOUR)
    await press(chat, "hd:x:2")
    at(4 * HOUR)
    await _answer(chat, "tuya", 3, "2階です。")
    at(5 * HOUR)
    assert await chat.say("/as tuya", "/helpdesk stats") == (
        "Лавлагааны үзүүлэлт:\n"
        "Нээлттэй: 3 (хариулаагүй: 2); хаагдсан: 2\n"
        "Анхны хариулт хүртэлх хугацааны медиан: 1 цаг\n"
        "Хаах хүртэлх хугацааны медиан: 2 цаг 30 минут\n"
        "Хамгийн удаан хүлээж буй:\n"
        "№4 · 5 цаг хүлээж байна · хариуцагчгүй · aya: 懇親会の会場はどこですか？\n"
        "№5 · 4 цаг 30 минут хүлээж байна · хариуцагчгүй · bat (Nar баг): Ментортой хэрхэн "
        "холбогдох вэ?\n"
        "[1] №4\n[2] №5\n\n"
    )
    async with app.sessions() as session:
        stats = await helpdesk_stats(UnitOfWork(session), "mics-2024")
    assert (
        stats.open,
        stats.unanswered,
        stats.closed,
        stats.median_first_answer,
        stats.median_close,
        [t.number for t in stats.slowest],
    ) == (3, 2, 2, HOUR, 150 * MINUTE, [4, 5])


async def test_stats_before_any_answer(app: App, chat: Chat) -> None:
    await everyone(chat)
    assert await chat.say("/as kenji", "/helpdesk stats") == (
        "ヘルプデスクの状況：\n"
        "未解決：0件（未回答：0件）、完了：0件\n"
        "最初の回答までの時間（中央値）：まだありません\n"
        "完了までの時間（中央値）：まだありません\n"
        "待ち時間の長い質問：\n"
        "回答待ちの質問はありません\n\n"
    )
    assert await chat.say("/helpdesk") == "未解決の質問はありません。\n\n"
    assert await chat.say("/helpdesk later") == (
        "/helpdesk で未解決の質問を、/helpdesk stats で回答の速さを表示し、/helpdesk export "
        "ですべての質問をCSVファイルでお送りします。\n\n"
    )


async def test_an_unanswered_question_reminds_the_organizers_once_after_24_hours(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await everyone(chat)
    await ask(chat, "aya", "懇親会の会場はどこですか？", "1", "1")
    await delivered(chat)
    clock.advance(23 * HOUR + 44 * MINUTE)
    assert await delivered(chat) == ""  # planned for 24 h, not due yet
    clock.advance(16 * MINUTE)
    assert await delivered(chat) == (
        "→ tuya\n"
        "№1 асуулт 1 хоног хугацаанд хариултгүй хүлээж байна. Асуусан: aya\n"
        "懇親会の会場はどこですか？\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
        "→ kenji\n"
        "質問 #1（質問者：aya）は1日にわたり未回答です。\n"
        "懇親会の会場はどこですか？\n"
        "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
    )
    clock.advance(24 * HOUR)
    assert await delivered(chat) == ""  # once


async def test_an_answer_before_the_reminder_cancels_it(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    """With ``HELPDESK_REMIND_HOURS=2``: #1 is answered in time and says nothing more; #2
    reminds after two hours."""
    settings = settings_for(organizers=ORGANIZERS, HELPDESK_REMIND_HOURS="2")
    application = await build_app(settings, clock, translator)
    try:
        chat = Chat(application, tmp_path / "console-files")
        await everyone(chat)
        await ask(chat, "aya", "懇親会の会場はどこですか？", "1", "1")
        await ask(chat, "aya", "名札は受付でもらえますか？", "1", "1")
        await delivered(chat)
        clock.advance(HOUR)
        await _answer(chat, "tuya", 1, "2階です。")
        await delivered(chat)
        clock.advance(HOUR)
        assert await delivered(chat) == (  # tuya's console: her own messages have no arrow
            "№2 асуулт 2 цаг хугацаанд хариултгүй хүлээж байна. Асуусан: aya\n"
            "名札は受付でもらえますか？\n"
            "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
            "→ kenji\n"
            "質問 #2（質問者：aya）は2時間にわたり未回答です。\n"
            "名札は受付でもらえますか？\n"
            "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
        )
        reminders = [
            (key, status) for key, _, status in await outbox_rows(application) if "remind" in key
        ]
        assert reminders == [("hd:2:remind:p1", "sent"), ("hd:2:remind:p2", "sent")]
    finally:
        await application.close()


async def test_the_helpdesk_group_hears_of_new_questions_and_any_organizer_may_answer(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    settings = settings_for(organizers=ORGANIZERS, HELPDESK_GROUP="console:kenji")
    application = await build_app(settings, clock, translator)
    try:
        chat = Chat(application, tmp_path / "console-files")
        await everyone(chat)
        await ask(chat, "bat", "Ментортой хэрхэн холбогдох вэ?", "1", "2", "1")
        assert await delivered(chat) == (
            "→ kenji\n"
            "新しい質問 #1（個人的な質問、モンゴル語）\n"
            "質問者：bat\n"
            "Ментортой хэрхэн холбогдох вэ?\n"
            "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
        )
        await _answer(chat, "tuya", 1, "Менторын уулзалтыг /session тушаалаар хүснэ үү.")
        assert await delivered(chat) == (
            "→ kenji\n"
            "質問 #1 の担当：tuya\n"
            "[1] #1\n\n"
            "→ bat\n"
            "Зохион байгуулагчдаас таны №1 асуултад өгсөн хариулт:\n\n"
            "Менторын уулзалтыг /session тушаалаар хүснэ үү.\n"
            "[1] Хариу бичих\n[2] Шийдэгдсэн, хаах\n\n"
        )
    finally:
        await application.close()


async def test_a_thread_opened_on_someones_behalf(app: App, chat: Chat) -> None:
    """``open_thread``, as the progress reports call it for a "help needed" answer."""
    await everyone(chat)
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        bat = await uow.participants.find("console", "bat")
        team = await uow.teams.team_of(bat.id, "mics-2024") if bat else None
        assert bat is not None and team is not None
        thread = await open_thread(
            uow,
            app.settings,
            bat,
            "mics-2024",
            "Бидэнд нарны хавтангийн нийлүүлэгчтэй холбогдоход тусламж хэрэгтэй.",
            app.clock.now(),
            about=About.TEAM,
            team_id=team.id,
            origin="progress",
        )
        assert thread.id == 1
    assert await delivered(chat) == (
        "→ tuya\n"
        "Шинэ асуулт №1 — асуусан: bat (Nar багийн тухай, монгол хэлээр):\n"
        "Бидэнд нарны хавтангийн нийлүүлэгчтэй холбогдоход тусламж хэрэгтэй.\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
        "→ kenji\n"
        "新しい質問 #1（チーム「Nar」について、モンゴル語）\n"
        "質問者：bat\n"
        "Бидэнд нарны хавтангийн нийлүүлэгчтэй холбогдоход тусламж хэрэгтэй.\n"
        "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
    )
    async with app.sessions() as session:
        [listed] = await open_threads(UnitOfWork(session), "mics-2024")
    assert (listed.origin, listed.about, listed.team, listed.asker) == (
        "progress",
        "team",
        "Nar",
        "bat",
    )


OTHER_PROGRAM = """id = "monja-2025"
time_zone = "Asia/Tokyo"
name = "MONJA 2025"
"""


async def test_an_organizer_of_another_program_cannot_act_on_its_threads(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    other = tmp_path / "monja.toml"
    other.write_text(OTHER_PROGRAM, encoding="utf-8")
    settings = settings_for(
        organizers=frozenset(), program_files=(str(SHIPPED_PROGRAM), str(other))
    )
    application = await build_app(settings, clock, translator)
    try:
        chat = Chat(application, tmp_path / "console-files")
        await chat.say("/as mika", "/start", "2", "/as yui", "/start", "2")
        async with application.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            mika = await uow.participants.find("console", "mika")
            yui = await uow.participants.find("console", "yui")
            assert mika is not None and yui is not None
            mika.program_id = yui.program_id = "mics-2024"
            await uow.participants.grant(mika, "organizer", clock.now(), "mics-2024")
            await open_thread(
                uow, application.settings, yui, "monja-2025", "ビザの書類は？", clock.now()
            )
        await chat.say("/as mika")
        assert await press(chat, "hd:c:1") == "申し訳ありません。この操作は運営者のみ行えます。\n\n"
        assert await chat.say("/helpdesk") == "未解決の質問はありません。\n\n"
    finally:
        await application.close()


async def test_a_rehearsal_shows_the_reminders_to_come(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    from bot.rehearsal import rehearse

    await everyone(chat)
    await ask(chat, "aya", "懇親会の会場はどこですか？", "1", "1")
    await delivered(chat)
    start = clock.now()
    found = await rehearse(app, start, start + 25 * HOUR, "mics-2024")
    assert [(m.at - start, m.recipient, m.text) for m in found if m.category == "helpdesk"] == [
        (
            24 * HOUR,
            "tuya",
            "№1 асуулт 1 хоног хугацаанд хариултгүй хүлээж байна. Асуусан: aya\n"
            "懇親会の会場はどこですか？",
        ),
        (
            24 * HOUR,
            "kenji",
            "質問 #1（質問者：aya）は1日にわたり未回答です。\n懇親会の会場はどこですか？",
        ),
    ]
