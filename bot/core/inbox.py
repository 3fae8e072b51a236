"""The consumer of the inbox (``storage/inbox.py``): claims the events a webhook acknowledged,
hands them to the dispatcher, and deletes them once handled.

A person's events are handled one after another, oldest first, by a task of their own;
different people's in parallel, and a slow one (a large file) holds up nobody else. A claim
takes no event of a person whose events someone holds (this consumer too), so this holds
across processes too. The handling is the dispatcher's (``Dispatcher.handle``), whose
de-duplication by platform id (the inbox row's ``event_key``) drops an event handled before:
one whose row outlived its handling (the process died between the two) is not handled twice.

The webhook wakes the consumer of its own process when it adds events; every consumer also
looks every ``poll`` seconds, for events another process left behind. ``stop`` finishes what
is in hand within a deadline and hands the rest back.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.core.clock import Clock
from bot.core.dispatcher import Dispatcher
from bot.core.messages import IncomingMessage
from storage.inbox import InboxEvent, InboxRepository

log = logging.getLogger(__name__)

Mapper = Callable[[dict[str, Any], datetime], IncomingMessage | None]
"""An inbox row's payload and the time it was received → the message, or ``None`` for an
event that is nothing the bot acts on."""


class InboxConsumer:
    def __init__(
        self,
        channel: str,
        sessions: async_sessionmaker[AsyncSession],
        dispatcher: Dispatcher,
        clock: Clock,
        to_message: Mapper,
        owner: str | None = None,
        lease: timedelta = timedelta(seconds=60),
        batch: int = 200,
        poll: float = 1.0,
    ) -> None:
        self.channel = channel
        self.sessions = sessions
        self.dispatcher = dispatcher
        self.clock = clock
        self.to_message = to_message
        self.owner = owner or uuid.uuid4().hex[:16]
        """Whose leases these are; a name kept across restarts (``OUTBOX_WORKER_ID``) takes
        its rows back at once on start."""
        self.lease = lease
        self.batch = batch
        self.poll = poll
        self.stopping = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._people: set[asyncio.Task[None]] = set()
        """A task per person whose events are in hand."""

    def wake(self) -> None:
        """New events are in: look now rather than at the next poll."""
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self.run())

    async def run(self) -> None:
        await self.release()  # what this owner held when its process died
        while not self.stopping:
            self._wake.clear()
            try:
                claimed = await self._take()
            except Exception:  # the database is away: look again later
                log.exception("inbox %s: claiming failed", self.channel)
                claimed = 0
            if claimed or self.stopping:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll)
        await asyncio.gather(*self._people, return_exceptions=True)

    async def drain(self) -> int:
        """Handle every event that can be claimed now and wait for them (tests, benchmarks);
        returns how many were claimed."""
        claimed = 0
        while True:
            taken = await self._take()
            claimed += taken
            if not taken and not self._people:
                return claimed
            if not taken:
                await asyncio.wait(set(self._people), return_when=asyncio.FIRST_COMPLETED)

    async def _take(self) -> int:
        """Claim what is due and start a task per person; at most ``batch`` people at once
        (then it waits for one to finish). A person whose events are in hand is not claimed
        again until they are done, so a slow one (a large file) holds up nobody else."""
        while len(self._people) >= self.batch:
            await asyncio.wait(set(self._people), return_when=asyncio.FIRST_COMPLETED)
        async with self.sessions() as session, session.begin():
            rows = await InboxRepository(session).claim(
                self.owner, self.clock.now(), self.lease, self.batch - len(self._people)
            )
        people: dict[str, list[InboxEvent]] = {}
        for row in rows:
            people.setdefault(row.sender_id, []).append(row)
        for events in people.values():
            task = asyncio.create_task(self._handle_person(events))
            self._people.add(task)
            task.add_done_callback(self._finished)
        return len(rows)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._people.discard(task)
        self._wake.set()  # the person's later events may be claimed now

    async def _handle_person(self, events: list[InboxEvent]) -> None:
        for event in events:
            try:
                message = self.to_message(event.payload, event.received_at)
                if message is not None:
                    message = dataclasses.replace(message, platform_message_id=event.event_key)
                    await self.dispatcher.handle(message)
            except Exception:  # one event must not hold up the person's next ones
                log.exception("inbox %s: event %s failed", self.channel, event.event_key)
        try:
            async with self.sessions() as session, session.begin():
                await InboxRepository(session).done(self.owner, [e.id for e in events])
        except Exception:  # they are handled: their rows go back and are dropped as seen
            log.exception("inbox %s: could not delete handled events", self.channel)

    async def release(self) -> int:
        async with self.sessions() as session, session.begin():
            return await InboxRepository(session).release(self.owner)

    async def stop(self, within: float) -> None:
        """Stop claiming; let the events in hand be handled for at most ``within`` seconds,
        then cancel, and hand back every row still held (any process takes them at once)."""
        self.stopping = True
        self._wake.set()
        running = set(self._people) | ({self._task} if self._task is not None else set())
        if running:
            _, late = await asyncio.wait(running, timeout=within)
            for task in late:
                task.cancel()
            await asyncio.gather(*running, return_exceptions=True)
        try:
            released = await asyncio.wait_for(self.release(), 5.0)
        except Exception:
            log.exception("inbox %s: could not hand its rows back", self.channel)
            return
        if released:
            log.info("inbox %s: handed %d events back", self.channel, released)
