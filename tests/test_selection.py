"""Selection rounds end to end through the console: twelve teams hand in their proposals, three
judges (one Japanese, two Mongolian) score them, the organizer (Mongolian) ranks, decides
and publishes, and every member hears the result in their own language."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from bot.rehearsal import format_rehearsal, rehearse
from handlers.broadcast.audience import recipients
from handlers.selection.buttons import (
    ConfirmPublish,
    DeclareConflict,
    JudgeTeam,
    PickRound,
    RoundAct,
)
from storage.models import Delivery
from storage.uow import UnitOfWork
from tests.mentoring_support import delivered, press
from tests.selection_support import (
    assignments,
    deck_file,
    queue_number,
    round_id,
    score_everything,
    team_id,
    twelve_teams_and_three_judges,
    write_program,
)
from tests.support import Chat

PROGRAM = "selection-test"
FINAL_DECK_STAGE = 2
JULY_10 = datetime(2024, 7, 10, 1, 0, tzinfo=UTC)  # 09:00 in Ulaanbaatar: proposals open
JULY_16 = datetime(2024, 7, 16, 2, 0, tzinfo=UTC)  # an hour after judging opened
CLOSED = datetime(2024, 7, 20, 10, 0, tzinfo=UTC)  # judging closed: 18:00 in Ulaanbaatar


@pytest.fixture
async def app_and_chat(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> AsyncIterator[tuple[App, Chat, FixedClock]]:
    clock = FixedClock(JULY_10)
    settings = settings_for(program_files=(str(write_program(tmp_path)),))
    application = await build_app(settings, clock, translator)
    yield application, Chat(application, tmp_path / "console-files"), clock
    await application.close()


NAR_VIEW_JA = (
    "「選考」：Nar\n"
    "プロジェクト：Nar project\n"
    "What Nar does.\n"
    "SDGs：\n"
    "7. エネルギーをみんなに そしてクリーンに\n"
    "13. 気候変動に具体的な対策を\n"
    "組織：\n"
    "Nar LLC（モンゴル）\n"
    "メンバー：\n"
    "• bat\n"
    "• aya\n\n"
    "チームのピッチ資料（バージョン1）です。\n"
)


def impact_ja(current: int | None = None) -> str:
    points = "".join(f"[{n}] {'✓ ' if n == current else ''}{n}\n" for n in range(1, 6))
    return (
        "評価基準 1/2：インパクト（重み2）\n"
        "1（不十分）から5（非常に優れている）で採点してください。\n"
        f"{points}[6] このチームを知っている\n[7] キャンセル\n\n"
    )


def feasibility_ja(current: int | None = None) -> str:
    points = "".join(f"[{n}] {'✓ ' if n == current else ''}{n}\n" for n in range(1, 6))
    return (
        "評価基準 2/2：実現可能性（重み1）\n"
        "1（不十分）から5（非常に優れている）で採点してください。\n"
        f"{points}[6] ‹ 戻る\n[7] キャンセル\n\n"
    )


def queue_ja(done: set[str]) -> str:
    teams = ["Nar", "Gobi", "Tenger", "Altai", "Kaze", "Selenge", "Hoshi", "Orkhon"]
    lines = "".join(f"{'✓' if t in done else '•'} {t}：{t} project\n" for t in teams)
    buttons = "".join(
        f"[{i}] {'✓ ' if t in done else ''}{t}\n" for i, t in enumerate(teams, start=1)
    )
    return f"「選考」：締め切りは2024年7月20日（土）19:00（日本時間）\n採点済み {len(done)}/8：\n{lines}{buttons}\n"


async def test_judges_join_the_round_is_spread_and_a_judge_scores_in_japanese(
    app_and_chat: tuple[App, Chat, FixedClock], tmp_path: Path
) -> None:
    app, chat, clock = app_and_chat
    await twelve_teams_and_three_judges(chat, tmp_path)
    # bold works with Gobi LLC: never Gobi's judge. Every judge carries eight teams.
    assert await chat.say("/as org", "/assign_judges screening") == (
        "«Шалгаруулалт»: 12 баг, баг бүрт 2 шүүгч. Шинээр хуваарилсан: 24, хассан: 0.\n"
        "Шүүгч бүрийн баг:\n• mia: 8\n• bold: 8\n• saran: 8\n"
        "Багууд:\n"
        "• Altai: mia, bold\n• Fuji: bold, saran\n• Gobi: mia, saran\n• Hoshi: mia, bold\n"
        "• Kaze: mia, saran\n• Khangai: bold, saran\n• Nar: mia, bold\n• Orkhon: mia, saran\n"
        "• Sakura: bold, saran\n• Selenge: mia, bold\n• Tenger: mia, saran\n"
        "• Yama: bold, saran\n"
        "Бүх баг шүүгчтэй боллоо.\n"
        "[1] Шүүгч солих\n\n"
        "→ mia\n"
        "「選考」で採点するチームが8チーム割り当てられました。"
        "審査期間は2024年7月16日（火）10:00（日本時間）から2024年7月20日（土）19:00（日本時間）までです。\n"
        "[1] 担当チーム\n\n"
        "→ saran\n"
        "«Шалгаруулалт» тойрогт танд үнэлэх 8 баг хуваарилагдлаа. Үнэлгээ 7-р сарын 16 (Мя) 09:00"
        " нээгдэж, 7-р сарын 20 (Бя) 18:00 хаагдана.\n"
        "[1] Миний багууд\n\n"
        "→ bold\n"
        "«Шалгаруулалт» тойрогт танд үнэлэх 8 баг хуваарилагдлаа. Үнэлгээ 7-р сарын 16 (Мя) 09:00"
        " нээгдэж, 7-р сарын 20 (Бя) 18:00 хаагдана.\n"
        "[1] Миний багууд\n\n"
    )
    # Before judging opens, the queue is there but a team is not.
    assert await chat.say("/as mia", "/judge", "1") == (
        queue_ja(set()).replace(
            "締め切りは2024年7月20日（土）19:00（日本時間）",
            "審査開始は2024年7月16日（火）10:00（日本時間）",
        )
        + "「選考」の審査は2024年7月16日（火）10:00（日本時間）に始まります。\n\n"
    )

    clock.set(JULY_16)
    files = chat.console.downloads
    assert await chat.say("/judge") == queue_ja(set())
    assert await chat.say("1") == (
        NAR_VIEW_JA
        + f"[ファイル] deck.pdf（452 バイト）を {files / 'mia' / 'deck.pdf'} に保存しました\n\n"
        + impact_ja()
    )
    assert await chat.say("4") == feasibility_ja()
    assert await chat.say("6") == impact_ja(current=4)  # Back: the earlier answer is marked
    assert await chat.say("5") == feasibility_ja()
    assert await chat.say("3") == (
        "運営者だけが読むコメント（任意、1,000文字以内）を入力するか、「スキップ」を押してください。\n"
        "[1] スキップ\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await chat.say("Solid plan, small team") == (
        "チームへのフィードバックを一言（任意、300文字以内）。"
        "チームは結果とともに、あなたの名前なしで読みます。\n"
        "[1] スキップ\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await chat.say("Show the costs per ger") == (
        "チーム「Nar」への点数：\n"
        "インパクト：5/5\n"
        "実現可能性：3/5\n"
        "総合：4.33/5\n"
        "運営者へのコメント：Solid plan, small team\n"
        "チームへのフィードバック：Show the costs per ger\n"
        "[1] 保存\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    assert await chat.say("3") == "保存しませんでした。以前の点数はそのままです。\n\n"
    assert await chat.say("/judge") == queue_ja(set())  # Cancel saved nothing

    await chat.say("1", "5", "5", "1", "1")
    assert await chat.say("1") == (
        "保存しました。2024年7月20日（土）19:00（日本時間）まで点数を変更できます。\n\n"
        + queue_ja({"Nar"})
    )

    # "I know this team": Kaze goes to the judge with the fewest teams who may take it.
    number = await queue_number(chat, "Kaze")
    assert (await chat.say(number, "6")).endswith(
        "このチームをご存じですか（同僚、親族、協力関係にある組織など）？"
        "チームは別の審査員に移り、あなたが付けた点数は削除されます。\n"
        "[1] はい、知っています\n[2] いいえ、続ける\n\n"
    )
    assert await chat.say("1") == (
        "お知らせいただきありがとうございます。チームは別の審査員に移りました。\n\n"
        "→ bold\n"
        "«Шалгаруулалт» тойрогт танд үнэлэх 1 баг хуваарилагдлаа. Үнэлгээ 7-р сарын 16 (Мя) 09:00"
        " нээгдэж, 7-р сарын 20 (Бя) 18:00 хаагдана.\n"
        "[1] Миний багууд\n\n"
        "→ org\n"
        "mia шүүгч Kaze багийг мэддэг гэв («Шалгаруулалт»): багийг одоо bold үнэлнэ.\n\n"
    )
    assert await assignments(app) == {
        "bold": ["Altai", "Fuji", "Hoshi", "Kaze", "Khangai", "Nar", "Sakura", "Selenge", "Yama"],
        "mia": ["Altai", "Gobi", "Hoshi", "Nar", "Orkhon", "Selenge", "Tenger"],
        "saran": ["Fuji", "Gobi", "Kaze", "Khangai", "Orkhon", "Sakura", "Tenger", "Yama"],
    }
    # Re-running the assignment keeps what holds (and mia's scores) and adds nothing.
    assert (await chat.say("/as org", "/assign_judges 1")).startswith(
        "«Шалгаруулалт»: 12 баг, баг бүрт 2 шүүгч. Шинээр хуваарилсан: 0, хассан: 0.\n"
        "Шүүгч бүрийн баг:\n• mia: 7\n• bold: 9\n• saran: 8\n"
    )


async def test_participants_judges_and_crafted_buttons_are_refused(
    app_and_chat: tuple[App, Chat, FixedClock], tmp_path: Path
) -> None:
    app, chat, clock = app_and_chat
    await twelve_teams_and_three_judges(chat, tmp_path)
    await chat.say("/as org", "/assign_judges screening")
    clock.set(JULY_16)
    rid, kaze, yama = await round_id(app), await team_id(app, "Kaze"), await team_id(app, "Yama")
    organizers_only = "Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.\n\n"
    judges_only_mn = "Уучлаарай, энэ үйлдлийг зөвхөн энэ хөтөлбөрийн шүүгч хийх боломжтой.\n\n"
    # A participant: no /judge, /ranking or /publish_results, nor their buttons.
    assert await chat.say("/as bat", "/judge", "/ranking screening", "/publish_results 1") == (
        judges_only_mn + organizers_only + organizers_only
    )
    assert await press(chat, JudgeTeam(rid, kaze).pack()) == judges_only_mn
    assert await press(chat, ConfirmPublish(rid, True).pack()) == organizers_only
    assert await press(chat, "~:seljudge:c0:5") == (
        "Энэ товч өмнөх мессежийнх тул одоо хүчингүй.\n\n"
    )
    # A judge: not the organizers' commands, and not another judge's team (Kaze is saran's
    # and hers, Yama only bold's and saran's), however the button was made.
    organizers_only_ja = "申し訳ありません。この操作は運営者のみ行えます。\n\n"
    assert await chat.say("/as mia", "/ranking screening", "/publish_results screening") == (
        organizers_only_ja * 2
    )
    assert await press(chat, PickRound(RoundAct.PUBLISH, rid).pack()) == organizers_only_ja
    not_mine = "このチームはご担当ではありません。\n\n"
    assert await press(chat, JudgeTeam(rid, yama).pack()) == not_mine
    assert await press(chat, DeclareConflict(rid, yama, True).pack()) == not_mine
    assert await press(chat, JudgeTeam(rid + 1, kaze).pack()) == not_mine
    assert await press(chat, "seljudge:x:y") == (
        "このボタンは以前のメッセージのもので、現在は使用できません。\n\n"
    )
    # The organizer is no judge.
    assert await chat.say("/as org", "/judge") == judges_only_mn
    assert await assignments(app) == {
        "bold": ["Altai", "Fuji", "Hoshi", "Khangai", "Nar", "Sakura", "Selenge", "Yama"],
        "mia": ["Altai", "Gobi", "Hoshi", "Kaze", "Nar", "Orkhon", "Selenge", "Tenger"],
        "saran": ["Fuji", "Gobi", "Kaze", "Khangai", "Orkhon", "Sakura", "Tenger", "Yama"],
    }


RANKING_LINES = (
    "1. Nar: 5.00 (+1.62) · 2 ирсэн · зөрүү 0.00 · {Nar}\n"
    "2. (ижил) Fuji: 3.67 (+1.07) · 2 ирсэн · зөрүү 0.00 · {Fuji}\n"
    "2. (ижил) Altai: 3.67 (+0.57) · 2 ирсэн · зөрүү 0.00 · {Altai}\n"
    "4. Tenger: 3.50 (+0.26) · 2 ирсэн · зөрүү 3.00 ⚠ шүүгчдийн санал зөрсөн · {Tenger}\n"
    "5. Sakura: 3.33 (+0.70) · 2 ирсэн · зөрүү 0.00 · {Sakura}\n"
    "6. Gobi: 3.00 (+0.22) · 2 ирсэн · зөрүү 0.00 · {Gobi}\n"
    "7. Kaze: 2.67 (-0.03) · 2 ирсэн · зөрүү 0.00 · {Kaze}\n"
    "8. Khangai: 2.33 (-0.40) · 2 ирсэн · зөрүү 0.00 · {Khangai}\n"
    "9. Selenge: 2.00 (-0.74) · 2 ирсэн · зөрүү 0.00 · {Selenge}\n"
    "10. Hoshi: 1.67 (-1.00) · 2 ирсэн · зөрүү 0.00 · {Hoshi}\n"
    "11. Orkhon: 1.33 (-1.49) · 2 ирсэн · зөрүү 0.00 · {Orkhon}\n"
    "12. Yama: 1.00 (-1.57) · 1 ирсэн, 1 дутуу · зөрүү 0.00 · {Yama}\n"
)
TOP_FIVE = ("Nar", "Fuji", "Altai", "Tenger", "Sakura")


def ranking_lines(decided: dict[str, str] | None = None) -> str:
    names = ["Nar", "Fuji", "Altai", "Tenger", "Sakura", "Gobi", "Kaze", "Khangai"]
    names += ["Selenge", "Hoshi", "Orkhon", "Yama"]
    return RANKING_LINES.format(**{n: (decided or {}).get(n, "шийдээгүй") for n in names})


async def scored(app: App, chat: Chat, clock: FixedClock, folder: Path) -> None:
    """The round assigned on 10 Jul, mia's conflict with Kaze declared on 16 Jul, every team
    scored but saran's Yama."""
    await twelve_teams_and_three_judges(chat, folder)
    await chat.say("/as org", "/assign_judges screening")
    clock.set(JULY_16)
    await chat.say("/as mia")
    await chat.say(await queue_number(chat, "Kaze"), "6", "1")
    await score_everything(chat)
    await delivered(chat)


