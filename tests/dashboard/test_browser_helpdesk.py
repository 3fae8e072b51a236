"""The Helpdesk page in a real browser (headless Chromium): a Japanese participant asks in the
console chat, the organizer (reading Mongolian) finds the question on the page with who asked
and how long it waits, answers it there, and the participant receives exactly the answer, as
an answer from the chat arrives; then the organizer closes it from the page and the
participant is told. Screenshots of the thread in Mongolian and Japanese go to the folder
printed at the end."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from bot.core.clock import FixedClock
from tests.dashboard.live import LiveDashboard, screenshot, wait_until
from tests.dashboard.support import sign_in_link
from tests.dashboard.test_browser import switch_language, table
from tests.mentoring_support import quiet

QUESTION = "会場でWi-Fiは使えますか？デモで使いたいです。"
ANSWER = "Тийм ээ, Wi-Fi-ийн нууц үгийг бүртгэлийн ширээнээс авна уу."


def blocks_to(output: str, name: str) -> list[str]:
    """Each message the console printed for ``name`` (a block from ``→ name`` to the blank
    line that ends it)."""
    return ["→ " + block for block in output.split("→ ")[1:] if block.startswith(f"{name}\n")]


def flash(browser: Any) -> str:
    return str(wait_until(lambda: browser.find_element(By.CSS_SELECTOR, "[data-flash]").text))


def test_an_organizer_answers_a_question_from_the_page(
    live: LiveDashboard, browser: Any, shots: Path
) -> None:
    live.say("/as aya", "/start", "2")
    live.run(quiet(live.chat, "aya"))
    live.say("/as aya", "/ask", QUESTION, "1", "1")
    assert isinstance(live.clock, FixedClock)
    live.clock.advance(timedelta(hours=2))
    browser.delete_all_cookies()
    browser.get(live.run(sign_in_link(live.chat)))
    wait_until(lambda: browser.find_element(By.TAG_NAME, "h1").text, what="a page")
    browser.get(f"{live.url}/admin/helpdesk")
    assert table(browser, "threads") == [
        ["#1", QUESTION, "aya", "2 цаг", "хариуцагчгүй\n2 цаг хариулт хүлээж байна"]
    ]
    before = len(live.console_output())

    browser.find_element(By.LINK_TEXT, "#1").click()
    wait_until(lambda: table(browser, "messages"), what="the thread")
    browser.find_element(By.NAME, "text").send_keys(ANSWER)
    browser.find_element(By.CSS_SELECTOR, 'form[data-form="answer"] button').click()
    assert flash(browser) == "№1 асуултын хариултыг илгээлээ. Хүлээн авагч: aya."
    answered = wait_until(
        lambda: blocks_to(live.console_output()[before:], "aya"), what="the answer in the chat"
    )
    assert answered == [
        f"→ aya\nご質問 #1 への運営者からの回答です。\n\n{ANSWER}\n[1] 返信する\n[2] 解決済みにする\n\n"
    ]
    assert table(browser, "messages")[1][1:] == ["org (зохион байгуулагч)", ANSWER]
    screenshot(browser, shots / "helpdesk-thread-mn.png")
    switch_language(browser, "ja")
    screenshot(browser, shots / "helpdesk-thread-ja.png")

    before = len(live.console_output())
    browser.find_element(By.CSS_SELECTOR, "form.inline button[data-confirm]").click()
    browser.switch_to.alert.accept()
    assert flash(browser) == "質問 #1 を完了にしました。質問者にお知らせします。"
    assert table(browser, "threads") == []
    closed = wait_until(
        lambda: blocks_to(live.console_output()[before:], "aya"), what="the closing notice"
    )
    assert closed == [
        "→ aya\nご質問 #1 は運営者により完了となりました。新しいご質問は /ask でお送りください。\n\n"
    ]
