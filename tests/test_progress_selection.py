"""Progress reports leave out the teams a published selection round put out of the program:
they are not asked, cannot send a report, and the organizers' board neither counts nor lists
them."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from sqlalchemy import select

from handlers.progress.subscriptions import ReportAsks
from storage.models import Program, Team
from storage.selection import Outcome, SelectionRepository
from tests.mentoring_support import delivered, press
from tests.progress_support import at, three_teams
from tests.support import Chat
from tests.test_progress_members import joins

ASK_NAR_NOV = (
    "«Nar» багийн явцын тайлан илгээх хугацаа боллоо (үе: 11-р сарын 25 (Да)). "
    "11-р сарын 30 (Бя) 10:00 хүртэл илгээнэ үү.\n[1] Тайлан бөглөх\n\n"
)
ASK_SAKURA_NOV = (
    "チーム「Sakura」の進捗報告の時期になりました（2024年11月25日（月）開始の期間）。"
    "2024年11月30日（土）11:00（日本時間）までに提出してください。\n[1] 報告を入力\n\n"
)


async def gobi_is_not_selected(chat: Chat) -> None:
    """The documents round, published, does not select Gobi (Nar and Sakura go on)."""
    async with chat.app.sessions() as session, session.begin():
        store = SelectionRepository(session)
        documents = (await store.rounds("mics-2024"))[0]
        teams = {t.name: t.id for t in await session.scalars(select(Team))}
        decided = datetime(2024, 7, 30, 2, 0, tzinfo=UTC)
        for name, outcome in (
            ("Nar", Outcome.SELECTED),
            ("Sakura", Outcome.SELECTED),
            ("Gobi", Outcome.NOT_SELECTED),
        ):
            await store.decide(documents.id, teams[name], outcome, None, None, decided)
        documents.published_at = decided


async def test_a_team_out_of_the_program_is_not_asked_and_not_counted(chat: Chat) -> None:
    await three_teams(chat)
    await gobi_is_not_selected(chat)

    chat.app.clock.set(at("2024-11-25T10:00+08:00"))
    assert await delivered(chat) == f"→ bat\n{ASK_NAR_NOV}→ yui\n{ASK_SAKURA_NOV}"  # not tom
    assert await chat.say("/as tom", "/report") == (
        "«Gobi» баг энэ хөтөлбөрт явцын тайлан өгөхгүй.\n\n"
    )
    # A member of a team out of the program cannot ask for the requests either.
    await joins(chat, "dorj", "mn", "tom")
    assert await press(chat, ReportAsks(True).pack()) == (
        "«Gobi» баг энэ хөтөлбөрт явцын тайлан өгөхгүй.\n\n"
    )
    out = await chat.say("/as org", "/kpis")
    assert out.startswith(
        "Indicators for the period of Mon, Nov 25, 2024 (closes Sat, Nov 30, 2024 10:00)\n"
        "Reported: 0 of 2 teams. Not yet: Nar, Sakura\n"
    )


async def only_the_final_rounds_teams_report(chat: Chat) -> None:
    """The program file says ``teams = "selected:final"``."""
    async with chat.app.sessions() as session, session.begin():
        program = await session.get(Program, "mics-2024")
        assert program is not None
        settings = copy.deepcopy(program.settings)
        settings["reports"]["teams"] = "selected:final"
        program.settings = settings


async def test_with_selected_in_a_round_only_the_teams_it_selected_report(chat: Chat) -> None:
    await three_teams(chat)
    await only_the_final_rounds_teams_report(chat)
    chat.app.clock.set(at("2024-11-25T10:00+08:00"))
    # Before the final round's results are published, no team reports.
    assert await chat.say("/as bat", "/report") == (
        "«Nar» баг энэ хөтөлбөрт явцын тайлан өгөхгүй.\n\n"
    )
    async with chat.app.sessions() as session, session.begin():
        store = SelectionRepository(session)
        final = await store.round_by_key("mics-2024", "final")
        assert final is not None
        teams = {t.name: t.id for t in await session.scalars(select(Team))}
        decided = datetime(2024, 8, 26, 2, 0, tzinfo=UTC)
        await store.decide(final.id, teams["Nar"], Outcome.SELECTED, None, None, decided)
        await store.decide(final.id, teams["Gobi"], Outcome.NOT_SELECTED, None, None, decided)
        final.published_at = decided  # Sakura was not in the final: it does not report either
    await chat.say("/as org")
    assert await delivered(chat) == f"→ bat\n{ASK_NAR_NOV}"
    assert await chat.say("/as yui", "/report") == (
        "チーム「Sakura」はこのプログラムの進捗報告の対象ではありません。\n\n"
    )
