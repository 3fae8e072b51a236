"""Ports: what the core needs from the outside, each with an in-memory twin for tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol
from zoneinfo import ZoneInfo

from bot.core.messages import Purpose, RenderedMessage, Text

SendStatus = Literal["sent", "blocked", "deferred", "failed", "retry"]


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to, with what a channel's delivery rules need to know about them."""

    external_id: str
    last_inbound_at: datetime | None = None
    """When the person last wrote to the bot (Messenger's 24-hour window counts from it)."""


@dataclass(frozen=True)
class SendResult:
    """What a channel reports after trying to deliver one message."""

    status: SendStatus
    platform_message_id: str | None = None
    retry_after: float | None = None
    error: str | None = None


class OutputChannel(Protocol):
    """One platform's way out: deliver a rendered message to one of its users."""

    name: str

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult: ...

    def start_link(self, payload: str) -> str | None:
        """A link that opens the bot with ``/start payload``, or ``None`` where there is none."""
        ...


class PacedChannel(Protocol):
    """A channel that can also send without waiting: on a rate limit ``try_send`` returns
    ``retry`` with ``retry_after`` at once instead of sleeping it out. The outbox uses it, so a
    long flood wait puts the row back in the queue rather than stalling every delivery."""

    async def try_send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult: ...


class Translator(Protocol):
    locales: tuple[str, ...]

    def render(self, text: Text, locale: str, tz: ZoneInfo, now: datetime | None = None) -> str: ...


@dataclass
class SentMessage:
    recipient: Recipient
    message: RenderedMessage
    purpose: Purpose


class CollectingChannel:
    """An output channel that keeps what it is given: the default sink of tests."""

    def __init__(self, name: str = "test") -> None:
        self.name = name
        self.sent: list[SentMessage] = []

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        self.sent.append(SentMessage(recipient, message, purpose))
        return SendResult("sent", platform_message_id=str(len(self.sent)))

    def start_link(self, payload: str) -> str | None:
        return None
