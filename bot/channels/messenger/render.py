"""A ``RenderedMessage`` as Send API ``message`` objects, within Messenger's limits.

- 1–3 buttons under a text of at most 640 characters: a button template of postbacks;
- up to 13 buttons: quick replies (titles cut to 20 characters) on the last text part;
- more: numbered lines (``1. label``) the person answers by typing the number;
- text longer than 2,000 characters is split, at a line break or space where there is one;
- a document follows the text as an attachment (a photo as an image, anything else as a file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.core.messages import Document, RenderedButton, RenderedMessage

TEXT_LIMIT = 2000
TEMPLATE_TEXT_LIMIT = 640
TEMPLATE_MAX_BUTTONS = 3
QUICK_REPLY_MAX = 13
TITLE_LIMIT = 20


@dataclass
class Outgoing:
    """What one rendered message becomes: message objects and documents, in order."""

    parts: list[dict[str, Any] | Document] = field(default_factory=list)
    numbered: tuple[str, ...] = ()
    """Payloads of numbered choices (``1.`` is the first), when the buttons became text."""


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Cut ``text`` into parts of at most ``limit`` characters, preferring line breaks."""
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit + 1)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit + 1)
        if cut <= 0:
            parts.append(text[:limit])
            text = text[limit:]
        else:
            parts.append(text[:cut])
            text = text[cut + 1 :]
    if text or not parts:
        parts.append(text)
    return parts


def _title(label: str) -> str:
    return label[:TITLE_LIMIT]


def _button_template(text: str, buttons: tuple[RenderedButton, ...]) -> dict[str, Any]:
    return {
        "attachment": {
            "type": "template",
            "payload": {
                "template_type": "button",
                "text": text,
                "buttons": [
                    {"type": "postback", "title": _title(b.label), "payload": b.payload}
                    for b in buttons
                ],
            },
        }
    }


def render(message: RenderedMessage) -> Outgoing:
    outgoing = Outgoing()
    text, buttons = message.text, message.buttons
    if buttons and len(buttons) <= TEMPLATE_MAX_BUTTONS and 0 < len(text) <= TEMPLATE_TEXT_LIMIT:
        outgoing.parts.append(_button_template(text, buttons))
    elif buttons and len(buttons) <= QUICK_REPLY_MAX:
        chunks = split_text(text)
        outgoing.parts.extend({"text": chunk} for chunk in chunks[:-1])
        outgoing.parts.append(
            {
                "text": chunks[-1],
                "quick_replies": [
                    {"content_type": "text", "title": _title(b.label), "payload": b.payload}
                    for b in buttons
                ],
            }
        )
    else:
        if buttons:
            lines = [f"{number}. {b.label}" for number, b in enumerate(buttons, start=1)]
            text = "\n\n".join(part for part in (text, "\n".join(lines)) if part)
            outgoing.numbered = tuple(b.payload for b in buttons)
        if text:
            outgoing.parts.extend({"text": chunk} for chunk in split_text(text))
    if message.document is not None:
        outgoing.parts.append(message.document)
    return outgoing
