"""Feedback afterwards: the evening after an RSVP event, the people checked in (and only they)
are asked for a rating from 1 to 5 and an optional comment. A survey may not use a Messenger
tag, so the request goes as an announcement: on Messenger only inside the 24-hour window (it
waits until the person writes again, and lapses after ``FEEDBACK_OPEN``)."""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.feature import PlanContext, Planner
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Attachment, Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import Router
from handlers.eventday.buttons import Rate
from handlers.eventday.common import (
    FEEDBACK_OPEN,
    enqueue_missing,
    event_name,
    feedback_at,
    feedback_closes,
    repo,
)
from handlers.schedule.timeline import LOOKAHEAD, after_quiet_hours, reader_zone
from storage.models import Event, Participant
from storage.outbox import NewDelivery

router = Router()
renderers = Renderers()

RENDERER = "eventday-feedback"
RATINGS = range(1, 6)
MAX_COMMENT = 1000
SKIP = "skip"


def _request(event: Event, person: Participant, default_language: str) -> NewDelivery:
    closes = feedback_closes(event)
    return NewDelivery(
        key=f"{event.program_id}:feedback:{event.key}:p{person.id}",
        participant_id=person.id,
        due_at=after_quiet_hours(feedback_at(event), reader_zone(person, default_language), closes),
        purpose="announcement",
        category=RENDERER,
        renderer=RENDERER,
        params={"event": event.id},
        group_key=f"{event.program_id}:feedback:{event.key}",
        expires_at=closes,
    )


async def _requests(ctx: PlanContext, soonest: datetime, latest: datetime) -> list[NewDelivery]:
    """A request per checked-in person of each RSVP event whose evening falls in the range."""
    rows: list[NewDelivery] = []
    days = repo(ctx.uow)
    for summary in await ctx.uow.programs.all():
        program = await ctx.uow.programs.get(summary.id)
        for event in program.events if program else []:
            if not event.rsvp or not soonest <= feedback_at(event) < latest:
                continue
            rows += [
                _request(event, person, ctx.settings.default_language)
                for person in await days.checked_in_people(event.id)
            ]
    return rows


async def _plan(ctx: PlanContext) -> int:
    """Requests due within 15 minutes, while the feedback is open (after a restart too)."""
    rows = [
        row
        for row in await _requests(ctx, ctx.now - FEEDBACK_OPEN, ctx.now + LOOKAHEAD)
        if row.due_at <= ctx.now + LOOKAHEAD
        and row.expires_at is not None
        and ctx.now < row.expires_at
    ]
    return await enqueue_missing(ctx.uow, rows, ctx.now)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return [
        row for row in await _requests(ctx, start - FEEDBACK_OPEN, end) if start <= row.due_at < end
    ]


PLANNER = Planner("feedback", _plan, _rehearse)


@renderers.register(RENDERER)
async def feedback_request(ctx: RenderContext) -> Reply | None:
    """Nothing once the person has rated the event."""
    days = repo(ctx.uow)
    event = await days.event(int(ctx.params["event"]))
    if event is None or await days.feedback(event.id, ctx.participant.id) is not None:
        return None
    return Reply(
        Msg("eventday-feedback-ask", {"name": event_name(event, ctx.locale)}),
        [
            Button(Msg("eventday-button-rating", {"rating": n}), Rate(event.id, n).pack())
            for n in RATINGS
        ],
    )


@router.button(Rate)
async def rated(ctx: Context, pressed: Rate) -> None:
    days = repo(ctx.uow)
    event = await days.event(pressed.event)
    if event is None or pressed.rating not in RATINGS:
        await ctx.router.flows.stale(ctx)
        return
    name = event_name(event, ctx.locale)
    if await days.checkin(event.id, ctx.participant.id) is None:
        ctx.reply("eventday-feedback-not-there", name=name)
        return
    if ctx.now() >= feedback_closes(event):
        ctx.reply("eventday-feedback-closed", name=name)
        return
    await days.rate(event.id, ctx.participant.id, pressed.rating, ctx.now())
    await ctx.router.flows.start(ctx, COMMENT, {"event": event.id, "rating": pressed.rating})


async def _ask_comment(ctx: Context) -> Prompt:
    return Prompt(
        Msg("eventday-feedback-ask-comment", {"rating": int(flow_data(ctx)["rating"])}),
        [(Msg("eventday-button-skip"), SKIP)],
    )


async def _comment(ctx: Context, text: str) -> str:
    text = text.strip()
    if not text:
        ctx.reply("eventday-feedback-empty")
        return STAY
    if len(text) > MAX_COMMENT:
        ctx.reply("eventday-feedback-too-long", limit=MAX_COMMENT, length=len(text))
        return STAY
    await repo(ctx.uow).comment(int(flow_data(ctx)["event"]), ctx.participant.id, text, ctx.now())
    ctx.reply("eventday-feedback-thanks-comment")
    return DONE


async def _skipped(ctx: Context, value: str) -> str:
    ctx.reply("eventday-feedback-thanks")
    return DONE


async def _cancelled(ctx: Context) -> None:
    ctx.reply("eventday-feedback-thanks")


async def _file(ctx: Context, attachment: Attachment) -> str:
    ctx.reply("eventday-feedback-text-only")
    return STAY


COMMENT = router.add_flow(
    Flow(
        "feedback",
        [Step("comment", _ask_comment, on_text=_comment, on_choice=_skipped, on_attachment=_file)],
        on_cancel=_cancelled,
    )
)
