"""What the submission features share: the sender's team, stage names, deadlines, open stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.context import Context
from bot.core.messages import LocalTime, Verbatim
from storage.models import Stage, Team
from storage.selection import SelectionRepository, SelectionRound
from storage.uow import UnitOfWork

ACCEPT_LATE = "accept_late"


@dataclass(frozen=True)
class OpenStage:
    stage: Stage
    deadline: datetime  # the stage's, or the team's extension

    def late_at(self, moment: datetime) -> bool:
        return moment > self.deadline


def stage_name(stage: Stage, locale: str) -> Verbatim:
    return Verbatim(stage.names.get(locale) or stage.names.get("en") or stage.key)


async def deadline_time(uow: UnitOfWork, stage: Stage, deadline: datetime) -> LocalTime:
    """A deadline of ``stage`` as shown: labelled with whose clock it is on when the reader's
    is not the program's."""
    program = await uow.programs.get(stage.program_id)
    return LocalTime(deadline, place=program.time_zone if program is not None else None)


LINK = "link"


def kinds_text(stage: Stage, files_only: bool = False) -> str:
    """What the stage accepts, language-neutral: ``PDF, PPTX`` (a link shows as ``URL``)."""
    return ", ".join(
        "URL" if kind == LINK else kind.upper()
        for kind in stage.accepts
        if not (files_only and kind == LINK)
    )


async def team_of_sender(ctx: Context) -> Team | None:
    program_id = ctx.participant.program_id
    if program_id is None:
        return None
    return await ctx.uow.teams.team_of(ctx.participant.id, program_id)


async def program_stages(ctx: Context, program_id: str) -> list[Stage]:
    program = await ctx.uow.programs.get(program_id)
    return list(program.stages) if program is not None else []


async def open_stages(ctx: Context, team: Team) -> list[OpenStage]:
    """Stages the team can hand in for now: opened, before its deadline unless late versions
    are accepted, and not after a selection round that left the team out."""
    now = ctx.now()
    found = []
    for stage in await program_stages(ctx, team.program_id):
        deadline = await ctx.uow.submissions.deadline_for(team.id, stage)
        in_window = stage.opens_at <= now and (now <= deadline or stage.late_policy == ACCEPT_LATE)
        if in_window and await closed_by_selection(ctx, team, deadline) is None:
            found.append(OpenStage(stage, deadline))
    return found


async def closed_by_selection(
    ctx: Context, team: Team, deadline: datetime
) -> SelectionRound | None:
    """The selection round that left the team out, when a stage with this deadline comes
    after it; ``None`` when the team may hand in."""
    return await ctx.uow.get(SelectionRepository).closing_round(team.program_id, team.id, deadline)
