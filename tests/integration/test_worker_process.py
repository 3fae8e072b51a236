"""``python -m bot worker`` as its own process, on a rehearsal clock just after a reminder falls
due, sending through the fake Bot API (``TELEGRAM_API_BASE_URL``)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from bot.app import App
from bot.core.settings import PROJECT_ROOT
from storage.outbox import DeliveryStatus
from tests.conftest import SHIPPED_PROGRAM
from tests.decks import add_team
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.integration.support import rows

CHAT = "5550001"


async def test_the_worker_sends_a_due_reminder_through_telegram(
    app: App, database_url: str, fake: FakeTelegram
) -> None:
    await add_team(app, "Blue Steppe", CHAT, channel="telegram")
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "DATABASE_URL": database_url,
        "PROGRAM_FILES": str(SHIPPED_PROGRAM),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "OUTBOX_TICK_SECONDS": "0.2",
        "REMINDER_PLAN_SECONDS": "0.2",
    }
    # The interim deck is due at 18:00; its 2-hour reminder fell due a few seconds ago.
    worker = await asyncio.create_subprocess_exec(
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
    try:
        await fake.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(worker.communicate(), 30)
    assert worker.returncode == 0, err.decode()
    assert fake.methods() == ["getMe", "sendMessage"]
    assert fake.sent() == [
        {
            "chat_id": CHAT,
            "text": "Reminder: the deadline for “Interim pitch deck” is Mon, Nov 18, 2024 18:00, "
            "in 2 hours 0 minutes.\nTeam Blue Steppe has not submitted yet.",
            "reply_markup": {
                "inline_keyboard": [[{"callback_data": "cmd:deadlines", "text": "All deadlines"}]]
            },
        }
    ]
    assert [(status, attempts) for _, status, attempts, _ in await rows(app)] == [(DeliveryStatus.SENT, 1)]
