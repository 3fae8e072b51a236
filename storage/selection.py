"""Selection rounds: the rounds of a program (loaded from its file like stages and events),
judges' organizations and conflicts, who judges which team, the scores, and the decisions.

Other features ask two questions of it (``SelectionRepository``):

- ``selected_team_ids(program_id, round_key)``: the teams selected in a round, or ``None``
  while the round's results are not published;
- ``out_team_ids(program_id)``: the teams out of the program, that is not selected
  (not selected or waitlisted) in some published round and not moved up since.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm.attributes import flag_modified

from storage.models import Base, Submission, Team, TeamMember


class Outcome(StrEnum):
    """A team's result in a round. Stored as the string value."""

    SELECTED = "selected"
    WAITLISTED = "waitlisted"
    NOT_SELECTED = "not_selected"


class RoundState(StrEnum):
    """Where a round is at an instant: ``planned → open → closed → published``."""

    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"


@dataclass(frozen=True)
class CriterionSpec:
    key: str
    names: dict[str, str]
    weight: float = 1.0
    low: int = 1
    high: int = 5

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "names": dict(self.names),
            "weight": self.weight,
            "low": self.low,
            "high": self.high,
        }


@dataclass(frozen=True)
class RoundSpec:
    """A round as its program file describes it."""

    key: str
    names: dict[str, str]
    stage_key: str | None
    event_key: str | None
    opens_at: datetime
    closes_at: datetime
    judges_per_team: int
    blind: bool
    select_target: int | None
    share_feedback: bool
    criteria: list[CriterionSpec] = field(default_factory=list)


@dataclass(frozen=True)
class TeamInfo:
    """A candidate team as judging sees it: no members, no contacts."""

    id: int
    name: str
    organizations: list[Any]


