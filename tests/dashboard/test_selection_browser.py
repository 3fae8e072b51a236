"""The Selection page in a real browser (headless Chromium): the shipped program's document
screening (closed on the rehearsal's clock) with three teams and three judges, the judges'
progress and the ranking as stored (a tie and a disagreement), decisions made from the page
(stored as the chat's /decide stores them), publishing from the page (the chat's code: one
message per member, in their language, once), and the ranking's XLSX."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import openpyxl
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from bot.app import App
from storage.models import Delivery, Participant
from storage.selection import SelectionRound
from tests.dashboard.live import LiveDashboard, screenshot, wait_until
from tests.dashboard.seed import SNEAKY
from tests.dashboard.selection_seed import NAR, SAKURA, decisions, judged_round
from tests.dashboard.support import sign_in_link
from tests.dashboard.test_browser import table


async def results_sent(app: App) -> tuple[bool, list[tuple[str, str]]]:
    """Whether the round is published, and its result rows (key's person, renderer)."""
    async with app.sessions() as session:
        row = await session.scalar(select(SelectionRound).where(SelectionRound.key == "documents"))
        rows = await session.scalars(
            select(Delivery).where(Delivery.category == "selection-result").order_by(Delivery.id)
        )
        people = {p.id: p.external_id for p in await session.scalars(select(Participant))}
        return (
            row is not None and row.published_at is not None,
            sorted((people[d.participant_id], d.params["outcome"]) for d in rows),
        )


def press(browser: Any, team: str, label: str) -> None:
    """The decision button ``label`` in ``team``'s row of the ranking; waits for the page."""
    for row in browser.find_elements(By.CSS_SELECTOR, 'table[data-table="ranking"] tbody tr'):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells[1].text == team:
            found = cells[-1].find_elements(By.TAG_NAME, "button")
            button = next(b for b in found if b.text == label)
            confirm = button.get_attribute("data-confirm")
            button.click()
            if confirm:
                browser.switch_to.alert.accept()
            WebDriverWait(browser, 20).until(staleness_of(button))
            wait_until(lambda: browser.find_element(By.CSS_SELECTOR, "[data-flash]").text)
            return
    raise AssertionError(f"{team} is not in the ranking")


def flash(browser: Any) -> str:
    return str(browser.find_element(By.CSS_SELECTOR, "[data-flash]").text)


def test_decide_and_publish_a_round_from_the_selection_page(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    round_id = live.call(judged_round)
    browser.delete_all_cookies()
    browser.get(live.run(sign_in_link(live.chat)))
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="a page")
    browser.get(f"{live.url}/admin/selection?round={round_id}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Шалгаруулалт"
    assert [row[:2] + row[4:] for row in table(browser, "rounds")] == [
        ["Баримт бичгийн шалгаруулалт", "үнэлгээ хаагдсан", "15"],
        ["Эцсийн шалгаруулалт", "үнэлгээ хаагдсан", "10"],
    ]
    assert table(browser, "judges") == [
        ["bold", "3", "3", "0"],
        ["mia", "3", "3", "0"],
        ["saran", "1", "0", "1"],
    ]
    buttons = "Шалгаруулах\nНөөцөд\nШалгаруулахгүй"
    assert table(browser, "ranking") == [
        ["1", NAR, "4.50", "+0.35", "2", "1", "1.00", "", "шийдээгүй", buttons],
        [
            "2 (ижил)",
            SAKURA,
            "4.00",
            "-0.09",
            "2",
            "0",
            "2.00",
            "санал зөрсөн",
            "шийдээгүй",
            buttons,
        ],
        [
            "2 (ижил)",
            SNEAKY,
            "4.00",
            "-0.26",
            "2",
            "0",
            "2.00",
            "санал зөрсөн",
            "шийдээгүй",
            buttons,
        ],
    ]

    press(browser, NAR, "Шалгаруулах")
    assert flash(browser) == f"{NAR} баг: шалгарсан."
    press(browser, SNEAKY, "Нөөцөд")
    assert live.call(decisions) == {
        NAR: ("selected", "", "org"),
        SNEAKY: ("waitlisted", "", "org"),
    }
    assert [row[-2:] for row in table(browser, "ranking")] == [
        ["шалгарсан", "Нөөцөд\nШалгаруулахгүй"],
        ["шийдээгүй", buttons],
        ["нөөцөд", "Шалгаруулах\nШалгаруулахгүй"],
    ]
    screenshot(browser, shots / "selection-mn.png")

    publish = browser.find_element(By.CSS_SELECTOR, 'form[data-form="publish"] button')
    assert publish.get_attribute("data-confirm") == (
        "Бүх багт дүнг нь одоо илгээх үү? Нийт мессеж: 3."
    )
    publish.click()
    browser.switch_to.alert.accept()
    WebDriverWait(browser, 20).until(staleness_of(publish))
    assert flash(browser) == (
        "«Баримт бичгийн шалгаруулалт» тойргийн дүн зарлагдлаа: шалгарсан 1, нөөцөд 1, "
        "шалгараагүй 1. 3 мэдэгдэл илгээгдэж байна."
    )
    assert live.call(decisions) == {
        NAR: ("selected", "", "org"),
        SNEAKY: ("waitlisted", "", "org"),
        SAKURA: ("not_selected", "", ""),
    }
    assert live.call(results_sent) == (
        True,
        [("bat", "selected"), ("tuya", "waitlisted"), ("yuki", "not_selected")],
    )
    assert [row[-2:] for row in table(browser, "ranking")] == [
        ["шалгарсан", ""],
        ["шалгараагүй", "Шалгарсан болгох"],
        ["нөөцөд", "Шалгарсан болгох"],
    ]
    printed = wait_until(
        lambda: live.console_output().count("\n→ ") == 3 and live.console_output(),
        what="three results",
    )
    assert (
        "→ yuki\nMICS 2024：SDGsのためのモンゴル・オープンイノベーション共創の「書類選考」に"
        "ご参加いただきありがとうございます。残念ながら、チーム「Team Sakura」は今回、"
        "採択に至りませんでした。\n"
    ) in printed
    assert (
        "→ bat\nБаяр хүргэе! Танай Нарны гэр баг MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй "
        "инноваци, хамтын бүтээл хөтөлбөрийн «Баримт бичгийн шалгаруулалт» тойрогт шалгарлаа.\n"
    ) in printed

    for old in browser.downloads.glob("*"):
        old.unlink()
    browser.get(f"{live.url}/admin/exports")
    browser.find_element(
        By.CSS_SELECTOR, f'a[href="/admin/exports/file/ranking.xlsx?round={round_id}"]'
    ).click()
    found = wait_until(lambda: list(browser.downloads.glob("*.xlsx")), what="the XLSX")
    time.sleep(0.2)
    rows = list(openpyxl.load_workbook(found[0])["ranking"].iter_rows(values_only=True))
    assert rows == [
        (
            "place",
            "tie",
            "team",
            "mean",
            "normalized",
            "scores_in",
            "missing",
            "spread",
            "disagreement",
            "decision",
            "award",
        ),
        (1, False, NAR, 4.5, 0.3536, 2, 1, 1, False, "selected", None),
        (2, True, SAKURA, 4, -0.0947, 2, 0, 2, True, "not_selected", None),
        (2, True, SNEAKY, 4, -0.2588, 2, 0, 2, True, "waitlisted", None),
    ]
