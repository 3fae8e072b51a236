"""/kpis for organizers: who has reported for the period and who has not, each team's values
and the program's totals against their targets, then the workbook, the chart and the CSV.

``/kpis 2024-12-25`` shows that period; without, the latest that has opened.
"""

from __future__ import annotations

import asyncio
from datetime import date

from bot.core.context import Context
from bot.core.exports import CSV_MIME, XLSX_MIME, csv_bytes
from bot.core.indicators import program_indicators
from bot.core.kpis import Period
from bot.core.messages import ArgValue, Document, LocalTime, Msg, Reply, Text
from bot.core.roles import Role
from bot.core.router import Router
from handlers.progress.common import Board, board_of
from handlers.progress.indicators import (
    CSV_COLUMNS,
    legend_line,
    long_rows,
    panels,
    team_lines,
    total_lines,
    workbook_sheets,
)
from handlers.progress.program_level import chat_message, csv_rows, totals_rows
from handlers.teams.common import current_program

router = Router()
PNG_MIME = "image/png"


@router.command("kpis", help_id="help-kpis", roles=(Role.ORGANIZER,))
async def kpis(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    board = await board_of(ctx.uow, program)
    if board is None:
        ctx.reply("progress-not-planned")
        return
    started = board.plan.started(ctx.now())
    if not started:
        upcoming = board.plan.periods[0]
        ctx.reply("progress-none-yet", opens=LocalTime(upcoming.opens_at, place=program.time_zone))
        return
    wanted = ctx.message.command_arg.strip()
    period = next((p for p in started if p.key == wanted), None) if wanted else started[-1]
    if period is None:
        ctx.reply("progress-no-such-period", periods=", ".join(p.key for p in started))
        return
    await _send_board(ctx, board, period, reported_periods(board, started, period))


def reported_periods(board: Board, started: list[Period], period: Period) -> list[Period]:
    """The periods up to ``period``, from the first one any team reported for (the workbook
    and the chart leave out the empty months before reporting began)."""
    until = started[: started.index(period) + 1]
    keys = {report.period_key for report in board.reports}
    first = next((i for i, p in enumerate(until) if p.key in keys), len(until) - 1)
    return until[first:]


CHAT_TEAMS = 30
"""Teams listed in the chat (ten a message); a larger program's are all in the workbook."""
ROWS_PER_MESSAGE = 10
"""A message's rows are one Fluent placeable (at most 1,000 characters)."""
NAMED_MISSING = 20


async def _send_board(ctx: Context, board: Board, period: Period, periods: list[Period]) -> None:
    program = board.program
    reported = board.reported(period)
    missing = [team.name for team in board.teams if team.id not in reported]
    named: ArgValue = ", ".join(missing[:NAMED_MISSING]) or Msg("progress-nobody-missing")
    if len(missing) > NAMED_MISSING:
        named = Msg("progress-missing-more", {"names": named, "more": len(missing) - NAMED_MISSING})
    stamp = ctx.now().strftime("%Y%m%d-%H%M")
    groups = await program_indicators(
        ctx.services.indicators, ctx.uow, program.id, ctx.now(), ctx.locale
    )

    def text(shown: Text) -> str:
        return ctx.services.translator.render(shown, ctx.locale, ctx.tz, ctx.now())

    workbook = ctx.services.spreadsheets.write(
        workbook_sheets(board, periods, ctx.locale, totals_rows(groups, text))
    )
    ctx.reply(
        "progress-kpis",
        period=date.fromisoformat(period.key),
        closes=LocalTime(period.closes_at, place=program.time_zone),
        reported=len(reported),
        teams=len(board.teams),
        missing=named,
        totals=total_lines(board, period, ctx.locale),
    )
    rows = team_lines(board, period)
    for start in range(0, min(len(rows), CHAT_TEAMS), ROWS_PER_MESSAGE):
        ctx.reply(
            "progress-kpis-teams",
            legend=legend_line(board, ctx.locale),
            rows=rows[start : min(start + ROWS_PER_MESSAGE, CHAT_TEAMS)],
        )
    if groups:
        ctx.send(Reply(chat_message(groups)))
    ctx.reply(
        "progress-workbook" if len(rows) <= CHAT_TEAMS else "progress-workbook-more",
        document=Document(f"{program.id}-kpis-{stamp}.xlsx", workbook, XLSX_MIME),
        more=len(rows) - CHAT_TEAMS,
    )
    picture = await asyncio.to_thread(ctx.services.charts.png, panels(board, periods, ctx.locale))
    ctx.send(
        Reply(
            Msg("progress-chart", {"periods": len(periods)}),
            document=Document(f"{program.id}-kpis-{stamp}.png", picture, PNG_MIME, photo=True),
        )
    )
    rows_of_csv = long_rows(board, periods, ctx.locale) + csv_rows(groups, period.key, text)
    content = csv_bytes(CSV_COLUMNS, rows_of_csv)
    ctx.send(
        Reply(
            Msg("progress-csv"),
            document=Document(f"{program.id}-kpis-{stamp}.csv", content, CSV_MIME),
        )
    )
