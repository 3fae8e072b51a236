"""``/messenger/webhook``: the verification handshake (GET) and signed events (POST).

A POST is answered as soon as its signature and JSON are checked; its messages are handled
after the answer (a Starlette background task), one after another, by the dispatcher, and its
read receipts recorded (``on_read``).
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.inbound import ReadReceipt, messaging_items, read_receipt, to_message
from bot.channels.messenger.signature import is_valid
from bot.core.clock import Clock
from bot.core.messages import IncomingMessage

log = logging.getLogger(__name__)

PATH = "/messenger/webhook"
MAX_BODY_BYTES = 1024 * 1024

Handle = Callable[[IncomingMessage], Awaitable[None]]
OnRead = Callable[[str, str, datetime], Awaitable[object]]
"""Record a read receipt: channel, sender id, watermark (``Dispatcher.record_read``)."""


def webhook_routes(
    channel: MessengerChannel, handle: Handle, clock: Clock, on_read: OnRead
) -> list[BaseRoute]:
    config = channel.config

    async def verify(request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if (
            params.get("hub.mode") == "subscribe"
            and config.verify_token
            and hmac.compare_digest(token.encode(), config.verify_token.encode())
        ):
            return PlainTextResponse(params.get("hub.challenge", ""))
        log.warning("Messenger webhook verification refused (wrong verify token)")
        return PlainTextResponse("forbidden", status_code=403)

    async def receive(request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return PlainTextResponse("too large", status_code=413)
        body = await request.body()
        if not is_valid(body, request.headers.get("x-hub-signature-256"), config.app_secret):
            log.warning("Messenger webhook: missing or wrong X-Hub-Signature-256, ignored")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            data = json.loads(body)
        except ValueError:
            return PlainTextResponse("malformed JSON", status_code=400)
        if not isinstance(data, dict):
            return PlainTextResponse("malformed body", status_code=400)
        if data.get("object") != "page" and "field" not in data:
            return PlainTextResponse("not a page subscription", status_code=404)
        now = clock.now()
        messages = []
        reads = []
        for item in messaging_items(data):
            receipt = read_receipt(item)
            if receipt is not None:
                reads.append(receipt)
                continue
            message = to_message(
                item, channel.name, now, channel.downloads, channel.numbered_choice
            )
            if message is not None:
                messages.append(message)
        return PlainTextResponse("EVENT_RECEIVED", background=BackgroundTask(run, messages, reads))

    async def run(messages: list[IncomingMessage], reads: list[ReadReceipt]) -> None:
        for message in messages:
            try:
                await handle(message)
            except Exception:  # the answer is sent: log, and go on with the next message
                log.exception("Messenger: handling %s failed", message.platform_message_id)
        for receipt in reads:
            try:
                await on_read(channel.name, receipt.sender_id, receipt.watermark)
            except Exception:
                log.exception("Messenger: recording a read receipt failed")

    return [
        Route(PATH, verify, methods=["GET"]),
        Route(PATH, receive, methods=["POST"]),
    ]
