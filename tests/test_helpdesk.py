"""The helpdesk through the console, in Mongolian and Japanese: the FAQ first, a question sent,
two organizers told, one claims and the other sees it, the answer reaches the asker, the
asker's follow-up reaches the claimer, close; and who may press what."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from bot.core.clock import FixedClock
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
from tests.support import Chat

__all__ = ["app"]

JAPANESE_QUESTION = "会場でWi-Fiは使えますか？デモで使いたいです。"


async def test_a_faq_entry_answers_a_mongolian_question_and_nothing_reaches_the_organizers(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    shown = await ask(chat, "bat", "Бүртгэл хаагдсаны дараа шинэ гишүүн нэмэх боломжтой юу?")
    assert shown == (
        "Хөтөлбөрийн түгээмэл асуултуудад таны асуултын хариулт байж магадгүй:\n"
        "❓ Бүртгэлийн эцсийн хугацаа дууссаны дараа багтаа шинэ гишүүн нэмж болох уу?\n"
        "💬 Болно. Завсрын илтгэлийн эцсийн хугацаа (2024 оны 11-р сарын 18, УБ цагаар 18:00) "
        "хүртэл нэмж болно: багийн ахлагч /invite тушаалаар код авч шинэ гишүүнд илгээнэ, шинэ "
        "гишүүн /join КОД тушаалаар нэгдэнэ. Нэг баг хамгийн ихдээ 8 гишүүнтэй байна. Түүнээс "
        "хойш /ask тушаалаар зохион байгуулагчдад бичнэ үү: өөрчлөлт бүрийг тухай бүрд нь "
        "шийднэ.\n"
        "Таны асуултад хариулт болж байна уу?\n"
        "[1] Хариулт олдлоо\n"
        "[2] Асуултаа илгээх\n"
        "[3] ‹ Буцах\n"
        "[4] Цуцлах\n\n"
    )
    assert await chat.say("1") == (
        "Тусалсандаа баяртай байна. Өөр тодруулах зүйл гарвал /ask тушаалаар дахин асууна уу.\n\n"
    )
    assert await delivered(chat) == ""
    assert (await threads(app), await outbox_rows(app)) == ([], [])


async def test_a_japanese_faq_match_can_still_be_sent_to_the_organizers(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    shown = await ask(chat, "aya", "渡航費の補助は一人ずつもらえますか？")
    assert shown.startswith(
        "プログラムの「よくある質問」に、答えがあるかもしれません。\n"
        "❓ 渡航費の補助は1人あたりですか、チームあたりですか？\n"
        "💬 チームあたりです。"
    )
    assert shown.endswith(
        "こちらで解決しましたか？\n[1] 解決しました\n[2] 運営者に送る\n[3] ‹ 戻る\n[4] キャンセル\n\n"
    )
    await chat.say("2", "1")
    assert (
        await chat.say("1")
        == "質問 #1 として運営者に送信しました。回答はこのチャットに届きます。\n\n"
    )
    assert await messages(app) == [(1, "asker", "渡航費の補助は一人ずつもらえますか？", None)]


async def test_a_japanese_question_answered_by_a_mongolian_speaking_organizer(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    """The whole round: asked, both organizers told, tuya claims and kenji sees it, tuya's
    answer reaches aya verbatim, aya's follow-up reaches tuya, tuya closes."""
    await everyone(chat)
    assert await ask(chat, "aya", JAPANESE_QUESTION) == (
        "ファイルや写真（PDF、Word、PowerPoint、Excel、JPEG、PNG、10 MBまで）を添付しますか？"
        "今お送りいただくか、「ファイルなし」を押してください。\n"
        "[1] ファイルなし\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await chat.say("1") == (
        "ご質問（個人的な質問）：\n"
        f"{JAPANESE_QUESTION}\n"
        "ファイル：なし\n\n"
        "運営者に送信しますか？\n"
        "[1] 送信する\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await chat.say("1") == (
        "質問 #1 として運営者に送信しました。回答はこのチャットに届きます。\n\n"
    )
    assert await delivered(chat) == (
        "→ tuya\n"
        "Шинэ асуулт №1 — асуусан: aya (хувийн, япон хэлээр):\n"
        f"{JAPANESE_QUESTION}\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
        "→ kenji\n"
        "新しい質問 #1（個人的な質問、日本語）\n"
        "質問者：aya\n"
        f"{JAPANESE_QUESTION}\n"
        "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
    )

    clock.advance(timedelta(minutes=40))
    assert await chat.say("/as tuya", "1") == (
        "№1 асуултыг та хариуцлаа. Хариулахын тулд «Хариулах» товчийг дарна уу.\n"
        "[1] Хариулах\n[2] Хаах\n\n"
    )
    assert await delivered(chat) == ("→ kenji\n質問 #1 の担当：tuya\n[1] #1\n\n")
    await chat.say("/as kenji")  # Reply, on the first notice (an older message now)
    assert await press(chat, "hd:r:1") == (
        "質問 #1 の担当：tuya。ご自身で回答する場合は、担当を引き継いでください"
        "（担当者にお知らせします）。\n"
        "[1] 担当を引き継ぐ\n\n"
    )

    assert await chat.say("/as tuya", "1") == (
        "№1 асуулт — асуусан: aya\n"
        f"{JAPANESE_QUESTION}\n\n"
        "Хариултаа одоо бичнэ үү: таны дараагийн мессеж (текст, файл эсвэл зураг) яг "
        "байгаагаараа асуусан хүнд очно.\n"
        "[1] Цуцлах\n\n"
    )
    answer = "はい、会場のWi-Fiをお使いいただけます。パスワードは受付でお渡しします。"
    assert await chat.say(answer) == ("№1 асуултын хариултыг илгээлээ. Хүлээн авагч: aya.\n\n")
    assert await delivered(chat) == (
        "→ aya\n"
        "ご質問 #1 への運営者からの回答です。\n\n"
        f"{answer}\n"
        "[1] 返信する\n[2] 解決済みにする\n\n"
    )

    clock.advance(timedelta(minutes=5))
    assert await chat.say("/as aya", "1") == (
        "質問 #1 についてのメッセージをお書きください。次に送るメッセージ（文章、ファイル、写真）"
        "が、回答した運営者に届きます。\n"
        "[1] キャンセル\n\n"
    )
    assert await chat.say("ありがとうございます。有線LANもありますか？") == (
        "質問 #1 への追加のメッセージを運営者に送信しました。\n\n"
    )
    assert await delivered(chat) == (
        "→ tuya\n"
        "№1 асуултад нэмж бичлээ — асуусан: aya\n"
        "ありがとうございます。有線LANもありますか？\n"
        "[1] Хариулах\n[2] Хаах\n\n"
    )

    clock.advance(timedelta(minutes=15))
    assert await chat.say("/as tuya", "2") == (
        "Боллоо: №1 асуултыг хаалаа. Асуусан хүнд мэдэгдэнэ.\n\n"
    )
    assert await delivered(chat) == (
        "→ aya\n"
        "ご質問 #1 は運営者により完了となりました。新しいご質問は /ask でお送りください。\n\n"
    )
    [thread] = await threads(app)
    start = thread.created_at
    assert (
        thread.state,
        thread.claimed_at - start,
        thread.first_answer_at and thread.first_answer_at - start,
        thread.closed_at and thread.closed_at - start,
    ) == (ThreadState.CLOSED, timedelta(minutes=40), timedelta(minutes=40), timedelta(hours=1))
    assert await messages(app) == [
        (1, "asker", JAPANESE_QUESTION, None),
        (1, "organizer", answer, None),
        (1, "asker", "ありがとうございます。有線LANもありますか？", None),
    ]
    # Write back, on the answer (an older message): the thread is closed now.
    await chat.say("/as aya")
    assert await press(chat, "hda:w:1") == (
        "質問 #1 は完了しています。新しいご質問は /ask でお送りください。\n\n"
    )


