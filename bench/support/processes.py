"""The processes an inbound benchmark measures: the fake Bot API, the bot as deployed
(``python -m bot serve`` by webhook), and the bare python-telegram-bot echo bot, each in a
process of its own, so a figure is one process's work and not the fake's or the driver's;
and the driver's client, which posts updates as Telegram does.

The client is aiohttp's: httpx's pool, at 100 connections, cost the driver 6.3 ms of CPU an
update and throttled the echo bot to 124 updates/s; aiohttp's costs 0.26 ms.

A bot process's CPU is read from ``/proc/<pid>/stat`` (user + system time of every thread,
aiosqlite's included); the machine's load from ``/proc/loadavg``. Linux only, as the
benchmarks' machine is.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.channels.telegram.webhook import PATH, SECRET_HEADER
from tests.fake_telegram import TOKEN

ROOT = Path(__file__).resolve().parents[2]
SECRET = "bench-secret"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used so far, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14, 15)


def load_average() -> str:
    """``uptime``'s three load averages, for the table beside each figure."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Running:
    """A process serving HTTP on ``base_url``."""

    process: subprocess.Popen[bytes]
    base_url: str
    profiled: bool = False
    """Started by ``bench/support/profiled.py``: ``profile`` switches cProfile on and off."""

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid)

    async def settled(self, quiet: float = 1.0, within: float = 15.0) -> None:
        """Wait until the process has used no CPU for ``quiet`` seconds (at most ``within``).

        A bot that has just started does one-off work in its first second after ``/healthz``
        answers: its first planner run imports and compiles what later runs reuse (about
        200 ms of CPU, where a later run costs 20-30 ms). A program's burst arrives at a process
        that has been up for a while, so a measurement starts once that is done."""
        deadline = time.perf_counter() + within
        last, quiet_since = self.cpu(), time.perf_counter()
        while time.perf_counter() < deadline:
            await asyncio.sleep(0.1)
            now = self.cpu()
            if now != last:
                last, quiet_since = now, time.perf_counter()
            elif time.perf_counter() - quiet_since >= quiet:
                return

    def profile(self, on: bool) -> None:
        if self.profiled:
            self.process.send_signal(signal.SIGUSR1 if on else signal.SIGUSR2)
            if not on:
                time.sleep(2)  # it writes the profile before it is told to stop


async def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=2) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args!r} ended with {process.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(url)).status_code == 200:
                    return
            await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {seconds:g} s")


@contextlib.contextmanager
def stopped_at_exit(process: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.asynccontextmanager
async def fake_bot_api() -> AsyncIterator[str]:
    """The fake Bot API (``bench/support/fake_bot_api.py``) in its own process; yields its
    base URL."""
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "support" / "fake_bot_api.py")],
        stdout=subprocess.PIPE,
    )
    assert server.stdout is not None
    with stopped_at_exit(server):
        yield server.stdout.readline().decode().strip()


async def delivered(fake_url: str) -> int:
    """``send*`` calls the fake accepted so far."""
    async with httpx.AsyncClient() as client:
        stats = (await client.get(f"{fake_url}/fake/stats")).json()
    return sum(stats["delivered"].values())


@contextlib.asynccontextmanager
async def mics_bot(
    fake_url: str,
    database_url: str,
    code: Path = ROOT,
    extra: Mapping[str, str] | None = None,
    profile: Path | None = None,
) -> AsyncIterator[Running]:
    """``python -m bot serve`` of the checkout ``code`` (this one by default), by webhook,
    against the fake, logging at its default level (INFO, as deployed) to a file; yields it
    once ``/healthz`` answers (migrated, programs loaded). Fails if it logged an error.
    ``profile``: under ``bench/support/profiled.py``, writing the profile there."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", ""),
        "PYTHONPATH": str(code),  # the checkout's packages, not the installed ones
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake_url,
        "TELEGRAM_WEBHOOK_URL": f"{base_url}/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "PUBLIC_BASE_URL": base_url,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "OUTBOX_WORKER_ID": "bench-web",
        **(extra or {}),
    }
    command = [sys.executable, "-m", "bot", "serve"]
    if profile is not None:
        command[1:3] = [str(ROOT / "bench" / "support" / "profiled.py")]
        env["PROFILE_OUT"] = str(profile.resolve())
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "bot.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                command, cwd=code, env=env, stdout=output, stderr=subprocess.STDOUT
            )
            with stopped_at_exit(process):
                await wait_until_up(f"{base_url}/healthz", process)
                yield Running(process, base_url, profile is not None)
        errors = [line for line in log.read_text().splitlines() if " ERROR " in line]
        if errors:
            raise RuntimeError(f"the bot logged errors: {errors[:5]}")


@contextlib.asynccontextmanager
async def echo_bot(fake_url: str) -> AsyncIterator[Running]:
    """The bare python-telegram-bot echo bot (``bench/support/echo_bot.py``)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "support" / "echo_bot.py"), fake_url, str(port)],
        cwd=ROOT,
    )
    base_url = f"http://127.0.0.1:{port}"
    with stopped_at_exit(process):
        await wait_until_up(f"{base_url}/healthz", process)
        yield Running(process, base_url)


@contextlib.asynccontextmanager
async def fresh_database(postgres: str | None) -> AsyncIterator[str]:
    """A new SQLite file, or the PostgreSQL database ``postgres`` wiped."""
    if postgres is None:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        return
    engine = create_async_engine(postgres)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()
    yield postgres


class WebhookClient:
    """Posts updates to a bot's webhook with the secret, ``connections`` at a time."""

    def __init__(self, bot: Running, connections: int) -> None:
        self.url = f"{bot.base_url}{PATH}"
        self.connections = connections
        self.headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}

    async def __aenter__(self) -> WebhookClient:
        connector = aiohttp.TCPConnector(limit=self.connections)
        self.session = aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=60)
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.session.close()

    async def post(self, update: dict[str, Any]) -> float:
        """Seconds until the webhook answered (it answers once the update is handled)."""
        body = json.dumps(update).encode()
        started = time.perf_counter()
        async with self.session.post(self.url, data=body, headers=self.headers) as answer:
            await answer.read()
            answer.raise_for_status()
        return time.perf_counter() - started
