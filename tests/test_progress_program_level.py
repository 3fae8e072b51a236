"""The program-level indicators event day and matching contribute to the progress KPI report:
per RSVP event those checked in, coming and (after it) the no-shows, the average rating and
how many rated; the introductions requested, accepted and first meetings held. Through the
console in Mongolian and Japanese, in the workbook's totals sheet and the CSV, and absent for a
program with neither."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.matching import Introduction, IntroState, MatchingRepository, ShowcaseProject
from storage.models import Team
from storage.uow import UnitOfWork
from tests.dashboard.support import BASE, client_for, signed_in
from tests.dashboard.test_helpdesk_page import table
from tests.eventday_support import PROGRAM, day, delivered, joins, person_id
from tests.progress_support import sent_file
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, register_team
from tests.test_eventday_news_feedback import checked_in
from tests.timeline_support import at

__all__ = ["day"]

REPORTS = """
[reports]
dates = [2024-11-15T10:00:00]
deadline_days = 30
reminder_hours = [24]

[[kpis]]
id = "customers"
name = { mn = "Хэрэглэгч", ja = "顧客", en = "Customers" }
type = "count"
target = 40
"""


@pytest.fixture
async def day_app(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> AsyncIterator[App]:
    """The event-day program with a progress report, and a dashboard address."""
    path = tmp_path / "day-2024.toml"
    path.write_text(PROGRAM + REPORTS, encoding="utf-8")
    settings = settings_for(program_files=(str(path),), public_base_url=BASE)
    application = await build_app(settings, clock, translator)
    yield application
    await application.close()


WITHOUT_RSVP = "\n".join(
    line for line in PROGRAM.splitlines() if not line.startswith(("rsvp", "capacity", "online"))
)


@pytest.fixture
async def plain(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> AsyncIterator[Chat]:
    """The same program with its events taking no RSVP."""
    path = tmp_path / "plain-2024.toml"
    path.write_text(WITHOUT_RSVP + REPORTS, encoding="utf-8")
    settings = settings_for(program_files=(str(path),), public_base_url=BASE)
    application = await build_app(settings, clock, translator)
    yield Chat(application, tmp_path / "console-files")
    await application.close()


async def rated(day: Chat, clock: FixedClock) -> None:
    """The demo day of ``checked_in`` (3 checked in, 2 coming on site, none missing) rated 5
    by bat and 4 by aya; aya is also coming to the forum and does not come."""
    await checked_in(day, clock)
    clock.set(at("2024-11-20T19:00+08:00"))
    await delivered(day)
    await day.say("/as bat", "5", "1", "/as aya", "4", "1")


async def introductions(app: App) -> None:
    """Three requests to team Nar's project: one accepted whose first meeting was on 1
    December, one accepted with no meeting yet, one still open."""
    visitor = await person_id(app, "ken")
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        team = await session.scalar(select(Team.id).where(Team.name == "Nar"))
        assert team is not None
        matching = uow.get(MatchingRepository)
        project = await matching.save_project(
            ShowcaseProject(
                team_id=team,
                program_id="day-2024",
                title="Solar ger",
                pitches={"en": "Solar ger"},
                sdgs=[7],
                needs=["technology"],
                need_note="",
                deck_public=False,
                state="published",
                confirmed_at=now,
                published_at=now,
            )
        )
        for state, meeting in (
            (IntroState.ACCEPTED, at("2024-12-01T10:00+08:00")),
            (IntroState.ACCEPTED, None),
            (IntroState.OPEN, None),
        ):
            await matching.add(
                Introduction(
                    program_id="day-2024",
                    project_id=project.id,
                    team_id=team,
                    visitor_id=visitor,
                    organization="Ken Ltd",
                    message="Hello",
                    state=state,
                    created_at=now,
                    expires_at=now + timedelta(days=30),
                    answered_at=now if state == IntroState.ACCEPTED else None,
                    proposals=[],
                    meeting_at=meeting,
                )
            )


MN_SECTION = (
    "Хөтөлбөрийн түвшний шалгуур үзүүлэлт (одоогийн байдлаар):\n"
    "Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)):\n"
    "• Ирц бүртгүүлсэн: 3\n"
    "• Биечлэн ирнэ гэсэн: 2\n"
    "• Ирээгүй: 0\n"
    "• Дундаж үнэлгээ (1–5): 4.5\n"
    "• Үнэлгээ өгсөн хүний тоо: 2\n"
    "Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)):\n"
    "• Ирц бүртгүүлсэн: 0\n"
    "• Биечлэн ирнэ гэсэн: 1\n"
    "• Ирээгүй: 1\n"
    "• Дундаж үнэлгээ (1–5): –\n"
    "• Үнэлгээ өгсөн хүний тоо: 0\n"
    "Танилцуулга (түнш хайх):\n"
    "• Хүсэлт ирсэн: 3\n"
    "• Зөвшөөрсөн: 2\n"
    "• Болсон анхны уулзалт: 1\n\n"
)
JA_SECTION = (
    "プログラム全体の指標（現時点）：\n"
    "イベント「デモデイ」（2024年11月20日（水））：\n"
    "• 受付済み：3\n"
    "• 会場に出席予定：2\n"
    "• 来場なし：0\n"
    "• 平均評価（1〜5）：4.5\n"
    "• 評価件数：2\n"
    "イベント「フォーラム」（2024年12月5日（木））：\n"
    "• 受付済み：0\n"
    "• 会場に出席予定：1\n"
    "• 来場なし：1\n"
    "• 平均評価（1〜5）：–\n"
    "• 評価件数：0\n"
    "ご紹介（共創マッチング）：\n"
    "• 依頼：3\n"
    "• 承諾：2\n"
    "• 実施済みの最初の面談：1\n\n"
)


async def test_kpis_show_the_events_and_introductions_of_the_program(
    day: Chat, clock: FixedClock
) -> None:
    await rated(day, clock)
    await introductions(day.app)
    clock.set(at("2024-12-06T10:00+08:00"))  # the forum is over: its no-shows count
    await delivered(day)

    await day.say("/as org", "/language", LANGUAGE_BUTTON["mn"])
    out = await day.say("/kpis")
    assert out.split("Excel файл:", 1)[0] == (
        "Шалгуур үзүүлэлтүүд (үе: 11-р сарын 15 (Ба), хаагдах хугацаа: 12-р сарын 15 (Ня) 10:00)\n"
        "Тайлан илгээсэн: 1 багаас 0. Илгээгээгүй: Nar\n"
        "Хөтөлбөрийн нийт дүн:\n"
        "• Хэрэглэгч: – (зорилтот түвшин: 40)\n\n"
        "Баг тус бүрээр (Хэрэглэгч):\n"
        "• Nar (илгээгээгүй): –\n\n" + MN_SECTION
    )

    workbook = load_workbook(sent_file(day, "org", ".xlsx"))
    totals = [[c.value for c in row] for row in workbook["totals"].iter_rows()]
    assert totals[3:] == [
        [None, None, None],
        ["Хөтөлбөрийн түвшний шалгуур үзүүлэлт", None, None],
        ["Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)): Ирц бүртгүүлсэн", 3, None],
        ["Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)): Биечлэн ирнэ гэсэн", 2, None],
        ["Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)): Ирээгүй", 0, None],
        ["Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)): Дундаж үнэлгээ (1–5)", 4.5, None],
        ["Арга хэмжээ: «Үзүүлэх өдөр» (11-р сарын 20 (Лх)): Үнэлгээ өгсөн хүний тоо", 2, None],
        ["Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)): Ирц бүртгүүлсэн", 0, None],
        ["Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)): Биечлэн ирнэ гэсэн", 1, None],
        ["Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)): Ирээгүй", 1, None],
        ["Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)): Дундаж үнэлгээ (1–5)", None, None],
        ["Арга хэмжээ: «Форум» (12-р сарын 5 (Пү)): Үнэлгээ өгсөн хүний тоо", 0, None],
        ["Танилцуулга (түнш хайх): Хүсэлт ирсэн", 3, None],
        ["Танилцуулга (түнш хайх): Зөвшөөрсөн", 2, None],
        ["Танилцуулга (түнш хайх): Болсон анхны уулзалт", 1, None],
    ]

    raw = sent_file(day, "org", ".csv").read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row for row in rows if row[1] == ""] == [
        ["2024-11-15", "", key, name, value, ""]
        for key, name, value in (
            ("eventday.demo.checked_in", totals[5][0], "3"),
            ("eventday.demo.coming", totals[6][0], "2"),
            ("eventday.demo.no_shows", totals[7][0], "0"),
            ("eventday.demo.average_rating", totals[8][0], "4.5"),
            ("eventday.demo.ratings", totals[9][0], "2"),
            ("eventday.forum.checked_in", totals[10][0], "0"),
            ("eventday.forum.coming", totals[11][0], "1"),
            ("eventday.forum.no_shows", totals[12][0], "1"),
            ("eventday.forum.average_rating", totals[13][0], ""),
            ("eventday.forum.ratings", totals[14][0], "0"),
            ("matching.requested", totals[15][0], "3"),
            ("matching.accepted", totals[16][0], "2"),
            ("matching.meetings_held", totals[17][0], "1"),
        )
    ]

    await day.say("/language", LANGUAGE_BUTTON["ja"])
    out = await day.say("/kpis")
    assert out.split("• Nar（未提出）：–\n\n", 1)[1].split("Excelファイル：", 1)[0] == JA_SECTION

    async with client_for(day.app) as (client, _):
        await signed_in(client, day)
        page = (await client.get("/admin/progress")).text
    assert "<h2>プログラム全体の指標</h2>" in page
    assert [table(page, f"program-{n}") for n in range(4)] == [
        [
            ["受付済み", "3"],
            ["会場に出席予定", "2"],
            ["来場なし", "0"],
            ["平均評価（1〜5）", "4.5"],
            ["評価件数", "2"],
        ],
        [
            ["受付済み", "0"],
            ["会場に出席予定", "1"],
            ["来場なし", "1"],
            ["平均評価（1〜5）", "–"],
            ["評価件数", "0"],
        ],
        [["依頼", "3"], ["承諾", "2"], ["実施済みの最初の面談", "1"]],
        [],
    ]


async def test_no_shows_wait_until_the_event_is_over(day: Chat, clock: FixedClock) -> None:
    await rated(day, clock)
    clock.set(at("2024-12-05T11:00+08:00"))  # during the forum; no introduction yet
    await delivered(day)
    out = await day.say("/as org", "/kpis")
    assert out.split("Program-level indicators (as of now):\n", 1)[1].split("\n\n", 1)[0] == (
        "Event: Demo day (Wed, Nov 20, 2024):\n"
        "• Checked in: 3\n"
        "• Coming on site: 2\n"
        "• No-shows: 0\n"
        "• Average rating (1–5): 4.5\n"
        "• Ratings given: 2\n"
        "Event: Forum (Thu, Dec 5, 2024):\n"
        "• Checked in: 0\n"
        "• Coming on site: 1\n"
        "• Average rating (1–5): –\n"
        "• Ratings given: 0"
    )


async def test_a_program_without_events_or_introductions_shows_no_such_section(
    plain: Chat, clock: FixedClock
) -> None:
    await joins(plain, "bat", "mn")
    await register_team(plain, "Nar")
    await plain.say("/as org", "/start", "3")
    clock.set(at("2024-11-15T10:00+08:00"))
    await delivered(plain)
    out = await plain.say("/as org", "/kpis")
    assert [message.splitlines()[0] for message in out.split("\n\n") if message] == [
        "Indicators for the period of Fri, Nov 15, 2024 (closes Sun, Dec 15, 2024 10:00)",
        "Per team (Customers):",
        "The workbook: a sheet per period, the totals and the answers in words.",
        "The indicators over 1 periods, per team.",
        "Every reported value as a CSV file.",
    ]
    workbook = load_workbook(sent_file(plain, "org", ".xlsx"))
    totals = [[c.value for c in row] for row in workbook["totals"].iter_rows()]
    assert totals == [
        ["period", "teams_reported", "Customers"],
        [datetime(2024, 11, 15), 0, None],
        ["target", None, 40],
    ]

    async with client_for(plain.app) as (client, _):
        await signed_in(client, plain)
        page = (await client.get("/admin/progress")).text
    assert ("Program-level indicators" in page, 'data-table="totals"' in page) == (False, True)
