"""Thread texts are personal data: /privacy lists them, /delete_me removes the asker's texts
(the thread stays, "deleted by the person", and what was still to be sent is not), an
organizer's name goes from the threads they answered, and only organizers export threads."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

from bot.app import App
from bot.core.clock import FixedClock
from handlers.helpdesk import helpdesk_stats
from storage.helpdesk import ThreadState
from storage.uow import UnitOfWork
from tests.helpdesk_support import (
    app,
    ask,
    delivered,
    everyone,
    messages,
    outbox_rows,
    press,
    threads,
)
from tests.support import Chat, saved_paths

__all__ = ["app"]

QUESTION = "ビザの招へい状は誰に依頼すればよいですか？"
ANSWER = "JICAモンゴル事務所が発行します。パスポートの写しをお送りください。"


async def asked_and_answered(chat: Chat, clock: FixedClock) -> None:
    await everyone(chat)
    await ask(chat, "aya", QUESTION, "1", "1")
    await delivered(chat)
    clock.advance(timedelta(minutes=30))
    await chat.say("/as tuya")
    await press(chat, "hd:r:1")
    await chat.say(ANSWER)
    await delivered(chat)


async def test_privacy_lists_the_questions_and_the_answers_written(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await asked_and_answered(chat, clock)
    # the lines are in the summary, before the hint at /delete_me
    assert (
        "\nヘルプデスク：ご自身の質問1件と、その中のすべてのメッセージ\n"
        in await chat.say("/as aya", "/privacy")
    )
    assert (
        "\nЛавлагаа: зохион байгуулагчийн хувиар таны бичсэн 1 хариулт (асуусан хүмүүсийн "
        "асуултад үлдэнэ, таны нэр хасагдана)\n" in await chat.say("/as tuya", "/privacy")
    )
    assert "Лавлагаа:" not in await chat.say("/as bat", "/privacy")


async def test_delete_me_removes_the_askers_texts_and_the_thread_stays(
    app: App, chat: Chat, clock: FixedClock, tmp_path: Path
) -> None:
    await asked_and_answered(chat, clock)
    await chat.say("/as aya", "1")  # write back…
    await chat.say("追加の質問です：家族も同行できますか？")  # …a follow-up, not yet delivered
    clock.advance(timedelta(hours=1))
    await chat.say("/delete_me")
    assert await chat.say("1") == "個人情報を削除しました。\n\n"

    assert await delivered(chat) == ""  # the follow-up no longer goes to tuya
    assert await messages(app) == [
        (1, "asker", "", None),
        (1, "organizer", "", None),
        (1, "asker", "", None),
    ]
    [thread] = await threads(app)
    assert (thread.state, thread.asker_id, thread.erased_at, thread.closed_at) == (
        ThreadState.CLOSED,
        None,
        clock.now(),
        clock.now(),
    )
    assert [status for key, _, status in await outbox_rows(app) if key == "hd:1:m3:p1"] == [
        "skipped"
    ]
    assert "ヘルプデスク" not in await chat.say("/privacy")

    # The organizers still see that it was asked and answered, not what.
    assert await chat.say("/as tuya", "/helpdesk") == "Нээлттэй асуулт алга.\n\n"
    assert await press(chat, "hd:s:1") == (
        "№1 асуултыг асуусан хүн устгасан (устгасан огноо: 11-р сарын 18 (Да) 10:30): текстүүд "
        "нь үлдээгүй.\n\n"
    )
    async with app.sessions() as session:
        stats = await helpdesk_stats(UnitOfWork(session), "mics-2024")
    assert (stats.closed, stats.median_first_answer, stats.median_close) == (
        1,
        timedelta(minutes=30),
        None,  # closed by the deletion, not by anyone's answer
    )
    exported = await chat.say("/helpdesk export")
    path = saved_paths(exported)[0]
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows == [
        [
            "number",
            "state",
            "origin",
            "about",
            "team",
            "language",
            "asker",
            "claimed_by",
            "opened_at_utc",
            "first_answer_at_utc",
            "closed_at_utc",
            "messages",
        ],
        [
            "1",
            "deleted",
            "ask",
            "personal",
            "",
            "ja",
            "",
            "tuya",
            "2024-11-18T01:00:00+00:00",
            "2024-11-18T01:30:00+00:00",
            "2024-11-18T02:30:00+00:00",
            "",
        ],
    ]


async def test_an_organizers_delete_me_keeps_their_answer_in_the_askers_thread(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    await asked_and_answered(chat, clock)
    await chat.say("/as tuya", "/delete_me")
    await chat.say("1")
    assert await messages(app) == [(1, "asker", QUESTION, None), (1, "organizer", ANSWER, None)]
    [thread] = await threads(app)
    assert (thread.claimed_by, thread.state) == (None, ThreadState.OPEN)
    clock.advance(timedelta(minutes=30))
    assert await chat.say("/as kenji", "/helpdesk") == (
        "未解決の質問（1件。担当者なしを先に、古い順）：\n"
        f"#1・30分前に回答済み・aya：{QUESTION}\n"
        "[1] #1\n\n"
    )
    assert await chat.say("1") == (
        "質問 #1（質問者：aya、個人的な質問、日本語）・担当者なし\n"
        "メッセージ（日本時間）：\n"
        f"11/18（月）10:00 質問者：{QUESTION}\n"
        f"11/18（月）10:30 名前なし（運営者）：{ANSWER}\n"
        "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
    )


async def test_the_export_is_for_organizers_only(app: App, chat: Chat, clock: FixedClock) -> None:
    await asked_and_answered(chat, clock)
    assert await chat.say("/as aya", "/helpdesk export") == (
        "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    )
    exported = await chat.say("/as kenji", "/helpdesk export")
    assert exported.startswith(
        "すべての質問（1件）とそのメッセージです（時刻はUTC）。\n[ファイル] helpdesk-mics-2024.csv"
    )
    path = saved_paths(exported)[0]
    [_, row] = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert row[-1] == (
        f"[asker 2024-11-18T01:00+00:00] {QUESTION}\n\n[organizer 2024-11-18T01:30+00:00] {ANSWER}"
    )
