"""The buttons of selection rounds. A round and a team travel as database ids; every handler
checks that the round is of the presser's program and that the team is theirs to judge."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.payloads import Payload


class RoundAct(StrEnum):
    """What an organizer does with a round chosen from a list."""

    ASSIGN = "a"
    SWAP = "s"
    RANK = "r"
    DECIDE = "d"
    PUBLISH = "p"
    OPEN = "o"
    CLOSE = "c"


@dataclass(frozen=True)
class PickRound(Payload, prefix="selround"):
    act: RoundAct
    round: int


@dataclass(frozen=True)
class JudgeTeam(Payload, prefix="seljudge"):
    """A team in a judge's queue: score it (or see the scores once judging closed)."""

    round: int
    team: int


@dataclass(frozen=True)
class DeclareConflict(Payload, prefix="selconflict"):
    """ "I know this team": ``sure`` after the judge confirmed, else they changed their mind."""

    round: int
    team: int
    sure: bool


@dataclass(frozen=True)
class RoundCsv(Payload, prefix="selcsv"):
    """Every score of the round (``ranking`` false) or the ranking, as CSV."""

    round: int
    ranking: bool


@dataclass(frozen=True)
class ConfirmPublish(Payload, prefix="selpublish"):
    round: int
    go: bool
