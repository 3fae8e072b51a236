"""A broadcast from the moment it is scheduled until it starts sending: the use cases the
chat (``compose.py``, ``scheduled.py``) and any other front end (a web page) share. Each takes
a unit of work and plain values, checks that the broadcast is of the organizer's program, and
returns what happened; none of them sends anything itself.

- ``start``: the audience is resolved now, when sending starts (not when it was scheduled:
  a team that handed in meanwhile drops out of "no submission", a newcomer is in
  "everyone"); one outbox row per recipient, or one per language version for "only me";
  with nobody to send to, the broadcast is over and its report says so.
- ``start_due`` (a planner): starts every scheduled broadcast whose time has come.
- ``cancel``, ``reschedule``, ``replace_text``: until it starts (cancel also while sending).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.core.feature import PlanContext, Planner
from handlers.broadcast.audience import LANGUAGES, ME, recipients
from handlers.broadcast.progress import counts_of, final_report
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast, Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

RENDERER = "broadcast"
"""The renderer and category of a broadcast's rows."""
ENQUEUE_CHUNK = 1000


class Outcome(StrEnum):
    DONE = "done"
    STARTED = "started"
    """It is sending or over already: too late to change it."""
    GONE = "gone"
    """No such broadcast in the organizer's program."""
    LAST_TEXT = "last_text"
    """The only language version cannot be removed."""
    PAST = "past"
    """The new time has passed already."""


@dataclass(frozen=True)
class Cancelled:
    outcome: Outcome
    cancelled: int = 0
    """Messages that will not be sent."""
    sent: int = 0
    """Messages delivered before it was stopped."""


async def audience_of(uow: UnitOfWork, broadcast: Broadcast, now: datetime) -> list[Participant]:
    """Who the broadcast reaches if it starts ``now`` (the estimate shown when scheduling)."""
    organizer = await uow.participants.get(broadcast.organizer_id)
    if organizer is None or broadcast.program_id is None:
        return []
    return await recipients(
        uow, broadcast.program_id, organizer, broadcast.audience, broadcast.audience_arg, now
    )


def rows_for(
    broadcast: Broadcast, people: Sequence[Participant], now: datetime, fallback: Sequence[str]
) -> list[NewDelivery]:
    """One row per recipient; "only me" gets every language version written, one row each."""
    group = group_key(broadcast.id)
    params = {"broadcast": broadcast.id, "fallback": ",".join(fallback)}
    if broadcast.audience == ME:
        versions = [code for code in LANGUAGES if broadcast.texts.get(code)]
        return [
            NewDelivery(
                key=f"{group}:{person.id}:{code}",
                participant_id=person.id,
                due_at=now,
                purpose="announcement",
                category=RENDERER,
                renderer=RENDERER,
                params={**params, "version": code},
                group_key=group,
            )
            for person in people
            for code in versions
        ]
    return [
        NewDelivery(
            key=f"{group}:{person.id}",
            participant_id=person.id,
            due_at=now,
            purpose="announcement",
            category=RENDERER,
            renderer=RENDERER,
            params=params,
            group_key=group,
        )
        for person in people
    ]


async def start(
    uow: UnitOfWork, broadcast: Broadcast, now: datetime, fallback: Sequence[str]
) -> int:
    """Resolve the audience and queue the rows; returns how many. With nobody to send to the
    broadcast is done at once and its final report is queued for the organizer."""
    rows = rows_for(broadcast, await audience_of(uow, broadcast, now), now, fallback)
    for first in range(0, len(rows), ENQUEUE_CHUNK):
        await uow.outbox.enqueue_many(rows[first : first + ENQUEUE_CHUNK], now)
    broadcast.recipients = len({row.participant_id for row in rows})
    broadcast.state = BroadcastState.SENDING
    if not rows:
        broadcast.state, broadcast.finished_at = BroadcastState.DONE, now
        await uow.outbox.enqueue(final_report(broadcast, now), now)
    return len(rows)


