"""Handing in a deck: /submit (or just sending the file), the checks, the version, the receipt,
and the notice to organizers.

Checks run from the cheapest to the dearest and nothing is stored until every one has passed:
team → stage window → kind of message → size from the platform's metadata → download with a
limit → content (a PDF that opens and has a page, an Office Open XML presentation).

The flow ``submit``::

    /submit ──(one open stage)──────────────► file ──(file or link accepted)──► done
       └────(several open stages)─► stage ──► file ──(refused: try again)──► file
    a file with no command ──(one open stage)──► checked at once, no flow
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.core.context import Context
from bot.core.files import (
    DocumentRefused,
    fetch_within,
    sanitize_file_name,
    sha256_of,
    wrong_extension,
)
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.limits import MB, download_limit
from bot.core.messages import ArgValue, Attachment, Button, Msg, Reply, Verbatim
from bot.core.roles import Role
from bot.core.router import Router
from handlers.decks.review import GetDeck
from handlers.decks.stages import (
    ACCEPT_LATE,
    LINK,
    OpenStage,
    closed_by_selection,
    deadline_time,
    kinds_text,
    open_stages,
    stage_name,
    team_of_sender,
)
from handlers.teams.common import in_a_team
from storage.models import Stage, Submission, Team
from storage.selection import SelectionRepository

router = Router()

DOCUMENT_KINDS = ("document", "file")
SHA_SHOWN = 12
MAX_URL_LENGTH = 2000


async def _ask_stage(ctx: Context) -> Prompt:
    team = await team_of_sender(ctx)
    stages = await open_stages(ctx, team) if team is not None else []
    return Prompt(
        Msg("submit-choose-stage"),
        [(stage_name(o.stage, ctx.locale), str(o.stage.id)) for o in stages],
    )


async def _chose_stage(ctx: Context, value: str) -> str:
    team = await team_of_sender(ctx)
    stages = await open_stages(ctx, team) if team is not None else []
    if not any(str(o.stage.id) == value for o in stages):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["stage"] = int(value)
    return "file"


async def _ask_file(ctx: Context) -> Prompt:
    stage = await ctx.uow.submissions.stage(int(flow_data(ctx)["stage"]))
    team = await team_of_sender(ctx)
    if stage is None or team is None:
        return Prompt(Msg("submit-send-file-short"))
    deadline = await ctx.uow.submissions.deadline_for(team.id, stage)
    if ctx.now() > deadline:  # the stage takes late versions, or it would not be open
        shown = await deadline_time(ctx.uow, stage, deadline)
        ctx.reply("submit-will-be-late", stage=stage_name(stage, ctx.locale), deadline=shown)
    args: dict[str, ArgValue] = {
        "stage": stage_name(stage, ctx.locale),
        "kinds": kinds_text(stage, files_only=True),
        "max_mb": _limit(ctx, stage) // MB,
        "deadline": await deadline_time(ctx.uow, stage, deadline),
    }
    if LINK not in stage.accepts:
        return Prompt(Msg("submit-send-file", args))
    if stage.accepts == [LINK]:
        return Prompt(Msg("submit-send-link", args))
    return Prompt(Msg("submit-send-file-or-link", args))


async def _typed_instead_of_file(ctx: Context, text: str) -> str:
    stage = await ctx.uow.submissions.stage(int(flow_data(ctx)["stage"]))
    if stage is None or LINK not in stage.accepts:
        ctx.reply("submit-file-expected")
        return STAY
    url = parse_link(text)
    if url is None:
        ctx.reply("submit-link-invalid")
        return STAY
    await accept_link(ctx, stage.id, url)
    return DONE


async def _received_file(ctx: Context, attachment: Attachment) -> str:
    finished = await accept_upload(ctx, int(flow_data(ctx)["stage"]), attachment)
    return DONE if finished else STAY


SUBMIT_FLOW = router.add_flow(
    Flow(
        "submit",
        [
            Step("stage", _ask_stage, on_choice=_chose_stage),
            Step("file", _ask_file, on_text=_typed_instead_of_file, on_attachment=_received_file),
        ],
    )
)


async def _team_and_stages(ctx: Context) -> tuple[Team, list[OpenStage]] | None:
    """The sender's team and its open stages; says why not and returns ``None`` otherwise."""
    team = await team_of_sender(ctx)
    if team is None:
        ctx.reply("submit-no-team")
        return None
    stages = await open_stages(ctx, team)
    if not stages:
        out = (await ctx.uow.get(SelectionRepository).out_rounds(team.program_id)).get(team.id)
        if out is not None:
            ctx.reply("sel-submit-out", round=Verbatim(out.names.get(ctx.locale, out.key)))
        else:
            ctx.reply("submit-none-open")
        return None
    return team, stages


