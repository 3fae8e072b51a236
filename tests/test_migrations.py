"""Migrations upgrade an empty database to head and downgrade it again (SQLite, PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import inspect

from storage.db import create_engine
from storage.migrate import downgrade, upgrade
from storage.models import Base


async def table_names(url: str) -> set[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(lambda sync: set(inspect(sync).get_table_names()))
    await engine.dispose()
    return names


async def test_upgrade_from_empty_and_downgrade_again(database_url: str) -> None:
    engine = create_engine(database_url)
    await upgrade(engine)
    await engine.dispose()
    assert await table_names(database_url) == set(Base.metadata.tables) | {"alembic_version"}

    engine = create_engine(database_url)
    await downgrade(engine, "base")
    await engine.dispose()
    assert await table_names(database_url) == {"alembic_version"}

    engine = create_engine(database_url)
    await upgrade(engine)
    await engine.dispose()
    assert await table_names(database_url) == set(Base.metadata.tables) | {"alembic_version"}


async def test_models_match_the_migrations(database_url: str) -> None:
    """Autogenerate against a migrated database finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(database_url)
    await upgrade(engine)
    async with engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    await engine.dispose()
    assert diff == []
