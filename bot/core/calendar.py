"""The calendar port: events as an iCalendar file. ``bot/ical.py`` writes it with icalendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class CalendarEntry:
    """One event of a calendar file, its texts already in the reader's language."""

    uid: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    time_zone: str
    """The event's own zone (``Asia/Tokyo``): calendars show the time in it, correct in UTC."""
    all_day: bool = False
    location: str = ""
    description: str = ""
    sequence: int = 0
    """Grows with every change of the event (a rescheduled session): calendars replace the
    copy they hold with the same ``uid`` and a lower sequence."""


class CalendarWriter(Protocol):
    def write(self, name: str, entries: list[CalendarEntry], stamp: datetime) -> bytes:
        """An ``.ics`` file (text/calendar) with one VEVENT per entry."""
        ...
