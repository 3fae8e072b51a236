"""A live dashboard for the browser tests: the app, its web server on 127.0.0.1 and its
delivery loop run in a thread of their own (Selenium's calls block, so the server must not
share their thread), with a console chat; and headless Chromium driven by Selenium.

Without Chromium and its driver (Debian's ``chromium`` and ``chromium-driver``) the browser
tests are skipped with one line saying so; with ``REQUIRE_BROWSER=1`` (CI) that is a failure.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import uvicorn

from bot.app import App, build_app, build_dashboard
from bot.core.clock import Clock
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.delivery import start_delivery
from bot.i18n import FluentTranslator
from bot.web import create_web_app
from tests.support import Chat

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
T = TypeVar("T")


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or ``None``."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


def need_browser() -> None:
    reason = browser_missing()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def chromium(downloads: Path) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="mics-chromium-")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1280,1000",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.profile_dir = profile
    return driver


class LiveDashboard:
    """The app served on 127.0.0.1 from a thread with its own event loop."""

    def __init__(
        self,
        database_url: str,
        files: Path,
        clock: Clock,
        translator: FluentTranslator,
        **settings: object,
    ) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.settings = Settings.from_env(
            {
                "database_url": database_url,
                "program_files": (str(SHIPPED_PROGRAM),),
                "organizers": frozenset({"console:org"}),
                "files_dir": files,
                "public_base_url": self.url,
                "outbox_tick_seconds": 0.2,
                "reminder_plan_seconds": 3600,
                **settings,
            }
        )
        self.clock = clock
        self.translator = translator
        self.downloads = files.parent / "console-files"
        self.run(self._start())

    def run(self, work: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout)

    def call(self, make: Callable[[App], Awaitable[T]], timeout: float = 60) -> T:
        async def work() -> T:
            return await make(self.app)

        return self.run(work(), timeout)

    async def _start(self) -> None:
        self.app = await build_app(self.settings, self.clock, self.translator)
        self.chat = Chat(self.app, self.downloads)
        dashboard = await build_dashboard(self.app)
        self.server = uvicorn.Server(
            uvicorn.Config(
                create_web_app(self.app, dashboard.routes),
                log_level="warning",
                access_log=False,
                lifespan="off",
            )
        )
        self.serving = asyncio.create_task(self.server.serve(sockets=[self.socket]))
        self.delivery = start_delivery(self.app)

    async def _stop(self) -> None:
        await self.delivery.stop()
        self.server.should_exit = True
        await self.serving
        await self.app.close()

    def say(self, *lines: str) -> str:
        return self.run(self.chat.say(*lines))

    def console_output(self) -> str:
        return self.chat.out.getvalue()

    def stop(self) -> None:
        try:
            self.run(self._stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.socket.close()


def screenshot_dir() -> Path:
    """Where the browser tests leave their screenshots (printed at the end of the run)."""
    folder = Path(
        os.environ.get("SCREENSHOT_DIR")
        or Path(tempfile.gettempdir()) / "mics-dashboard-screenshots"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(driver: Any, path: Path, width: int = 1280) -> None:
    """The whole page, not only the window: the window is made as tall as the page first."""
    driver.execute_script("return document.fonts.ready.then(() => true)")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(int(height) + 120, 6000))
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1000)


def wait_until(check: Callable[[], T], seconds: float = 20, what: str = "") -> T:
    """Poll ``check`` until it returns something true; fail with ``what`` after ``seconds``."""
    deadline = datetime.now().timestamp() + seconds
    last: T | None = None
    while datetime.now().timestamp() < deadline:
        try:
            last = check()
        except Exception:  # the page is being replaced under us: look again
            last = None
        if last:
            return last
        threading.Event().wait(0.1)
    raise AssertionError(f"timed out waiting for {what or check}: last {last!r}")


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
