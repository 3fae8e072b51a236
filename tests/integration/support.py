"""Helpers of the integration tests: outbox rows with a test renderer, and their states."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.app import App
from bot.core.feature import build_renderers
from bot.core.messages import Reply, Verbatim
from bot.core.outbox import OutboxDispatcher, Pacer, RenderContext, Renderers
from storage.models import Delivery, Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

test_renderers = Renderers()


@test_renderers.register("verbatim")
async def verbatim(ctx: RenderContext) -> Reply | None:
    """The row's ``text`` as it is (any feature's message would do; this one is exact)."""
    return Reply(Verbatim(str(ctx.params["text"])))


def outbox(app: App, pacer: Pacer | None = None) -> OutboxDispatcher:
    """The production renderers plus ``verbatim``, dispatching on the app's clock."""
    renderers = build_renderers(app.features)
    renderers.include(test_renderers)
    return OutboxDispatcher(app.dispatcher, renderers, pacer)


async def enqueue(
    app: App, key: str, participant_id: int, purpose: str, text: str, due_at: datetime | None = None
) -> None:
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        added = await UnitOfWork(session).outbox.enqueue(
            NewDelivery(
                key=key,
                participant_id=participant_id,
                due_at=due_at or now,
                purpose=purpose,
                category="test",
                renderer="verbatim",
                params={"text": text},
            ),
            now,
        )
        assert added


async def rows(app: App) -> list[tuple[str, str, int, datetime]]:
    """Every outbox row as (key, status, attempts, due_at)."""
    async with app.sessions() as session:
        found = await session.scalars(select(Delivery).order_by(Delivery.id))
        return [(r.dedup_key, r.status, r.attempts, r.due_at) for r in found]


async def blocked_at(app: App, participant_id: int) -> datetime | None:
    async with app.sessions() as session:
        person = await session.get(Participant, participant_id)
        assert person is not None
        return person.blocked_at
