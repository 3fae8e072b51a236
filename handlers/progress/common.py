"""What every part of progress reporting reads: the program's plan, the teams that report,
the values people see (a number, an amount, yes/no, a text) and the program's board."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.kpis import (
    Kpi,
    Period,
    Reporting,
    Reports,
    TeamReport,
    Value,
    aggregate,
    reporting_of,
    running_series,
)
from bot.core.messages import ArgValue, Msg
from storage.models import Program, Team
from storage.progress import ProgressRepository
from storage.selection import SelectionRepository
from storage.teams import TeamRole
from storage.uow import UnitOfWork

CATEGORY = "progress"


def plan_of(program: Program) -> Reporting | None:
    return reporting_of(program.settings)


async def reporting_teams(uow: UnitOfWork, program: Program, plan: Reporting) -> list[Team]:
    """The program's teams that report, by name: every team that is neither archived nor out
    of the program (not selected in a published selection round); with ``selected:ROUND``,
    only the teams that round selected (none before its results are published)."""
    selection = uow.get(SelectionRepository)
    out = await selection.out_team_ids(program.id)
    teams = [team for team in await uow.teams.in_program(program.id) if team.id not in out]
    if plan.selected_in is None:
        return teams
    chosen = await selection.selected_team_ids(program.id, plan.selected_in) or set()
    return [team for team in teams if team.id in chosen]


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


@dataclass
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

    def __post_init__(self) -> None:
        self._keys = [p.key for p in self.plan.periods]
        self._series: dict[tuple[str, int], list[Value | None]] = {}

    def running(self, kpi: Kpi, team_id: int, period: Period) -> Value | None:
        """The team's value of ``kpi`` as of ``period`` (``running_value``, computed once per
        team and indicator for every period)."""
        series = self._series.get((kpi.key, team_id))
        if series is None:
            series = running_series(kpi, self.reports, team_id, self._keys)
            self._series[(kpi.key, team_id)] = series
        return series[self._keys.index(period.key)]

    def total(
        self, kpi: Kpi, period: Period, team_ids: Sequence[int] | None = None
    ) -> Value | None:
        """The program's value of ``kpi`` as of ``period`` (of ``team_ids``, or every team)."""
        ids = self.team_ids if team_ids is None else team_ids
        return aggregate(kpi, (self.running(kpi, team, period) for team in ids))


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
