"""/leads: every introduction request of the program with its state and the time to answer,
per team and per visitor organization, as a CSV or XLSX file too; and the counts the
progress KPIs use (introductions requested, accepted, meetings held)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core import pages as p
from bot.core.context import Context
from bot.core.exports import CSV_MIME, XLSX_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import ArgValue, Button, Document, Msg, Verbatim
from bot.core.roles import Role
from bot.core.router import Router
from handlers.matching.buttons import LeadsFile
from handlers.matching.common import repo
from storage.matching import OPEN_STATES, Introduction, IntroState
from storage.uow import UnitOfWork

router = Router()

HEADER = (
    "request",
    "asked_at",
    "team",
    "project",
    "visitor",
    "organization",
    "country",
    "offers",
    "state",
    "answered_at",
    "hours_to_answer",
    "meeting_at",
)


@dataclass(frozen=True)
class IntroductionCounts:
    """The program-level indicators of matching (for the progress KPIs and /leads)."""

    requested: int
    open: int
    accepted: int
    declined: int
    expired: int
    meetings_arranged: int
    meetings_held: int


def state_at(intro: Introduction, now: datetime) -> str:
    """The state as of ``now``: an open request whose time ran out is expired, even before
    the planner marked it."""
    if intro.state in OPEN_STATES and intro.expires_at <= now:
        return IntroState.EXPIRED
    return "open" if intro.state in OPEN_STATES else intro.state


def count(intros: list[Introduction], now: datetime) -> IntroductionCounts:
    states = Counter(state_at(i, now) for i in intros)
    arranged = [i for i in intros if i.meeting_at is not None]
    return IntroductionCounts(
        requested=len(intros),
        open=states["open"],
        accepted=states[IntroState.ACCEPTED],
        declined=states[IntroState.DECLINED],
        expired=states[IntroState.EXPIRED],
        meetings_arranged=len(arranged),
        meetings_held=sum(1 for i in arranged if i.meeting_at is not None and i.meeting_at <= now),
    )


async def introduction_counts(
    uow: UnitOfWork, program_id: str, now: datetime
) -> IntroductionCounts:
    return count(await repo(uow).in_program(program_id), now)


def answer_time(intro: Introduction) -> timedelta | None:
    return intro.answered_at - intro.created_at if intro.answered_at is not None else None


def _median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


async def _rows(uow: UnitOfWork, program_id: str) -> list[tuple[Introduction, str, str, str]]:
    """Each request with its team's name, the project's title and the visitor's name."""
    rows = []
    for intro in await repo(uow).in_program(program_id):
        team = await uow.teams.get(intro.team_id)
        project = await repo(uow).project(intro.project_id)
        visitor = await repo(uow).visitor(intro.visitor_id)
        rows.append(
            (
                intro,
                team.name if team else "",
                project.title if project else "",
                visitor.name if visitor else "",
            )
        )
    return rows


def _tally(groups: dict[str, list[Introduction]], now: datetime) -> list[Msg]:
    lines = []
    for name in sorted(groups):
        counts = count(groups[name], now)
        lines.append(
            Msg(
                "match-leads-group-line",
                {
                    "name": Verbatim(name),
                    "requested": counts.requested,
                    "accepted": counts.accepted,
                    "declined": counts.declined,
                    "open": counts.open,
                    "expired": counts.expired,
                },
            )
        )
    return lines


@router.command("leads", help_id="help-leads", roles=(Role.ORGANIZER,))
async def leads(ctx: Context) -> None:
    now = ctx.now()
    rows = await _rows(ctx.uow, ctx.participant.program_id or "")
    intros = [row[0] for row in rows]
    if not intros:
        ctx.reply("match-leads-none")
        return
    counts = count(intros, now)
    by_team: dict[str, list[Introduction]] = {}
    by_org: dict[str, list[Introduction]] = {}
    lines = []
    for intro, team, title, visitor in rows:
        by_team.setdefault(team, []).append(intro)
        by_org.setdefault(intro.organization, []).append(intro)
        took = answer_time(intro)
        args: dict[str, ArgValue] = {
            "n": intro.id,
            "organization": Verbatim(intro.organization),
            "visitor": Verbatim(visitor),
            "team": Verbatim(team),
            "title": Verbatim(title),
            "state": Msg(f"match-state-{state_at(intro, now)}"),
            "asked": intro.created_at,
        }
        if took is not None:
            lines.append(Msg("match-leads-line-answered", {**args, "took": took}))
        else:
            lines.append(Msg("match-leads-line", args))
    median = _median([t for t in (answer_time(i) for i in intros) if t is not None])
    ctx.reply(
        "match-leads",
        buttons=[
            Button(Msg("match-button-csv"), LeadsFile("csv").pack()),
            Button(Msg("match-button-xlsx"), LeadsFile("xlsx").pack()),
        ],
        requested=counts.requested,
        open=counts.open,
        accepted=counts.accepted,
        declined=counts.declined,
        expired=counts.expired,
        arranged=counts.meetings_arranged,
        held=counts.meetings_held,
        median=median if median is not None else Msg("match-leads-no-answer"),
        requests=lines,
        teams=_tally(by_team, now),
        organizations=_tally(by_org, now),
    )


async def leads_sheet(uow: UnitOfWork, program_id: str, now: datetime) -> Sheet:
    """Every request of the program, one per row (``HEADER``)."""
    table: list[list[Cell]] = []
    for intro, team, title, name in await _rows(uow, program_id):
        took = answer_time(intro)
        visitor = await repo(uow).visitor(intro.visitor_id)
        table.append(
            [
                intro.id,
                intro.created_at,
                team,
                title,
                name,
                intro.organization,
                visitor.country if visitor else "",
                " ".join(str(o) for o in visitor.offers) if visitor else "",
                state_at(intro, now),
                intro.answered_at,
                round(took.total_seconds() / 3600, 1) if took is not None else None,
                intro.meeting_at,
            ]
        )
    return Sheet("leads", HEADER, table)


@router.button(LeadsFile, roles=(Role.ORGANIZER,))
async def leads_file(ctx: Context, pressed: LeadsFile) -> None:
    now = ctx.now()
    sheet = await leads_sheet(ctx.uow, ctx.participant.program_id or "", now)
    stamp = now.strftime("%Y%m%d-%H%M")
    if pressed.kind == "xlsx":
        content = ctx.services.spreadsheets.write([sheet])
        ctx.reply("match-leads-file", document=Document(f"leads-{stamp}.xlsx", content, XLSX_MIME))
    elif pressed.kind == "csv":
        content = csv_bytes(sheet.header, sheet.rows)
        ctx.reply("match-leads-file", document=Document(f"leads-{stamp}.csv", content, CSV_MIME))
    else:
        await ctx.router.flows.stale(ctx)


async def _export_table(ctx: p.PageContext) -> Sheet:
    program_id = ctx.program.id if ctx.program is not None else ""
    return await leads_sheet(ctx.uow, program_id, ctx.now())


EXPORT = p.Export("leads", "match-export-leads", table=_export_table)
"""The same table on the dashboard's Exports page (CSV and XLSX)."""
