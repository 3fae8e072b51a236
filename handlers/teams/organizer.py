"""What organizers see of the teams: a paged list filterable by a stage's status (teams a
selection round left out of the program have a filter of their own), a team's detail, and a
CSV export of teams and members."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import Button, Document, LocalTime, Msg, Reply
from bot.core.roles import Role
from bot.core.router import Router
from handlers.selection.results import show_results
from handlers.teams.buttons import TeamDetail, TeamsFilter, TeamsPage
from handlers.teams.common import current_program, team_card
from handlers.teams.fields import clean_text
from storage.models import Program, Team
from storage.selection import SelectionRepository
from storage.uow import UnitOfWork

router = Router()

PAGE_SIZE = 10
STATUSES = ("on_time", "late", "missing")
ALL = "all"
OUT = "out"
"""Teams out of the program after a selection round: the other lists leave them out."""


async def teams_by_status(
    uow: UnitOfWork, program: Program, stage_id: int, status: str, search: str = ""
) -> list[Team]:
    """The program's teams (``/teams`` and the dashboard): those still in the program, or
    those whose latest version for the stage is ``on_time``, ``late`` or ``missing`` against
    each team's own deadline, or (``out``) those a selection round left out; with ``search``,
    those whose name holds it (ignoring case)."""
    teams = await uow.teams.in_program(program.id)
    wanted = clean_text(search).casefold()
    if wanted:
        teams = [team for team in teams if wanted in team.name_key]
    out = await uow.get(SelectionRepository).out_team_ids(program.id)
    if status == OUT:
        return [team for team in teams if team.id in out]
    teams = [team for team in teams if team.id not in out]
    stage = next((s for s in program.stages if s.id == stage_id), None)
    if status == ALL or stage is None:
        return teams
    return [
        team for team in teams if await uow.submissions.stage_status(team.id, stage) == status
    ]


async def show_page(ctx: Context, page: int, stage_id: int, status: str) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    stage = next((s for s in program.stages if s.id == stage_id), None)
    if status not in (ALL, OUT) and (stage is None or status not in STATUSES):
        await ctx.router.flows.stale(ctx)
        return
    teams = await teams_by_status(ctx.uow, program, stage_id, status)
    pages = max(1, -(-len(teams) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = teams[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    buttons = [
        Button(
            Msg("teams-button-team", {"name": team.name, "size": len(team.members)}),
            TeamDetail(team.id).pack(),
        )
        for team in shown
    ]
    if page > 0:
        buttons.append(
            Button(Msg("teams-button-previous"), TeamsPage(page - 1, stage_id, status).pack())
        )
    if page < pages - 1:
        buttons.append(
            Button(Msg("teams-button-next"), TeamsPage(page + 1, stage_id, status).pack())
        )
    buttons.append(Button(Msg("teams-button-filter"), TeamsFilter().pack()))
    if status == OUT:
        heading = Msg("sel-teams-filter-out")
    elif stage is None:
        heading = Msg("teams-filter-all")
    else:
        heading = Msg(
            "teams-filter-stage",
            {
                "stage": stage.names.get(ctx.locale, stage.key),
                "status": Msg(f"team-stage-{status}"),
            },
        )
    ctx.reply(
        "teams-page",
        buttons=buttons,
        filter=heading,
        count=len(teams),
        page=page + 1,
        pages=pages,
    )


@router.command("teams", help_id="help-teams", roles=(Role.ORGANIZER,))
async def teams(ctx: Context) -> None:
    await show_page(ctx, 0, 0, ALL)


@router.button(TeamsPage, roles=(Role.ORGANIZER,))
async def teams_page(ctx: Context, pressed: TeamsPage) -> None:
    await show_page(ctx, pressed.page, pressed.stage, pressed.status)


@router.button(TeamsFilter, roles=(Role.ORGANIZER,))
async def teams_filter(ctx: Context, pressed: TeamsFilter) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    buttons = [Button(Msg("teams-button-all"), TeamsPage(0, 0, ALL).pack())]
    for stage in program.stages:
        for status in STATUSES:
            label = Msg(
                "teams-filter-button",
                {
                    "stage": stage.names.get(ctx.locale, stage.key),
                    "status": Msg(f"teams-filter-mark-{status}"),
                },
            )
            buttons.append(Button(label, TeamsPage(0, stage.id, status).pack()))
    if await ctx.uow.get(SelectionRepository).out_team_ids(program.id):
        buttons.append(Button(Msg("sel-teams-button-out"), TeamsPage(0, 0, OUT).pack()))
    ctx.reply("teams-filter-choose", buttons=buttons)


@router.button(TeamDetail, roles=(Role.ORGANIZER,))
async def team_detail(ctx: Context, pressed: TeamDetail) -> None:
    team = await ctx.uow.teams.get(pressed.team)
    program = await ctx.uow.programs.get(team.program_id) if team else None
    if team is None or program is None:
        await ctx.router.flows.stale(ctx)
        return
    ctx.send(Reply(await team_card(ctx, team, program)))
    await show_results(ctx, team)


CSV_COLUMNS = (
    "team",
    "project_title",
    "description",
    "sdgs",
    "organizations",
    "contact_email",
    "contact_phone",
    "created_at",
    "member",
    "channel",
    "member_id",
    "role",
    "joined_at",
)


async def teams_sheet(uow: UnitOfWork, program: Program) -> Sheet:
    """One row per member of each team of the program (``/export`` and the dashboard)."""
    rows: list[tuple[Cell, ...]] = []
    for team in await uow.teams.in_program(program.id):
        organizations = "; ".join(f"{org['name']} ({org['country']})" for org in team.organizations)
        for member in team.members:
            person = member.participant
            rows.append(
                (
                    team.name,
                    team.project_title,
                    team.description,
                    " ".join(str(n) for n in team.sdgs),
                    organizations,
                    team.contact_email,
                    team.contact_phone,
                    team.created_at,
                    person.display_name or "",
                    person.channel,
                    person.external_id,
                    member.role,
                    member.joined_at,
                )
            )
    return Sheet("teams", CSV_COLUMNS, rows)


@router.command("export", help_id="help-export", roles=(Role.ORGANIZER,))
async def export(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    teams = await ctx.uow.teams.in_program(program.id)
    sheet = await teams_sheet(ctx.uow, program)
    content = csv_bytes(sheet.header, sheet.rows)
    file_name = f"{program.id}-teams-{ctx.now().strftime('%Y%m%d-%H%M')}.csv"
    ctx.reply(
        "teams-export",
        document=Document(file_name, content, CSV_MIME),
        teams=len(teams),
        at=LocalTime(ctx.now()),
    )
