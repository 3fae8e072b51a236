"""The optional file of a broadcast, asked for after the texts: a document (PDF, Word,
PowerPoint, Excel, or a picture sent as a file) or a photo (JPEG or PNG). It goes with every
language version.

Checks run cheapest first and nothing is kept until all pass: a document or a photo at all →
the size the platform reports → the bytes, fetched with the limit → what the bytes are (never
the name) → for a photo, a shape every channel of the audience shows. The limit is the
smallest that lets the file reach everyone: what the bot can fetch from the organizer's own
channel, and what each channel of the audience accepts as a document or as a photo
(``bot/core/limits.py``). The bytes go to the content-addressed file store, as decks do; the
flow keeps their SHA-256 (the store's key), the name, the MIME type, the size and whether it
is a photo, and the broadcast row keeps them once it is confirmed.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bot.core.context import Context
from bot.core.files import FileStore, fetch_within, sanitize_file_name
from bot.core.filetypes import picture_size, sniff
from bot.core.flows import NEXT, STAY, Prompt, Step, flow_data
from bot.core.limits import MB, PHOTO_SHAPES, download_limit, photo_shape_fits, upload_limit
from bot.core.messages import Attachment, Document, Msg, Reply
from storage.models import Broadcast, Participant

ATTACHMENT = "attachment"  # the key of the attached file in the flow's data
# The ceiling where no channel sets a lower limit (the console): Telegram's upload limit, the
# largest of any platform.
MAX_ATTACHMENT = 50 * MB
DOCUMENT_KINDS = ("document", "file")
PHOTO_KINDS = ("photo", "image")
SKIP = "skip"
KEEP = "keep"

People = Callable[[Context], Awaitable[list[Participant]]]


@dataclass(frozen=True)
class Limit:
    """The most bytes an attachment may have, and what sets it: the organizer's channel
    (``fetch``), a channel of the audience, or neither (the ceiling)."""

    size: int
    channel: str | None = None
    fetch: bool = False

    def explained(self, photo: bool) -> Msg:
        args = {"max_mb": self.size // MB}
        if self.channel is None:
            return Msg("broadcast-limit-any", args)
        platform = Msg(f"broadcast-platform-{self.channel}")
        if self.fetch:
            return Msg("broadcast-limit-fetch", {**args, "platform": platform})
        kind = "broadcast-limit-photo" if photo else "broadcast-limit-upload"
        return Msg(kind, {**args, "platform": platform})


def limit_for(sender_channel: str, channels: Iterable[str], photo: bool) -> Limit:
    """The largest file that the bot can fetch from the sender and send as a photo (or as a
    document) on every one of ``channels``."""
    limits = [Limit(MAX_ATTACHMENT)]
    fetch = download_limit(sender_channel)
    if fetch is not None:
        limits.append(Limit(fetch, sender_channel, fetch=True))
    for channel in sorted(set(channels)):
        upload = upload_limit(channel, photo)
        if upload is not None:
            limits.append(Limit(upload, channel))
    return min(limits, key=lambda limit: limit.size)


def photo_refusal(data: bytes, channels: Iterable[str]) -> Msg | None:
    """Why this picture cannot go as a photo to every one of ``channels``, or ``None``."""
    size = picture_size(data)  # only JPEG and PNG have one
    if size is None:
        return Msg("broadcast-photo-unknown")
    width, height = size
    for channel in sorted(set(channels)):
        if not photo_shape_fits(channel, width, height):
            most, ratio = PHOTO_SHAPES[channel]
            return Msg(
                "broadcast-photo-shape",
                {
                    "platform": Msg(f"broadcast-platform-{channel}"),
                    "width": width,
                    "height": height,
                    "most": most,
                    "ratio": ratio,
                },
            )
    return None


async def _fetch(ctx: Context, attachment: Attachment, limit: Limit, photo: bool) -> bytes | None:
    """The file's bytes within ``limit``, or ``None`` after telling the organizer why not."""
    fetched = await fetch_within(attachment, limit.size)
    if fetched.refusal == "empty":
        ctx.reply("broadcast-file-empty")
    elif fetched.refusal == "too_large":
        _too_large(ctx, fetched.size or 0, limit, photo)
    elif fetched.refusal == "too_large_unsized":
        ctx.reply("broadcast-file-too-large-unsized", limit=limit.explained(photo))
    return fetched.data


def _too_large(ctx: Context, size: int, limit: Limit, photo: bool) -> None:
    ctx.reply(
        "broadcast-file-too-large", size_mb=math.ceil(size / MB), limit=limit.explained(photo)
    )


async def _received(ctx: Context, attachment: Attachment, people: People) -> str:
    if attachment.kind not in DOCUMENT_KINDS + PHOTO_KINDS:
        ctx.reply("broadcast-file-kind")
        return STAY
    photo = attachment.kind in PHOTO_KINDS
    channels = {person.channel for person in await people(ctx)}
    data = await _fetch(ctx, attachment, limit_for(ctx.message.channel, channels, photo), photo)
    if data is None:
        return STAY
    checked = await checked_attachment(
        ctx.services.files, data, attachment.file_name, photo, channels
    )
    if isinstance(checked, Msg):
        ctx.send(Reply(checked))
        return STAY
    flow_data(ctx)[ATTACHMENT] = checked
    return NEXT