@router.command("submit", help_id="help-submit")
async def submit(ctx: Context) -> None:
    found = await _team_and_stages(ctx)
    if found is None:
        return
    _, stages = found
    if len(stages) == 1:
        await ctx.router.flows.start(ctx, SUBMIT_FLOW, {"stage": stages[0].stage.id}, step="file")
    else:
        await ctx.router.flows.start(ctx, SUBMIT_FLOW)


async def file_without_command(ctx: Context) -> None:
    """A file sent outside any flow is a submission when exactly one stage is open."""
    if ctx.participant.language is None:
        ctx.reply("file-not-expected")
        return
    found = await _team_and_stages(ctx)
    if found is None:
        return
    _, stages = found
    if len(stages) == 1:
        await accept_upload(ctx, stages[0].stage.id, ctx.message.attachments[0])
    else:
        ctx.reply("submit-resend-after-choice")
        await ctx.router.flows.start(ctx, SUBMIT_FLOW)


router.attachment_handler = file_without_command


def _limit(ctx: Context, stage: Stage) -> int:
    """The stage's maximum size, lowered to what the sender's channel can download."""
    limit = stage.max_size_mb * MB
    channel_limit = download_limit(ctx.message.channel)
    return min(limit, channel_limit) if channel_limit is not None else limit


@dataclass(frozen=True)
class Window:
    """Where an upload may go: the team, the stage, the team's deadline, and whether it is late."""

    team: Team
    stage: Stage
    deadline: datetime
    late: bool


async def _window(ctx: Context, stage_id: int) -> Window | None:
    """The team and stage of an upload now, or ``None`` after saying why it cannot be taken."""
    team = await team_of_sender(ctx)
    if team is None:
        ctx.reply("submit-no-team")
        return None
    stage = await ctx.uow.submissions.stage(stage_id)
    if stage is None or stage.program_id != team.program_id:
        await ctx.router.flows.stale(ctx)
        return None
    now = ctx.now()
    deadline = await ctx.uow.submissions.deadline_for(team.id, stage)
    name = stage_name(stage, ctx.locale)
    out = await closed_by_selection(ctx, team, deadline)
    if out is not None:
        ctx.reply("sel-submit-out", round=Verbatim(out.names.get(ctx.locale, out.key)))
        return None
    if now < stage.opens_at:
        ctx.reply(
            "submit-not-open-yet",
            stage=name,
            opens=await deadline_time(ctx.uow, stage, stage.opens_at),
        )
        return None
    late = now > deadline
    if late and stage.late_policy != ACCEPT_LATE:
        ctx.reply(
            "submit-deadline-passed",
            stage=name,
            deadline=await deadline_time(ctx.uow, stage, deadline),
        )
        return None
    return Window(team, stage, deadline, late)


async def accept_upload(ctx: Context, stage_id: int, attachment: Attachment) -> bool:
    """Check, store and acknowledge one file. Returns ``False`` when the person may simply send
    another file (wrong kind, too large, unreadable), ``True`` when the upload is finished."""
    window = await _window(ctx, stage_id)
    if window is None:
        return True
    stage = window.stage
    data = await _download(ctx, stage, attachment)
    if data is None:
        return False
    try:
        kind = await asyncio.to_thread(ctx.services.documents.kind_of, data)
    except DocumentRefused as refused:
        ctx.reply(f"submit-refused-{refused.reason}", kinds=kinds_text(stage, files_only=True))
        return False
    if kind not in stage.accepts:
        ctx.reply("submit-kind-not-accepted", kinds=kinds_text(stage))
        return False
    digest = sha256_of(data)
    if await _identical(ctx, window, digest):
        return True
    await ctx.services.files.put(data)
    file_name = sanitize_file_name(attachment.file_name, kind)
    submission = await _add_version(ctx, window, kind, digest, len(data), file_name, None)
    await _receipt(ctx, window, submission)
    claimed = wrong_extension(attachment.file_name, kind)
    if claimed is not None:
        ctx.reply(
            "submit-extension-corrected", name=file_name, kind=kind.upper(), claimed=claimed.upper()
        )
    elif attachment.file_name and file_name != attachment.file_name:
        ctx.reply("submit-name-changed", name=file_name)
    await _tell_organizers(ctx, window, submission)
    return True


