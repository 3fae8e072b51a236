"""The helpdesk: a participant's question to the organizers of their program, as a thread of
messages between the person who asked and the organizers.

A thread's ``id`` is its short number (``#12``). Its times say how fast it was answered
(``first_answer_at``) and closed (``closed_at``); ``turn`` says who is to write next, and
``last_asker_at`` / ``last_answer_at`` since when. The texts and files are the asker's
personal data: ``erase_asker`` empties them and keeps the thread, marked ``erased_at``
("deleted by the person"), so the organizers' figures stay true.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String, false, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, Delivery

PERSONAL: dict[str, Any] = {"personal": True}
"""``info`` of a column that holds personal data (the mark ``/privacy`` and ``/delete_me``
are checked against)."""

TEXT_MAX = 2000


class ThreadState(StrEnum):
    """``open → closed``. Stored as the string value."""

    OPEN = "open"
    CLOSED = "closed"


class Side(StrEnum):
    """Who wrote a message of a thread."""

    ASKER = "asker"
    ORGANIZER = "organizer"


class About(StrEnum):
    """What a question is about: the asker's team, or the asker alone."""

    TEAM = "team"
    PERSONAL = "personal"


class HelpdeskThread(Base):
    """A question and everything said about it. ``origin`` is ``ask`` for a question asked
    with /ask, or the feature that opened it on the person's behalf (``progress``)."""

    __tablename__ = "helpdesk_threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    asker_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True, info=PERSONAL
    )
    """Empty once the person deleted their data."""
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    about: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    """The language the person asked in (their language then)."""
    origin: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16), index=True)
    claimed_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), info=PERSONAL
    )
    claimed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    last_asker_at: Mapped[datetime]
    first_answer_at: Mapped[datetime | None]
    last_answer_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), info=PERSONAL
    )
    erased_at: Mapped[datetime | None]
    """When the person deleted their texts (/delete_me): the thread is "deleted by the
    person" from then on."""

    turn: Mapped[str] = mapped_column(String(16))
    """Whose turn it is (a ``Side``): the organizers' after the person wrote, the person's
    after an answer."""

    @property
    def awaiting_organizers(self) -> bool:
        return self.turn == Side.ORGANIZER


class HelpdeskMessage(Base):
    """One message of a thread, as written: the question, an answer, a follow-up."""

    __tablename__ = "helpdesk_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        ForeignKey("helpdesk_threads.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True, info=PERSONAL
    )
    side: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(TEXT_MAX), info=PERSONAL)
    file_sha256: Mapped[str | None] = mapped_column(String(64), info=PERSONAL)
    """The attached file's key in the file store."""
    file_name: Mapped[str | None] = mapped_column(String(255), info=PERSONAL)
    file_mime: Mapped[str | None] = mapped_column(String(127))
    file_photo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime]


class HelpdeskRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_thread(self, thread: HelpdeskThread) -> HelpdeskThread:
        self.session.add(thread)
        await self.session.flush()
        return thread

    async def add_message(self, message: HelpdeskMessage) -> HelpdeskMessage:
        self.session.add(message)
        await self.session.flush()
        return message

    async def get(self, thread_id: int) -> HelpdeskThread | None:
        return await self.session.get(HelpdeskThread, thread_id)

    async def get_for_update(self, thread_id: int) -> HelpdeskThread | None:
        """The thread, its row locked until the transaction ends (PostgreSQL): two organizers
        pressing Claim at once are served one after the other."""
        return await self.session.scalar(
            select(HelpdeskThread)
            .where(HelpdeskThread.id == thread_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )

    async def message(self, message_id: int) -> HelpdeskMessage | None:
        return await self.session.get(HelpdeskMessage, message_id)

    async def messages(self, thread_id: int) -> list[HelpdeskMessage]:
        rows = await self.session.scalars(
            select(HelpdeskMessage)
            .where(HelpdeskMessage.thread_id == thread_id)
            .order_by(HelpdeskMessage.id)
        )
        return list(rows)

    async def first_messages(self, thread_ids: Sequence[int]) -> dict[int, HelpdeskMessage]:
        """The question of each thread (its first message)."""
        if not thread_ids:
            return {}
        firsts = (
            select(func.min(HelpdeskMessage.id))
            .where(HelpdeskMessage.thread_id.in_(list(thread_ids)))
            .group_by(HelpdeskMessage.thread_id)
        )
        rows = await self.session.scalars(
            select(HelpdeskMessage).where(HelpdeskMessage.id.in_(firsts))
        )
        return {row.thread_id: row for row in rows}

    async def in_program(
        self, program_id: str, state: ThreadState | None = None
    ) -> list[HelpdeskThread]:
        query = select(HelpdeskThread).where(HelpdeskThread.program_id == program_id)
        if state is not None:
            query = query.where(HelpdeskThread.state == state)
        rows = await self.session.scalars(query.order_by(HelpdeskThread.id))
        return list(rows)

    async def unanswered_before(self, moment: datetime) -> list[HelpdeskThread]:
        """Open threads nobody has answered, asked before ``moment`` (in every program)."""
        rows = await self.session.scalars(
            select(HelpdeskThread)
            .where(
                HelpdeskThread.state == ThreadState.OPEN,
                HelpdeskThread.first_answer_at.is_(None),
                HelpdeskThread.created_at < moment,
            )
            .order_by(HelpdeskThread.id)
        )
        return list(rows)

    async def asked_by(self, participant_id: int) -> list[HelpdeskThread]:
        rows = await self.session.scalars(
            select(HelpdeskThread)
            .where(HelpdeskThread.asker_id == participant_id)
            .order_by(HelpdeskThread.id)
        )
        return list(rows)

    async def answers_by(self, participant_id: int) -> int:
        """How many helpdesk messages the person wrote as an organizer."""
        found = await self.session.scalar(
            select(func.count())
            .select_from(HelpdeskMessage)
            .where(
                HelpdeskMessage.author_id == participant_id,
                HelpdeskMessage.side == Side.ORGANIZER,
            )
        )
        return int(found or 0)

    async def deferred_deliveries(self, renderer: str) -> list[Delivery]:
        """Outbox rows of ``renderer`` that a channel deferred (Messenger, after 7 days)."""
        rows = await self.session.scalars(
            select(Delivery)
            .where(Delivery.status == "deferred", Delivery.renderer == renderer)
            .order_by(Delivery.id)
        )
        return list(rows)

    async def erase_asker(self, participant_id: int, now: datetime) -> int:
        """Empty the texts and files of the threads the person asked, close the open ones and
        unlink the person; the threads stay, "deleted by the person". Returns how many."""
        threads = await self.asked_by(participant_id)
        ids = [thread.id for thread in threads]
        if not ids:
            return 0
        await self.session.execute(
            update(HelpdeskMessage)
            .where(HelpdeskMessage.thread_id.in_(ids))
            .values(text="", file_sha256=None, file_name=None, file_mime=None, file_photo=False)
            .execution_options(synchronize_session=False)
        )
        await self.session.execute(
            update(HelpdeskMessage)
            .where(HelpdeskMessage.thread_id.in_(ids), HelpdeskMessage.side == Side.ASKER)
            .values(author_id=None)
            .execution_options(synchronize_session=False)
        )
        for thread in threads:
            if thread.state == ThreadState.OPEN:
                thread.state, thread.closed_at, thread.closed_by = ThreadState.CLOSED, now, None
            thread.asker_id, thread.erased_at = None, now
        await self.session.flush()
        return len(ids)

    async def unlink_organizer(self, participant_id: int) -> None:
        """The person no longer appears as who answered, claimed or closed a thread; what
        they wrote to askers stays the askers' (it is their thread)."""
        await self.session.execute(
            update(HelpdeskMessage)
            .where(HelpdeskMessage.author_id == participant_id)
            .values(author_id=None)
            .execution_options(synchronize_session=False)
        )
        for column in (HelpdeskThread.claimed_by, HelpdeskThread.closed_by):
            await self.session.execute(
                update(HelpdeskThread)
                .where(column == participant_id)
                .values({column.key: None})
                .execution_options(synchronize_session=False)
            )
