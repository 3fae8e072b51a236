"""Webhook bodies → ``IncomingMessage``: every ``entry[]`` and every ``messaging[]`` item.

Mapped: text (``/command`` too), ``quick_reply.payload``, ``postback.payload`` (the Get Started
button opens ``/start``, with the ``ref`` of the m.me link that opened the thread),
``referral.ref`` (an m.me link opened in an existing thread: ``/start ref``), and image, file,
audio and video attachments. A ``read`` event is a receipt, not a message (``read_receipt``).
Echoes, deliveries and unknown kinds are ignored.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from bot.channels.messenger.events import Item, Message
from bot.core.messages import Attachment, IncomingMessage, TooLarge, parse_command

log = logging.getLogger(__name__)

GET_STARTED = "get_started"
"""The Get Started button's payload (set by ``python -m bot messenger setup``)."""
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
ATTACHMENT_KINDS = {"image": "image", "file": "file", "audio": "audio", "video": "video"}

NumberedChoice = Callable[[str, str], str | None]


def messaging_items(body: dict[str, Any]) -> Iterator[object]:
    """Each ``messaging[]`` item of each ``entry[]``, as it came (``events.validated`` checks
    it); the dashboard's ``field``/``value`` test format gives its one ``value``."""
    if isinstance(body.get("value"), dict) and "field" in body:
        yield body["value"]
        return
    entries = body.get("entry")
    for entry in entries if isinstance(entries, list) else ():
        items = entry.get("messaging") if isinstance(entry, dict) else None
        yield from items if isinstance(items, list) else ()


def downloader(http: httpx.AsyncClient, url: str) -> Callable[[int], Awaitable[bytes]]:
    """Fetch ``url`` streaming, and stop as soon as it exceeds the limit (at most 25 MB)."""

    async def fetch(limit: int) -> bytes:
        cap = min(limit, MAX_ATTACHMENT_BYTES)
        async with http.stream("GET", url) as response:
            response.raise_for_status()
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise TooLarge(f"{url} declares {declared} bytes, more than {cap}")
            data = bytearray()
            async for chunk in response.aiter_bytes():
                data.extend(chunk)
                if len(data) > cap:
                    raise TooLarge(f"{url} is larger than {cap} bytes")
        return bytes(data)

    return fetch


def _attachments(message: Message, http: httpx.AsyncClient) -> tuple[Attachment, ...]:
    found = []
    for item in message.attachments:
        kind = ATTACHMENT_KINDS.get(item.type)
        url = item.payload.url if item.payload is not None else None
        if kind is None or url is None:
            continue
        name = PurePosixPath(unquote(urlsplit(url).path)).name or None
        found.append(
            Attachment(
                kind=kind,  # type: ignore[arg-type]
                file_name=name,
                mime_type=mimetypes.guess_type(name)[0] if name else None,
                size=None,
                fetch=downloader(http, url),
            )
        )
    return tuple(found)


def _text_message(base: dict[str, Any], text: str) -> IncomingMessage:
    command = parse_command(text)
    if command is not None:
        return IncomingMessage(**base, text=text, command=command[0], command_arg=command[1])
    return IncomingMessage(**base, text=text)


def event_key(item: Item) -> str:
    """The event's id, which a redelivery repeats: the ``mid``; for a postback without one or a
    referral (they may come without), the kind, the sender and the timestamp; else a digest of
    the item."""
    if item.message is not None and item.message.mid:
        return item.message.mid
    if item.postback is not None and item.postback.mid:
        return item.postback.mid
    kind = "message" if item.message else "postback" if item.postback else "referral"
    if item.timestamp is not None and str(item.timestamp):
        return f"{kind}:{item.sender.id}:{item.timestamp}"
    digest = hashlib.sha256(item.model_dump_json().encode()).hexdigest()[:32]
    return f"{kind}:{item.sender.id}:{digest}"


def to_message(
    item: Item,
    channel: str,
    now: datetime,
    http: httpx.AsyncClient,
    numbered_choice: NumberedChoice,
) -> IncomingMessage | None:
    """One validated messaging item as a message, or ``None`` for what the bot does not act on."""
    if not item.acted_on:
        return None
    sender_id = item.sender.id
    base: dict[str, Any] = {
        "channel": channel,
        "sender_id": sender_id,
        "received_at": now,
        "platform_message_id": event_key(item),
    }
    message, postback, referral = item.message, item.postback, item.referral
    if message is not None:
        text = message.text or ""
        quick = message.quick_reply.payload if message.quick_reply is not None else None
        if quick:
            return IncomingMessage(**base, text=text, payload=quick)
        attachments = _attachments(message, http)
        if attachments:
            return IncomingMessage(**base, text=text, attachments=attachments)
        if not text:
            return None
        choice = numbered_choice(sender_id, text)
        if choice is not None:
            return IncomingMessage(**base, text=text, payload=choice)
        return _text_message(base, text)
    if postback is not None:
        payload = postback.payload or None
        ref = postback.referral.ref if postback.referral is not None else None
        if payload == GET_STARTED or (payload is None and ref):
            arg = ref or ""
            return IncomingMessage(
                **base, text=f"/start {arg}".strip(), command="start", command_arg=arg
            )
        if payload is None:
            return None
        return IncomingMessage(**base, payload=payload)
    ref = referral.ref if referral is not None else None
    if not ref:
        return None
    return IncomingMessage(**base, text=f"/start {ref}", command="start", command_arg=ref)


@dataclass(frozen=True)
class ReadReceipt:
    """The person read every message sent to them up to ``watermark``."""

    sender_id: str
    watermark: datetime


def read_receipt(item: object) -> ReadReceipt | None:
    """A ``read`` event (``read.watermark`` in milliseconds since the epoch), or ``None``."""
    if not isinstance(item, dict):
        return None
    sender = item.get("sender")
    sender_id = sender.get("id") if isinstance(sender, dict) else None
    read = item.get("read")
    watermark = read.get("watermark") if isinstance(read, dict) else None
    if not isinstance(sender_id, str) or not sender_id or not isinstance(watermark, int):
        return None
    if isinstance(watermark, bool) or watermark < 0:
        return None
    try:
        return ReadReceipt(sender_id, datetime.fromtimestamp(watermark / 1000, UTC))
    except (OverflowError, OSError, ValueError):
        return None