async def checked_attachment(
    files: FileStore, data: bytes, file_name: str | None, photo: bool, channels: Iterable[str]
) -> dict[str, Any] | Msg:
    """The file as a broadcast keeps it (``sha256``, ``name``, ``mime``, ``size``, ``photo``),
    stored, when its bytes are a document or picture every one of ``channels`` takes; else
    why not. The size is checked against the channels (the caller has fetched it within what
    its own channel allows)."""
    channels = set(channels)
    if not data:
        return Msg("broadcast-file-empty")
    limit = limit_for("", channels, photo)
    if len(data) > limit.size:
        return Msg(
            "broadcast-file-too-large",
            {"size_mb": math.ceil(len(data) / MB), "limit": limit.explained(photo)},
        )
    kind = await asyncio.to_thread(sniff, data)  # a ZIP package is read through
    if kind is None:
        return Msg("broadcast-file-unknown")
    refused = photo_refusal(data, channels) if photo else None
    if refused is not None:
        return refused
    default_stem = "photo" if photo else "attachment"
    return {
        "sha256": await files.put(data),
        "name": sanitize_file_name(file_name, kind.extension, default_stem),
        "mime": kind.mime_type,
        "size": len(data),
        "photo": photo,
    }


async def _kept(ctx: Context, kept: dict[str, Any], people: People) -> str:
    """Keep the file attached before: it must still reach the audience, which may have
    changed since (going back to the audience leads through this step again)."""
    channels = {person.channel for person in await people(ctx)}
    photo = bool(kept["photo"])
    limit = limit_for(ctx.message.channel, channels, photo)
    if int(kept["size"]) > limit.size:
        _too_large(ctx, int(kept["size"]), limit, photo)
        return STAY
    if photo:
        document = await stored_document(ctx.services.files, kept)
        refused = photo_refusal(document.content, channels)
        if refused is not None:
            ctx.send(Reply(refused))
            return STAY
    return NEXT


def attachment_step(name: str, people: People) -> Step:
    """The step ``name`` of the composer; ``people`` gives the audience chosen so far."""

    async def ask(ctx: Context) -> Prompt:
        channels = {person.channel for person in await people(ctx)}
        sender = ctx.message.channel
        choices = [(Msg("broadcast-button-no-file"), SKIP)]
        kept = flow_data(ctx).get(ATTACHMENT)
        if kept:
            choices.insert(0, (Msg("broadcast-button-keep-file", {"name": kept["name"]}), KEEP))
        return Prompt(
            Msg(
                "broadcast-ask-file",
                {
                    "document_mb": limit_for(sender, channels, photo=False).size // MB,
                    "photo_mb": limit_for(sender, channels, photo=True).size // MB,
                },
            ),
            choices,
        )

    async def received(ctx: Context, attachment: Attachment) -> str:
        return await _received(ctx, attachment, people)

    async def typed(ctx: Context, text: str) -> str:
        ctx.reply("broadcast-file-expected")
        return STAY

    async def chosen(ctx: Context, value: str) -> str:
        data = flow_data(ctx)
        if value == SKIP:
            data.pop(ATTACHMENT, None)
            return NEXT
        kept = data.get(ATTACHMENT)
        if value != KEEP or not kept:
            await ctx.router.flows.stale(ctx)
            return STAY
        return await _kept(ctx, kept, people)

    return Step(name, ask, on_text=typed, on_choice=chosen, on_attachment=received)


class MissingAttachment(LookupError):
    """The file store has no file under the attachment's SHA-256 (someone deleted it by hand).
    Raised at send time, the outbox retries the row and then records it failed with this error;
    in the preview, the organizer is told that something went wrong."""


async def stored_document(store: FileStore, attached: dict[str, Any]) -> Document:
    """The attachment as it is sent: its bytes from the file store, with their ``sha256`` so
    that a channel uploads it once for all recipients. ``attached`` is what the flow keeps
    (``sha256``, ``name``, ``mime``, ``photo``)."""
    sha256 = str(attached["sha256"])
    content = await store.get(sha256)
    if content is None:
        raise MissingAttachment(sha256)
    return Document(
        str(attached["name"]),
        content,
        str(attached["mime"]),
        photo=bool(attached["photo"]),
        sha256=sha256,
    )


def attached_to(broadcast: Broadcast) -> dict[str, Any] | None:
    """The broadcast's attachment as ``stored_document`` takes it; ``None`` when it has none."""
    if broadcast.attachment is None:
        return None
    return {
        "sha256": broadcast.attachment,
        "name": broadcast.attachment_name,
        "mime": broadcast.attachment_mime,
        "photo": broadcast.attachment_photo,
    }
