"""Members who ask for the report requests too, in Mongolian and Japanese, on the rehearsal
clock: the button under /report's answer turns them on, the requests and reminders then reach
the member as well as the lead, the button under a request stops them, none come once the team
has reported, and /privacy and /delete_me know of the choice."""

from __future__ import annotations

import re

from sqlalchemy import select

from handlers.progress.asks import rehearse_asks
from handlers.progress.subscriptions import ReportAsks
from storage.progress import ProgressSubscription
from storage.uow import UnitOfWork
from tests.mentoring_support import delivered, participant_id, press, quiet
from tests.progress_support import BAT_NOVEMBER, at, three_teams
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON


async def joins(chat: Chat, member: str, language: str, lead: str) -> None:
    await chat.say(f"/as {member}", "/start", LANGUAGE_BUTTON[language])
    found = re.search(r"/join ([A-Z0-9]+)", await chat.say(f"/as {lead}", "/invite"))
    assert found is not None
    code = found.group(1)
    await chat.say(f"/as {member}", f"/join {code}", "1")
    await quiet(chat, member)


async def subscriptions(chat: Chat) -> list[tuple[str, int]]:
    async with chat.app.sessions() as session:
        rows = await session.scalars(select(ProgressSubscription).order_by(ProgressSubscription.id))
        return [(row.program_id, row.participant_id) for row in rows]


CLOSED_OCTOBER_MN = (
    "Явцын тайлангийн хугацаа дууссан (үе: 10-р сарын 25 (Ба), хаагдсан: 10-р сарын 30 (Лх)"
    " 10:00) тул илгээх, засах боломжгүй.\n"
    "Дараагийн тайлан нээгдэх хугацаа: 11-р сарын 25 (Да) 10:00.\n"
)


