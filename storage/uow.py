"""The unit of work: one session and one transaction per incoming message or job."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcasts import BroadcastRepository
from storage.invites import ConsentRepository, InviteRepository
from storage.mentoring import MentoringRepository
from storage.outbox import MuteRepository, OutboxRepository
from storage.participants import ConversationRepository, ParticipantRepository
from storage.processed import ProcessedMessageRepository
from storage.programs import ProgramRepository
from storage.submissions import SubmissionRepository
from storage.teams import TeamRepository


class Repository(Protocol):
    def __init__(self, session: AsyncSession) -> None: ...


R = TypeVar("R", bound=Repository)


class UnitOfWork:
    """The repositories of one transaction. Whoever opened the transaction commits it.

    The repositories every feature shares are attributes; a feature's own repository (in its
    own module under ``storage/``) is reached with ``uow.get(ItsRepository)``, made once per
    unit of work, so adding a feature does not touch this class."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._own: dict[type[Any], Any] = {}
        self.participants = ParticipantRepository(session)
        self.conversations = ConversationRepository(session)
        self.programs = ProgramRepository(session)
        self.teams = TeamRepository(session)
        self.processed = ProcessedMessageRepository(session)
        self.submissions = SubmissionRepository(session)
        self.consents = ConsentRepository(session)
        self.invites = InviteRepository(session)
        self.outbox = OutboxRepository(session)
        self.mutes = MuteRepository(session)
        self.mentoring = MentoringRepository(session)
        self.broadcasts = BroadcastRepository(session)

    def get(self, repository: type[R]) -> R:
        found = self._own.get(repository)
        if found is None:
            found = self._own[repository] = repository(self.session)
        return found
