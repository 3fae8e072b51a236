"""``POST /telegram/webhook``: Telegram's pushes, checked by their secret token.

A wrong or missing ``X-Telegram-Bot-Api-Secret-Token`` gets 403 and nothing is read. Malformed
JSON gets 400 (Telegram would only send it again). Anything else gets 200 once handled, also
updates the bot ignores; a failing handler is the dispatcher's business and never a 5xx.
"""

from __future__ import annotations

import hmac
import json
import logging

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

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
            update = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
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
