"""How long /teams and /export take for a large program: ``--teams`` teams (500) of
``--members`` members (5), SQLite.

Prints a table: the time of each command through the real dispatcher and console channel
(rendering included), and the size of the CSV file.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.channels.console import ConsoleChannel
from bot.core.clock import FixedClock
from bot.core.settings import PROJECT_ROOT, Settings
from bot.i18n import FluentTranslator
from storage.models import Team
from storage.uow import UnitOfWork


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--teams", type=int, default=500, help="teams in the program (default: %(default)s)"
    )
    parser.add_argument(
        "--members",
        type=int,
        default=5,
        help="members of each team, its lead included (default: %(default)s)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
            "BOT_ORGANIZERS": "console:org",
        }
    )
    clock = FixedClock(datetime(2024, 11, 18, 1, 0, tzinfo=UTC))
    app = await build_app(settings, clock, FluentTranslator(PROJECT_ROOT / "locales"))
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        for number in range(args.teams):
            people = [
                (await uow.participants.get_or_create("console", f"p{number}-{i}", clock.now()))[0]
                for i in range(args.members)
            ]
            team = Team(
                program_id="mics-2024",
                name=f"Team {number:03}",
                name_key=f"team {number:03}",
                project_title="Solar gers",
                description="Хот айлын агаарын бохирдлыг бууруулах. 大気汚染を減らす。",
                sdgs=[7, 13],
                organizations=[{"name": "Khan Solar LLC", "country": "MN"}],
                contact_email="team@example.mn",
                contact_phone="",
                members=[],
            )
            await uow.teams.create(team, people[0].id, clock.now())
            for person in people[1:]:
                await uow.teams.add_member(team, person.id, clock.now())
    out = io.StringIO()
    console = ConsoleChannel(app.translator, "en", out, folder / "files", "org")
    app.add_channel(console)
    for line in ("/start", "3"):
        message = console.to_message(line, clock)
        assert message is not None
        await app.dispatcher.handle(message)
    timings = []
    for command in ("/teams", "/export"):
        message = console.to_message(command, clock)
        assert message is not None
        started = time.perf_counter()
        await app.dispatcher.handle(message)
        timings.append(f"{(time.perf_counter() - started) * 1000:.0f} ms")
    csv_file = next((folder / "files" / "org").glob("*.csv"))
    await app.close()
    print_table(
        ("teams", "members each", "/teams", "/export", "CSV"),
        [
            (
                f"{args.teams:,}",
                args.members,
                *timings,
                f"{csv_file.stat().st_size:,} bytes, {args.teams * args.members + 1:,} rows",
            )
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
