"""Event day: who says they come (RSVPs with a waiting list), their check-in codes, who was
checked in, the feedback afterwards, the organizers' settings per event and their live updates.

``EventDayRepository.program_indicators(program_id)`` is the program-level summary other
features read (the progress report's KPIs): per RSVP event the counts of people coming, on the
waiting list, checked in and not shown, and the ratings with their average.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, joinedload, mapped_column, raiseload

from storage.invites import CODE_ALPHABET
from storage.models import PERSONAL, Base, Event, Participant, Team, TeamMember

CODE_LENGTH = 12
"""Characters of a check-in code: 12 of a 32-letter alphabet are 60 bits."""


class RsvpState(StrEnum):
    """A person's answer for one event. ``waiting`` and ``offered`` are the waiting list (an
    offered seat is held for them until ``offer_expires_at``); ``lapsed``: an offer ran out.
    Stored as the string value."""

    COMING = "coming"
    ONLINE = "online"
    DECLINED = "declined"
    WAITING = "waiting"
    OFFERED = "offered"
    LAPSED = "lapsed"


SEATED = (RsvpState.COMING, RsvpState.OFFERED)
"""The states that hold a seat on site."""
WAITING_LIST = (RsvpState.WAITING, RsvpState.OFFERED)


class RemindersTo(StrEnum):
    """Who an RSVP event's reminders and morning agenda go to."""

    EVERYONE = "everyone"
    COMING = "coming"


class NewsAudience(StrEnum):
    CHECKED_IN = "checkedin"
    COMING = "coming"


class CheckInMethod(StrEnum):
    TICKET = "ticket"
    WALK_IN = "walkin"


