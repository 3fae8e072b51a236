"""The outbox: de-duplication, leases across a killed process, two dispatchers on one
database, and what each send result does to a row."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.messages import IncomingMessage, Msg, Purpose, RenderedMessage, Reply
from bot.core.outbox import OutboxDispatcher, RenderContext, Renderers
from bot.core.ports import CollectingChannel, Recipient, SendResult
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.models import Delivery, Participant
from storage.outbox import Finish, NewDelivery
from storage.uow import UnitOfWork
from tests.timeline_support import add_person, sink

renderers = Renderers()


@renderers.register("probe")
async def probe(ctx: RenderContext) -> Reply | None:
    if ctx.params.get("skip"):
        return None
    return Reply(Msg("schedule-agenda-item", {"starts": ctx.due_at, "title": ctx.params["n"]}))


async def enqueue(app: App, people: list[int], count: int, group: str = "g1") -> int:
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        return await UnitOfWork(session).outbox.enqueue_many(
            [
                NewDelivery(
                    key=f"{group}:{n}:p{pid}",
                    participant_id=pid,
                    due_at=now,
                    purpose="announcement",
                    category="test",
                    renderer="probe",
                    params={"n": str(n)},
                    group_key=group,
                )
                for pid in people
                for n in range(count)
            ],
            now,
        )


async def statuses(app: App) -> list[tuple[str, str]]:
    async with app.sessions() as session:
        rows = await session.scalars(select(Delivery).order_by(Delivery.id))
        return [(r.dedup_key, r.status) for r in rows]


def outbox(app: App, owner: str, batch: int = 50) -> OutboxDispatcher:
    return OutboxDispatcher(app.dispatcher, renderers, owner=owner, batch_size=batch)


async def test_enqueue_is_idempotent_on_the_key(app: App) -> None:
    sam = await add_person(app, "sam", "en")
    assert await enqueue(app, [sam], 3) == 3
    assert await enqueue(app, [sam], 4) == 1
    async with app.sessions() as session:
        assert await UnitOfWork(session).outbox.progress("g1") == {"pending": 4}


class Killed(BaseException):
    """The process dies: nothing after this runs."""


class DyingChannel(CollectingChannel):
    def __init__(self, name: str, survive: int) -> None:
        super().__init__(name)
        self.survive = survive

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        if len(self.sent) == self.survive:
            raise Killed
        return await super().send(recipient, message, purpose)


async def test_a_process_killed_mid_dispatch_sends_every_row_once_after_a_restart(
    app: App, clock: FixedClock
) -> None:
    people = [await add_person(app, f"p{i}", "en") for i in range(10)]
    await enqueue(app, people, 1)
    dying = DyingChannel("test", survive=4)
    app.add_channel(dying)
    with contextlib.suppress(Killed):
        await outbox(app, "first").run_once()
    assert len(dying.sent) == 4
    survivor = sink(app)  # the restarted process
    clock.advance(timedelta(minutes=1))
    await outbox(app, "second").run_once()
    assert survivor.sent == []  # the dead worker's lease still holds its claimed rows
    clock.advance(timedelta(minutes=5))
    await outbox(app, "second").run_once()
    await outbox(app, "second").run_once()
    recipients = sorted(m.recipient.external_id for m in dying.sent + survivor.sent)
    assert recipients == sorted(f"p{i}" for i in range(10))
    assert {status for _, status in await statuses(app)} == {"sent"}


class SlowChannel(CollectingChannel):
    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        await asyncio.sleep(0)  # let the other dispatcher run in between
        return await super().send(recipient, message, purpose)


async def test_two_dispatchers_on_one_database_send_each_row_once(
    app: App,
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
) -> None:
    people = [await add_person(app, f"p{i}", "en") for i in range(20)]
    await enqueue(app, people, 5)
    other = await build_app(settings_for(), clock, translator)
    try:
        channel = SlowChannel("test")
        app.add_channel(channel)
        other.add_channel(channel)
        first, second = outbox(app, "one", batch=7), outbox(other, "two", batch=7)
        stats = await asyncio.gather(first.run_once(), second.run_once())
    finally:
        await other.close()
    sent = sorted((m.recipient.external_id, m.message.text) for m in channel.sent)
    assert len(sent) == 100
    assert len(set(sent)) == 100
    assert stats[0].claimed + stats[1].claimed == 100
    assert stats[0].claimed > 0 and stats[1].claimed > 0


class Scripted(CollectingChannel):
    """Answers each send with the next result of a script, then with "sent"."""

    def __init__(self, name: str, results: list[SendResult]) -> None:
        super().__init__(name)
        self.results = results

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        await super().send(recipient, message, purpose)
        return self.results.pop(0) if self.results else SendResult("sent")


async def test_each_send_result_moves_the_row(app: App, clock: FixedClock) -> None:
    people = [await add_person(app, name, "en") for name in ("a", "b", "c", "d")]
    await enqueue(app, people, 1)
    app.add_channel(
        Scripted(
            "test",
            [
                SendResult("sent", platform_message_id="m1"),
                SendResult("blocked", error="403"),
                SendResult("deferred"),
                SendResult("retry", retry_after=30),
            ],
        )
    )
    stats = await outbox(app, "w").run_once()
    assert stats.by_status == {"sent": 1, "blocked": 1, "deferred": 1, "retry": 1}
    async with app.sessions() as session:
        rows = (await session.scalars(select(Delivery).order_by(Delivery.id))).all()
        blocked = await session.get(Participant, people[1])
        assert [(r.status, r.platform_message_id, r.due_at - clock.now()) for r in rows] == [
            ("sent", "m1", timedelta(0)),
            ("blocked", None, timedelta(0)),
            ("deferred", None, timedelta(0)),
            ("pending", None, timedelta(seconds=30)),
        ]
        assert blocked is not None and blocked.blocked_at == clock.now()


async def test_deferred_rows_return_to_pending_when_the_person_writes(
    app: App, clock: FixedClock
) -> None:
    channel = Scripted("console", [SendResult("deferred")])
    app.add_channel(channel)
    person = await add_person(app, "me", "en", channel="console")
    await enqueue(app, [person], 1)
    await outbox(app, "w").run_once()
    assert await statuses(app) == [("g1:0:p1", "deferred")]
    clock.advance(timedelta(hours=30))
    await app.dispatcher.handle(
        IncomingMessage("console", "me", clock.now(), text="hello", language_hint="en")
    )
    assert await statuses(app) == [("g1:0:p1", "pending")]
    await outbox(app, "w").run_once()
    assert await statuses(app) == [("g1:0:p1", "sent")]


async def test_a_cancelled_group_and_a_skipping_renderer(app: App) -> None:
    sam = await add_person(app, "sam", "en")
    await enqueue(app, [sam], 3, group="broadcast-7")
    async with app.sessions() as session, session.begin():
        outbox_rows = UnitOfWork(session).outbox
        assert await outbox_rows.cancel_group("broadcast-7", app.clock.now()) == 3
        await outbox_rows.enqueue(
            NewDelivery(
                "skip:1", sam, app.clock.now(), "announcement", "test", "probe", {"skip": True}
            ),
            app.clock.now(),
        )
    channel = sink(app)
    stats = await outbox(app, "w").run_once()
    assert (stats.by_status, channel.sent) == ({"skipped": 1}, [])
    async with app.sessions() as session:
        assert await UnitOfWork(session).outbox.progress("broadcast-7") == {"cancelled": 3}


async def test_sends_wait_when_their_outcomes_are_not_committed(app: App) -> None:
    """A lane sends its next message only once its last outcome is committed: a crash repeats
    at most one send per lane, the one on the wire."""
    people = [await add_person(app, f"p{i}", "en") for i in range(10)]
    await enqueue(app, people, 1)
    channel = sink(app)
    dispatcher = outbox(app, "first")
    dispatcher.lanes = 2

    async def commit_hangs(done: object, blocked: object) -> None:
        await asyncio.Event().wait()

    dispatcher.record = commit_hangs  # type: ignore[method-assign]
    running = asyncio.create_task(dispatcher.run_once())
    for _ in range(50):
        await asyncio.sleep(0.01)
    running.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await running
    assert len(channel.sent) == 2


async def test_when_outcomes_cannot_be_committed_the_sends_stop(app: App) -> None:
    """The rows keep their lease: they go again after it, or when the worker restarts."""
    people = [await add_person(app, f"p{i}", "en") for i in range(10)]
    await enqueue(app, people, 1)
    channel = sink(app)
    dispatcher = outbox(app, "first")
    dispatcher.lanes = 2

    async def database_gone(done: object, blocked: object) -> None:
        raise ConnectionError("database gone")

    dispatcher.record = database_gone  # type: ignore[method-assign]
    with pytest.raises(ConnectionError):
        await asyncio.wait_for(dispatcher.run_once(), 5)
    assert len(channel.sent) == 2
    assert {status for _, status in await statuses(app)} == {"sending"}


class FirstAtOnce(CollectingChannel):
    """Answers ``p0`` at once and everyone else after 10 ms: ``p0``'s outcome is alone in the
    first commit, the others come while it runs."""

    async def send(
        self, recipient: Recipient, message: RenderedMessage, purpose: Purpose
    ) -> SendResult:
        if recipient.external_id != "p0":
            await asyncio.sleep(0.01)
        return await super().send(recipient, message, purpose)


async def row_of(app: App, external_id: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(
            select(Delivery.id).join(Participant).where(Participant.external_id == external_id)
        )
        assert found is not None
        return found


async def test_on_postgresql_outcomes_commit_while_an_earlier_commit_hangs(app: App) -> None:
    """PostgreSQL's writer runs two commits at once: a lane whose outcome came while another
    lane's commit was under way need not wait for it, and the lane of the hung commit still
    sends nothing more. SQLite's one connection runs one commit at a time."""
    people = [await add_person(app, f"p{i}", "en") for i in range(10)]
    await enqueue(app, people, 1)
    channel = FirstAtOnce("test")
    app.add_channel(channel)
    dispatcher = outbox(app, "first")
    dispatcher.lanes = 2
    hung = await row_of(app, "p0")
    commit = dispatcher.record

    async def hangs_on_the_first_row(done: list[Finish], blocked: list[int]) -> None:
        if any(outcome.delivery_id == hung for outcome in done):
            await asyncio.Event().wait()
        await commit(done, blocked)

    dispatcher.record = hangs_on_the_first_row  # type: ignore[method-assign]
    running = asyncio.create_task(dispatcher.run_once())
    for _ in range(100):
        await asyncio.sleep(0.01)
        if [status for _, status in await statuses(app)].count("sent") == 9:
            break
    running.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await running
    on_postgresql = app.engine.dialect.name == "postgresql"
    assert dispatcher.writer.concurrency == (2 if on_postgresql else 1)
    expected = (10, ["sending"] + ["sent"] * 9) if on_postgresql else (2, ["sending"] * 10)
    assert (len(channel.sent), [status for _, status in await statuses(app)]) == expected


async def test_a_failed_commit_stops_the_sends_once_the_other_commit_is_done(app: App) -> None:
    """The error comes out of ``run_once`` only after the commit that was under way beside the
    failed one has finished: nothing is left writing when the dispatcher gives up."""
    people = [await add_person(app, f"p{i}", "en") for i in range(10)]
    await enqueue(app, people, 1)
    channel = FirstAtOnce("test")
    app.add_channel(channel)
    dispatcher = outbox(app, "first")
    dispatcher.lanes = 2
    dispatcher.writer.concurrency = 2
    slow = await row_of(app, "p0")
    commit = dispatcher.record
    failed = asyncio.Event()

    async def slow_then_gone(done: list[Finish], blocked: list[int]) -> None:
        if any(outcome.delivery_id == slow for outcome in done):
            await failed.wait()
            await asyncio.sleep(0.05)
            await commit(done, blocked)
            return
        failed.set()
        raise ConnectionError("database gone")

    dispatcher.record = slow_then_gone  # type: ignore[method-assign]
    with pytest.raises(ConnectionError):
        await asyncio.wait_for(dispatcher.run_once(), 5)
    assert len(channel.sent) == 2
    assert [status for _, status in await statuses(app)] == ["sent"] + ["sending"] * 9
