"""Changing a program's times from the dashboard: a stage's opening and deadline, an event's
start and end. The change is kept as an edit beside the program file's times
(``storage/program_edits.py`` says what a reload of the file does with it), and the reminders
are re-planned as after loading a changed file: pending outbox rows move (``replan_pending``,
the planner's own step) and the planner adds the rest when they fall due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.pages import Acting
from handlers.schedule.timeline import audiences, reader_zones, rehearse_items, replan_pending
from storage.models import Event, Program, Stage
from storage.program_edits import STAGE, ProgramEditRepository
from storage.uow import UnitOfWork

HORIZON = timedelta(days=3650)


@dataclass(frozen=True)
class Replanned:
    """What a change did to the reminders still to come (one per person and reminder time):
    ``moved`` now fall at another time, ``dropped`` are no longer sent (their time passed, or
    the reminder fell away), ``added`` are new."""

    changed: bool
    moved: int = 0
    dropped: int = 0
    added: int = 0


class BadTimes(ValueError):
    """The times do not fit together; the message id says why."""


async def future_reminders(
    uow: UnitOfWork, program: Program, now: datetime, default_language: str
) -> dict[str, datetime]:
    """Every reminder of the program still to come: its outbox key and when it falls due."""
    found = await audiences(uow, program)
    planned = rehearse_items(found, now, now + HORIZON, default_language)
    return {item.key: item.due_at for item in planned}


async def change_times(
    actor: Acting, program: Program, kind: str, key: str, times: dict[str, datetime | None]
) -> Replanned:
    """Set the times of the stage or event ``key`` and re-plan its reminders."""
    found: list[Stage] | list[Event] = program.stages if kind == STAGE else program.events
    target = next((item for item in found if item.key == key), None)
    if target is None:
        raise KeyError(key)
    if isinstance(target, Stage):
        opens = times.get("opens_at") or target.opens_at
        if (times.get("deadline_at") or target.deadline_at) <= opens:
            raise BadTimes("dash-program-deadline-before-opening")
    else:
        starts = times.get("starts_at") or target.starts_at
        ends = times.get("ends_at", target.ends_at)
        if ends is not None and ends < starts:
            raise BadTimes("dash-program-end-before-start")
    now = actor.now()
    default = actor.settings.default_language
    before = await future_reminders(actor.uow, program, now, default)
    edits = actor.uow.get(ProgramEditRepository)
    changed = False
    for field, value in times.items():
        changed |= await edits.change(program, kind, key, field, value, actor.participant.id, now)
    if not changed:
        return Replanned(False)
    readers = await audiences(actor.uow, program)
    await replan_pending(actor.uow, program.id, readers, reader_zones(readers, default), now)
    after = await future_reminders(actor.uow, program, now, default)
    return Replanned(
        True,
        moved=sum(1 for k in before.keys() & after.keys() if before[k] != after[k]),
        dropped=len(before.keys() - after.keys()),
        added=len(after.keys() - before.keys()),
    )
