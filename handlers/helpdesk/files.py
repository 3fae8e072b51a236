"""A file or photo sent with a helpdesk message: checked and kept in the file store.

The checks are those of every file the bot takes (``bot/core/files.py``): the size the
platform reports, then the bytes fetched within the limit, then what the bytes are (PDF,
Word, PowerPoint, Excel, JPEG, PNG), never the name. The limit, ``MAX_FILE`` (or less where
the sender's platform lets the bot fetch less), is small enough for every platform to send
the file on as a document and a picture as a photo. A picture that a platform would refuse
as a photo (its shape) is sent on as a document.
"""

from __future__ import annotations

import asyncio

from bot.core.context import Context
from bot.core.files import fetch_within, sanitize_file_name
from bot.core.filetypes import picture_size, sniff
from bot.core.limits import MB, PHOTO_SHAPES, download_limit, photo_shape_fits
from bot.core.messages import Attachment
from handlers.helpdesk.threads import StoredFile

MAX_FILE = 10 * MB
"""Telegram's limit for a photo, the smallest of any platform's limits for what it sends."""
KINDS = ("document", "file", "photo", "image")
PHOTO_KINDS = ("photo", "image")
KNOWN_ENDINGS = frozenset({"pdf", "docx", "pptx", "xlsx", "jpg", "jpeg", "png"})


def limit_for(channel: str) -> int:
    fetch = download_limit(channel)
    return min(MAX_FILE, fetch) if fetch is not None else MAX_FILE


def _name(file_name: str | None, extension: str, stem: str) -> str:
    """The sender's name, ending in what the content is: a name that claims another of the
    kinds we know (a PNG sent as ``photo.jpg``) loses that ending first."""
    name = file_name or ""
    base, dot, ending = name.rpartition(".")
    if dot and ending.lower() in KNOWN_ENDINGS and ending.lower() != extension:
        name = base
    return sanitize_file_name(name, extension, stem)


def _as_photo(data: bytes) -> bool:
    size = picture_size(data)
    return size is not None and all(photo_shape_fits(c, *size) for c in PHOTO_SHAPES)


async def receive(ctx: Context, attachment: Attachment) -> StoredFile | None:
    """The file kept, or ``None`` after telling the person why it cannot be."""
    if attachment.kind not in KINDS:
        ctx.reply("helpdesk-file-kind")
        return None
    limit = limit_for(ctx.message.channel)
    fetched = await fetch_within(attachment, limit)
    if fetched.refusal == "empty":
        ctx.reply("helpdesk-file-empty")
        return None
    if fetched.data is None:
        ctx.reply("helpdesk-file-too-large", max_mb=limit // MB)
        return None
    kind = await asyncio.to_thread(sniff, fetched.data)
    if kind is None:
        ctx.reply("helpdesk-file-unknown")
        return None
    photo = attachment.kind in PHOTO_KINDS and kind.picture and _as_photo(fetched.data)
    stem = "photo" if kind.picture else "file"
    return StoredFile(
        sha256=await ctx.services.files.put(fetched.data),
        name=_name(attachment.file_name, kind.extension, stem),
        mime=kind.mime_type,
        photo=photo,
    )
