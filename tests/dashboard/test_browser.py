"""The dashboard in a real browser (headless Chromium, Selenium): signing in through a link from
the console chat, the overview's numbers, filtering teams, a broadcast from composing to done
while console participants receive their language, cancelling a scheduled one, a changed
deadline in ``rehearse``, and an XLSX download. Screenshots of the overview and of a
broadcast's progress in Mongolian and Japanese go to the folder printed at the end."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from sqlalchemy import func, select

from bot.app import App
from bot.rehearsal import rehearse
from storage.models import Broadcast, Delivery, Participant, StageExtension, Team
from tests.dashboard.live import LiveDashboard, screenshot, wait_until
from tests.dashboard.seed import SNEAKY, Seeded, seed
from tests.dashboard.support import sign_in_link

UB = "Asia/Ulaanbaatar"


def open_dashboard(live: LiveDashboard, browser: Any) -> Seeded:
    seeded = live.call(seed)
    browser.delete_all_cookies()
    browser.get(live.run(sign_in_link(live.chat)))
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="a page")
    return seeded


def stat(browser: Any, name: str) -> str:
    return browser.find_element(By.CSS_SELECTOR, f'[data-stat="{name}"]').text


def table(browser: Any, name: str) -> list[list[str]]:
    rows = browser.find_elements(By.CSS_SELECTOR, f'table[data-table="{name}"] tbody tr')
    return [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]


def switch_language(browser: Any, code: str) -> None:
    browser.find_element(By.CSS_SELECTOR, f'form.language button[value="{code}"]').click()
    wait_until(lambda: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == code)


async def counts(app: App) -> dict[str, int]:
    async with app.sessions() as session:
        in_program = Participant.program_id == "mics-2024"
        return {
            "participants": await session.scalar(select(func.count()).where(in_program)) or 0,
            "blocked": await session.scalar(
                select(func.count()).where(in_program, Participant.blocked_at.is_not(None))
            )
            or 0,
            "teams": await session.scalar(
                select(func.count(Team.id)).where(Team.archived_at.is_(None))
            )
            or 0,
        }


def test_sign_in_from_the_chat_and_the_overview_numbers_are_the_databases(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    open_dashboard(live, browser)
    assert browser.current_url == f"{live.url}/admin/overview"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "mn"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Тойм"
    expected = live.call(counts)
    assert {name: int(stat(browser, name)) for name in expected} == expected
    assert table(browser, "stages")[1][2:] == [
        "1",
        "1",
        "1",
    ]  # interim deck: on time, late, missing
    screenshot(browser, shots / "overview-mn.png")
    switch_language(browser, "ja")
    assert browser.find_element(By.TAG_NAME, "h1").text == "概要"
    screenshot(browser, shots / "overview-ja.png")


def test_filter_teams_by_stage_status(live: LiveDashboard, browser: Any) -> None:
    seeded = open_dashboard(live, browser)
    browser.get(f"{live.url}/admin/teams")
    assert sorted(row[0] for row in table(browser, "teams")) == sorted(
        ["Нарны гэр", "Team Sakura", SNEAKY]
    )
    Select(browser.find_element(By.NAME, "stage")).select_by_value(
        str(seeded.stages["interim-deck"])
    )
    Select(browser.find_element(By.NAME, "status")).select_by_value("missing")
    wait_until(
        lambda: [row[0] for row in table(browser, "teams")] == [SNEAKY], what="the missing team"
    )
    assert "status=missing" in browser.current_url
    Select(browser.find_element(By.NAME, "status")).select_by_value("late")
    wait_until(lambda: [row[0] for row in table(browser, "teams")] == ["Team Sakura"])


def test_a_broadcast_in_mn_and_ja_from_preview_to_done(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    open_dashboard(live, browser)
    browser.get(f"{live.url}/admin/broadcasts")
    Select(browser.find_element(By.NAME, "audience")).select_by_value("participants")
    browser.find_element(By.NAME, "text_mn").send_keys("Сайн байна уу, маргааш уулзъя!")
    browser.find_element(By.NAME, "text_ja").send_keys("こんにちは。明日お会いしましょう。")
    browser.find_element(By.CSS_SELECTOR, 'button[value="preview"]').click()
    wait_until(lambda: table(browser, "reach"), what="the preview")
    assert table(browser, "reach") == [["монгол", "console", "2"], ["япон", "console", "1"]]
    assert stat(browser, "reach-blocked") == "1"
    browser.find_element(By.CSS_SELECTOR, 'button[value="send"]').click()
    browser.switch_to.alert.accept()
    wait_until(lambda: "broadcast=" in browser.current_url, what="the progress page")
    wait_until(
        lambda: (
            browser.find_element(By.CSS_SELECTOR, "[data-live]").get_attribute("data-running")
            == "0"
        ),
        what="the broadcast to finish",
    )
    assert {name: stat(browser, name) for name in ("sent", "waiting", "blocked", "total")} == {
        "sent": "3",
        "waiting": "0",
        "blocked": "1",
        "total": "4",
    }
    printed = live.console_output()
    assert "→ bat\nСайн байна уу, маргааш уулзъя!\n" in printed
    assert "→ tuya\nСайн байна уу, маргааш уулзъя!\n" in printed
    assert "→ yuki\nこんにちは。明日お会いしましょう。\n" in printed
    screenshot(browser, shots / "broadcast-progress-mn.png")
    switch_language(browser, "ja")
    screenshot(browser, shots / "broadcast-progress-ja.png")


def test_cancel_a_scheduled_broadcast(live: LiveDashboard, browser: Any) -> None:
    open_dashboard(live, browser)
    browser.get(f"{live.url}/admin/broadcasts")
    Select(browser.find_element(By.NAME, "audience")).select_by_value("participants")
    browser.find_element(By.NAME, "text_mn").send_keys("Маргаашийн мэдээ")
    at = browser.find_element(By.NAME, "at")
    browser.execute_script("arguments[0].value = arguments[1]", at, "2024-11-19T10:00")
    browser.find_element(By.CSS_SELECTOR, 'button[value="schedule"]').click()
    wait_until(lambda: "broadcast=" in browser.current_url, what="the broadcast page")
    # Its audience is resolved when it starts: no rows yet, the total is the estimate.
    assert (stat(browser, "waiting"), stat(browser, "total")) == ("0", "4")
    browser.find_element(By.CSS_SELECTOR, "form.inline button[data-confirm]").click()
    browser.switch_to.alert.accept()
    wait_until(lambda: browser.find_element(By.CSS_SELECTOR, "[data-flash]").text)

    async def states(app: App) -> tuple[list[str], list[str]]:
        async with app.sessions() as session:
            rows = await session.scalars(
                select(Delivery.status).where(Delivery.category == "broadcast")
            )
            return list(rows), list(await session.scalars(select(Broadcast.state)))

    assert live.call(states) == ([], ["cancelled"])
    assert stat(browser, "waiting") == "0"


def test_a_changed_deadline_is_replanned_in_rehearse(live: LiveDashboard, browser: Any) -> None:
    open_dashboard(live, browser)
    browser.get(f"{live.url}/admin/program")
    field = browser.find_element(
        By.CSS_SELECTOR, 'form[data-form="stage-interim-deck"] input[name="deadline_at"]'
    )
    browser.execute_script("arguments[0].value = arguments[1]", field, "2024-11-19T18:00")
    browser.find_element(By.CSS_SELECTOR, 'form[data-form="stage-interim-deck"] button').click()
    flash = wait_until(lambda: browser.find_element(By.CSS_SELECTOR, "[data-flash]").text)
    # Before, the three team members (deadline reminders go to team members only) had one
    # reminder to come (2 h before 18:00 on the 18th); now the 2 h one moves to the 19th and
    # the 24 h one (18:00 on the 18th) is new; the 72 h one is in the past.
    assert flash == (
        "Хадгаллаа. Сануулгуудыг дахин төлөвлөв: 3 нь шилжсэн, 0 нь цаашид илгээгдэхгүй, 3 нь шинэ."
    )
    start = datetime.fromisoformat("2024-11-18T09:00+08:00")
    messages = live.run(rehearse(live.app, start, start + timedelta(days=2), "mics-2024"))
    deadline = [(m.at.isoformat(), m.recipient) for m in messages if m.category == "deadline"]
    assert deadline == [
        ("2024-11-18T10:00:00+00:00", "tuya"),
        ("2024-11-19T08:00:00+00:00", "tuya"),
    ]
    edited = browser.find_element(
        By.CSS_SELECTOR, '[data-section="stage-interim-deck"] .callout'
    ).text
    # The dates' format is the translator's (Babel); the words around them are the page's.
    assert (
        edited.startswith("Энд өөрчилсөн ("),
        "): Эцсийн хугацаа. Хөтөлбөрийн файлд: " in edited,
    ) == (True, True)


def test_download_the_teams_xlsx_and_open_it(live: LiveDashboard, browser: Any) -> None:
    open_dashboard(live, browser)
    for old in browser.downloads.glob("*"):
        old.unlink()
    browser.get(f"{live.url}/admin/exports")
    browser.find_element(By.CSS_SELECTOR, 'a[href="/admin/exports/file/teams.xlsx"]').click()
    found = wait_until(lambda: [p for p in browser.downloads.glob("*.xlsx")], what="the XLSX")
    time.sleep(0.2)
    book = openpyxl.load_workbook(found[0])
    rows = list(book["teams"].iter_rows(values_only=True))
    assert rows[0][:2] == ("team", "project_title")
    assert sorted((row[0], row[8]) for row in rows[1:]) == sorted(
        [
            ("Team Sakura", "yuki"),
            ("Нарны гэр", "bat"),
            ("'" + SNEAKY if SNEAKY[0] in "=+-@" else SNEAKY, "tuya"),
        ]
    )


def test_an_extension_to_an_earlier_time_is_refused_with_the_reason(
    live: LiveDashboard, browser: Any
) -> None:
    seeded = open_dashboard(live, browser)
    browser.get(f"{live.url}/admin/teams?team={seeded.teams['Нарны гэр']}")
    form = 'form[data-form="extend"]'
    Select(browser.find_element(By.CSS_SELECTOR, f'{form} select[name="stage"]')).select_by_value(
        str(seeded.stages["interim-deck"])
    )
    field = browser.find_element(By.CSS_SELECTOR, f'{form} input[name="deadline"]')
    browser.execute_script("arguments[0].value = arguments[1]", field, "2024-11-18T12:00")
    browser.find_element(By.CSS_SELECTOR, f"{form} button").click()
    flash = wait_until(lambda: browser.find_element(By.CSS_SELECTOR, "[data-flash]").text)
    assert flash == (
        "Шинэ эцсийн хугацаа нь одоогийн эцсийн хугацаанаас хойш байх ёстой. Нарны гэр багийн "
        "одоогийн эцсийн хугацаа: 2024 оны 11-р сарын 18 (Да) 18:00. Илүү хожуу огноо, цаг бичнэ үү."
    )

    async def extensions(app: App) -> int:
        async with app.sessions() as session:
            return await session.scalar(select(func.count(StageExtension.id))) or 0

    assert live.call(extensions) == 0
