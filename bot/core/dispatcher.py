"""The dispatcher: one incoming message → middlewares → router → replies on the wire.

Messages from one person are handled one at a time, in the order they arrived; different
people are handled in parallel (``turn``). This is the only place messages are ordered, for
every channel; an adapter with other work to order among a person's messages takes the same
turn. Replies and notices leave only after the transaction has committed, so nobody is told
about work that was rolled back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.core.clock import Clock
from bot.core.context import Context, Services, time_zone_of
from bot.core.messages import IncomingMessage, Purpose, RenderedButton, RenderedMessage, Reply
from bot.core.ports import PacedChannel, Recipient, SendResult, Translator
from bot.core.router import Router
from bot.core.settings import Settings
from storage.models import Participant
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

READ_GRACE = timedelta(seconds=30)
"""How long after the platform stamped a message its ``sent_at`` may be recorded."""

Next = Callable[[], Awaitable[None]]
Middleware = Callable[[Context, Next], Awaitable[None]]


def render(
    reply: Reply, translator: Translator, locale: str, tz: ZoneInfo, now: datetime | None = None
) -> RenderedMessage:
    """``now``, the bot's clock, decides which dates are in the reader's current year."""
    return RenderedMessage(
        text=translator.render(reply.text, locale, tz, now),
        buttons=tuple(
            RenderedButton(translator.render(b.label, locale, tz, now), b.payload)
            for b in reply.buttons
        ),
        document=reply.document,
        edit_key=reply.edit_key,
        locale=locale,
    )


class Dispatcher:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        router: Router,
        translator: Translator,
        clock: Clock,
        settings: Settings,
        services: Services,
        middlewares: Sequence[Middleware],
    ) -> None:
        self.sessions = sessions
        self.router = router
        self.translator = translator
        self.clock = clock
        self.settings = settings
        self.services = services
        self.middlewares = list(middlewares)
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._waiting: dict[tuple[str, str], int] = {}

    async def handle(self, message: IncomingMessage) -> None:
        """Handle one message in its sender's turn; never raises for anything the message
        contains."""
        async with self.turn(message.channel, message.sender_id):
            await self._handle(message)

    @asynccontextmanager
    async def turn(self, channel: str, sender_id: str) -> AsyncIterator[None]:
        """One person's turn: held by one caller at a time, given in the order callers asked.

        An ``asyncio.Lock`` per person, kept while anyone holds or waits for it. The lock wakes
        its waiters first come, first served, and a woken waiter keeps its place ahead of a
        newcomer; entering ``turn`` joins the queue without suspending first. So a caller that
        enters as soon as a message arrives keeps the order of arrival.
        """
        key = (channel, sender_id)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                del self._waiting[key], self._locks[key]

    async def _handle(self, message: IncomingMessage) -> None:
        async with self.sessions() as session:
            ctx = Context(
                message, UnitOfWork(session), self.clock, self.settings, self.services, self.router
            )
            await self._run(ctx, 0)
        for reply in ctx.replies:
            # Addressed by the message, not the participant row: after a rollback that row
            # may be gone, and the person must still hear what happened.
            recipient = Recipient(message.sender_id, message.received_at)
            await self.send(message.channel, recipient, reply, "response", ctx.locale, ctx.tz)
        for notice in ctx.notices:
            await self.deliver(notice.participant, notice.reply, notice.purpose)

    async def record_read(self, channel: str, sender_id: str, watermark: datetime) -> int:
        """A platform's read receipt (Messenger ``read``): everything sent to that person up
        to ``watermark`` was read. Not a message of theirs: nothing is answered, and their
        last-seen time (Messenger's 24-hour window) does not move."""
        async with self.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            person = await uow.participants.find(channel, sender_id)
            if person is None:
                return 0
            return await uow.outbox.mark_read(person.id, watermark, READ_GRACE)

    async def _run(self, ctx: Context, index: int) -> None:
        if index == len(self.middlewares):
            await self.router.route(ctx)
            return
        await self.middlewares[index](ctx, lambda: self._run(ctx, index + 1))

    def locale_of(self, participant: Participant) -> str:
        return participant.language or self.settings.default_language

    async def deliver(
        self,
        participant: Participant,
        reply: Reply,
        purpose: Purpose,
        locale: str | None = None,
        tz: ZoneInfo | None = None,
        paced: bool = False,
    ) -> SendResult:
        """Render ``reply`` in the participant's language and time zone and send it
        (``paced``: see ``send``)."""
        locale = locale or self.locale_of(participant)
        tz = tz or time_zone_of(participant, locale)
        recipient = Recipient(participant.external_id, participant.last_seen_at)
        return await self.send(participant.channel, recipient, reply, purpose, locale, tz, paced)

    async def send(
        self,
        channel_name: str,
        recipient: Recipient,
        reply: Reply,
        purpose: Purpose,
        locale: str,
        tz: ZoneInfo,
        paced: bool = False,
    ) -> SendResult:
        """Render and send; ``paced`` (the outbox) asks a channel that can for one attempt
        that returns ``retry`` on a rate limit instead of waiting it out."""
        channel = self.services.channels.get(channel_name)
        if channel is None:
            log.error("no output channel %r for %s", channel_name, recipient.external_id)
            return SendResult("failed", error="no channel")
        rendered = render(reply, self.translator, locale, tz, self.clock.now())
        try:
            # A PacedChannel; hasattr, because isinstance on a Protocol costs ~30 µs a send.
            if paced and hasattr(channel, "try_send"):
                result = await cast(PacedChannel, channel).try_send(recipient, rendered, purpose)
            else:
                result = await channel.send(recipient, rendered, purpose)
        except Exception as error:  # a channel must not take the dispatcher down
            log.exception("sending to %s:%s failed", channel_name, recipient.external_id)
            self.services.metrics.message_sent(channel_name, "failed")
            return SendResult("failed", error=repr(error))
        self.services.metrics.message_sent(channel_name, result.status)
        if result.status != "sent":
            log.warning(
                "send to %s:%s: %s %s",
                channel_name,
                recipient.external_id,
                result.status,
                result.error or "",
            )
        return result
