"""A stage that also accepts a link (``accepts = ["pdf", "pptx", "link"]``)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from tests.decks import add_team, submission_count
from tests.support import Chat


@pytest.fixture
async def link_app(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> AsyncIterator[App]:
    program = tmp_path / "program.toml"
    program.write_text(
        SHIPPED_PROGRAM.read_text(encoding="utf-8").replace(
            'accepts = ["pdf", "pptx"]', 'accepts = ["pdf", "pptx", "link"]'
        ),
        encoding="utf-8",
    )
    application = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    yield application
    await application.close()


async def test_a_link_is_a_version_too(link_app: App, tmp_path: Path) -> None:
    chat = Chat(link_app, tmp_path / "console-files")
    await chat.say("/as org", "/start", "3", "/decknotices", "/as me", "/start", "3")
    await add_team(link_app, "Blue Steppe", "me")
    assert await chat.say("/submit") == (
        "Send your file for Interim deck now, as a document (PDF, PPTX, at most 20 MB), "
        "or send a link to it (https://…).\n"
        "Deadline: Mon, Nov 18, 2024 18:00.\n"
        "[1] Cancel\n\n"
    )
    for bad in ("our deck", "ftp://example.org/deck.pdf", "https://", "https://a b.org/x"):
        assert await chat.say(bad) == (
            "That is not a link I can accept. Send one address starting with http:// or "
            "https://, or a file.\n\n"
        )
    url = "https://docs.example.org/d/abc123?usp=sharing"
    assert await chat.say(url) == (
        "Received: Interim deck, version 1.\n"
        f"Link: {url}\n"
        "Time received: Mon, Nov 18, 2024 09:00\n"
        "On time: 9 hours before the deadline (Mon, Nov 18, 2024 18:00).\n\n"
    )
    assert await chat.say("/submit", url) == (
        "Send your file for Interim deck now, as a document (PDF, PPTX, at most 20 MB), "
        "or send a link to it (https://…).\n"
        "Deadline: Mon, Nov 18, 2024 18:00.\n"
        "[1] Cancel\n\n"
        "This is identical to version 1 of Interim deck, received "
        "Mon, Nov 18, 2024 09:00. No new version was added.\n\n"
    )
    assert await submission_count(link_app) == 1
    assert await chat.say("/deck", "1") == (
        "Decks of team Blue Steppe:\n"
        "Interim deck:\n"
        f"v1 · {url} · Mon, Nov 18, 2024 09:00 · on time\n"
        "Press a button to get a version back.\n"
        "[1] Interim deck v1\n\n"
        f"Version 1: {url}\n\n"
    )
    await chat.say("/as org", "/decks interim-deck", "2")
    path = tmp_path / "console-files" / "org" / "mics-2024-interim-deck-20241118-010000.zip"
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["manifest.csv"]
        rows = list(csv.reader(io.StringIO(archive.read("manifest.csv").decode())))
    assert rows[1][0] == "Blue Steppe"
    assert rows[1][7:] == ["", url]
