"""Participants, their roles and their conversation state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.attributes import flag_modified

from storage.models import ConversationState, Delivery, Participant, ParticipantRole
from storage.outbox import DeliveryStatus


@dataclass(frozen=True)
class Sender:
    """Everything every message needs of its sender, read in one statement."""

    participant: Participant
    """With their roles loaded."""
    state: ConversationState | None
    """Where they are in a flow, if anywhere."""
    deferred: bool
    """Whether some outbox row of theirs waits for them to write (Messenger's window)."""


SENDER = (
    select(
        Participant,
        ConversationState,
        exists()
        .where(
            Delivery.participant_id == Participant.id,
            Delivery.status == DeliveryStatus.DEFERRED,
        )
        .label("deferred"),
    )
    .outerjoin(ConversationState, ConversationState.participant_id == Participant.id)
    .where(Participant.channel == bindparam("channel"))
    .where(Participant.external_id == bindparam("external"))
    .options(joinedload(Participant.roles))
)
"""Every message's first read, built once (making it per message cost as much as running it)."""


class ParticipantRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, participant_id: int) -> Participant | None:
        return await self.session.get(Participant, participant_id)

    async def many(self, ids: Iterable[int]) -> list[Participant]:
        wanted = list(set(ids))
        found: list[Participant] = []
        for start in range(0, len(wanted), 1000):
            found.extend(
                await self.session.scalars(
                    select(Participant).where(Participant.id.in_(wanted[start : start + 1000]))
                )
            )
        return found

    async def in_program(self, program_id: str) -> list[Participant]:
        return list(
            await self.session.scalars(
                select(Participant)
                .where(Participant.program_id == program_id)
                .order_by(Participant.id)
            )
        )

    async def mark_blocked(self, participant_id: int, now: datetime) -> None:
        """A platform said the person cannot be reached (they blocked the bot)."""
        await self.session.execute(
            update(Participant).where(Participant.id == participant_id).values(blocked_at=now)
        )

    async def find(self, channel: str, external_id: str) -> Participant | None:
        return await self.session.scalar(
            select(Participant).where(
                Participant.channel == channel, Participant.external_id == external_id
            )
        )

    async def sender(self, channel: str, external_id: str) -> Sender | None:
        """The participant with their roles, conversation state and whether rows of theirs
        are deferred: one statement where loading them one by one took three or four."""
        found = await self.session.execute(SENDER, {"channel": channel, "external": external_id})
        row = found.unique().first()
        return None if row is None else Sender(row[0], row[1], bool(row[2]))

    async def create(
        self,
        channel: str,
        external_id: str,
        now: datetime,
        display_name: str | None = None,
        program_id: str | None = None,
    ) -> Participant:
        """A new participant, inserted now (one statement: it has an id from here on)."""
        participant = Participant(
            channel=channel,
            external_id=external_id,
            display_name=display_name,
            program_id=program_id,
            created_at=now,
            last_seen_at=now,
            blocked_at=None,
            roles=[],
        )
        self.session.add(participant)
        await self.session.flush()
        return participant

    async def get_or_create(
        self, channel: str, external_id: str, now: datetime, display_name: str | None = None
    ) -> tuple[Participant, bool]:
        """The participant for this channel and id, created on first contact."""
        participant = await self.find(channel, external_id)
        if participant is not None:
            return participant, False
        participant = Participant(
            channel=channel,
            external_id=external_id,
            display_name=display_name,
            created_at=now,
            last_seen_at=now,
            roles=[],
        )
        self.session.add(participant)
        await self.session.flush()
        return participant, True

    async def grant(
        self, participant: Participant, role: str, now: datetime, program_id: str | None = None
    ) -> bool:
        """Give ``role`` in ``program_id`` (every program when ``None``); ``False`` when the
        person already holds it there."""
        covering = (None,) if program_id is None else (None, program_id)
        if any(r.role == role and r.program_id in covering for r in participant.roles):
            return False
        participant.roles.append(ParticipantRole(role=role, program_id=program_id, granted_at=now))
        await self.session.flush()
        return True

    async def revoke(
        self, participant: Participant, role: str, program_id: str | None = None
    ) -> bool:
        """Take ``role`` away in ``program_id``, and where it was held for every program;
        ``False`` when the person did not hold it there."""
        held = [
            r for r in participant.roles if r.role == role and r.program_id in (None, program_id)
        ]
        for grant in held:
            participant.roles.remove(grant)
        await self.session.flush()
        return bool(held)

    async def with_role(self, role: str, program_id: str | None = None) -> list[Participant]:
        """Who holds ``role`` in ``program_id`` (or for every program), in id order."""
        result = await self.session.scalars(
            select(Participant)
            .join(ParticipantRole)
            .where(
                ParticipantRole.role == role,
                or_(ParticipantRole.program_id.is_(None), ParticipantRole.program_id == program_id),
            )
            .distinct()
            .order_by(Participant.id)
        )
        return list(result)


class ConversationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, participant_id: int) -> ConversationState | None:
        return await self.session.get(ConversationState, participant_id)

    async def save(
        self,
        participant_id: int,
        flow: str,
        step: str,
        data: dict[str, Any],
        history: list[Any],
        now: datetime,
        absent: bool = False,
    ) -> ConversationState:
        """Start or move the person's conversation; ``absent``: the caller loaded it and the
        person has none, so it is not read again."""
        state = None if absent else await self.get(participant_id)
        if state is None:
            state = ConversationState(participant_id=participant_id)
            self.session.add(state)
        state.flow, state.step, state.updated_at = flow, step, now
        state.data, state.history = dict(data), list(history)
        # Handlers change ``data`` in place, which SQLAlchemy cannot see in a JSON column.
        flag_modified(state, "data")
        flag_modified(state, "history")
        await self.session.flush()
        return state

    async def clear(self, participant_id: int) -> None:
        await self.session.execute(
            delete(ConversationState).where(ConversationState.participant_id == participant_id)
        )
