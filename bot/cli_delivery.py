"""``worker`` (the outbox loop, with ``/healthz`` and ``/metrics`` on its own port) and
``rehearse`` (the timeline, without sending)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import socket

import uvicorn

from bot.app import App, build_app, make_clock
from bot.channels.telegram.channel import TelegramChannel
from bot.core.clock import FixedClock, parse_instant
from bot.core.settings import Settings
from bot.delivery import start_delivery
from bot.rehearsal import format_rehearsal, rehearse
from bot.serve import add_output_channels
from bot.web import create_web_app
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)


async def worker(args: argparse.Namespace, settings: Settings) -> int:
    """Plan reminders and dispatch the outbox until SIGINT or SIGTERM, serving ``/healthz`` and
    ``/metrics`` (no webhooks) on ``HOST:WORKER_PORT``: a worker counts its own sends, which the
    web process never sees, so Prometheus scrapes each process on its own port."""
    stopped = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(sig, stopped.set)
    app = await build_app(settings, make_clock(settings, args.clock))
    try:
        address = (settings.host, settings.worker_port)
        with socket.create_server(address) as listening:
            await deliver_until(stopped, app, listening)
    finally:
        await app.close()
    return 0


async def deliver_until(stopped: asyncio.Event, app: App, listening: socket.socket) -> None:
    """Serve health and metrics on ``listening`` and run the delivery loop until ``stopped``.

    Uvicorn's own SIGINT/SIGTERM handling stops its server; ``stopped`` stops everything else
    (uvicorn hands the signal on to the loop's handler once it has shut down)."""
    config = uvicorn.Config(
        create_web_app(app), log_level=(app.settings.log_level or "INFO").lower(), lifespan="off"
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[listening]))
    telegram: list[TelegramChannel] = []
    try:
        telegram = await add_output_channels(app)
        if not app.services.channels:
            log.warning("worker: no channel is configured; it plans reminders but sends none")
        loop = start_delivery(app)
        try:
            await stopped.wait()
        finally:
            await loop.stop()
    finally:
        server.should_exit = True
        await serving
        for channel in telegram:
            await channel.bot.shutdown()


async def rehearse_command(args: argparse.Namespace, settings: Settings) -> int:
    start, end = parse_instant(args.start), parse_instant(args.end)
    if end <= start:
        raise ValueError("--to must come after --from")
    app = await build_app(settings, FixedClock(start))
    try:
        if args.program is not None:
            await _check_program(app, args.program)
        messages = await rehearse(app, start, end, args.program)
    finally:
        await app.close()
    print(format_rehearsal(messages), flush=True)
    return 0


async def _check_program(app: App, program_id: str) -> None:
    """An unknown ``--program`` is an error (a typo would otherwise rehearse nothing)."""
    async with app.sessions() as session:
        loaded = [p.id for p in await UnitOfWork(session).programs.all()]
    if program_id not in loaded:
        raise ValueError(
            f"no program {program_id!r} is loaded (loaded: {', '.join(loaded) or '-'})"
        )


def register(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "worker", help="plan reminders and send the outbox (no webhooks)"
    ).set_defaults(handler=worker)
    parser = commands.add_parser(
        "rehearse", help="list every message the timeline would send between two instants"
    )
    parser.add_argument("--from", dest="start", required=True, help="e.g. 2024-11-17T00:00+08:00")
    parser.add_argument("--to", dest="end", required=True, help="e.g. 2024-11-21T00:00+08:00")
    parser.add_argument("--program", help="only this program id")
    parser.set_defaults(handler=rehearse_command)
