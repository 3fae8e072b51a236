"""Telegram updates (raw JSON) → ``IncomingMessage`` or a change of reachability.

Updates are validated into our own small models (``schema.py``), not python-telegram-bot
objects: the library refuses samples that lack fields current servers always send
(``from.is_bot``, ``chat_instance``), and old clients and Telegram's own samples do send such
updates. Commands are recognised by their text, so messages without ``bot_command`` entities
work too.

Only private chats are handled: the bot talks to one person at a time, and answering in a
group would show that person's data to everyone there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.channels.telegram.schema import (
    CallbackQuery,
    Chat,
    ChatMemberUpdated,
    Message,
    User,
    validated,
)
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


def _display_name(user: User) -> str | None:
    name = " ".join(part for part in (user.first_name, user.last_name) if part)
    return name or user.username or None


def _is_private(chat: Chat, user: User | None) -> bool:
    return chat.type == "private" or (chat.type is None and user is not None and chat.id == user.id)


def _attachments(message: Message, fetcher: FileFetcher) -> tuple[Attachment, ...]:
    document = message.document
    if document is not None:
        return (
            Attachment(
                kind="document",
                file_name=document.file_name,
                mime_type=document.mime_type,
                size=document.file_size,
                fetch=fetcher(document.file_id, document.file_size),
            ),
        )
    if message.photo:
        largest = message.photo[-1]  # Telegram lists the sizes from smallest to largest
        return (
            Attachment(
                kind="photo",
                file_name=f"photo-{largest.file_unique_id or largest.file_id}.jpg",
                mime_type="image/jpeg",
                size=largest.file_size,
                fetch=fetcher(largest.file_id, largest.file_size),
            ),
        )
    return ()


def map_update(
    raw: Mapping[str, Any], received_at: datetime, fetcher: FileFetcher
) -> Inbound | Reachability | None:
    """What an update means to the core; ``None`` for anything the bot does not handle, and
    for an update of a shape it does not accept (``schema.validated`` logs it)."""
    update = validated(raw)
    if update is None:
        return None
    platform_id = f"update:{update.update_id}" if update.update_id is not None else None
    if update.message is not None:
        return _map_message(update.message, received_at, fetcher, platform_id)
    if update.callback_query is not None:
        return _map_callback(update.callback_query, received_at, platform_id)
    if update.my_chat_member is not None:
        return _map_member(update.my_chat_member)
    return None


def _map_message(
    message: Message,
    received_at: datetime,
    fetcher: FileFetcher,
    platform_id: str | None,
) -> Inbound | None:
    user, chat = message.sender, message.chat
    if user is None or chat is None:
        return None
    if user.is_bot or not _is_private(chat, user):
        return None
    text = message.text if message.text is not None else message.caption or ""
    attachments = _attachments(message, fetcher)
    if not text and not attachments:
        return None  # stickers, locations, service messages: nothing the core reads
    command = parse_command(text) if not attachments else None
    incoming = IncomingMessage(
        channel=CHANNEL,
        sender_id=str(user.id),
        received_at=received_at,
        text=text,
        command=command[0] if command else None,
        command_arg=command[1] if command else "",
        attachments=attachments,
        display_name=_display_name(user),
        language_hint=user.language_code,
        platform_message_id=platform_id,
    )
    return Inbound(incoming)


def _map_callback(
    callback: CallbackQuery, received_at: datetime, platform_id: str | None
) -> Inbound | None:
    user = callback.sender
    incoming = IncomingMessage(
        channel=CHANNEL,
        sender_id=str(user.id),
        received_at=received_at,
        payload=callback.data or None,
        display_name=_display_name(user),
        language_hint=user.language_code,
        platform_message_id=platform_id,
    )
    return Inbound(incoming, callback_query_id=callback.id)


def _map_member(member: ChatMemberUpdated) -> Reachability | None:
    if not _is_private(member.chat, member.sender):
        return None
    status = member.new_chat_member.status if member.new_chat_member is not None else None
    if status == "kicked":
        return Reachability(str(member.chat.id), reachable=False)
    if status == "member":
        return Reachability(str(member.chat.id), reachable=True)
    return None
