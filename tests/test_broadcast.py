"""/broadcast through the console: the composer in mn and ja, the preview, fallback of a
missing language, refusal, scheduling, delivery with live progress, /broadcasts, CSV, cancel."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import App
from bot.core.clock import FixedClock
from bot.core.messages import Purpose, RenderedMessage
from bot.core.ports import CollectingChannel, Recipient, SendResult
from bot.delivery import outbox_dispatcher
from storage.models import Delivery
from tests.broadcast_support import ticked
from tests.support import Chat
from tests.timeline_support import add_person, sink, texts

MN = "Маргааш 10:00 цагт <b>уулзалт</b> болно."
JA = "明日10時に<b>ミーティング</b>があります。"


async def organizer(chat: Chat, language_button: str) -> None:
    await chat.say("/as org", "/start", language_button)


async def statuses(app: App) -> list[tuple[int, str]]:
    async with app.sessions() as session:
        rows = await session.scalars(select(Delivery).where(Delivery.category == "broadcast"))
        return sorted((row.participant_id, row.status) for row in rows)


async def test_composer_in_mongolian_previews_sends_and_reports(app: App, chat: Chat) -> None:
    channel = sink(app)
    bat = await add_person(app, "bat", "mn")
    aya = await add_person(app, "aya", "ja")
    sam = await add_person(app, "sam", "en")
    await organizer(chat, "1")
    assert await chat.say("/broadcast") == (
        "Зарлалыг хэнд илгээх вэ?\n"
        "[1] Хөтөлбөрийн бүх хүн\n"
        "[2] Оролцогчид\n"
        "[3] Багийн ахлагчид\n"
        "[4] Менторууд\n"
        "[5] Илгээгээгүй багууд\n"
        "[6] Нэг баг\n"
        "[7] Надад (туршилт)\n"
        "[8] Шалгарсан багууд\n"
        "[9] Шалгараагүй багууд\n"
        "[10] Шүүгчид\n"
        "[11] Зочид\n"
        "[12] Цуцлах\n\n"
    )
    await chat.say("2", MN)
    assert await chat.say(JA) == (
        "Зарлалаа англи хэлээр бичнэ үү, эсвэл алгасна уу. Алгасвал уншигчид өөр хэлний хувилбарыг "
        "хүлээн авна.\n"
        "[1] Алгасах\n"
        "[2] ‹ Буцах\n"
        "[3] Цуцлах\n\n"
    )
    assert await chat.say("1") == (
        "Зарлалд файл хавсаргана уу, эсвэл хавсралтгүй илгээнэ үү. Баримт бичиг (PDF, Word, "
        "PowerPoint, Excel, эсвэл файлаар илгээсэн зураг) 50 МБ хүртэл, зураг (JPEG эсвэл PNG) 50 "
        "МБ хүртэл байж болно. Хавсралт нь хэл бүрийн хувилбартай хамт очно.\n"
        "[1] Хавсралтгүй\n"
        "[2] ‹ Буцах\n"
        "[3] Цуцлах\n\n"
    )
    assert await chat.say("1") == (
        "Зарлалын монгол хувилбарыг уншигчид яг ингэж хүлээн авна:\n"
        "\n"
        f"{MN}\n"
        "\n"
        "Зарлалын япон хувилбарыг уншигчид яг ингэж хүлээн авна:\n"
        "\n"
        f"{JA}\n"
        "\n"
        "Хөтөлбөр: MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, хамтын бүтээл\n"
        "Хүлээн авагч: 3\n"
        "test, монгол хэлээр: 1\n"
        "test, монгол хэлээр (англи хэлтэй уншигчид): 1\n"
        "test, япон хэлээр: 1\n"
        "Ботыг хаасан (хүлээн авахгүй): 0\n"
        "[1] Одоо илгээх\n"
        "[2] Цаг товлох\n"
        "[3] ‹ Буцах\n"
        "[4] Цуцлах\n\n"
    )
    assert await chat.say("1") == ("№1 зарлал 3 хүнд илгээгдэж байна. Явцыг энд харуулна.\n\n")
    assert await ticked(app, chat) == (
        "№1 зарлалын илгээлт дууслаа.\n"
        "Илгээсэн: 3 / 3\n"
        "Алдаа: 0\n"
        "Ботыг хаасан: 0\n"
        "Бот руу бичихийг хүлээж буй (Messenger): 0\n"
        "[1] Тайлан (CSV)\n\n"
    )
    assert texts(channel) == [("bat", MN), ("aya", JA), ("sam", MN)]
    assert await statuses(app) == [(bat, "sent"), (aya, "sent"), (sam, "sent")]


async def test_composer_in_japanese_with_a_fallback_chain_for_english_readers(
    app: App, chat: Chat, settings_for: object
) -> None:
    channel = sink(app)
    await add_person(app, "bat", "mn")
    await add_person(app, "sam", "en")
    await organizer(chat, "2")
    app.settings = app.settings.model_copy(update={"broadcast_fallback": ("ja", "mn")})
    app.dispatcher.settings = app.settings
    await chat.say("/broadcast", "2", "1")  # participants; no Mongolian version
    assert await chat.say(JA, "1", "1") == (
        "英語のお知らせ本文を入力してください。スキップした場合、その言語の読者には別の言語版が届きます。\n"
        "[1] スキップ\n"
        "[2] ‹ 戻る\n"
        "[3] キャンセル\n"
        "\n"
        "お知らせに添付するファイルを送ってください。添付なしでも送信できます。文書（PDF、Word、PowerPoint、Excel、またはファイルとして送った画像）は50 MBまで、写真（JPEGまたはPNG）は50 MBまでです。添付はすべての言語版に付きます。\n"
        "[1] 添付なし\n"
        "[2] ‹ 戻る\n"
        "[3] キャンセル\n"
        "\n"
        "日本語版の読者には、次のとおり届きます：\n"
        "\n"
        f"{JA}\n"
        "\n"
        "プログラム：MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創\n"
        "送信先：2\n"
        "日本語（モンゴル語の読者向け）・test：1\n"
        "日本語（英語の読者向け）・test：1\n"
        "ボットをブロック（届きません）：0\n"
        "[1] 今すぐ送信\n"
        "[2] 予約送信\n"
        "[3] ‹ 戻る\n"
        "[4] キャンセル\n\n"
    )
    assert await chat.say("1") == "お知らせ#1を2人に送信しています。進捗はここに表示します。\n\n"
    await ticked(app, chat)
    assert texts(channel) == [("bat", JA), ("sam", JA)]


async def test_only_organizers_may_broadcast(app: App, chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/broadcast") == "Sorry, that is only for organizers.\n\n"
    assert await chat.say("/broadcasts") == "Sorry, that is only for organizers.\n\n"


async def test_an_empty_a_too_long_or_no_text_is_refused(app: App, chat: Chat) -> None:
    await organizer(chat, "3")
    await chat.say("/broadcast", "7")
    assert await chat.say("x" * 4097) == (
        "The announcement is too long: 4,097 characters, at most 4,096. "
        "Shorten it and send it again.\n\n"
    )
    await chat.say("1", "1")  # skip Mongolian and Japanese
    assert await chat.say("1") == "Write the announcement in at least one language.\n\n"
    assert (await chat.say("x" * 4096, "1")).startswith(
        "Attach a file to the announcement, or send it without one. A document (PDF, Word, "
        "PowerPoint, Excel, or a picture sent as a file) may have up to 50 MB, a photo (JPEG or "
        "PNG) up to 50 MB. It goes with every language version.\n"
        "[1] No attachment\n[2] ‹ Back\n[3] Cancel\n\n"
        "This is what readers of the English version will receive:\n\n" + "x" * 4096 + "\n\n"
    )


async def test_a_scheduled_broadcast_waits_for_its_time(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    await add_person(app, "bat", "mn")
    await organizer(chat, "3")
    await chat.say("/broadcast", "2", MN, "1", "1", "1")
    assert await chat.say("2") == (
        "When should it go out? Write the date and time in your time zone, like "
        "2024-11-18 09:00.\n[1] ‹ Back\n[2] Cancel\n\n"
    )
    assert await chat.say("tomorrow") == (
        "I could not read that time. Write it like 2024-11-20 18:30.\n\n"
    )
    assert await chat.say("2024-11-18 08:00") == (
        "That time has already passed. Choose a time in the future.\n\n"
    )
    assert await chat.say("2024-11-18 18:30") == (
        "Broadcast #1 is scheduled for Mon, Nov 18, 2024 18:30. Its audience is counted when it "
        "starts; now it would reach 1 people. You can edit or cancel it until then.\n"
        "[1] Edit #1\n[2] Cancel #1\n\n"
    )
    assert await ticked(app, chat) == ""
    assert texts(channel) == []
    clock.advance(timedelta(hours=9, minutes=30))
    await ticked(app, chat)
    assert texts(channel) == [("bat", MN)]


async def test_progress_is_edited_at_most_every_3_seconds_then_reported(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    for name in ("a", "b", "c", "d"):
        await add_person(app, name, "en")
    await organizer(chat, "3")
    await chat.say("/broadcast", "2", MN, "1", "1", "1", "1")
    outbox = outbox_dispatcher(app)
    outbox.batch_size = 1
    seen = []
    for step in (0, 1, 2, 1, 0):
        clock.advance(timedelta(seconds=step))
        mark = chat.out.tell()
        await outbox.run_once(max_batches=1)
        chat.out.seek(mark)
        seen.append(chat.out.read())
        chat.out.seek(0, 2)
    progress = (
        "Broadcast #1: sent {sent} / 4 · failed 0 · blocked 0 · waiting {waiting} · "
        "about 1 minute left\n[1] Stop the broadcast\n\n"
    )
    assert seen == [
        progress.format(sent=1, waiting=3),
        "",  # 1 s later: not yet
        progress.format(sent=3, waiting=1),  # 3 s after the first
        "",  # the last one is out: the final report is queued for the next batch
        "Broadcast #1 is finished.\nSent: 4 / 4\nFailed: 0\nBlocked the bot: 0\n"
        "Waiting until they write to the bot (Messenger): 0\n[1] Report (CSV)\n\n",
    ]
    assert len(texts(channel)) == 4


async def test_stop_cancels_what_has_not_left_and_nothing_is_sent_twice(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    channel = sink(app)
    people = [await add_person(app, name, "en") for name in ("a", "b", "c")]
    await organizer(chat, "3")
    await chat.say("/broadcast", "2", MN, "1", "1", "1", "1")
    outbox = outbox_dispatcher(app)
    outbox.batch_size = 1
    await outbox.run_once(max_batches=1)
    assert await chat.say("1") == (
        "Broadcast #1 is stopped: 2 messages will not be sent; 1 were already delivered.\n\n"
    )
    assert await chat.say("1") == "Broadcast #1 is already over.\n\n"
    clock.advance(timedelta(minutes=1))
    await ticked(app, chat)
    assert texts(channel) == [("a", MN)]
    assert await statuses(app) == [
        (people[0], "sent"),
        (people[1], "cancelled"),
        (people[2], "cancelled"),
    ]
    assert await chat.say("/broadcasts") == (
        "Broadcasts of MICS 2024: Mongolia Open Innovation and Co-creation for SDGs:\n"
        "#1 Mon, Nov 18, 2024 09:00 · Participants · cancelled · sent 1 / 3 · "
        "failed 0 · blocked 0 · waiting 0 · read on Messenger 0\n[1] Report of #1 (CSV)\n\n"
    )


async def test_csv_lists_every_recipient_and_their_status(app: App, chat: Chat) -> None:
    sink(app)
    await add_person(app, "bat", "mn")
    await organizer(chat, "3")
    await chat.say("/broadcast", "2", MN, "1", "1", "1", "1")
    await ticked(app, chat)
    out = await chat.say("/broadcasts", "1")
    assert out.splitlines()[4] == "Every recipient of broadcast #1 and their status."
    saved = sorted((chat.console.downloads / "org").glob("*.csv"))
    assert [p.name for p in saved] == ["broadcast-1.csv"]
    assert saved[0].read_text(encoding="utf-8").splitlines() == [
        "\ufeffparticipant_id,name,channel,language,version,status,sent_at,read_at,error",
        "1,bat,test,mn,mn,sent,2024-11-18T01:00:00+00:00,,",
    ]


async def test_no_broadcasts_yet(app: App, chat: Chat) -> None:
    await organizer(chat, "3")
    assert await chat.say("/broadcasts") == "There have been no broadcasts yet.\n\n"


class DiesOnSecondSend(CollectingChannel):
    """A channel whose process dies while the second message is in flight: that send never
    comes back, and the test kills the dispatcher's task."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.in_flight = asyncio.Event()

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        if len(self.sent) == 1:
            self.in_flight.set()
            await asyncio.Event().wait()
        return await super().send(recipient, message, purpose)