async def test_members_who_opt_in_are_asked_and_reminded_until_the_team_reports(
    chat: Chat,
) -> None:
    await three_teams(chat)
    await joins(chat, "dorj", "mn", "bat")  # Nar
    await joins(chat, "ken", "ja", "yui")  # Sakura

    # dorj turns the requests on from /report's answer; ken from his.
    assert await chat.say("/as dorj", "/report") == (
        f"{CLOSED_OCTOBER_MN}[1] Хүсэлт надад ирүүлэх\n\n"
    )
    assert await chat.say("1") == (
        "Одооноос «Nar» багийн явцын тайлангийн хүсэлт, сануулгыг танд бас илгээнэ. "
        "Доорх товчоор зогсоож болно.\n[1] Хүсэлт зогсоох\n\n"
    )
    assert await chat.say("/report") == f"{CLOSED_OCTOBER_MN}[1] Хүсэлт зогсоох\n\n"
    out = await chat.say("/as ken", "/report")
    assert out.endswith("[1] 報告依頼を受け取る\n\n")
    assert await chat.say("1") == (
        "今後はチーム「Sakura」の進捗報告の依頼とリマインダーをあなたにもお送りします。"
        "下のボタンで停止できます。\n[1] 報告依頼を停止\n\n"
    )
    # A lead has no such button, and pressing a crafted one says why.
    assert not (await chat.say("/as bat", "/report")).endswith("ирүүлэх\n\n")
    assert await press(chat, ReportAsks(False).pack()) == (
        "Та «Nar» багийн ахлагч тул явцын тайлангийн хүсэлтийг үргэлж хүлээн авна.\n\n"
    )
    ids = {name: await participant_id(chat, name) for name in ("bat", "dorj", "ken")}
    assert await subscriptions(chat) == [("mics-2024", ids["dorj"]), ("mics-2024", ids["ken"])]

    # 25 November 10:00: the leads and the two members are asked; the members can stop it.
    chat.app.clock.set(at("2024-11-25T10:00+08:00"))
    await chat.say("/as org")
    assert await delivered(chat) == (
        "→ tom\n«Gobi» багийн явцын тайлан илгээх хугацаа боллоо (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл илгээнэ үү.\n[1] Тайлан бөглөх\n\n"
        "→ bat\n«Nar» багийн явцын тайлан илгээх хугацаа боллоо (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл илгээнэ үү.\n[1] Тайлан бөглөх\n\n"
        "→ dorj\n«Nar» багийн явцын тайлан илгээх хугацаа боллоо (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл илгээнэ үү.\n[1] Тайлан бөглөх\n[2] Хүсэлт зогсоох\n\n"
        "→ yui\nチーム「Sakura」の進捗報告の時期になりました（2024年11月25日（月）開始の期間）。"
        "2024年11月30日（土）11:00（日本時間）までに提出してください。\n[1] 報告を入力\n\n"
        "→ ken\nチーム「Sakura」の進捗報告の時期になりました（2024年11月25日（月）開始の期間）。"
        "2024年11月30日（土）11:00（日本時間）までに提出してください。\n[1] 報告を入力\n"
        "[2] 報告依頼を停止\n\n"
    )

    # dorj sends Nar's report from the ask's button: no more requests for Nar.
    out = await chat.say("/as dorj", "/report", *BAT_NOVEMBER)
    assert out.endswith(
        "Баярлалаа. «Nar» багийн явцын тайлан хадгалагдлаа (үе: 11-р сарын 25 (Да)). "
        "11-р сарын 30 (Бя) 10:00 хүртэл /report командаар засах боломжтой.\n"
        "[1] Хүсэлт зогсоох\n\n"
    )

    # 48 hours before the close: Gobi's lead, Sakura's lead and ken; nobody of Nar.
    chat.app.clock.set(at("2024-11-28T10:00+08:00"))
    await chat.say("/as org")
    assert await delivered(chat) == (
        "→ tom\n«Gobi» баг явцын тайлангаа хараахан илгээгээгүй байна (үе: 11-р сарын 25 (Да))."
        " Хаагдах хугацаа: 11-р сарын 30 (Бя) 10:00 (2 хоног үлдлээ).\n[1] Тайлан бөглөх\n\n"
        "→ yui\nチーム「Sakura」の進捗報告（2024年11月25日（月）開始の期間）がまだ提出されていません。"
        "締め切りは2024年11月30日（土）11:00（日本時間）です（残り2日）。\n[1] 報告を入力\n\n"
        "→ ken\nチーム「Sakura」の進捗報告（2024年11月25日（月）開始の期間）がまだ提出されていません。"
        "締め切りは2024年11月30日（土）11:00（日本時間）です（残り2日）。\n[1] 報告を入力\n"
        "[2] 報告依頼を停止\n\n"
    )

    # ken stops them from the reminder: the last reminder goes to Sakura's lead only.
    assert await chat.say("/as ken", "2") == (
        "チーム「Sakura」の進捗報告の依頼をあなたにお送りするのを停止しました。"
        "チームリーダーには引き続き届きます。報告は /report で引き続き提出できます。\n"
        "[1] 報告依頼を受け取る\n\n"
    )
    async with chat.app.sessions() as session:
        planned = await rehearse_asks(
            UnitOfWork(session), at("2024-11-28T11:00+08:00"), at("2024-12-01T00:00+08:00")
        )
    yui, tom = await participant_id(chat, "yui"), await participant_id(chat, "tom")
    assert [row.key for row in planned] == [
        f"mics-2024:progress:2024-11-25:r2:t2:p{yui}",
        f"mics-2024:progress:2024-11-25:r2:t3:p{tom}",
    ]
    chat.app.clock.set(at("2024-11-30T08:00+08:00"))
    await chat.say("/as org")
    out = await delivered(chat)
    assert [line for line in out.splitlines() if line.startswith("→")] == ["→ tom", "→ yui"]

    # /privacy shows dorj's choice; /delete_me removes it.
    out = await chat.say("/as dorj", "/privacy")
    assert [line for line in out.splitlines() if "явцын тайлан" in line] == [
        "Таны багийнхаа өмнөөс илгээсэн явцын тайлан: 1 (тайлан багтаа үлдэнэ; /delete_me нь таны"
        " нэрийг тайлангаас устгана).",
        "Та багийнхаа явцын тайлангийн хүсэлтийг хүлээн авахаар сонгосон."
        " /delete_me эсвэл «Хүсэлт зогсоох» товчоор цуцална.",
    ]
    await chat.say("/delete_me", "1")
    assert await subscriptions(chat) == []
