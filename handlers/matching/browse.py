"""Browsing the published projects: the list, ranked so that a visitor's offer meets a team's
need first and filtered by SDG and by what the team looks for; a project's card with its
deck (when the lead made it public) and *Request an introduction*."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button, Document, Msg, Reply, Verbatim
from bot.core.router import Router
from handlers.matching.buttons import Browse, FilterBy, ProjectDeck, ProjectDetails, RequestIntro
from handlers.matching.common import NEEDS, card, need_label, rank, repo
from handlers.matching.showcase import latest_deck
from handlers.teams.common import sdg_lines
from storage.matching import ShowcaseProject, ShowcaseState
from storage.models import Team
from storage.uow import UnitOfWork

router = Router()

LABEL_MAX = 20
MIME_TYPES = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def short(text: str) -> str:
    """A project title as a button label: at most 20 characters."""
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


async def published(uow: UnitOfWork, program_id: str) -> list[tuple[ShowcaseProject, Team]]:
    """The projects visitors may see, with their teams (an archived team's are hidden)."""
    found = []
    for project in await repo(uow).projects(program_id, ShowcaseState.PUBLISHED):
        team = await uow.teams.get(project.team_id)
        if team is not None and team.archived_at is None:
            found.append((project, team))
    return found


async def visible(ctx: Context, project_id: int) -> tuple[ShowcaseProject, Team] | None:
    """A published project of the sender's program; ``None`` for anything else (a draft, a
    withdrawn project, another program's, a crafted id)."""
    project = await repo(ctx.uow).project(project_id)
    if (
        project is None
        or project.state != ShowcaseState.PUBLISHED
        or project.program_id != ctx.participant.program_id
    ):
        return None
    team = await ctx.uow.teams.get(project.team_id)
    return (project, team) if team is not None and team.archived_at is None else None


async def show_list(ctx: Context, sdg: int, need: str | None) -> None:
    program_id = ctx.participant.program_id
    if program_id is None:
        ctx.reply("team-no-program")
        return
    visitor = await repo(ctx.uow).visitor(ctx.participant.id)
    shown = {project.id: team for project, team in await published(ctx.uow, program_id)}
    projects = [p for p in await repo(ctx.uow).projects(program_id) if p.id in shown]
    chosen = [
        p
        for p in rank(projects, visitor)
        if (not sdg or sdg in p.sdgs) and (need is None or need in p.needs)
    ]
    offers = set(visitor.offers) if visitor is not None else set()
    lines = [
        Msg(
            "match-list-line-match" if offers & set(p.needs) else "match-list-line",
            {"n": i, "title": Verbatim(p.title), "team": Verbatim(shown[p.id].name)},
        )
        for i, p in enumerate(chosen, 1)
    ]
    filters = _filters(sdg, need)
    buttons = [Button(Verbatim(short(p.title)), ProjectDetails(p.id).pack()) for p in chosen]
    buttons.append(Button(Msg("match-button-by-sdg"), FilterBy("sdg", sdg, need).pack()))
    buttons.append(Button(Msg("match-button-by-need"), FilterBy("need", sdg, need).pack()))
    if sdg or need is not None:
        buttons.append(Button(Msg("match-button-all"), Browse(0).pack()))
    if not chosen:
        message = "match-list-empty-filtered" if sdg or need else "match-list-empty"
        ctx.send(Reply(Msg(message, {"filters": filters}), buttons))
        return
    text = Msg("match-list", {"count": len(chosen), "projects": lines, "filters": filters})
    ctx.send(Reply(text, buttons))


def _filters(sdg: int, need: str | None) -> Msg | str:
    """What the list is filtered by, as one line (empty without a filter)."""
    if sdg and need is not None:
        return Msg("match-filter-both", {"number": sdg, "need": need_label(need)})
    if sdg:
        return Msg("match-filter-sdg", {"number": sdg})
    if need is not None:
        return Msg("match-filter-need", {"need": need_label(need)})
    return ""


@router.button(Browse)
async def browse(ctx: Context, pressed: Browse) -> None:
    need = pressed.need if pressed.need in [n.value for n in NEEDS] else None
    await show_list(ctx, pressed.sdg if 0 <= pressed.sdg <= 17 else 0, need)


@router.button(FilterBy)
async def filter_by(ctx: Context, pressed: FilterBy) -> None:
    program_id = ctx.participant.program_id
    projects = [p for p, _ in await published(ctx.uow, program_id)] if program_id else []
    if pressed.kind == "sdg":
        goals = sorted({int(n) for p in projects for n in p.sdgs})
        buttons = [
            Button(Msg("match-sdg-button", {"number": n}), Browse(n, pressed.need).pack())
            for n in goals
        ]
        ctx.send(Reply(Msg("match-choose-sdg", {"goals": sdg_lines(goals)}), buttons))
    elif pressed.kind == "need":
        wanted = {str(n) for p in projects for n in p.needs}
        needs = [n for n in NEEDS if n.value in wanted]
        buttons = [Button(need_label(n), Browse(pressed.sdg, n.value).pack()) for n in needs]
        ctx.send(Reply(Msg("match-choose-need"), buttons))
    else:
        await ctx.router.flows.stale(ctx)


async def open_project(ctx: Context, project_id: int) -> None:
    found = await visible(ctx, project_id)
    if found is None:
        ctx.reply("match-project-gone")
        return
    project, team = found
    buttons = [Button(Msg("match-button-request"), RequestIntro(project.id).pack())]
    if project.deck_public:
        buttons.append(Button(Msg("match-button-deck"), ProjectDeck(project.id).pack()))
    buttons.append(Button(Msg("match-button-back-list"), Browse(0).pack()))
    ctx.send(Reply(card(project, team, ctx.locale), buttons))


@router.button(ProjectDetails)
async def details(ctx: Context, pressed: ProjectDetails) -> None:
    await open_project(ctx, pressed.project)


@router.button(ProjectDeck)
async def deck(ctx: Context, pressed: ProjectDeck) -> None:
    found = await visible(ctx, pressed.project)
    if found is None or not found[0].deck_public:
        ctx.reply("match-project-gone")
        return
    latest = await latest_deck(ctx, found[1].id)
    if latest is None:
        ctx.reply("match-no-deck")
    elif latest.url is not None:
        ctx.reply("match-deck-link", url=latest.url)
    else:
        data = await ctx.services.files.get(latest.sha256)
        if data is None:
            ctx.reply("match-no-deck")
            return
        mime = MIME_TYPES.get(latest.kind, "application/octet-stream")
        ctx.reply("match-deck", document=Document(latest.file_name, data, mime))
