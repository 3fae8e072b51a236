"""Inbound Telegram updates through the webhook, the core, the database and the fake Bot API,
against a bare python-telegram-bot echo bot measured the same way.

Three processes, as deployed: the fake Bot API (``bench/support/fake_bot_api.py``), the bot
(``python -m bot serve`` by webhook, a fresh database each run) or the bare echo bot
(``bench/support/echo_bot.py``), and this driver, which posts the updates as Telegram does. So
the CPU per update is the bot process's own (``/proc/<pid>/stat``: every thread, the database
driver's included), not the fake's or the driver's.

Each load is ``PEOPLExMESSAGES[@SECONDS]`` (``--loads``, default ``1x200,100x5,100x5@10``):
every person sends their updates one after the other (``/start``, a press of 日本語, then
``/help``: the onboarding), all people at once, or starting evenly within ``SECONDS`` (100
people arriving within 10 s, like the check-in burst of ``bench/checkin.py``). All at once, 100
requests are in flight and each waits for those ahead of it: p99 is then about 100 times the CPU
of an update, for the echo bot too, so the latency target is read at ``@10``. Before a run, one
other person sends three updates that are not counted (the first message of a process warms its
caches), and the measurement waits until the bot has used no CPU for a second (its first planner
run, a one-off of about 200 ms, is done: ``Running.settled``). Latency is the webhook's answer
time: the handler, its commit and the replies on the wire.

Targets (issue 23): at most 3 ms of CPU per update on SQLite; at ``100x5`` at least 0.8 of the
echo's throughput; p99 under 100 ms for the 100-person burst on SQLite and PostgreSQL. Prints a
table, with the machine's load average (``uptime``) at the start of each run.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bench.support.processes import (
    ROOT,
    Running,
    WebhookClient,
    echo_bot,
    fake_bot_api,
    fresh_database,
    load_average,
    mics_bot,
)

WARM_UP_PERSON = 1


def person_updates(person: int, first_update: int, messages: int) -> list[dict[str, Any]]:
    def message(n: int, text: str) -> dict[str, Any]:
        return {
            "update_id": first_update + n,
            "message": {
                "message_id": n + 1,
                "date": 1732000000,
                "chat": {"id": person, "type": "private"},
                "from": {"id": person, "is_bot": False, "first_name": "P", "language_code": "en"},
                "text": text,
            },
        }

    press = {
        "update_id": first_update + 1,
        "callback_query": {
            "id": f"cq{person}",
            "chat_instance": "1",
            "from": {"id": person, "is_bot": False, "first_name": "P"},
            "message": {
                "message_id": 1,
                "date": 1732000000,
                "chat": {"id": person, "type": "private"},
            },
            "data": "~:language:choose:ja",
        },
    }
    rest = [message(n, "/help") for n in range(2, messages)]
    return [message(0, "/start"), press, *rest][:messages]


@dataclass(frozen=True)
class Load:
    people: int
    messages: int
    spread: float = 0.0
    """Seconds over which the people start, evenly; 0: all at once."""

    @classmethod
    def parse(cls, text: str) -> Load:
        shape, _, spread = text.lower().partition("@")
        people, messages = shape.split("x")
        return cls(int(people), int(messages), float(spread or 0))

    def __str__(self) -> str:
        at_once = f", within {self.spread:g} s" if self.spread else ""
        return f"{self.people} × {self.messages}{at_once}"


@dataclass(frozen=True)
class Figures:
    updates: int
    rate: float
    cpu_ms: float
    latencies: list[float]

    def quantile(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100)[q - 1] * 1000


async def drive(bot: Running, load: Load) -> Figures:
    """Every person sends their updates in order; the people start together, or evenly
    within ``load.spread`` seconds."""
    latencies: list[float] = []
    async with WebhookClient(bot, load.people) as client:
        for update in person_updates(WARM_UP_PERSON, 100, 3):
            await client.post(update)

        async def person(index: int) -> None:
            delay = started + index * load.spread / load.people - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            chat = 1000 + index
            for update in person_updates(chat, chat * 1000, load.messages):
                latencies.append(await client.post(update))

        await bot.settled()
        bot.profile(on=True)
        cpu_before, started = bot.cpu(), time.perf_counter()
        await asyncio.gather(*(person(i) for i in range(load.people)))
        elapsed, cpu = time.perf_counter() - started, bot.cpu() - cpu_before
        bot.profile(on=False)
    return Figures(len(latencies), len(latencies) / elapsed, cpu / len(latencies) * 1000, latencies)


def row(
    name: str, database: str, load: Load, figures: Figures, echo: Figures | None, at: str
) -> tuple[str, ...]:
    ratio = f"{figures.rate / echo.rate:.2f}" if echo is not None else "1"
    return (
        name,
        database,
        str(load),
        f"{figures.rate:.0f}",
        f"{figures.cpu_ms:.2f}",
        f"{figures.quantile(50):.0f}",
        f"{figures.quantile(99):.0f}",
        ratio,
        at,
    )


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--loads",
        default="1x200,100x5,100x5@10",
        help="people x updates each[@seconds within which the people start], "
        "comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default=os.environ.get("BENCH_DATABASE_URL"),
        help="also run the bot on this PostgreSQL database; it is wiped before each run "
        "(default: $BENCH_DATABASE_URL, else SQLite only)",
    )
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the checkout whose bot is measured, e.g. a worktree of main for the figures "
        "before a change (default: this one)",
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="times to measure each figure (default: %(default)s)"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="run the bot under cProfile (bench/support/profiled.py) and write the profile "
        "of the measured updates here (pstats; the last run's, so give one load and database)",
    )
    parser.add_argument(
        "--no-echo", action="store_true", help="leave out the bare echo bot (no ratio column)"
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    loads = [Load.parse(part) for part in args.loads.split(",")]
    databases: list[tuple[str, str | None]] = [("SQLite", None)]
    if args.postgres:
        databases.append(("PostgreSQL", args.postgres))
    print(f"bot from {args.code.resolve()}", flush=True)
    rows = []
    async with fake_bot_api() as fake:
        for _ in range(args.rounds):
            echoes: dict[Load, Figures] = {}
            for load in [] if args.no_echo else loads:
                at = load_average()
                async with echo_bot(fake) as echo:
                    echoes[load] = await drive(echo, load)
                rows.append(row("bare python-telegram-bot", "-", load, echoes[load], None, at))
            for name, postgres in databases:
                for load in loads:
                    at = load_average()
                    async with (
                        fresh_database(postgres) as url,
                        mics_bot(fake, url, args.code, profile=args.profile) as bot,
                    ):
                        figures = await drive(bot, load)
                    rows.append(row("MICS Bot", name, load, figures, echoes.get(load), at))
    print_table(
        (
            "bot",
            "database",
            "people × updates",
            "updates/s",
            "CPU ms / update",
            "p50 ms",
            "p99 ms",
            "ratio to echo",
            "load average",
        ),
        rows,
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
