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
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from bot.core.context import Services, time_zone_of
from bot.core.dispatcher import Dispatcher
from bot.core.messages import Purpose, Reply
from bot.core.pacing import StrictPacer
from bot.core.ports import Recipient, SendResult
from storage.models import Participant
from storage.outbox import ClaimedDelivery, DeliveryStatus, Finish
from storage.outcome_writer import OutcomeWriter
from storage.pacing_lock import RateHolder
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

RENDER_AHEAD = 2
"""Rows rendered ahead of the sends, per lane."""


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
    services: Services
    """The file store and the calendar writer, for renderers that attach files."""
    memo: dict[str, Any] = field(default_factory=dict)
    """Shared by the rows rendered in one transaction: what they all read (a broadcast's
    texts) is read once."""


Renderer = Callable[[RenderContext], Awaitable[Reply | None]]


class Renderers:
    """Named renderers. Each feature keeps its own; ``bot.core.feature.build_renderers`` merges
    them. The name a renderer is registered under is a constant of its feature, shared with the
    code that enqueues rows for it."""

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
    """Spaces sends out (``bot/core/pacing.py``). ``acquire`` before each send returns 0.0 once
    the send may go, or the seconds a long pause lasts (put the message back until then);
    ``retry_after`` when a platform says 429."""

    async def acquire(self, channel: str, chat_id: str) -> float: ...

    def retry_after(self, channel: str, seconds: float) -> None: ...


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
    attempted: bool = True
    """False when nothing reached the platform (a rate-limit pause, a 429): ``attempts``
    counts sends tried, so neither a rate limit nor a crash uses up a row's attempts."""


