"""The Progress page in a real browser: two periods reported by two of the three seeded teams,
the numbers per team and in total, the period and team filters, the charts, and the workbook
downloaded and opened. Screenshots in Mongolian and Japanese go to the printed folder."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from bot.app import App
from storage.progress import ProgressRepository
from storage.uow import UnitOfWork
from tests.dashboard.live import LiveDashboard, screenshot, wait_until
from tests.dashboard.seed import SNEAKY, Seeded
from tests.dashboard.test_browser import open_dashboard, stat, switch_language, table

SEPTEMBER, OCTOBER = "2024-09-25", "2024-10-25"


def reports_of(seeded: Seeded) -> Any:
    async def add(app: App) -> None:
        nar, sakura = seeded.teams["Нарны гэр"], seeded.teams["Team Sakura"]
        async with app.sessions() as session, session.begin():
            progress = UnitOfWork(session).get(ProgressRepository)
            now = app.clock.now()
            for team, period, values in (
                (nar, SEPTEMBER, {"foreign-markets": 1, "funding": 1000, "customers": 3}),
                (
                    nar,
                    OCTOBER,
                    {
                        "foreign-markets": 1,
                        "funding": 500,
                        "customers": 5,
                        "help-needed": "Орчуулагч хэрэгтэй",
                    },
                ),
                (sakura, OCTOBER, {"foreign-markets": 2, "funding": 2000, "customers": 4}),
            ):
                await progress.save("mics-2024", team, period, values, 1, now)

    return add


def test_the_progress_page_numbers_filters_charts_and_workbook(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    seeded = open_dashboard(live, browser)
    live.call(reports_of(seeded))
    browser.get(f"{live.url}/admin/progress")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Явц"
    assert (stat(browser, "reported"), stat(browser, "missing")) == ("2", "1")
    rows = sorted(table(browser, "teams"))
    assert [row[:5] for row in rows] == [
        [SNEAKY, "хүлээгдэж буй", "–", "–", "–"],
        ["Team Sakura", "илгээсэн", "2", "–", "–"],
        ["Нарны гэр", "илгээсэн", "2", "–", "–"],
    ]
    totals = table(browser, "totals")
    assert totals[0] == ["Гадаад зах зээлд нэвтэрсэн", "4", "5"]
    assert totals[3] == ["Туршилт ба хэрэглэгч", "9", "30"]
    assert totals[4] == ["Татсан санхүүжилт", "3,500 USD", "500,000 USD"]
    assert table(browser, "texts") == [
        ["Нарны гэр", "JICA-аас хэрэгтэй дэмжлэг", "Орчуулагч хэрэгтэй"]
    ]
    # a chart per indicator with values: markets, pilots, funding
    assert len(browser.find_elements(By.CSS_SELECTOR, "img")) == 3
    screenshot(browser, shots / "progress-mn.png")

    Select(browser.find_element(By.NAME, "period")).select_by_value(SEPTEMBER)
    wait_until(lambda: stat(browser, "reported") == "1", what="September's numbers")
    assert table(browser, "totals")[4] == ["Татсан санхүүжилт", "1,000 USD", "500,000 USD"]
    Select(browser.find_element(By.NAME, "team")).select_by_value(str(seeded.teams["Team Sakura"]))
    wait_until(lambda: [r[0] for r in table(browser, "teams")] == ["Team Sakura"], what="a team")
    assert table(browser, "teams")[0][1:3] == ["хүлээгдэж буй", "–"]

    switch_language(browser, "ja")
    assert browser.find_element(By.TAG_NAME, "h1").text == "進捗"
    screenshot(browser, shots / "progress-ja.png")

    for old in browser.downloads.glob("*"):
        old.unlink()
    browser.get(f"{live.url}/admin/progress")
    browser.find_element(By.PARTIAL_LINK_TEXT, "XLSX").click()
    found = wait_until(lambda: list(browser.downloads.glob("*.xlsx")), what="the XLSX")
    time.sleep(0.2)
    book = openpyxl.load_workbook(found[0])
    assert book.sheetnames == [SEPTEMBER, OCTOBER, "totals", "texts"]
    target = next(book["totals"].iter_rows(min_row=4, max_row=4, values_only=True))
    assert target[:4] == (
        "target",
        None,
        5,
        10,
    )