async def test_a_mongolian_team_question_and_the_japanese_organizer_answers(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    await ask(chat, "bat", "Манай багийн илтгэлийг хэн үнэлэх вэ?", "1")
    assert await chat.say("1") == (
        "Таны асуулт (Nar багийн тухай):\n"
        "Манай багийн илтгэлийг хэн үнэлэх вэ?\n"
        "Файл: байхгүй\n\n"
        "Зохион байгуулагчдад илгээх үү?\n"
        "[1] Илгээх\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
    )
    assert await chat.say("1") == (
        "Зохион байгуулагчдад №1 асуулт болгон илгээлээ. Хариулт энэ чатад ирнэ.\n\n"
    )
    assert (await delivered(chat)).endswith(
        "→ kenji\n"
        "新しい質問 #1（チーム「Nar」について、モンゴル語）\n"
        "質問者：bat\n"
        "Манай багийн илтгэлийг хэн үнэлэх вэ?\n"
        "[1] 担当する\n[2] 返信する\n[3] 完了にする\n\n"
    )
    # Reply without claiming first: the thread becomes kenji's and tuya is told.
    assert (await chat.say("/as kenji", "2")).startswith("質問 #1（質問者：bat）\n")
    assert await chat.say("JICAとパートナー企業の審査員が評価します。") == (
        "質問 #1 の回答を送信しました（送信先：bat）。\n\n"
    )
    assert await delivered(chat) == (
        "→ tuya\n"
        "№1 асуултыг хариуцагч: kenji.\n"
        "[1] №1\n\n"
        "→ bat\n"
        "Зохион байгуулагчдаас таны №1 асуултад өгсөн хариулт:\n\n"
        "JICAとパートナー企業の審査員が評価します。\n"
        "[1] Хариу бичих\n[2] Шийдэгдсэн, хаах\n\n"
    )
    # The asker closes it: the claimer hears.
    assert await chat.say("/as bat", "2") == "Баярлалаа: №1 асуултыг хаалаа.\n\n"
    assert await delivered(chat) == ("→ kenji\n質問 #1 は、質問者（bat）が解決済みにしました。\n\n")


async def test_claimed_by_another_is_taken_over_and_the_first_claimer_hears(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    await ask(chat, "aya", JAPANESE_QUESTION, "1", "1")
    await delivered(chat)
    await chat.say("/as kenji", "1")
    await delivered(chat)
    assert await chat.say("/as tuya", "1") == (  # the thread, from the notice that kenji has it
        "№1 асуулт — асуусан: aya (хувийн, япон хэлээр), хариуцагч: kenji\n"
        "Мессежүүд (УБ цагаар):\n"
        f"11/18 (Да) 09:00 асуусан хүн: {JAPANESE_QUESTION}\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n\n"
    )
    assert await chat.say("2") == (
        "№1 асуултыг хариуцагч: kenji. Өөрөө хариулах бол асуултыг өөртөө авна уу (түүнд "
        "мэдэгдэнэ).\n"
        "[1] Өөртөө авах\n\n"
    )
    assert await chat.say("1") == (
        "№1 асуултыг та хариуцлаа. Хариулахын тулд «Хариулах» товчийг дарна уу.\n"
        "[1] Хариулах\n[2] Хаах\n\n"
    )
    assert await delivered(chat) == "→ kenji\n質問 #1 の担当：tuya\n[1] #1\n\n"
    [thread] = await threads(app)
    assert thread.claimed_by is not None
    assert await chat.say("/as tuya", "/helpdesk") == (
        "Нээлттэй асуултууд (1) — хариуцагчгүй нь эхэндээ, дараа нь хамгийн эртнийх нь:\n"
        f"№1 · 0 минут хүлээж байна · хариуцагч: tuya · aya: {JAPANESE_QUESTION}\n"
        "[1] №1\n\n"
    )


async def test_a_non_organizer_cannot_claim_reply_or_close_even_with_a_crafted_payload(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    await ask(chat, "aya", JAPANESE_QUESTION, "1", "1")
    await delivered(chat)
    before = await outbox_rows(app)
    refused = "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n"
    await chat.say("/as bat")
    for payload in ("hd:c:1", "hd:r:1", "hd:x:1", "hd:t:1", "hd:s:1"):
        assert await press(chat, payload) == refused
    # Nor as the asker, and nor the asker's own buttons on someone else's thread.
    await chat.say("/as aya")
    assert await press(chat, "hd:r:1") == "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    await chat.say("/as bat")
    assert await press(chat, "hda:x:1") == refused
    assert await press(chat, "hda:w:1") == refused
    assert await chat.say("/helpdesk") == refused
    [thread] = await threads(app)
    assert (thread.state, thread.claimed_by, await outbox_rows(app)) == (
        ThreadState.OPEN,
        None,
        before,
    )


async def test_payloads_of_no_thread_or_no_shape_are_old_buttons(app: App, chat: Chat) -> None:
    await everyone(chat)
    stale = "Энэ товч өмнөх мессежийнх тул одоо хүчингүй.\n\n"
    await chat.say("/as tuya")
    for payload in ("hd:c:999", "hd:zz:1", "hd:c:one", "hda:w:999", "hda:w"):
        assert await press(chat, payload) == stale


async def test_an_answer_written_while_another_organizer_closes_still_goes(
    app: App, chat: Chat
) -> None:
    await everyone(chat)
    await ask(chat, "aya", JAPANESE_QUESTION, "1", "1")
    await delivered(chat)
    await chat.say("/as tuya")
    await press(chat, "hd:r:1")
    await chat.say("/as kenji")
    assert await press(chat, "hd:x:1") == "質問 #1 を完了にしました。質問者にお知らせします。\n\n"
    assert await chat.say("/as tuya", "Тийм, Wi-Fi бий.") == (
        "№1 асуултын хариултыг илгээлээ. Хүлээн авагч: aya.\n\n"
    )
    assert await delivered(chat) == (
        "→ aya\n"
        "ご質問 #1 は運営者により完了となりました。新しいご質問は /ask でお送りください。\n\n"
        "→ aya\n"
        "ご質問 #1 への運営者からの回答です。\n\n"
        "Тийм, Wi-Fi бий.\n\n"
    )


async def test_an_organizer_who_lost_the_role_is_told_nothing_more(app: App, chat: Chat) -> None:
    await everyone(chat)
    await chat.say("/as mika", "/start", "2")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        mika = await uow.participants.find("console", "mika")
        assert mika is not None
        await uow.participants.grant(mika, "organizer", app.clock.now(), "mics-2024")
    await ask(chat, "aya", JAPANESE_QUESTION, "1", "1")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        mika = await uow.participants.find("console", "mika")
        assert mika is not None
        await uow.participants.revoke(mika, "organizer", "mics-2024")
    told = await delivered(chat)
    assert (told.count("→ "), "→ mika" in told) == (2, False)
    assert [(key, status) for key, _, status in await outbox_rows(app)] == [
        ("hd:1:new:p1", "sent"),
        ("hd:1:new:p2", "sent"),
        ("hd:1:new:p5", "skipped"),
    ]