@dataclass(frozen=True)
class Job:
    """A row rendered for its recipient, on its way to a lane."""

    row: ClaimedDelivery
    person: Participant
    reply: Reply
    locale: str
    tz: ZoneInfo


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
        lanes: int = 8,
        on_progress: Callable[[], Awaitable[None]] | None = None,
        progress_every: timedelta = timedelta(seconds=1),
        rates: RateHolder | None = None,
    ) -> None:
        self.dispatcher = dispatcher
        self.renderers = renderers
        self.pacer: Pacer = pacer or StrictPacer({})
        self.owner = owner or uuid.uuid4().hex[:16]
        """Whose leases these are. A process that keeps its name across restarts
        (``OUTBOX_WORKER_ID``) takes back its unfinished rows at once when it starts."""
        self.lease = lease
        self.batch_size = batch_size
        self.max_attempts = max_attempts
        self.lanes = lanes
        """Sends in flight at once: enough to keep a platform's rate over its round trips.
        A lane sends its next message only once the outcome of its last one is committed, so a
        process killed mid-send repeats at most one send per lane: the one on the wire."""
        self.on_progress = on_progress
        """Called after each batch and, within one, at most every ``progress_every`` (bot
        clock): features report their progress from it (broadcasts)."""
        self.progress_every = progress_every
        self.rates = rates
        """With several workers on PostgreSQL, only the one holding a paced channel's rate
        claims that channel's rows."""
        self._progress_at: datetime | None = None
        self._progress_task: asyncio.Task[None] | None = None
        self._recovered = False
        self.writer = OutcomeWriter(dispatcher.sessions)
        """Commits the outcomes: on PostgreSQL on a connection of its own while a run lasts."""

    @property
    def clock(self) -> Any:
        return self.dispatcher.clock

    async def run_once(self, max_batches: int | None = None) -> DispatchStats:
        """Send every row due now (or ``max_batches`` batches of them)."""
        if not self._recovered:
            await self.recover()
            self._recovered = True
        stats = DispatchStats()
        batches = 0
        self._progress_at = self.clock.now()  # each batch ends with a report anyway
        rows = await self.claim()
        if not rows:
            return stats
        healthy = False
        await self.writer.open()
        try:
            while rows:
                batches += 1
                stats.claimed += len(rows)
                more = max_batches is None or batches < max_batches
                upcoming = await self.process(rows, stats, claim_next=more)
                await self.progress(force=True)
                if not more:
                    break
                # The report may have added a row (a broadcast's final report): look once more.
                rows = upcoming or await self.claim()
            healthy = True
        finally:
            await self.writer.close(healthy)
        return stats

    async def recover(self) -> int:
        """Rows this owner had claimed when its process died are due again now, not when
        their lease runs out. Those whose send was in flight then are sent again."""
        async with self.dispatcher.sessions() as session, session.begin():
            return await UnitOfWork(session).outbox.release(self.owner, self.clock.now())

    async def progress(self, force: bool = False) -> None:
        """Run the progress hook: ``force`` (after a batch) waits for it; otherwise (while
        sending) it runs beside the sends, at most one at a time, because its own send may
        wait for a chat's turn and outcomes must not wait to be recorded meanwhile."""
        if self.on_progress is None:
            return
        running = self._progress_task is not None and not self._progress_task.done()
        if force:
            if self._progress_task is not None:
                await self._progress_task
            self._progress_at = self.clock.now()
            await self._report()
            return
        now = self.clock.now()
        if running or (self._progress_at and now - self._progress_at < self.progress_every):
            return
        self._progress_at = now
        self._progress_task = asyncio.create_task(self._report())

    async def _report(self) -> None:
        assert self.on_progress is not None
        try:
            await self.on_progress()
        except Exception:  # a progress report must never stop deliveries
            log.exception("outbox progress hook failed")

    async def claim(self) -> list[ClaimedDelivery]:
        channels = list(self.dispatcher.services.channels)
        if self.rates is not None:
            channels = await self.rates.sendable(channels)
        if not channels:
            return []
        async with self.dispatcher.sessions() as session, session.begin():
            return await UnitOfWork(session).outbox.claim(
                self.owner, self.clock.now(), self.lease, self.batch_size, channels=channels
            )

    async def process(
        self, rows: list[ClaimedDelivery], stats: DispatchStats, claim_next: bool = False
    ) -> list[ClaimedDelivery]:
        """Render the rows in order and send them on ``lanes`` concurrent lanes, paced; each
        outcome is recorded as soon as it is known. With ``claim_next``, the next batch is
        claimed while the last rows of this one are still going out (no pause between
        batches), and returned."""
        recorder = _Recorder(self, stats, self.lanes, self.writer.concurrency)
        jobs: asyncio.Queue[Job] = asyncio.Queue(self.lanes)
        lanes = [asyncio.create_task(self._lane(jobs, recorder)) for _ in range(self.lanes)]
        cancelled = False
        upcoming: asyncio.Task[list[ClaimedDelivery]] | None = None
        try:
            await self._render_all(rows, jobs, recorder)
            if claim_next:
                upcoming = asyncio.create_task(self.claim())
            await jobs.join()
            return await upcoming if upcoming is not None else []
        except asyncio.CancelledError:
            cancelled = True  # the process is stopping: do not wait for commits either
            raise
        finally:
            for lane in lanes:
                lane.cancel()
            await asyncio.gather(*lanes, return_exceptions=True)
            if upcoming is not None and not upcoming.done():
                upcoming.cancel()  # its rows keep their lease, as any claim's
                await asyncio.gather(upcoming, return_exceptions=True)
            if cancelled:
                await recorder.abort()
            else:
                await recorder.close()

    async def _render_all(
        self, rows: list[ClaimedDelivery], jobs: asyncio.Queue[Job], recorder: _Recorder
    ) -> None:
        """Render a few rows ahead of the lanes, each handful in one transaction: a
        cancellation or a change reaches all but the rows already rendered."""
        async with self.dispatcher.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            ids = {row.participant_id for row in rows}
            people = {p.id: p for p in await uow.participants.many(ids)}
            mutes = await uow.mutes.of_many(ids)
        ahead = self.lanes * RENDER_AHEAD
        for start in range(0, len(rows), ahead):
            rendered: list[Job] = []
            async with self.dispatcher.sessions() as session, session.begin():
                uow = UnitOfWork(session)
                memo: dict[str, Any] = {}
                for row in rows[start : start + ahead]:
                    person = people.get(row.participant_id)
                    prepared = await self._render(uow, row, person, mutes, memo)
                    if isinstance(prepared, Outcome):
                        recorder.add(row, prepared)
                    else:
                        rendered.append(prepared)
            for job in rendered:
                await jobs.put(job)

    async def _lane(self, jobs: asyncio.Queue[Job], recorder: _Recorder) -> None:
        while True:
            job = await jobs.get()
            await recorder.sends.acquire()
            if recorder.failed is not None:  # nothing more goes out that cannot be recorded
                recorder.sends.release()  # and the next waiting lane learns it too
                jobs.task_done()
                continue
            try:
                outcome = await self._send(job)
            except Exception as error:  # one bad send must not stop the lane
                log.exception("outbox: sending delivery %s failed", job.row.id)
                outcome = self._retry_or_fail(job.row, repr(error), None)
            finally:
                jobs.task_done()
            recorder.add(job.row, outcome, sent=True)

    async def record(self, done: list[Finish], blocked: list[int]) -> None:
        await self.writer.write(self.owner, done, blocked, self.clock.now())

    async def _render(
        self,
        uow: UnitOfWork,
        row: ClaimedDelivery,
        person: Participant | None,
        mutes: dict[int, set[str]],
        memo: dict[str, Any],
    ) -> Job | Outcome:
        now = self.clock.now()
        if person is None:
            return Outcome(DeliveryStatus.SKIPPED, error="no participant")
        if person.blocked_at is not None:
            return Outcome(DeliveryStatus.BLOCKED, error="blocked")
        if row.expires_at is not None and row.expires_at <= now:
            return Outcome(DeliveryStatus.SKIPPED, error="expired")
        if row.category in mutes.get(person.id, set()):
            return Outcome(DeliveryStatus.SKIPPED, error="muted")
        if row.attempts >= self.max_attempts:
            return Outcome(DeliveryStatus.FAILED, error="too many attempts", attempted=False)
        renderer = self.renderers.get(row.renderer)
        if renderer is None:
            return Outcome(DeliveryStatus.FAILED, error=f"no renderer {row.renderer!r}")
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
            self.dispatcher.services,
            memo,
        )
        try:
            reply = await renderer(context)
        except Exception as error:
            log.exception("renderer %s failed on delivery %s", row.renderer, row.id)
            return self._retry_or_fail(row, repr(error), None)
        if reply is None:
            return Outcome(DeliveryStatus.SKIPPED)
        return Job(row, person, reply, locale, tz)

    async def _send(self, job: Job) -> Outcome:
        person = job.person
        pause = await self.pacer.acquire(person.channel, person.external_id)
        now = self.clock.now()
        if pause > 0:
            retry_at = now + timedelta(seconds=pause)
            return Outcome(DeliveryStatus.FAILED, None, "paused", retry_at, attempted=False)
        recipient = Recipient(person.external_id, person.last_seen_at)
        purpose = cast(Purpose, job.row.purpose)
        result = await self.dispatcher.send(
            person.channel, recipient, job.reply, purpose, job.locale, job.tz, paced=True
        )
        if result.status == "sent":
            return Outcome(DeliveryStatus.SENT, result)
        if result.status == "blocked":
            return Outcome(DeliveryStatus.BLOCKED, result, result.error)
        if result.status == "deferred":
            return Outcome(DeliveryStatus.DEFERRED, result, result.error)
        if result.status == "retry":
            wait = result.retry_after or 1.0
            self.pacer.retry_after(person.channel, wait)
            retry_at = now + timedelta(seconds=wait)
            return Outcome(DeliveryStatus.FAILED, result, result.error, retry_at, attempted=False)
        return self._retry_or_fail(job.row, result.error, result)

    def _retry_or_fail(
        self, row: ClaimedDelivery, error: str | None, result: SendResult | None
    ) -> Outcome:
        attempt = row.attempts + 1  # this one
        if attempt >= self.max_attempts:
            return Outcome(DeliveryStatus.FAILED, result, error)
        backoff = timedelta(seconds=30 * 2 ** (attempt - 1))
        return Outcome(DeliveryStatus.FAILED, result, error, self.clock.now() + backoff)