async def die_in_the_second_send(app: App, chat: Chat, owner: str) -> list[int]:
    """Four recipients; the first gets the broadcast, then the process dies sending the next."""
    dying = DiesOnSecondSend("test")
    app.add_channel(dying)
    people = [await add_person(app, name, "en") for name in ("a", "b", "c", "d")]
    await organizer(chat, "3")
    await chat.say("/broadcast", "2", MN, "1", "1", "1", "1")
    first = outbox_dispatcher(app, owner=owner)
    first.lanes = 1
    running = asyncio.create_task(first.run_once())
    await dying.in_flight.wait()
    while (await statuses(app))[0][1] != "sent":  # a's outcome is committed, b is in flight
        await asyncio.sleep(0.01)
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert texts(dying) == [("a", MN)]
    return people


async def test_a_broadcast_continues_after_a_restart_and_nobody_gets_it_twice(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    people = await die_in_the_second_send(app, chat, owner="worker-1")
    restarted = sink(app)  # the new process, with a healthy channel, under the same name
    await outbox_dispatcher(app, owner="worker-1").run_once()
    # b's send was in flight at the crash: it may have arrived, and is sent again.
    assert texts(restarted) == [("b", MN), ("c", MN), ("d", MN)]
    assert await statuses(app) == [(person, "sent") for person in people]
    async with app.sessions() as session:  # the crash used up no row's attempts
        attempts = await session.scalars(
            select(Delivery.attempts).where(Delivery.category == "broadcast")
        )
        assert list(attempts) == [1, 1, 1, 1]


async def test_another_worker_takes_over_a_dead_ones_rows_when_their_lease_ends(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    people = await die_in_the_second_send(app, chat, owner="worker-1")
    other = sink(app)
    second = outbox_dispatcher(app, owner="worker-2")
    assert (await second.run_once()).claimed == 0  # the dead process's lease still holds
    clock.advance(timedelta(minutes=5, seconds=1))
    await second.run_once()
    assert texts(other) == [("b", MN), ("c", MN), ("d", MN)]
    assert await statuses(app) == [(person, "sent") for person in people]