async def test_reminders_a_stale_score_button_after_the_close_and_the_ranking(
    app_and_chat: tuple[App, Chat, FixedClock], tmp_path: Path
) -> None:
    app, chat, clock = app_and_chat
    await scored(app, chat, clock, tmp_path)
    # saran opens Yama and gives impact 1, then stops.
    await chat.say("/as saran")
    await chat.say(await queue_number(chat, "Yama"), "1")
    # 48 and 24 hours before the close (18:00 in Ulaanbaatar), only saran has a team left.
    assert format_rehearsal(
        await rehearse(app, datetime(2024, 7, 17, tzinfo=UTC), datetime(2024, 7, 21, tzinfo=UTC))
    ) == (
        "2024-07-18 10:00 UTC  console:saran  mn Asia/Ulaanbaatar  [judging-reminder]\n"
        "    Сануулга: «Шалгаруулалт» тойрогт 1 баг таны оноог хүлээж байна. Үнэлгээ "
        "7-р сарын 20 (Бя) 18:00 хаагдана, 2 хоног үлдлээ.\n"
        "2024-07-19 10:00 UTC  console:saran  mn Asia/Ulaanbaatar  [judging-reminder]\n"
        "    Сануулга: «Шалгаруулалт» тойрогт 1 баг таны оноог хүлээж байна. Үнэлгээ "
        "7-р сарын 20 (Бя) 18:00 хаагдана, 1 хоног үлдлээ.\n"
        "2 message(s)"
    )
    clock.set(datetime(2024, 7, 18, 10, 0, tzinfo=UTC))
    assert await delivered(chat) == (
        "Сануулга: «Шалгаруулалт» тойрогт 1 баг таны оноог хүлээж байна. Үнэлгээ "
        "7-р сарын 20 (Бя) 18:00 хаагдана, 2 хоног үлдлээ.\n"
        "[1] Миний багууд\n\n"
    )

    clock.set(CLOSED)
    # The feasibility button of Yama, pressed after the close: refused, nothing saved.
    assert await press(chat, "~:seljudge:c1:3") == (
        "«Шалгаруулалт» тойргийн үнэлгээ 7-р сарын 20 (Бя) 18:00 хаагдсан. "
        "Оноог өөрчлөх боломжгүй.\n\n"
    )
    sakura = await queue_number(chat, "Sakura")
    assert await chat.say(sakura) == (
        "«Шалгаруулалт» тойргийн үнэлгээ 7-р сарын 20 (Бя) 18:00 хаагдсан. "
        "Оноог өөрчлөх боломжгүй.\n\n"
        "Таны өгсөн оноо (зөвхөн харах):\n"
        "Sakura баг: таны өгсөн оноо\n"
        "Нөлөө: 3 / 5\n"
        "Хэрэгжих боломж: 4 / 5\n"
        "Нийт: 3.33 / 5\n"
        "Зохион байгуулагчдад: байхгүй\n"
        "Багт өгөх санал: байхгүй\n\n"
    )

    assert await chat.say("/as org", "/ranking screening") == (
        "«Шалгаруулалт» (үнэлгээ хаагдсан): 12 баг, 3 шүүгч, ирсэн оноо 23, дутуу 1.\n"
        "Байр. Баг: дундаж / 5 (хэвийншүүлсэн) · оноо · зөрүү · шийдвэр\n"
        + ranking_lines()
        + "[1] Шийдвэр гаргах\n[2] CSV: бүх оноо\n[3] CSV: эрэмбэ\n\n"
    )
    await chat.say("2", "3")
    folder = chat.console.downloads / "org"
    scores = (folder / "selection-test-screening-scores-20240720-1000.csv").read_bytes()
    ranking = (folder / "selection-test-screening-ranking-20240720-1000.csv").read_bytes()
    assert scores.startswith(b"\xef\xbb\xbf")
    lines = scores.decode("utf-8-sig").splitlines()
    assert (len(lines), lines[0], lines[1], lines[33]) == (
        47,
        "round,judge,judge_id,team,criterion,score,scale,weight,comment,feedback,scored_at_utc",
        "screening,mia,15,Nar,impact,5,1-5,2.0,,,2024-07-16T02:00:00+00:00",
        "screening,mia,15,Selenge,impact,2,1-5,2.0,,Show the costs per ger,"
        "2024-07-16T02:00:00+00:00",
    )
    assert ranking.decode("utf-8-sig").splitlines()[:6] == [
        "place,tie,team,mean,normalized,scores_in,missing,spread,disagreement,decision,award",
        "1,no,Nar,5.0,1.6202,2,0,0.0,no,,",
        "2,yes,Fuji,3.6667,1.0727,2,0,0.0,no,,",
        "2,yes,Altai,3.6667,0.571,2,0,0.0,no,,",
        "4,no,Tenger,3.5,0.2588,2,0,3.0,yes,,",
        "5,no,Sakura,3.3333,0.7044,2,0,0.0,no,,",
    ]


