"""The program's indicators per team and in total, as the organizers see them: lines for the
chat, a workbook, a CSV and chart panels. Shared by ``/kpis`` and the dashboard's page.

Per team, a cumulative indicator is the sum of what it reported up to the period, a level the
last value it reported; the program's total sums the teams (a percent: their mean; yes/no: the
teams answering yes). A team that has not reported for a period keeps its earlier values.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from bot.core.charts import Panel
from bot.core.exports import Cell, Sheet
from bot.core.kpis import Kpi, Period, Value
from bot.core.messages import Msg
from handlers.progress.common import Board, plain, shown

CSV_COLUMNS = ("period", "team", "indicator", "indicator_name", "value", "cumulative_value")


def charted(board: Board) -> list[Kpi]:
    return [kpi for kpi in board.plan.kpis if kpi.type != "text"]


def total_lines(board: Board, period: Period, locale: str) -> list[Msg]:
    lines = []
    for kpi in charted(board):
        total = board.total(kpi, period)
        args = {"name": kpi.name(locale), "value": shown(kpi, total)}
        if kpi.target is not None:
            lines.append(Msg("progress-total-target", {**args, "target": shown(kpi, kpi.target)}))
        else:
            lines.append(Msg("progress-total", args))
    return lines


def team_lines(board: Board, period: Period) -> list[Msg]:
    """One line per team: its values as of the period, in the order of ``legend_line``."""
    reported = board.reported(period)
    lines = []
    for team in board.teams:
        cells = [cell_text(kpi, board.running(kpi, team.id, period)) for kpi in charted(board)]
        lines.append(
            Msg(
                "progress-team-line" if team.id in reported else "progress-team-line-missing",
                {"team": team.name, "values": " · ".join(cells)},
            )
        )
    return lines


def cell_text(kpi: Kpi, value: Value | None) -> str:
    """A value in a row of the chat's table: digits grouped, ✓/✗ for yes/no, – for none."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return value
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"
    return text + ("%" if kpi.type == "percent" else "")


def legend_line(board: Board, locale: str) -> str:
    return " · ".join(kpi.name(locale) for kpi in charted(board))


def period_sheet(board: Board, period: Period, locale: str) -> Sheet:
    reported = board.reported(period)
    header = ["team", "reported", *(kpi.name(locale) for kpi in board.plan.kpis)]
    rows: list[list[Cell]] = []
    for team in board.teams:
        rows.append(
            [
                team.name,
                "yes" if team.id in reported else "no",
                *(
                    plain(kpi, board.value(team.id, period, kpi))
                    if kpi.type == "text"
                    else plain(kpi, board.running(kpi, team.id, period))
                    for kpi in board.plan.kpis
                ),
            ]
        )
    return Sheet(period.key, header, rows)


def totals_sheet(
    board: Board, periods: list[Period], locale: str, program_rows: list[list[Cell]]
) -> Sheet:
    """The program's totals per period and the targets, then the program-level indicators."""
    kpis = charted(board)
    header = ["period", "teams_reported", *(kpi.name(locale) for kpi in kpis)]
    rows: list[list[Cell]] = []
    for period in periods:
        rows.append(
            [
                date.fromisoformat(period.key),
                len(board.reported(period)),
                *(plain(kpi, board.total(kpi, period)) for kpi in kpis),
            ]
        )
    rows.append(["target", None, *(kpi.target for kpi in kpis)])
    return Sheet("totals", header, rows + program_rows)


def texts_sheet(board: Board, periods: list[Period], locale: str) -> Sheet:
    names = {team.id: team.name for team in board.teams}
    rows: list[list[Cell]] = []
    for period in periods:
        for report in board.reports:
            if report.period_key != period.key:
                continue
            for kpi in board.plan.kpis:
                text = report.values.get(kpi.key)
                if kpi.type == "text" and isinstance(text, str):
                    rows.append(
                        [
                            date.fromisoformat(period.key),
                            names[report.team_id],
                            kpi.name(locale),
                            text,
                        ]
                    )
    return Sheet("texts", ["period", "team", "indicator", "text"], rows)


def workbook_sheets(
    board: Board, periods: list[Period], locale: str, program_rows: list[list[Cell]]
) -> list[Sheet]:
    """One sheet per period, the totals (with ``program_rows`` under them: the program-level
    indicators), and the free-text answers."""
    return [
        *(period_sheet(board, p, locale) for p in periods),
        totals_sheet(board, periods, locale, program_rows),
        texts_sheet(board, periods, locale),
    ]


def long_rows(board: Board, periods: list[Period], locale: str) -> list[list[Cell]]:
    """Every reported value, one row each (the CSV)."""
    names = {team.id: team.name for team in board.teams}
    rows: list[list[Cell]] = []
    for period in periods:
        for report in board.reports:
            if report.period_key != period.key:
                continue
            for kpi in board.plan.kpis:
                if kpi.key not in report.values:
                    continue
                running = (
                    plain(kpi, board.running(kpi, report.team_id, period))
                    if kpi.cumulative
                    else None
                )
                rows.append(
                    [
                        period.key,
                        names[report.team_id],
                        kpi.key,
                        kpi.name(locale),
                        plain(kpi, report.values[kpi.key]),
                        running,
                    ]
                )
    return rows


MAX_CHARTED_TEAMS = 10
"""Teams drawn one by one in a panel; the others are one series labelled ``+N`` (their count)."""


def panels(board: Board, periods: list[Period], locale: str) -> list[Panel]:
    """One panel per indicator that is not a text: each team's value over the periods (the ten
    with the highest last value; the others added up, or averaged for a percent)."""
    found = []
    for kpi in charted(board):
        series: list[tuple[str, list[float]]] = []
        for team in board.teams:
            values = []
            for period in periods:
                value = board.running(kpi, team.id, period)
                values.append(_drawn(value))
            series.append((team.name, values))
        series.sort(key=lambda named: -named[1][-1] if named[1] else 0)
        shown, rest = series[:MAX_CHARTED_TEAMS], series[MAX_CHARTED_TEAMS:]
        if rest:
            columns = list(zip(*(values for _, values in rest), strict=True))
            merged = [sum(c) / len(c) if kpi.type == "percent" else sum(c) for c in columns]
            shown.append((f"+{len(rest)}", merged))
        title = kpi.name(locale) + (f" ({kpi.currency})" if kpi.currency else "")
        style: Literal["stacked", "lines"] = "lines" if kpi.type == "percent" else "stacked"
        found.append(Panel(title, [p.key for p in periods], shown, style))
    return found


def _drawn(value: Value | None) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    return 0.0
