"""Times of a program changed on the dashboard, kept apart from what its file says.

The program file stays the source of a program: loading it creates the program and, when the
file changes, updates it. An organizer's edit on the dashboard (a later deadline, a moved
event) is a row here holding the new time and the time the file gave when the edit was made.
When the file is loaded again:

- the file still gives that same time for the field: the edit stays (a restart, or a change
  of the file elsewhere, does not undo it);
- the file now gives another time for it: the file wins and the edit is dropped (someone
  changed that very time in the file, later than the edit was made);
- the stage or event is no longer in the file: the edit is dropped with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, Event, Program, Stage

STAGE, EVENT = "stage", "event"
FIELDS = {STAGE: ("opens_at", "deadline_at"), EVENT: ("starts_at", "ends_at")}


class ProgramEdit(Base):
    __tablename__ = "program_edits"
    __table_args__ = (UniqueConstraint("program_id", "kind", "key", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    """``stage`` or ``event``."""
    key: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[datetime | None]
    file_value: Mapped[datetime | None]
    """What the program file gave for the field when the edit was made."""
    edited_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    edited_at: Mapped[datetime]


def _target(program: Program, kind: str, key: str) -> Stage | Event | None:
    items: list[Stage] | list[Event] = program.stages if kind == STAGE else program.events
    return next((item for item in items if item.key == key), None)


class ProgramEditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of(self, program_id: str) -> list[ProgramEdit]:
        return list(
            await self.session.scalars(
                select(ProgramEdit)
                .where(ProgramEdit.program_id == program_id)
                .order_by(ProgramEdit.id)
            )
        )

    async def change(
        self,
        program: Program,
        kind: str,
        key: str,
        field: str,
        value: datetime | None,
        by: int | None,
        now: datetime,
    ) -> bool:
        """Set ``field`` of the stage or event to ``value`` and keep the edit; ``False`` when
        it already had that value. Setting it back to the file's value forgets the edit."""
        target = _target(program, kind, key)
        if target is None or field not in FIELDS[kind]:
            raise KeyError(f"{kind} {key}.{field}")
        current = getattr(target, field)
        if current == value:
            return False
        edit = await self.session.scalar(
            select(ProgramEdit).where(
                ProgramEdit.program_id == program.id,
                ProgramEdit.kind == kind,
                ProgramEdit.key == key,
                ProgramEdit.field == field,
            )
        )
        if edit is None:
            edit = ProgramEdit(
                program_id=program.id, kind=kind, key=key, field=field, file_value=current
            )
            self.session.add(edit)
        setattr(target, field, value)
        if edit.file_value == value:
            await self.session.delete(edit)
        else:
            edit.value, edit.edited_by, edit.edited_at = value, by, now
        await self.session.flush()
        return True

    async def reapply(self, program: Program) -> list[ProgramEdit]:
        """After the file was loaded into ``program``: put back the edits of the fields whose
        time in the file did not change since; drop the others. Returns those dropped."""
        dropped = []
        for edit in await self.of(program.id):
            target = _target(program, edit.kind, edit.key)
            if target is None or getattr(target, edit.field) != edit.file_value:
                dropped.append(edit)
                await self.session.execute(delete(ProgramEdit).where(ProgramEdit.id == edit.id))
                continue
            setattr(target, edit.field, edit.value)
        await self.session.flush()
        return dropped
