"""Broadcast delivery against the fake Bot API on 127.0.0.1 (real python-telegram-bot client,
real HTTP), on SQLite:

1. 10,000 recipients, no limit at the server: messages/s the bot pushes;
2. the server enforcing 30/s overall and 1/s per chat with real 429 bodies, the bot's strict
   pacer at 30/s: achieved rate over the limit, and 429s received after the first second.

``python bench/broadcast.py [RECIPIENTS] [LIMITED_RECIPIENTS]``. Prints a table.
(The SIGKILL-and-restart scenario of the issue is not measured here; see the README.)
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.pacing import StrictPacer
from bot.core.settings import Settings
from bot.delivery import outbox_dispatcher
from bot.serve import TelegramSettings, add_telegram
from storage.broadcasts import SCHEDULED, group_key
from storage.models import Broadcast, Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork
from tests.fake_telegram import TOKEN, FakeTelegram

NOW = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)


async def run(recipients: int, limited: bool) -> tuple[float, int, int, int]:
    """Returns (elapsed seconds, messages delivered, 429s in all, 429s after the first second)."""
    fake = FakeTelegram()
    if limited:
        fake.limit_per_second, fake.limit_per_chat = 30, 1
    await fake.start()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        clock = FixedClock(NOW)
        app = await build_app(Settings(database_url=url), clock)
        await add_telegram(app, TelegramSettings(TOKEN, api_base_url=fake.base_url))
        async with app.sessions() as session, session.begin():
            await session.execute(
                insert(Participant),
                [
                    {
                        "channel": "telegram",
                        "external_id": str(1000 + i),
                        "language": ("mn", "ja", "en")[i % 3],
                        "created_at": NOW,
                        "last_seen_at": NOW,
                    }
                    for i in range(recipients)
                ],
            )
            ids = list(await session.scalars(select(Participant.id)))
            uow = UnitOfWork(session)
            broadcast = await uow.broadcasts.add(
                Broadcast(
                    organizer_id=ids[0],
                    audience="everyone",
                    texts={"mn": "Сайн байна уу", "ja": "こんにちは"},
                    state=SCHEDULED,
                    recipients=len(ids),
                    scheduled_at=NOW,
                    created_at=NOW,
                )
            )
            group = group_key(broadcast.id)
            await uow.outbox.enqueue_many(
                [
                    NewDelivery(
                        f"{group}:{pid}",
                        pid,
                        NOW,
                        "announcement",
                        "broadcast",
                        "broadcast",
                        {"broadcast": broadcast.id, "fallback": "mn,ja,en"},
                        group,
                    )
                    for pid in ids
                ],
                NOW,
            )
        pacer = StrictPacer({"telegram": 30.0} if limited else {})
        outbox = outbox_dispatcher(app, pacer)
        started = time.monotonic()
        delivered = 0
        while delivered < recipients:
            await outbox.run_once()
            async with app.sessions() as session:
                delivered = (await UnitOfWork(session).outbox.progress(group)).get("sent", 0)
            if delivered < recipients:  # rows put back after a 429 are due later
                clock.advance(timedelta(seconds=1))
                await asyncio.sleep(0.05)
        elapsed = time.monotonic() - started
        await app.close()
    late = sum(1 for at in fake.rejected_at if at - started > 1.0)
    await fake.stop()
    return elapsed, delivered, fake.rejected, late


async def main() -> None:
    many = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    few = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    elapsed, sent, _, _ = await run(many, limited=False)
    rows = [("no limit at the server", f"{many:,}", f"{sent / elapsed:,.0f} msg/s", "-", "-")]
    elapsed, sent, rejected, late = await run(few, limited=True)
    rate = sent / elapsed
    rows.append(
        (
            "30/s overall, 1/s per chat",
            f"{few:,}",
            f"{rate:,.1f} msg/s",
            f"{rate / 30:.2f}",
            f"{rejected} ({late} after 1 s)",
        )
    )
    header = ("scenario", "recipients", "achieved", "rate / limit", "429s")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    asyncio.run(main())