class SelectionRound(Base):
    """A selection round of a program: its rules from the program file, and how far it got
    (opened or closed early by an organizer, published)."""

    __tablename__ = "selection_rounds"
    __table_args__ = (UniqueConstraint("program_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int]
    names: Mapped[dict[str, Any]]
    stage_key: Mapped[str | None] = mapped_column(String(64))
    """The stage whose latest decks are judged; ``None`` for a live pitch."""
    event_key: Mapped[str | None] = mapped_column(String(64))
    """The event the round belongs to (a live-judged final), if any."""
    opens_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    judges_per_team: Mapped[int] = mapped_column(Integer)
    blind: Mapped[bool] = mapped_column(Boolean)
    """Judges see no member names and organizations (nor the team's name)."""
    select_target: Mapped[int | None] = mapped_column(Integer)
    """How many teams the round means to select: a hint for organizers ("select the top N")."""
    share_feedback: Mapped[bool] = mapped_column(Boolean)
    """The judges' feedback lines go to the teams with their result."""
    criteria: Mapped[list[Any]]
    """``[{"id", "names", "weight", "low", "high"}, …]`` in the file's order."""
    opened_at: Mapped[datetime | None]
    """An organizer opened judging before ``opens_at``."""
    closed_at: Mapped[datetime | None]
    """An organizer closed judging before ``closes_at``."""
    published_at: Mapped[datetime | None]

    def closes(self) -> datetime:
        """When judging ends: ``closes_at``, or earlier when an organizer closed it."""
        if self.closed_at is not None and self.closed_at < self.closes_at:
            return self.closed_at
        return self.closes_at

    def state(self, now: datetime) -> RoundState:
        if self.published_at is not None:
            return RoundState.PUBLISHED
        if now >= self.closes():
            return RoundState.CLOSED
        if now >= self.opens_at or self.opened_at is not None:
            return RoundState.OPEN
        return RoundState.PLANNED

    def is_open(self, now: datetime) -> bool:
        return self.state(now) == RoundState.OPEN


class JudgeProfile(Base):
    """The organizations a judge works for or with: a team of one of them is never theirs."""

    __tablename__ = "judge_profiles"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    organizations: Mapped[list[Any]]
    updated_at: Mapped[datetime]


class JudgeConflict(Base):
    """A judge said they know a team: it is never assigned to them."""

    __tablename__ = "judge_conflicts"
    __table_args__ = (UniqueConstraint("judge_id", "team_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    declared_at: Mapped[datetime]


class JudgeAssignment(Base):
    """A team a judge scores in a round."""

    __tablename__ = "judge_assignments"
    __table_args__ = (UniqueConstraint("round_id", "team_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_rounds.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    assigned_at: Mapped[datetime]


class JudgeReview(Base):
    """One judge's scores of one team in a round, as confirmed: ``scores`` maps each
    criterion id to its points; ``comment`` is for organizers, ``feedback`` for the team."""

    __tablename__ = "judge_reviews"
    __table_args__ = (UniqueConstraint("round_id", "team_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_rounds.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    scores: Mapped[dict[str, Any]]
    comment: Mapped[str] = mapped_column(String(1000), default="")
    feedback: Mapped[str] = mapped_column(String(300), default="")
    scored_at: Mapped[datetime]


class SelectionDecision(Base):
    """The organizers' decision on a team in a round, and what the team was told of it."""

    __tablename__ = "selection_decisions"
    __table_args__ = (UniqueConstraint("round_id", "team_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_rounds.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    award: Mapped[str] = mapped_column(String(120), default="")
    """A label such as a grant won with the result; empty for none."""
    decided_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime]


class SelectionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- rounds -----------------------------------------------------------------------

    async def rounds(self, program_id: str) -> list[SelectionRound]:
        return list(
            await self.session.scalars(
                select(SelectionRound)
                .where(SelectionRound.program_id == program_id)
                .order_by(SelectionRound.position, SelectionRound.id)
            )
        )

    async def round(self, round_id: int) -> SelectionRound | None:
        return await self.session.get(SelectionRound, round_id)

    async def round_by_key(self, program_id: str, key: str) -> SelectionRound | None:
        return await self.session.scalar(
            select(SelectionRound).where(
                SelectionRound.program_id == program_id, SelectionRound.key == key
            )
        )

    async def merge_rounds(self, program_id: str, specs: list[RoundSpec]) -> None:
        """Store the file's rounds, matched by key so their scores stay attached. A round no
        longer in the file is deleted when nobody judged or decided anything in it; one that
        holds judging is kept as it is, so editing a file never deletes scores."""
        existing = {r.key: r for r in await self.rounds(program_id)}
        for position, spec in enumerate(specs):
            row = existing.pop(spec.key, None)
            if row is None:
                row = SelectionRound(program_id=program_id, key=spec.key)
                self.session.add(row)
            row.position = position
            row.names = dict(spec.names)
            row.stage_key, row.event_key = spec.stage_key, spec.event_key
            row.opens_at, row.closes_at = spec.opens_at, spec.closes_at
            row.judges_per_team = spec.judges_per_team
            row.blind, row.share_feedback = spec.blind, spec.share_feedback
            row.select_target = spec.select_target
            row.criteria = [criterion.as_json() for criterion in spec.criteria]
        for position, row in enumerate(existing.values(), start=len(specs)):
            if await self._holds_judging(row.id):
                row.position = position
            else:
                await self.session.delete(row)
        await self.session.flush()

    async def _holds_judging(self, round_id: int) -> bool:
        for model in (JudgeAssignment, JudgeReview, SelectionDecision):
            count = await self.session.scalar(
                select(func.count()).select_from(model).where(model.round_id == round_id)
            )
            if count:
                return True
        return False

    # --- judges -----------------------------------------------------------------------

    async def profile(self, participant_id: int) -> JudgeProfile | None:
        return await self.session.get(JudgeProfile, participant_id)

    async def profiles(self, participant_ids: list[int]) -> dict[int, JudgeProfile]:
        if not participant_ids:
            return {}
        rows = await self.session.scalars(
            select(JudgeProfile).where(JudgeProfile.participant_id.in_(participant_ids))
        )
        return {row.participant_id: row for row in rows}

    async def save_profile(
        self, participant_id: int, organizations: list[str], now: datetime
    ) -> JudgeProfile:
        row = await self.profile(participant_id)
        if row is None:
            row = JudgeProfile(participant_id=participant_id)
            self.session.add(row)
        row.organizations, row.updated_at = list(organizations), now
        flag_modified(row, "organizations")
        await self.session.flush()
        return row

    async def conflicts(self, judge_ids: list[int]) -> set[tuple[int, int]]:
        """``(judge, team)`` for every conflict these judges declared."""
        if not judge_ids:
            return set()
        rows = await self.session.execute(
            select(JudgeConflict.judge_id, JudgeConflict.team_id).where(
                JudgeConflict.judge_id.in_(judge_ids)
            )
        )
        return {(judge, team) for judge, team in rows}

    async def add_conflict(self, judge_id: int, team_id: int, now: datetime) -> bool:
        found = await self.session.scalar(
            select(JudgeConflict.id).where(
                JudgeConflict.judge_id == judge_id, JudgeConflict.team_id == team_id
            )
        )
        if found is not None:
            return False
        self.session.add(JudgeConflict(judge_id=judge_id, team_id=team_id, declared_at=now))
        await self.session.flush()
        return True

    # --- assignments and reviews -------------------------------------------------------

    async def assignments(self, round_id: int) -> list[JudgeAssignment]:
        return list(
            await self.session.scalars(
                select(JudgeAssignment)
                .where(JudgeAssignment.round_id == round_id)
                .order_by(JudgeAssignment.id)
            )
        )

    async def assignments_of(self, judge_id: int) -> list[JudgeAssignment]:
        return list(
            await self.session.scalars(
                select(JudgeAssignment)
                .where(JudgeAssignment.judge_id == judge_id)
                .order_by(JudgeAssignment.round_id, JudgeAssignment.id)
            )
        )

    async def is_assigned(self, round_id: int, team_id: int, judge_id: int) -> bool:
        found = await self.session.scalar(
            select(JudgeAssignment.id).where(
                JudgeAssignment.round_id == round_id,
                JudgeAssignment.team_id == team_id,
                JudgeAssignment.judge_id == judge_id,
            )
        )
        return found is not None

    async def assign(self, round_id: int, pairs: list[tuple[int, int]], now: datetime) -> None:
        """Add ``(team, judge)`` assignments to the round (one statement for all of them)."""
        if pairs:
            await self.session.execute(
                insert(JudgeAssignment),
                [
                    {"round_id": round_id, "team_id": team, "judge_id": judge, "assigned_at": now}
                    for team, judge in pairs
                ],
            )

    async def unassign(self, round_id: int, team_id: int, judge_id: int) -> None:
        await self.session.execute(
            delete(JudgeAssignment).where(
                JudgeAssignment.round_id == round_id,
                JudgeAssignment.team_id == team_id,
                JudgeAssignment.judge_id == judge_id,
            )
        )

    async def reviews(self, round_id: int) -> list[JudgeReview]:
        return list(
            await self.session.scalars(
                select(JudgeReview)
                .where(JudgeReview.round_id == round_id)
                .order_by(JudgeReview.team_id, JudgeReview.judge_id)
            )
        )

    async def reviews_of(self, judge_id: int) -> list[JudgeReview]:
        return list(
            await self.session.scalars(
                select(JudgeReview).where(JudgeReview.judge_id == judge_id).order_by(JudgeReview.id)
            )
        )

    async def review(self, round_id: int, team_id: int, judge_id: int) -> JudgeReview | None:
        return await self.session.scalar(
            select(JudgeReview).where(
                JudgeReview.round_id == round_id,
                JudgeReview.team_id == team_id,
                JudgeReview.judge_id == judge_id,
            )
        )

    async def save_review(
        self,
        round_id: int,
        team_id: int,
        judge_id: int,
        scores: dict[str, int],
        comment: str,
        feedback: str,
        now: datetime,
    ) -> JudgeReview:
        row = await self.review(round_id, team_id, judge_id)
        if row is None:
            row = JudgeReview(round_id=round_id, team_id=team_id, judge_id=judge_id)
            self.session.add(row)
        row.scores, row.comment, row.feedback, row.scored_at = dict(scores), comment, feedback, now
        flag_modified(row, "scores")
        await self.session.flush()
        return row

    async def delete_review(self, round_id: int, team_id: int, judge_id: int) -> None:
        await self.session.execute(
            delete(JudgeReview).where(
                JudgeReview.round_id == round_id,
                JudgeReview.team_id == team_id,
                JudgeReview.judge_id == judge_id,
            )
        )

    async def erase_judge(self, participant_id: int) -> None:
        """/delete_me: the judge's organizations, conflicts, assignments and scores."""
        for model, column in (
            (JudgeProfile, JudgeProfile.participant_id),
            (JudgeConflict, JudgeConflict.judge_id),
            (JudgeAssignment, JudgeAssignment.judge_id),
            (JudgeReview, JudgeReview.judge_id),
        ):
            await self.session.execute(delete(model).where(column == participant_id))

    # --- decisions ----------------------------------------------------------------------

    async def decisions(self, round_id: int) -> dict[int, SelectionDecision]:
        rows = await self.session.scalars(
            select(SelectionDecision).where(SelectionDecision.round_id == round_id)
        )
        return {row.team_id: row for row in rows}

    async def decide(
        self,
        round_id: int,
        team_id: int,
        outcome: Outcome,
        award: str | None,
        by: int | None,
        now: datetime,
    ) -> SelectionDecision:
        """Set the team's outcome; ``award=None`` keeps the award it had."""
        row = await self.session.scalar(
            select(SelectionDecision).where(
                SelectionDecision.round_id == round_id, SelectionDecision.team_id == team_id
            )
        )
        if row is None:
            row = SelectionDecision(round_id=round_id, team_id=team_id, award="")
            self.session.add(row)
        row.outcome, row.decided_by, row.decided_at = outcome, by, now
        if award is not None:
            row.award = award
        await self.session.flush()
        return row

    async def decide_undecided(
        self, round_id: int, team_ids: list[int], outcome: Outcome, now: datetime
    ) -> None:
        """Record ``outcome`` for those of ``team_ids`` without a decision (one statement)."""
        decided = set(await self.decisions(round_id))
        rows = [
            {
                "round_id": round_id,
                "team_id": team,
                "outcome": outcome,
                "award": "",
                "decided_by": None,
                "decided_at": now,
            }
            for team in team_ids
            if team not in decided
        ]
        if rows:
            await self.session.execute(insert(SelectionDecision), rows)

    async def candidate_teams(self, row: SelectionRound) -> list[TeamInfo]:
        """The teams ``row`` decides on, in name order: the program's active teams that no
        earlier published round left out. Only what judging needs is read (no members)."""
        out = await self.out_rounds(row.program_id)
        found = await self.session.execute(
            select(Team.id, Team.name, Team.organizations)
            .where(Team.program_id == row.program_id, Team.archived_at.is_(None))
            .order_by(Team.name_key)
        )
        return [
            TeamInfo(team, name, list(organizations))
            for team, name, organizations in found
            if team not in out or out[team].position >= row.position
        ]

    async def candidate_team_ids(self, row: SelectionRound) -> list[int]:
        return [team.id for team in await self.candidate_teams(row)]

    async def teams_with_deck(self, stage_id: int) -> set[int]:
        """The teams that handed in something for the stage."""
        found = await self.session.scalars(
            select(Submission.team_id).where(Submission.stage_id == stage_id).distinct()
        )
        return set(found)

    async def member_ids(self, team_ids: list[int]) -> dict[int, list[int]]:
        """The participants of each team, in the order they joined."""
        found: dict[int, list[int]] = {}
        for start in range(0, len(team_ids), 1000):
            rows = await self.session.execute(
                select(TeamMember.team_id, TeamMember.participant_id)
                .where(TeamMember.team_id.in_(team_ids[start : start + 1000]))
                .order_by(TeamMember.id)
            )
            for team, person in rows:
                found.setdefault(team, []).append(person)
        return found

    async def selected_team_ids(self, program_id: str, round_key: str) -> set[int] | None:
        """The teams selected in the round; ``None`` while its results are not published."""
        row = await self.round_by_key(program_id, round_key)
        if row is None or row.published_at is None:
            return None
        found = await self.session.scalars(
            select(SelectionDecision.team_id).where(
                SelectionDecision.round_id == row.id,
                SelectionDecision.outcome == Outcome.SELECTED,
            )
        )
        return set(found)

    async def out_rounds(self, program_id: str) -> dict[int, SelectionRound]:
        """For each team out of the program, the first published round it was not selected
        in (waitlisted counts as not selected until the team is moved up)."""
        rows = await self.session.execute(
            select(SelectionDecision.team_id, SelectionRound)
            .join(SelectionRound, SelectionRound.id == SelectionDecision.round_id)
            .where(
                SelectionRound.program_id == program_id,
                SelectionRound.published_at.is_not(None),
                SelectionDecision.outcome != Outcome.SELECTED,
            )
            .order_by(SelectionRound.position.desc())
        )
        return {team_id: row for team_id, row in rows}

    async def closing_round(
        self, program_id: str, team_id: int, deadline: datetime
    ) -> SelectionRound | None:
        """The round that left the team out, when a stage with this deadline comes after it
        (the deadline is later than the round's close); ``None`` when the team may hand in."""
        out = (await self.out_rounds(program_id)).get(team_id)
        return out if out is not None and deadline > out.closes() else None

    async def out_team_ids(self, program_id: str) -> set[int]:
        """The teams out of the program: not selected in a published round, not reinstated."""
        return set(await self.out_rounds(program_id))

    async def out_member_ids(self, program_id: str) -> set[int]:
        """The people in teams that are out of the program."""
        teams = await self.out_team_ids(program_id)
        if not teams:
            return set()
        rows = await self.session.scalars(
            select(TeamMember.participant_id).where(TeamMember.team_id.in_(teams))
        )
        return set(rows)

    async def team_results(self, team_id: int) -> list[tuple[SelectionRound, SelectionDecision]]:
        """The team's result in each published round, in the rounds' order."""
        rows = await self.session.execute(
            select(SelectionRound, SelectionDecision)
            .join(SelectionDecision, SelectionDecision.round_id == SelectionRound.id)
            .where(SelectionDecision.team_id == team_id, SelectionRound.published_at.is_not(None))
            .order_by(SelectionRound.position)
        )
        return [(r, d) for r, d in rows]
