"""Decks handed in: a team's versions (/deck), any version sent back as a document, and what
organizers need: the state of every team per stage, one ZIP of the latest decks, and muting
the notice on each submission (extensions: ``extend.py``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.core.context import Context
from bot.core.files import FileStore
from bot.core.limits import MB, upload_limit
from bot.core.messages import Button, Document, Msg, Verbatim
from bot.core.payloads import Payload
from bot.core.roles import Role
from bot.core.router import Router
from handlers.decks.export import write_export
from handlers.decks.stages import deadline_time, program_stages, stage_name, team_of_sender
from storage.models import Stage, Submission
from storage.selection import SelectionRepository
from storage.submissions import late_at

router = Router()

MIME_TYPES = {
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
STATUS_MESSAGES = {"on_time": "deck-status-on-time", "late": "deck-status-late"}


@dataclass(frozen=True)
class GetDeck(Payload, prefix="deck"):
    """Send this version back as a document."""

    submission: int


@dataclass(frozen=True)
class ReviewStage(Payload, prefix="decks"):
    stage: int
    everyone: bool | None = None
    """Also the teams a selection round left out of the program (left out by default)."""


@dataclass(frozen=True)
class ZipStage(Payload, prefix="deckzip"):
    stage: int


def _version_line(submission: Submission, late: bool) -> Msg:
    """A version, late or not against the team's deadline as it is now."""
    if submission.url is not None:
        return Msg(
            "deck-version-line-link",
            {
                "version": submission.version,
                "url": submission.url,
                "received": submission.received_at,
                "late": "yes" if late else "no",
            },
        )
    return Msg(
        "deck-version-line",
        {
            "version": submission.version,
            "file": submission.file_name,
            "received": submission.received_at,
            "late": "yes" if late else "no",
            "sha": submission.sha256[:12],
        },
    )


@router.command("deck", help_id="help-deck")
async def deck(ctx: Context) -> None:
    team = await team_of_sender(ctx)
    if team is None:
        ctx.reply("submit-no-team")
        return
    versions = await ctx.uow.submissions.of_team(team.id)
    if not versions:
        ctx.reply("deck-none", team=team.name)
        return
    stages = {stage.id: stage for stage in await program_stages(ctx, team.program_id)}
    deadlines = await ctx.uow.submissions.deadlines(team.program_id)
    lines: list[Msg] = []
    buttons: list[Button] = []
    for stage_id in sorted({v.stage_id for v in versions}, key=lambda i: stages[i].position):
        stage = stages[stage_id]
        name = stage_name(stage, ctx.locale)
        lines.append(Msg("deck-stage-heading", {"stage": name}))
        deadline = deadlines.of(team.id, stage)
        for version in (v for v in versions if v.stage_id == stage_id):
            lines.append(_version_line(version, late_at(version.received_at, deadline)))
            buttons.append(
                Button(
                    Msg("deck-button-version", {"stage": name, "version": version.version}),
                    GetDeck(version.id).pack(),
                )
            )
    ctx.reply("deck-versions", buttons=buttons, team=team.name, lines=lines)


@router.button(GetDeck)
async def send_version(ctx: Context, pressed: GetDeck) -> None:
    """Send one version back, to its team's members and to organizers only."""
    submission = await ctx.uow.submissions.get(pressed.submission)
    if submission is None:
        await ctx.router.flows.stale(ctx)
        return
    team = await team_of_sender(ctx)
    if not ctx.has_role(Role.ORGANIZER) and (team is None or team.id != submission.team_id):
        ctx.reply("not-allowed")
        return
    if submission.url is not None:
        ctx.reply("deck-link", version=submission.version, url=submission.url)
        return
    document = await deck_document(ctx.services.files, submission)
    if document is None:
        ctx.reply("deck-file-missing", file=submission.file_name)
        return
    ctx.reply("deck-sent", document=document, version=submission.version, file=submission.file_name)


async def deck_document(files: FileStore, submission: Submission) -> Document | None:
    """A handed-in version as a file (``None`` for a link, or when its bytes are gone)."""
    if submission.url is not None:
        return None
    data = await files.get(submission.sha256)
    if data is None:
        return None
    mime = MIME_TYPES.get(submission.kind, "application/octet-stream")
    return Document(submission.file_name, data, mime)


async def _stage_of_program(ctx: Context, stage_id: int) -> Stage | None:
    stage = await ctx.uow.submissions.stage(stage_id)
    if stage is None or stage.program_id != ctx.participant.program_id:
        return None
    return stage


@router.command("decks", help_id="help-decks", roles=(Role.ORGANIZER,))
async def decks(ctx: Context) -> None:
    program_id = ctx.participant.program_id
    stages = await program_stages(ctx, program_id) if program_id else []
    if not stages:
        ctx.reply("deck-no-stages")
        return
    wanted = ctx.message.command_arg.strip()
    chosen = next((s for s in stages if s.key == wanted), None)
    if chosen is not None:
        await _review(ctx, chosen)
        return
    buttons = [Button(stage_name(s, ctx.locale), ReviewStage(s.id).pack()) for s in stages]
    ctx.reply("deck-choose-stage", buttons=buttons)


