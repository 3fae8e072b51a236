"""The people and teams the dashboard tests look at: three teams of the shipped program, one
on time, one late and one without a deck for the interim stage; readers in Mongolian and
Japanese on the console; someone who blocked the bot; a team name that looks like HTML."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from bot.app import App
from storage.models import Participant, Stage, Submission, Team
from tests.timeline_support import add_person

SNEAKY = "<script>alert('x')</script> & Co"


@dataclass(frozen=True)
class Seeded:
    teams: dict[str, int]
    stages: dict[str, int]


async def seed(app: App) -> Seeded:
    await add_person(app, "bat", "mn", team="Нарны гэр", channel="console")
    await add_person(app, "yuki", "ja", team="Team Sakura", channel="console")
    await add_person(app, "tuya", "mn", team=SNEAKY, channel="console")
    await add_person(app, "gone", "en", channel="console")
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        teams = {t.name: t.id for t in await session.scalars(select(Team))}
        found = list(await session.scalars(select(Stage)))
        stages = {s.key: s.id for s in found}
        deadline = next(s.deadline_at for s in found if s.key == "interim-deck")
        gone = await session.scalar(select(Participant).where(Participant.external_id == "gone"))
        assert gone is not None
        gone.blocked_at = now
        # Lateness is read against the deadline: the late version is received after it (the
        # clock of these tests is the morning before the interim deadline).
        received = {
            "Нарны гэр": (False, now - timedelta(hours=30)),
            "Team Sakura": (True, deadline + timedelta(hours=2)),
        }
        for name, (late, at) in received.items():
            session.add(
                Submission(
                    team_id=teams[name],
                    stage_id=stages["interim-deck"],
                    version=1,
                    kind="pdf",
                    sha256="0" * 64,
                    size=1,
                    file_name=f"{name}.pdf",
                    channel="console",
                    received_at=at,
                    late=late,
                )
            )
    return Seeded(teams, stages)
