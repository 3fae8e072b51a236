"""The issue's "done when": a rehearsal of the MICS program from the final selection to
February. The final round selects Nar (bat, Mongolian) and Sakura (yui, Japanese) and leaves
Gobi out; `rehearse` then shows every ask and reminder of the six monthly periods; walking the
clock through them, Nar reports on the day it is asked, Sakura after the first reminder, so
the last reminder is never sent; /kpis in February returns the totals, the workbook and the
chart."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta

from openpyxl import load_workbook
from sqlalchemy import select

from bot.rehearsal import rehearse
from handlers.helpdesk.buttons import DeskAct, DeskButton
from storage.models import Participant, Team
from storage.progress import ProgressReport
from storage.selection import Outcome, SelectionRepository
from tests.mentoring_support import delivered, press
from tests.progress_support import at, sent_file, three_teams
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON
from tests.test_progress import png_size

DAYS = ["2024-09-25", "2024-10-25", "2024-11-25", "2024-12-25", "2025-01-25", "2025-02-25"]
HELP = "1月の展示会で通訳の支援が必要です"


def asked_at(day: str) -> datetime:
    return at(f"{day}T10:00+08:00")


async def the_final_round_leaves_gobi_out(chat: Chat) -> None:
    async with chat.app.sessions() as session, session.begin():
        store = SelectionRepository(session)
        final = (await store.rounds("mics-2024"))[1]
        assert final.key == "final"
        teams = {t.name: t.id for t in await session.scalars(select(Team))}
        decided = at("2024-08-26T10:00+08:00")
        for name, outcome in (
            ("Nar", Outcome.SELECTED),
            ("Sakura", Outcome.SELECTED),
            ("Gobi", Outcome.NOT_SELECTED),
        ):
            await store.decide(final.id, teams[name], outcome, None, None, decided)
        final.published_at = decided


async def reported(chat: Chat) -> list[tuple[str, str, str]]:
    """The reports of the latest period: (period, team, who sent it)."""
    async with chat.app.sessions() as session:
        rows = await session.execute(
            select(ProgressReport.period_key, Team.name, Participant.external_id)
            .join(Team, Team.id == ProgressReport.team_id)
            .join(Participant, Participant.id == ProgressReport.filled_by)
            .order_by(ProgressReport.period_key.desc(), Team.name)
        )
        found = [tuple(row) for row in rows]
    return [row for row in found if row[0] == found[0][0]]


def nar(month: int) -> tuple[str, ...]:
    """bat's answers: a market, a Japanese partner, no Mongolian one, 2, 4, … pilots (a level),
    1,000 USD and a job a month; no texts."""
    return ("+1", "+1", "+0", f"+{2 * month + 2}", "1000", "+1", "1", "1", "1")


def sakura(month: int) -> tuple[str, ...]:
    """yui's: two markets, a Mongolian partner, 1, 2, … pilots, 500 USD a month; in January
    help is needed."""
    help_needed = HELP if DAYS[month] == "2025-01-25" else "1"
    return ("+2", "+0", "+1", f"+{month + 1}", "+500", "+0", "1", help_needed, "1")


async def test_from_the_final_selection_to_february(chat: Chat) -> None:
    await three_teams(chat)
    chat.app.clock.set(at("2024-08-26T12:00+08:00"))
    await the_final_round_leaves_gobi_out(chat)

    rehearsed = [
        m
        for m in await rehearse(
            chat.app, chat.app.clock.now(), at("2025-03-03T00:00+08:00"), "mics-2024"
        )
        if m.category == "progress"
    ]
    expected = []
    for day in DAYS:
        for due in (
            asked_at(day),
            asked_at(day) + timedelta(days=3),
            asked_at(day) + timedelta(days=5, hours=-2),
        ):
            expected += [(due, "bat"), (due, "yui")]
    assert [(m.at, m.recipient) for m in rehearsed] == expected
    assert rehearsed[0].text == (
        "«Nar» багийн явцын тайлан илгээх хугацаа боллоо (үе: 9-р сарын 25 (Лх)). "
        "9-р сарын 30 (Да) 10:00 хүртэл илгээнэ үү."
    )
    assert rehearsed[-1].text == (
        "チーム「Sakura」の進捗報告（2025年2月25日（火）開始の期間）がまだ提出されていません。"
        "締め切りは2025年3月2日（日）11:00（日本時間）です（残り2時間）。"
    )

    for month, day in enumerate(DAYS):
        chat.app.clock.set(asked_at(day))
        await chat.say("/as org")
        out = await delivered(chat)
        assert [line for line in out.splitlines() if line.startswith("→")] == ["→ bat", "→ yui"]
        await chat.say("/as bat", "/report", *nar(month))

        chat.app.clock.set(asked_at(day) + timedelta(days=3))
        await chat.say("/as org")
        out = await delivered(chat)
        assert [line for line in out.splitlines() if line.startswith("→")] == ["→ yui"]
        await chat.say("/as yui", "/report", *sakura(month))
        assert await reported(chat) == [(day, "Nar", "bat"), (day, "Sakura", "yui")]
        await chat.say("/as org")
        if day == "2025-01-25":  # help needed: the organizers hear of it and answer it
            assert await delivered(chat) == (
                "Team “Sakura” needs help (progress report of Sat, Jan 25, 2025):\n"
                f"{HELP}\n[1] Indicators\n\n"
                "New question #1 from yui (about the team Sakura, in Japanese):\n"
                f"{HELP}\n[1] Claim\n[2] Reply\n[3] Close\n\n"
            )
            await press(chat, DeskButton(DeskAct.REPLY, 1).pack())
            await chat.say("通訳を手配します。")
            assert await delivered(chat) == (
                "→ yui\nご質問 #1 への運営者からの回答です。\n\n通訳を手配します。\n"
                "[1] 返信する\n[2] 解決済みにする\n\n"
            )
        else:
            assert await delivered(chat) == ""

        # Both have reported: the last reminder is not sent, and the rehearsal shows none.
        chat.app.clock.set(asked_at(day) + timedelta(days=5, hours=-2))
        assert [
            m
            for m in await rehearse(
                chat.app, chat.app.clock.now(), asked_at(day) + timedelta(days=5), "mics-2024"
            )
            if m.category == "progress"
        ] == []
        await chat.say("/as org")
        assert await delivered(chat) == ""

    chat.app.clock.set(at("2025-03-01T09:00+08:00"))
    out = await chat.say("/as org", "/kpis")
    assert out.startswith(
        "Indicators for the period of Tue, Feb 25, 2025 (closes Sun, Mar 2, 2025 10:00)\n"
        "Reported: 2 of 2 teams. Not yet: none\n"
        "Program totals:\n"
        "• Foreign-market entries: 18 (target 5)\n"
        "• Japanese partners engaged: 6 (target 10)\n"
        "• Mongolian partners engaged: 6 (target 10)\n"
        "• Pilots or customers: 18 (target 30)\n"
        "• Funding raised: 9,000 USD (target 500,000 USD)\n"
        "• Jobs created: 6 (target 50)\n\n"
        "Per team (Foreign-market entries · Japanese partners engaged · Mongolian partners engaged"
        " · Pilots or customers · Funding raised · Jobs created):\n"
        "• Nar: 6 · 6 · 0 · 12 · 6,000 · 6\n"
        "• Sakura: 12 · 0 · 6 · 6 · 3,000 · 0\n\n"
        "Program-level indicators (as of now):\n"  # the shipped program's RSVP event
        "Event: MICS2024 interim event (Wed, Nov 20, 2024):\n"
        "• Checked in: 0\n• Coming on site: 0\n• No-shows: 0\n"
        "• Average rating (1–5): –\n• Ratings given: 0\n\n"
        "The workbook: a sheet per period, the totals and the answers in words.\n"
        "[file] mics-2024-kpis-20250301-0100.xlsx"
    )
    workbook = load_workbook(sent_file(chat, "org", ".xlsx"))
    assert workbook.sheetnames == [*DAYS, "totals", "texts"]
    totals = [[c.value for c in row] for row in workbook["totals"].iter_rows()]
    assert [row[1:8] for row in totals[1:8]] == [
        [2, 3, 1, 1, 3, 1500, 1],
        [2, 6, 2, 2, 6, 3000, 2],
        [2, 9, 3, 3, 9, 4500, 3],
        [2, 12, 4, 4, 12, 6000, 4],
        [2, 15, 5, 5, 15, 7500, 5],
        [2, 18, 6, 6, 18, 9000, 6],
        [None, 5, 10, 10, 30, 500000, 50],
    ]
    texts = [[c.value for c in row] for row in workbook["texts"].iter_rows()]
    assert [row[1:] for row in texts[1:]] == [["Sakura", "Help needed from JICA", HELP]]

    chart = sent_file(chat, "org", ".png")
    assert png_size(chart.read_bytes()) == (1200, 660)

    # The same in Japanese and in Mongolian: the chart's titles are in the reader's language.
    for language, first_line in (
        (
            "ja",
            "2025年2月25日（火）開始の期間の指標（締め切り：2025年3月2日（日）11:00（日本時間））",
        ),
        (
            "mn",
            "Шалгуур үзүүлэлтүүд (үе: 2-р сарын 25 (Мя), хаагдах хугацаа: 3-р сарын 2 (Ня) 10:00)",
        ),
    ):
        await chat.say("/language", LANGUAGE_BUTTON[language])
        chat.app.clock.set(chat.app.clock.now() + timedelta(minutes=1))  # a new file name
        assert (await chat.say("/kpis")).splitlines()[0] == first_line
        localized = sent_file(chat, "org", ".png")
        assert png_size(localized.read_bytes()) == (1200, 660)
        if os.environ.get("MICS_KPI_CHART"):  # where to keep the charts to look at them
            shutil.copy(localized, os.environ["MICS_KPI_CHART"].replace(".png", f"-{language}.png"))
    if os.environ.get("MICS_KPI_CHART"):
        shutil.copy(chart, os.environ["MICS_KPI_CHART"])
