"""Migrations upgrade an empty database to head and downgrade it again (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import bindparam, inspect, text

from storage.db import create_engine
from storage.migrate import downgrade, upgrade
from storage.schema import metadata
from storage.types import UTCDateTime


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
    assert await table_names(database_url) == set(metadata().tables) | {"alembic_version"}

    engine = create_engine(database_url)
    await downgrade(engine, "base")
    await engine.dispose()
    assert await table_names(database_url) == {"alembic_version"}

    engine = create_engine(database_url)
    await upgrade(engine)
    await engine.dispose()
    assert await table_names(database_url) == set(metadata().tables) | {"alembic_version"}


async def test_models_match_the_migrations(database_url: str) -> None:
    """Autogenerate against a migrated database finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(database_url)
    await upgrade(engine)
    async with engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata())
        )
    await engine.dispose()
    assert diff == []


async def broadcast_columns(url: str) -> list[str]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        names = await connection.run_sync(
            lambda sync: [column["name"] for column in inspect(sync).get_columns("broadcasts")]
        )
    await engine.dispose()
    return names


async def test_0009_adds_the_attachment_of_a_broadcast_and_takes_it_away_again(
    database_url: str,
) -> None:
    """A broadcast written before 0009 keeps its row and has no photo; down to 0007, the
    new columns go and the row stays."""
    engine = create_engine(database_url)
    await upgrade(engine, "0007")
    at = bindparam("at", datetime(2024, 11, 18, 1, tzinfo=UTC), type_=UTCDateTime())
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO participants (id, channel, external_id, created_at, last_seen_at) "
                "VALUES (1, 'console', 'org', :at, :at)"
            ).bindparams(at)
        )
        await connection.execute(
            text(
                "INSERT INTO broadcasts (id, organizer_id, audience, texts, state, recipients, "
                "scheduled_at, created_at) VALUES (1, 1, 'me', '{}', 'done', 1, :at, :at)"
            ).bindparams(at)
        )
    await upgrade(engine)
    async with engine.connect() as connection:
        row = (
            await connection.execute(
                text(
                    "SELECT attachment, attachment_name, attachment_mime, attachment_photo "
                    "FROM broadcasts"
                )
            )
        ).one()
    await engine.dispose()
    assert tuple(row) == (None, None, None, False)
    assert (await broadcast_columns(database_url))[-3:] == [
        "attachment_name",
        "attachment_mime",
        "attachment_photo",
    ]

    engine = create_engine(database_url)
    await downgrade(engine, "0007")
    async with engine.connect() as connection:
        count = await connection.scalar(text("SELECT count(*) FROM broadcasts"))
    await engine.dispose()
    assert count == 1
    assert "attachment_name" not in await broadcast_columns(database_url)
    assert "attachment" in await broadcast_columns(database_url)
