"""Broadcast delivery against the fake Bot API on 127.0.0.1 (real python-telegram-bot client,
real HTTP; the fake runs in a process of its own, ``bench/support/fake_bot_api.py``), on SQLite
and, with ``--postgres``, on PostgreSQL too (that database is wiped before each scenario):

1. ``--recipients`` (10,000), no limit at the server or in the bot: messages/s the bot pushes;
2. ``--limited-recipients`` (1,000), the server enforcing 30/s overall and 1/s per chat with
   real 429 bodies, the bot's pacer at its default (30/s): achieved rate over the limit, and
   429s received after the first second;
3. ``python -m bot worker`` killed with SIGKILL at a random moment after it has started
   sending, and restarted, ``--crashes`` (5) times, then left to finish: recipients who never
   got the message and messages delivered twice. Once as deployed by default (30/s, against
   the limited server, ``--killed-recipients``, 1,000) and once at the paid-broadcast rate
   (1,000/s, no limit at the server, ``--recipients``).

Prints the seed of the kill moments, then a table with a row per scenario and database.
``--scenarios`` picks some of them (``unthrottled``, ``limited``, ``killed``, ``killed-paid``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.pacing import StrictPacer
from bot.core.settings import Settings
from bot.delivery import outbox_dispatcher, strict_pacer
from bot.serve import TelegramSettings, add_telegram
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast, Participant
from storage.outbox import FINAL, NewDelivery
from storage.uow import UnitOfWork
from tests.fake_telegram import TOKEN

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)
FIRST_CHAT = 1000
SCENARIOS = ("unthrottled", "limited", "killed", "killed-paid")


@contextlib.asynccontextmanager
async def fake_bot_api(*limits: float) -> AsyncIterator[str]:
    """The fake Bot API in its own process, with no limits or (per second, per chat); yields
    its base URL."""
    options = ["--per-second", str(limits[0]), "--per-chat", str(limits[1])] if limits else []
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "support" / "fake_bot_api.py"), *options],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    try:
        yield server.stdout.readline().strip()
    finally:
        server.kill()
        server.wait()


@contextlib.asynccontextmanager
async def database(postgres: str | None) -> AsyncIterator[str]:
    """A fresh database for one scenario: a new SQLite file, or the PostgreSQL database wiped."""
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


def backend(postgres: str | None) -> str:
    return "postgresql" if postgres else "sqlite"


async def server_stats(base_url: str) -> dict[str, Any]:
    async with httpx.AsyncClient() as client:
        return (await client.get(f"{base_url}/fake/stats")).json()  # type: ignore[no-any-return]


async def seed(app: App, recipients: int) -> str:
    """``recipients`` Telegram participants and a broadcast to all of them, due now, from an
    organizer who is not among them (their progress messages are not the broadcast)."""
    async with app.sessions() as session, session.begin():
        await session.execute(
            insert(Participant),
            [
                {
                    "channel": "telegram",
                    "external_id": str(FIRST_CHAT + i),
                    "language": ("mn", "ja", "en")[i % 3],
                    "created_at": NOW,
                    "last_seen_at": NOW,
                }
                for i in range(recipients + 1)
            ],
        )
        *ids, organizer = list(
            await session.scalars(select(Participant.id).order_by(Participant.id))
        )
        uow = UnitOfWork(session)
        broadcast = await uow.broadcasts.add(
            Broadcast(
                organizer_id=organizer,
                audience="everyone",
                texts={"mn": "Сайн байна уу", "ja": "こんにちは"},
                state=BroadcastState.SENDING,  # its rows are queued: it has started
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
    return group


async def unfinished(app: App, group: str) -> int:
    async with app.sessions() as session:
        progress = await UnitOfWork(session).outbox.progress(group)
    return sum(count for status, count in progress.items() if status not in FINAL)


async def in_process(
    recipients: int, limited: bool, postgres: str | None
) -> tuple[float, float, int, int, float]:
    """Returns (messages/s from the start to the last outcome recorded, messages/s the server
    accepted from its first to its last, 429s in all, 429s after the first second, CPU ms per
    message in the bot's process, its threads included)."""
    limits = (30, 1) if limited else ()
    async with fake_bot_api(*limits) as base_url:
        async with database(postgres) as url:
            settings = Settings.from_env({"DATABASE_URL": url})
            clock = FixedClock(NOW)
            app = await build_app(settings, clock)
            channel = await add_telegram(app, TelegramSettings(TOKEN, api_base_url=base_url))
            group = await seed(app, recipients)
            pacer = strict_pacer(settings) if limited else StrictPacer({})
            outbox = outbox_dispatcher(app, pacer)
            started, cpu_before = time.monotonic(), time.process_time()
            while await unfinished(app, group):
                if not (await outbox.run_once()).claimed:  # the rest are due later (429s)
                    await asyncio.sleep(0.05)
                clock.set(NOW + timedelta(seconds=time.monotonic() - started))
            elapsed, cpu = time.monotonic() - started, time.process_time() - cpu_before
            await channel.bot.shutdown()
            await app.close()
        stats = await server_stats(base_url)
    late = sum(1 for at in stats["rejected_at"] if at - started > 1.0)
    recipients_at = [
        at for at, chat in stats["delivered_at"] if int(chat) < FIRST_CHAT + recipients
    ]
    steady = (len(recipients_at) - 1) / (recipients_at[-1] - recipients_at[0])
    return len(recipients_at) / elapsed, steady, stats["rejected"], late, cpu / recipients * 1000


def start_worker(url: str, base_url: str, extra: dict[str, str]) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "OUTBOX_WORKER_ID": "bench-worker",
        "OUTBOX_TICK_SECONDS": "1",
        "WORKER_PORT": "0",  # /healthz and /metrics on any free port: never clashes
        **extra,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def delivered_so_far(base_url: str) -> int:
    return sum((await server_stats(base_url))["delivered"].values())


async def extra_copies(base_url: str, recipients: int) -> tuple[int, int]:
    """(recipients who got nothing yet, copies beyond the first)."""
    counts = (await server_stats(base_url))["delivered"]
    chats = [str(FIRST_CHAT + i) for i in range(recipients)]
    missing = sum(1 for chat in chats if counts.get(chat, 0) == 0)
    return missing, sum(counts.get(chat, 0) - 1 for chat in chats if counts.get(chat, 0) > 1)


async def killed(
    recipients: int, crashes: int, paid: bool, rng: random.Random, postgres: str | None
) -> tuple[int, list[int], float]:
    """Returns (recipients who never got it, the extra deliveries after each crash, seconds in
    all). A crash's repeats are counted when the next worker is killed (or has finished): the
    rows a killed worker leaves are the first the next one claims."""
    limits = () if paid else (30, 1)
    extra = {"TELEGRAM_PAID_BROADCAST": "1"} if paid else {}
    repeats: list[int] = []
    async with fake_bot_api(*limits) as base_url:
        async with database(postgres) as url:
            app = await build_app(Settings.from_env({"DATABASE_URL": url}), FixedClock(NOW))
            group = await seed(app, recipients)
            started = time.monotonic()
            copies = 0
            for crash in range(crashes):
                before = await delivered_so_far(base_url)
                worker = start_worker(url, base_url, extra)
                while await delivered_so_far(base_url) == before:  # it is sending now
                    await asyncio.sleep(0.01)
                await asyncio.sleep(rng.uniform(0.0, 1.5))
                worker.send_signal(signal.SIGKILL)
                worker.wait()
                if crash:
                    _, now_copies = await extra_copies(base_url, recipients)
                    repeats.append(now_copies - copies)
                    copies = now_copies
            worker = start_worker(url, base_url, extra)
            while await unfinished(app, group):
                await asyncio.sleep(0.2)
            worker.terminate()
            worker.wait()
            elapsed = time.monotonic() - started
            await app.close()
        lost, total = await extra_copies(base_url, recipients)
    if crashes:
        repeats.append(total - copies)
    return lost, repeats, elapsed


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--recipients",
        type=int,
        default=10_000,
        help="recipients of the unthrottled run and of the paid-rate SIGKILL run "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--limited-recipients",
        type=int,
        default=1_000,
        help="recipients against the server's 30/s and 1/s per chat (default: %(default)s)",
    )
    parser.add_argument(
        "--killed-recipients",
        type=int,
        default=1_000,
        help="recipients of the SIGKILL run at 30/s (default: %(default)s)",
    )
    parser.add_argument(
        "--crashes",
        type=int,
        default=5,
        help="SIGKILLs of the worker before it is left to finish (default: %(default)s)",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL"),
        help="a PostgreSQL database to run every scenario on too; it is wiped "
        "(default: $BENCH_DATABASE_URL, else $TEST_DATABASE_URL, else none)",
    )
    parser.add_argument(
        "--scenarios",
        default=",".join(SCENARIOS),
        help="the scenarios to run, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=int(os.environ.get("BENCH_SEED", str(int(time.time())))),
        help="seed of the kill moments (default: $BENCH_SEED, else the current time)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    many, few, crashes = args.recipients, args.limited_recipients, args.crashes
    chosen = args.scenarios.split(",")
    unknown = set(chosen) - set(SCENARIOS)
    if unknown:
        raise SystemExit(f"unknown scenarios: {', '.join(sorted(unknown))}")
    rng = random.Random(args.seed)
    header = (
        "scenario",
        "database",
        "recipients",
        "achieved",
        "rate / limit",
        "429s",
        "lost",
        "twice",
    )
    rows = []
    for postgres in (None, args.postgres) if args.postgres else (None,):
        name = backend(postgres)
        if "unthrottled" in chosen:
            overall, steady, _, _, cpu = await in_process(many, limited=False, postgres=postgres)
            pushed = f"{overall:,.0f} msg/s ({steady:,.0f} at the server, {cpu:.2f} ms CPU each)"
            rows.append(("no limit at the server", name, f"{many:,}", pushed, "-", "-", "-", "-"))
        if "limited" in chosen:
            overall, steady, rejected, late, _ = await in_process(few, True, postgres)
            rows.append(
                (
                    "30/s overall, 1/s per chat",
                    name,
                    f"{few:,}",
                    f"{overall:,.1f} msg/s ({steady:,.1f} at the server)",
                    f"{overall / 30:.2f} ({steady / 30:.2f})",
                    f"{rejected} ({late} after 1 s)",
                    "-",
                    "-",
                )
            )
        for scenario, paid, recipients in (
            ("killed", False, args.killed_recipients),
            ("killed-paid", True, many),
        ):
            if scenario not in chosen:
                continue
            lost, repeats, elapsed = await killed(recipients, crashes, paid, rng, postgres)
            twice = sum(repeats)
            per_crash = f" ({twice / crashes:.1f} per crash, at most {max(repeats)})"
            rows.append(
                (
                    f"SIGKILL ×{crashes} and restart, "
                    + ("1,000/s (paid), no server limit" if paid else "30/s, server limits"),
                    name,
                    f"{recipients:,}",
                    f"{elapsed:,.0f} s in all",
                    "-",
                    "-",
                    str(lost),
                    f"{twice}{per_crash}" if crashes else str(twice),
                )
            )
    print(f"seed {args.seed}")
    print_table(header, rows)


if __name__ == "__main__":
    asyncio.run(main(arguments()))
