"""The Selection page without a browser: a judge (and a participant) refused the page, its
actions and its exports on the server; crafted and junk decisions change nothing and get a
message; publishing while judging is open is refused, and publishing twice sends nothing more;
a move up after publishing is told to the team once; the ranking CSV is the chat's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.models import Delivery
from storage.selection import SelectionRound
from tests.dashboard.seed import SNEAKY
from tests.dashboard.selection_seed import NAR, SAKURA, decisions, judged_round
from tests.dashboard.support import BASE, client_for, signed_in
from tests.dashboard.test_access import person, session_cookie
from tests.support import Chat

ACTIONS = ("decide", "top", "publish")


@pytest.fixture
async def app(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> App:
    application = await build_app(settings_for(public_base_url=BASE), clock, translator)
    yield application  # type: ignore[misc]
    await application.close()


@pytest.fixture
def chat(app: App, tmp_path: Path) -> Chat:
    return Chat(app, tmp_path / "console-files")


def csrf_of(page: httpx.Response) -> str:
    return page.text.split('name="csrf" value="')[1].split('"')[0]


def flash_of(page: httpx.Response) -> str:
    return page.text.split("data-flash")[1].split(">", 1)[1].split("<", 1)[0].strip()


async def team_ids(app: App) -> dict[str, int]:
    async with app.sessions() as session:
        from storage.models import Team

        return {t.name: t.id for t in await session.scalars(select(Team))}


async def results(app: App) -> int:
    async with app.sessions() as session:
        found = await session.scalar(
            select(func.count(Delivery.id)).where(Delivery.category == "selection-result")
        )
        return found or 0


async def test_a_judge_and_a_participant_are_refused_the_page_actions_and_exports(
    app: App,
) -> None:
    round_id = await judged_round(app)
    teams = await team_ids(app)
    async with client_for(app) as (client, dashboard):
        judge = await session_cookie(app, dashboard, await person(app, "jo", Role.JUDGE))
        participant = await session_cookie(app, dashboard, await person(app, "pat"))
        statuses = []
        for cookie, csrf in (judge, participant):
            client.cookies.clear()
            client.cookies.set("mics_dashboard", cookie, path="/admin")
            statuses.append((await client.get(f"/admin/selection?round={round_id}")).status_code)
            for action in ACTIONS:
                form = {"csrf": csrf, "round": round_id, "team": teams[NAR], "outcome": "selected"}
                form["n"] = 1
                response = await client.post(f"/admin/selection/do/{action}", data=form)
                statuses.append(response.status_code)
            for name in ("ranking", "scores"):
                for fmt in ("csv", "xlsx"):
                    path = f"/admin/exports/file/{name}.{fmt}?round={round_id}"
                    statuses.append((await client.get(path)).status_code)
    assert statuses == [403] * 16
    assert await decisions(app) == {}
    assert await results(app) == 0


async def test_crafted_decisions_change_nothing_and_say_why(app: App, chat: Chat) -> None:
    round_id = await judged_round(app)
    teams = await team_ids(app)
    async with client_for(app) as (client, _):
        page = await signed_in(client, chat)
        csrf = csrf_of(page)
        said = []
        for form in (
            {"round": round_id, "team": teams[NAR], "outcome": "crowned"},
            {"round": round_id, "team": 999999, "outcome": "selected"},
            {"round": "x", "team": teams[NAR], "outcome": "selected"},
            {"round": 999999, "team": teams[NAR], "outcome": "selected"},
            {"round": round_id, "team": teams[NAR], "outcome": "selected", "award": "x" * 121},
        ):
            response = await client.post(
                "/admin/selection/do/decide", data={**form, "csrf": csrf}, follow_redirects=True
            )
            said.append((response.status_code, flash_of(response)))
        for n in ("0", "abc", "-3", ""):
            response = await client.post(
                "/admin/selection/do/top",
                data={"round": round_id, "n": n, "csrf": csrf},
                follow_redirects=True,
            )
            said.append((response.status_code, flash_of(response)))
    bad = "Энэ баг эсвэл шийдвэр энэ тойргийнх биш байна. Юу ч өөрчлөгдсөнгүй."
    unknown = "Энэ тойрог энэ хөтөлбөрийнх биш байна."
    top = "Багийн тоог 1 буюу түүнээс их бүхэл тоогоор бичнэ үү."
    assert said == [
        (400, bad),
        (400, bad),
        (400, unknown),
        (400, unknown),
        (400, "120 тэмдэгтээс хэтрүүлэхгүй бичнэ үү."),
        *[(400, top)] * 4,
    ]
    assert await decisions(app) == {}


async def test_top_n_an_award_publish_once_and_a_move_up(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    round_id = await judged_round(app)
    teams = await team_ids(app)
    async with app.sessions() as session, session.begin():
        row = await session.get(SelectionRound, round_id)
        assert row is not None
        closes = row.closes_at
        row.closes_at = clock.now() + timedelta(hours=1)  # judging open again
    async with client_for(app) as (client, _):
        csrf = csrf_of(await signed_in(client, chat))

        async def post(action: str, **form: object) -> str:
            response = await client.post(
                f"/admin/selection/do/{action}",
                data={**form, "round": round_id, "csrf": csrf},
                follow_redirects=True,
            )
            return f"{response.status_code} {flash_of(response)}"

        assert await post("top", n="1") == (
            "200 Эхний 1 багийг шалгаруулж, бусдыг шалгараагүй гэж тэмдэглэв. Багийг дарж засна уу."
        )
        said = await post("decide", team=teams[NAR], outcome="selected", award="Хотын тэтгэлэг")
        assert said == "200 Нарны гэр баг: шалгарсан, шагнал: «Хотын тэтгэлэг»."
        assert await post("publish") == (
            "400 «Баримт бичгийн шалгаруулалт» тойргийн үнэлгээ 2024 оны 11-р сарын 18 (Да) "
            "10:00 хүртэл нээлттэй. Эхлээд хаагаад (/rounds) дараа нь зарлана уу."
        )
        assert await results(app) == 0  # judging is open: nothing published
        async with app.sessions() as session, session.begin():
            row = await session.get(SelectionRound, round_id)
            assert row is not None
            row.closes_at = closes
        assert await post("publish") == (
            "200 «Баримт бичгийн шалгаруулалт» тойргийн дүн зарлагдлаа: шалгарсан 1, нөөцөд 0, "
            "шалгараагүй 2. 3 мэдэгдэл илгээгдэж байна."
        )
        assert await post("publish") == (
            "400 «Баримт бичгийн шалгаруулалт» тойргийн дүнг 2024 оны 11-р сарын 18 (Да) 09:00 "
            "зарласан. Юу ч давтан илгээгдэхгүй; дээш шилжсэн багт тусад нь мэдэгдэнэ."
        )
        assert await results(app) == 3
        assert await post("decide", team=teams[NAR], outcome="not_selected") == (
            "400 Энэ тойргийн дүн зарлагдсан: шалгарсан баг шалгарсан хэвээр үлдэнэ."
        )
        assert await post("decide", team=teams[SAKURA], outcome="selected") == (
            "200 Team Sakura баг дээш шилжиж, «Баримт бичгийн шалгаруулалт» тойрогт шалгарлаа. "
            "Гишүүдэд нь мэдэгдэнэ."
        )
        assert await post("decide", team=teams[SAKURA], outcome="selected") == (
            "400 Энэ тойргийн дүн зарлагдсан: шалгарсан баг шалгарсан хэвээр үлдэнэ."
        )
    assert await results(app) == 4
    assert await decisions(app) == {
        NAR: ("selected", "Хотын тэтгэлэг", "org"),
        SAKURA: ("selected", "", "org"),
        SNEAKY: ("not_selected", "", "org"),
    }


async def test_the_ranking_csv_is_excel_safe_and_the_chats(app: App, chat: Chat) -> None:
    round_id = await judged_round(app)
    async with client_for(app) as (client, _):
        await signed_in(client, chat)
        response = await client.get(f"/admin/exports/file/ranking.csv?round={round_id}")
    assert response.status_code == 200
    assert response.content.decode("utf-8") == (
        "\ufeffplace,tie,team,mean,normalized,scores_in,missing,spread,disagreement,decision,award\r\n"
        f"1,no,{NAR},4.5,0.3536,2,1,1.0,no,,\r\n"
        f"2,yes,{SAKURA},4.0,-0.0947,2,0,2.0,yes,,\r\n"
        f"2,yes,{SNEAKY},4.0,-0.2588,2,0,2.0,yes,,\r\n"
    )
