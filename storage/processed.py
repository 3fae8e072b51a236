"""Platform message ids already handled, so a webhook redelivery is not processed twice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedMessage


class ProcessedMessageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        return (pg_insert if dialect == "postgresql" else sqlite_insert)(ProcessedMessage)

    async def first_time(self, channel: str, platform_message_id: str, now: datetime) -> bool:
        """Record the id; ``False`` when it was recorded before (the message is a redelivery).

        The unique constraint decides, in one ``INSERT … ON CONFLICT DO NOTHING`` (no
        savepoint): two workers receiving the same delivery at once cannot both process it,
        since the second insert waits for the first transaction and then inserts nothing (or,
        if that transaction rolled back, inserts and handles the message).
        """
        statement = (
            self._insert()
            .values(channel=channel, platform_message_id=platform_message_id, seen_at=now)
            .on_conflict_do_nothing(index_elements=["channel", "platform_message_id"])
        )
        result = await self.session.execute(statement)
        return bool(result.rowcount)  # type: ignore[attr-defined]
