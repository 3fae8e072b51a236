"""/broadcast: an organizer writes one announcement in Mongolian and Japanese (English
optional), may attach a document or a photo (``attachment.py``), sees each language version
as it will arrive and how many people get which, then sends it now, schedules it, or cancels.
When it starts (now, or at its time: ``lifecycle.py``) its audience is resolved and every
recipient becomes one outbox row, rendered by ``broadcast_message`` at send time; the
delivery loop sends them paced (``bot/delivery.py``) and ``progress.py`` reports. A scheduled
one can be edited or cancelled until then (``scheduled.py``).

The flow ``bc``::

    aud ────────┬─► mn ─► ja ─► en ─► file ─► confirm ─┬─ now ─────────────► done
      ├─ stage ─┤                                      └─ later ─► when ─► done
      ├─ team ──┤
      └─ round ─┘  (teams selected / not selected in a published selection round)
"""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import ArgValue, Attachment, Msg, Reply, Text, Verbatim
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from bot.core.router import Router
from handlers.broadcast.attachment import ATTACHMENT, attached_to, attachment_step, stored_document
from handlers.broadcast.audience import (
    AUDIENCES,
    LANGUAGES,
    NO_SUBMISSION,
    ROUND_AUDIENCES,
    TEAM,
    VISITORS,
    fallback_chain,
    recipients,
    version_for,
)
from handlers.broadcast.drafts import Draft, create_broadcast, reach_of
from handlers.broadcast.lifecycle import RENDERER
from handlers.broadcast.scheduled import local_minutes, scheduled_buttons, typed_time
from handlers.teams.common import current_program
from storage.broadcasts import BroadcastState, group_key
from storage.matching import Need
from storage.models import Broadcast, Participant
from storage.selection import SelectionRepository

router = Router()
renderers = Renderers()

MAX_TEXT = 4096  # Telegram's limit for one message: a longer one would arrive in pieces
SKIP = "skip"
ALL_OFFERS = "all"


async def _ask_audience(ctx: Context) -> Prompt:
    return Prompt(
        Msg("broadcast-ask-audience"),
        [(Msg(f"broadcast-audience-{name}"), name) for name in AUDIENCES],
    )


async def _audience(ctx: Context, value: str) -> str:
    if value not in AUDIENCES:
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    data["audience"], data["arg"] = value, None
    if value == NO_SUBMISSION:
        return "stage"
    if value == TEAM:
        return "team"
    if value in ROUND_AUDIENCES:
        return "round"
    if value == VISITORS:
        return "offer"
    return "mn"


async def _ask_stage(ctx: Context) -> Prompt:
    program = await ctx.uow.programs.get(flow_data(ctx)["program"])
    stages = program.stages if program else []
    return Prompt(
        Msg("broadcast-ask-stage"),
        [(Verbatim(stage.names.get(ctx.locale, stage.key)), str(stage.id)) for stage in stages],
    )


async def _ask_team(ctx: Context) -> Prompt:
    teams = await ctx.uow.teams.in_program(flow_data(ctx)["program"])
    if not teams:
        return Prompt(Msg("broadcast-no-teams"))
    return Prompt(
        Msg("broadcast-ask-team"), [(Verbatim(team.name), str(team.id)) for team in teams]
    )


async def _ask_round(ctx: Context) -> Prompt:
    rounds = await ctx.uow.get(SelectionRepository).rounds(flow_data(ctx)["program"])
    published = [row for row in rounds if row.published_at is not None]
    if not published:
        return Prompt(Msg("sel-broadcast-no-rounds"))
    return Prompt(
        Msg("sel-broadcast-ask-round"),
        [(Verbatim(row.names.get(ctx.locale, row.key)), str(row.id)) for row in published],
    )


async def _ask_offer(ctx: Context) -> Prompt:
    choices: list[tuple[Text, str]] = [(Msg("broadcast-visitors-all"), ALL_OFFERS)]
    choices += [(Msg(f"match-need-{need}"), need.value) for need in Need]
    return Prompt(Msg("broadcast-ask-offer"), choices)


async def _chosen_offer(ctx: Context, value: str) -> str:
    if value != ALL_OFFERS and value not in [need.value for need in Need]:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["arg"] = None if value == ALL_OFFERS else value
    return "mn"


async def _chosen_arg(ctx: Context, value: str) -> str:
    if not value.isdigit():
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["arg"] = value
    return "mn"


def _ask_text(language: str) -> Step:
    async def ask(ctx: Context) -> Prompt:
        return Prompt(
            Msg("broadcast-ask-text", {"language": Msg(f"broadcast-language-{language}")}),
            [(Msg("broadcast-button-skip"), SKIP)],
        )

    async def typed(ctx: Context, text: str) -> str:
        if not text.strip():
            ctx.reply("broadcast-empty-text")
            return STAY
        if len(text) > MAX_TEXT:
            ctx.reply("broadcast-too-long", limit=MAX_TEXT, length=len(text))
            return STAY
        flow_data(ctx).setdefault("texts", {})[language] = text
        return NEXT

    async def skipped(ctx: Context, value: str) -> str:
        texts = flow_data(ctx).setdefault("texts", {})
        texts.pop(language, None)
        if language == LANGUAGES[-1] and not texts:
            ctx.reply("broadcast-need-text")
            return STAY
        return NEXT

    async def file_instead(ctx: Context, attachment: Attachment) -> str:
        ctx.reply("broadcast-text-expected")
        return STAY

    return Step(language, ask, on_text=typed, on_choice=skipped, on_attachment=file_instead)


