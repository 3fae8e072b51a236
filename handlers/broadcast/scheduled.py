"""A scheduled broadcast in the chat: Edit (a language version, the time) and Cancel, on the
confirmation and in /broadcasts, until it starts sending. The changes themselves are the use
cases of ``lifecycle.py``; every press checks the organizer's role and program again.

The flow ``bcedit``::

    what ─┬─ a language ─► text ─► done
          └─ time ──────► when ─► done
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Button, Msg, Reply, Text, Verbatim
from bot.core.payloads import Payload
from bot.core.roles import Role
from bot.core.router import Router
from handlers.broadcast.audience import LANGUAGES
from handlers.broadcast.lifecycle import (
    Outcome,
    audience_of,
    cancel,
    replace_text,
    reschedule,
    scheduled,
)
from storage.models import Broadcast

router = Router()

TIME = "time"
REMOVE = "remove"
MAX_TEXT = 4096


@dataclass(frozen=True)
class BroadcastEdit(Payload, prefix="bcedit"):
    broadcast: int


@dataclass(frozen=True)
class BroadcastCancel(Payload, prefix="bccancel"):
    broadcast: int


def scheduled_buttons(broadcast: Broadcast) -> list[Button]:
    number = {"number": broadcast.id}
    return [
        Button(Msg("broadcast-button-edit-of", number), BroadcastEdit(broadcast.id).pack()),
        Button(Msg("broadcast-button-cancel-of", number), BroadcastCancel(broadcast.id).pack()),
    ]


def typed_time(ctx: Context, text: str) -> datetime | None:
    """``2024-11-20 18:30`` in the organizer's zone (or with its own offset), or ``None``."""
    try:
        local = datetime.fromisoformat(" ".join(text.split()))
    except ValueError:
        return None
    return local if local.tzinfo else local.replace(tzinfo=ctx.tz)


def local_minutes(ctx: Context) -> str:
    """Now in the organizer's time zone, as they would type it."""
    return ctx.now().astimezone(ctx.tz).replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")


def _not_changed(ctx: Context, outcome: Outcome, number: int) -> None:
    if outcome == Outcome.STARTED:
        ctx.reply("broadcast-edit-too-late", number=number)
    elif outcome == Outcome.LAST_TEXT:
        ctx.reply("broadcast-edit-last-text")
    elif outcome == Outcome.PAST:
        ctx.reply("broadcast-time-past")


@router.button(BroadcastCancel, roles=(Role.ORGANIZER,))
async def cancel_scheduled(ctx: Context, pressed: BroadcastCancel) -> None:
    done = await cancel(ctx.uow, pressed.broadcast, ctx.participant.program_id, ctx.now())
    if done.outcome == Outcome.GONE:
        await ctx.router.flows.stale(ctx)
    elif done.outcome == Outcome.STARTED:
        ctx.reply("broadcast-already-over", number=pressed.broadcast)
    elif done.cancelled or done.sent:
        ctx.reply(
            "broadcast-cancelled",
            number=pressed.broadcast,
            cancelled=done.cancelled,
            sent=done.sent,
        )
    else:
        ctx.reply("broadcast-cancelled-scheduled", number=pressed.broadcast)


@router.button(BroadcastEdit, roles=(Role.ORGANIZER,))
async def edit(ctx: Context, pressed: BroadcastEdit) -> None:
    outcome, _ = await scheduled(ctx.uow, pressed.broadcast, ctx.participant.program_id)
    if outcome == Outcome.GONE:
        await ctx.router.flows.stale(ctx)
    elif outcome != Outcome.DONE:
        _not_changed(ctx, outcome, pressed.broadcast)
    else:
        await ctx.router.flows.start(ctx, EDIT_FLOW, {"broadcast": pressed.broadcast})


async def _broadcast(ctx: Context) -> Broadcast | None:
    _, broadcast = await scheduled(ctx.uow, flow_data(ctx)["broadcast"], ctx.participant.program_id)
    return broadcast


