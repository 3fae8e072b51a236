"""The helpdesk's buttons: an organizer's actions on a thread, and the asker's."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.core.payloads import Payload


class DeskAct(StrEnum):
    SHOW = "s"
    CLAIM = "c"
    TAKE_OVER = "t"
    REPLY = "r"
    CLOSE = "x"


@dataclass(frozen=True)
class DeskButton(Payload, prefix="hd"):
    """An organizer's action on thread ``thread`` (organizers of its program only)."""

    act: DeskAct
    thread: int


class AskerAct(StrEnum):
    WRITE = "w"
    CLOSE = "x"


@dataclass(frozen=True)
class AskerButton(Payload, prefix="hda"):
    """The asker's action on their own thread: write back, or close it."""

    act: AskerAct
    thread: int
