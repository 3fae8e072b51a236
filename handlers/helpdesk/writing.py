"""What a person writes into a thread: text as written (within ``TEXT_MAX``), or a file or
photo with or without words. Shared by the question, the answers and the follow-ups."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Attachment, Msg, Reply
from handlers.helpdesk.files import receive
from handlers.helpdesk.threads import StoredFile
from storage.helpdesk import TEXT_MAX

Written = tuple[str, StoredFile | None]


def text_error(text: str) -> Msg | None:
    """Why ``text`` cannot be a helpdesk message, or ``None`` (the chat and the page)."""
    if not text:
        return Msg("helpdesk-text-empty")
    if len(text) > TEXT_MAX:
        return Msg("helpdesk-text-too-long", {"max": TEXT_MAX, "length": len(text)})
    return None


def text_problem(ctx: Context, text: str) -> bool:
    """``True`` (the person told) when ``text`` cannot be a helpdesk message."""
    problem = text_error(text)
    if problem is not None:
        ctx.send(Reply(problem))
    return problem is not None


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