def parse_link(text: str) -> str | None:
    """An ``http(s)`` address with a host and no spaces, at most 2000 characters."""
    url = text.strip()
    if not url or len(url) > MAX_URL_LENGTH or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


async def accept_link(ctx: Context, stage_id: int, url: str) -> None:
    window = await _window(ctx, stage_id)
    if window is None:
        return
    digest = sha256_of(url.encode("utf-8"))
    if await _identical(ctx, window, digest):
        return
    submission = await _add_version(ctx, window, LINK, digest, 0, "", url)
    await _receipt(ctx, window, submission)
    await _tell_organizers(ctx, window, submission)


async def _identical(ctx: Context, window: Window, digest: str) -> bool:
    latest = await ctx.uow.submissions.latest(window.team.id, window.stage.id)
    if latest is None or latest.sha256 != digest:
        return False
    ctx.reply(
        "submit-identical",
        stage=stage_name(window.stage, ctx.locale),
        version=latest.version,
        received=latest.received_at,
    )
    return True


async def _add_version(
    ctx: Context,
    window: Window,
    kind: str,
    digest: str,
    size: int,
    file_name: str,
    url: str | None,
) -> Submission:
    caption = "" if url is not None else ctx.message.text.strip()[:1000]
    return await ctx.uow.submissions.add(
        Submission(
            team_id=window.team.id,
            stage_id=window.stage.id,
            kind=kind,
            sha256=digest,
            url=url,
            size=size,
            file_name=file_name,
            caption=caption,
            uploader_id=ctx.participant.id,
            channel=ctx.message.channel,
            received_at=ctx.now(),
            late=window.late,
        )
    )


async def _download(ctx: Context, stage: Stage, attachment: Attachment) -> bytes | None:
    """The file's bytes, or ``None`` after telling the person why not."""
    if attachment.kind not in DOCUMENT_KINDS:
        ctx.reply("submit-not-a-document", kinds=kinds_text(stage))
        return None
    limit = _limit(ctx, stage)
    max_mb = limit // MB
    fetched = await fetch_within(attachment, limit)
    if fetched.refusal == "empty":
        ctx.reply("submit-refused-empty", kinds=kinds_text(stage))
    elif fetched.refusal == "too_large":
        ctx.reply("submit-too-large", size_mb=math.ceil((fetched.size or 0) / MB), max_mb=max_mb)
    elif fetched.refusal == "too_large_unsized":
        ctx.reply("submit-too-large-unknown", max_mb=max_mb)
    return fetched.data


async def _receipt(ctx: Context, window: Window, submission: Submission) -> None:
    deadline = window.deadline
    shown = await deadline_time(ctx.uow, window.stage, deadline)
    if submission.late:
        timing = Msg("submit-late", {"after": submission.received_at - deadline, "deadline": shown})
    else:
        timing = Msg(
            "submit-on-time", {"left": deadline - submission.received_at, "deadline": shown}
        )
    common: dict[str, ArgValue] = {
        "stage": stage_name(window.stage, ctx.locale),
        "version": submission.version,
        "received": submission.received_at,
        "timing": timing,
    }
    if submission.url is not None:
        ctx.send(Reply(Msg("submit-receipt-link", {**common, "url": submission.url})))
        return
    file_args: dict[str, ArgValue] = {
        "file": submission.file_name,
        "size_kb": max(1, math.ceil(submission.size / 1024)),
        "sha": submission.sha256[:SHA_SHOWN],
    }
    ctx.send(Reply(Msg("submit-receipt", {**common, **file_args})))


async def _tell_organizers(ctx: Context, window: Window, submission: Submission) -> None:
    team, stage = window.team, window.stage
    for organizer in await ctx.uow.participants.with_role(Role.ORGANIZER, stage.program_id):
        if organizer.id == ctx.participant.id:
            continue
        if await ctx.uow.submissions.notices_muted(organizer.id):
            continue
        locale = organizer.language or ctx.settings.default_language
        reply = Reply(
            Msg(
                "submit-organizer-notice",
                {
                    "team": team.name,
                    "stage": stage_name(stage, locale),
                    "version": submission.version,
                    "late": "yes" if submission.late else "no",
                    "person": ctx.participant.display_name or ctx.participant.external_id,
                },
            ),
            [Button(Msg("deck-button-get"), GetDeck(submission.id).pack())],
        )
        ctx.notify(organizer, reply, "account_update")


router.menu_item("menu-submit", "submit", shown=in_a_team, first=True)
