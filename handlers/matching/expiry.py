"""Requests nobody answered expire after ``MATCHING_EXPIRY_DAYS``: the visitor is told, and
the request no longer counts against their limit. A planner puts the notice in the outbox,
due when the request runs out (the rehearsal clock shows it), and marks what ran out."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.feature import PlanContext, Planner
from bot.core.messages import Msg, Reply, Verbatim
from bot.core.outbox import RenderContext, Renderers
from handlers.matching.common import repo
from storage.matching import OPEN_STATES, Introduction, IntroState
from storage.outbox import NewDelivery

renderers = Renderers()

RENDERER = "matching-expired"
LOOKAHEAD = timedelta(minutes=15)


def expired_notice(intro: Introduction) -> NewDelivery:
    return NewDelivery(
        key=f"{intro.program_id}:intro-expired:{intro.id}",
        participant_id=intro.visitor_id,
        due_at=intro.expires_at,
        purpose="account_update",
        category="matching",
        renderer=RENDERER,
        params={"intro": intro.id},
        group_key=f"{intro.program_id}:matching",
    )


async def _plan(ctx: PlanContext) -> int:
    rows = [expired_notice(i) for i in await repo(ctx.uow).expiring(ctx.now + LOOKAHEAD)]
    added = await ctx.uow.outbox.enqueue_many(rows, ctx.now)
    await repo(ctx.uow).expire(ctx.now)
    return added


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return [
        expired_notice(intro)
        for intro in await repo(ctx.uow).expiring(end)
        if start <= intro.expires_at
    ]


@renderers.register(RENDERER)
async def expired(ctx: RenderContext) -> Reply | None:
    """Nothing when the lead answered meanwhile."""
    intro = await repo(ctx.uow).introduction(int(ctx.params["intro"]))
    if intro is None or ctx.now < intro.expires_at:
        return None
    if intro.state not in (*OPEN_STATES, IntroState.EXPIRED):
        return None
    project = await repo(ctx.uow).project(intro.project_id)
    title = Verbatim(project.title if project else "")
    return Reply(
        Msg(
            "match-expired-visitor",
            {"title": title, "days": (intro.expires_at - intro.created_at).days},
        )
    )


PLANNER = Planner("matching-expiry", _plan, _rehearse)
