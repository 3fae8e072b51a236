"""The web server shared by the channels: webhooks, ``/healthz``, ``/metrics``, and the rest.

Each channel contributes its own routes (its webhook, with its own signature check); the
server itself only knows the health check and the metrics. Uvicorn serves it: for ``serve`` on
``HOST``/``PORT`` with the webhooks, for ``worker`` on ``HOST``/``WORKER_PORT`` without any, so
each process shows its own counts (``bot.core.metrics`` says why per process).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence

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
