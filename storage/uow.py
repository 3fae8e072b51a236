"""The unit of work: one session and one transaction per incoming message or job."""

from __future__ import annotations

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


class UnitOfWork:
    """The repositories of one transaction. Whoever opened the transaction commits it."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
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
