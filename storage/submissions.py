"""Submitted versions of team files per stage, per-team deadline extensions, and organizers who
muted the notice sent on each submission."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Stage, StageExtension, Submission, SubmissionNoticeMute

StageStatus = Literal["on_time", "late", "missing"]


def team_deadline(stage: Stage, extended_to: datetime | None) -> datetime:
    """A team's deadline for a stage: its extension when it has one, else the stage's. Every
    lookup below ends here, so reminders, lists, exports and lateness agree."""
    return extended_to if extended_to is not None else stage.deadline_at


def late_at(received_at: datetime, deadline: datetime) -> bool:
    """Whether a version received at ``received_at`` is late against ``deadline``."""
    return received_at > deadline


@dataclass(frozen=True)
class Deadlines:
    """The extensions of one program, read once: a team's deadline for each stage."""

    extended: dict[tuple[int, int], tuple[datetime, datetime]]
    """``(team id, stage id)`` → (the team's deadline, when it was granted)."""

    def of(self, team_id: int, stage: Stage) -> datetime:
        found = self.extended.get((team_id, stage.id))
        return team_deadline(stage, found[0] if found is not None else None)

    def is_extended(self, team_id: int, stage: Stage) -> bool:
        return (team_id, stage.id) in self.extended

    def granted_at(self, team_id: int, stage: Stage) -> datetime | None:
        found = self.extended.get((team_id, stage.id))
        return found[1] if found is not None else None


class SubmissionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def stage(self, stage_id: int) -> Stage | None:
        return await self.session.get(Stage, stage_id)

    async def get(self, submission_id: int) -> Submission | None:
        return await self.session.get(Submission, submission_id)

    async def versions(self, team_id: int, stage_id: int) -> list[Submission]:
        """Every version of the team's file for the stage, oldest first."""
        result = await self.session.scalars(
            select(Submission)
            .where(Submission.team_id == team_id, Submission.stage_id == stage_id)
            .order_by(Submission.version)
        )
        return list(result)

    async def of_team(self, team_id: int) -> list[Submission]:
        result = await self.session.scalars(
            select(Submission)
            .where(Submission.team_id == team_id)
            .order_by(Submission.stage_id, Submission.version)
        )
        return list(result)

    async def latest(self, team_id: int, stage_id: int) -> Submission | None:
        return await self.session.scalar(
            select(Submission)
            .where(Submission.team_id == team_id, Submission.stage_id == stage_id)
            .order_by(Submission.version.desc())
            .limit(1)
        )

    async def latest_of_stage(self, stage_id: int) -> dict[int, Submission]:
        """The latest version of every team that submitted for the stage, by team id."""
        newest = (
            select(Submission.team_id, func.max(Submission.version).label("version"))
            .where(Submission.stage_id == stage_id)
            .group_by(Submission.team_id)
            .subquery()
        )
        result = await self.session.scalars(
            select(Submission)
            .join(
                newest,
                (Submission.team_id == newest.c.team_id) & (Submission.version == newest.c.version),
            )
            .where(Submission.stage_id == stage_id)
        )
        return {submission.team_id: submission for submission in result}

    async def of_stages(self, stage_ids: list[int]) -> list[Submission]:
        """Every version handed in for these stages, oldest first."""
        if not stage_ids:
            return []
        result = await self.session.scalars(
            select(Submission)
            .where(Submission.stage_id.in_(stage_ids))
            .order_by(Submission.received_at, Submission.id)
        )
        return list(result)

    async def add(self, submission: Submission) -> Submission:
        """Store a new version; its number is one more than the latest (v1 for the first)."""
        latest = await self.latest(submission.team_id, submission.stage_id)
        submission.version = latest.version + 1 if latest is not None else 1
        self.session.add(submission)
        await self.session.flush()
        return submission

    async def has_submitted(self, team_id: int, stage_id: int) -> bool:
        """Whether the team has any accepted version for the stage, on time or late."""
        return await self.latest(team_id, stage_id) is not None

    async def stage_status(self, team_id: int, stage: Stage) -> StageStatus:
        """``on_time``, ``late`` or ``missing``, from the latest version against the team's
        deadline as it is now (an extension granted after a late version makes it on time)."""
        latest = await self.latest(team_id, stage.id)
        if latest is None:
            return "missing"
        deadline = await self.deadline_for(team_id, stage)
        return "late" if late_at(latest.received_at, deadline) else "on_time"

    async def extension(self, team_id: int, stage_id: int) -> StageExtension | None:
        return await self.session.scalar(
            select(StageExtension).where(
                StageExtension.team_id == team_id, StageExtension.stage_id == stage_id
            )
        )

    async def deadline_for(self, team_id: int, stage: Stage) -> datetime:
        """The team's deadline for the stage: its extension when it has one."""
        extension = await self.extension(team_id, stage.id)
        return team_deadline(stage, extension.deadline_at if extension is not None else None)

    async def deadlines(self, program_id: str) -> Deadlines:
        """Every team's deadlines in the program (its extensions, read in one query)."""
        rows = await self.session.scalars(
            select(StageExtension)
            .join(Stage, Stage.id == StageExtension.stage_id)
            .where(Stage.program_id == program_id)
        )
        return Deadlines({(e.team_id, e.stage_id): (e.deadline_at, e.granted_at) for e in rows})

    async def grant_extension(
        self, team_id: int, stage_id: int, deadline: datetime, granted_by: int, now: datetime
    ) -> StageExtension:
        """Set (or move) the team's own deadline for the stage."""
        extension = await self.extension(team_id, stage_id)
        if extension is None:
            extension = StageExtension(team_id=team_id, stage_id=stage_id)
            self.session.add(extension)
        extension.deadline_at = deadline
        extension.granted_by = granted_by
        extension.granted_at = now
        await self.session.flush()
        return extension

    async def notices_muted(self, participant_id: int) -> bool:
        return await self.session.get(SubmissionNoticeMute, participant_id) is not None

    async def set_notices_muted(self, participant_id: int, muted: bool, now: datetime) -> None:
        if muted:
            if not await self.notices_muted(participant_id):
                self.session.add(SubmissionNoticeMute(participant_id=participant_id, muted_at=now))
        else:
            await self.session.execute(
                delete(SubmissionNoticeMute).where(
                    SubmissionNoticeMute.participant_id == participant_id
                )
            )
        await self.session.flush()
