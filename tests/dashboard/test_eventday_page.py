"""The Event day page in a real browser: while an organizer watches the interim event's
attendance, people are checked in through the console chat (one by their code, one walk-in by
name) and the page's live part shows the new numbers without a reload; the reminders toggle
is the chat's; the attendance export is the chat's CSV as an XLSX
(times in the event's zone, as the chat's CSV says)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import httpx
import openpyxl
from selenium.webdriver.common.by import By

from bot.app import App
from storage.eventday import EventDayRepository, RemindersTo
from storage.uow import UnitOfWork
from tests.dashboard.live import LiveDashboard, wait_until
from tests.dashboard.support import sign_in_link
from tests.eventday_support import code_of, event_id, joins
from tests.team_support import register_team
from tests.timeline_support import at

NAMES = ("checked-in", "walk-ins", "coming", "online", "waiting", "declined", "not-arrived")


def stats(browser: Any) -> dict[str, str]:
    return {
        name: browser.find_element(By.CSS_SELECTOR, f'[data-stat="{name}"]').text for name in NAMES
    }


def table(browser: Any, name: str) -> list[list[str]]:
    rows = browser.find_elements(By.CSS_SELECTOR, f'table[data-table="{name}"] tbody tr')
    return [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]


def coming_to_the_interim_event(live: LiveDashboard) -> None:
    """bat (mn, team Nar) and aya (ja) say they come and get their tickets; tuya (mn) does not
    answer. The clock then stands in the registration, 13:40 in Ulaanbaatar."""
    live.say("/as org", "/start", "3")
    live.run(joins(live.chat, "bat", "mn"))
    live.run(register_team(live.chat, "Nar"))
    live.say("/schedule", "1", "1", "/ticket")
    live.run(joins(live.chat, "aya", "ja"))
    live.say("/schedule", "1", "1", "/ticket")
    live.run(joins(live.chat, "tuya", "mn"))
    live.clock.set(at("2024-11-20T13:40+08:00"))  # type: ignore[attr-defined]


async def reminders_to(app: App) -> RemindersTo:
    async with app.sessions() as session:
        days = UnitOfWork(session).get(EventDayRepository)
        return await days.reminders_to(await event_id(app, "interim"))


def test_check_ins_in_the_chat_change_the_live_numbers(live: LiveDashboard, browser: Any) -> None:
    coming_to_the_interim_event(live)
    browser.delete_all_cookies()
    browser.get(live.run(sign_in_link(live.chat)))
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="a page")
    browser.get(f"{live.url}/admin/eventday")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Event day"
    live_part = browser.find_element(By.CSS_SELECTOR, '[data-live="attendance"]')
    assert live_part.get_attribute("data-running") == "1"
    assert stats(browser) == {
        "checked-in": "0",
        "walk-ins": "0",
        "coming": "2 / 140",
        "online": "0",
        "waiting": "0",
        "declined": "0",
        "not-arrived": "2",
    }
    assert table(browser, "by-team") == [["Nar", "0", "1"]]

    bat = live.call(lambda app: code_of(app, "bat", "interim"))
    live.say("/as org", f"/checkin {bat}", "1")
    wait_until(lambda: stats(browser)["checked-in"] == "1", what="the check-in by code")
    assert stats(browser) == {
        "checked-in": "1",
        "walk-ins": "0",
        "coming": "2 / 140",
        "online": "0",
        "waiting": "0",
        "declined": "0",
        "not-arrived": "1",
    }
    assert table(browser, "by-team") == [["Nar", "1", "1"]]

    live.say("/checkin", "tuy", "1", "1")  # a walk-in found by name
    wait_until(lambda: stats(browser)["checked-in"] == "2", what="the walk-in")
    assert stats(browser) == {
        "checked-in": "2",
        "walk-ins": "1",
        "coming": "2 / 140",
        "online": "0",
        "waiting": "0",
        "declined": "0",
        "not-arrived": "1",
    }
    chart = browser.find_element(By.CSS_SELECTOR, '[data-live="attendance"] img')
    assert chart.get_attribute("alt") == "Check-ins over time"
    assert (chart.get_attribute("src") or "").startswith("data:image/svg+xml")
    assert "→ tuya\n«MICS2024 завсрын арга хэмжээ» арга хэмжээнд тавтай морилно уу!\n" in (
        live.console_output()
    )

    assert live.call(reminders_to) == RemindersTo.EVERYONE
    browser.find_element(By.XPATH, '//button[text()="Remind only coming"]').click()
    wait_until(
        lambda: (
            browser.find_element(By.CSS_SELECTOR, ".callout").text
            == "MICS2024 interim event: reminders and the morning agenda now go only to those coming."
        ),
        what="the toggle's outcome",
    )
    assert live.call(reminders_to) == RemindersTo.COMING
    assert browser.find_elements(By.XPATH, '//button[text()="Remind everyone"]') != []


def test_the_attendance_export_is_the_chats_sheet(live: LiveDashboard, browser: Any) -> None:
    coming_to_the_interim_event(live)
    bat = live.call(lambda app: code_of(app, "bat", "interim"))
    live.say("/as org", f"/checkin {bat}", "1")
    browser.delete_all_cookies()
    browser.get(live.run(sign_in_link(live.chat)))
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="a page")
    browser.get(f"{live.url}/admin/exports")
    rows = table(browser, "exports")
    assert ["Event attendance", "MICS2024 interim event", "CSV\nXLSX"] in rows
    cookies = {c["name"]: c["value"] for c in browser.get_cookies()}
    interim = live.call(lambda app: event_id(app, "interim"))
    answer = httpx.get(
        f"{live.url}/admin/exports/file/attendance.xlsx",
        params={"event": interim},
        cookies=cookies,
    )
    assert answer.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(answer.content)).active
    assert [[cell.value for cell in row][:7] for row in sheet.iter_rows()] == [
        ["name", "channel", "team", "rsvp", "checked_in_at", "checked_in_by", "method"],
        ["aya", "console", None, "coming", None, None, None],
        ["bat", "console", "Nar", "coming", datetime(2024, 11, 20, 13, 40), "org", "ticket"],
    ]
