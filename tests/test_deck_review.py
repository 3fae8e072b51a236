"""What organizers see: the notice on each deck (and muting it), the state of every team per
stage, any deck, and one ZIP of the latest decks with its manifest."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.core import limits
from bot.core.clock import FixedClock
from tests.decks import add_team, pdf_bytes, pptx_bytes
from tests.support import Chat


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def three_teams(chat: Chat, app: App, tmp_path: Path, clock: FixedClock) -> dict[str, bytes]:
    """Blue Steppe hands in twice on time, Gobi Labs once late, Khan Tech nothing."""
    await chat.say("/as org", "/start", "3", "/as me", "/start", "3", "/as gobi", "/start", "3")
    await add_team(app, "Blue Steppe", "me")
    await add_team(app, "Gobi Labs", "gobi")
    await add_team(app, "Khan Tech", "khan")
    decks = {"v1": pdf_bytes(title="one"), "v2": pptx_bytes("two"), "gobi": pdf_bytes(title="g")}
    for name, data in decks.items():
        (tmp_path / f"{name}.{'pptx' if name == 'v2' else 'pdf'}").write_bytes(data)
    await chat.say("/as me", f"/file {tmp_path / 'v1.pdf'}")
    clock.advance(timedelta(hours=1))
    await chat.say(f"/file {tmp_path / 'v2.pptx'}")
    clock.set(datetime(2024, 11, 18, 10, 15, tzinfo=UTC))  # 18:15, after the deadline
    await chat.say("/as gobi", f"/file {tmp_path / 'gobi.pdf'}")
    return decks


async def test_organizers_are_told_of_each_deck_and_can_mute_it(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await chat.say("/as org", "/start", "3", "/as me", "/start", "3")
    await add_team(app, "Blue Steppe", "me")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    output = await chat.say(f"/file {deck}")
    assert output.split("\n\n")[1:] == [
        "→ org\nNew deck: Blue Steppe handed in version 1 for Interim deck (by me).\n"
        "[1] Get the deck",
        "",
    ]
    downloads = tmp_path / "console-files" / "org"
    assert await chat.say("/as org", "1") == (
        f"Version 1: deck.pdf\n[file] deck.pdf ({deck.stat().st_size:,} bytes) saved to "
        f"{downloads / 'deck.pdf'}\n\n"
    )
    assert await chat.say("/decknotices") == (
        "You will no longer get a notice for each new deck. "
        "Send /decknotices again to switch them back on.\n\n"
    )
    deck.write_bytes(pdf_bytes(title="second"))
    assert "→ org" not in await chat.say("/as me", f"/file {deck}")
    assert await chat.say("/as org", "/decknotices") == (
        "You will get a notice for each new deck again.\n\n"
    )


async def test_a_team_member_cannot_fetch_another_teams_deck(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await three_teams(chat, app, tmp_path, clock)
    await chat.say("/as gobi", "/deck")
    chat.console.latest_buttons["gobi"] = ["deck:1"]  # Blue Steppe's first version
    assert await chat.say("1") == "Sorry, that is only for organizers.\n\n"


async def test_review_per_stage_with_counts(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await three_teams(chat, app, tmp_path, clock)
    assert await chat.say("/as org", "/decks") == (
        "Which stage?\n[1] Project proposal\n[2] Interim deck\n[3] Final deck\n\n"
    )
    assert await chat.say("2") == (
        "Interim deck (deadline Mon, Nov 18, 2024 18:00)\n"
        "On time: 1 · Late: 1 · Missing: 1\n"
        "Blue Steppe: on time, v2, Mon, Nov 18, 2024 10:00\n"
        "Gobi Labs: late, v1, Mon, Nov 18, 2024 18:15\n"
        "Khan Tech: missing\n"
        "[1] Blue Steppe\n"
        "[2] Gobi Labs\n"
        "[3] Latest decks (ZIP)\n\n"
    )
    assert await chat.say("/decks proposal") == (
        "Project proposal (deadline Mon, Jul 15, 2024 18:00)\n"
        "On time: 0 · Late: 0 · Missing: 3\n"
        "Blue Steppe: missing\nGobi Labs: missing\nKhan Tech: missing\n\n"
    )
    assert await chat.say("/as me", "/decks") == "Sorry, that is only for organizers.\n\n"


async def test_zip_of_the_latest_decks_with_a_manifest(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    decks = await three_teams(chat, app, tmp_path, clock)
    await chat.say("/as org", "/decks interim-deck")
    output = await chat.say("3")
    path = tmp_path / "console-files" / "org" / "mics-2024-interim-deck-20241118-101500.zip"
    assert output == (
        "The latest decks of 2 teams for Interim deck, with manifest.csv.\n"
        f"[file] {path.name} ({path.stat().st_size:,} bytes) saved to {path}\n\n"
    )
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == [
            "01-Blue Steppe-v2-v2.pptx",
            "02-Gobi Labs-v1-gobi.pdf",
            "manifest.csv",
        ]
        assert archive.read("01-Blue Steppe-v2-v2.pptx") == decks["v2"]
        assert archive.read("02-Gobi Labs-v1-gobi.pdf") == decks["gobi"]
        manifest = list(csv.reader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    exports = app.settings.files_dir / "exports"
    assert list(exports.iterdir()) == []  # sent, so nothing is left on the server
    assert manifest == [
        [
            "team",
            "version",
            "received_at_utc",
            "deadline_utc",
            "size",
            "sha256",
            "late",
            "file",
            "url",
        ],
        [
            "Blue Steppe",
            "2",
            "2024-11-18T02:00:00+00:00",
            "2024-11-18T10:00:00+00:00",
            str(len(decks["v2"])),
            sha(decks["v2"]),
            "no",
            "01-Blue Steppe-v2-v2.pptx",
            "",
        ],
        [
            "Gobi Labs",
            "1",
            "2024-11-18T10:15:00+00:00",
            "2024-11-18T10:00:00+00:00",
            str(len(decks["gobi"])),
            sha(decks["gobi"]),
            "yes",
            "02-Gobi Labs-v1-gobi.pdf",
            "",
        ],
    ]


async def test_a_zip_over_the_upload_limit_is_saved_under_exports(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await three_teams(chat, app, tmp_path, clock)
    monkeypatch.setitem(limits.UPLOAD_LIMITS, "console", 1000)
    exports = app.settings.files_dir / "exports"
    path = exports / "mics-2024-interim-deck-20241118-101500.zip"
    assert await chat.say("/as org", "/decks interim-deck", "3") == (
        "Interim deck (deadline Mon, Nov 18, 2024 18:00)\n"
        "On time: 1 · Late: 1 · Missing: 1\n"
        "Blue Steppe: on time, v2, Mon, Nov 18, 2024 10:00\n"
        "Gobi Labs: late, v1, Mon, Nov 18, 2024 18:15\n"
        "Khan Tech: missing\n"
        "[1] Blue Steppe\n"
        "[2] Gobi Labs\n"
        "[3] Latest decks (ZIP)\n"
        "\n"
        f"The ZIP (2 teams, 1 MB) is larger than this platform lets me send, so I saved it on the server: {path}\n\n"
    )
    with zipfile.ZipFile(path) as archive:
        assert len(archive.namelist()) == 3


async def test_a_zip_of_a_stage_nobody_handed_in_for(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await three_teams(chat, app, tmp_path, clock)
    await chat.say("/as org", "/decks")
    chat.console.latest_buttons["org"] = ["deckzip:1"]  # the proposal stage
    assert await chat.say("1") == "No team has handed in anything for Project proposal yet.\n\n"
