"""The organizers' view of the helpdesk as plain values: the open threads, the figures, the
rows of the export. The chat's /helpdesk renders them; a dashboard page can call the same
functions (they read, never write, and take a unit of work and a program).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot.core.exports import Cell
from handlers.helpdesk.threads import desk
from storage.helpdesk import HelpdeskMessage, HelpdeskThread, ThreadState
from storage.uow import UnitOfWork

EXCERPT = 80
"""Characters of the question shown in a list."""
SLOWEST = 3


@dataclass(frozen=True)
class ThreadSummary:
    """One thread as a list shows it. Names are ``None`` when the person has none (or deleted
    their data); ``excerpt`` is empty then too."""

    number: int
    state: str
    origin: str
    about: str
    language: str
    asker: str | None
    team: str | None
    claimed_by: str | None
    opened_at: datetime
    first_answer_at: datetime | None
    closed_at: datetime | None
    awaiting: Literal["organizers", "person"]
    since: datetime
    """When the side it waits for was given its turn: the asker's last message while the
    organizers are to answer, the last answer while the person is."""
    excerpt: str
    deleted: bool

    def waiting(self, now: datetime) -> timedelta:
        return now - self.since


@dataclass(frozen=True)
class HelpdeskStats:
    """The program's helpdesk in figures. The medians are over the threads that were answered
    (closed), ``None`` before the first; a thread its asker deleted while it was open does not
    count as closed by anyone."""

    open: int
    unanswered: int
    closed: int
    median_first_answer: timedelta | None
    median_close: timedelta | None
    slowest: list[ThreadSummary]
    """Open threads waiting for the organizers, the longest waiting first."""


def _excerpt(message: HelpdeskMessage | None) -> str:
    if message is None:
        return ""
    text = " ".join(message.text.split()) or (message.file_name or "")
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1].rstrip() + "…"


async def summaries(uow: UnitOfWork, threads: Sequence[HelpdeskThread]) -> list[ThreadSummary]:
    questions = await desk(uow).first_messages([t.id for t in threads])
    people = {
        p.id: p
        for p in await uow.participants.many(
            {pid for t in threads for pid in (t.asker_id, t.claimed_by) if pid is not None}
        )
    }
    teams = {}
    for team_id in {t.team_id for t in threads if t.team_id is not None}:
        team = await uow.teams.get(team_id)
        if team is not None:
            teams[team_id] = team.name

    def name(pid: int | None) -> str | None:
        person = people.get(pid) if pid is not None else None
        return person.display_name if person is not None else None

    found = []
    for t in threads:
        waits_for_organizers = t.awaiting_organizers
        found.append(
            ThreadSummary(
                number=t.id,
                state=t.state,
                origin=t.origin,
                about=t.about,
                language=t.language,
                asker=name(t.asker_id),
                team=teams.get(t.team_id) if t.team_id is not None else None,
                claimed_by=name(t.claimed_by),
                opened_at=t.created_at,
                first_answer_at=t.first_answer_at,
                closed_at=t.closed_at,
                awaiting="organizers" if waits_for_organizers else "person",
                since=t.last_asker_at
                if waits_for_organizers
                else (t.last_answer_at or t.created_at),
                excerpt=_excerpt(questions.get(t.id)),
                deleted=t.erased_at is not None,
            )
        )
    return found


async def open_threads(uow: UnitOfWork, program_id: str) -> list[ThreadSummary]:
    """The program's open threads: unclaimed first, then the oldest first."""
    threads = await desk(uow).in_program(program_id, ThreadState.OPEN)
    threads.sort(key=lambda t: (t.claimed_by is not None, t.created_at, t.id))
    return await summaries(uow, threads)


def _median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    seconds = statistics.median(v.total_seconds() for v in values)
    return timedelta(seconds=round(seconds))


async def helpdesk_stats(uow: UnitOfWork, program_id: str, slowest: int = SLOWEST) -> HelpdeskStats:
    threads = await desk(uow).in_program(program_id)
    answered = [t.first_answer_at - t.created_at for t in threads if t.first_answer_at]
    closed = [
        t.closed_at - t.created_at
        for t in threads
        if t.closed_at is not None and t.closed_at != t.erased_at
    ]
    waiting = [t for t in threads if t.state == ThreadState.OPEN and t.awaiting_organizers]
    waiting.sort(key=lambda t: (t.last_asker_at, t.id))
    return HelpdeskStats(
        open=sum(t.state == ThreadState.OPEN for t in threads),
        unanswered=sum(t.state == ThreadState.OPEN and t.first_answer_at is None for t in threads),
        closed=sum(t.state == ThreadState.CLOSED for t in threads),
        median_first_answer=_median(answered),
        median_close=_median(closed),
        slowest=await summaries(uow, waiting[:slowest]),
    )


EXPORT_COLUMNS = (
    "number",
    "state",
    "origin",
    "about",
    "team",
    "language",
    "asker",
    "claimed_by",
    "opened_at_utc",
    "first_answer_at_utc",
    "closed_at_utc",
    "messages",
)


async def export_rows(uow: UnitOfWork, program_id: str) -> list[tuple[Cell, ...]]:
    """Every thread of the program with its messages, for the organizers' CSV. A thread its
    asker deleted keeps its times and says so instead of its texts."""
    threads = await desk(uow).in_program(program_id)
    rows: list[tuple[Cell, ...]] = []
    for summary, thread in zip(await summaries(uow, threads), threads, strict=True):
        messages = await desk(uow).messages(thread.id)
        written = "\n\n".join(
            f"[{m.side} {m.created_at.isoformat(timespec='minutes')}] {m.text}"
            + (f" ({m.file_name})" if m.file_name else "")
            for m in messages
        )
        rows.append(
            (
                summary.number,
                "deleted" if summary.deleted else summary.state,
                summary.origin,
                summary.about,
                summary.team or "",
                summary.language,
                summary.asker or "",
                summary.claimed_by or "",
                summary.opened_at,
                summary.first_answer_at,
                summary.closed_at,
                "" if summary.deleted else written,
            )
        )
    return rows