async def _ask_what(ctx: Context) -> Prompt:
    broadcast = await _broadcast(ctx)
    at = broadcast.scheduled_at if broadcast else ctx.now()
    choices: list[tuple[Text, str]] = [
        (Msg(f"broadcast-edit-field-{code}"), code) for code in LANGUAGES
    ]
    choices.append((Msg("broadcast-edit-field-time"), TIME))
    number = flow_data(ctx)["broadcast"]
    return Prompt(Msg("broadcast-edit-choose", {"number": number, "at": at}), choices)


async def _chose(ctx: Context, value: str) -> str:
    if value == TIME:
        return "when"
    if value not in LANGUAGES:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["language"] = value
    return "text"


async def _ask_text(ctx: Context) -> Prompt:
    broadcast = await _broadcast(ctx)
    code = flow_data(ctx)["language"]
    language = Msg(f"broadcast-language-{code}")
    current = broadcast.texts.get(code) if broadcast else None
    if not current:
        return Prompt(Msg("broadcast-edit-ask-new-text", {"language": language}))
    ctx.reply("broadcast-edit-current-text", language=language)
    ctx.send(Reply(Verbatim(current)))
    return Prompt(
        Msg("broadcast-edit-ask-text", {"language": language}),
        [(Msg("broadcast-button-remove-version"), REMOVE)],
    )


async def _save_text(ctx: Context, text: str | None) -> str:
    number = flow_data(ctx)["broadcast"]
    outcome = await replace_text(
        ctx.uow, number, ctx.participant.program_id, flow_data(ctx)["language"], text
    )
    if outcome == Outcome.LAST_TEXT:
        _not_changed(ctx, outcome, number)
        return STAY
    return await _saved(ctx, outcome)


async def _typed_text(ctx: Context, text: str) -> str:
    if not text.strip():
        ctx.reply("broadcast-empty-text")
        return STAY
    if len(text) > MAX_TEXT:
        ctx.reply("broadcast-too-long", limit=MAX_TEXT, length=len(text))
        return STAY
    return await _save_text(ctx, text)


async def _remove(ctx: Context, value: str) -> str:
    if value != REMOVE:
        await ctx.router.flows.stale(ctx)
        return STAY
    return await _save_text(ctx, None)


async def _ask_when(ctx: Context) -> Prompt:
    broadcast = await _broadcast(ctx)
    at = broadcast.scheduled_at if broadcast else ctx.now()
    number = flow_data(ctx)["broadcast"]
    return Prompt(
        Msg("broadcast-edit-ask-time", {"number": number, "at": at, "example": local_minutes(ctx)})
    )


async def _typed_when(ctx: Context, text: str) -> str:
    at = typed_time(ctx, text)
    if at is None:
        ctx.reply("broadcast-bad-time")
        return STAY
    number = flow_data(ctx)["broadcast"]
    outcome = await reschedule(ctx.uow, number, ctx.participant.program_id, at, ctx.now())
    if outcome == Outcome.PAST:
        _not_changed(ctx, outcome, number)
        return STAY
    return await _saved(ctx, outcome)


async def _saved(ctx: Context, outcome: Outcome) -> str:
    """After a change: the broadcast as it now stands, with its buttons; or why not."""
    number = flow_data(ctx)["broadcast"]
    broadcast = await _broadcast(ctx)
    if outcome != Outcome.DONE or broadcast is None:
        _not_changed(ctx, outcome, number)
        return DONE
    count = len(await audience_of(ctx.uow, broadcast, ctx.now()))
    ctx.reply(
        "broadcast-edited",
        buttons=scheduled_buttons(broadcast),
        number=number,
        at=broadcast.scheduled_at,
        count=count,
    )
    return DONE


EDIT_FLOW = router.add_flow(
    Flow(
        "bcedit",
        [
            Step("what", _ask_what, on_choice=_chose),
            Step("text", _ask_text, on_text=_typed_text, on_choice=_remove),
            Step("when", _ask_when, on_text=_typed_when),
        ],
        roles=(Role.ORGANIZER,),
    )
)
