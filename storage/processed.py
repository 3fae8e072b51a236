"""Platform message ids already handled, so a webhook redelivery is not processed twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedMessage


class ProcessedMessageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def first_time(self, channel: str, platform_message_id: str, now: datetime) -> bool:
        """Record the id; ``False`` when it was recorded before (the message is a redelivery).

        The unique constraint decides, inside a savepoint, so two workers receiving the same
        delivery at once cannot both process it.
        """
        try:
            async with self.session.begin_nested():
                self.session.add(
                    ProcessedMessage(
                        channel=channel, platform_message_id=platform_message_id, seen_at=now
                    )
                )
        except IntegrityError:
            return False
        return True
