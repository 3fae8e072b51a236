"""Webhook bodies → ``IncomingMessage``: every ``entry[]`` and every ``messaging[]`` item.

Mapped: text (``/command`` too), ``quick_reply.payload``, ``postback.payload`` (the Get Started
button opens ``/start``, with the ``ref`` of the m.me link that opened the thread),
``referral.ref`` (an m.me link opened in an existing thread: ``/start ref``), and image, file,
audio and video attachments. A ``read`` event is a receipt, not a message (``read_receipt``).
Echoes, deliveries and unknown kinds are ignored.
"""

from __future__ import annotations

import logging
import mimetypes
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from bot.core.messages import Attachment, IncomingMessage, TooLarge, parse_command

log = logging.getLogger(__name__)

GET_STARTED = "get_started"
"""The Get Started button's payload (set by ``python -m bot messenger setup``)."""
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
ATTACHMENT_KINDS = {"image": "image", "file": "file", "audio": "audio", "video": "video"}

NumberedChoice = Callable[[str, str], str | None]


def messaging_items(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Each ``messaging[]`` item of each ``entry[]``; the dashboard's ``field``/``value``
    test format gives its one ``value``."""
    if isinstance(body.get("value"), dict) and "field" in body:
        yield body["value"]
        return
    entries = body.get("entry")
    for entry in entries if isinstance(entries, list) else ():
        items = entry.get("messaging") if isinstance(entry, dict) else None
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict):
                yield item


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


def _attachments(message: dict[str, Any], http: httpx.AsyncClient) -> tuple[Attachment, ...]:
    found = []
    raw = message.get("attachments")
    for item in raw if isinstance(raw, list) else ():
        if not isinstance(item, dict):
            continue
        kind = ATTACHMENT_KINDS.get(str(item.get("type")))
        payload = item.get("payload")
        url = payload.get("url") if isinstance(payload, dict) else None
        if kind is None or not isinstance(url, str) or not url.startswith(("http://", "https://")):
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


def to_message(
    item: dict[str, Any],
    channel: str,
    now: datetime,
    http: httpx.AsyncClient,
    numbered_choice: NumberedChoice,
) -> IncomingMessage | None:
    """One messaging item as a message, or ``None`` for what the bot does not act on."""
    sender = item.get("sender")
    sender_id = sender.get("id") if isinstance(sender, dict) else None
    if not isinstance(sender_id, str) or not sender_id:
        return None
    base: dict[str, Any] = {"channel": channel, "sender_id": sender_id, "received_at": now}
    timestamp = item.get("timestamp")
    message, postback, referral = item.get("message"), item.get("postback"), item.get("referral")
    if isinstance(message, dict):
        if message.get("is_echo"):
            return None
        base["platform_message_id"] = _string(message.get("mid"))
        text = _string(message.get("text")) or ""
        quick_reply = message.get("quick_reply")
        if isinstance(quick_reply, dict) and _string(quick_reply.get("payload")):
            return IncomingMessage(**base, text=text, payload=quick_reply["payload"])
        attachments = _attachments(message, http)
        if attachments:
            return IncomingMessage(**base, text=text, attachments=attachments)
        if not text:
            return None
        choice = numbered_choice(sender_id, text)
        if choice is not None:
            return IncomingMessage(**base, text=text, payload=choice)
        return _text_message(base, text)
    if isinstance(postback, dict):
        base["platform_message_id"] = _string(postback.get("mid")) or _synthetic_id(
            "postback", sender_id, timestamp
        )
        payload = _string(postback.get("payload"))
        inner = postback.get("referral")
        ref = _string(inner.get("ref")) if isinstance(inner, dict) else None
        if payload == GET_STARTED or (payload is None and ref):
            arg = ref or ""
            return IncomingMessage(
                **base, text=f"/start {arg}".strip(), command="start", command_arg=arg
            )
        if payload is None:
            return None
        return IncomingMessage(**base, payload=payload)
    if isinstance(referral, dict):
        ref = _string(referral.get("ref"))
        if not ref:
            return None
        base["platform_message_id"] = _synthetic_id("referral", sender_id, timestamp)
        return IncomingMessage(**base, text=f"/start {ref}", command="start", command_arg=ref)
    return None


@dataclass(frozen=True)
class ReadReceipt:
    """The person read every message sent to them up to ``watermark``."""

    sender_id: str
    watermark: datetime


def read_receipt(item: dict[str, Any]) -> ReadReceipt | None:
    """A ``read`` event (``read.watermark`` in milliseconds since the epoch), or ``None``."""
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


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _synthetic_id(kind: str, sender_id: str, timestamp: object) -> str | None:
    """Postbacks may and referrals do come without a ``mid``: a redelivery repeats the same
    sender and timestamp, so those identify the event."""
    if isinstance(timestamp, int | str) and str(timestamp):
        return f"{kind}:{sender_id}:{timestamp}"
    return None
