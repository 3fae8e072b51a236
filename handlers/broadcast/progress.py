"""A broadcast's live progress for its organizer (one message edited in place) and its final
report, which is an outbox row so it reaches the organizer past a rate limit or a restart."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.feature import PlanContext, ProgressNote
from bot.core.messages import Button, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.payloads import Payload
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast
from storage.outbox import DeliveryStatus, NewDelivery

renderers = Renderers()

PROGRESS_EVERY = timedelta(seconds=3)
REPORT = "broadcast-report"
"""The renderer, category and key prefix of a broadcast's final report."""
DEFAULT_RATE = 30.0


@dataclass(frozen=True)
class BroadcastCsv(Payload, prefix="bccsv"):
    broadcast: int


@dataclass(frozen=True)
class BroadcastStop(Payload, prefix="bcstop"):
    broadcast: int


def counts_of(progress: dict[str, int]) -> dict[str, int]:
    waiting = progress.get(DeliveryStatus.PENDING, 0) + progress.get(DeliveryStatus.SENDING, 0)
    return {
        "sent": progress.get(DeliveryStatus.SENT, 0),
        "failed": progress.get(DeliveryStatus.FAILED, 0),
        "blocked": progress.get(DeliveryStatus.BLOCKED, 0),
        "deferred": progress.get(DeliveryStatus.DEFERRED, 0),
        "waiting": waiting,
        "total": sum(progress.values()),
    }


async def progress_notes(ctx: PlanContext) -> list[ProgressNote]:
    """Progress messages due for the organizers of running broadcasts (each edited in place,
    at most every ``PROGRESS_EVERY``). A broadcast that has finished is marked done and its
    final report becomes an outbox row, so it reaches the organizer even past a rate limit."""
    uow, now, rate = ctx.uow, ctx.now, ctx.settings.telegram_rate
    notes: list[ProgressNote] = []
    for broadcast in await uow.broadcasts.running(now):
        counts = counts_of(await uow.outbox.progress(group_key(broadcast.id)))
        broadcast.state = BroadcastState.SENDING
        if counts["waiting"] == 0:
            broadcast.state = BroadcastState.DONE
            broadcast.finished_at = now
            if broadcast.organizer_id is not None:  # None: they deleted their data
                await uow.outbox.enqueue(final_report(broadcast, now, broadcast.organizer_id), now)
            continue
        if broadcast.progress_at is not None and now - broadcast.progress_at < PROGRESS_EVERY:
            continue
        broadcast.progress_at = now
        organizer = (
            await uow.participants.get(broadcast.organizer_id) if broadcast.organizer_id else None
        )
        if organizer is not None:
            notes.append((organizer, progress_reply(broadcast, counts, rate, finished=False)))
    await uow.session.flush()
    return notes


def final_report(broadcast: Broadcast, now: datetime, organizer_id: int) -> NewDelivery:
    return NewDelivery(
        f"{REPORT}:{broadcast.id}",
        organizer_id,
        now,
        "response",
        REPORT,
        REPORT,
        {"broadcast": broadcast.id},
    )


@renderers.register(REPORT)
async def report_message(ctx: RenderContext) -> Reply | None:
    """The final report, with the counts as they are when it leaves."""
    broadcast = await ctx.uow.broadcasts.get(int(ctx.params["broadcast"]))
    if broadcast is None:
        return None
    counts = counts_of(await ctx.uow.outbox.progress(group_key(broadcast.id)))
    return progress_reply(broadcast, counts, DEFAULT_RATE, finished=True)


def progress_reply(
    broadcast: Broadcast, counts: dict[str, int], rate: float, finished: bool
) -> Reply:
    edit_key = f"broadcast-{broadcast.id}"
    if finished:
        return Reply(
            Msg("broadcast-report", {"number": broadcast.id, **counts}),
            [Button(Msg("broadcast-button-csv"), BroadcastCsv(broadcast.id).pack())],
            edit_key=edit_key,
        )
    left = timedelta(minutes=math.ceil(counts["waiting"] / max(rate, 0.1) / 60))
    return Reply(
        Msg("broadcast-progress", {"number": broadcast.id, "left": left, **counts}),
        [Button(Msg("broadcast-button-stop"), BroadcastStop(broadcast.id).pack())],
        edit_key=edit_key,
    )
