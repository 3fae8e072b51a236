"""Fixtures of the dashboard tests; at the end of a run, where the screenshots are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.core.clock import FixedClock
from bot.i18n import FluentTranslator
from tests.conftest import REHEARSAL_START
from tests.dashboard.live import LiveDashboard, chromium, need_browser, screenshot_dir

SHOTS: list[Path] = []


@pytest.fixture
def live(tmp_path: Path, translator: FluentTranslator) -> Iterator[LiveDashboard]:
    """The dashboard served on 127.0.0.1 (SQLite: the browser tests test the pages; the
    storage under them is tested on both databases by the other tests)."""
    need_browser()
    server = LiveDashboard(
        f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        tmp_path / "files",
        FixedClock(REHEARSAL_START),
        translator,
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    need_browser()
    downloads = tmp_path_factory.mktemp("downloads")
    driver = chromium(downloads)
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def shots() -> Path:
    folder = screenshot_dir()
    SHOTS.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SHOTS:
        terminalreporter.write_line(f"dashboard screenshots: {SHOTS[0]}")
