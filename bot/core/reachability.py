"""Whether the bot can write to someone: a channel reports a block (403, Telegram's ``kicked``)
or an unblock, and the participant's ``blocked_at`` follows. Channel-neutral."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.uow import UnitOfWork


async def set_reachable(
    sessions: async_sessionmaker[AsyncSession],
    channel: str,
    external_id: str,
    reachable: bool,
    now: datetime,
) -> bool:
    """Mark the person blocked (at ``now``) or reachable again; ``False`` if we do not know them."""
    async with sessions() as session, session.begin():
        person = await UnitOfWork(session).participants.find(channel, external_id)
        if person is None:
            return False
        if reachable:
            person.blocked_at = None
        elif person.blocked_at is None:
            person.blocked_at = now
        return True
