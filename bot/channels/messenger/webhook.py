"""``/messenger/webhook``: the verification handshake (GET) and signed events (POST).

A POST is read up to 1 MB whatever its headers say (a chunked body of any length is cut off
there, before its signature is even checked), its signature checked, its JSON parsed (a body
nested too deep is malformed, not an error), and each event validated (``events.py``). The
events the bot acts on go into the inbox (``storage/inbox.py``) in one statement, and only
then is the POST answered: Meta does not send an acknowledged event again, and the inbox's
consumer (``bot/core/inbox.py``) handles it even if this process dies right after answering.
No body yields a 5xx: what cannot be read gets a 4xx, a malformed event is dropped with one
WARNING line and the others are kept. Read receipts are recorded
(``on_read``) before the answer too.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.channels.bodies import read_capped
from bot.channels.messenger.channel import MessengerChannel
from bot.channels.messenger.events import validated
from bot.channels.messenger.inbound import event_key, messaging_items, read_receipt
from bot.channels.messenger.signature import is_valid
from bot.core.clock import Clock
from bot.core.inbox import InboxConsumer
from storage.inbox import InboxRepository, NewEvent

log = logging.getLogger(__name__)

PATH = "/messenger/webhook"


OnRead = Callable[[str, str, datetime], Awaitable[object]]
"""Record a read receipt: channel, sender id, watermark (``Dispatcher.record_read``)."""


def webhook_routes(
    channel: MessengerChannel, inbox: InboxConsumer, clock: Clock, on_read: OnRead
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
        try:
            body = await read_capped(request)
        except ClientDisconnect:
            return PlainTextResponse("incomplete", status_code=400)
        if body is None:
            return PlainTextResponse("too large", status_code=413)
        if not is_valid(body, request.headers.get("x-hub-signature-256"), config.app_secret):
            log.warning("Messenger webhook: missing or wrong X-Hub-Signature-256, ignored")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            log.warning("Messenger webhook: a signed body that is not JSON (or nested too deep)")
            return PlainTextResponse("malformed JSON", status_code=400)
        if not isinstance(data, dict):
            return PlainTextResponse("malformed body", status_code=400)
        if data.get("object") != "page" and "field" not in data:
            return PlainTextResponse("not a page subscription", status_code=404)
        events = []
        reads = []
        for raw in messaging_items(data):
            receipt = read_receipt(raw)
            if receipt is not None:
                reads.append(receipt)
                continue
            item = validated(raw)
            if item is not None and item.acted_on:
                payload = item.model_dump(mode="json", exclude_none=True)
                events.append(NewEvent(item.sender.id, event_key(item), payload))
        if events:
            async with inbox.sessions() as session, session.begin():
                await InboxRepository(session).add(channel.name, events, clock.now())
            inbox.wake()
        for receipt in reads:  # a receipt is only a figure: one lost is not worth a redelivery
            try:
                await on_read(channel.name, receipt.sender_id, receipt.watermark)
            except Exception:
                log.exception("Messenger: recording a read receipt failed")
        return PlainTextResponse("EVENT_RECEIVED")

    return [
        Route(PATH, verify, methods=["GET"]),
        Route(PATH, receive, methods=["POST"]),
    ]
