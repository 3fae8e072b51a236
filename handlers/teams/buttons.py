"""The buttons of teams: invites and joining, leaving, the lead's choices, organizers' lists."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.payloads import Payload


@dataclass(frozen=True)
class NewTeamCode(Payload, prefix="teamcode"):
    pass


@dataclass(frozen=True)
class JoinTeam(Payload, prefix="teamjoin"):
    code: str | None
    """The code confirmed; ``None`` for Cancel."""


@dataclass(frozen=True)
class LeaveTeam(Payload, prefix="teamleave"):
    team: int | None
    """The team left; ``None`` for Cancel."""


@dataclass(frozen=True)
class RemoveMember(Payload, prefix="teamrm"):
    person: int | None
    """The member chosen; ``None`` for Cancel."""
    confirmed: bool | None = None
    """Pressed on the confirmation (``True``); the choice in the list asks for it first."""


@dataclass(frozen=True)
class HandOver(Payload, prefix="teamlead"):
    person: int | None
    """The member chosen; ``None`` for Cancel."""
    confirmed: bool | None = None


@dataclass(frozen=True)
class TeamsPage(Payload, prefix="teams"):
    page: int
    stage: int
    status: str


@dataclass(frozen=True)
class TeamsFilter(Payload, prefix="teamsfilter"):
    pass


@dataclass(frozen=True)
class TeamDetail(Payload, prefix="teamdetail"):
    team: int
