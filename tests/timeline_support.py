"""Helpers for the reminder and outbox tests: people and teams in the database, a sink
channel, and one step of the delivery loop (plan, then dispatch) on the test clock."""

from __future__ import annotations

from datetime import datetime

from bot.app import App
from bot.core.outbox import DispatchStats, OutboxDispatcher
from bot.core.ports import CollectingChannel
from bot.delivery import outbox_dispatcher, plan
from storage.models import Participant, Team, TeamMember
from storage.uow import UnitOfWork

PROGRAM = "mics-2024"


async def add_person(
    app: App,
    name: str,
    language: str | None,
    time_zone: str | None = None,
    team: str | None = None,
    channel: str = "test",
) -> int:
    """A participant of the shipped program; in ``team`` (created on first use) if given."""
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        person = Participant(
            channel=channel,
            external_id=name,
            display_name=name,
            language=language,
            time_zone=time_zone,
            program_id=PROGRAM,
            created_at=now,
            last_seen_at=now,
            roles=[],
        )
        session.add(person)
        await session.flush()
        if team is not None:
            found = await UnitOfWork(session).teams.in_program(PROGRAM)
            row = next((t for t in found if t.name == team), None)
            if row is None:
                row = Team(
                    program_id=PROGRAM,
                    name=team,
                    name_key=team.casefold(),
                    sdgs=[],
                    organizations=[],
                    created_at=now,
                    members=[],
                )
                session.add(row)
                await session.flush()
            session.add(
                TeamMember(
                    team_id=row.id,
                    program_id=PROGRAM,
                    participant_id=person.id,
                    role="member",
                    joined_at=now,
                )
            )
        return person.id


def sink(app: App, name: str = "test") -> CollectingChannel:
    channel = CollectingChannel(name)
    app.add_channel(channel)
    return channel


async def tick(app: App, outbox: OutboxDispatcher | None = None) -> DispatchStats:
    """One turn of the delivery loop at the clock's current time."""
    await plan(app)
    return await (outbox or outbox_dispatcher(app)).run_once()


def texts(channel: CollectingChannel) -> list[tuple[str, str]]:
    return [(m.recipient.external_id, m.message.text) for m in channel.sent]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
