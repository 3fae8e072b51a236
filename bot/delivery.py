"""The delivery loop: APScheduler (3.x, in memory) ticks the reminder planner and the outbox
dispatcher. It holds no state: everything it works on is in the database, so ``serve``,
``worker`` and ``chat`` can all run it, in as many processes as needed.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.app import App
from bot.core.feature import PlanContext, build_renderers, planners_of, progress_of
from bot.core.outbox import DispatchStats, OutboxDispatcher, Pacer
from bot.core.pacing import StrictPacer
from bot.core.settings import Settings
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

RELEASE_SECONDS = 5.0
"""How long a stopping process tries to hand its claimed rows back."""


def outbox_dispatcher(
    app: App, pacer: Pacer | None = None, owner: str | None = None
) -> OutboxDispatcher:
    settings = app.settings
    pacer = pacer or strict_pacer(settings)
    return OutboxDispatcher(
        app.dispatcher,
        build_renderers(app.features),
        pacer,
        owner=owner or settings.outbox_worker_id,
        lease=timedelta(seconds=settings.outbox_lease_seconds),
        batch_size=settings.outbox_batch,
        lanes=settings.outbox_lanes,
        on_progress=lambda: report_progress(app, pacer),
        rates=app.rates,
    )


def strict_pacer(settings: Settings) -> StrictPacer:
    """Telegram's limits. The bucket holds 1.3 sends at 30/s: a sleep that ends late leaves
    its lost time in the bucket for the next send, and no second holds more than 30 (1.3 + 97%
    of 30). Above the free 30/s, bursts of a thirtieth of the rate (sleeping a millisecond per
    message would waste more than it spaces)."""
    rate = settings.telegram_rate
    return StrictPacer(
        {"telegram": rate}, per_chat=settings.telegram_per_chat_rate, burst=max(1.3, rate / 30)
    )


async def report_progress(app: App, pacer: Pacer) -> None:
    """Edit the messages the features keep up to date while the outbox works (a broadcast's
    live progress): each feature's notes are computed in one transaction, sent after it, each
    in the pacer's turn (a progress message counts against the platform's rate like any
    other); one that meets a rate-limit pause is dropped, the next replaces it."""
    for reporter in progress_of(app.features):
        async with app.sessions() as session, session.begin():
            notes = await reporter(PlanContext(UnitOfWork(session), app.clock.now(), app.settings))
        for person, reply in notes:
            if await pacer.acquire(person.channel, person.external_id) == 0:
                await app.dispatcher.deliver(person, reply, "response", paced=True)


async def plan(app: App) -> int:
    """One run of every feature's planner, each in its own transaction; returns the rows
    added."""
    added = 0
    for planner in planners_of(app.features):
        async with app.sessions() as session, session.begin():
            added += await planner.plan(
                PlanContext(UnitOfWork(session), app.clock.now(), app.settings)
            )
    return added


class DeliveryLoop:
    """A handle on the running loop: ``await loop.stop()`` ends it."""

    def __init__(self, app: App, outbox: OutboxDispatcher) -> None:
        self.app = app
        self.outbox = outbox
        self.scheduler = AsyncIOScheduler()
        self._running: set[asyncio.Task[object]] = set()

    def start(self) -> DeliveryLoop:
        tick = self.app.settings.outbox_tick_seconds
        every = self.app.settings.reminder_plan_seconds
        options = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
        self.scheduler.add_job(self.plan, "interval", seconds=every, id="plan", **options)
        self.scheduler.add_job(self.dispatch, "interval", seconds=tick, id="dispatch", **options)
        self.scheduler.start()
        # First runs right away, not one interval from now.
        self.scheduler.get_job("plan").modify(next_run_time=_soon())
        self.scheduler.get_job("dispatch").modify(next_run_time=_soon())
        return self

    def _track(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def plan(self) -> None:
        self._track()
        try:
            added = await plan(self.app)
            if added:
                log.info("planned %d reminders", added)
        except Exception:
            log.exception("reminder planning failed")

    async def dispatch(self) -> DispatchStats | None:
        self._track()
        try:
            return await self.outbox.run_once()
        except Exception:
            log.exception("outbox dispatch failed")
            return None

    async def stop(self, within: float | None = None) -> None:
        """Stop ticking, let the sends in flight finish for at most ``within`` seconds
        (``SHUTDOWN_SECONDS`` when not given), cancel what is still running then, and hand
        the rows this process claimed back to the other workers. A run's database connection
        is closed before this returns (the engine is disposed next, or the process could not
        exit)."""
        within = self.app.settings.shutdown_seconds if within is None else within
        self.scheduler.pause()  # no new runs; shutdown() would cancel the one in progress
        self.outbox.stop()
        running = set(self._running)
        if running:
            _, late = await asyncio.wait(running, timeout=within)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
            if late:
                log.warning("delivery: stopped %d run(s) after %.0f s", len(late), within)
        self.scheduler.shutdown(wait=False)
        try:
            released = await asyncio.wait_for(self.outbox.release(), RELEASE_SECONDS)
        except Exception:  # the database is gone too: the leases run out instead
            log.exception("delivery: could not hand the claimed rows back")
            return
        if released:
            log.info("delivery: handed %d claimed rows back", released)


def _soon() -> datetime:
    """APScheduler's own time base is wall-clock time, not the bot's (rehearsal) clock."""
    return datetime.now().astimezone()


def start_delivery(app: App, pacer: Pacer | None = None) -> DeliveryLoop:
    """Start planning reminders and dispatching the outbox in this process's event loop."""
    return DeliveryLoop(app, outbox_dispatcher(app, pacer)).start()
