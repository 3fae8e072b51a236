"""The buttons of co-creation matching, as typed payloads. Every handler checks on the server
that the presser may do what the payload names (a crafted payload is refused)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.payloads import Payload


class Answer(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    ASK = "ask"


@dataclass(frozen=True)
class ProjectDetails(Payload, prefix="mprj"):
    project: int


@dataclass(frozen=True)
class ProjectDeck(Payload, prefix="mdeck"):
    project: int


@dataclass(frozen=True)
class RequestIntro(Payload, prefix="mreq"):
    project: int


@dataclass(frozen=True)
class Browse(Payload, prefix="mlist"):
    """The project list, filtered by an SDG (0: any) and a need ("-": any)."""

    sdg: int
    need: str | None = None


@dataclass(frozen=True)
class FilterBy(Payload, prefix="mfilt"):
    """Choose a filter (``sdg`` or ``need``), keeping the other one (``sdg``, ``need``)."""

    kind: str
    sdg: int
    need: str | None = None


@dataclass(frozen=True)
class AnswerIntro(Payload, prefix="mans"):
    intro: int
    answer: Answer


@dataclass(frozen=True)
class ShareContact(Payload, prefix="mshare"):
    """The lead accepts, sharing the team's ``email`` or ``phone``."""

    intro: int
    kind: str


@dataclass(frozen=True)
class ProposeMeeting(Payload, prefix="mmeet"):
    intro: int


@dataclass(frozen=True)
class PickTime(Payload, prefix="mpick"):
    """The visitor takes the ``index``-th proposed time of the first meeting."""

    intro: int
    index: int


@dataclass(frozen=True)
class Review(Payload, prefix="mrev"):
    """An organizer approves (or sends back) a project waiting for approval."""

    project: int
    approve: bool


@dataclass(frozen=True)
class LeadsFile(Payload, prefix="mleads"):
    """/leads as a file: ``csv`` or ``xlsx``."""

    kind: str
