"""Value types that cross the boundary between channels and the core."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Literal, Union

MAX_PAYLOAD_BYTES = 64
"""Telegram's limit for ``callback_data``; every other channel accepts more."""

_PAYLOAD_RE = re.compile(r"^[\x21-\x7e]+$")


def check_payload(payload: str) -> str:
    """Return ``payload`` if it is printable ASCII of 1 to 64 bytes, else raise ``ValueError``."""
    if not _PAYLOAD_RE.match(payload) or len(payload.encode("ascii")) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"button payload must be 1-64 printable ASCII bytes: {payload!r}")
    return payload


@dataclass(frozen=True)
class LocalTime:
    """A moment shown in the reader's time zone: as a date, a time of day, both, or the short
    forms for buttons (``11/20 (Лх) 13:30``, ``11/20 (Лх)``). A ``date`` (an all-day event's
    day in its own zone) is shown as it is, in any zone.

    ``place`` is the IANA zone of where the moment happens (an event's zone, the program's,
    the other side of a one-to-one). When the reader's clock differs from it, the time says
    whose clock it is on; with ``both`` it is also shown on the place's clock.
    """

    at: datetime | date
    style: Literal["datetime", "date", "time", "short", "short-date"] = "datetime"
    place: str | None = None
    both: bool = False


@dataclass(frozen=True)
class ZoneName:
    """A time zone shown as its city and offset (``Улаанбаатар (UTC+8)``), never its id."""

    key: str


@dataclass(frozen=True)
class LanguageNames:
    """Language codes shown as names in the reader's language (``монгол, япон``)."""

    codes: tuple[str, ...]


@dataclass(frozen=True)
class ClockLabel:
    """Whose clock the reader's times are on («УБ цагаар», 「日本時間」): a heading's label."""


@dataclass(frozen=True)
class Msg:
    """A Fluent message id with its arguments, rendered in the reader's language.

    Argument values may be strings, numbers, datetimes (shown in the reader's time zone),
    ``LocalTime``, ``timedelta`` (shown as "2 days 4 hours"), nested ``Msg`` values, or
    lists of ``Msg`` (rendered one per line).
    """

    id: str
    args: Mapping[str, ArgValue] = field(default_factory=dict)


@dataclass(frozen=True)
class Verbatim:
    """Text written by a person (an organizer's announcement): shown as it is, never translated."""

    text: str


ArgValue = Union[  # noqa: UP007 (a runtime alias that names classes defined above)
    str,
    int,
    float,
    datetime,
    date,
    timedelta,
    LocalTime,
    ZoneName,
    LanguageNames,
    ClockLabel,
    Msg,
    Verbatim,
    list[Msg],
    None,
]
Text = Union[Msg, Verbatim]  # noqa: UP007


@dataclass(frozen=True)
class Button:
    """A button under a message: a localized label and a short ASCII payload."""

    label: Text
    payload: str

    def __post_init__(self) -> None:
        check_payload(self.payload)


@dataclass(frozen=True)
class Document:
    """A file the bot sends: its bytes, the name it should carry, and its MIME type."""

    file_name: str
    content: bytes
    mime_type: str = "application/octet-stream"
    photo: bool = False
    """Show it as a picture (Telegram ``sendPhoto``, a Messenger ``image``), not as a file.
    Only for JPEG and PNG content."""
    sha256: str | None = None
    """The content's SHA-256, set by a sender that sends the same file to many people (a
    broadcast): a channel then uploads it once and reuses that upload for later recipients."""


Purpose = Literal["response", "event_update", "account_update", "announcement", "human_reply"]
"""Why a message is sent. Channels with delivery rules (Messenger's 24-hour window) use it.
``human_reply`` is a person (an organizer at the helpdesk) answering someone: Messenger lets it
go with the ``HUMAN_AGENT`` tag up to 7 days after the person's last message."""


@dataclass
class Reply:
    """One message from the bot: text, optional buttons and an optional document."""

    text: Text
    buttons: list[Button] = field(default_factory=list)
    document: Document | None = None
    edit_key: str | None = None
    """When set, a channel that can edit messages replaces the earlier message with this key."""


@dataclass(frozen=True)
class Attachment:
    """A file a person sent. ``fetch`` downloads at most ``limit`` bytes or raises ``TooLarge``."""

    kind: Literal["document", "photo", "image", "audio", "video", "file"]
    file_name: str | None
    mime_type: str | None
    size: int | None
    fetch: Callable[[int], Awaitable[bytes]]


class TooLarge(Exception):
    """Raised by ``Attachment.fetch`` when the file exceeds the limit it was given."""


@dataclass(frozen=True)
class IncomingMessage:
    """Anything a person does: text, a command, a button press or a file, on any channel."""

    channel: str
    sender_id: str
    received_at: datetime
    text: str = ""
    command: str | None = None
    command_arg: str = ""
    payload: str | None = None
    attachments: tuple[Attachment, ...] = ()
    display_name: str | None = None
    language_hint: str | None = None
    platform_message_id: str | None = None

    @property
    def is_button(self) -> bool:
        return self.payload is not None


_COMMAND_RE = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)


def parse_command(text: str) -> tuple[str, str] | None:
    """Split ``/name@bot argument`` into ``("name", "argument")``; ``None`` when not a command."""
    match = _COMMAND_RE.match(text.strip())
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


@dataclass(frozen=True)
class RenderedButton:
    label: str
    payload: str


@dataclass(frozen=True)
class RenderedMessage:
    """A reply after translation: what an adapter puts on the wire."""

    text: str
    buttons: tuple[RenderedButton, ...] = ()
    document: Document | None = None
    edit_key: str | None = None
    locale: str | None = None
    """The language it was rendered in: an adapter's own lines to the person (the console's)
    follow it."""
