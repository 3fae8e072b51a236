"""The Messenger output channel: the Send API under the 24-hour window policy.

- a reply to what the person just did goes as ``RESPONSE``;
- a proactive message within 24 hours of the person's last message goes as ``UPDATE``;
- outside the window only tagged messages may go: event reminders and updates with
  ``CONFIRMED_EVENT_UPDATE``, application and submission status with ``ACCOUNT_UPDATE``,
  a person's answer (``human_reply``, the helpdesk) with ``HUMAN_AGENT`` while the person's
  last message is less than 7 days old; a general announcement, and a person's answer after
  those 7 days, is not sent: the result is ``deferred`` and whoever keeps the message (the
  outbox) sends it again when the person next writes.

Graph API errors: 551 → ``blocked``; 10 (outside the window) → ``deferred``; 613/4/32
(rate limits) → ``retry`` and every send pauses for a while; 1200 and 5xx → ``retry``;
190 (the token is invalid) → sending stops until restart, logged as critical.

A document that carries its ``sha256`` (a broadcast's attachment) is uploaded once with
``is_reusable`` and then sent to everyone else by the ``attachment_id`` the upload returned.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

import httpx

from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient, GraphError
from bot.channels.messenger.render import render
from bot.channels.uploads import UploadMemory
from bot.core.clock import Clock
from bot.core.messages import Document, Purpose, RenderedMessage
from bot.core.ports import Recipient, SendResult

log = logging.getLogger(__name__)

CHANNEL = "messenger"
WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
"""How long after the person's last message a person's answer may go with ``HUMAN_AGENT``."""
RATE_LIMIT_PAUSE = timedelta(seconds=60)
TEMPORARY_RETRY_AFTER = 5.0
TAGS: dict[Purpose, str] = {
    "event_update": "CONFIRMED_EVENT_UPDATE",
    "account_update": "ACCOUNT_UPDATE",
}


def messaging_fields(
    purpose: Purpose, last_inbound_at: datetime | None, now: datetime
) -> dict[str, str] | None:
    """The ``messaging_type`` (and ``tag``) a message may go with; ``None``: it must wait."""
    if purpose == "response":
        return {"messaging_type": "RESPONSE"}
    if last_inbound_at is not None and now - last_inbound_at < WINDOW:
        return {"messaging_type": "UPDATE"}
    if purpose == "human_reply":
        if last_inbound_at is not None and now - last_inbound_at < HUMAN_AGENT_WINDOW:
            return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
        return None
    tag = TAGS.get(purpose)
    if tag is None:
        return None
    return {"messaging_type": "MESSAGE_TAG", "tag": tag}


class MessengerChannel:
    name = CHANNEL

    def __init__(
        self,
        config: MessengerConfig,
        graph: GraphClient,
        clock: Clock,
        downloads: httpx.AsyncClient | None = None,
    ) -> None:
        self.config = config
        self.graph = graph
        self.clock = clock
        self.downloads = downloads or httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=10.0))
        """The client that fetches the files people send (from Meta's CDN)."""
        self.token_rejected = False
        self.paused_until: datetime | None = None
        self._numbered: dict[str, tuple[str, ...]] = {}
        self._uploads = UploadMemory()
        """``attachment_id`` of files uploaded as reusable, so each is uploaded once."""

    async def aclose(self) -> None:
        await self.graph.aclose()
        await self.downloads.aclose()

    def start_link(self, payload: str) -> str | None:
        if not self.config.page_username:
            return None
        return f"https://m.me/{self.config.page_username}?ref={payload}"

    def numbered_choice(self, sender_id: str, text: str) -> str | None:
        """The payload behind a typed number, when the latest buttons were sent as numbers."""
        choices = self._numbered.get(sender_id, ())
        number = text.strip()
        if number.isdigit() and 1 <= int(number) <= len(choices):
            return choices[int(number) - 1]
        return None

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        if self.token_rejected:
            return SendResult("failed", error="page access token rejected (Graph API 190)")
        now = self.clock.now()
        if self.paused_until is not None and now < self.paused_until:
            return SendResult("retry", retry_after=(self.paused_until - now).total_seconds())
        fields = messaging_fields(purpose, recipient.last_inbound_at, now)
        if fields is None:
            return SendResult("deferred", error="outside the 24-hour window")
        outgoing = render(message)
        envelope: dict[str, Any] = {"recipient": {"id": recipient.external_id}, **fields}
        message_id = None
        for part in outgoing.parts:
            try:
                if isinstance(part, Document):
                    answer = await self._send_document(envelope, part)
                else:
                    answer = await self.graph.send_message({**envelope, "message": part})
            except GraphError as error:
                return self._failure(error, recipient)
            except httpx.TransportError as error:
                return SendResult("retry", retry_after=TEMPORARY_RETRY_AFTER, error=repr(error))
            message_id = answer.get("message_id")
        if message.buttons:
            if outgoing.numbered:
                self._numbered[recipient.external_id] = outgoing.numbered
            else:
                self._numbered.pop(recipient.external_id, None)
        return SendResult("sent", platform_message_id=message_id)

    async def _send_document(self, envelope: dict[str, Any], document: Document) -> dict[str, Any]:
        """By the ``attachment_id`` of an earlier upload of the same file when there is one,
        else uploading it (as reusable when the document carries its ``sha256``). An id the
        Graph API refuses with an error that is not about the person or the rate is dropped
        and the file uploaded instead."""
        reusable = document.sha256 is not None

        async def upload() -> tuple[dict[str, Any], str | None]:
            answer = await self.graph.send_document(envelope, document, reusable=reusable)
            uploaded = answer.get("attachment_id")
            return answer, uploaded if reusable and isinstance(uploaded, str) else None

        def refused(error: Exception) -> bool:
            return isinstance(error, GraphError) and error.kind == "other"

        return await self._uploads.send(
            document,
            lambda attachment_id: self.graph.send_uploaded(envelope, document, attachment_id),
            upload,
            refused,
        )

    def _failure(self, error: GraphError, recipient: Recipient) -> SendResult:
        kind = error.kind
        if kind == "unreachable":
            return SendResult("blocked", error=str(error))
        if kind == "outside_window":
            return SendResult("deferred", error=str(error))
        if kind == "rate_limited":
            self.paused_until = self.clock.now() + RATE_LIMIT_PAUSE
            return SendResult(
                "retry", retry_after=RATE_LIMIT_PAUSE.total_seconds(), error=str(error)
            )
        if kind == "temporary":
            return SendResult("retry", retry_after=TEMPORARY_RETRY_AFTER, error=str(error))
        if kind == "token":
            self.token_rejected = True
            log.critical(
                "Messenger: the Page access token was rejected (%s). Sending has STOPPED; "
                "set a valid MESSENGER_PAGE_ACCESS_TOKEN and restart.",
                error,
            )
            return SendResult("failed", error=str(error))
        log.error("Messenger send to %s failed: %s", recipient.external_id, error)
        return SendResult("failed", error=str(error))
