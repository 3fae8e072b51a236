"""One person's rows in the tables that hold personal data: counted for /privacy and erased by
/delete_me. Each feature registers what it keeps (``bot.core.router.PersonalData``) and reaches
these with ``ctx.uow.get(PersonalRows)``; the columns are the ones marked ``info=PERSONAL`` in
``storage/models.py``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.models import (
    Broadcast,
    InviteAttempt,
    MentorAssignment,
    MentoringSession,
    MentorProfile,
    ReminderMute,
    RoleInvite,
    StageExtension,
    Submission,
    SubmissionNoticeMute,
)

Column = InstrumentedAttribute[Any]


class PersonalRows:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count(self, *columns: Column, person: int) -> int:
        """Rows of one table where any of ``columns`` names ``person``."""
        table = columns[0].class_
        found = await self.session.scalar(
            select(func.count()).select_from(table).where(or_(*(c == person for c in columns)))
        )
        return int(found or 0)

    async def delete(self, column: Column, person: int) -> None:
        await self.session.execute(
            delete(column.class_)
            .where(column == person)
            .execution_options(synchronize_session=False)
        )

    async def unlink(self, column: Column, person: int, **also: object) -> None:
        """Set ``column`` (a reference to a person) empty where it names ``person``, and the
        ``also`` columns of those rows to the values given (what that person wrote)."""
        await self.session.execute(
            update(column.class_)
            .where(column == person)
            .values({column.key: None, **also})
            .execution_options(synchronize_session=False)
        )

    async def reminder_mutes(self, person: int) -> int:
        return await self.count(ReminderMute.participant_id, person=person)

    async def forget_reminder_mutes(self, person: int) -> None:
        await self.delete(ReminderMute.participant_id, person)

    async def invites(self, person: int) -> tuple[int, int]:
        """Role invites the person made or used, and the wrong codes they typed."""
        made = await self.count(RoleInvite.created_by, RoleInvite.used_by, person=person)
        return made, await self.count(InviteAttempt.participant_id, person=person)

    async def forget_invites(self, person: int) -> None:
        await self.unlink(RoleInvite.created_by, person)
        await self.unlink(RoleInvite.used_by, person)
        await self.delete(InviteAttempt.participant_id, person)

    async def decks(self, person: int) -> tuple[int, int, bool]:
        """Versions the person handed in, extensions they granted, whether they muted the
        notice of each new deck."""
        return (
            await self.count(Submission.uploader_id, person=person),
            await self.count(StageExtension.granted_by, person=person),
            await self.session.get(SubmissionNoticeMute, person) is not None,
        )

    async def forget_decks(self, person: int) -> None:
        """The versions stay the team's; who handed them in and what they wrote go."""
        await self.unlink(Submission.uploader_id, person, caption="")
        await self.unlink(StageExtension.granted_by, person)
        await self.delete(SubmissionNoticeMute.participant_id, person)

    async def mentoring(self, person: int) -> tuple[int, int]:
        """Teams the person mentors, and sessions they asked for or mentor."""
        return (
            await self.count(MentorAssignment.mentor_id, person=person),
            await self.count(
                MentoringSession.mentor_id, MentoringSession.requested_by, person=person
            ),
        )

    async def forget_mentoring(self, person: int) -> None:
        """The profile and the assignments go. A session is its mentor's as much as its
        team's: those the person mentors go; in those they asked for, only who asked goes."""
        await self.delete(MentorProfile.participant_id, person)
        await self.delete(MentorAssignment.mentor_id, person)
        await self.delete(MentoringSession.mentor_id, person)
        await self.unlink(MentoringSession.requested_by, person)

    async def broadcasts(self, person: int) -> int:
        return await self.count(Broadcast.organizer_id, person=person)

    async def forget_broadcasts(self, person: int) -> None:
        """A broadcast stays the program's announcement; who wrote it goes."""
        await self.unlink(Broadcast.organizer_id, person)
