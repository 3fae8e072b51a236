"""How long /teams and /export take for a large program: 500 teams of 5 members, SQLite.

Run with `make bench`. Prints the time of each command through the real dispatcher and
console channel (rendering included) and the size of the CSV file.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.app import build_app
from bot.channels.console import ConsoleChannel
from bot.core.clock import FixedClock
from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from storage.models import Team
from storage.uow import UnitOfWork

TEAMS, MEMBERS = 500, 5


async def main() -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
        program_files=(str(SHIPPED_PROGRAM),),
        organizers=frozenset({"console:org"}),
    )
    clock = FixedClock(datetime(2024, 11, 18, 1, 0, tzinfo=UTC))
    app = await build_app(settings, clock, FluentTranslator(PROJECT_ROOT / "locales"))
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        for number in range(TEAMS):
            people = [
                (await uow.participants.get_or_create("console", f"p{number}-{i}", clock.now()))[0]
                for i in range(MEMBERS)
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
    for command in ("/teams", "/export"):
        message = console.to_message(command, clock)
        assert message is not None
        started = time.perf_counter()
        await app.dispatcher.handle(message)
        print(f"{command}: {(time.perf_counter() - started) * 1000:.0f} ms ({TEAMS} teams)")
    csv_file = next((folder / "files" / "org").glob("*.csv"))
    print(f"CSV: {csv_file.stat().st_size} bytes, {TEAMS * MEMBERS + 1} rows")
    await app.close()


if __name__ == "__main__":
    asyncio.run(main())
