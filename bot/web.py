"""The web server shared by the channels: webhooks, ``/healthz``, ``/metrics``, and the rest.

Each channel contributes its own routes (its webhook, with its own signature check); the
server itself only knows the health check and the metrics. Uvicorn serves it: for ``serve`` on
``HOST``/``PORT`` with the webhooks, for ``worker`` on ``HOST``/``WORKER_PORT`` without any, so
each process shows its own counts (``bot.core.metrics`` says why per process).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import socket
from collections.abc import Awaitable, Callable, Iterator, Sequence

import uvicorn
from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.app import App
from bot.core.metrics import CONTENT_TYPE

log = logging.getLogger(__name__)


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, with ``TCP_NODELAY``, which the connections it accepts inherit.

    ``socket.create_server`` makes it with protocol 0, and asyncio then leaves Nagle's
    algorithm on for each connection (it sets ``TCP_NODELAY`` only for ``IPPROTO_TCP``
    sockets): every answer on a keep-alive connection waited for the client's delayed ACK,
    about 40 ms (``bench/updates.py``)."""
    listening = socket.create_server((host, port))
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return listening


class QuietServer(uvicorn.Server):
    """Uvicorn without signal handlers of its own: the process's (``stop_signals``) decide
    when everything stops, so the web server, the delivery loop and the channels stop together
    within ``SHUTDOWN_SECONDS``. (Uvicorn's own handlers would stop only the server and then
    raise the signal again, whose default action ends the process before the rest stopped.)"""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def stop_signals() -> asyncio.Event:
    """An event set on SIGINT or SIGTERM, in the running event loop."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopped.set)
    return stopped


def web_server(app: App, routes: Sequence[BaseRoute] = ()) -> QuietServer:
    """The web app served by uvicorn: at most ``SHUTDOWN_SECONDS`` for the requests in flight
    once it is told to stop, then they are cancelled."""
    settings = app.settings
    config = uvicorn.Config(
        create_web_app(app, routes),
        log_level=(settings.log_level or "INFO").lower(),
        lifespan="off",
        timeout_graceful_shutdown=max(1, round(settings.shutdown_seconds)),
    )
    return QuietServer(config)


def freeze_startup_objects() -> None:
    """Leave what the process built while starting out of the garbage collector's full passes.

    A started bot holds about 340,000 objects that live as long as it does (modules, ORM
    mappers, compiled statements, Fluent bundles, the programs). Every full collection walked
    all of them: 150-370 ms of CPU each, during which every request in flight waited, and a
    burst of a few hundred updates triggered one or two. After ``gc.freeze()`` a full
    collection walks only what was made since: 4-6 ms (``bench/updates.py``, docs/benchmarks.md).
    """
    gc.collect()
    gc.freeze()


async def serve_until(
    stopped: asyncio.Event,
    server: QuietServer,
    listening: socket.socket,
    *also_stop: Callable[[], Awaitable[None]],
) -> None:
    """Serve on ``listening`` until ``stopped`` is set (or the server ends by itself); then
    stop the server and run ``also_stop`` (the delivery loop's stop) at the same time, each
    bounded by ``SHUTDOWN_SECONDS``."""
    freeze_startup_objects()
    serving = asyncio.create_task(server.serve(sockets=[listening]))
    waiting = asyncio.create_task(stopped.wait())
    try:
        await asyncio.wait({serving, waiting}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiting.cancel()
        server.should_exit = True
        outcomes = await asyncio.gather(
            serving, *(stop() for stop in also_stop), return_exceptions=True
        )
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                log.error("stopping: %r", outcome)


def create_web_app(app: App, routes: Sequence[BaseRoute] = ()) -> Starlette:
    async def healthz(request: Request) -> Response:
        try:
            async with app.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:
            log.exception("health check: the database does not answer")
            return PlainTextResponse("database unavailable\n", status_code=503)
        return PlainTextResponse("ok\n")

    async def metrics(request: Request) -> Response:
        return Response(app.services.metrics.render(), media_type=CONTENT_TYPE)

    return Starlette(
        routes=[
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            *routes,
        ]
    )
