"""The Progress page of the dashboard: for a period (and a team, or all), who has reported,
each team's indicators, the program's totals against their targets, the free-text answers and
a chart of each indicator over the periods; the workbook and the PNG chart /kpis sends, and
every reported value on the Exports page."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from bot.core import pages as p
from bot.core.exports import XLSX_MIME, Sheet
from bot.core.indicators import IndicatorGroup, program_indicators
from bot.core.kpis import Period
from bot.core.messages import Document, Msg, Text, Verbatim
from handlers.progress.common import Board, board_of, shown
from handlers.progress.indicators import (
    CSV_COLUMNS,
    charted,
    long_rows,
    panels,
    workbook_sheets,
)
from handlers.progress.organizer import PNG_MIME, reported_periods
from handlers.progress.program_level import csv_rows, totals_rows
from handlers.progress.program_level import shown as shown_indicator

SLUG = "progress"


async def _chosen(ctx: p.PageContext) -> tuple[Board, list[Period], Period] | None:
    if ctx.program is None:
        return None
    board = await board_of(ctx.uow, ctx.program)
    if board is None:
        return None
    started = board.plan.started(ctx.now())
    if not started:
        return None
    wanted = ctx.param("period")
    period = next((q for q in started if q.key == wanted), started[-1])
    return board, started, period


async def _program_level(ctx: p.PageContext, board: Board) -> list[IndicatorGroup]:
    return await program_indicators(
        ctx.services.indicators, ctx.uow, board.program.id, ctx.now(), ctx.locale
    )


def _text(ctx: p.PageContext) -> Callable[[Text], str]:
    def text(shown: Text) -> str:
        return ctx.services.translator.render(shown, ctx.locale, ctx.tz, ctx.now())

    return text


def _program_section(groups: list[IndicatorGroup]) -> list[p.Block]:
    """The program-level indicators, one table per heading; nothing when there are none."""
    if not groups:
        return []
    tables: list[p.Block] = [
        p.Table(
            [group.title, Msg("dash-progress-col-value")],
            [[item.name, _cell(shown_indicator(item.value))] for item in group.indicators],
            name=f"program-{index}",
        )
        for index, group in enumerate(groups)
    ]
    return [p.Section(Msg("progress-program-heading"), tables)]


def _cell(value: object) -> p.Cell:
    if isinstance(value, Msg | Verbatim | int | float):
        return value
    return Verbatim(str(value))


async def view(ctx: p.PageContext) -> list[p.Block]:
    if ctx.program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    found = await _chosen(ctx)
    if found is None:
        return [p.Callout(Msg("dash-progress-none"), "info")]
    board, started, period = found
    team_id = ctx.int_param("team")
    teams = [t for t in board.teams if team_id is None or t.id == team_id]
    reported = board.reported(period)
    kpis = board.plan.kpis
    filters = p.Form(
        [
            p.Select(
                "period",
                Msg("dash-progress-period"),
                [(q.key, Verbatim(q.key)) for q in reversed(started)],
                period.key,
            ),
            p.Select(
                "team",
                Msg("dash-col-team"),
                [("", Msg("dash-progress-all-teams"))]
                + [(str(t.id), Verbatim(t.name)) for t in board.teams],
                str(team_id or ""),
            ),
        ],
        name="filter",
    )
    stats = p.Stats(
        [
            p.Stat(Msg("dash-progress-reported"), len(reported), "reported"),
            p.Stat(Msg("dash-progress-missing"), len(board.teams) - len(reported), "missing"),
        ]
    )
    rows: list[list[p.Cell]] = []
    for team in teams:
        status = (
            p.Badge(Msg("dash-progress-badge-reported"), "ok")
            if team.id in reported
            else p.Badge(Msg("dash-progress-badge-missing"), "warn")
        )
        values = [
            _cell(
                shown(
                    kpi,
                    board.value(team.id, period, kpi)
                    if kpi.type == "text"
                    else board.running(kpi, team.id, period),
                )
            )
            for kpi in kpis
        ]
        rows.append([Verbatim(team.name), status, *values])
    table = p.Table(
        [Msg("dash-col-team"), Msg("dash-progress-col-status")]
        + [Verbatim(k.name(ctx.locale)) for k in kpis],
        rows,
        name="teams",
    )
    ids = [t.id for t in teams]
    totals = p.Table(
        [
            Msg("dash-progress-col-indicator"),
            Msg("dash-progress-col-total"),
            Msg("dash-progress-col-target"),
        ],
        [
            [
                Verbatim(kpi.name(ctx.locale)),
                _cell(shown(kpi, board.total(kpi, period, ids))),
                _cell(shown(kpi, kpi.target)) if kpi.target is not None else None,
            ]
            for kpi in charted(board)
        ],
        name="totals",
    )
    periods = reported_periods(board, started, period)
    charts = [
        p.Chart(
            Verbatim(kpi.name(ctx.locale) + (f" ({kpi.currency})" if kpi.currency else "")),
            [
                p.Series(
                    Msg("dash-progress-total-series"),
                    [
                        (
                            q.opens_at,
                            _whole(board.total(kpi, q, ids)),
                        )
                        for q in periods
                    ],
                )
            ],
        )
        for kpi in charted(board)
        if any(
            board.total(kpi, q, ids) for q in periods
        )  # an indicator nobody has reported a value for has no line to draw
    ]
    downloads = p.Section(
        None,
        [
            p.Link(Msg("dash-progress-download-xlsx"), SLUG, {"period": period.key}, "xlsx"),
            p.Link(Msg("dash-progress-download-chart"), SLUG, {"period": period.key}, "chart"),
        ],
    )
    return [
        filters,
        stats,
        p.Section(Msg("dash-progress-per-team"), [table]),
        p.Section(Msg("dash-progress-totals"), [totals]),
        *_program_section(await _program_level(ctx, board)),
        p.Section(Msg("dash-progress-texts"), [_texts(board, period, ids, ctx.locale)]),
        p.Section(Msg("dash-progress-charts"), charts),
        downloads,
    ]


def _whole(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def _texts(board: Board, period: Period, ids: list[int], locale: str) -> p.Table:
    names = {t.id: t.name for t in board.teams}
    rows: list[list[p.Cell]] = []
    for report in board.reports:
        if report.period_key != period.key or report.team_id not in ids:
            continue
        for kpi in board.plan.kpis:
            text = report.values.get(kpi.key)
            if kpi.type == "text" and isinstance(text, str):
                rows.append(
                    [Verbatim(names[report.team_id]), Verbatim(kpi.name(locale)), Verbatim(text)]
                )
    return p.Table(
        [Msg("dash-col-team"), Msg("dash-progress-col-indicator"), Msg("dash-progress-col-text")],
        rows,
        name="texts",
    )


def _stamp(ctx: p.PageContext) -> str:
    now: datetime = ctx.now()
    return now.strftime("%Y%m%d-%H%M")


async def workbook(ctx: p.PageContext) -> Document | None:
    found = await _chosen(ctx)
    if found is None:
        return None
    board, started, period = found
    program_rows = totals_rows(await _program_level(ctx, board), _text(ctx))
    periods = reported_periods(board, started, period)
    sheets = workbook_sheets(board, periods, ctx.locale, program_rows)
    name = f"{board.program.id}-kpis-{_stamp(ctx)}.xlsx"
    return Document(name, ctx.services.spreadsheets.write(sheets), XLSX_MIME)


async def chart(ctx: p.PageContext) -> Document | None:
    found = await _chosen(ctx)
    if found is None:
        return None
    board, started, period = found
    drawn = panels(board, reported_periods(board, started, period), ctx.locale)
    picture = await asyncio.to_thread(ctx.services.charts.png, drawn)
    return Document(f"{board.program.id}-kpis-{_stamp(ctx)}.png", picture, PNG_MIME)


async def values_table(ctx: p.PageContext) -> Sheet:
    found = await _chosen(ctx)
    if found is None:
        return Sheet("progress", CSV_COLUMNS, [])
    board, started, _ = found
    program_rows = csv_rows(await _program_level(ctx, board), started[-1].key, _text(ctx))
    return Sheet("progress", CSV_COLUMNS, long_rows(board, started, ctx.locale) + program_rows)


PAGE = p.Page(
    SLUG,
    "dash-page-progress",
    view,
    downloads=(p.Download("xlsx", workbook), p.Download("chart", chart)),
    order=60,
)
EXPORT = p.Export("progress", "dash-export-progress", table=values_table)
