"""One process at a time paces a platform's overall rate: on PostgreSQL the holder of an
advisory lock, with fail-over when it goes; on SQLite (one writing process) always this one."""

from __future__ import annotations

from collections.abc import Callable

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.outbox import OutboxDispatcher
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.pacing_lock import RateHolder, lock_key
from tests.integration.support import enqueue, outbox
from tests.timeline_support import add_person, sink, texts

CHANNELS = ["telegram", "console"]


def backend(app: App) -> str:
    return app.engine.dialect.name


async def test_one_holder_at_a_time_and_the_next_takes_over(app: App) -> None:
    first, second = RateHolder(app.engine, ["telegram"]), RateHolder(app.engine, ["telegram"])
    try:
        taken = (await first.sendable(CHANNELS), await second.sendable(CHANNELS))
        await first.close()  # the holder's process ends
        after = await second.sendable(CHANNELS)
    finally:
        await first.close()
        await second.close()
    if backend(app) == "postgresql":
        assert (taken, after) == ((CHANNELS, ["console"]), CHANNELS)
    else:  # one writing process: nothing to share
        assert (taken, after) == ((CHANNELS, CHANNELS), CHANNELS)


async def test_only_the_worker_holding_the_rate_sends_telegram_rows(
    app: App,
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
) -> None:
    """Two workers on one database: the second is a second app on the same URL."""
    person = await add_person(app, "101", "en", channel="telegram")
    await enqueue(app, "hello", person, "event_update", "hello")
    await app.rates.sendable(CHANNELS)  # the first worker holds the rate
    other = await build_app(settings_for(), clock, translator)
    mine, theirs = sink(app, "telegram"), sink(other, "telegram")
    try:
        await worker(other).run_once()
        sent_by_the_other = texts(theirs)
        await worker(app).run_once()
    finally:
        await other.close()
    if backend(app) == "postgresql":
        assert (sent_by_the_other, texts(mine)) == ([], [("101", "hello")])
    else:  # on SQLite every process holds its rates: the first to claim sends
        assert (sent_by_the_other, texts(mine)) == ([("101", "hello")], [])


def worker(app: App) -> OutboxDispatcher:
    dispatcher = outbox(app)
    dispatcher.rates = app.rates
    return dispatcher


def test_lock_keys_are_stable_signed_64_bit_numbers() -> None:
    assert lock_key("telegram") == lock_key("telegram")
    assert lock_key("telegram") != lock_key("messenger")
    assert -(2**63) <= lock_key("telegram") < 2**63
