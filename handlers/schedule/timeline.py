"""A program's timeline of reminders, and the planner that puts it into the outbox.

Items: deadline reminders at each stage's ``reminder_hours`` before its deadline (category
``deadline``), event reminders 24 h and 1 h before each event (``event``), and on each event
day a morning agenda at 08:00 in the reader's time zone (``agenda``). A reminder that would
fall in the reader's quiet hours (22:00-08:00 local) moves to 08:00, unless that is not before
the deadline or the event start.

The planner keeps no state: each run looks at the items due soon, adds the rows that are
missing (``ON CONFLICT DO NOTHING`` on ``{group}:p{participant}``), and re-plans pending rows
whose item moved (a changed program file) or disappeared. A reminder is never planned twice
for the same person, item and offset, and one that fell due while the bot was down is planned
only while it still means something and no later reminder of the same item is due already.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.context import time_zone_of
from bot.core.feature import PlanContext, Planner
from bot.core.messages import Purpose
from storage.models import Participant, Program
from storage.outbox import DeliveryStatus, NewDelivery
from storage.uow import UnitOfWork

DEADLINE, EVENT, AGENDA = "deadline", "event", "agenda"
DEADLINE_RENDERER = "deadline-reminder"
EVENT_RENDERER = "event-reminder"
AGENDA_RENDERER = "event-agenda"
CATEGORIES = (DEADLINE, EVENT, AGENDA)
EVENT_REMINDER_HOURS = (24, 1)
QUIET_FROM, QUIET_UNTIL = time(22, 0), time(8, 0)
MORNING = time(8, 0)
LOOKAHEAD = timedelta(minutes=15)
# The earliest zone (UTC+14) reaches a local time this much before UTC does.
EARLIEST_OFFSET = timedelta(hours=14)


@dataclass(frozen=True)
class TimelineItem:
    """One reminder of a program, before it is addressed to anyone."""

    # ``{program}:{category}:{item}:{offset}``: the outbox group of its rows.
    group_key: str
    item_key: str
    category: str
    renderer: str
    params: dict[str, Any]
    expires_at: datetime
    # A fixed instant (deadline and event reminders)…
    at: datetime | None = None
    # …or 08:00 of this day in each reader's time zone (the morning agenda).
    local_day: date | None = None
    # Group keys of the reminders of the same item that come after this one.
    later: tuple[str, ...] = field(default=())
    # Messenger's tag outside the 24-hour window follows it: a deadline reminder states the
    # team's submission status (ACCOUNT_UPDATE), an event reminder is CONFIRMED_EVENT_UPDATE.
    purpose: Purpose = "event_update"

    @property
    def earliest(self) -> datetime:
        if self.at is not None:
            return self.at
        assert self.local_day is not None
        return datetime.combine(self.local_day, MORNING, tzinfo=UTC) - EARLIEST_OFFSET

    def due_for(self, tz: ZoneInfo) -> datetime:
        """When this reader gets it: quiet hours and local mornings applied."""
        if self.at is None:
            assert self.local_day is not None
            return datetime.combine(self.local_day, MORNING, tzinfo=tz).astimezone(UTC)
        return after_quiet_hours(self.at, tz, self.expires_at)


def after_quiet_hours(at: datetime, tz: ZoneInfo, limit: datetime) -> datetime:
    """``at``; or, when ``at`` is in 22:00-08:00 local, the 08:00 after it if that is before
    ``limit`` (the deadline or the event start)."""
    local = at.astimezone(tz)
    if QUIET_UNTIL <= local.time() < QUIET_FROM:
        return at
    day = local.date() + timedelta(days=1 if local.time() >= QUIET_FROM else 0)
    morning = datetime.combine(day, MORNING, tzinfo=tz).astimezone(UTC)
    return morning if morning < limit else at


def timeline(program: Program) -> list[TimelineItem]:
    """Every reminder of the program, in no particular order."""
    items: list[TimelineItem] = []
    for stage in program.stages:
        hours = sorted({int(h) for h in stage.reminder_hours}, reverse=True)
        item_key = f"{program.id}:{DEADLINE}:{stage.key}"
        keys = [f"{item_key}:{h}h" for h in hours]
        for i, h in enumerate(hours):
            items.append(
                TimelineItem(
                    group_key=keys[i],
                    item_key=item_key,
                    category=DEADLINE,
                    renderer=DEADLINE_RENDERER,
                    params={"program": program.id, "stage": stage.key},
                    expires_at=stage.deadline_at,
                    at=stage.deadline_at - timedelta(hours=h),
                    later=tuple(keys[i + 1 :]),
                    purpose="account_update",
                )
            )
    for event in program.events:
        item_key = f"{program.id}:{EVENT}:{event.key}"
        keys = [f"{item_key}:{h}h" for h in EVENT_REMINDER_HOURS]
        params = {"program": program.id, "event": event.key}
        for i, h in enumerate(EVENT_REMINDER_HOURS):
            items.append(
                TimelineItem(
                    group_key=keys[i],
                    item_key=item_key,
                    category=EVENT,
                    renderer=EVENT_RENDERER,
                    params=params,
                    expires_at=event.starts_at,
                    at=event.starts_at - timedelta(hours=h),
                    later=tuple(keys[i + 1 :]),
                )
            )
        tz = ZoneInfo(event.time_zone)
        first = event.starts_at.astimezone(tz).date()
        last = (event.ends_at or event.starts_at).astimezone(tz).date()
        if event.all_day and event.ends_at is not None and last > first:
            last -= timedelta(days=1)  # an all-day event ends at midnight of the next day
        day = first
        while day <= last:
            items.append(
                TimelineItem(
                    group_key=f"{program.id}:{AGENDA}:{event.key}:{day.isoformat()}",
                    item_key=f"{program.id}:{AGENDA}:{event.key}:{day.isoformat()}",
                    category=AGENDA,
                    renderer=AGENDA_RENDERER,
                    params={**params, "day": day.isoformat()},
                    expires_at=event.ends_at or event.starts_at + timedelta(days=1),
                    local_day=day,
                )
            )
            day += timedelta(days=1)
    return items


def delivery_for(item: TimelineItem, person: Participant, due: datetime) -> NewDelivery:
    return NewDelivery(
        key=f"{item.group_key}:p{person.id}",
        participant_id=person.id,
        due_at=due,
        purpose=item.purpose,
        category=item.category,
        renderer=item.renderer,
        params=item.params,
        group_key=item.group_key,
        expires_at=item.expires_at,
    )


def reader_zone(person: Participant, default_language: str) -> ZoneInfo:
    return time_zone_of(person, person.language or default_language)


def rehearse_items(
    program: Program,
    people: Iterable[Participant],
    start: datetime,
    end: datetime,
    default_language: str,
) -> list[NewDelivery]:
    """What the timeline would add to the outbox for rows due in ``[start, end)``."""
    planned = []
    items = timeline(program)
    for person in people:
        tz = reader_zone(person, default_language)
        for item in items:
            due = item.due_for(tz)
            if start <= due < end and due < item.expires_at:
                planned.append(delivery_for(item, person, due))
    return sorted(planned, key=lambda d: (d.due_at, d.participant_id, d.key))


async def plan_reminders(
    uow: UnitOfWork, now: datetime, default_language: str, lookahead: timedelta = LOOKAHEAD
) -> int:
    """Add the rows due before ``now + lookahead`` that are missing; re-plan pending rows.

    Returns how many rows were added.
    """
    added = 0
    for summary in await uow.programs.all():
        program = await uow.programs.get(summary.id)
        if program is None:
            continue
        items = {item.group_key: item for item in timeline(program)}
        people = {p.id: p for p in await uow.participants.in_program(program.id)}
        zones = {pid: reader_zone(p, default_language) for pid, p in people.items()}
        await replan_pending(uow, program.id, items, zones, now)
        candidates = [
            item
            for item in items.values()
            if item.earliest <= now + lookahead and item.expires_at > now
        ]
        existing: dict[str, set[int]] = {item.group_key: set() for item in candidates}
        for row in await uow.outbox.in_groups(list(existing)):
            existing[row.group_key or ""].add(row.participant_id)
        new = []
        for item in candidates:
            for pid, person in people.items():
                if pid in existing[item.group_key]:
                    continue
                due = item.due_for(zones[pid])
                if due >= item.expires_at or _superseded(item, items, zones[pid], now):
                    continue
                new.append(delivery_for(item, person, due))
        added += await uow.outbox.enqueue_many(new, now)
    return added


def _superseded(
    item: TimelineItem, items: dict[str, TimelineItem], tz: ZoneInfo, now: datetime
) -> bool:
    """A later reminder of the same item is already due: this one would only repeat it."""
    return any(items[key].due_for(tz) <= now for key in item.later if key in items)


async def replan_pending(
    uow: UnitOfWork,
    program_id: str,
    items: dict[str, TimelineItem],
    zones: dict[int, ZoneInfo],
    now: datetime,
) -> int:
    """Move the pending rows whose item moved, cancel those whose item is gone; returns how
    many rows changed."""
    changed = 0
    for row in await uow.outbox.pending_in_categories(CATEGORIES, f"{program_id}:"):
        item = items.get(row.group_key or "")
        tz = zones.get(row.participant_id)
        if item is None or tz is None:
            row.status, row.updated_at = DeliveryStatus.CANCELLED, now
            changed += 1
            continue
        due = item.due_for(tz)
        if (row.due_at, row.expires_at) != (due, item.expires_at):
            row.due_at, row.expires_at, row.params = due, item.expires_at, item.params
            row.updated_at = now
            changed += 1
    return changed


async def _plan(ctx: PlanContext) -> int:
    return await plan_reminders(ctx.uow, ctx.now, ctx.settings.default_language)


async def _rehearse(ctx: PlanContext, start: datetime, end: datetime) -> list[NewDelivery]:
    planned: list[NewDelivery] = []
    for summary in await ctx.uow.programs.all():
        program = await ctx.uow.programs.get(summary.id)
        if program is None:
            continue
        people = await ctx.uow.participants.in_program(program.id)
        planned += rehearse_items(program, people, start, end, ctx.settings.default_language)
    return planned


PLANNER = Planner("timeline", _plan, _rehearse)
