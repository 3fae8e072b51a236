"""Telegram updates (raw JSON) → ``IncomingMessage`` or a change of reachability.

Updates are read as plain JSON, not as python-telegram-bot objects: the library refuses
samples that lack fields current servers always send (``from.is_bot``, ``chat_instance``), and
old clients and Telegram's own samples do send such updates. Commands are recognised by their
text, so messages without ``bot_command`` entities work too.

Only private chats are handled: the bot talks to one person at a time, and answering in a
group would show that person's data to everyone there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.messages import Attachment, IncomingMessage, parse_command

CHANNEL = "telegram"

FileFetcher = Callable[[str, "int | None"], Callable[[int], Awaitable[bytes]]]
"""``(file_id, size) → fetch(limit)``: how an attachment downloads its bytes."""


@dataclass(frozen=True)
class Inbound:
    """Something a person did, with what the adapter needs to acknowledge it."""

    message: IncomingMessage
    callback_query_id: str | None = None


@dataclass(frozen=True)
class Reachability:
    """The person blocked the bot (``kicked``) or unblocked it (``member``)."""

    chat_id: str
    reachable: bool


def _display_name(user: Mapping[str, Any]) -> str | None:
    name = " ".join(str(user[key]) for key in ("first_name", "last_name") if user.get(key))
    return name or user.get("username") or None


def _is_private(chat: Mapping[str, Any], user: Mapping[str, Any]) -> bool:
    kind = chat.get("type")
    return kind == "private" or (kind is None and chat.get("id") == user.get("id"))


def _attachments(message: Mapping[str, Any], fetcher: FileFetcher) -> tuple[Attachment, ...]:
    document = message.get("document")
    if isinstance(document, dict) and document.get("file_id"):
        return (
            Attachment(
                kind="document",
                file_name=document.get("file_name"),
                mime_type=document.get("mime_type"),
                size=document.get("file_size"),
                fetch=fetcher(str(document["file_id"]), document.get("file_size")),
            ),
        )
    photos = message.get("photo")
    if isinstance(photos, list) and photos and isinstance(photos[-1], dict):
        largest = photos[-1]  # Telegram lists the sizes from smallest to largest
        return (
            Attachment(
                kind="photo",
                file_name=f"photo-{largest.get('file_unique_id') or largest.get('file_id')}.jpg",
                mime_type="image/jpeg",
                size=largest.get("file_size"),
                fetch=fetcher(str(largest["file_id"]), largest.get("file_size")),
            ),
        )
    return ()


def map_update(
    update: Mapping[str, Any], received_at: datetime, fetcher: FileFetcher
) -> Inbound | Reachability | None:
    """What an update means to the core; ``None`` for anything the bot does not handle."""
    platform_id = f"update:{update['update_id']}" if "update_id" in update else None
    message = update.get("message")
    if isinstance(message, dict):
        return _map_message(message, received_at, fetcher, platform_id)
    callback = update.get("callback_query")
    if isinstance(callback, dict):
        return _map_callback(callback, received_at, platform_id)
    member = update.get("my_chat_member")
    if isinstance(member, dict):
        return _map_member(member)
    return None


def _map_message(
    message: Mapping[str, Any],
    received_at: datetime,
    fetcher: FileFetcher,
    platform_id: str | None,
) -> Inbound | None:
    user, chat = message.get("from"), message.get("chat")
    if not isinstance(user, dict) or not isinstance(chat, dict) or "id" not in user:
        return None
    if user.get("is_bot") or not _is_private(chat, user):
        return None
    text = message.get("text")
    text = text if isinstance(text, str) else message.get("caption") or ""
    attachments = _attachments(message, fetcher)
    if not text and not attachments:
        return None  # stickers, locations, service messages: nothing the core reads
    command = parse_command(text) if not attachments else None
    incoming = IncomingMessage(
        channel=CHANNEL,
        sender_id=str(user["id"]),
        received_at=received_at,
        text=text,
        command=command[0] if command else None,
        command_arg=command[1] if command else "",
        attachments=attachments,
        display_name=_display_name(user),
        language_hint=user.get("language_code"),
        platform_message_id=platform_id,
    )
    return Inbound(incoming)


def _map_callback(
    callback: Mapping[str, Any], received_at: datetime, platform_id: str | None
) -> Inbound | None:
    user = callback.get("from")
    if not isinstance(user, dict) or "id" not in user or "id" not in callback:
        return None
    data = callback.get("data")
    incoming = IncomingMessage(
        channel=CHANNEL,
        sender_id=str(user["id"]),
        received_at=received_at,
        payload=data if isinstance(data, str) and data else None,
        display_name=_display_name(user),
        language_hint=user.get("language_code"),
        platform_message_id=platform_id,
    )
    return Inbound(incoming, callback_query_id=str(callback["id"]))


def _map_member(member: Mapping[str, Any]) -> Reachability | None:
    chat, user = member.get("chat") or {}, member.get("from") or {}
    new = member.get("new_chat_member") or {}
    if not _is_private(chat, user) or "id" not in chat:
        return None
    status = new.get("status")
    if status == "kicked":
        return Reachability(str(chat["id"]), reachable=False)
    if status == "member":
        return Reachability(str(chat["id"]), reachable=True)
    return None
