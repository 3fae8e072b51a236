"""A program's timeline of reminders, and the planner that puts it into the outbox.

Items: deadline reminders at each stage's ``reminder_hours`` before a team's deadline
(category ``deadline``), event reminders 24 h and 1 h before each event (``event``), and on
each event day the agenda at 08:00 in the reader's time zone, or at 20:00 the evening before
when that day's programme starts before 08:00 there (``agenda``). A reminder that would fall
in the reader's quiet hours (22:00-08:00 local) moves to 08:00, unless that is not before the
deadline or the event start. Members of a team that a selection round left out of the
program get no deadline reminders (``storage/selection.py``).

Each item has an audience: events and agendas go to everyone following the program; the
deadline reminders of a stage go to the members of the teams that keep the stage's deadline,
and a team with an extension gets reminders of its own (``…:deadline:{stage}:t{team}:…``),
timed from its deadline (``Deadlines.of``, the one place a team's deadline is read).

The planner keeps no state: each run looks at the items due soon, adds the rows that are
missing (``ON CONFLICT DO NOTHING`` on ``{group}:p{participant}``), and re-plans pending rows
whose item moved (a changed program file, a new extension) or whose reader left its audience.
A reminder is never planned twice for the same person, item and offset, and one that fell due
while the bot was down is planned only while it still means something and no later reminder
of the same item falls within the planning horizon (it would arrive minutes before it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.context import time_zone_of
from bot.core.feature import PlanContext, Planner
from bot.core.messages import Purpose
from storage.models import Event, Participant, Program, Stage
from storage.outbox import DeliveryStatus, NewDelivery
from storage.selection import SelectionRepository
from storage.uow import UnitOfWork

DEADLINE, EVENT, AGENDA = "deadline", "event", "agenda"
DEADLINE_RENDERER = "deadline-reminder"
EVENT_RENDERER = "event-reminder"
AGENDA_RENDERER = "event-agenda"
CATEGORIES = (DEADLINE, EVENT, AGENDA)
EVENT_REMINDER_HOURS = (24, 1)
QUIET_FROM, QUIET_UNTIL = time(22, 0), time(8, 0)
MORNING = time(8, 0)
EVENING = time(20, 0)
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
    # …or 08:00 of this day in each reader's time zone (the morning agenda)…
    local_day: date | None = None
    # …or 20:00 the evening before, for a reader whose 08:00 is not before this.
    day_starts: datetime | None = None
    # Group keys of the reminders of the same item that come after this one.
    later: tuple[str, ...] = field(default=())
    # Not for a reader whose time for it came before this (an extension's reminders that fell
    # due before it was granted: the notice of the extension told the team).
    not_before: datetime | None = None
    # Messenger's tag outside the 24-hour window follows it: a deadline reminder states the
    # team's submission status (ACCOUNT_UPDATE), an event reminder is CONFIRMED_EVENT_UPDATE.
    purpose: Purpose = "event_update"

    @property
    def earliest(self) -> datetime:
        if self.at is not None:
            return self.at
        assert self.local_day is not None
        day = self.local_day - timedelta(days=1) if self.day_starts else self.local_day
        moment = EVENING if self.day_starts else MORNING
        return datetime.combine(day, moment, tzinfo=UTC) - EARLIEST_OFFSET

    def too_early(self, due: datetime) -> bool:
        return self.not_before is not None and due < self.not_before

    def due_for(self, tz: ZoneInfo) -> datetime:
        """When this reader gets it: quiet hours and local mornings applied."""
        if self.at is None:
            assert self.local_day is not None
            morning = datetime.combine(self.local_day, MORNING, tzinfo=tz).astimezone(UTC)
            if self.day_starts is not None and morning >= self.day_starts:
                evening = datetime.combine(self.local_day - timedelta(days=1), EVENING, tzinfo=tz)
                return evening.astimezone(UTC)
            return morning
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


def deadline_items(
    program: Program,
    stage: Stage,
    deadline: datetime,
    team_id: int | None = None,
    granted_at: datetime | None = None,
) -> list[TimelineItem]:
    """The stage's reminders before ``deadline``: the stage's own, or (``team_id``) those of
    a team whose deadline was extended at ``granted_at``."""
    hours = sorted({int(h) for h in stage.reminder_hours}, reverse=True)
    item_key = f"{program.id}:{DEADLINE}:{stage.key}"
    params: dict[str, Any] = {"program": program.id, "stage": stage.key}
    if team_id is not None:
        item_key += f":t{team_id}"
        params["team"] = team_id
    keys = [f"{item_key}:{h}h" for h in hours]
    return [
        TimelineItem(
            group_key=keys[i],
            item_key=item_key,
            category=DEADLINE,
            renderer=DEADLINE_RENDERER,
            params=params,
            expires_at=deadline,
            at=deadline - timedelta(hours=h),
            later=tuple(keys[i + 1 :]),
            not_before=granted_at,
            purpose="account_update",
        )
        for i, h in enumerate(hours)
    ]


def event_items(program: Program) -> list[TimelineItem]:
    """The reminders and agendas of every event of the program, in no particular order."""
    items: list[TimelineItem] = []
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
        items += _agenda_items(program, event)
    return items


def _agenda_items(program: Program, event: Event) -> list[TimelineItem]:
    tz = ZoneInfo(event.time_zone)
    first = event.starts_at.astimezone(tz).date()
    last = (event.ends_at or event.starts_at).astimezone(tz).date()
    if event.all_day and event.ends_at is not None and last > first:
        last -= timedelta(days=1)  # an all-day event ends at midnight of the next day
    params = {"program": program.id, "event": event.key}
    items = []
    day = first
    while day <= last:
        key = f"{program.id}:{AGENDA}:{event.key}:{day.isoformat()}"
        items.append(
            TimelineItem(
                group_key=key,
                item_key=key,
                category=AGENDA,
                renderer=AGENDA_RENDERER,
                params={**params, "day": day.isoformat()},
                expires_at=event.ends_at or event.starts_at + timedelta(days=1),
                local_day=day,
                day_starts=None if event.all_day else _day_starts(event, day, first),
            )
        )
        day += timedelta(days=1)
    return items


def _day_starts(event: Event, day: date, first: date) -> datetime | None:
    """When the event's programme begins on ``day`` (its zone): the start on the first day,
    else the day's first agenda item (``None`` without one)."""
    if day == first:
        return event.starts_at
    tz = ZoneInfo(event.time_zone)
    times = [a.starts_at for a in event.agenda if a.starts_at.astimezone(tz).date() == day]
    return min(times) if times else None