async def start_due(ctx: PlanContext) -> int:
    """The planner: every scheduled broadcast whose time has come starts sending."""
    added = 0
    for broadcast in await ctx.uow.broadcasts.due(ctx.now):
        added += await start(ctx.uow, broadcast, ctx.now, ctx.settings.broadcast_fallback)
    return added


async def rehearse_due(ctx: PlanContext, first: datetime, end: datetime) -> list[NewDelivery]:
    """For ``rehearse``: the rows of the broadcasts scheduled in ``[first, end)``, for the
    audience as it is at the rehearsal's start."""
    found: list[NewDelivery] = []
    for broadcast in await ctx.uow.broadcasts.due(end):
        if first <= broadcast.scheduled_at:
            people = await audience_of(ctx.uow, broadcast, ctx.now)
            fallback = ctx.settings.broadcast_fallback
            found += rows_for(broadcast, people, broadcast.scheduled_at, fallback)
    return found


PLANNER = Planner("broadcasts", start_due, rehearse_due)


async def _of_program(
    uow: UnitOfWork, broadcast_id: int, program_id: str | None
) -> Broadcast | None:
    broadcast = await uow.broadcasts.get(broadcast_id)
    if broadcast is None or program_id is None or broadcast.program_id != program_id:
        return None
    return broadcast


async def scheduled(
    uow: UnitOfWork, broadcast_id: int, program_id: str | None
) -> tuple[Outcome, Broadcast | None]:
    """The broadcast if it can still be changed: ``DONE`` with it, else why not."""
    broadcast = await _of_program(uow, broadcast_id, program_id)
    if broadcast is None:
        return Outcome.GONE, None
    if broadcast.state != BroadcastState.SCHEDULED:
        return Outcome.STARTED, broadcast
    return Outcome.DONE, broadcast


async def cancel(
    uow: UnitOfWork, broadcast_id: int, program_id: str | None, now: datetime
) -> Cancelled:
    """Cancel a scheduled broadcast, or stop one that is sending: the rows that have not left
    are cancelled (one being sent right now finishes; the renderer skips any picked up after
    this commits)."""
    broadcast = await _of_program(uow, broadcast_id, program_id)
    if broadcast is None:
        return Cancelled(Outcome.GONE)
    if broadcast.state in (BroadcastState.DONE, BroadcastState.CANCELLED):
        return Cancelled(Outcome.STARTED)
    group = group_key(broadcast.id)
    cancelled = await uow.outbox.cancel_group(group, now)
    broadcast.state, broadcast.finished_at = BroadcastState.CANCELLED, now
    counts = counts_of(await uow.outbox.progress(group))
    return Cancelled(Outcome.DONE, cancelled, counts["sent"])


async def reschedule(
    uow: UnitOfWork, broadcast_id: int, program_id: str | None, at: datetime, now: datetime
) -> Outcome:
    """Move a scheduled broadcast to ``at`` (in the future)."""
    outcome, broadcast = await scheduled(uow, broadcast_id, program_id)
    if outcome != Outcome.DONE or broadcast is None:
        return outcome
    if at <= now:
        return Outcome.PAST
    broadcast.scheduled_at = at
    return Outcome.DONE


async def replace_text(
    uow: UnitOfWork, broadcast_id: int, program_id: str | None, language: str, text: str | None
) -> Outcome:
    """Replace (or, with ``None``, remove) one language version of a scheduled broadcast;
    the last version cannot be removed."""
    outcome, broadcast = await scheduled(uow, broadcast_id, program_id)
    if outcome != Outcome.DONE or broadcast is None:
        return outcome
    texts = dict(broadcast.texts)
    if text is None:
        texts.pop(language, None)
        if not texts:
            return Outcome.LAST_TEXT
    else:
        texts[language] = text
    broadcast.texts = texts  # a new dict: the JSON column sees the change
    return Outcome.DONE