PUBLISH_PREVIEW = (
    "«Шалгаруулалт» тойргийн дүнг хүлээн авах:\n"
    "• шалгарсан: 5 баг, 6 хүн (MN 2, JA 4)\n"
    "• нөөцөд: 1 баг, 1 хүн (MN 1)\n"
    "• шалгараагүй: 6 баг, 6 хүн (MN 3, JA 3)\n"
    "Тэд дараах мэдэгдлийг уншина:\n\n"
    "── шалгарсан — хэл: монгол (жишээ нь Altai баг) ──\n"
    "Баяр хүргэе! Танай Altai баг Туршилт хөтөлбөрийн «Шалгаруулалт» тойрогт шалгарлаа.\n"
    "Дараагийнх нь «Эцсийн илтгэлийн файл» шат: нээгдэх 8-р сарын 1 (Пү) 09:00, "
    "эцсийн хугацаа 9-р сарын 2 (Да) 18:00.\n\n"
    "── шалгарсан — хэл: япон (жишээ нь Altai баг) ──\n"
    "おめでとうございます！チーム「Altai」はテストプログラムの「選考」で採択されました。\n"
    "次は「最終ピッチ資料」ステージです（提出受付 2024年8月1日（木）10:00（日本時間）、"
    "締め切り 2024年9月2日（月）19:00（日本時間））。\n\n"
    "── нөөцөд — хэл: монгол (жишээ нь Gobi баг) ──\n"
    "Туршилт хөтөлбөрийн «Шалгаруулалт» тойрогт оролцсонд баярлалаа. Танай Gobi баг "
    "нөөцийн жагсаалтад байна: сул орон гарвал энд мэдэгдэнэ.\n\n"
    "── шалгараагүй — хэл: монгол (жишээ нь Hoshi баг) ──\n"
    "Туршилт хөтөлбөрийн «Шалгаруулалт» тойрогт оролцсонд баярлалаа. Харамсалтай нь танай "
    "Hoshi баг энэ удаа шалгарсангүй.\n\n"
    "── шалгараагүй — хэл: япон (жишээ нь Hoshi баг) ──\n"
    "テストプログラムの「選考」にご参加いただきありがとうございます。"
    "残念ながら、チーム「Hoshi」は今回、採択に至りませんでした。\n\n"
    "13 мэдэгдлийг одоо илгээх үү?\n[1] Зарлах\n[2] Цуцлах\n\n"
)
NEXT_MN = (
    "Дараагийнх нь «Эцсийн илтгэлийн файл» шат: нээгдэх 8-р сарын 1 (Пү) 09:00, "
    "эцсийн хугацаа 9-р сарын 2 (Да) 18:00.\n"
)
NEXT_JA = (
    "次は「最終ピッチ資料」ステージです（提出受付 2024年8月1日（木）10:00（日本時間）、"
    "締め切り 2024年9月2日（月）19:00（日本時間））。\n"
)


