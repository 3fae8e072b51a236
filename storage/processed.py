"""Platform message ids already handled, so a webhook redelivery is not processed twice."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedMessage

PROCESSED = cast(Table, ProcessedMessage.__table__)
RECORD = {
    dialect: insert(PROCESSED).on_conflict_do_nothing(
        index_elements=["channel", "platform_message_id"]
    )
    for dialect, insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))
}
"""Built once: a statement made per message cost more CPU than running it (its cache key).
On the table, not the class: with parameters apart, an ORM insert would be a bulk insert,
whose result has no row count."""


class ProcessedMessageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def first_time(self, channel: str, platform_message_id: str, now: datetime) -> bool:
        """Record the id; ``False`` when it was recorded before (the message is a redelivery).

        The unique constraint decides, in one ``INSERT … ON CONFLICT DO NOTHING`` (no
        savepoint): two workers receiving the same delivery at once cannot both process it,
        since the second insert waits for the first transaction and then inserts nothing (or,
        if that transaction rolled back, inserts and handles the message).
        """
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        row = {"channel": channel, "platform_message_id": platform_message_id, "seen_at": now}
        result = await self.session.execute(RECORD[dialect], row)
        return bool(result.rowcount)  # type: ignore[attr-defined]
