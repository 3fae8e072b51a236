"""How a ``RenderedMessage`` fits Telegram: texts of at most 4096 characters, inline keyboards.

Messages go out as plain text (no parse mode), so nothing a person wrote can be read as markup
and nothing needs escaping. Lengths are counted in UTF-16 code units, as Telegram counts them.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.core.messages import RenderedButton

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024


def units(text: str) -> int:
    """Telegram's length of ``text``: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _hard_split(text: str, limit: int) -> list[str]:
    pieces, current = [], ""
    for char in text:
        if units(current) + units(char) > limit:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def _pack(parts: list[str], separator: str, limit: int) -> list[str]:
    """Join consecutive ``parts`` with ``separator`` into chunks of at most ``limit``."""
    chunks: list[str] = []
    for part in parts:
        if chunks and units(chunks[-1]) + units(separator) + units(part) <= limit:
            chunks[-1] += separator + part
        else:
            chunks.append(part)
    return chunks


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split at paragraph boundaries; a paragraph too long splits at lines, a line at ``limit``."""
    if units(text) <= limit:
        return [text]
    paragraphs: list[str] = []
    for paragraph in text.split("\n\n"):
        if units(paragraph) <= limit:
            paragraphs.append(paragraph)
            continue
        lines: list[str] = []
        for line in paragraph.split("\n"):
            lines.extend([line] if units(line) <= limit else _hard_split(line, limit))
        paragraphs.extend(_pack(lines, "\n", limit))
    return [chunk for chunk in _pack(paragraphs, "\n\n", limit) if chunk.strip()]


def keyboard(buttons: tuple[RenderedButton, ...]) -> InlineKeyboardMarkup | None:
    """One button per row: labels in Mongolian and Japanese are long, and rows keep them whole."""
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(button.label, callback_data=button.payload)] for button in buttons]
    )
