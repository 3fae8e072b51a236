"""A large selection round on SQLite: ``--teams`` teams (500) of ``--members`` members (3), each
with a deck, ``--judges`` judges (40), ``--per-team`` judges per team (3), ``--criteria``
criteria (5), every judge's organization shared with ``--conflicts`` teams (2).

Prints a table: the time of the three use cases behind the chat commands, each in its own
transaction as a command runs it: assigning the judges (/assign_judges), ranking every team
with the normalized column once all scores are in (/ranking), and publishing (one outbox row
per member enqueued). Each should take under a second.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import PROJECT_ROOT, Settings
from bot.i18n import FluentTranslator
from handlers.selection.assignment import Assignment, assign_round
from handlers.selection.publishing import Publication, publish
from handlers.selection.ranking import Ranking, ranking_of
from storage.models import Submission, Team
from storage.selection import JudgeReview, Outcome, SelectionRepository, SelectionRound
from storage.uow import UnitOfWork

NOW = datetime(2025, 4, 5, 1, 0, tzinfo=UTC)
PROGRAM = """
id = "bench"
time_zone = "Asia/Ulaanbaatar"
name = "Bench"

[[stages]]
id = "plan"
name = "Plan"
opens = 2025-03-01T09:00:00
deadline = 2025-04-01T18:00:00

[[rounds]]
id = "screening"
name = "Screening"
stage = "plan"
opens = 2025-04-02T09:00:00
closes = 2025-04-10T18:00:00
judges_per_team = {per_team}
share_feedback = true
"""
CRITERION = """
[[rounds.criteria]]
id = "c{n}"
name = "Criterion {n}"
weight = {weight}
"""


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument("--teams", type=int, default=500, help="teams (default: %(default)s)")
    parser.add_argument(
        "--members", type=int, default=3, help="members of each team (default: %(default)s)"
    )
    parser.add_argument("--judges", type=int, default=40, help="judges (default: %(default)s)")
    parser.add_argument(
        "--per-team", type=int, default=3, help="judges per team (default: %(default)s)"
    )
    parser.add_argument(
        "--criteria", type=int, default=5, help="criteria of the round (default: %(default)s)"
    )
    parser.add_argument(
        "--conflicts",
        type=int,
        default=2,
        help="teams sharing an organization with each judge (default: %(default)s)",
    )
    parser.add_argument(
        "--seed", type=int, default=18, help="seed of the scores (default: %(default)s)"
    )
    return parser.parse_args()


def program_file(folder: Path, args: argparse.Namespace) -> Path:
    text = PROGRAM.format(per_team=args.per_team) + "".join(
        CRITERION.format(n=n, weight=1 + n % 3) for n in range(args.criteria)
    )
    path = folder / "bench.toml"
    path.write_text(text, encoding="utf-8")
    return path


T = TypeVar("T")


async def populate(app: App, args: argparse.Namespace) -> None:
    """Teams with members and a deck each, judges with their organizations: straight into
    storage, as the chat would have left them."""
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        program = await uow.programs.get("bench")
        assert program is not None
        stage = program.stages[0]
        for number in range(args.judges):
            judge, _ = await uow.participants.get_or_create("console", f"judge{number}", NOW)
            await uow.participants.grant(judge, Role.JUDGE, NOW, "bench")
            organizations = [f"Org {number * args.conflicts + i}" for i in range(args.conflicts)]
            await uow.get(SelectionRepository).save_profile(judge.id, organizations, NOW)
        for number in range(args.teams):
            people = [
                (await uow.participants.get_or_create("console", f"p{number}-{i}", NOW))[0]
                for i in range(args.members)
            ]
            for person in people:
                person.program_id, person.language = "bench", ("mn", "ja", "en")[number % 3]
            team = Team(
                program_id="bench",
                name=f"Team {number:03}",
                name_key=f"team {number:03}",
                project_title="Solar gers",
                description="Хот айлын агаарын бохирдлыг бууруулах.",
                sdgs=[7, 13],
                organizations=[{"name": f"Org {number}", "country": "MN"}],
                members=[],
            )
            await uow.teams.create(team, people[0].id, NOW)
            for person in people[1:]:
                await uow.teams.add_member(team, person.id, NOW)
            session.add(
                Submission(
                    team_id=team.id,
                    stage_id=stage.id,
                    version=1,
                    kind="pdf",
                    sha256="0" * 64,
                    size=1000,
                    file_name="deck.pdf",
                    uploader_id=people[0].id,
                    channel="console",
                    received_at=NOW - timedelta(days=5),
                )
            )


async def score_every_assignment(app: App, args: argparse.Namespace) -> None:
    """Every judge scores every team given to them (random points, seeded)."""
    generator = random.Random(args.seed)
    async with app.sessions() as session, session.begin():
        store = UnitOfWork(session).get(SelectionRepository)
        row = await the_round(UnitOfWork(session))
        session.add_all(
            JudgeReview(
                round_id=row.id,
                team_id=assigned.team_id,
                judge_id=assigned.judge_id,
                scores={f"c{n}": generator.randint(1, 5) for n in range(args.criteria)},
                comment="",
                feedback="",
                scored_at=NOW,
            )
            for assigned in await store.assignments(row.id)
        )


async def the_round(uow: UnitOfWork) -> SelectionRound:
    row = await uow.get(SelectionRepository).round_by_key("bench", "screening")
    assert row is not None
    return row


async def timed(app: App, work: Callable[[UnitOfWork], Awaitable[T]]) -> tuple[float, T]:
    """Run ``work`` in one transaction, as a command does; the seconds it took and its result."""
    started = time.perf_counter()
    async with app.sessions() as session, session.begin():
        result = await work(UnitOfWork(session))
    return time.perf_counter() - started, result


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
            "PROGRAM_FILES": str(program_file(folder, args)),
        }
    )
    app = await build_app(settings, FixedClock(NOW), FluentTranslator(PROJECT_ROOT / "locales"))
    await populate(app, args)

    async def assign(uow: UnitOfWork) -> Assignment:
        return await assign_round(uow, await the_round(uow), NOW)

    assign_s, assignment = await timed(app, assign)
    await score_every_assignment(app, args)

    async def rank(uow: UnitOfWork) -> Ranking:
        return await ranking_of(uow, await the_round(uow))

    rank_s, ranking = await timed(app, rank)

    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        row = await the_round(uow)
        row.closed_at = NOW  # the organizers closed judging and selected the best third
        for entry in ranking.rows[: len(ranking.rows) // 3]:
            await uow.get(SelectionRepository).decide(
                row.id, entry.team_id, Outcome.SELECTED, None, None, NOW
            )

    async def publish_now(uow: UnitOfWork) -> Publication:
        return await publish(uow, await the_round(uow), NOW)

    publish_s, publication = await timed(app, publish_now)
    await app.close()
    loads = sorted(assignment.loads.values())
    print_table(
        (
            "teams",
            "judges",
            "per team",
            "criteria",
            "assignment",
            "teams per judge",
            "ranking, normalized",
            "publishing (enqueue)",
        ),
        [
            (
                f"{args.teams:,}",
                args.judges,
                args.per_team,
                args.criteria,
                f"{assign_s * 1000:.0f} ms",
                f"{loads[0]}-{loads[-1]}, {len(assignment.short)} teams short",
                f"{rank_s * 1000:.0f} ms",
                f"{publish_s * 1000:.0f} ms, {publication.messages:,} rows",
            )
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
