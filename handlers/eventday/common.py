"""What the event-day modules share: an event's windows (RSVP, check-in, feedback), the
program's RSVP events, and check-in codes as people see and type them."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.core.context import Context
from bot.core.messages import LocalTime, Msg
from bot.core.roles import Role
from storage.eventday import CODE_LENGTH, EventDayRepository, RsvpState
from storage.invites import normalize_code
from storage.models import Event
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

TimeStyle = Literal["datetime", "date", "time", "short", "short-date"]

STAFF_ROLES = (Role.STAFF, Role.ORGANIZER)
"""Who may check people in: staff, and organizers implicitly."""
CHECKIN_OPENS = timedelta(hours=6)
"""Check-in for an event opens this long before it starts and closes when it ends."""
CODE_PREFIX = "ci"
"""Deep links of check-in codes: ``/start ci_<code>``."""
FEEDBACK_EVENING = time(19, 0)
FEEDBACK_AFTER_END = timedelta(minutes=30)
FEEDBACK_OPEN = timedelta(days=3)
"""Ratings are taken for this long after the feedback request."""
RECENT = timedelta(days=1)
"""An event that ended less than this ago is still the one /attendance shows by default."""


def repo(uow: UnitOfWork) -> EventDayRepository:
    return uow.get(EventDayRepository)


def zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.time_zone)


def event_time(event: Event, at: datetime, style: TimeStyle = "datetime") -> LocalTime:
    """A moment of the event, labelled with whose clock for a reader in another zone."""
    return LocalTime(at, style, place=event.time_zone)


def event_end(event: Event) -> datetime:
    """``ends``; without one, midnight after the start day in the event's zone."""
    if event.ends_at is not None:
        return event.ends_at
    day = event.starts_at.astimezone(zone(event)).date() + timedelta(days=1)
    return datetime.combine(day, time(0), tzinfo=zone(event))


def rsvp_closes(event: Event) -> datetime:
    return event.rsvp_closes_at or event.starts_at


def rsvp_open(event: Event, now: datetime) -> bool:
    return now < rsvp_closes(event)


def checkin_opens(event: Event) -> datetime:
    return event.starts_at - CHECKIN_OPENS


def feedback_at(event: Event) -> datetime:
    """The evening after the event: 19:00 of its last day in its zone, or half an hour after
    it ends when that is later."""
    end = event_end(event)
    evening = datetime.combine(end.astimezone(zone(event)).date(), FEEDBACK_EVENING, zone(event))
    return max(evening, end + FEEDBACK_AFTER_END)


def feedback_closes(event: Event) -> datetime:
    return feedback_at(event) + FEEDBACK_OPEN


def event_name(event: Event, locale: str) -> str:
    return str(event.names.get(locale, event.key))


def code_text(code: str) -> str:
    """``ABCDEFGHJKLM`` as people read it: ``ABCD-EFGH-JKLM``."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def parse_code(text: str) -> str | None:
    """A code as typed or scanned (``abcd-efgh-jklm``, ``ci_ABCDEFGHJKLM``); ``None`` when it
    cannot be one."""
    text = text.strip()
    if text.lower().startswith(f"{CODE_PREFIX}_"):
        text = text[len(CODE_PREFIX) + 1 :]
    code = normalize_code(text)
    return code if len(code) == CODE_LENGTH else None


def state_label(state: str | None) -> Msg:
    return Msg(f"eventday-state-{state or 'none'}")


async def rsvp_events(uow: UnitOfWork, program_id: str | None) -> list[Event]:
    """The program's events that take RSVPs, in time order."""
    program = await uow.programs.get(program_id) if program_id else None
    return [e for e in program.events if e.rsvp] if program else []


async def pick_event(ctx: Context, key: str, now: datetime) -> Event | None:
    """The RSVP event named ``key``; without a key ``current_event``. Says what is wrong and
    returns ``None`` when there is none."""
    events = await rsvp_events(ctx.uow, ctx.participant.program_id)
    if not events:
        ctx.reply("eventday-no-events")
        return None
    key = key.strip()
    if key:
        found = next((e for e in events if e.key.casefold() == key.casefold()), None)
        if found is None:
            ctx.reply("eventday-event-unknown", key=key, keys=", ".join(e.key for e in events))
        return found
    return current_event(events, now)


def current_event(events: list[Event], now: datetime) -> Event:
    """The one checking in now; else the one that ended in the last day; else the next one;
    else the latest."""
    for event in events:
        if checkin_opens(event) <= now < event_end(event):
            return event
    recent = [e for e in events if event_end(e) <= now < event_end(e) + RECENT]
    if recent:
        return recent[-1]
    coming = [e for e in events if event_end(e) > now]
    return coming[0] if coming else events[-1]


def holds_seat(state: str | None) -> bool:
    return state in (RsvpState.COMING, RsvpState.OFFERED)


async def enqueue_missing(uow: UnitOfWork, rows: list[NewDelivery], now: datetime) -> int:
    """Add the rows whose keys are not in the outbox yet (read first: planners run every
    minute, and most of their rows are there already)."""
    groups = sorted({row.group_key or "" for row in rows})
    existing = {row.dedup_key for row in await uow.outbox.in_groups(groups)} if groups else set()
    return await uow.outbox.enqueue_many([r for r in rows if r.key not in existing], now)