@dataclass(frozen=True)
class Audience:
    """Items of the timeline and the people who get each of them."""

    items: list[TimelineItem]
    people: list[Participant]


async def audiences(uow: UnitOfWork, program: Program) -> list[Audience]:
    """Who gets what of the program's timeline: everyone its events; the members of each
    team the deadline reminders of their own deadlines (none for a team a selection round
    left out)."""
    everyone = await uow.participants.in_program(program.id)
    following = {person.id: person for person in everyone}
    found = [Audience(event_items(program), everyone)]
    out = await uow.get(SelectionRepository).out_team_ids(program.id)
    teams = [t for t in await uow.teams.in_program(program.id) if t.id not in out]
    deadlines = await uow.submissions.deadlines(program.id)
    for stage in program.stages:
        keeping: list[Participant] = []  # members of the teams that keep the stage's deadline
        for team in teams:
            members = [
                following[m.participant_id] for m in team.members if m.participant_id in following
            ]
            if deadlines.is_extended(team.id, stage):
                deadline, granted = (
                    deadlines.of(team.id, stage),
                    deadlines.granted_at(team.id, stage),
                )
                items = deadline_items(program, stage, deadline, team.id, granted)
                found.append(Audience(items, members))
            else:
                keeping += members
        found.append(Audience(deadline_items(program, stage, stage.deadline_at), keeping))
    return found


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


def reader_zones(found: list[Audience], default_language: str) -> dict[int, ZoneInfo]:
    """Each reader's zone, by participant id, for everyone in ``found``."""
    return {
        person.id: reader_zone(person, default_language)
        for audience in found
        for person in audience.people
    }


def rehearse_items(
    found: list[Audience], start: datetime, end: datetime, default_language: str
) -> list[NewDelivery]:
    """What the timeline would add to the outbox for rows due in ``[start, end)``; people in
    ``out_of_stages`` (teams a selection round left out) get no deadline reminders."""
    planned = []
    for audience in found:
        for person in audience.people:
            tz = reader_zone(person, default_language)
            for item in audience.items:
                due = item.due_for(tz)
                if start <= due < end and due < item.expires_at and not item.too_early(due):
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
        found = await audiences(uow, program)
        zones = reader_zones(found, default_language)
        await replan_pending(uow, program.id, found, zones, now)
        horizon = now + lookahead
        candidates = [
            (item, audience)
            for audience in found
            for item in audience.items
            if item.earliest <= horizon and item.expires_at > now
        ]
        existing: dict[str, set[int]] = {item.group_key: set() for item, _ in candidates}
        for row in await uow.outbox.in_groups(list(existing)):
            existing[row.group_key or ""].add(row.participant_id)
        new = []
        for item, audience in candidates:
            siblings = {other.group_key: other for other in audience.items}
            for person in audience.people:
                if person.id in existing[item.group_key]:
                    continue
                tz = zones[person.id]
                due = item.due_for(tz)
                if (
                    due >= item.expires_at
                    or item.too_early(due)
                    or _superseded(item, due, siblings, tz, now, horizon)
                ):
                    continue
                new.append(delivery_for(item, person, due))
        new.sort(key=lambda d: (d.due_at, d.participant_id, d.key))
        added += await uow.outbox.enqueue_many(new, now)
    return added


def _superseded(
    item: TimelineItem,
    due: datetime,
    items: dict[str, TimelineItem],
    tz: ZoneInfo,
    now: datetime,
    horizon: datetime,
) -> bool:
    """A late reminder (its time has passed) whose later reminder of the same item falls
    within the planning horizon: it would only repeat that one, minutes before it."""
    if due > now:
        return False
    return any(items[key].due_for(tz) <= horizon for key in item.later if key in items)


async def replan_pending(
    uow: UnitOfWork,
    program_id: str,
    found: list[Audience],
    zones: dict[int, ZoneInfo],
    now: datetime,
) -> int:
    """Move pending rows whose item moved; cancel those whose item is gone or whose reader
    is no longer in its audience (left the team, or the team's deadline was extended).
    Returns how many rows changed."""
    assigned: dict[str, tuple[TimelineItem, set[int]]] = {}
    for audience in found:
        readers = {person.id for person in audience.people}
        for item in audience.items:
            assigned[item.group_key] = (item, readers)
    changed = 0
    for row in await uow.outbox.pending_in_categories(CATEGORIES, f"{program_id}:"):
        entry = assigned.get(row.group_key or "")
        tz = zones.get(row.participant_id)
        if entry is None or tz is None or row.participant_id not in entry[1]:
            row.status, row.updated_at = DeliveryStatus.CANCELLED, now
            changed += 1
            continue
        item = entry[0]
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
        found = await audiences(ctx.uow, program)
        planned += rehearse_items(found, start, end, ctx.settings.default_language)
    return planned


PLANNER = Planner("timeline", _plan, _rehearse)
