"""What every part of progress reporting reads: the program's plan, the teams that report,
the values people see (a number, an amount, yes/no, a text) and the program's board."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.kpis import Kpi, Period, Reporting, Reports, TeamReport, Value, reporting_of
from bot.core.messages import ArgValue, Msg
from storage.models import Program, Team
from storage.progress import ProgressRepository
from storage.teams import TeamRole
from storage.uow import UnitOfWork

CATEGORY = "progress"


def plan_of(program: Program) -> Reporting | None:
    return reporting_of(program.settings)


async def reporting_teams(uow: UnitOfWork, program: Program, plan: Reporting) -> list[Team]:
    """The program's teams that report, by name: every team that is not archived."""
    return await uow.teams.in_program(program.id)


def leads(team: Team) -> list[int]:
    return [m.participant_id for m in team.members if m.role == TeamRole.LEAD]


def shown(kpi: Kpi, value: Value | None) -> ArgValue:
    """A value as a message argument in the reader's language."""
    if value is None:
        return Msg("progress-value-none")
    if kpi.type == "yes_no":
        return Msg("progress-value-yes" if value is True else "progress-value-no")
    if kpi.type == "money":
        return Msg("progress-value-money", {"amount": value, "currency": kpi.currency or ""})
    if kpi.type == "percent":
        return Msg("progress-value-percent", {"value": value})
    return value  # a count (a number) or a text (as typed)


def plain(kpi: Kpi, value: Value | None) -> str | int | float | None:
    """A value for a spreadsheet cell: a number stays a number, yes/no is a word."""
    if value is None:
        return None
    if kpi.type == "yes_no":
        return "yes" if value is True else "no"
    return value


@dataclass(frozen=True)
class Board:
    """Everything the organizers' views need of one program, read in one go."""

    program: Program
    plan: Reporting
    teams: Sequence[Team]
    reports: Reports

    @property
    def team_ids(self) -> list[int]:
        return [team.id for team in self.teams]

    def reported(self, period: Period) -> set[int]:
        return self.reports.reported(period.key) & set(self.team_ids)

    def value(self, team_id: int, period: Period, kpi: Kpi) -> Value | None:
        values = self.reports.of(team_id, period.key)
        return values.get(kpi.key) if values is not None else None

    def keys_until(self, period: Period) -> list[str]:
        """The keys of the periods up to and including ``period``, in order."""
        keys = [p.key for p in self.plan.periods]
        return keys[: keys.index(period.key) + 1]


async def board_of(uow: UnitOfWork, program: Program) -> Board | None:
    plan = plan_of(program)
    if plan is None:
        return None
    teams = await reporting_teams(uow, program, plan)
    ids = {team.id for team in teams}
    rows = await uow.get(ProgressRepository).of_program(program.id)
    reports = Reports(
        TeamReport(r.team_id, r.period_key, r.values) for r in rows if r.team_id in ids
    )
    return Board(program, plan, teams, reports)
