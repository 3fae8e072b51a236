"""Shared fixtures: a database per test (SQLite, and PostgreSQL when TEST_DATABASE_URL is set),
the application wired with a strict translator and a fixed clock, and a console chat driver."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from tests import transaction_guard
from tests.support import Chat

REHEARSAL_START = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)  # 09:00 in Ulaanbaatar

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


async def reset_postgres(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def no_network_in_transactions() -> Iterator[None]:
    """``tests/transaction_guard.py``: a network call inside a transaction fails the test."""
    yield from transaction_guard.install()


@pytest.fixture(autouse=True)
def no_network_in_this_test() -> Iterator[None]:
    transaction_guard.violations.clear()
    yield
    found, transaction_guard.violations[:] = list(transaction_guard.violations), []
    assert found == [], f"network calls inside a database transaction: {found}"


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database for one test."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
        return
    url = os.environ["TEST_DATABASE_URL"]
    await reset_postgres(url)
    yield url


@pytest.fixture(scope="session")
def translator() -> FluentTranslator:
    return FluentTranslator(PROJECT_ROOT / "locales", strict=True)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(REHEARSAL_START)


@pytest.fixture
def settings_for(database_url: str, tmp_path: Path) -> Callable[..., Settings]:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "database_url": database_url,
            "program_files": (str(SHIPPED_PROGRAM),),
            "organizers": frozenset({"console:org"}),
            "files_dir": tmp_path / "files",
        }
        values.update(overrides)
        return Settings.from_env(values)

    return make


@pytest.fixture
async def app(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> AsyncIterator[App]:
    application = await build_app(settings_for(), clock, translator)
    yield application
    await application.close()


@pytest.fixture
def chat(app: App, tmp_path: Path) -> Chat:
    return Chat(app, tmp_path / "console-files")
