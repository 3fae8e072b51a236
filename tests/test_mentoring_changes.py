"""Mentoring sessions after the request: reschedule, cancel, a mentor's other times, a
decline with a reason, and the 48-hour nudge on the fake clock (exact texts).

bat leads Nar (Mongolian, Ulaanbaatar); mia mentors it (Japanese, Tokyo)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.mentoring_support import confirmed, delivered, press, requested
from tests.support import Chat

DETAILS_JA = (
    "相談内容：Pitch deck\n"
    "チーム：Nar\n"
    "メンター：mia Sato\n"
    "長さ：1時間\n"
    "オンライン：https://meet.example/x\n"
)
DETAILS_MN = (
    "Сэдэв: Pitch deck\n"
    "Баг: Nar\n"
    "Ментор: mia Sato\n"
    "Үргэлжлэх хугацаа: 1 цаг\n"
    "Онлайн: https://meet.example/x\n"
)
DETAILS_EN = (
    "Topic: Pitch deck\n"
    "Team: Nar\n"
    "Mentor: mia Sato\n"
    "Length: 1 hour\n"
    "Online: https://meet.example/x\n"
)
QUICK_MN = (
    "[1] 11/19 (Мя) 10:00\n"
    "[2] 11/19 (Мя) 15:00\n"
    "[3] 11/20 (Лх) 10:00\n"
    "[4] 11/20 (Лх) 15:00\n"
    "[5] 11/21 (Пү) 10:00\n"
    "[6] 11/21 (Пү) 15:00\n"
)
QUICK_JA = (
    "[1] 11/19（火）10:00\n"
    "[2] 11/19（火）15:00\n"
    "[3] 11/20（水）10:00\n"
    "[4] 11/20（水）15:00\n"
    "[5] 11/21（木）10:00\n"
    "[6] 11/21（木）15:00\n"
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def test_the_team_reschedules_then_the_mentor_cancels(chat: Chat) -> None:
    await confirmed(chat)
    assert await chat.say("/as bat", "1", "2024-11-22 15:00", "7") == (
        "3 хүртэл цаг санал болгоно уу: товч дарах эсвэл 2024-11-21 15:00 гэх мэтээр бичнэ үү (өөрийн цагийн бүсээр).\n"
        f"{QUICK_MN}"
        "[7] Цуцлах\n"
        "\n"
        "Одоогоор санал болгосон цагууд:\n"
        "1. 11-р сарын 22 (Ба) 15:00\n"
        "Өөр цаг нэмэх эсвэл «Болсон» товчийг дарна уу.\n"
        f"{QUICK_MN}"
        "[7] Болсон\n"
        "[8] Цуцлах\n"
        "\n"
        "Таны санал болгосон цагуудыг илгээлээ. Хариу ирэхэд энд мэдэгдэнэ.\n\n"
    )
    assert await delivered(chat) == (
        "→ mia\n"
        "チームからメンタリングセッションの依頼が届きました。\n"
        f"{DETAILS_JA}"
        "候補の日時：\n"
        "1. 2024年11月22日（金）16:00（日本時間）／15:00（モンゴル時間）\n"
        "ご都合のよい日時を押して確定するか、別の日時をご提案ください。\n"
        "[1] ✓ 11/22（金）16:00\n"
        "[2] 別の日時を提案\n"
        "[3] お断りする\n\n"
    )
    await chat.say("/as mia")
    # the button of the first request (version 1), pressed after the session changed
    assert await press(chat, "ses:c:1:1:1") == (
        "このボタンは使用できません。その後セッションが変更されました。現在の状態：依頼中\n\n"
    )
    assert await chat.say("1") == (
        "セッションを確定しました。日時：2024年11月22日（金）16:00（日本時間）／15:00（モンゴル時"
        "間）。双方に詳細とカレンダーの招待をお送りします。\n\n"
    )
    files = chat.console.downloads
    assert await delivered(chat) == (
        "メンタリングセッションが確定しました。\n"
        "日時：2024年11月22日（金）16:00（日本時間）／15:00（モンゴル時間）\n"
        f"{DETAILS_JA}"
        "カレンダーの招待を添付します。\n"
        "[1] 日時を変更\n"
        "[2] セッションを取り消す\n"
        f"[ファイル] session-1.ics（563 バイト）を {files / 'mia' / 'session-1.ics'} に保存しました\n"
        "\n"
        "→ bat\n"
        "Менторын уулзалт баталгаажлаа.\n"
        "Цаг: 11-р сарын 22 (Ба) 15:00 (УБ цагаар) / 16:00 (Токиогийн цагаар)\n"
        f"{DETAILS_MN}"
        "Хуанлийн урилгыг хавсаргав.\n"
        "[1] Цагийг өөрчлөх\n"
        "[2] Уулзалтыг цуцлах\n"
        f"[файл] session-1.ics (581 байт) хадгалагдлаа: {files / 'bat' / 'session-1.ics'}\n\n"
    )
    chat.app.clock.set(utc("2024-11-18T02:00"))  # 24 hours before the first time: not sent
    assert await delivered(chat) == ""
    assert await chat.say("/as mia", "2") == (
        "セッションを取り消しました。相手の方にお知らせしました。\n\n"
    )
    assert await delivered(chat) == (f"→ bat\nЭнэ менторын уулзалт цуцлагдлаа.\n{DETAILS_MN}\n")
    chat.app.clock.set(utc("2024-11-21T07:00"))  # 24 hours before the second time: not sent
    assert await delivered(chat) == ""


async def test_the_mentor_proposes_other_times_and_the_team_confirms(chat: Chat) -> None:
    await requested(chat)
    assert await chat.say("/as mia", "3", "2024-11-20 17:00", "7") == (
        "候補の日時を3つまで指定してください。ボタンを押すか、2024-11-21 15:00 のように入力してください（ご自身のタイムゾーン）。\n"
        f"{QUICK_JA}"
        "[7] キャンセル\n"
        "\n"
        "これまでの候補：\n"
        "1. 2024年11月20日（水）17:00\n"
        "別の日時を追加するか、「完了」を押してください。\n"
        f"{QUICK_JA}"
        "[7] 完了\n"
        "[8] キャンセル\n"
        "\n"
        "候補の日時を送りました。回答があり次第、ここでお知らせします。\n\n"
    )
    assert await delivered(chat) == (
        "→ bat\n"
        "Танай ментор өөр цаг санал болгож байна.\n"
        f"{DETAILS_MN}"
        "Санал болгосон цагууд:\n"
        "1. 11-р сарын 20 (Лх) 16:00 (УБ цагаар) / 17:00 (Токиогийн цагаар)\n"
        "Тохирох цагийг дарж батална уу, эсвэл өөр цаг санал болгоно уу.\n"
        "[1] ✓ 11/20 (Лх) 16:00\n"
        "[2] Өөр цаг санал болгох\n"
        "[3] Татгалзах\n\n"
    )
    assert await chat.say("/as bat", "1") == (
        "Та уулзалтыг баталлаа. Цаг: 11-р сарын 20 (Лх) 16:00 (УБ цагаар) / 17:00 (Токиогийн "
        "цагаар). Хоёр талд дэлгэрэнгүй мэдээлэл, хуанлийн урилга очно.\n\n"
    )


async def test_the_mentor_declines_with_a_reason(chat: Chat) -> None:
    await requested(chat)
    assert await chat.say("/as mia", "4", "その週は出張中です。") == (
        "お断りする理由を簡単に入力してください。チームに伝えられます。\n"
        "[1] キャンセル\n"
        "\n"
        "依頼をお断りしました。チームにお知らせしました。\n\n"
    )
    assert await delivered(chat) == (
        "→ bat\n"
        "Ментор энэ уулзалтын хүсэлтээс татгалзлаа.\n"
        f"{DETAILS_MN}"
        "Шалтгаан: その週は出張中です。\n\n"
    )


async def test_no_answer_in_48_hours_nudges_the_mentor_and_tells_the_organizers(
    chat: Chat,
) -> None:
    await requested(chat)
    chat.app.clock.advance(timedelta(hours=47, minutes=59))
    assert await delivered(chat) == ""
    chat.app.clock.advance(timedelta(minutes=1))
    assert await delivered(chat) == (
        "→ mia\n"
        "リマインダー：この依頼は2日間、回答をお待ちしています。\n"
        f"{DETAILS_JA}"
        "[1] ✓ 11/21（木）16:00\n"
        "[2] ✓ 11/19（火）11:00\n"
        "[3] 別の日時を提案\n"
        "[4] お断りする\n"
        "\n"
        "→ org\n"
        "mia Sato has not answered a session request for two days.\n"
        f"{DETAILS_EN}"
        "\n"
    )
    assert await chat.say("/as mia", "2") == (
        "2024年11月19日（火）11:00はすでに過ぎています。これより後の日時を指定してください。\n\n"
    )


async def test_an_answer_within_48_hours_stops_the_nudge(chat: Chat) -> None:
    await requested(chat)
    await chat.say("/as mia", "1")
    await delivered(chat)
    chat.app.clock.advance(timedelta(hours=48))
    assert await delivered(chat) == ""


async def test_a_no_show_tells_nobody_and_shows_in_sessions(chat: Chat) -> None:
    await confirmed(chat)
    chat.app.clock.set(utc("2024-11-19T03:00"))  # the session's end
    await delivered(chat)
    assert await chat.say("/as mia", "2", "1") == (
        "「欠席」として記録しました。運営者のみが閲覧できるメモを残せます。不要な場合は「メモなし"
        "」を押してください。\n"
        "[1] メモなし\n"
        "\n"
        "ありがとうございました。メモは残していません。\n\n"
    )
    assert await delivered(chat) == ""
    assert await chat.say("/as org", "/sessions") == (
        "Mentoring sessions:\n"
        "no-show:\n"
        "• #1 Nar / mia Sato: Tue, Nov 19, 2024 10:00, Pitch deck\n"
        "Press a mentor's or a team's name to see only their sessions.\n"
        "[1] mia Sato\n"
        "[2] Nar\n"
        "[3] CSV export\n\n"
    )
