"""The Decks page of the dashboard: for a stage, every team's latest version (download) and
whether it came on time, late or not at all; and the ZIP of a stage's latest decks with its
manifest on the Exports page (the same ZIP as the chat's button)."""

from __future__ import annotations

from bot.core import pages as p
from bot.core.messages import Document, Msg, Verbatim
from handlers.decks.export import write_export
from handlers.decks.stages import stage_name
from storage.models import Stage
from storage.submissions import late_at

SLUG = "decks"
TONES = {"on_time": "ok", "late": "warn", "missing": "bad"}


def _stage(ctx: p.PageContext) -> Stage | None:
    program = ctx.program
    if program is None or not program.stages:
        return None
    wanted = ctx.int_param("stage")
    return next((s for s in program.stages if s.id == wanted), None) or program.stages[-1]


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    stage = _stage(ctx)
    if program is None or stage is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    teams = await ctx.uow.teams.in_program(program.id)
    latest = await ctx.uow.submissions.latest_of_stage(stage.id)
    rows: list[list[p.Cell]] = []
    for team in teams:
        submission = latest.get(team.id)
        deadline = await ctx.uow.submissions.deadline_for(team.id, stage)
        if submission is None:
            status, version, received, what = "missing", None, None, None
        else:
            status = "late" if late_at(submission.received_at, deadline) else "on_time"
            version, received = submission.version, submission.received_at
            what = (
                Verbatim(submission.url)
                if submission.url is not None
                else p.Link(
                    Verbatim(submission.file_name),
                    "teams",
                    {"submission": submission.id},
                    download="deck",
                )
            )
        rows.append(
            [
                p.Link(Verbatim(team.name), "teams", {"team": team.id}),
                p.Badge(Msg(f"dash-status-{status}"), TONES[status]),  # type: ignore[arg-type]
                version,
                what,
                received,
                deadline if deadline != stage.deadline_at else None,
            ]
        )
    choose = p.Form(
        [
            p.Select(
                "stage",
                Msg("dash-col-stage"),
                [(str(s.id), stage_name(s, ctx.locale)) for s in program.stages],
                str(stage.id),
            )
        ],
        name="decks",
    )
    return [
        choose,
        p.Live(
            [
                p.Paragraph(Msg("dash-decks-deadline", {"deadline": stage.deadline_at}), "muted"),
                p.Table(
                    [
                        Msg("dash-col-team"),
                        Msg("dash-col-status"),
                        Msg("dash-col-version"),
                        Msg("dash-col-file"),
                        Msg("dash-col-received"),
                        Msg("dash-col-extended"),
                    ],
                    rows,
                    empty=Msg("dash-teams-none"),
                    name="decks",
                ),
                p.Link(
                    Msg("deck-button-zip"),
                    "exports",
                    {"stage": stage.id},
                    download="decks.zip",
                ),
            ],
            running=False,
            name="decks",
        ),
    ]


async def decks_zip(ctx: p.PageContext) -> Document | None:
    """The latest deck of every team for the stage, with a manifest (``None`` without any)."""
    program = ctx.program
    stage = (
        next((s for s in program.stages if s.id == ctx.int_param("stage")), None)
        if program
        else None
    )
    if stage is None:
        return None
    teams = await ctx.uow.teams.in_program(stage.program_id)
    latest = await ctx.uow.submissions.latest_of_stage(stage.id)
    if not any(team.id in latest for team in teams):
        return None
    store = ctx.services.files
    file_name = f"{stage.program_id}-{stage.key}-{ctx.now():%Y%m%d-%H%M%S}.zip"
    partial = store.exports_dir / f".{file_name}.{ctx.participant.id}.dashboard.partial"
    try:
        deadlines = await ctx.uow.submissions.deadlines(stage.program_id)
        due = {team.id: deadlines.of(team.id, stage) for team in teams}
        await write_export(partial, teams, latest, due, store)
        content = partial.read_bytes()
    finally:
        partial.unlink(missing_ok=True)
    return Document(file_name, content, "application/zip")


async def stage_variants(ctx: p.PageContext) -> list[p.Variant]:
    stages = ctx.program.stages if ctx.program else []
    return [p.Variant(stage_name(s, ctx.locale), {"stage": s.id}) for s in stages]


PAGE = p.Page(SLUG, "dash-page-decks", view, order=20)
EXPORT = p.Export("decks", "dash-export-decks", file=decks_zip, variants=stage_variants)
