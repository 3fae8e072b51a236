"""How long handing in a large deck takes, and how much memory the ZIP export needs.

Targets: a 19 MB PDF (``--deck-mb``) through the whole upload path (console → checks → store →
receipt) in under 2 s; a ZIP of 30 teams' decks (``--teams``: that first deck and one of 5 MB,
``--team-deck-mb``, for each other team) that is too large to send (over a 50 MB upload limit)
is written with peak Python memory under three decks' worth (a ZIP that is sent is held in
memory once, as the document). Prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfWriter

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.limits import UPLOAD_LIMITS
from bot.core.settings import PROJECT_ROOT, Settings
from bot.i18n import FluentTranslator
from tests.decks import add_team
from tests.support import Chat

MB = 1024 * 1024
SAVE_OVER = 50 * MB


def big_pdf(size: int, seed: int) -> bytes:
    """A one-page PDF padded with an incompressible stream to about ``size`` bytes."""
    writer = PdfWriter()
    writer.add_blank_page(width=960, height=540)
    writer.add_attachment("padding.bin", os.urandom(size - 2000) + seed.to_bytes(4, "big"))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--deck-mb",
        type=int,
        default=19,
        help="size of the deck whose upload is timed, in MB (default: %(default)s)",
    )
    parser.add_argument(
        "--teams",
        type=int,
        default=30,
        help="teams in the ZIP export, the first with that deck (default: %(default)s)",
    )
    parser.add_argument(
        "--team-deck-mb",
        type=int,
        default=5,
        help="size of every other team's deck, in MB (default: %(default)s)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = Settings.from_env(
            {
                "DATABASE_URL": f"sqlite+aiosqlite:///{root / 'bench.sqlite3'}",
                "BOT_ORGANIZERS": "console:org",
                "FILES_DIR": str(root / "files"),
            }
        )
        clock = FixedClock(datetime(2024, 11, 18, 1, 0, tzinfo=UTC))
        app = await build_app(settings, clock, FluentTranslator(PROJECT_ROOT / "locales"))
        chat = Chat(app, root / "downloads")
        await chat.say("/as org", "/start", "3", "/decknotices")

        deck = root / "big.pdf"
        deck.write_bytes(big_pdf(args.deck_mb * MB, 0))
        await chat.say("/as lead", "/start", "3")
        await add_team(app, "Team 00", "lead")
        started = time.perf_counter()
        output = await chat.say(f"/file {deck}")
        elapsed = time.perf_counter() - started
        assert output.startswith("Received:"), output
        size = f"{deck.stat().st_size / MB:.1f} MB"
        rows.append((f"upload of a {size} PDF end to end", f"{elapsed:.2f} s", "-", "received"))

        for number in range(1, args.teams):
            name = f"m{number}"
            await chat.say(f"/as {name}", "/start", "3")
            await add_team(app, f"Team {number:02d}", name)
            path = root / f"{name}.pdf"
            path.write_bytes(big_pdf(args.team_deck_mb * MB, number))
            assert (await chat.say(f"/file {path}")).startswith("Received:")

        decks = f"{args.deck_mb} MB + {args.teams - 1} x {args.team_deck_mb} MB"
        for limit in (None, SAVE_OVER):
            if limit is None:
                UPLOAD_LIMITS.pop("console", None)
            else:
                UPLOAD_LIMITS["console"] = limit
            await chat.say("/as org", "/decks interim-deck")
            clock.advance(timedelta(seconds=1))
            tracemalloc.start()
            started = time.perf_counter()
            output = await chat.say(str(args.teams + 1))  # the ZIP button, after the teams'
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert f"{args.teams} teams" in output, output
            rows.append(
                (
                    f"ZIP export of {args.teams} teams ({decks}), "
                    + ("no upload limit" if limit is None else f"upload limit {limit // MB} MB"),
                    f"{elapsed:.2f} s",
                    f"{peak / MB:.1f} MB",
                    "saved on the server" if "saved it on the server" in output else "sent",
                )
            )
        await app.close()
    print_table(("step", "time", "peak traced memory", "outcome"), rows)


if __name__ == "__main__":
    asyncio.run(main(arguments()))
