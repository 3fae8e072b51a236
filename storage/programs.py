"""Programs, their stages and events (and selection rounds, ``storage/selection.py``): loaded
from program files, read by every feature."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.models import AgendaItem, Event, Program, Stage
from storage.program_edits import ProgramEditRepository
from storage.selection import RoundSpec, SelectionRepository

LOAD_LOCK = 0x4D494353_50524F47  # "MICSPROG": serializes the loading of program files


@dataclass(frozen=True)
class StageSpec:
    key: str
    names: dict[str, str]
    opens_at: datetime
    deadline_at: datetime
    accepts: list[str]
    max_size_mb: int
    late_policy: str
    reminder_hours: list[int]


@dataclass(frozen=True)
class AgendaSpec:
    starts_at: datetime
    ends_at: datetime | None
    titles: dict[str, str]


@dataclass(frozen=True)
class EventSpec:
    key: str
    names: dict[str, str]
    venue: dict[str, str]
    languages: list[str]
    time_zone: str
    starts_at: datetime
    ends_at: datetime | None
    all_day: bool
    agenda: list[AgendaSpec] = field(default_factory=list)
    rsvp: bool = False
    capacity: int | None = None
    rsvp_closes_at: datetime | None = None
    online: bool = False


@dataclass(frozen=True)
class ProgramSpec:
    """A program as its file describes it; ``sha256`` is the hash of the file's bytes."""

    id: str
    names: dict[str, str]
    time_zone: str
    team_min_size: int
    team_max_size: int
    settings: dict[str, Any]
    sha256: str
    stages: list[StageSpec] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)
    rounds: list[RoundSpec] = field(default_factory=list)


class ProgramRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, program_id: str) -> Program | None:
        return await self.session.scalar(
            select(Program)
            .where(Program.id == program_id)
            .options(
                selectinload(Program.stages),
                selectinload(Program.events).selectinload(Event.agenda),
            )
        )

    async def alone(self, program_id: str) -> Program | None:
        """The program without its stages and events (one statement, not four): for its
        names and settings."""
        return await self.session.get(Program, program_id)

    async def all(self) -> list[Program]:
        return list(await self.session.scalars(select(Program).order_by(Program.id)))

    async def upsert(self, spec: ProgramSpec, now: datetime) -> str:
        """Store ``spec``: ``"created"``, ``"updated"`` or ``"unchanged"`` (same file hash).

        Stages, events and selection rounds are matched by key, so their database ids survive
        a reload and whatever refers to them (submissions, reminders, scores) stays attached.
        Times changed on the dashboard are put back where the file did not change them
        (``storage/program_edits``).

        Every process loads the program files when it starts; on PostgreSQL processes starting
        together take turns (a transaction-level advisory lock), so the second finds the first's
        program instead of inserting it again. On SQLite ``BEGIN IMMEDIATE`` already does.
        """
        bind = self.session.bind
        if bind is not None and bind.dialect.name == "postgresql":
            await self.session.execute(select(func.pg_advisory_xact_lock(LOAD_LOCK)))
        program = await self.get(spec.id)
        if program is not None and program.source_sha256 == spec.sha256:
            return "unchanged"
        outcome = "updated"
        if program is None:
            program = Program(id=spec.id, stages=[], events=[])
            self.session.add(program)
            outcome = "created"
        program.names = dict(spec.names)
        program.time_zone = spec.time_zone
        program.team_min_size = spec.team_min_size
        program.team_max_size = spec.team_max_size
        program.settings = dict(spec.settings)
        program.source_sha256 = spec.sha256
        program.loaded_at = now
        self._merge_stages(program, spec.stages)
        self._merge_events(program, spec.events)
        await self.session.flush()
        await SelectionRepository(self.session).merge_rounds(spec.id, spec.rounds)
        await ProgramEditRepository(self.session).reapply(program)
        return outcome

    @staticmethod
    def _merge_stages(program: Program, specs: list[StageSpec]) -> None:
        existing = {stage.key: stage for stage in program.stages}
        merged = []
        for position, spec in enumerate(specs):
            stage = existing.get(spec.key) or Stage(key=spec.key)
            stage.position = position
            stage.names = dict(spec.names)
            stage.opens_at, stage.deadline_at = spec.opens_at, spec.deadline_at
            stage.accepts = list(spec.accepts)
            stage.max_size_mb = spec.max_size_mb
            stage.late_policy = spec.late_policy
            stage.reminder_hours = list(spec.reminder_hours)
            merged.append(stage)
        program.stages = merged

    @staticmethod
    def _merge_events(program: Program, specs: list[EventSpec]) -> None:
        existing = {event.key: event for event in program.events}
        merged = []
        for spec in specs:
            event = existing.get(spec.key) or Event(key=spec.key, agenda=[])
            event.names, event.venue = dict(spec.names), dict(spec.venue)
            event.languages = list(spec.languages)
            event.time_zone = spec.time_zone
            event.starts_at, event.ends_at, event.all_day = (
                spec.starts_at,
                spec.ends_at,
                spec.all_day,
            )
            event.rsvp, event.capacity = spec.rsvp, spec.capacity
            event.rsvp_closes_at, event.online = spec.rsvp_closes_at, spec.online
            event.agenda = [
                AgendaItem(
                    position=i, starts_at=a.starts_at, ends_at=a.ends_at, titles=dict(a.titles)
                )
                for i, a in enumerate(spec.agenda)
            ]
            merged.append(event)
        program.events = merged
