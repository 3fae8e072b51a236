"""Progress reports end to end through the console on the rehearsal clock, in Mongolian and
Japanese: two periods of the shipped MICS program, three teams — Nar reports on time, Sakura
after a reminder, Gobi never — then /kpis: the totals, the workbook, the chart and the CSV."""

from __future__ import annotations

import csv
import io
import struct

from openpyxl import load_workbook

from handlers.progress.asks import rehearse_asks
from tests.mentoring_support import delivered
from tests.progress_support import BAT_NOVEMBER, YUI_NOVEMBER, at, sent_file, three_teams
from tests.support import Chat

ASK_NAR_NOV = (
    "«Nar» багийн явцын тайлан илгээх хугацаа боллоо (үе: 11-р сарын 25 (Да)). "
    "11-р сарын 30 (Бя) 10:00 хүртэл илгээнэ үү.\n[1] Тайлан бөглөх\n\n"
)
ASK_GOBI_NOV = ASK_NAR_NOV.replace("Nar", "Gobi")
ASK_SAKURA_NOV = (
    "チーム「Sakura」の進捗報告の時期になりました（2024年11月25日（月）開始の期間）。"
    "2024年11月30日（土）11:00（日本時間）までに提出してください。\n[1] 報告を入力\n\n"
)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_two_periods_three_teams(chat: Chat) -> None:
    await three_teams(chat)
    assert await chat.say("/as bat", "/report") == (
        "Явцын тайлангийн хугацаа дууссан (үе: 10-р сарын 25 (Ба), хаагдсан: 10-р сарын 30 (Лх)"
        " 10:00) тул илгээх, засах боломжгүй.\n"
        "Дараагийн тайлан нээгдэх хугацаа: 11-р сарын 25 (Да) 10:00.\n\n"
    )

    # 25 November 10:00: every lead is asked, in their language and on their clock.
    chat.app.clock.set(at("2024-11-25T10:00+08:00"))
    assert await delivered(chat) == (
        f"→ tom\n{ASK_GOBI_NOV}{ASK_NAR_NOV}→ yui\n{ASK_SAKURA_NOV}"  # bat is at the keyboard
    )

    # bat reports on time; a word where a number belongs is refused with what is expected.
    first = await chat.say("/as bat", "/report")
    assert first == (
        "1/8. Гадаад зах зээлд нэвтэрсэн\n"
        "Өмнөх тайлангаас хойш хэд нэмэгдсэнийг бүхэл тоогоор бичнэ үү (0 ба түүнээс дээш).\n"
        "[1] Цуцлах\n\n"
    )
    out = await chat.say(*BAT_NOVEMBER[:2])
    assert out.endswith("Бүхэл тоо бичнэ үү (0 ба түүнээс дээш), жишээ нь 3.\n\n")
    out = await chat.say(*BAT_NOVEMBER[2:-1])
    assert out.endswith(
        "«Nar» багийн явцын тайлан (үе: 11-р сарын 25 (Да)):\n"
        "• Гадаад зах зээлд нэвтэрсэн: 1\n"
        "• Японы түнш байгууллага: 2\n"
        "• Монголын түнш байгууллага: 0\n"
        "• Туршилт ба хэрэглэгч: 4\n"
        "• Татсан санхүүжилт: 2,000 USD\n"
        "• Шинэ ажлын байр: 1\n"
        "• Ахиц ба дараагийн алхам: Туршилт эхэлсэн\n"
        "• JICA-аас хэрэгтэй дэмжлэг: –\n"
        "Илгээх үү? 11-р сарын 30 (Бя) 10:00 хүртэл засах боломжтой.\n"
        "[1] Тайлан илгээх\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
    )
    assert await chat.say(BAT_NOVEMBER[-1]) == (
        "Баярлалаа. «Nar» багийн явцын тайлан хадгалагдлаа (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл /report командаар засах боломжтой.\n\n"
    )

    # 48 hours before the close: only the teams that have not reported are reminded.
    chat.app.clock.set(at("2024-11-28T10:00+08:00"))
    assert await delivered(chat) == (
        "→ tom\n«Gobi» баг явцын тайлангаа хараахан илгээгээгүй байна (үе: 11-р сарын 25 (Да))."
        " Хаагдах хугацаа: 11-р сарын 30 (Бя) 10:00 (2 хоног үлдлээ).\n[1] Тайлан бөглөх\n\n"
        "→ yui\nチーム「Sakura」の進捗報告（2024年11月25日（月）開始の期間）がまだ提出されていません。"
        "締め切りは2024年11月30日（土）11:00（日本時間）です（残り2日）。\n[1] 報告を入力\n\n"
    )

    # yui reports after the reminder, in Japanese; help needed reaches the organizers.
    out = await chat.say("/as yui", "/report", *YUI_NOVEMBER[:5])
    assert out.endswith("金額はUSDで、数字のみで入力してください（例：12500、12500.50）。\n\n")
    out = await chat.say(*YUI_NOVEMBER[5:])
    assert out.endswith(
        "• 資金調達額：5,000 USD\n"
        "• 新規雇用：0\n"
        "• 進捗と次のステップ：–\n"
        "• JICAに求める支援：通訳の支援が必要です\n"
        "提出しますか？2024年11月30日（土）11:00（日本時間）まで修正できます。\n"
        "[1] 報告を提出\n[2] ‹ 戻る\n[3] キャンセル\n\n"
        "ありがとうございます。チーム「Sakura」の進捗報告（2024年11月25日（月）開始の期間）を保存しました。"
        "2024年11月30日（土）11:00（日本時間）まで /report で修正できます。\n\n"
        "支援のご依頼は、運営者のヘルプデスクにも質問 #1 として送信しました。"
        "回答はこのチャットに届きます。\n\n"
    )
    assert await delivered(chat) == (
        "→ org\nTeam “Sakura” needs help (progress report of Mon, Nov 25, 2024):\n"
        "通訳の支援が必要です\n[1] Indicators\n\n"
        "→ org\nNew question #1 from yui (about the team Sakura, in Japanese):\n"
        "通訳の支援が必要です\n[1] Claim\n[2] Reply\n[3] Close\n\n"
    )

    # The rehearsal of what is left of November: the last reminder, to Gobi's lead only.
    async with chat.app.sessions() as session:
        from storage.uow import UnitOfWork

        planned = await rehearse_asks(
            UnitOfWork(session), at("2024-11-28T11:00+08:00"), at("2024-12-01T00:00+08:00")
        )
    assert [row.key for row in planned] == ["mics-2024:progress:2024-11-25:r2:t3:p3"]

    chat.app.clock.set(at("2024-11-30T08:00+08:00"))
    assert await delivered(chat) == (
        "→ org\nQuestion #1 from yui has waited 1 day 22 hours without an answer:\n"
        "通訳の支援が必要です\n[1] Claim\n[2] Reply\n[3] Close\n\n"
        "→ tom\n«Gobi» баг явцын тайлангаа хараахан илгээгээгүй байна (үе: 11-р сарын 25 (Да))."
        " Хаагдах хугацаа: 11-р сарын 30 (Бя) 10:00 (2 цаг үлдлээ).\n[1] Тайлан бөглөх\n\n"
    )

    # bat corrects the pilots (4 → 5) before the close: the form shows what is there now.
    out = await chat.say("/as bat", "/report")
    assert out == (
        "1/8. Гадаад зах зээлд нэвтэрсэн\n"
        "Өмнөх тайлангаас хойш хэд нэмэгдсэнийг бүхэл тоогоор бичнэ үү (0 ба түүнээс дээш).\n"
        "Энэ тайланд одоо: 1\n[1] Хэвээр үлдээх\n[2] Цуцлах\n\n"
    )
    out = await chat.say("1", "1", "1", "+5", "1", "1", "1", "1", "1")
    assert out.endswith(
        "«Nar» багийн явцын тайлан засагдлаа (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл дахин засах боломжтой.\n\n"
    )

    # At the close the report is locked.
    chat.app.clock.set(at("2024-11-30T10:00+08:00"))
    assert await chat.say("/report") == (
        "Явцын тайлангийн хугацаа дууссан (үе: 11-р сарын 25 (Да), хаагдсан: 11-р сарын 30 (Бя)"
        " 10:00) тул илгээх, засах боломжгүй.\n"
        "Дараагийн тайлан нээгдэх хугацаа: 12-р сарын 25 (Лх) 10:00.\n\n"
    )

    # December: the cumulative indicators show the running total; bat adds 1 market, 1 MN
    # partner, 6 pilots (a level), 500 USD.
    chat.app.clock.set(at("2024-12-25T10:00+08:00"))
    await delivered(chat)
    out = await chat.say("/as bat", "/report")
    assert out == (
        "1/8. Гадаад зах зээлд нэвтэрсэн\n"
        "Өмнөх тайлангаас хойш хэд нэмэгдсэнийг бүхэл тоогоор бичнэ үү (0 ба түүнээс дээш).\n"
        "Өнөөг хүртэл нийт: 1\n[1] Цуцлах\n\n"
    )
    await chat.say("+1", "+0", "+1", "+6", "+500", "+0", "1", "1", "1")

    assert (
        await chat.say("/kpis")
        == "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n"
    )

    out = await chat.say("/as org", "/kpis")
    assert out.startswith(
        "Indicators for the period of Wed, Dec 25, 2024 (closes Mon, Dec 30, 2024 10:00)\n"
        "Reported: 1 of 3 teams. Not yet: Gobi, Sakura\n"
        "Program totals:\n"
        "• Foreign-market entries: 4 (target 5)\n"
        "• Japanese partners engaged: 5 (target 10)\n"
        "• Mongolian partners engaged: 2 (target 10)\n"
        "• Pilots or customers: 16 (target 30)\n"
        "• Funding raised: 7,500 USD (target 500,000 USD)\n"
        "• Jobs created: 1 (target 50)\n\n"
        "Per team (Foreign-market entries · Japanese partners engaged · Mongolian partners engaged"
        " · Pilots or customers · Funding raised · Jobs created):\n"
        "• Gobi (not reported): – · – · – · – · – · –\n"
        "• Nar: 2 · 2 · 1 · 6 · 2,500 · 1\n"
        "• Sakura (not reported): 2 · 3 · 1 · 10 · 5,000 · 0\n\n"
        "Program-level indicators (as of now):\n"  # the shipped program's RSVP event
        "Event: MICS2024 interim event (Wed, Nov 20, 2024):\n"
        "• Checked in: 0\n• Coming on site: 0\n• No-shows: 0\n"
        "• Average rating (1–5): –\n• Ratings given: 0\n\n"
        "The workbook: a sheet per period, the totals and the answers in words.\n"
        "[file] mics-2024-kpis-20241225-0200.xlsx"
    )
    assert (
        "The indicators over 2 periods, per team.\n[photo] mics-2024-kpis-20241225-0200.png" in out
    )

    workbook = load_workbook(sent_file(chat, "org", ".xlsx"))
    assert workbook.sheetnames == ["2024-11-25", "2024-12-25", "totals", "texts"]
    november = [[c.value for c in row] for row in workbook["2024-11-25"].iter_rows()]
    assert november[0][:4] == [
        "team",
        "reported",
        "Foreign-market entries",
        "Japanese partners engaged",
    ]
    assert november[1:] == [
        ["Gobi", "no", None, None, None, None, None, None, None, None],
        ["Nar", "yes", 1, 2, 0, 5, 2000, 1, "Туршилт эхэлсэн", None],
        ["Sakura", "yes", 2, 3, 1, 10, 5000, 0, None, "通訳の支援が必要です"],
    ]
    totals = [[c.value for c in row] for row in workbook["totals"].iter_rows()]
    assert [row[1:] for row in totals[1:4]] == [
        [2, 3, 5, 1, 15, 7000, 1],
        [1, 4, 5, 2, 16, 7500, 1],
        [None, 5, 10, 10, 30, 500000, 50],
    ]
    assert [row[:2] for row in totals[4:]] == [  # the program-level indicators under them
        [None, None],
        ["Program-level indicators", None],
        ["Event: MICS2024 interim event (Wed, Nov 20, 2024): Checked in", 0],
        ["Event: MICS2024 interim event (Wed, Nov 20, 2024): Coming on site", 0],
        ["Event: MICS2024 interim event (Wed, Nov 20, 2024): No-shows", 0],
        ["Event: MICS2024 interim event (Wed, Nov 20, 2024): Average rating (1–5)", None],
        ["Event: MICS2024 interim event (Wed, Nov 20, 2024): Ratings given", 0],
    ]
    texts = [[c.value for c in row] for row in workbook["texts"].iter_rows()]
    assert [row[1:] for row in texts] == [
        ["team", "indicator", "text"],
        ["Nar", "Progress and next steps", "Туршилт эхэлсэн"],
        ["Sakura", "Help needed from JICA", "通訳の支援が必要です"],
    ]

    assert png_size(sent_file(chat, "org", ".png").read_bytes()) == (1200, 660)

    raw = sent_file(chat, "org", ".csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["period", "team", "indicator", "indicator_name", "value", "cumulative_value"]
    assert rows[1] == ["2024-11-25", "Nar", "foreign-markets", "Foreign-market entries", "1", "1"]
    assert [r for r in rows if r[1] == "Nar" and r[2] == "funding"] == [
        ["2024-11-25", "Nar", "funding", "Funding raised", "2000", "2000"],
        ["2024-12-25", "Nar", "funding", "Funding raised", "500", "2500"],
    ]
