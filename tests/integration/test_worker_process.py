"""``python -m bot worker`` as its own process, on a rehearsal clock just after a reminder falls
due, sending through the fake Bot API (``TELEGRAM_API_BASE_URL``) and serving ``/healthz`` and
``/metrics`` on ``WORKER_PORT``."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from asyncio.subprocess import Process

import httpx

from bot.app import App
from bot.core.settings import PROJECT_ROOT
from storage.outbox import DeliveryStatus
from tests.conftest import SHIPPED_PROGRAM
from tests.decks import add_team
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.integration.support import rows
from tests.metrics_support import counts

CHAT = "5550001"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def start_worker(database_url: str, fake: FakeTelegram, port: int) -> Process:
    """The worker on the rehearsal clock of 16:00:05 on Nov 18: the interim deck is due at
    18:00, and its 2-hour reminder fell due a few seconds ago."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "DATABASE_URL": database_url,
        "PROGRAM_FILES": str(SHIPPED_PROGRAM),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "OUTBOX_TICK_SECONDS": "0.2",
        "REMINDER_PLAN_SECONDS": "0.2",
        "HOST": "127.0.0.1",
        "WORKER_PORT": str(port),
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--clock",
        "2024-11-18T16:00:05+08:00",
        "worker",
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def stop(worker: Process) -> str:
    """SIGTERM, as a process manager stops it; returns what it wrote to stderr."""
    worker.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(worker.communicate(), 30)
    return err.decode()


async def test_the_worker_sends_a_due_reminder_through_telegram(
    app: App, database_url: str, fake: FakeTelegram
) -> None:
    await add_team(app, "Blue Steppe", CHAT, channel="telegram")
    worker = await start_worker(database_url, fake, free_port())
    try:
        await fake.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
    finally:
        err = await stop(worker)
    assert worker.returncode == 0, err
    assert fake.methods() == ["getMe", "sendMessage"]
    assert fake.sent() == [
        {
            "chat_id": CHAT,
            "text": "Reminder: the deadline for “Interim deck” is in 2 hours.\n"
            "Deadline: Mon, Nov 18, 2024 18:00\n"
            "Team Blue Steppe has not submitted yet.",
            "reply_markup": {
                "inline_keyboard": [[{"callback_data": "cmd:deadlines", "text": "All deadlines"}]]
            },
        }
    ]
    assert [(status, attempts) for _, status, attempts, _ in await rows(app)] == [
        (DeliveryStatus.SENT, 1)
    ]


async def test_the_worker_serves_health_and_the_sends_it_counted_on_its_port(
    app: App, database_url: str, fake: FakeTelegram
) -> None:
    """A web process never sees the worker's sends: the worker's own /metrics shows them."""
    chats = ["5550001", "5550002", "5550003"]
    for index, chat in enumerate(chats):
        await add_team(app, f"Team {index}", chat, channel="telegram")
    port = free_port()
    worker = await start_worker(database_url, fake, port)
    try:
        for _ in range(600):  # a row is marked sent after its send is counted
            if [status for _, status, _, _ in await rows(app)] == [DeliveryStatus.SENT] * len(
                chats
            ):
                break
            await asyncio.sleep(0.05)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = await client.get("/healthz")
            metrics = await client.get("/metrics")
    finally:
        err = await stop(worker)
    assert worker.returncode == 0, err
    assert sorted(message["chat_id"] for message in fake.sent()) == chats
    assert (health.status_code, health.text) == (200, "ok\n")
    assert metrics.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert counts(metrics.text) == {
        'bot_messages_sent_total{channel="telegram",status="sent"}': float(len(fake.sent())),
    }
