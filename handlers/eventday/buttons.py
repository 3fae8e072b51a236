"""The buttons of event day, as typed payloads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.payloads import Payload
from storage.eventday import RemindersTo


class Answer(StrEnum):
    COMING = "coming"
    ONLINE = "online"
    NO = "no"


@dataclass(frozen=True)
class Rsvp(Payload, prefix="rsvp"):
    """Coming, online or not coming to an event (also: take or refuse an offered seat)."""

    event: int
    answer: Answer


@dataclass(frozen=True)
class ShowTicket(Payload, prefix="ticket"):
    event: int


@dataclass(frozen=True)
class CheckIn(Payload, prefix="checkin"):
    """A staff member checks ``person`` in at ``event``; ``walkin``: found by name, no ticket."""

    event: int
    person: int
    walkin: bool


@dataclass(frozen=True)
class AttendanceView(Payload, prefix="att"):
    event: int


@dataclass(frozen=True)
class AttendanceCsv(Payload, prefix="attcsv"):
    event: int


@dataclass(frozen=True)
class FeedbackComments(Payload, prefix="attfb"):
    event: int


@dataclass(frozen=True)
class SetRemindersTo(Payload, prefix="evrem"):
    event: int
    to: RemindersTo


@dataclass(frozen=True)
class Rate(Payload, prefix="rate"):
    event: int
    rating: int
