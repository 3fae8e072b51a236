"""The helpdesk's use cases on a thread: open it (also on someone's behalf), answer, follow up,
claim and close. Each changes the thread in the caller's transaction and puts what the other
side is told into the outbox (``notices.py`` renders it at send time), so nothing is said
about work that was rolled back, and each platform's rules apply to the delivery: Messenger's
window (an answer is a ``human_reply``), Telegram's pacing.

``open_thread`` is the entry point for other features: the progress reports open a thread
from a "help needed" answer with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.messages import Purpose
from bot.core.roles import Role
from bot.core.settings import Settings
from storage.helpdesk import (
    TEXT_MAX,
    About,
    HelpdeskMessage,
    HelpdeskRepository,
    HelpdeskThread,
    Side,
    ThreadState,
)
from storage.models import Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

CATEGORY = "helpdesk"
ANSWER_RENDERER = "helpdesk-answer"
"""What an organizer wrote, to the asker: a ``human_reply``."""
NOTICE_RENDERER = "helpdesk"
"""Everything else the helpdesk says on its own (``kind`` in the row's params)."""
ORIGIN_ASK = "ask"


@dataclass(frozen=True)
class StoredFile:
    """A file of a helpdesk message, already in the file store."""

    sha256: str
    name: str
    mime: str
    photo: bool = False

    def as_data(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "name": self.name, "mime": self.mime, "photo": self.photo}

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> StoredFile | None:
        if not data:
            return None
        return cls(str(data["sha256"]), str(data["name"]), str(data["mime"]), bool(data["photo"]))


def desk(uow: UnitOfWork) -> HelpdeskRepository:
    return uow.get(HelpdeskRepository)


def is_organizer(person: Participant, thread: HelpdeskThread) -> bool:
    """An organizer of the thread's program (or of every program)."""
    return Role.ORGANIZER in person.roles_in(thread.program_id)


async def desk_group(
    uow: UnitOfWork, settings: Settings, program_id: str, besides: int | None = None
) -> list[Participant]:
    """Who hears of new questions: the program's organizers named in ``HELPDESK_GROUP``, or
    all its organizers when the setting names none of them; never ``besides``."""
    organizers = await uow.participants.with_role(Role.ORGANIZER, program_id)
    named = [p for p in organizers if f"{p.channel}:{p.external_id}" in settings.helpdesk_group]
    return [p for p in (named or organizers) if p.id != besides]


def group_key(thread: HelpdeskThread) -> str:
    return f"{thread.program_id}:helpdesk:{thread.id}"


def notice(
    thread: HelpdeskThread,
    kind: str,
    participant_id: int,
    now: datetime,
    key: str,
    due_at: datetime | None = None,
    purpose: Purpose = "account_update",
    **params: Any,
) -> NewDelivery:
    """An outbox row of the thread for ``participant_id``; ``key`` makes it unique. What an
    organizer's action says to the asker is a ``human_reply``; the rest tells organizers
    about their own program's questions."""
    return NewDelivery(
        key=f"hd:{thread.id}:{key}:p{participant_id}",
        participant_id=participant_id,
        due_at=due_at or now,
        purpose=purpose,
        category=CATEGORY,
        renderer=NOTICE_RENDERER,
        params={"thread": thread.id, "kind": kind, **params},
        group_key=group_key(thread),
    )


async def open_thread(
    uow: UnitOfWork,
    settings: Settings,
    asker: Participant,
    program_id: str,
    text: str,
    now: datetime,
    *,
    about: About = About.PERSONAL,
    team_id: int | None = None,
    language: str | None = None,
    origin: str = ORIGIN_ASK,
    file: StoredFile | None = None,
) -> HelpdeskThread:
    """Open a thread with ``text`` as the question of ``asker`` in ``program_id``, and tell
    the helpdesk group (``HELPDESK_GROUP``, else the program's organizers) through the outbox.

    For a feature that asks on someone's behalf (a progress report's "help needed"): pass its
    name as ``origin``, the person's team and ``About.TEAM`` when it is about the team. The
    caller tells the person the thread's number (``thread.id``) in its own words; the thread
    then runs as any other (answers reach the person, /helpdesk lists it). ``text`` is kept
    as written, cut to ``storage.helpdesk.TEXT_MAX`` characters.
    """
    thread = await desk(uow).add_thread(
        HelpdeskThread(
            program_id=program_id,
            asker_id=asker.id,
            team_id=team_id if about == About.TEAM else None,
            about=about,
            language=language or asker.language or settings.default_language,
            origin=origin,
            state=ThreadState.OPEN,
            created_at=now,
            last_asker_at=now,
            turn=Side.ORGANIZER,
        )
    )
    question = await _add_message(uow, thread, asker, Side.ASKER, text[:TEXT_MAX], file, now)
    group = await desk_group(uow, settings, program_id, besides=asker.id)
    await uow.outbox.enqueue_many(
        [notice(thread, "new", p.id, now, "new", message=question.id) for p in group], now
    )
    return thread


async def _add_message(
    uow: UnitOfWork,
    thread: HelpdeskThread,
    author: Participant,
    side: Side,
    text: str,
    file: StoredFile | None,
    now: datetime,
) -> HelpdeskMessage:
    return await desk(uow).add_message(
        HelpdeskMessage(
            thread_id=thread.id,
            author_id=author.id,
            side=side,
            text=text,
            file_sha256=file.sha256 if file else None,
            file_name=file.name if file else None,
            file_mime=file.mime if file else None,
            file_photo=file.photo if file else False,
            created_at=now,
        )
    )


async def claim(
    uow: UnitOfWork,
    settings: Settings,
    thread: HelpdeskThread,
    organizer: Participant,
    now: datetime,
) -> None:
    """``organizer`` takes the thread; the rest of the helpdesk group (and whoever had it)
    are told who took it."""
    previous = thread.claimed_by
    thread.claimed_by, thread.claimed_at = organizer.id, now
    told = {p.id for p in await desk_group(uow, settings, thread.program_id)}
    if previous is not None:
        told.add(previous)
    told.discard(organizer.id)
    if thread.asker_id is not None:
        told.discard(thread.asker_id)
    stamp = int(now.timestamp())
    await uow.outbox.enqueue_many(
        [
            notice(thread, "claimed", pid, now, f"claim{stamp}", by=organizer.id)
            for pid in sorted(told)
        ],
        now,
    )


async def answer(
    uow: UnitOfWork,
    settings: Settings,
    thread: HelpdeskThread,
    organizer: Participant,
    text: str,
    file: StoredFile | None,
    now: datetime,
) -> HelpdeskMessage:
    """An organizer's answer, to the asker verbatim; an unclaimed thread becomes theirs."""
    if thread.claimed_by is None:
        await claim(uow, settings, thread, organizer, now)
    message = await _add_message(uow, thread, organizer, Side.ORGANIZER, text, file, now)
    thread.first_answer_at = thread.first_answer_at or now
    thread.last_answer_at, thread.turn = now, Side.ASKER
    if thread.asker_id is not None:
        await uow.outbox.enqueue(
            NewDelivery(
                key=f"hd:m{message.id}:p{thread.asker_id}",
                participant_id=thread.asker_id,
                due_at=now,
                purpose="human_reply",
                category=CATEGORY,
                renderer=ANSWER_RENDERER,
                params={"thread": thread.id, "message": message.id},
                group_key=group_key(thread),
            ),
            now,
        )
    return message


async def follow_up(
    uow: UnitOfWork,
    settings: Settings,
    thread: HelpdeskThread,
    asker: Participant,
    text: str,
    file: StoredFile | None,
    now: datetime,
) -> HelpdeskMessage:
    """The asker writes again in the thread: it reaches whoever claimed it, or the helpdesk
    group when nobody has."""
    message = await _add_message(uow, thread, asker, Side.ASKER, text, file, now)
    thread.last_asker_at, thread.turn = now, Side.ORGANIZER
    if thread.claimed_by is not None:
        readers = [thread.claimed_by]
    else:
        readers = [p.id for p in await desk_group(uow, settings, thread.program_id, asker.id)]
    await uow.outbox.enqueue_many(
        [
            notice(thread, "follow-up", pid, now, f"m{message.id}", message=message.id)
            for pid in readers
        ],
        now,
    )
    return message


async def close(uow: UnitOfWork, thread: HelpdeskThread, by: Participant, now: datetime) -> None:
    """Close the thread. The asker is told when an organizer closed it, the organizer who had
    it when the asker did (or another organizer)."""
    thread.state, thread.closed_at, thread.closed_by = ThreadState.CLOSED, now, by.id
    rows = []
    if thread.asker_id is not None and thread.asker_id != by.id:
        rows.append(
            notice(thread, "closed-by-desk", thread.asker_id, now, "closed", purpose="human_reply")
        )
    if thread.claimed_by is not None and thread.claimed_by != by.id:
        kind = "closed-by-asker" if by.id == thread.asker_id else "closed-by-other"
        rows.append(notice(thread, kind, thread.claimed_by, now, "closed", by=by.id))
    await uow.outbox.enqueue_many(rows, now)
