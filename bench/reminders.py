"""Outbox throughput: ``--people`` participants (10,000), ``--rows`` due rows (100,000)
enqueued at once and dispatched in one pass to a fake channel that counts.

Prints a table: rows/s enqueued, rows/s claimed and sent, the CPU the dispatch took in this
process per row (every thread's, aiosqlite's included: on a loaded machine the rate falls with
the CPU the process gets, this much less), and the peak resident memory (of the whole process,
so far), on SQLite and, with ``--postgres`` (by default BENCH_DATABASE_URL, else
TEST_DATABASE_URL), on PostgreSQL too (that database is wiped).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.messages import Msg, Purpose, RenderedMessage, Reply
from bot.core.outbox import OutboxDispatcher, RenderContext, Renderers
from bot.core.ports import Recipient, SendResult
from bot.core.settings import Settings
from storage.models import Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

NOW = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)

renderers = Renderers()


@renderers.register("bench")
async def bench_renderer(ctx: RenderContext) -> Reply | None:
    return Reply(Msg("schedule-agenda-item", {"starts": ctx.due_at, "title": ctx.params["t"]}))


class CountingChannel:
    name = "bench"

    def __init__(self) -> None:
        self.count = 0

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        self.count += 1
        return SendResult("sent", platform_message_id=str(self.count))

    def start_link(self, payload: str) -> str | None:
        return None


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(url: str, people: int, rows: int) -> tuple[str, ...]:
    """The table's row for one database."""
    app = await build_app(Settings.from_env({"DATABASE_URL": url}), FixedClock(NOW))
    channel = CountingChannel()
    app.add_channel(channel)
    async with app.sessions() as session, session.begin():
        await session.execute(
            insert(Participant),
            [
                {
                    "channel": "bench",
                    "external_id": f"u{i}",
                    "language": ("mn", "ja", "en")[i % 3],
                    "created_at": NOW,
                    "last_seen_at": NOW,
                }
                for i in range(people)
            ],
        )
        ids = [row[0] for row in await session.execute(text("SELECT id FROM participants"))]
    started = time.perf_counter()
    async with app.sessions() as session, session.begin():
        await UnitOfWork(session).outbox.enqueue_many(
            (
                NewDelivery(
                    f"bench:{n}",
                    ids[n % len(ids)],
                    NOW,
                    "announcement",
                    "bench",
                    "bench",
                    {"t": f"row {n}"},
                    "bench",
                )
                for n in range(rows)
            ),
            NOW,
        )
    enqueued = time.perf_counter() - started
    outbox = OutboxDispatcher(app.dispatcher, renderers, batch_size=500)
    started, cpu = time.perf_counter(), time.process_time()
    stats = await outbox.run_once()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await app.close()
    return (
        url.split("+")[0],
        f"{rows:,}",
        f"{enqueued:.1f} s ({rows / enqueued:,.0f} rows/s)",
        f"{stats.claimed:,} ({channel.count:,} sent)",
        f"{elapsed:.1f} s ({stats.claimed / elapsed:,.0f} rows/s)",
        f"{cpu * 1000 / stats.claimed:.2f} ms",
        f"{peak_mb():,.0f} MB",
    )


async def reset_postgres(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="due rows (default: %(default)s)")
    parser.add_argument(
        "--people",
        type=int,
        default=10_000,
        help="participants the rows go to, in turn (default: %(default)s)",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL"),
        help="a PostgreSQL database to run on too; it is wiped "
        "(default: $BENCH_DATABASE_URL, else $TEST_DATABASE_URL, else none)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    header = (
        "database",
        "rows",
        "enqueued in",
        "claimed",
        "claimed and sent in",
        "CPU per row",
        "peak RSS",
    )
    with tempfile.TemporaryDirectory() as folder:
        rows = [await run(f"sqlite+aiosqlite:///{folder}/bench.sqlite3", args.people, args.rows)]
    if args.postgres:
        await reset_postgres(args.postgres)
        rows.append(await run(args.postgres, args.people, args.rows))
    print_table(header, rows)


if __name__ == "__main__":
    asyncio.run(main(arguments()))
