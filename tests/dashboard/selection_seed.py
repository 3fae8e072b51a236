"""A judged round for the dashboard's selection tests: the seeded teams of the shipped program,
three judges and their scores in the document screening (closed on the rehearsal's clock)."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from storage.models import Participant
from storage.selection import SelectionDecision, SelectionRepository
from storage.uow import UnitOfWork
from tests.dashboard.seed import SNEAKY, seed
from tests.timeline_support import add_person

NAR, SAKURA = "Нарны гэр", "Team Sakura"
POINTS = {(NAR, "mia"): 5, (NAR, "bold"): 4, (SAKURA, "mia"): 3, (SAKURA, "bold"): 5}
POINTS |= {(SNEAKY, "mia"): 5, (SNEAKY, "bold"): 3}
"""Every criterion gets the same points from a judge, so the weighted mean is those points.
Sakura and the third team tie at 4.00 with a spread of 2 (the judges disagree); saran is
assigned Нарны гэр and has not scored it."""


async def judged_round(app: App) -> int:
    """The seeded teams, judges mia (ja), bold and saran (mn) and their scores in the
    documents round; returns the round's id."""
    seeded = await seed(app)
    judges = {
        name: await add_person(app, name, language, channel="console")
        for name, language in (("mia", "ja"), ("bold", "mn"), ("saran", "mn"))
    }
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        for person in await uow.participants.many(set(judges.values())):
            await uow.participants.grant(person, "judge", now, "mics-2024")
        store = uow.get(SelectionRepository)
        row = await store.round_by_key("mics-2024", "documents")
        assert row is not None
        pairs = [(seeded.teams[team], judges[judge]) for team, judge in POINTS]
        await store.assign(row.id, [*pairs, (seeded.teams[NAR], judges["saran"])], now)
        for (team, judge), points in POINTS.items():
            scores = {c["id"]: points for c in row.criteria}
            await store.save_review(row.id, seeded.teams[team], judges[judge], scores, "", "", now)
        return row.id


async def decisions(app: App) -> dict[str, tuple[str, str, str]]:
    """Each decided team: its outcome, award and who decided (their external id)."""
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        names = {t.id: t.name for t in await uow.teams.in_program("mics-2024")}
        found = {}
        for decision in await session.scalars(select(SelectionDecision)):
            person = (
                await session.get(Participant, decision.decided_by)
                if decision.decided_by is not None
                else None
            )
            by = person.external_id if person else ""
            found[names[decision.team_id]] = (decision.outcome, decision.award, by)
        return found
