"""/session: the team lead asks an assigned mentor for a session.

Flow ``sreq``: mentor → topic → length → times (up to three) → mode → place.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg
from bot.core.router import Router
from handlers.mentoring.common import (
    IN_PERSON,
    LENGTHS,
    ONLINE,
    mentor_name,
    team_of_lead,
)
from handlers.mentoring.notices import replan
from handlers.mentoring.times import time_problem, times_step
from storage.mentoring import SessionState
from storage.models import MentoringSession

router = Router()

TOPIC_MAX = 300
PLACE_MAX = 500


async def _ask_mentor(ctx: Context) -> Prompt:
    team = await team_of_lead(ctx)
    mentors = await ctx.uow.mentoring.mentors_of(team.id) if team else []
    return Prompt(
        Msg("session-ask-mentor-choice"),
        [(await _label(ctx, m), str(m)) for m in mentors],
    )


async def _label(ctx: Context, mentor_id: int) -> Msg:
    return Msg("session-mentor-button", {"name": await mentor_name(ctx.uow, mentor_id)})


async def _mentor(ctx: Context, value: str) -> str:
    team = await team_of_lead(ctx)
    if team is None or not value.isdigit():
        await ctx.router.flows.stale(ctx)
        return STAY
    if not await ctx.uow.mentoring.is_assigned(team.id, int(value)):
        ctx.reply("session-mentor-not-assigned")
        return STAY
    flow_data(ctx)["mentor"] = int(value)
    return NEXT


async def _ask_topic(ctx: Context) -> Prompt:
    return Prompt(Msg("session-ask-topic"))


async def _topic(ctx: Context, text: str) -> str:
    topic = " ".join(text.split())
    if not topic or len(topic) > TOPIC_MAX:
        ctx.reply("session-topic-invalid", max=TOPIC_MAX)
        return STAY
    flow_data(ctx)["topic"] = topic
    return NEXT


async def _ask_length(ctx: Context) -> Prompt:
    return Prompt(
        Msg("session-ask-length"),
        [(Msg("session-length-button", {"length": timedelta(minutes=m)}), str(m)) for m in LENGTHS],
    )


async def _length(ctx: Context, value: str) -> str:
    if not value.isdigit() or int(value) not in LENGTHS:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["length"] = int(value)
    return NEXT


async def _check_time(ctx: Context, at: datetime) -> str | None:
    data = flow_data(ctx)
    return await time_problem(ctx, at, data["mentor"], timedelta(minutes=data["length"]))


async def _times_done(ctx: Context) -> str:
    return NEXT


async def _ask_mode(ctx: Context) -> Prompt:
    return Prompt(
        Msg("session-ask-mode"),
        [(Msg("session-mode-online"), ONLINE), (Msg("session-mode-in-person"), IN_PERSON)],
    )


async def _mode(ctx: Context, value: str) -> str:
    if value not in (ONLINE, IN_PERSON):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["mode"] = value
    return NEXT


async def _ask_place(ctx: Context) -> Prompt:
    return Prompt(Msg(f"session-ask-place-{flow_data(ctx)['mode']}"))


async def _place(ctx: Context, text: str) -> str:
    place = text.strip()
    if not place or len(place) > PLACE_MAX:
        ctx.reply("session-place-invalid", max=PLACE_MAX)
        return STAY
    data = flow_data(ctx)
    team = await team_of_lead(ctx)
    if team is None or not await ctx.uow.mentoring.is_assigned(team.id, data["mentor"]):
        ctx.reply("session-mentor-not-assigned")
        return DONE
    now = ctx.now()
    session = await ctx.uow.mentoring.add_session(
        MentoringSession(
            team_id=team.id,
            mentor_id=data["mentor"],
            requested_by=ctx.participant.id,
            topic=data["topic"],
            proposals=data["times"],
            length_minutes=data["length"],
            mode=data["mode"],
            place=place,
            state=SessionState.REQUESTED,
            awaiting="mentor",
            version=1,
            reason="",
            mentor_note="",
            created_at=now,
            updated_at=now,
        )
    )
    await replan(ctx.uow, session, now)
    ctx.reply("session-requested", mentor=await mentor_name(ctx.uow, session.mentor_id))
    return DONE


REQUEST = router.add_flow(
    Flow(
        "sreq",
        [
            Step("mentor", _ask_mentor, on_choice=_mentor),
            Step("topic", _ask_topic, on_text=_topic),
            Step("length", _ask_length, on_choice=_length),
            times_step(_check_time, _times_done),
            Step("mode", _ask_mode, on_choice=_mode),
            Step("place", _ask_place, on_text=_place),
        ],
    )
)


@router.command("session", help_id="help-session")
async def session_command(ctx: Context) -> None:
    team = await team_of_lead(ctx)
    if team is None:
        ctx.reply("session-not-lead")
        return
    if not await ctx.uow.mentoring.mentors_of(team.id):
        ctx.reply("session-no-mentors")
        return
    await ctx.router.flows.start(ctx, REQUEST, {})