class _Recorder:
    """Writes outcomes as they come, in as few transactions as keep up: at a low rate each
    outcome is committed on its own right after its send; at a high rate those that arrive
    while a commit runs go in the next, which starts at once if the writer can run another
    (``OutcomeWriter.concurrency``: two on PostgreSQL, one on SQLite), so a lane's outcome
    does not wait for a commit it is not part of.

    ``sends`` bounds the sends that are in flight or not yet committed together: a lane takes
    a slot before it sends, and the slot comes back once its outcome is committed. With one
    slot per lane, a process that dies has recorded every send but those on the wire."""

    def __init__(
        self, outbox: OutboxDispatcher, stats: DispatchStats, limit: int, commits: int
    ) -> None:
        self.outbox = outbox
        self.stats = stats
        self.sends = asyncio.Semaphore(limit)
        self.commits = commits
        """Commits that may run at once."""
        self.slots = 0
        """Slots held by the outcomes waiting in ``done``."""
        self.done: list[Finish] = []
        self.blocked: list[int] = []
        self.failed: BaseException | None = None
        self.running: set[asyncio.Task[None]] = set()
        self.wake = asyncio.Event()
        self.closing = False
        self.task = asyncio.create_task(self._run())

    def add(self, row: ClaimedDelivery, outcome: Outcome, sent: bool = False) -> None:
        """``sent``: the outcome of a send, which holds one of ``sends``."""
        self.slots += sent
        message_id = outcome.result.platform_message_id if outcome.result else None
        self.done.append(
            Finish(
                row.id,
                outcome.status,
                message_id,
                outcome.error,
                outcome.retry_at,
                outcome.attempted,
            )
        )
        if outcome.status == DeliveryStatus.BLOCKED:
            self.blocked.append(row.participant_id)
        self.stats.count("retry" if outcome.retry_at else outcome.status)
        self.wake.set()

    async def _run(self) -> None:
        """Start a commit whenever outcomes wait and a commit may start; after a failed
        commit, wait for the others under way (nothing is left writing) and raise its error."""
        while True:
            self.wake.clear()
            if self.failed is not None:
                await asyncio.gather(*self.running, return_exceptions=True)
                raise self.failed
            if self.done and len(self.running) < self.commits:
                self._start_commit()
            elif self.closing and not self.done and not self.running:
                return
            else:
                await self.wake.wait()

    def _start_commit(self) -> None:
        done, self.done = self.done, []
        blocked, self.blocked = self.blocked, []
        slots, self.slots = self.slots, 0
        self.running.add(asyncio.create_task(self._commit(done, blocked, slots)))

    async def _commit(self, done: list[Finish], blocked: list[int], slots: int) -> None:
        try:
            await self.outbox.record(done, blocked)
        except Exception as error:  # the rows keep their lease; the lanes stop
            if self.failed is None:
                self.failed = error
            self.sends.release()  # every waiting lane wakes in turn and stops
            return
        finally:
            self.running.discard(cast(asyncio.Task[None], asyncio.current_task()))
            self.wake.set()
        for _ in range(slots):
            self.sends.release()
        await self.outbox.progress()

    async def close(self) -> None:
        """Commit what is left and wait for every commit; raises a failed commit's error."""
        self.closing = True
        self.wake.set()
        await self.task

    async def abort(self) -> None:
        """The process is stopping: no commit is waited for."""
        for task in (self.task, *self.running):
            task.cancel()
        await asyncio.gather(self.task, *self.running, return_exceptions=True)
