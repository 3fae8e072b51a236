"""The public showcase (/projects) in a real browser (headless Chromium): no sign-in, the
page in Japanese and Mongolian with only what the leads published, HTML-like text shown as
text. A screenshot of the Japanese page goes to the dashboard's screenshot folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from bot.app import App
from tests.dashboard.live import LiveDashboard, screenshot, wait_until
from tests.matching_support import published_project


async def two_projects(app: App) -> None:
    await published_project(app, "Nar", "Solar <b>yurts</b>", "bat", "console")
    await published_project(app, "Sakura", "Sakura farm", "yui", "console")


def articles(browser: Any) -> list[str]:
    return [article.text for article in browser.find_elements(By.TAG_NAME, "article")]


def test_the_public_showcase_without_signing_in(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    live.call(two_projects)
    browser.delete_all_cookies()
    browser.get(f"{live.url}/projects/ja")
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="the showcase")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
    assert browser.find_element(By.TAG_NAME, "h1").text == "パートナーを求めるプロジェクト"
    card = "太陽のゲル\nSDGs（持続可能な開発目標）\n7. エネルギーをみんなに そしてクリーンに\n求めているパートナー\n技術"
    assert articles(browser) == [
        f"Solar <b>yurts</b>\nチーム：Nar\n{card}",
        f"Sakura farm\nチーム：Sakura\n{card}",
    ]
    assert browser.find_elements(By.CSS_SELECTOR, "article b") == []
    screenshot(browser, shots / "projects-ja.png")
    browser.get(f"{live.url}/projects/mn")
    wait_until(lambda: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "mn")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Түнш хайж буй төслүүд"
    card = "Нарны гэр\nТогтвортой хөгжлийн зорилго\n7. Хүртээмжтэй, цэвэр эрчим хүч\nХайж буй түнш\nТехнологи"
    assert articles(browser) == [
        f"Solar <b>yurts</b>\nБаг: Nar\n{card}",
        f"Sakura farm\nБаг: Sakura\n{card}",
    ]
