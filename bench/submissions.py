"""How long handing in a large deck takes, and how much memory the ZIP export needs.

Targets: a 19 MB PDF through the whole upload path (console → checks → store → receipt) in
under 2 s; a ZIP of 30 teams' decks that is too large to send is written with peak Python
memory under three decks' worth (a ZIP that is sent is held in memory once, as the document).
Run with ``make bench``.
"""

from __future__ import annotations

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

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.limits import UPLOAD_LIMITS
from bot.core.settings import PROJECT_ROOT, Settings
from bot.i18n import FluentTranslator
from tests.decks import add_team
from tests.support import Chat

MB = 1024 * 1024


def big_pdf(size: int, seed: int) -> bytes:
    """A one-page PDF padded with an incompressible stream to about ``size`` bytes."""
    writer = PdfWriter()
    writer.add_blank_page(width=960, height=540)
    writer.add_attachment("padding.bin", os.urandom(size - 2000) + seed.to_bytes(4, "big"))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        settings = Settings(
            database_url=f"sqlite+aiosqlite:///{root / 'bench.sqlite3'}",
            organizers=frozenset({"console:org"}),
            extra={"FILES_DIR": str(root / "files")},
        )
        clock = FixedClock(datetime(2024, 11, 18, 1, 0, tzinfo=UTC))
        app = await build_app(settings, clock, FluentTranslator(PROJECT_ROOT / "locales"))
        chat = Chat(app, root / "downloads")
        await chat.say("/as org", "/start", "3", "/decknotices")

        deck = root / "big.pdf"
        deck.write_bytes(big_pdf(19 * MB, 0))
        await chat.say("/as lead", "/start", "3")
        await add_team(app, "Team 00", "lead")
        started = time.perf_counter()
        output = await chat.say(f"/file {deck}")
        elapsed = time.perf_counter() - started
        assert output.startswith("Received:"), output
        print(f"upload of a {deck.stat().st_size / MB:.1f} MB PDF end to end: {elapsed:.2f} s")

        for number in range(1, 30):
            name = f"m{number}"
            await chat.say(f"/as {name}", "/start", "3")
            await add_team(app, f"Team {number:02d}", name)
            path = root / f"{name}.pdf"
            path.write_bytes(big_pdf(5 * MB, number))
            assert (await chat.say(f"/file {path}")).startswith("Received:")

        for limit, how in ((None, "sent as a document"), (50 * MB, "over 50 MB: saved")):
            if limit is None:
                UPLOAD_LIMITS.pop("console", None)
            else:
                UPLOAD_LIMITS["console"] = limit
            await chat.say("/as org", "/decks interim-deck")
            clock.advance(timedelta(seconds=1))
            tracemalloc.start()
            started = time.perf_counter()
            output = await chat.say("31")
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert "30 teams" in output, output
            print(
                f"ZIP export of 30 teams (19 MB + 29 x 5 MB), {how}: {elapsed:.2f} s, "
                f"peak traced memory {peak / MB:.1f} MB"
            )
        await app.close()


if __name__ == "__main__":
    asyncio.run(main())