@router.button(ReviewStage, roles=(Role.ORGANIZER,))
async def review_button(ctx: Context, pressed: ReviewStage) -> None:
    stage = await _stage_of_program(ctx, pressed.stage)
    if stage is None:
        await ctx.router.flows.stale(ctx)
        return
    await _review(ctx, stage, bool(pressed.everyone))


async def _review(ctx: Context, stage: Stage, everyone: bool = False) -> None:
    teams = await ctx.uow.teams.in_program(stage.program_id)
    out = await ctx.uow.get(SelectionRepository).out_team_ids(stage.program_id)
    left_out = [] if everyone else [team for team in teams if team.id in out]
    teams = [team for team in teams if team not in left_out]
    latest = await ctx.uow.submissions.latest_of_stage(stage.id)
    deadlines = await ctx.uow.submissions.deadlines(stage.program_id)
    lines: list[Msg] = []
    buttons: list[Button] = []
    counts = {"on_time": 0, "late": 0, "missing": 0}
    for team in teams:
        submission = latest.get(team.id)
        deadline = deadlines.of(team.id, stage)
        if submission is None:
            counts["missing"] += 1
            line = Msg("deck-review-missing", {"team": team.name})
        else:
            status = "late" if late_at(submission.received_at, deadline) else "on_time"
            counts[status] += 1
            line = Msg(
                "deck-review-line",
                {
                    "team": team.name,
                    "status": Msg(STATUS_MESSAGES[status]),
                    "version": submission.version,
                    "received": submission.received_at,
                },
            )
            buttons.append(Button(Verbatim(team.name), GetDeck(submission.id).pack()))
        if deadlines.is_extended(team.id, stage):
            shown = await deadline_time(ctx.uow, stage, deadline)
            line = Msg("deck-review-extended", {"line": line, "deadline": shown})
        lines.append(line)
    if latest:
        buttons.append(Button(Msg("deck-button-zip"), ZipStage(stage.id).pack()))
    ctx.reply(
        "deck-review",
        buttons=buttons,
        stage=stage_name(stage, ctx.locale),
        deadline=await deadline_time(ctx.uow, stage, stage.deadline_at),
        on_time=counts["on_time"],
        late=counts["late"],
        missing=counts["missing"],
        lines=lines or [Msg("deck-review-no-teams")],
    )
    if left_out:
        ctx.reply(
            "sel-decks-out",
            buttons=[Button(Msg("sel-button-show-out"), ReviewStage(stage.id, True).pack())],
            n=len(left_out),
        )


@router.button(ZipStage, roles=(Role.ORGANIZER,))
async def export_button(ctx: Context, pressed: ZipStage) -> None:
    stage = await _stage_of_program(ctx, pressed.stage)
    if stage is None:
        await ctx.router.flows.stale(ctx)
        return
    teams = await ctx.uow.teams.in_program(stage.program_id)
    latest = await ctx.uow.submissions.latest_of_stage(stage.id)
    if not any(team.id in latest for team in teams):
        ctx.reply("deck-export-empty", stage=stage_name(stage, ctx.locale))
        return
    store = ctx.services.files
    file_name = f"{stage.program_id}-{stage.key}-{ctx.now():%Y%m%d-%H%M%S}.zip"
    partial = store.exports_dir / f".{file_name}.{ctx.participant.id}.partial"
    deadlines = await ctx.uow.submissions.deadlines(stage.program_id)
    due = {team.id: deadlines.of(team.id, stage) for team in teams}
    export = await write_export(partial, teams, latest, due, store)
    limit = upload_limit(ctx.message.channel)
    if limit is not None and export.size > limit:
        path = partial.replace(store.exports_dir / file_name)
        ctx.reply(
            "deck-export-saved",
            count=export.count,
            size_mb=math.ceil(export.size / MB),
            path=str(path),
        )
        return
    content = partial.read_bytes()
    partial.unlink()
    ctx.reply(
        "deck-export-ready",
        document=Document(file_name, content, "application/zip"),
        count=export.count,
        stage=stage_name(stage, ctx.locale),
    )


@router.command("decknotices", help_id="help-decknotices", roles=(Role.ORGANIZER,))
async def deck_notices(ctx: Context) -> None:
    """Switch the notice on each submission off, or back on."""
    muted = not await ctx.uow.submissions.notices_muted(ctx.participant.id)
    await ctx.uow.submissions.set_notices_muted(ctx.participant.id, muted, ctx.now())
    ctx.reply("deck-notices-off" if muted else "deck-notices-on")
