"""Co-creation matching on Telegram through the real adapter and the fake Bot API: the
event-table link ``t.me/<bot>?start=projects`` (and a project's own ``projects_<id>`` from
the public page) reach the visitor's onboarding and then the projects."""

from __future__ import annotations

from bot.app import App
from tests.fake_telegram import BOT_USERNAME, FakeTelegram
from tests.matching_support import published_project
from tests.telegram.conftest import SECRET
from tests.telegram.test_eventday import press_update, text_update

VISITOR = 5550101


async def test_the_projects_link_reaches_the_onboarding_and_the_list(
    app: App, fake: FakeTelegram, webhook_url: str
) -> None:
    project = await published_project(app, "Nar", "Solar yurts", "5550100", "telegram")
    assert app.services.start_link("telegram", f"projects_{project}") == (
        f"https://t.me/{BOT_USERNAME}?start=projects_{project}"
    )
    updates = [
        text_update(1, VISITOR, "/start projects"),
        press_update(2, VISITOR, "~:language:choose:ja"),
    ]
    for update in updates:
        assert (await fake.push(webhook_url, update, SECRET)).status_code == 200
    assert [m["text"] for m in fake.sent()][-2:] == [
        "ようこそ。チームにご紹介を依頼するために、まずお客様について簡単にお聞かせください。"
        "1分ほどで終わります。",
        "お名前をお聞かせください。",
    ]
    fake.calls.clear()
    answers = [
        text_update(3, VISITOR, "Sato"),
        text_update(4, VISITOR, "Hikari Solar KK"),
        press_update(5, VISITOR, "~:mvis:country:jp"),
        text_update(6, VISITOR, "1, 2"),
        press_update(7, VISITOR, "~:mvis:kind:email"),
        text_update(8, VISITOR, "sato@hikari-solar.jp"),
        press_update(9, VISITOR, "~:mvis:consent:agree"),
    ]
    for update in answers:
        assert (await fake.push(webhook_url, update, SECRET)).status_code == 200
    listed = fake.sent()[-1]
    assert listed["text"] == (
        "プロジェクト：1件\n1. ★ Solar yurts（チーム「Nar」）\n"
        "★は、お客様が提供できるものを求めているプロジェクトです。詳細はプロジェクトを押して"
        "ご覧ください。"
    )
    assert [b["text"] for row in listed["reply_markup"]["inline_keyboard"] for b in row] == [
        "Solar yurts",
        "SDGsで絞り込む",
        "ニーズで絞り込む",
    ]
    fake.calls.clear()
    await fake.push(webhook_url, text_update(10, VISITOR, f"/start projects_{project}"), SECRET)
    [card] = fake.sent()
    assert card["text"].splitlines()[:3] == ["Solar yurts", "チーム：Nar", "太陽のゲル"]