class EventRsvp(Base):
    """Whether a person comes to an event; one row per person and event."""

    __tablename__ = "event_rsvps"
    __table_args__ = (
        UniqueConstraint("event_id", "participant_id"),
        Index("ix_event_rsvps_event_id_state", "event_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    state: Mapped[str] = mapped_column(String(16))
    queued_at: Mapped[datetime | None]
    """When the person joined the waiting list: the list's order."""
    offer_expires_at: Mapped[datetime | None]
    """While ``offered``: until when the seat is held for them."""
    answered_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class EventTicket(Base):
    """A person's check-in code for one event: random, at least 60 bits, one per person."""

    __tablename__ = "event_tickets"
    __table_args__ = (UniqueConstraint("event_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    code: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime]


class EventCheckIn(Base):
    """A person checked in at an event, when and by which staff member; one per person."""

    __tablename__ = "event_checkins"
    __table_args__ = (UniqueConstraint("event_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    checked_in_at: Mapped[datetime]
    checked_in_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), info=PERSONAL
    )
    method: Mapped[str] = mapped_column(String(16))


class EventFeedback(Base):
    """A checked-in person's rating (1-5) of an event and an optional comment."""

    __tablename__ = "event_feedback"
    __table_args__ = (UniqueConstraint("event_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(1000), default="", info=PERSONAL)
    answered_at: Mapped[datetime]


class EventDaySettings(Base):
    """What organizers set for one event in the chat."""

    __tablename__ = "event_day_settings"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    reminders_to: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime]


class EventNews(Base):
    """A live update an organizer sent to the people at an event: the texts as written, one per
    language. Each recipient is one outbox row whose ``group_key`` is ``news_group(...)``."""

    __tablename__ = "event_news"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organizer_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), info=PERSONAL
    )
    audience: Mapped[str] = mapped_column(String(16))
    texts: Mapped[dict[str, Any]] = mapped_column(JSON)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]


def new_ticket_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class EventAttendance:
    """One RSVP event's figures. ``no_shows`` are people coming on site not checked in (while
    the event runs: not arrived yet); ``walk_ins`` were checked in without a ticket."""

    event_key: str
    starts_at: datetime
    coming: int
    online: int
    waiting: int
    declined: int
    checked_in: int
    walk_ins: int
    no_shows: int
    ratings: int
    average_rating: float | None


@dataclass(frozen=True)
class ProgramAttendance:
    """A program's event-day indicators: each RSVP event, and the totals over them."""

    events: tuple[EventAttendance, ...]
    checked_in: int
    ratings: int
    average_rating: float | None


@dataclass(frozen=True)
class TeamAttendance:
    team: str
    coming: int
    checked_in: int


@dataclass(frozen=True)
class Card:
    """A person as staff see them at the desk: their check-in and RSVP for the event."""

    event: Event
    person: Participant
    checkin: EventCheckIn | None
    rsvp: EventRsvp | None


class EventDayRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, model: Any) -> Any:
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        return (pg_insert if dialect == "postgresql" else sqlite_insert)(model)

    async def event(self, event_id: int) -> Event | None:
        """The event with its agenda (one statement)."""
        found = await self.session.execute(
            select(Event).where(Event.id == event_id).options(joinedload(Event.agenda))
        )
        return found.unique().scalar_one_or_none()

    # ---- RSVPs and the waiting list ----------------------------------------------------------

    async def lock_event(self, event_id: int) -> Event | None:
        """The event, locked for this transaction on PostgreSQL (SQLite's ``BEGIN IMMEDIATE``
        already serializes writers), so two people never take the last seat at once."""
        return await self.session.scalar(
            select(Event).where(Event.id == event_id).with_for_update()
        )

    async def rsvp(self, event_id: int, participant_id: int) -> EventRsvp | None:
        return await self.session.scalar(
            select(EventRsvp).where(
                EventRsvp.event_id == event_id, EventRsvp.participant_id == participant_id
            )
        )

    async def rsvps_of(self, participant_id: int) -> list[EventRsvp]:
        return list(
            await self.session.scalars(
                select(EventRsvp).where(EventRsvp.participant_id == participant_id)
            )
        )

    async def answer(
        self,
        event_id: int,
        participant_id: int,
        state: RsvpState,
        now: datetime,
        offer_expires_at: datetime | None = None,
    ) -> EventRsvp:
        """Record the person's state; joining the waiting list puts them at its end."""
        row = await self.rsvp(event_id, participant_id)
        if row is None:
            row = EventRsvp(event_id=event_id, participant_id=participant_id, answered_at=now)
            self.session.add(row)
        if state == RsvpState.WAITING and row.state not in WAITING_LIST:
            row.queued_at = now
        elif state not in WAITING_LIST:
            row.queued_at = None
        row.state, row.offer_expires_at, row.updated_at = state, offer_expires_at, now
        row.answered_at = now
        await self.session.flush()
        return row

    async def rsvps(self, event_id: int) -> list[EventRsvp]:
        return list(
            await self.session.scalars(
                select(EventRsvp).where(EventRsvp.event_id == event_id).order_by(EventRsvp.id)
            )
        )

    async def seats_taken(self, event_id: int) -> int:
        return await self._count(event_id, SEATED)

    async def _count(self, event_id: int, states: tuple[RsvpState, ...]) -> int:
        found = await self.session.scalar(
            select(func.count(EventRsvp.id)).where(
                EventRsvp.event_id == event_id, EventRsvp.state.in_(states)
            )
        )
        return int(found or 0)

    async def next_waiting(self, event_id: int) -> EventRsvp | None:
        return await self.session.scalar(
            select(EventRsvp)
            .where(EventRsvp.event_id == event_id, EventRsvp.state == RsvpState.WAITING)
            .order_by(EventRsvp.queued_at, EventRsvp.id)
            .limit(1)
        )

    async def place_on_list(self, row: EventRsvp) -> int:
        """1 for the first on the waiting list."""
        found = await self.session.scalar(
            select(func.count(EventRsvp.id)).where(
                EventRsvp.event_id == row.event_id,
                EventRsvp.state.in_(WAITING_LIST),
                or_(
                    EventRsvp.queued_at < row.queued_at,
                    (EventRsvp.queued_at == row.queued_at) & (EventRsvp.id <= row.id),
                ),
            )
        )
        return int(found or 0)

    async def offers_due(self, now: datetime) -> list[EventRsvp]:
        """Offered seats whose time ran out."""
        return list(
            await self.session.scalars(
                select(EventRsvp)
                .where(EventRsvp.state == RsvpState.OFFERED, EventRsvp.offer_expires_at <= now)
                .order_by(EventRsvp.offer_expires_at, EventRsvp.id)
            )
        )

    async def waiting_list(self, event_id: int) -> list[EventRsvp]:
        return list(
            await self.session.scalars(
                select(EventRsvp)
                .where(EventRsvp.event_id == event_id, EventRsvp.state.in_(WAITING_LIST))
                .order_by(EventRsvp.queued_at, EventRsvp.id)
            )
        )

    async def answered(self, event_id: int) -> set[int]:
        """Who has answered for the event (any state)."""
        return set(
            await self.session.scalars(
                select(EventRsvp.participant_id).where(EventRsvp.event_id == event_id)
            )
        )

    async def people_in(self, event_id: int, states: tuple[str, ...]) -> list[Participant]:
        return list(
            await self.session.scalars(
                select(Participant)
                .join(EventRsvp, EventRsvp.participant_id == Participant.id)
                .where(EventRsvp.event_id == event_id, EventRsvp.state.in_(states))
                .order_by(Participant.id)
            )
        )

    # ---- tickets ----------------------------------------------------------------------------

    async def ticket(self, event_id: int, participant_id: int, now: datetime) -> EventTicket:
        """The person's code for the event, made on first use."""
        found = await self.session.scalar(
            select(EventTicket).where(
                EventTicket.event_id == event_id, EventTicket.participant_id == participant_id
            )
        )
        if found is not None:
            return found
        ticket = EventTicket(
            event_id=event_id, participant_id=participant_id, code=new_ticket_code(), created_at=now
        )
        self.session.add(ticket)
        await self.session.flush()
        return ticket

    async def has_ticket(self, event_id: int, participant_id: int) -> bool:
        found = await self.session.scalar(
            select(EventTicket.id).where(
                EventTicket.event_id == event_id, EventTicket.participant_id == participant_id
            )
        )
        return found is not None

    async def ticket_by_code(self, code: str) -> EventTicket | None:
        return await self.session.scalar(select(EventTicket).where(EventTicket.code == code))

    async def card(self, code: str) -> Card | None:
        """What a scanned code shows staff, in one statement: the ticket's event (without its
        agenda) and holder, and the holder's check-in and RSVP there."""
        row = (
            await self.session.execute(
                select(Event, Participant, EventCheckIn, EventRsvp)
                .select_from(EventTicket)
                .join(Event, Event.id == EventTicket.event_id)
                .join(Participant, Participant.id == EventTicket.participant_id)
                .outerjoin(
                    EventCheckIn,
                    (EventCheckIn.event_id == EventTicket.event_id)
                    & (EventCheckIn.participant_id == EventTicket.participant_id),
                )
                .outerjoin(
                    EventRsvp,
                    (EventRsvp.event_id == EventTicket.event_id)
                    & (EventRsvp.participant_id == EventTicket.participant_id),
                )
                .where(EventTicket.code == code)
                .options(raiseload(Participant.roles))  # the card shows no roles
            )
        ).first()
        return None if row is None else Card(*row)

    async def card_of(self, event: Event, participant_id: int) -> Card | None:
        """The same card for a person found by name (a walk-in), in one statement."""
        row = (
            await self.session.execute(
                select(Participant, EventCheckIn, EventRsvp)
                .outerjoin(
                    EventCheckIn,
                    (EventCheckIn.event_id == event.id)
                    & (EventCheckIn.participant_id == Participant.id),
                )
                .outerjoin(
                    EventRsvp,
                    (EventRsvp.event_id == event.id) & (EventRsvp.participant_id == Participant.id),
                )
                .where(Participant.id == participant_id)
            )
        ).first()
        return None if row is None else Card(event, *row)

    async def attendee(self, event_id: int, participant_id: int) -> tuple[Participant, bool] | None:
        """The person and whether they hold a ticket of the event, in one statement."""
        ticketed = exists().where(
            EventTicket.event_id == event_id, EventTicket.participant_id == Participant.id
        )
        row = (
            await self.session.execute(
                select(Participant, ticketed.label("ticketed"))
                .where(Participant.id == participant_id)
                .options(raiseload(Participant.roles))
            )
        ).first()
        return None if row is None else (row[0], bool(row[1]))

    async def ticket_by_id(self, ticket_id: int) -> EventTicket | None:
        return await self.session.get(EventTicket, ticket_id)

    # ---- check-ins --------------------------------------------------------------------------

    async def check_in(
        self, event_id: int, participant_id: int, by: int, method: CheckInMethod, now: datetime
    ) -> bool:
        """Check the person in once; ``False`` when they already were (by anyone)."""
        statement = (
            self._insert(EventCheckIn)
            .values(
                event_id=event_id,
                participant_id=participant_id,
                checked_in_at=now,
                checked_in_by=by,
                method=method,
            )
            .on_conflict_do_nothing(index_elements=["event_id", "participant_id"])
            .returning(EventCheckIn.id)
        )
        return (await self.session.execute(statement)).scalar() is not None

    async def checkin(self, event_id: int, participant_id: int) -> EventCheckIn | None:
        return await self.session.scalar(
            select(EventCheckIn).where(
                EventCheckIn.event_id == event_id, EventCheckIn.participant_id == participant_id
            )
        )

    async def checkins(self, event_id: int) -> list[EventCheckIn]:
        return list(
            await self.session.scalars(
                select(EventCheckIn)
                .where(EventCheckIn.event_id == event_id)
                .order_by(EventCheckIn.checked_in_at, EventCheckIn.id)
            )
        )

    async def checked_in_people(self, event_id: int) -> list[Participant]:
        return list(
            await self.session.scalars(
                select(Participant)
                .join(EventCheckIn, EventCheckIn.participant_id == Participant.id)
                .where(EventCheckIn.event_id == event_id)
                .order_by(Participant.id)
            )
        )

    async def arrivals(self, event_id: int) -> tuple[int, int]:
        """(people checked in, people coming), in one statement."""
        here = select(func.count(EventCheckIn.id)).where(EventCheckIn.event_id == event_id)
        coming = select(func.count(EventRsvp.id)).where(
            EventRsvp.event_id == event_id, EventRsvp.state == RsvpState.COMING
        )
        row = (
            await self.session.execute(select(here.scalar_subquery(), coming.scalar_subquery()))
        ).one()
        return int(row[0]), int(row[1])

    async def count_checked_in(self, event_id: int) -> int:
        found = await self.session.scalar(
            select(func.count(EventCheckIn.id)).where(EventCheckIn.event_id == event_id)
        )
        return int(found or 0)

    async def find_people(self, program_id: str, text: str, limit: int) -> list[Participant]:
        """People of the program whose name contains ``text`` (ignoring case), by name."""
        pattern = f"%{text.casefold()}%"
        return list(
            await self.session.scalars(
                select(Participant)
                .where(
                    Participant.program_id == program_id,
                    func.lower(Participant.display_name).like(pattern),
                )
                .order_by(Participant.display_name, Participant.id)
                .limit(limit)
            )
        )

    # ---- feedback ---------------------------------------------------------------------------

    async def feedback(self, event_id: int, participant_id: int) -> EventFeedback | None:
        return await self.session.scalar(
            select(EventFeedback).where(
                EventFeedback.event_id == event_id, EventFeedback.participant_id == participant_id
            )
        )

    async def rate(self, event_id: int, participant_id: int, rating: int, now: datetime) -> None:
        row = await self.feedback(event_id, participant_id)
        if row is None:
            row = EventFeedback(event_id=event_id, participant_id=participant_id, comment="")
            self.session.add(row)
        row.rating, row.answered_at = rating, now
        await self.session.flush()

    async def comment(self, event_id: int, participant_id: int, text: str, now: datetime) -> bool:
        row = await self.feedback(event_id, participant_id)
        if row is None:
            return False
        row.comment, row.answered_at = text, now
        return True

    async def feedback_of(self, event_id: int) -> list[EventFeedback]:
        return list(
            await self.session.scalars(
                select(EventFeedback)
                .where(EventFeedback.event_id == event_id)
                .order_by(EventFeedback.answered_at, EventFeedback.id)
            )
        )

    # ---- settings and live updates ----------------------------------------------------------

    async def reminders_to(self, event_id: int) -> RemindersTo:
        row = await self.session.get(EventDaySettings, event_id)
        return RemindersTo(row.reminders_to) if row is not None else RemindersTo.EVERYONE

    async def set_reminders_to(self, event_id: int, value: RemindersTo, now: datetime) -> None:
        row = await self.session.get(EventDaySettings, event_id)
        if row is None:
            row = EventDaySettings(event_id=event_id)
            self.session.add(row)
        row.reminders_to, row.updated_at = value, now
        await self.session.flush()

    async def add_news(self, news: EventNews) -> EventNews:
        self.session.add(news)
        await self.session.flush()
        return news

    async def news(self, news_id: int) -> EventNews | None:
        return await self.session.get(EventNews, news_id)

    # ---- figures ----------------------------------------------------------------------------

    async def state_counts(self, event_id: int) -> dict[str, int]:
        rows = await self.session.execute(
            select(EventRsvp.state, func.count(EventRsvp.id))
            .where(EventRsvp.event_id == event_id)
            .group_by(EventRsvp.state)
        )
        return {state: int(count) for state, count in rows.all()}

    async def event_attendance(self, event: Event) -> EventAttendance:
        counts = await self.state_counts(event.id)
        checked = await self.count_checked_in(event.id)
        walk_ins = await self.session.scalar(
            select(func.count(EventCheckIn.id)).where(
                EventCheckIn.event_id == event.id, EventCheckIn.method == CheckInMethod.WALK_IN
            )
        )
        arrived_coming = await self.session.scalar(
            select(func.count(EventRsvp.id))
            .join(
                EventCheckIn,
                (EventCheckIn.event_id == EventRsvp.event_id)
                & (EventCheckIn.participant_id == EventRsvp.participant_id),
            )
            .where(EventRsvp.event_id == event.id, EventRsvp.state == RsvpState.COMING)
        )
        ratings, average = (
            await self.session.execute(
                select(func.count(EventFeedback.id), func.avg(EventFeedback.rating)).where(
                    EventFeedback.event_id == event.id
                )
            )
        ).one()
        coming = counts.get(RsvpState.COMING, 0)
        return EventAttendance(
            event_key=event.key,
            starts_at=event.starts_at,
            coming=coming,
            online=counts.get(RsvpState.ONLINE, 0),
            waiting=counts.get(RsvpState.WAITING, 0) + counts.get(RsvpState.OFFERED, 0),
            declined=counts.get(RsvpState.DECLINED, 0),
            checked_in=checked,
            walk_ins=int(walk_ins or 0),
            no_shows=coming - int(arrived_coming or 0),
            ratings=int(ratings or 0),
            average_rating=float(average) if average is not None else None,
        )

    async def program_indicators(self, program_id: str) -> ProgramAttendance:
        """The event-day indicators of a program (for KPI reports): each RSVP event's
        ``EventAttendance`` in time order, everyone checked in over them, and every rating
        with their average (``None`` before the first)."""
        events = list(
            await self.session.scalars(
                select(Event)
                .where(Event.program_id == program_id, Event.rsvp.is_(True))
                .order_by(Event.starts_at, Event.id)
            )
        )
        figures = tuple([await self.event_attendance(event) for event in events])
        ratings = sum(f.ratings for f in figures)
        total = sum((f.average_rating or 0) * f.ratings for f in figures)
        return ProgramAttendance(
            events=figures,
            checked_in=sum(f.checked_in for f in figures),
            ratings=ratings,
            average_rating=total / ratings if ratings else None,
        )

    async def by_team(self, event_id: int, program_id: str) -> list[TeamAttendance]:
        """Per team of the program: its members coming on site and those checked in."""
        teams = list(
            await self.session.scalars(
                select(Team)
                .where(Team.program_id == program_id, Team.archived_at.is_(None))
                .order_by(Team.name)
            )
        )
        members = (
            await self.session.execute(
                select(TeamMember.team_id, TeamMember.participant_id).where(
                    TeamMember.program_id == program_id
                )
            )
        ).all()
        coming = set(
            await self.session.scalars(
                select(EventRsvp.participant_id).where(
                    EventRsvp.event_id == event_id, EventRsvp.state == RsvpState.COMING
                )
            )
        )
        arrived = set(
            await self.session.scalars(
                select(EventCheckIn.participant_id).where(EventCheckIn.event_id == event_id)
            )
        )
        per_team: dict[int, list[int]] = {}
        for team_id, person in members:
            per_team.setdefault(team_id, []).append(person)
        return [
            TeamAttendance(
                team.name,
                sum(1 for p in per_team.get(team.id, []) if p in coming),
                sum(1 for p in per_team.get(team.id, []) if p in arrived),
            )
            for team in teams
        ]

    # ---- personal data ----------------------------------------------------------------------

    async def forget(self, participant_id: int) -> None:
        """Delete everything event day keeps about the person (``/delete_me``)."""
        for model in (EventRsvp, EventTicket, EventCheckIn, EventFeedback):
            await self.session.execute(delete(model).where(model.participant_id == participant_id))
        # The check-ins they made as staff and the news they sent stay; who did it goes.
        for column in (EventCheckIn.checked_in_by, EventNews.organizer_id):
            await self.session.execute(
                update(column.class_)
                .where(column == participant_id)
                .values({column.key: None})
                .execution_options(synchronize_session=False)
            )

    async def done_by(self, participant_id: int) -> tuple[int, int]:
        """Check-ins the person made as staff, and live news they sent."""
        made = await self.session.scalar(
            select(func.count()).where(EventCheckIn.checked_in_by == participant_id)
        )
        sent = await self.session.scalar(
            select(func.count()).where(EventNews.organizer_id == participant_id)
        )
        return int(made or 0), int(sent or 0)
