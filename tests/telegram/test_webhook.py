"""The webhook refuses what is not Telegram's and never answers 5xx; the shared server's
/healthz and /metrics; the profile (menu and descriptions) published on start. The order of
updates is ``test_ordering.py``'s."""

from __future__ import annotations

import httpx

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.serve import TelegramSettings, connect_telegram
from storage.uow import UnitOfWork
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.metrics_support import counts
from tests.telegram.conftest import SECRET, Sleeps

START = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 1732000000,
        "chat": {"id": 31, "type": "private"},
        "from": {"id": 31, "is_bot": False, "first_name": "Dorj"},
        "text": "/start",
    },
}


async def nobody_known(app: App) -> bool:
    async with app.sessions() as session:
        return await UnitOfWork(session).participants.find("telegram", "31") is None


async def test_a_wrong_or_missing_secret_is_refused_and_nothing_processed(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    wrong = await fake.push(webhook_url, START, "not-the-secret")
    missing = await fake.push(webhook_url, START, None)
    assert (wrong.status_code, wrong.text) == (403, "forbidden\n")
    assert (missing.status_code, missing.text) == (403, "forbidden\n")
    assert fake.calls == []
    assert await nobody_known(app)


async def test_malformed_json_is_a_400_and_nothing_processed(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    broken = await fake.push(webhook_url, b'{"update_id": 1, "message": {', SECRET)
    not_utf8 = await fake.push(webhook_url, b"\xff\xfe{}", SECRET)
    a_list = await fake.push(webhook_url, b"[1, 2]", SECRET)
    assert [(r.status_code, r.text) for r in (broken, not_utf8, a_list)] == [
        (400, "malformed JSON\n"),
        (400, "malformed JSON\n"),
        (400, "an update is a JSON object\n"),
    ]
    assert fake.calls == []
    assert await nobody_known(app)


async def test_an_unknown_update_type_is_acknowledged_and_ignored(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    poll = {"update_id": 9, "poll": {"id": "1", "question": "?", "options": [], "is_closed": True}}
    response = await fake.push(webhook_url, poll, SECRET)
    assert (response.status_code, response.text) == (200, "ok\n")
    assert fake.calls == []
    assert await nobody_known(app)


async def test_healthz_and_metrics_on_the_shared_server(
    fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    await fake.push(webhook_url, START, SECRET)
    await fake.push(webhook_url, b"{", SECRET)
    base = webhook_url.removesuffix("/telegram/webhook")
    async with httpx.AsyncClient() as client:
        health = await client.get(f"{base}/healthz")
        metrics = await client.get(f"{base}/metrics")
    assert (health.status_code, health.text) == (200, "ok\n")
    assert metrics.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert counts(metrics.text) == {
        'bot_updates_handled_total{channel="telegram"}': 1.0,
        'bot_handler_latency_seconds_count{channel="telegram"}': 1.0,
        'bot_messages_sent_total{channel="telegram",status="sent"}': 1.0,
        'bot_errors_total{kind="telegram_webhook_malformed"}': 1.0,
    }


async def test_the_profile_is_published_in_every_language(
    app: App, fake: FakeTelegram, sleeps: Sleeps
) -> None:
    inbound = await connect_telegram(
        app, TelegramSettings(TOKEN, api_base_url=fake.base_url), sleeps
    )
    await inbound.channel.bot.shutdown()
    languages = [(c.method, c.params.get("language_code")) for c in fake.calls]
    assert languages == [("getMe", None)] + [
        (method, language)
        for language in ("mn", "ja", "en", None)
        for method in ("setMyCommands", "setMyDescription", "setMyShortDescription")
    ]
    japanese = fake.calls[4].params
    assert japanese["commands"] == [
        {"command": "start", "description": "最初から始める"},
        {"command": "menu", "description": "メインメニュー"},
        {"command": "help", "description": "ご利用いただける機能"},
        {"command": "language", "description": "言語を変更する"},
        {"command": "timezone", "description": "タイムゾーンを変更する"},
        {"command": "cancel", "description": "入力中の操作を取り消す"},
        {"command": "program", "description": "参加中のプログラム"},
        {
            "command": "schedule",
            "description": "今後のイベント（アジェンダとカレンダーファイル付き）",
        },
        {"command": "deadlines", "description": "提出の締め切りと残り時間"},
        {"command": "reminders", "description": "受け取るリマインダーを選ぶ"},
        {"command": "register", "description": "新しいチームを登録"},
        {"command": "team", "description": "所属チームのカード"},
        {"command": "invite", "description": "チームに招待（リーダー）"},
        {"command": "join", "description": "コードでチームに参加"},
        {"command": "leave", "description": "チームを抜ける"},
        {"command": "remove", "description": "メンバーをチームから外す（リーダー）"},
        {"command": "handover", "description": "別のメンバーをリーダーにする（リーダー）"},
        {"command": "edit_team", "description": "チーム情報を変更（リーダー）"},
        {"command": "privacy", "description": "保存しているご自身の情報"},
        {"command": "delete_me", "description": "ご自身の個人情報を削除"},
        {"command": "submit", "description": "チームのピッチ資料を提出する"},
        {"command": "deck", "description": "チームが提出したピッチ資料（全バージョン）"},
        {"command": "session", "description": "チームのメンターにセッションを依頼（リーダー）"},
        {"command": "ask", "description": "運営者に質問する"},
        {"command": "ticket", "description": "参加するイベントの参加証（受付コード）"},
        {"command": "report", "description": "チームの今期の進捗報告"},
        {
            "command": "showcase",
            "description": "来場者に公開するプロジェクトの内容を選んで公開（リーダー）",
        },
        {
            "command": "unpublish",
            "description": "プロジェクトをショーケースから取り下げる（リーダー）",
        },
        {"command": "projects", "description": "プロジェクトを閲覧し、チームにご紹介を依頼"},
        {"command": "visitor_profile", "description": "来場者情報と共有する連絡先を変更"},
    ]
    assert fake.calls[12].params["short_description"] == (
        "Events, deadlines and teams of your program, in your language and time zone."
    )
