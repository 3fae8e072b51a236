"""``POST /telegram/webhook``: Telegram's pushes, checked by their secret token.

A wrong or missing ``X-Telegram-Bot-Api-Secret-Token`` gets 403 and nothing is read. At most 1 MB
of a body is read (413 past it). Malformed JSON, nested too deep too, gets 400 (Telegram would
only send it again); an update of a shape the bot does not accept is dropped with one WARNING
line (``schema.py``). Anything else gets 200 once handled, also
updates the bot ignores; a failing handler is the dispatcher's business and never a 5xx.
"""

from __future__ import annotations

import hmac
import json
import logging

from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.channels.bodies import read_capped
from bot.channels.telegram.inbound import TelegramInbound

log = logging.getLogger(__name__)

PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_route(inbound: TelegramInbound, secret: str) -> Route:
    expected = secret.encode()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            inbound.channel.metrics.error("telegram_webhook_forbidden")
            return PlainTextResponse("forbidden\n", status_code=403)
        try:
            body = await read_capped(request)
        except ClientDisconnect:
            return PlainTextResponse("incomplete\n", status_code=400)
        if body is None:
            inbound.channel.metrics.error("telegram_webhook_malformed")
            return PlainTextResponse("too large\n", status_code=413)
        try:
            update = json.loads(body)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep
            inbound.channel.metrics.error("telegram_webhook_malformed")
            return PlainTextResponse("malformed JSON\n", status_code=400)
        if not isinstance(update, dict):
            inbound.channel.metrics.error("telegram_webhook_malformed")
            return PlainTextResponse("an update is a JSON object\n", status_code=400)
        try:
            await inbound.process(update)
        except Exception:  # mapping or the hook failed: logged, and never a 5xx to Telegram
            log.exception("telegram: update %s could not be processed", update.get("update_id"))
            inbound.channel.metrics.error("telegram_update")
        return PlainTextResponse("ok\n")

    return Route(PATH, receive, methods=["POST"])
