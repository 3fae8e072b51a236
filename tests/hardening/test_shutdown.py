"""A stopping process stops within ``SHUTDOWN_SECONDS`` and hands back the rows it had claimed
(issue 15, defect 13): with the Bot API unreachable, SIGTERM took more than 30 s, the delivery
loop working through every claimed row, each waiting for its timeout."""

from __future__ import annotations

import asyncio
import signal
import time

from sqlalchemy import select

from bot.app import App
from storage.models import Delivery
from storage.outbox import DeliveryStatus
from tests.conftest import SHIPPED_PROGRAM
from tests.decks import add_team
from tests.fake_telegram import FakeTelegram
from tests.hardening.support import bot_process, free_port

TEAMS = 40


async def lease_owners(app: App) -> list[tuple[str, str | None]]:
    async with app.sessions() as session:
        found = await session.execute(select(Delivery.status, Delivery.lease_owner))
        return sorted({(status, owner) for status, owner in found.all()}, key=str)


async def test_sigterm_stops_a_worker_whose_sends_hang_within_the_shutdown_time(
    app: App, database_url: str, fake: FakeTelegram
) -> None:
    for index in range(TEAMS):  # each gets the 2-hour deadline reminder: 40 due rows
        await add_team(app, f"Team {index}", str(5550000 + index), channel="telegram")
    # Reachable for getMe, then no send is answered (until the end of the test).
    stalls = [fake.stall_next("sendMessage") for _ in range(TEAMS * 2)]
    env = {
        "DATABASE_URL": database_url,
        "PROGRAM_FILES": str(SHIPPED_PROGRAM),
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "OUTBOX_TICK_SECONDS": "0.2",
        "REMINDER_PLAN_SECONDS": "0.2",
        "OUTBOX_WORKER_ID": "worker-1",
        "SHUTDOWN_SECONDS": "2",
        "HOST": "127.0.0.1",
        "WORKER_PORT": str(free_port()),
    }
    worker = await bot_process("--clock", "2024-11-18T16:00:05+08:00", "worker", env=env)
    try:
        await fake.wait_for(lambda calls: sum(c.method == "sendMessage" for c in calls) >= 8)
        worker.send_signal(signal.SIGTERM)
        asked = time.monotonic()
        _, err = await asyncio.wait_for(worker.communicate(), 60)
        took = time.monotonic() - asked
    finally:
        if worker.returncode is None:
            worker.kill()
            await worker.wait()
        for stall in stalls:
            stall.set()
    assert worker.returncode == 0, err.decode()
    assert took < 4.5, f"stopped after {took:.1f} s"  # 2 s, the sends' 5 s timeout not awaited
    # Nothing stays claimed by the stopped worker: another takes every row at once.
    assert [row for row in await lease_owners(app) if row[1] is not None] == []
    assert {status for status, _ in await lease_owners(app)} == {DeliveryStatus.PENDING}
