"""The shapes of Telegram updates the bot accepts, checked at the edge (pydantic).

An update is validated before anything reads it: ids are integers of at most 52 bits, as
Telegram documents them; texts, captions, names and language codes are strings (a lone
surrogate is no text: it could not be stored); a file has its ``file_id``. An update of any
other shape is dropped with one WARNING line. Fields the bot does not read are ignored and
those it reads are optional where Telegram's own samples leave them out (``from.is_bot``), so
updates that python-telegram-bot would refuse still work.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)

log = logging.getLogger(__name__)

ID_LIMIT = 2**52
"""Telegram: user and chat ids have at most 52 significant bits."""


def _no_surrogates(value: str) -> str:
    value.encode("utf-8")  # raises UnicodeEncodeError (a ValueError) on a lone surrogate
    return value


Text = Annotated[StrictStr, AfterValidator(_no_surrogates)]
FileId = Annotated[Text, Field(min_length=1, max_length=256)]
TelegramId = Annotated[StrictInt, Field(gt=-ID_LIMIT, lt=ID_LIMIT)]
Size = Annotated[StrictInt, Field(ge=0)]


class Shape(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class User(Shape):
    id: TelegramId
    is_bot: StrictBool = False
    first_name: Text | None = None
    last_name: Text | None = None
    username: Text | None = None
    language_code: Text | None = None


class Chat(Shape):
    id: TelegramId
    type: Text | None = None


class Document(Shape):
    file_id: FileId
    file_unique_id: Text | None = None
    file_name: Text | None = None
    mime_type: Text | None = None
    file_size: Size | None = None


class PhotoSize(Shape):
    file_id: FileId
    file_unique_id: Text | None = None
    file_size: Size | None = None


class Message(Shape):
    sender: User | None = Field(None, alias="from")
    chat: Chat | None = None
    text: Text | None = None
    caption: Text | None = None
    document: Document | None = None
    photo: list[PhotoSize] | None = None


class CallbackQuery(Shape):
    id: Annotated[Text, Field(min_length=1)]
    sender: User = Field(alias="from")
    data: Text | None = None


class ChatMember(Shape):
    status: Text | None = None


class ChatMemberUpdated(Shape):
    chat: Chat
    sender: User | None = Field(None, alias="from")
    new_chat_member: ChatMember | None = None


class Update(Shape):
    """One update; kinds the bot did not ask for (``allowed_updates``) are valid and ignored."""

    update_id: StrictInt | None = None
    message: Message | None = None
    callback_query: CallbackQuery | None = None
    my_chat_member: ChatMemberUpdated | None = None


def validated(raw: Any) -> Update | None:
    """The update, or ``None`` after one WARNING line naming what was wrong (not its content,
    which may be a person's message)."""
    try:
        return Update.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "update"
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        log.warning(
            "telegram: dropped a malformed update %s (%s: %s; %d problem(s))",
            update_id if isinstance(update_id, int) else "?",
            where,
            first["msg"],
            error.error_count(),
        )
        return None
