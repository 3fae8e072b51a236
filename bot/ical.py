"""iCalendar files with the icalendar package (the adapter of ``bot.core.calendar``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from bot.core.calendar import CalendarEntry


class ICalendarWriter:
    def write(self, name: str, entries: list[CalendarEntry], stamp: datetime) -> bytes:
        calendar = Calendar()
        calendar.add("prodid", "-//MICS Bot//mics-bot//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", name)
        zones = sorted({e.time_zone for e in entries if not e.all_day})
        if zones:
            first = min(e.starts_at for e in entries) - timedelta(days=1)
            last = max(e.ends_at or e.starts_at for e in entries) + timedelta(days=1)
            for zone in zones:
                calendar.add_component(
                    Timezone.from_tzinfo(
                        ZoneInfo(zone), tzid=zone, first_date=first.date(), last_date=last.date()
                    )
                )
        for entry in entries:
            calendar.add_component(self._event(entry, stamp))
        return calendar.to_ical()

    @staticmethod
    def _event(entry: CalendarEntry, stamp: datetime) -> Event:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("summary", entry.title)
        event.add("sequence", entry.sequence)
        tz = ZoneInfo(entry.time_zone)
        if entry.all_day:
            first = entry.starts_at.astimezone(tz).date()
            event.add("dtstart", first)
            end = entry.ends_at.astimezone(tz).date() if entry.ends_at else None
            event.add("dtend", end if end and end > first else first + timedelta(days=1))
        else:
            event.add("dtstart", entry.starts_at.astimezone(tz))
            if entry.ends_at is not None:
                event.add("dtend", entry.ends_at.astimezone(tz))
        if entry.location:
            event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        return event
