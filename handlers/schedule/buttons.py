"""The buttons of the schedule: an event's details, the past events, a calendar file."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.payloads import Payload


@dataclass(frozen=True)
class ShowEvent(Payload, prefix="sched"):
    event: int


@dataclass(frozen=True)
class PastEvents(Payload, prefix="schedpast"):
    pass


@dataclass(frozen=True)
class CalendarFile(Payload, prefix="ics"):
    event: int | None
    """One event's file; ``None`` for the whole program."""


@dataclass(frozen=True)
class MuteCategory(Payload, prefix="mute"):
    category: str