async def _people(ctx: Context) -> list[Participant]:
    data = flow_data(ctx)
    return await recipients(
        ctx.uow, data["program"], ctx.participant, data["audience"], data["arg"], ctx.now()
    )


def _language_name(code: str) -> Msg:
    return Msg(f"broadcast-language-{code}")


async def _ask_confirm(ctx: Context) -> Prompt:
    """The preview: each version exactly as it will arrive, then who gets which."""
    texts: dict[str, str] = flow_data(ctx).get("texts", {})
    attached = flow_data(ctx).get(ATTACHMENT)
    document = await stored_document(ctx.services.files, attached) if attached else None
    for code in LANGUAGES:
        if texts.get(code):
            ctx.reply("broadcast-preview-version", language=_language_name(code))
            ctx.send(Reply(Verbatim(texts[code]), document=document))
    data = flow_data(ctx)
    reach = reach_of(await _people(ctx), texts, ctx, data["audience"])
    program = await ctx.uow.programs.get(data["program"])
    args: dict[str, ArgValue] = {
        "lines": [_preview_line(*line) for line in reach.lines()],
        "total": reach.total,
        "blocked": reach.blocked,
        "program": program.names.get(ctx.locale, program.id) if program else "",
    }
    if not reach.total:  # nobody to send to: no button sends it
        return Prompt(Msg("broadcast-preview-nobody", args))
    choices: list[tuple[Text, str]] = [
        (Msg("broadcast-button-now"), "now"),
        (Msg("broadcast-button-later"), "later"),
    ]
    return Prompt(Msg("broadcast-preview", args), choices)


def _preview_line(version: str, wanted: str, channel: str, count: int) -> Msg:
    """One version on one channel; readers who get it instead of their own language apart."""
    args: dict[str, ArgValue] = {
        "language": _language_name(version),
        "channel": channel,
        "count": count,
    }
    if wanted == version:
        return Msg("broadcast-preview-line", args)
    return Msg("broadcast-preview-line-fallback", {**args, "wanted": _language_name(wanted)})


async def _confirm(ctx: Context, value: str) -> str:
    if value == "later":
        return "when"
    if value != "now":
        await ctx.router.flows.stale(ctx)
        return STAY
    await _create(ctx, ctx.now())
    return DONE


async def _ask_when(ctx: Context) -> Prompt:
    return Prompt(Msg("broadcast-ask-when", {"example": local_minutes(ctx)}))


async def _when(ctx: Context, text: str) -> str:
    at = typed_time(ctx, text)
    if at is None:
        ctx.reply("broadcast-bad-time")
        return STAY
    if at <= ctx.now():
        ctx.reply("broadcast-time-past")
        return STAY
    await _create(ctx, at)
    return DONE


async def _create(ctx: Context, at: datetime) -> None:
    """The broadcast row; sent now, it starts at once (its audience resolved and one outbox
    row per recipient, in this transaction); scheduled, it starts at its time, and the count
    shown now is an estimate."""
    data = flow_data(ctx)
    draft = Draft(
        data["program"],
        data["audience"],
        data["arg"],
        dict(data.get("texts", {})),
        data.get(ATTACHMENT) or None,
    )
    broadcast, count = await create_broadcast(ctx, draft, at)
    if at <= ctx.now():
        ctx.reply("broadcast-queued", number=broadcast.id, count=count)
    else:
        ctx.reply(
            "broadcast-scheduled",
            buttons=scheduled_buttons(broadcast),
            number=broadcast.id,
            count=count,
            at=at,
        )


FLOW = Flow(
    "bc",
    [
        Step("aud", _ask_audience, on_choice=_audience),
        Step("stage", _ask_stage, on_choice=_chosen_arg),
        Step("team", _ask_team, on_choice=_chosen_arg),
        Step("round", _ask_round, on_choice=_chosen_arg),
        Step("offer", _ask_offer, on_choice=_chosen_offer),
        *(_ask_text(code) for code in LANGUAGES),
        attachment_step("file", _people),
        Step("confirm", _ask_confirm, on_choice=_confirm),
        Step("when", _ask_when, on_text=_when),
    ],
    roles=(Role.ORGANIZER,),
)
router.add_flow(FLOW)


@router.command("broadcast", roles=(Role.ORGANIZER,))
async def broadcast(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    await ctx.router.flows.start(ctx, FLOW, {"program": program.id, "texts": {}})


@renderers.register(RENDERER)
async def broadcast_message(ctx: RenderContext) -> Reply | None:
    """The recipient's language version (or the fallback) with the attachment, if any;
    nothing once it was cancelled. The rows rendered together read the broadcast and its file
    once (``ctx.memo``)."""
    key = group_key(int(ctx.params["broadcast"]))
    if key not in ctx.memo:
        ctx.memo[key] = await ctx.uow.broadcasts.get(int(ctx.params["broadcast"]))
    broadcast: Broadcast | None = ctx.memo[key]
    if broadcast is None or broadcast.state == BroadcastState.CANCELLED:
        return None
    version = ctx.params.get("version") or version_for(
        ctx.locale, broadcast.texts, fallback_chain(str(ctx.params.get("fallback", "")))
    )
    if version is None or not broadcast.texts.get(version):
        return None
    attached = attached_to(broadcast)
    if attached and f"{key}:file" not in ctx.memo:
        ctx.memo[f"{key}:file"] = await stored_document(ctx.services.files, attached)
    document = ctx.memo[f"{key}:file"] if attached else None
    return Reply(Verbatim(broadcast.texts[version]), document=document)
