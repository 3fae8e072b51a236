"""How long the organizers' progress views take for a large program: ``--teams`` teams (500)
that each reported ``--periods`` periods (12) of the shipped MICS indicators (8: six numbers,
two texts), SQLite.

Prints a table: the time of /kpis through the real dispatcher and console channel (reading the
reports, the per-team lines and totals, the XLSX workbook, the PNG chart and the CSV); then its
parts alone: building the indicators and the sheets (reads and arithmetic), writing the XLSX,
the CSV and the PNG; and the planner adding the reminders of a period (to the one team in ten
that has not reported).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import random
import re
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.channels.console import ConsoleChannel
from bot.core.clock import FixedClock
from bot.core.exports import csv_bytes
from bot.core.settings import PROJECT_ROOT, SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from handlers.progress.asks import plan_asks
from handlers.progress.common import board_of
from handlers.progress.indicators import (
    CSV_COLUMNS,
    long_rows,
    panels,
    team_lines,
    total_lines,
    workbook_sheets,
)
from storage.models import Team
from storage.progress import ProgressReport
from storage.uow import UnitOfWork

START = datetime(2024, 1, 25, 10, 0)


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--teams", type=int, default=500, help="teams in the program (default: %(default)s)"
    )
    parser.add_argument(
        "--periods", type=int, default=12, help="monthly periods reported (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=19, help="of the values (default: %(default)s)")
    return parser.parse_args()


def program_file(folder: Path, periods: int) -> Path:
    """The shipped MICS file with ``periods`` monthly asks from January 2024 and no other dates."""
    text = SHIPPED_PROGRAM.read_text(encoding="utf-8")
    kpis = text[text.index("[[kpis]]") :]
    kpis = kpis[: kpis.index("\n[[rounds]]")] if "\n[[rounds]]" in kpis else kpis
    head = text[: text.index("[[stages]]")].replace('id = "mics-2024"', 'id = "bench-progress"')
    dates = ", ".join(f"{2024 + (i // 12)}-{i % 12 + 1:02}-25" for i in range(periods))
    plan = f'[reports]\ndates = [{dates}]\ndeadline_days = 5\nhelp = "help-needed"\n\n'
    path = folder / "bench-progress.toml"
    path.write_text(re.sub(r"\n\[reports\].*", "", head, flags=re.S) + plan + kpis, "utf-8")
    return path


async def main(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
            "BOT_ORGANIZERS": "console:org",
            "PROGRAM_FILES": str(program_file(folder, args.periods)),
        }
    )
    last_ask = datetime(
        2024 + (args.periods - 1) // 12, (args.periods - 1) % 12 + 1, 27, 2, tzinfo=UTC
    )
    clock = FixedClock(last_ask)
    app = await build_app(settings, clock, FluentTranslator(PROJECT_ROOT / "locales"))
    rng = random.Random(args.seed)
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        for number in range(args.teams):
            lead, _ = await uow.participants.get_or_create("console", f"lead{number}", clock.now())
            lead.program_id = "bench-progress"
            team = Team(
                program_id="bench-progress",
                name=f"Team {number:03}",
                name_key=f"team {number:03}",
                sdgs=[7],
                organizations=[],
                members=[],
            )
            await uow.teams.create(team, lead.id, clock.now())
            for period in range(args.periods):
                if period == args.periods - 1 and number % 10 == 0:
                    continue  # one team in ten has not reported the last period yet
                key = f"{2024 + period // 12}-{period % 12 + 1:02}-25"
                session.add(
                    ProgressReport(
                        program_id="bench-progress",
                        team_id=team.id,
                        period_key=key,
                        values={
                            "foreign-markets": rng.randint(0, 2),
                            "jp-partners": rng.randint(0, 3),
                            "mn-partners": rng.randint(0, 3),
                            "customers": rng.randint(0, 50),
                            "funding": rng.randint(0, 20) * 1000,
                            "jobs": rng.randint(0, 4),
                            "progress": "Туршилт үргэлжилж байна. 実証は順調です。",
                        },
                        filled_by=lead.id,
                        created_at=clock.now(),
                        updated_at=clock.now(),
                    )
                )
        organizer, _ = await uow.participants.get_or_create("console", "org", clock.now())
        organizer.program_id = "bench-progress"
    out = io.StringIO()
    console = ConsoleChannel(app.translator, "en", out, folder / "files", "org")
    app.add_channel(console)
    for line in ("/start", "3"):
        message = console.to_message(line, clock)
        assert message is not None
        await app.dispatcher.handle(message)
    message = console.to_message("/kpis", clock)
    assert message is not None
    started = time.perf_counter()
    await app.dispatcher.handle(message)
    kpis_ms = (time.perf_counter() - started) * 1000
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        started = time.perf_counter()
        program = await uow.programs.get("bench-progress")
        assert program is not None
        board = await board_of(uow, program)
        assert board is not None
        period = board.plan.started(clock.now())[-1]
        team_lines(board, period)
        total_lines(board, period, "en")
        periods = list(board.plan.started(clock.now()))
        sheets = workbook_sheets(board, periods, "en")
        build_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        app.services.spreadsheets.write(sheets)
        xlsx_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        csv_bytes(CSV_COLUMNS, long_rows(board, periods, "en"))
        csv_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        app.services.charts.png(panels(board, periods, "en"))
        png_ms = (time.perf_counter() - started) * 1000
    async with app.sessions() as session, session.begin():
        clock.set(period.closes_at - timedelta(hours=48))
        started = time.perf_counter()
        added = await plan_asks(UnitOfWork(session), clock.now())
        plan_ms = (time.perf_counter() - started) * 1000
    files = {p.suffix: p.stat().st_size for p in (folder / "files" / "org").glob("*")}
    await app.close()
    print_table(
        (
            "teams",
            "periods",
            "reports",
            "/kpis",
            "indicators + sheets",
            "XLSX write",
            "CSV",
            "PNG",
            "plan reminders",
            "files",
        ),
        [
            (
                f"{args.teams:,}",
                args.periods,
                f"{sum(len(s.rows) for s in sheets[:-2]) - args.teams // 10:,}",
                f"{kpis_ms:.0f} ms",
                f"{build_ms:.0f} ms",
                f"{xlsx_ms:.0f} ms",
                f"{csv_ms:.0f} ms",
                f"{png_ms:.0f} ms",
                f"{plan_ms:.0f} ms ({added} rows)",
                ", ".join(f"{k[1:]} {v:,} B" for k, v in sorted(files.items())),
            )
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
