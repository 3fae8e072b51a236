"""The outbox dispatcher: claims due rows, renders them at send time, sends them, paced.

Features enqueue rows with ``uow.outbox.enqueue(NewDelivery(...), now)`` (``storage/outbox.py``)
and register a *renderer* under the row's ``renderer`` name: an async function that gets a
``RenderContext`` (the recipient, their language and time zone, the row's JSON ``params``, a
unit of work, now) and returns the ``Reply`` to send, or ``None`` when the message no longer
applies (the team submitted, the session was cancelled): the row is then ``skipped``.

One ``OutboxDispatcher.run_once()`` works through every due row; the delivery loop
(``bot/delivery.py``) calls it on each APScheduler tick. Several dispatchers (processes) may
run on one database: claims are leased, so each row is sent by one of them. Every row goes
through a channel's non-waiting ``try_send`` where it has one: the pacer alone spaces sends, and
a 429 comes back as a retry (the row returns to pending) instead of stalling the tick.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from bot.core.context import time_zone_of
from bot.core.dispatcher import Dispatcher
from bot.core.messages import Purpose, Reply
from bot.core.ports import Recipient, SendResult
from storage.models import Delivery, Participant
from storage.outbox import BLOCKED, DEFERRED, FAILED, SENT, SKIPPED, Finish
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class RenderContext:
    """What a renderer may use to build a message at send time."""

    uow: UnitOfWork
    participant: Participant
    params: dict[str, Any]
    locale: str
    tz: ZoneInfo
    now: datetime
    category: str
    due_at: datetime
    extras: dict[str, Any] = field(default_factory=dict)
    """``services.extras`` (the calendar writer, the file store) for renderers that need them."""


Renderer = Callable[[RenderContext], Awaitable[Reply | None]]


class Renderers:
    """Named renderers. Each feature keeps its own and ``handlers.build_renderers`` merges them."""

    def __init__(self) -> None:
        self.by_name: dict[str, Renderer] = {}

    def register(self, name: str) -> Callable[[Renderer], Renderer]:
        def add(renderer: Renderer) -> Renderer:
            if name in self.by_name:
                raise ValueError(f"renderer {name!r} is registered twice")
            self.by_name[name] = renderer
            return renderer

        return add

    def include(self, other: Renderers) -> None:
        for name, renderer in other.by_name.items():
            self.register(name)(renderer)

    def get(self, name: str) -> Renderer | None:
        return self.by_name.get(name)


class Pacer(Protocol):
    """Spaces sends out. ``acquire`` before each send; ``retry_after`` when a platform says 429."""

    async def acquire(self, channel: str, chat_id: str) -> None: ...

    def retry_after(self, channel: str, seconds: float) -> None: ...


class SimplePacer:
    """A default pacer: an optional minimum interval per channel, and a pause of the whole
    channel for ``retry_after`` seconds. The broadcast issue replaces it with a strict one
    (overall and per-chat rates, one holder per platform)."""

    def __init__(
        self,
        per_second: dict[str, float] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = per_second or {}
        self.sleep = sleep
        self.monotonic = monotonic
        self.next_slot: dict[str, float] = {}

    async def acquire(self, channel: str, chat_id: str) -> None:
        now = self.monotonic()
        slot = max(now, self.next_slot.get(channel, now))
        rate = self.per_second.get(channel)
        self.next_slot[channel] = slot + (1 / rate if rate else 0)
        if slot > now:
            await self.sleep(slot - now)

    def retry_after(self, channel: str, seconds: float) -> None:
        until = self.monotonic() + seconds
        self.next_slot[channel] = max(self.next_slot.get(channel, until), until)


@dataclass
class DispatchStats:
    claimed: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> None:
        self.by_status[status] = self.by_status.get(status, 0) + 1


@dataclass(frozen=True)
class Outcome:
    status: str
    result: SendResult | None = None
    error: str | None = None
    retry_at: datetime | None = None


class OutboxDispatcher:
    def __init__(
        self,
        dispatcher: Dispatcher,
        renderers: Renderers,
        pacer: Pacer | None = None,
        owner: str | None = None,
        lease: timedelta = timedelta(minutes=5),
        batch_size: int = 200,
        max_attempts: int = 5,
        finish_every: int = 1,
        on_progress: Callable[[], Awaitable[None]] | None = None,
        progress_every: timedelta = timedelta(seconds=1),
    ) -> None:
        self.dispatcher = dispatcher
        self.renderers = renderers
        self.pacer = pacer or SimplePacer()
        self.owner = owner or uuid.uuid4().hex[:16]
        self.lease = lease
        self.batch_size = batch_size
        self.max_attempts = max_attempts
        self.finish_every = finish_every
        """How many outcomes to record per transaction: 1 (the default) is the strictest
        once-only guarantee; more is faster (see bench/reminders.py)."""
        self.on_progress = on_progress
        """Called after each batch and, within one, at most every ``progress_every`` (bot
        clock): features report their progress from it (broadcasts)."""
        self.progress_every = progress_every
        self._progress_at: datetime | None = None

    @property
    def clock(self) -> Any:
        return self.dispatcher.clock

    async def run_once(self, max_batches: int | None = None) -> DispatchStats:
        """Send every row due now (or ``max_batches`` batches of them)."""
        stats = DispatchStats()
        batches = 0
        while max_batches is None or batches < max_batches:
            rows = await self.claim()
            if not rows:
                break
            batches += 1
            stats.claimed += len(rows)
            await self.process(rows, stats)
            await self.progress(force=True)
        return stats

    async def progress(self, force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = self.clock.now()
        if not force and self._progress_at and now - self._progress_at < self.progress_every:
            return
        self._progress_at = now
        try:
            await self.on_progress()
        except Exception:  # a progress report must never stop deliveries
            log.exception("outbox progress hook failed")

    async def claim(self) -> list[Delivery]:
        async with self.dispatcher.sessions() as session, session.begin():
            return await UnitOfWork(session).outbox.claim(
                self.owner,
                self.clock.now(),
                self.lease,
                self.batch_size,
                channels=list(self.dispatcher.services.channels),
            )

    async def process(self, rows: list[Delivery], stats: DispatchStats) -> None:
        async with self.dispatcher.sessions() as session:
            uow = UnitOfWork(session)
            ids = {row.participant_id for row in rows}
            people = {p.id: p for p in await uow.participants.many(ids)}
            mutes = await uow.mutes.of_many(ids)
            await session.commit()
            done: list[Finish] = []
            blocked: list[int] = []
            for row in rows:
                outcome = await self._deliver(uow, row, people.get(row.participant_id), mutes)
                await session.commit()  # nothing is held open while the next row is sent
                done.append(
                    Finish(
                        row.id,
                        outcome.status,
                        outcome.result.platform_message_id if outcome.result else None,
                        outcome.error,
                        outcome.retry_at,
                    )
                )
                if outcome.status == BLOCKED and row.participant_id in people:
                    blocked.append(row.participant_id)
                stats.count("retry" if outcome.retry_at else outcome.status)
                if len(done) >= self.finish_every:
                    await self._record(uow, done, blocked)
                    await self.progress()
            await self._record(uow, done, blocked)

    async def _record(self, uow: UnitOfWork, done: list[Finish], blocked: list[int]) -> None:
        """Write the outcomes so far. Rows sent but not yet recorded when a process dies are
        sent again once their lease runs out: at most ``finish_every`` of them."""
        if not done and not blocked:
            return
        async with uow.session.begin():
            await uow.outbox.finish_many(self.owner, done, self.clock.now())
            for participant_id in blocked:
                await uow.participants.mark_blocked(participant_id, self.clock.now())
        done.clear()
        blocked.clear()

    async def _deliver(
        self,
        uow: UnitOfWork,
        row: Delivery,
        person: Participant | None,
        mutes: dict[int, set[str]],
    ) -> Outcome:
        now = self.clock.now()
        if person is None:
            return Outcome(SKIPPED, error="no participant")
        if person.blocked_at is not None:
            return Outcome(BLOCKED, error="blocked")
        if row.expires_at is not None and row.expires_at <= now:
            return Outcome(SKIPPED, error="expired")
        if row.category in mutes.get(person.id, set()):
            return Outcome(SKIPPED, error="muted")
        if row.attempts > self.max_attempts:
            return Outcome(FAILED, error="too many attempts")
        renderer = self.renderers.get(row.renderer)
        if renderer is None:
            return Outcome(FAILED, error=f"no renderer {row.renderer!r}")
        locale = self.dispatcher.locale_of(person)
        tz = time_zone_of(person, locale)
        context = RenderContext(
            uow,
            person,
            dict(row.params),
            locale,
            tz,
            now,
            row.category,
            row.due_at,
            self.dispatcher.services.extras,
        )
        try:
            reply = await renderer(context)
        except Exception as error:
            log.exception("renderer %s failed on delivery %s", row.renderer, row.id)
            return self._retry_or_fail(row, repr(error), None)
        if reply is None:
            return Outcome(SKIPPED)
        await uow.session.commit()
        await self.pacer.acquire(person.channel, person.external_id)
        recipient = Recipient(person.external_id, person.last_seen_at)
        result = await self.dispatcher.send(
            person.channel, recipient, reply, cast(Purpose, row.purpose), locale, tz, paced=True
        )
        if result.status == "sent":
            return Outcome(SENT, result)
        if result.status == "blocked":
            return Outcome(BLOCKED, result, result.error)
        if result.status == "deferred":
            return Outcome(DEFERRED, result, result.error)
        if result.status == "retry":
            wait = result.retry_after or 1.0
            self.pacer.retry_after(person.channel, wait)
            return Outcome(FAILED, result, result.error, now + timedelta(seconds=wait))
        return self._retry_or_fail(row, result.error, result)

    def _retry_or_fail(
        self, row: Delivery, error: str | None, result: SendResult | None
    ) -> Outcome:
        if row.attempts >= self.max_attempts:
            return Outcome(FAILED, result, error)
        backoff = timedelta(seconds=30 * 2 ** (row.attempts - 1))
        return Outcome(FAILED, result, error, self.clock.now() + backoff)
