"""What the outbox's claim and outcome writer do to rows, on each database: the claim's plain
rows in due order and only for the channels asked for, every kind of outcome written in one
statement, a row whose lease is another worker's left alone, and the writer's connection given
back to the pool as it was taken."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select, text

from bot.app import App
from storage.models import Delivery
from storage.outbox import ClaimedDelivery, Finish, NewDelivery
from storage.outcome_writer import OutcomeWriter
from storage.uow import UnitOfWork
from tests.timeline_support import add_person

LEASE = timedelta(minutes=5)


async def enqueue(app: App, person: int, key: str, due_in: timedelta) -> None:
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        await UnitOfWork(session).outbox.enqueue(
            NewDelivery(key, person, now + due_in, "announcement", "test", "probe", {"k": key}),
            now,
        )


async def claim(app: App, owner: str, channels: list[str] | None = None) -> list[ClaimedDelivery]:
    async with app.sessions() as session, session.begin():
        return await UnitOfWork(session).outbox.claim(
            owner, app.clock.now(), LEASE, 10, channels=channels
        )


async def test_claim_gives_plain_rows_in_due_order_for_the_channels_asked(app: App) -> None:
    ana = await add_person(app, "ana", "en")
    bat = await add_person(app, "bat", "mn", channel="console")
    await enqueue(app, ana, "late", timedelta(seconds=-1))
    await enqueue(app, ana, "early", timedelta(seconds=-5))
    await enqueue(app, bat, "console", timedelta(seconds=-9))
    await enqueue(app, ana, "future", timedelta(minutes=1))
    now = app.clock.now()
    rows = await claim(app, "w1", channels=["test"])
    assert [(r.params, r.participant_id, r.due_at, r.attempts) for r in rows] == [
        ({"k": "early"}, ana, now - timedelta(seconds=5), 0),
        ({"k": "late"}, ana, now - timedelta(seconds=1), 0),
    ]
    assert [r.params for r in await claim(app, "w2")] == [{"k": "console"}]
    async with app.sessions() as session:
        leased = await session.execute(
            select(Delivery.dedup_key, Delivery.status, Delivery.lease_owner).order_by(Delivery.id)
        )
        assert leased.all() == [
            ("late", "sending", "w1"),
            ("early", "sending", "w1"),
            ("console", "sending", "w2"),
            ("future", "pending", None),
        ]


async def test_the_writer_records_every_outcome_where_the_lease_is_its_own(app: App) -> None:
    person = await add_person(app, "ana", "en")
    for n in range(5):
        await enqueue(app, person, f"r{n}", timedelta(0))
    ids = [row.id for row in await claim(app, "mine")]
    await enqueue(app, person, "theirs", timedelta(0))
    [theirs] = [row.id for row in await claim(app, "theirs")]
    now = app.clock.now()
    retry_at = now + timedelta(seconds=30)
    writer = OutcomeWriter(app.sessions)
    await writer.open()
    try:
        await writer.write(
            "mine",
            [
                Finish(ids[0], "sent", "m1"),
                Finish(ids[1], "deferred", None, "outside the window"),
                Finish(ids[2], "failed", None, "429", retry_at, attempted=False),
                Finish(ids[3], "failed", None, "x" * 600),
                Finish(ids[4], "skipped", attempted=False),
                Finish(theirs, "sent", "m9"),
            ],
            [],
            now,
        )
    finally:
        await writer.close()
    async with app.sessions() as session:
        rows = (await session.scalars(select(Delivery).order_by(Delivery.id))).all()
    assert [
        (r.status, r.platform_message_id, r.error, r.due_at - now, r.attempts, r.sent_at)
        for r in rows
    ] == [
        ("sent", "m1", None, timedelta(0), 1, now),
        ("deferred", None, "outside the window", timedelta(0), 1, None),
        ("pending", None, "429", timedelta(seconds=30), 0, None),
        ("failed", None, "x" * 500, timedelta(0), 1, None),
        ("skipped", None, None, timedelta(0), 0, None),
        ("sending", None, None, timedelta(0), 0, None),
    ]
    assert [(r.lease_owner is None, r.lease_until is None) for r in rows] == [(True, True)] * 5 + [
        (False, False)
    ]


async def test_the_writer_gives_its_connection_back_as_it_took_it(app: App) -> None:
    person = await add_person(app, "ana", "en")
    await enqueue(app, person, "r", timedelta(0))
    [row] = await claim(app, "mine")
    writer = OutcomeWriter(app.sessions)
    await writer.open()
    await writer.write("mine", [Finish(row.id, "sent", "m1")], [], app.clock.now())
    await writer.close()
    if app.engine.dialect.name != "postgresql":
        assert writer.holds_a_connection is False
        return
    checked_out = app.engine.pool.checkedout()  # type: ignore[attr-defined]
    async with app.engine.connect() as connection:  # the pool hands out the one it got back
        setting = await connection.scalar(text("SHOW synchronous_commit"))
    assert (checked_out, setting) == (0, "on")


async def test_on_postgresql_the_writer_commits_while_another_commit_waits(app: App) -> None:
    """Two writes at once run on two connections: one waiting for a row lock does not hold up
    the other. (On SQLite the writer runs one at a time.)"""
    person = await add_person(app, "ana", "en")
    for n in range(2):
        await enqueue(app, person, f"r{n}", timedelta(0))
    first, second = [row.id for row in await claim(app, "mine")]
    writer = OutcomeWriter(app.sessions)
    if app.engine.dialect.name != "postgresql":
        assert writer.concurrency == 1
        return
    assert writer.concurrency == 2
    now = app.clock.now()
    await writer.open()
    async with app.engine.connect() as locker:
        await locker.execute(
            text("SELECT id FROM deliveries WHERE id = :id FOR UPDATE"), {"id": first}
        )
        waiting = asyncio.create_task(writer.write("mine", [Finish(first, "sent", "m1")], [], now))
        for _ in range(500):  # until the write waits for the lock
            async with app.engine.connect() as lock_waits:
                count = await lock_waits.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity"
                        " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                    )
                )
            if count == 1:
                break
            await asyncio.sleep(0.01)
        await asyncio.wait_for(writer.write("mine", [Finish(second, "sent", "m2")], [], now), 5)
        async with app.sessions() as session:
            meanwhile = (
                (await session.execute(select(Delivery.status).order_by(Delivery.id)))
                .scalars()
                .all()
            )
        still_waiting = not waiting.done()
        await locker.rollback()
    await asyncio.wait_for(waiting, 5)
    await writer.close()
    async with app.sessions() as session:
        finally_ = (
            await session.execute(
                select(Delivery.status, Delivery.platform_message_id).order_by(Delivery.id)
            )
        ).all()
    checked_out = app.engine.pool.checkedout()  # type: ignore[attr-defined]
    assert (count, still_waiting, list(meanwhile)) == (1, True, ["sending", "sent"])
    assert (finally_, checked_out) == ([("sent", "m1"), ("sent", "m2")], 0)