def selected_mn(team: str) -> str:
    return f"Баяр хүргэе! Танай {team} баг Туршилт хөтөлбөрийн «Шалгаруулалт» тойрогт шалгарлаа.\n"


def selected_ja(team: str) -> str:
    return f"おめでとうございます！チーム「{team}」はテストプログラムの「選考」で採択されました。\n"


def not_selected_mn(team: str) -> str:
    return (
        "Туршилт хөтөлбөрийн «Шалгаруулалт» тойрогт оролцсонд баярлалаа. Харамсалтай нь "
        f"танай {team} баг энэ удаа шалгарсангүй.\n"
    )


def not_selected_ja(team: str) -> str:
    return (
        "テストプログラムの「選考」にご参加いただきありがとうございます。"
        f"残念ながら、チーム「{team}」は今回、採択に至りませんでした。\n"
    )


async def test_top_five_publish_in_each_language_once_and_the_funnel_after_it(
    app_and_chat: tuple[App, Chat, FixedClock], tmp_path: Path
) -> None:
    app, chat, clock = app_and_chat
    await scored(app, chat, clock, tmp_path)
    clock.set(CLOSED)
    await chat.say("/as org")
    assert (await chat.say("/decide screening")).endswith(
        "[12] Yama\n[13] Эхний 5 багийг\n[14] Болсон\n[15] Цуцлах\n\n"
    )
    decided = {name: "шалгараагүй" for name in ("Gobi", "Kaze", "Khangai", "Selenge")}
    decided |= {name: "шалгараагүй" for name in ("Hoshi", "Orkhon", "Yama")}
    decided |= {name: "шалгарсан" for name in TOP_FIVE}
    assert await chat.say("13") == (
        "Эхний 5 багийг шалгаруулж, бусдыг шалгараагүй гэж тэмдэглэв. Багийг дарж засна уу.\n\n"
        "«Шалгаруулалт» тойргийн шийдвэр: шалгарсан 5, нөөцөд 0, шалгараагүй 7, шийдээгүй 0; "
        "шалгаруулах тоо: 5.\n"
        + ranking_lines(decided)
        + "Шийдэхийн тулд багийг дарна уу, эсвэл эхний багуудыг шалгаруулахын тулд «эхний 7» "
        "гэх мэтээр тоотой бичнэ үү. /publish_results хийх хүртэл багуудад юу ч илгээгдэхгүй.\n"
        "[1] ✓ Nar\n[2] ✓ Fuji\n[3] ✓ Altai\n[4] ✓ Tenger\n[5] ✓ Sakura\n[6] ✗ Gobi\n"
        "[7] ✗ Kaze\n[8] ✗ Khangai\n[9] ✗ Selenge\n[10] ✗ Hoshi\n[11] ✗ Orkhon\n[12] ✗ Yama\n"
        "[13] Эхний 5 багийг\n[14] Болсон\n[15] ‹ Буцах\n[16] Цуцлах\n\n"
    )
    # Adjustments: Gobi waitlisted, Nar's city activity grant.
    assert (await chat.say("Gobi", "2")).startswith(
        "Gobi баг одоо: шалгараагүй. Таны шийдвэр?\n"
        "[1] шалгарсан\n[2] нөөцөд\n[3] шалгараагүй\n[4] ‹ Буцах\n[5] Цуцлах\n\n"
        "Gobi баг: нөөцөд.\n\n"
    )
    assert (await chat.say("Nar", "1", "City activity grant")).startswith(
        "Nar баг одоо: шалгарсан. Таны шийдвэр?\n"
        "[1] шалгарсан\n[2] нөөцөд\n[3] шалгараагүй\n[4] ‹ Буцах\n[5] Цуцлах\n\n"
        "Nar багт олгох шагнал, жишээ нь тэтгэлэг (заавал биш, 120 тэмдэгт хүртэл): бичих "
        "эсвэл «Шагналгүй»-г дарна уу.\n[1] Шагналгүй\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
        "Nar баг: шалгарсан, шагнал: «City activity grant».\n\n"
    )
    assert await chat.say("14") == (
        "Шийдвэрийг хадгаллаа. /publish_results screening тушаалыг илгээх хүртэл багуудад юу ч "
        "илгээгдэхгүй.\n\n"
    )
    assert await delivered(chat) == ""  # nothing reaches the teams before publishing

    assert await chat.say("/publish_results screening") == PUBLISH_PREVIEW
    assert await chat.say("1") == (
        "«Шалгаруулалт» тойргийн дүн зарлагдлаа: шалгарсан 5, нөөцөд 1, шалгараагүй 6. "
        "13 мэдэгдэл илгээгдэж байна.\n\n"
    )
    feedback_mn = (  # mia and bold both wrote it
        "Шүүгчид танай багт дараах саналыг үлдээлээ:\n• Show the costs per ger\n"
        "• Show the costs per ger\n"
    )
    assert await delivered(chat) == (
        f"→ tuya\n{selected_mn('Altai')}{NEXT_MN}\n"
        f"→ hana\n{selected_ja('Fuji')}{NEXT_JA}\n"
        "→ dorj\nТуршилт хөтөлбөрийн «Шалгаруулалт» тойрогт оролцсонд баярлалаа. Танай Gobi "
        "баг нөөцийн жагсаалтад байна: сул орон гарвал энд мэдэгдэнэ.\n\n"
        f"→ mei\n{not_selected_ja('Hoshi')}\n"
        f"→ ren\n{not_selected_ja('Kaze')}\n"
        f"→ oyun\n{not_selected_mn('Khangai')}\n"
        f"→ bat\n{selected_mn('Nar')}Мөн танай баг дараах шагнал хүртлээ: City activity "
        f"grant.\n{NEXT_MN}\n"
        f"→ aya\n{selected_ja('Nar')}あわせて、次の賞が贈られます：City activity grant\n"
        f"{NEXT_JA}\n"
        f"→ enkh\n{not_selected_mn('Orkhon')}\n"
        f"→ yuki\n{selected_ja('Sakura')}{NEXT_JA}\n"
        f"→ sara\n{not_selected_mn('Selenge')}{feedback_mn}\n"
        f"→ kenji\n{selected_ja('Tenger')}{NEXT_JA}\n"
        f"→ taro\n{not_selected_ja('Yama')}\n"
    )
    # Publishing twice, or pressing the old Publish button, sends nothing more.
    already = (
        "«Шалгаруулалт» тойргийн дүнг 7-р сарын 20 (Бя) 18:00 зарласан. Юу ч давтан "
        "илгээгдэхгүй; дээш шилжсэн багт тусад нь мэдэгдэнэ.\n\n"
    )
    assert await chat.say("/publish_results screening") == already
    assert await press(chat, ConfirmPublish(await round_id(app), True).pack()) == already
    assert await delivered(chat) == ""
    async with app.sessions() as session:
        rows = await session.execute(
            select(Delivery.purpose, Delivery.status, func.count())
            .where(Delivery.category == "selection-result")
            .group_by(Delivery.purpose, Delivery.status)
        )
        # Messenger sends an account_update outside the 24-hour window (ACCOUNT_UPDATE).
        assert list(rows) == [("account_update", "sent", 13)]

    # The teams left out get no reminder of the later stage; the selected ones do.
    rehearsed = await rehearse(
        app, datetime(2024, 9, 1, tzinfo=UTC), datetime(2024, 9, 3, tzinfo=UTC), "selection-test"
    )
    assert [(m.recipient, m.category) for m in rehearsed] == [
        ("bat", "deadline"),
        ("aya", "deadline"),
        ("yuki", "deadline"),
        ("kenji", "deadline"),
        ("tuya", "deadline"),
        ("hana", "deadline"),
    ]
    # In the later stage, a team left out is told why it cannot hand in.
    clock.set(datetime(2024, 8, 5, 2, 0, tzinfo=UTC))
    refused = (
        "チームは「選考」で採択されなかったため、プログラムの以降のステージには提出できません。"
        "ご参加ありがとうございました。\n\n"
    )
    assert await chat.say("/as taro", "/submit", f"/file {deck_file(tmp_path)}") == refused * 2
    assert await chat.say("/as bat", "/submit") == (
        "«Эцсийн илтгэлийн файл» шатны файлаа одоо баримт бичиг хэлбэрээр илгээнэ үү (PDF, "
        "PPTX, дээд тал нь 20 МБ). Тайлбар бичиж болно.\n"
        "Эцсийн хугацаа: 9-р сарын 2 (Да) 18:00.\n[1] Цуцлах\n\n"
    )
    # /team shows the result per round.
    assert (await chat.say("/as taro", "/team")).endswith("\n\n選考：\n• 「選考」：不採択\n\n")
    assert (await chat.say("/as bat", "/cancel", "/team")).endswith(
        "\n\nШалгаруулалт:\n• «Шалгаруулалт»: шалгарсан (City activity grant)\n\n"
    )
    # /teams and /decks leave the seven teams out, with a filter and a button to show them.
    assert await chat.say("/as org", "/teams") == (
        "Багууд: бүх баг. Нийт 5 баг, хуудас 1 / 1.\n"
        "[1] Altai (1)\n[2] Fuji (1)\n[3] Nar (2)\n[4] Sakura (1)\n[5] Tenger (1)\n"
        "[6] Шатаар шүүх\n\n"
    )
    assert (await chat.say("6")).endswith("[8] Хөтөлбөрөөс гарсан\n\n")
    assert await chat.say("8") == (
        "Багууд: хөтөлбөрөөс гарсан. Нийт 7 баг, хуудас 1 / 1.\n"
        "[1] Gobi (1)\n[2] Hoshi (1)\n[3] Kaze (1)\n[4] Khangai (1)\n[5] Orkhon (1)\n"
        "[6] Selenge (1)\n[7] Yama (1)\n[8] Шатаар шүүх\n\n"
    )
    decks = await chat.say("/decks proposal")
    assert decks.startswith(
        "Төслийн санал — эцсийн хугацаа: 7-р сарын 15 (Да) 18:00\n"
        "Хугацаандаа: 5 · Хоцорсон: 0 · Ирээгүй: 0\n"
    )
    assert decks.endswith(
        "Хөтөлбөрөөс гарсан 7 багийг дээрх тоонд оруулаагүй.\n[1] Тэднийг ч тоолох\n\n"
    )
    assert (await chat.say("1")).startswith(
        "Төслийн санал — эцсийн хугацаа: 7-р сарын 15 (Да) 18:00\n"
        "Хугацаандаа: 12 · Хоцорсон: 0 · Ирээгүй: 0\n"
    )


