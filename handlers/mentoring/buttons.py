"""The buttons of mentoring: a session's actions and the organizers' lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.payloads import Payload


class SessionAct(StrEnum):
    CONFIRM = "c"
    PROPOSE = "p"
    DECLINE = "d"
    RESCHEDULE = "r"
    CANCEL = "x"
    HELD = "h"
    NO_SHOW = "n"
    RATE = "s"


@dataclass(frozen=True)
class SessionButton(Payload, prefix="ses"):
    """An action on a session as it was at ``version``: a later change makes it stale.
    ``n`` is the proposed time's index (confirm) or the stars (rate)."""

    act: SessionAct
    session: int
    version: int
    n: int | None = None


@dataclass(frozen=True)
class ChooseMentor(Payload, prefix="mnt"):
    mentor: int


@dataclass(frozen=True)
class AssignMentor(Payload, prefix="mnta"):
    mentor: int
    team: int


@dataclass(frozen=True)
class SessionsOfMentor(Payload, prefix="seslm"):
    mentor: int


@dataclass(frozen=True)
class SessionsOfTeam(Payload, prefix="seslt"):
    team: int


@dataclass(frozen=True)
class SessionsCsv(Payload, prefix="seslcsv"):
    pass
