"""Throughput and latency of Telegram updates through the webhook, the core, the database and
the fake Bot API, against a bare python-telegram-bot echo bot on the same fake server.

N simulated people each send M updates, one after the other (people in parallel): /start,
a press of 日本語, then /help (the onboarding flow). Latency is the webhook's answer time, which
includes the handler, the commit and the replies on the wire. N is ``--people`` (50), M is
``--messages`` (10); ``--postgres`` runs the bot on PostgreSQL too.

Targets: at least 0.5 of the bare echo's throughput; p99 under 50 ms on SQLite. Prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.channels.telegram.webhook import PATH, SECRET_HEADER, webhook_route
from bot.core.settings import Settings
from bot.serve import TelegramSettings, connect_telegram, make_bot
from bot.web import create_web_app, listening_socket
from tests.fake_telegram import TOKEN, FakeTelegram, LocalServer, serve_on_localhost

SECRET = "bench-secret"


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


async def drive(url: str, people: int, messages: int, base: int) -> tuple[float, list[float]]:
    """Every person sends their updates in order; returns (updates/s, latencies in seconds)."""
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=people, max_keepalive_connections=people)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def person(index: int) -> None:
            for update in person_updates(base + index, (base + index) * 100, messages):
                started = time.perf_counter()
                response = await client.post(url, json=update, headers={SECRET_HEADER: SECRET})
                latencies.append(time.perf_counter() - started)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(person(i) for i in range(people)))
        elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies


async def mics_bot(
    fake: FakeTelegram, database_url: str, args: argparse.Namespace
) -> tuple[float, list[float]]:
    settings = Settings.from_env({"DATABASE_URL": database_url})
    app = await build_app(settings)
    inbound = await connect_telegram(app, TelegramSettings(TOKEN, api_base_url=fake.base_url))
    server = await serve_as_in_production(create_web_app(app, [webhook_route(inbound, SECRET)]))
    base = int(time.time()) % 100_000 * 1000  # fresh people on a database used before
    try:
        return await drive(f"{server.base_url}{PATH}", args.people, args.messages, base)
    finally:
        await server.stop()
        await inbound.channel.bot.shutdown()
        await app.close()


async def serve_as_in_production(web: Starlette) -> LocalServer:
    """The bot's web app on the socket ``python -m bot serve`` listens on (``TCP_NODELAY``)."""
    config = uvicorn.Config(web, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    listening = listening_socket("127.0.0.1", 0)
    base_url = f"http://127.0.0.1:{listening.getsockname()[1]}"
    return LocalServer(base_url, server, asyncio.create_task(server.serve(sockets=[listening])))


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, update.effective_message.text or ""
        )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer()
        await context.bot.send_message(query.from_user.id, query.data or "")


async def bare_echo(fake: FakeTelegram, args: argparse.Namespace) -> tuple[float, list[float]]:
    """The baseline: python-telegram-bot's Application echoing, behind a minimal webhook."""
    bot = make_bot(TelegramSettings(TOKEN, api_base_url=fake.base_url))
    application = Application.builder().bot(bot).build()
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    await application.initialize()

    async def webhook(request: Request) -> Response:
        if request.headers.get(SECRET_HEADER) != SECRET:
            return PlainTextResponse("forbidden", status_code=403)
        await application.process_update(Update.de_json(await request.json(), application.bot))
        return PlainTextResponse("ok")

    server = await serve_on_localhost(Starlette(routes=[Route(PATH, webhook, methods=["POST"])]))
    try:
        return await drive(f"{server.base_url}{PATH}", args.people, args.messages, 1)
    finally:
        await server.stop()
        await application.shutdown()


def figures(name: str, rate: float, latencies: list[float], baseline: float) -> tuple[str, ...]:
    """The table's row for one run; ``baseline`` is the bare echo's rate."""
    cuts = statistics.quantiles(latencies, n=100)
    p50, p99 = cuts[49] * 1000, cuts[98] * 1000
    return (name, f"{rate:.0f}", f"{p50:.1f}", f"{p99:.1f}", f"{rate / baseline:.2f}")


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--people",
        type=int,
        default=50,
        help="people sending at the same time (default: %(default)s)",
    )
    parser.add_argument(
        "--messages",
        type=int,
        default=10,
        help="updates each person sends, one after the other (default: %(default)s)",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="also run the bot on this PostgreSQL database, which is migrated "
        "(default: SQLite only)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    fake = FakeTelegram()
    await fake.start()
    try:
        print(
            f"{args.people} people x {args.messages} updates (onboarding: /start, 日本語, /help…)"
        )
        rate, latencies = await bare_echo(fake, args)
        rows = [figures("bare python-telegram-bot", rate, latencies, rate)]
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}"
            ours, ours_latencies = await mics_bot(fake, url, args)
        rows.append(figures("MICS Bot, SQLite", ours, ours_latencies, rate))
        if args.postgres:
            pg, pg_latencies = await mics_bot(fake, args.postgres, args)
            rows.append(figures("MICS Bot, PostgreSQL", pg, pg_latencies, rate))
    finally:
        await fake.stop()
    print_table(("bot", "updates/s", "p50 ms", "p99 ms", "ratio to bare"), rows)


if __name__ == "__main__":
    asyncio.run(main(arguments()))
