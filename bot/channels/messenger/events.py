"""The shapes of Messenger webhook events the bot accepts, checked at the edge (pydantic).

Every ``entry[].messaging[]`` item is validated here before anything else looks at it: ids and
texts must be strings (a lone surrogate is no text: it could not be stored), a timestamp a
number, an attachment's URL an ``http(s)`` URL that parses. An item of any other shape is
dropped with one WARNING line, and the other items of the body are handled. Fields the bot does
not read are ignored, so Meta may add some.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any
from urllib.parse import urlsplit

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


def _no_surrogates(value: str) -> str:
    value.encode("utf-8")  # raises UnicodeEncodeError (a ValueError) on a lone surrogate
    return value


def _http_url(value: str) -> str:
    parts = urlsplit(value)  # raises ValueError on "http://[::1"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    return value


Text = Annotated[StrictStr, AfterValidator(_no_surrogates)]
Id = Annotated[StrictStr, Field(min_length=1, max_length=128), AfterValidator(_no_surrogates)]
Url = Annotated[Text, AfterValidator(_http_url)]


class Shape(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Sender(Shape):
    id: Id


class QuickReply(Shape):
    payload: Text | None = None


class AttachmentPayload(Shape):
    url: Url | None = None


class Attachment(Shape):
    type: Text
    payload: AttachmentPayload | None = None


class Message(Shape):
    mid: Text | None = None
    text: Text | None = None
    is_echo: StrictBool = False
    quick_reply: QuickReply | None = None
    attachments: list[Attachment] = []


class Referral(Shape):
    ref: Text | None = None


class Postback(Shape):
    mid: Text | None = None
    payload: Text | None = None
    referral: Referral | None = None


class Item(Shape):
    """One ``messaging[]`` item. Deliveries, reads and kinds the bot does not know have none of
    ``message``, ``postback`` and ``referral``: valid, and nothing to act on."""

    sender: Sender
    timestamp: StrictInt | Text | None = None
    message: Message | None = None
    postback: Postback | None = None
    referral: Referral | None = None

    @property
    def acted_on(self) -> bool:
        """Whether the bot does anything with it (an echo of its own message, a delivery or a
        read receipt: nothing)."""
        if self.message is not None:
            return not self.message.is_echo
        return self.postback is not None or self.referral is not None


def validated(raw: Any) -> Item | None:
    """The item, or ``None`` after one WARNING line naming what was wrong (not its content,
    which may be a person's message)."""
    try:
        return Item.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "item"
        log.warning(
            "Messenger webhook: dropped a malformed event (%s: %s; %d problem(s))",
            where,
            first["msg"],
            error.error_count(),
        )
        return None