async def test_a_waitlisted_team_moves_up_and_the_round_s_broadcast_audiences(
    app_and_chat: tuple[App, Chat, FixedClock], tmp_path: Path
) -> None:
    app, chat, clock = app_and_chat
    await scored(app, chat, clock, tmp_path)
    clock.set(CLOSED)
    await chat.say("/as org", "/decide screening", "13", "Gobi", "2", "14")
    await chat.say("/publish_results screening", "1")
    await delivered(chat)
    # After publishing only moving up is left; the team hears it once.
    assert (await chat.say("/decide screening", "Gobi")).endswith(
        "Gobi баг одоо: нөөцөд. Таны шийдвэр?\n[1] Шалгарсан болгох\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
    )
    assert (await chat.say("1")).startswith(
        "Gobi баг дээш шилжиж, «Шалгаруулалт» тойрогт шалгарлаа. Гишүүдэд нь мэдэгдэнэ.\n\n"
    )
    await chat.say("1", "/cancel")
    assert await delivered(chat) == (
        "→ dorj\n"
        "Сайн мэдээ: сул орон гарсан тул танай Gobi баг Туршилт хөтөлбөрийн «Шалгаруулалт» "
        "тойрогт шалгарлаа.\n" + NEXT_MN + "\n"
    )
    assert (await chat.say("/decide screening", "Nar")).endswith(
        "Энэ тойргийн дүн зарлагдсан: шалгарсан баг шалгарсан хэвээр үлдэнэ.\n"
        "[1] ‹ Буцах\n[2] Цуцлах\n\n"
    )
    await chat.say("/cancel")
    # The round's audiences: its selected teams (Gobi now too), the others, the judges.
    await chat.say("/broadcast")
    assert await chat.say("8") == (
        "Аль тойрог вэ? (зөвхөн дүн нь зарлагдсан тойргууд)\n"
        "[1] Шалгаруулалт\n[2] ‹ Буцах\n[3] Цуцлах\n\n"
    )
    await chat.say("/cancel")
    rid = str(await round_id(app))
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        organizer = await uow.participants.find("console", "org")
        assert organizer is not None
        now = clock.now()
        found = {
            name: [p.external_id for p in await recipients(uow, PROGRAM, organizer, name, arg, now)]
            for name, arg in (("selected", rid), ("notselected", rid), ("judges", None))
        }
        found["nosub"] = [
            p.external_id
            for p in await recipients(uow, PROGRAM, organizer, "nosub", str(FINAL_DECK_STAGE), now)
        ]
    assert found == {
        "selected": ["bat", "aya", "yuki", "dorj", "kenji", "tuya", "hana"],
        "notselected": ["oyun", "ren", "sara", "mei", "enkh", "taro"],
        "judges": ["mia", "bold", "saran"],
        "nosub": ["bat", "aya", "yuki", "dorj", "kenji", "tuya", "hana"],
    }
