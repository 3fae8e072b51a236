"""Helpers of the broadcast tests: the console output of delivery ticks, a submission row,
and a monotonic clock whose sleeps pass at once."""

from __future__ import annotations

from bot.app import App
from bot.core.outbox import OutboxDispatcher
from storage.models import Submission
from tests.support import Chat
from tests.timeline_support import tick


async def ticked(app: App, chat: Chat, outbox: OutboxDispatcher | None = None) -> str:
    """One delivery tick; returns what it printed on the console (the organizer's progress)."""
    mark = chat.out.tell()
    await tick(app, outbox)
    chat.out.seek(mark)
    printed = chat.out.read()
    chat.out.seek(0, 2)
    return printed


async def add_submission(app: App, team_id: int, stage_id: int) -> None:
    async with app.sessions() as session, session.begin():
        session.add(
            Submission(
                team_id=team_id,
                stage_id=stage_id,
                version=1,
                kind="pdf",
                sha256="0" * 64,
                size=1,
                file_name="deck.pdf",
                channel="test",
                received_at=app.clock.now(),
            )
        )


class FakeTime:
    """``monotonic`` and ``sleep`` for a pacer: a sleep advances the time and is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds
