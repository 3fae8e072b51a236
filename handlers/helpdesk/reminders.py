"""The helpdesk's planner: a question nobody has answered after ``HELPDESK_REMIND_HOURS``
reminds the helpdesk group once, and an organizer whose answer a platform keeps back
(Messenger, more than 7 days after the person's last message) is told it waits."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.feature import PlanContext, Planner
from handlers.helpdesk.threads import ANSWER_RENDERER, desk, desk_group, notice
from storage.outbox import NewDelivery

LOOKAHEAD = timedelta(minutes=15)


async def _reminders(ctx: PlanContext, until: datetime) -> list[NewDelivery]:
    """One reminder per organizer of the group for each question unanswered at ``until``
    minus the reminder's delay, due at that delay."""
    after = timedelta(hours=ctx.settings.helpdesk_remind_hours)
    rows = []
    for thread in await desk(ctx.uow).unanswered_before(until - after):
        if thread.erased_at is not None:
            continue
        due = thread.created_at + after
        group = await desk_group(ctx.uow, ctx.settings, thread.program_id, thread.asker_id)
        rows += [notice(thread, "remind", p.id, ctx.now, "remind", due_at=due) for p in group]
    return rows


async def _deferred(ctx: PlanContext) -> list[NewDelivery]:
    """A notice to the author of each answer a channel deferred."""
    rows = []
    for delivery in await desk(ctx.uow).deferred_deliveries(ANSWER_RENDERER):
        message = await desk(ctx.uow).message(int(delivery.params["message"]))
        thread = await desk(ctx.uow).get(int(delivery.params["thread"]))
        if message is None or thread is None or message.author_id is None:
            continue
        rows.append(
            notice(thread, "deferred", message.author_id, ctx.now, f"deferred{delivery.id}")
        )
    return rows


async def plan(ctx: PlanContext) -> int:
    rows = await _reminders(ctx, ctx.now + LOOKAHEAD) + await _deferred(ctx)
    return await ctx.uow.outbox.enqueue_many(rows, ctx.now)


async def rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    return [row for row in await _reminders(ctx, end) if start <= row.due_at < end]


PLANNER = Planner("helpdesk", plan, rehearse)
