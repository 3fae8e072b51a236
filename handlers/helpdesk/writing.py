"""What a person writes into a thread: text as written (within ``TEXT_MAX``), or a file or
photo with or without words. Shared by the question, the answers and the follow-ups."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Attachment
from handlers.helpdesk.files import receive
from handlers.helpdesk.threads import StoredFile
from storage.helpdesk import TEXT_MAX

Written = tuple[str, StoredFile | None]


def text_problem(ctx: Context, text: str) -> bool:
    """``True`` (the person told) when ``text`` cannot be a helpdesk message."""
    if not text:
        ctx.reply("helpdesk-text-empty")
        return True
    if len(text) > TEXT_MAX:
        ctx.reply("helpdesk-text-too-long", max=TEXT_MAX, length=len(text))
        return True
    return False


def typed(ctx: Context, text: str) -> Written | None:
    """Typed text, without blank lines around it; ``None`` after saying what is wrong."""
    text = text.strip()
    return None if text_problem(ctx, text) else (text, None)


async def sent_file(ctx: Context, attachment: Attachment) -> tuple[str, StoredFile] | None:
    """A file with its caption (which may be empty); ``None`` after saying what is wrong."""
    words = ctx.message.text.strip()
    if words and text_problem(ctx, words):
        return None
    stored = await receive(ctx, attachment)
    return None if stored is None else (words, stored)
