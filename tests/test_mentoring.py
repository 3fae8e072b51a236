"""Mentoring sessions, the whole loop: the team in Mongolian in Ulaanbaatar, the mentor in
Japanese in Tokyo; each sees every time in their own zone (exact texts)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.mentoring_support import (
    delivered,
    lead_registers,
    mentor_joins,
    quiet,
    request_session,
)
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


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def dtstart(path: Path) -> str:
    """The start of the file's event (the time-zone part has DTSTART lines of its own)."""
    lines = path.read_text().splitlines()
    event = lines[lines.index("BEGIN:VEVENT") :]
    return next(line for line in event if line.startswith("DTSTART"))


async def test_the_whole_loop_mn_team_in_ulaanbaatar_ja_mentor_in_tokyo(chat: Chat) -> None:
    assert await mentor_joins(chat, "mia", "ja", "2") == (
        "お使いのタイムゾーンを選んでください。\n"
        "[1] ウランバートル（UTC+8）\n"
        "[2] 東京（UTC+9）\n"
        "[3] ‹ 戻る\n"
        "[4] キャンセル\n"
        "\n"
        "mia Satoさん、ありがとうございます。メンターのプロフィールを保存しました。運営者がチーム"
        "に割り当てます。\n\n"
    )
    await lead_registers(chat, "bat", "mn", "Nar")
    await quiet(chat, "org", "mia", "bat")
    assert await chat.say("/as org", "/mentors") == (
        "Mentors:\n"
        "• mia Sato, JICA: Solar energy (Japanese, English; Tokyo (UTC+9))\n"
        "Press a mentor's name to assign them to a team.\n"
        "[1] mia Sato\n\n"
    )
    assert await chat.say("1", "1") == (
        "Assign mia Sato to which team?\n[1] Nar\n\n"
        "mia Sato is now a mentor of Nar. Both sides have been told.\n\n"
    )
    assert await delivered(chat) == (
        "→ mia\n"
        "チーム「Nar」のメンターになりました。チームからのセッションの依頼はここに届きます。\n"
        "\n"
        "→ bat\n"
        "Танай багт ментор томилогдлоо: mia Sato (JICA).\n"
        "Мэргэшил: Solar energy\n"
        "Багийн ахлагч /session тушаалаар уулзалт хүсэж болно.\n\n"
    )
    assert await request_session(chat) == (
        "Аль ментортой уулзах вэ?\n"
        "[1] mia Sato\n"
        "[2] Цуцлах\n"
        "\n"
        "Юуны талаар ярилцмаар байна вэ?\n"
        "[1] ‹ Буцах\n"
        "[2] Цуцлах\n"
        "\n"
        "Уулзалт хэр удаан үргэлжлэх вэ?\n"
        "[1] 30 минут\n"
        "[2] 1 цаг\n"
        "[3] 1 цаг 30 минут\n"
        "[4] ‹ Буцах\n"
        "[5] Цуцлах\n"
        "\n"
        "3 хүртэл цаг санал болгоно уу: товч дарах эсвэл 2024-11-21 15:00 гэх мэтээр бичнэ үү "
        "(өөрийн цагийн бүсээр).\n"
        "[1] 11/19 (Мя) 10:00\n"
        "[2] 11/19 (Мя) 15:00\n"
        "[3] 11/20 (Лх) 10:00\n"
        "[4] 11/20 (Лх) 15:00\n"
        "[5] 11/21 (Пү) 10:00\n"
        "[6] 11/21 (Пү) 15:00\n"
        "[7] ‹ Буцах\n"
        "[8] Цуцлах\n"
        "\n"
        "Одоогоор санал болгосон цагууд:\n"
        "1. 11-р сарын 21 (Пү) 15:00\n"
        "Өөр цаг нэмэх эсвэл «Болсон» товчийг дарна уу.\n"
        "[1] 11/19 (Мя) 10:00\n"
        "[2] 11/19 (Мя) 15:00\n"
        "[3] 11/20 (Лх) 10:00\n"
        "[4] 11/20 (Лх) 15:00\n"
        "[5] 11/21 (Пү) 10:00\n"
        "[6] Болсон\n"
        "[7] ‹ Буцах\n"
        "[8] Цуцлах\n"
        "\n"
        "Одоогоор санал болгосон цагууд:\n"
        "1. 11-р сарын 21 (Пү) 15:00\n"
        "2. 11-р сарын 19 (Мя) 10:00\n"
        "Өөр цаг нэмэх эсвэл «Болсон» товчийг дарна уу.\n"
        "[1] 11/19 (Мя) 15:00\n"
        "[2] 11/20 (Лх) 10:00\n"
        "[3] 11/20 (Лх) 15:00\n"
        "[4] 11/21 (Пү) 10:00\n"
        "[5] Болсон\n"
        "[6] ‹ Буцах\n"
        "[7] Цуцлах\n"
        "\n"
        "Онлайн уу, биечлэн үү?\n"
        "[1] Онлайн\n"
        "[2] Биечлэн\n"
        "[3] ‹ Буцах\n"
        "[4] Цуцлах\n"
        "\n"
        "Уулзалтын холбоосоо илгээнэ үү.\n"
        "[1] ‹ Буцах\n"
        "[2] Цуцлах\n"
        "\n"
        "Таны хүсэлтийг mia Sato менторт илгээлээ. Хариу ирэхэд энд мэдэгдэнэ.\n\n"
    )
    assert await delivered(chat) == (
        "→ mia\n"
        "チームからメンタリングセッションの依頼が届きました。\n"
        f"{DETAILS_JA}"
        "候補の日時：\n"
        "1. 2024年11月21日（木）16:00（日本時間）／15:00（モンゴル時間）\n"
        "2. 2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）\n"
        "ご都合のよい日時を押して確定するか、別の日時をご提案ください。\n"
        "[1] ✓ 11/21（木）16:00\n"
        "[2] ✓ 11/19（火）11:00\n"
        "[3] 別の日時を提案\n"
        "[4] お断りする\n\n"
    )
    assert await chat.say("/as mia", "2") == (
        "セッションを確定しました。日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時"
        "間）。双方に詳細とカレンダーの招待をお送りします。\n\n"
    )
    files = chat.console.downloads
    assert await delivered(chat) == (
        "メンタリングセッションが確定しました。\n"
        "日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）\n"
        f"{DETAILS_JA}"
        "カレンダーの招待を添付します。\n"
        "[1] 日時を変更\n"
        "[2] セッションを取り消す\n"
        f"[ファイル] session-1.ics（563 バイト）を {files / 'mia' / 'session-1.ics'} に保存しました\n"
        "\n"
        "→ bat\n"
        "Менторын уулзалт баталгаажлаа.\n"
        "Цаг: 11-р сарын 19 (Мя) 10:00 (УБ цагаар) / 11:00 (Токиогийн цагаар)\n"
        f"{DETAILS_MN}"
        "Хуанлийн урилгыг хавсаргав.\n"
        "[1] Цагийг өөрчлөх\n"
        "[2] Уулзалтыг цуцлах\n"
        f"[файл] session-1.ics (581 байт) хадгалагдлаа: {files / 'bat' / 'session-1.ics'}\n\n"
    )
    assert dtstart(files / "mia" / "session-1.ics") == "DTSTART;TZID=Asia/Tokyo:20241119T110000"
    assert dtstart(files / "bat" / "session-1.ics") == (
        "DTSTART;TZID=Asia/Ulaanbaatar:20241119T100000"
    )

    chat.app.clock.set(utc("2024-11-18T02:00"))  # 24 hours before
    assert await delivered(chat) == (
        "リマインダー：メンタリングセッションはあと24時間で始まります。\n"
        "日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）\n"
        f"{DETAILS_JA}"
        "\n"
        "→ bat\n"
        "Сануулга: менторын уулзалт 24 цагийн дараа эхэлнэ.\n"
        "Цаг: 11-р сарын 19 (Мя) 10:00 (УБ цагаар) / 11:00 (Токиогийн цагаар)\n"
        f"{DETAILS_MN}"
        "\n"
    )
    chat.app.clock.set(utc("2024-11-19T01:00"))  # 1 hour before
    assert await delivered(chat) == (
        "リマインダー：メンタリングセッションはあと1時間で始まります。\n"
        "日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）\n"
        f"{DETAILS_JA}"
        "\n"
        "→ bat\n"
        "Сануулга: менторын уулзалт 1 цагийн дараа эхэлнэ.\n"
        "Цаг: 11-р сарын 19 (Мя) 10:00 (УБ цагаар) / 11:00 (Токиогийн цагаар)\n"
        f"{DETAILS_MN}"
        "\n"
    )
    chat.app.clock.set(utc("2024-11-19T03:00"))  # the session's end
    assert await delivered(chat) == (
        "このセッションは実施されましたか？\n"
        "日時：2024年11月19日（火）11:00（日本時間）／10:00（モンゴル時間）\n"
        f"{DETAILS_JA}"
        "[1] 実施した\n"
        "[2] チームが欠席\n\n"
    )
    assert await chat.say("/as mia", "1", "Strong team; they need market data.") == (
        "「実施済み」として記録しました。運営者のみが閲覧できるメモを残せます。不要な場合は「メモ"
        "なし」を押してください。\n"
        "[1] メモなし\n"
        "\n"
        "メモを保存しました。閲覧できるのは運営者のみです。\n\n"
    )
    assert await delivered(chat) == (
        "→ bat\n"
        "Менторын уулзалт хэр хэрэгтэй байсан бэ? 1-ээс 5 хүртэлх оноогоор үнэлнэ үү.\n"
        f"{DETAILS_MN}"
        "[1] 1\n"
        "[2] 2\n"
        "[3] 3\n"
        "[4] 4\n"
        "[5] 5\n\n"
    )
    assert await chat.say("/as bat", "4") == (
        "Баярлалаа. Та уулзалтыг 5 онооноос 4 оноогоор үнэллээ.\n\n"
    )
    assert await chat.say("/as org", "/sessions") == (
        "Mentoring sessions:\n"
        "held:\n"
        "• #1 Nar / mia Sato: Tue, Nov 19, 2024 10:00, Pitch deck\n"
        "Press a mentor's or a team's name to see only their sessions.\n"
        "[1] mia Sato\n"
        "[2] Nar\n"
        "[3] CSV export\n\n"
    )
    assert await chat.say("3") == (
        "The one session as CSV.\n"
        f"[file] mentoring-sessions.csv (244 bytes) saved to "
        f"{files / 'org' / 'mentoring-sessions.csv'}\n\n"
    )
    assert (files / "org" / "mentoring-sessions.csv").read_bytes().decode() == (
        "\ufeffid,team,mentor,state,starts_at_utc,length_minutes,mode,place,topic,ratings,"
        "rating_mean,mentor_note,reason\r\n"
        "1,Nar,mia Sato,held,2024-11-19T02:00:00+00:00,60,online,https://meet.example/x,"
        "Pitch deck,4,4.0,Strong team; they need market data.,\r\n"
    )
