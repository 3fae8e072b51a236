"""The public showcase page at /projects: no sign-in, per language, only what the leads
published (no member, contact or organization), every text escaped, and a deep link into the
chat per project on each chat channel."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.ports import CollectingChannel
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from tests.conftest import REHEARSAL_START
from tests.dashboard.support import BASE, client_for, signed_in
from tests.matching_support import published_project, register, showcase
from tests.support import Chat

PROGRAM = """
id = "match-test"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "Туршилт", ja = "テストプログラム", en = "Test program" }

[matching]
publish = "all"
"""


class LinkingChannel(CollectingChannel):
    """A chat channel whose deep links look like Telegram's."""

    def start_link(self, payload: str) -> str | None:
        return f"https://t.me/mics_bot?start={payload}"


class Articles(HTMLParser):
    """The text of each ``<article>`` (one line per element) and its links."""

    def __init__(self) -> None:
        super().__init__()
        self.articles: list[list[str]] = []
        self.links: list[list[str]] = []
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.inside = True
            self.articles.append([])
            self.links.append([])
        elif tag == "a" and self.inside:
            self.links[-1].append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside and data.strip():
            self.articles[-1].append(data.strip())


@pytest.fixture
async def open_program(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> AsyncIterator[tuple[App, Chat]]:
    path = tmp_path / "match-test.toml"
    path.write_text(PROGRAM, encoding="utf-8")
    application = await build_app(
        settings_for(program_files=(str(path),)), FixedClock(REHEARSAL_START), translator
    )
    application.add_channel(LinkingChannel("telegram"))
    yield application, Chat(application, tmp_path / "console-files")
    await application.close()


async def test_the_public_page_shows_only_published_fields_escaped_per_language(
    open_program: tuple[App, Chat],
) -> None:
    app, chat = open_program
    await chat.say("/as org", "/start", "1")
    await register(chat, "bat", "mn", "Nar", "Solar <b>yurts</b>")
    await showcase(
        chat,
        "bat",
        ("<script>alert(1)</script> гэр", "太陽の力でゲルを暖めます。", None),
        "1, 3",
        "Японд & Монголд",
    )
    await register(chat, "dorj", "mn", "Gobi", "Gobi water")  # registered, never published
    async with client_for(app) as (client, _):
        ja = await client.get("/projects/ja")
        mn = await client.get("/projects", headers={"accept-language": "mn-MN,mn;q=0.9"})
        missing = await client.get("/projects/fr")
    assert (ja.status_code, mn.status_code, missing.status_code) == (200, 200, 404)
    assert "<script>alert" not in mn.text and "<b>yurts" not in ja.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mn.text
    page = Articles()
    page.feed(ja.text)
    assert page.articles == [
        [
            "Solar <b>yurts</b>",
            "チーム：Nar",
            "太陽の力でゲルを暖めます。",
            "SDGs（持続可能な開発目標）",
            "7. エネルギーをみんなに そしてクリーンに",
            "13. 気候変動に具体的な対策を",
            "求めているパートナー",
            "技術",
            "日本での販売",
            "Японд & Монголд",
            "ボットで問い合わせる：",
            "Telegram",
        ]
    ]
    assert page.links == [["https://t.me/mics_bot?start=projects_1"]]
    for private in ("bat@nar.mn", "Nar LLC", "Gobi", "What Nar does.", "bat"):
        assert private not in ja.text.replace("mics_bot", "")
    page = Articles()
    page.feed(mn.text)
    assert page.articles[0][:4] == [
        "Solar <b>yurts</b>",
        "Баг: Nar",
        "<script>alert(1)</script> гэр",
        "Тогтвортой хөгжлийн зорилго",
    ]
    assert '<html lang="mn">' in mn.text


async def test_the_deep_link_of_the_public_page_opens_that_project_in_the_chat(
    open_program: tuple[App, Chat],
) -> None:
    _app, chat = open_program
    await chat.say("/as org", "/start", "1")
    await register(chat, "bat", "mn", "Nar", "Solar yurts")
    await showcase(chat, "bat", ("Нарны гэр", "太陽のゲル", None), "1, 3", None)
    await chat.say("/as ken", "/start projects_1", "2")  # a newcomer: the language first
    await chat.say("ken", "Tanaka Corp", "1", "1, 2", "1", "ken@tanaka.jp")
    assert (await chat.say("1")).endswith(
        "Solar yurts\nチーム：Nar\n太陽のゲル\nSDGs：\n"
        "7. エネルギーをみんなに そしてクリーンに\n13. 気候変動に具体的な対策を\n"
        "求めているパートナー：\n・技術\n・日本での販売\n詳細：—\n"
        "[1] 面談を依頼\n[2] 一覧に戻る\n\n"
    )
    assert await chat.say("/start projects_99") == (
        "このプロジェクトはショーケースに公開されていません。\n\n"
    )


async def test_the_leads_are_an_export_of_the_dashboard_for_organizers_only(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> None:
    app = await build_app(
        settings_for(public_base_url=BASE), FixedClock(REHEARSAL_START), translator
    )
    try:
        chat = Chat(app, tmp_path / "console-files")
        await chat.say("/as org", "/start", "1")
        project = await published_project(app, "Nar", "Solar yurts", "bat", "console")
        await chat.say("/as ken", f"/start projects_{project}", "2")
        await chat.say("ken", "Tanaka Corp", "1", "1, 2", "1", "ken@tanaka.jp", "1", "1")
        await chat.say("太陽熱の技術で協力したいです。")
        async with client_for(app) as (client, _):
            refused = await client.get("/admin/exports/file/leads.csv")
            await signed_in(client, chat)
            csv_file = await client.get("/admin/exports/file/leads.csv")
        assert refused.status_code == 403
        assert csv_file.status_code == 200
        assert csv_file.content.decode("utf-8-sig").splitlines() == [
            "request,asked_at,team,project,visitor,organization,country,offers,state,"
            "answered_at,hours_to_answer,meeting_at",
            "1,2024-11-18T01:00:00+00:00,Nar,Solar yurts,ken,Tanaka Corp,jp,technology investment,"
            "open,,,",
        ]
    finally:
        await app.close()
