"""Decks as people hand them in (issue 16): a file with the wrong extension (item 14), and
what /submit says after a deadline that accepts late versions (rough edge)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from storage.models import Submission
from tests.decks import add_team, pdf_bytes
from tests.support import Chat


async def test_a_pdf_named_pptx_is_saved_with_the_right_extension(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    path = tmp_path / "pdfas.pptx"
    path.write_bytes(pdf_bytes())
    answer = await chat.say(f"/file {path}")
    assert answer.split("\n\n")[-2] == (
        "The file is a PDF, not a PPTX file: its extension was corrected and it is saved as "
        "pdfas.pdf."
    )
    async with app.sessions() as session:
        assert list(await session.scalars(select(Submission.file_name))) == ["pdfas.pdf"]


async def test_the_organizers_lists_use_each_teams_deadline(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await add_team(app, "Khan Solar", "bat")
    await add_team(app, "Gobi Water", "tuya")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    app.clock.set(datetime(2024, 11, 18, 11, 0, tzinfo=UTC))  # 19:00 Ulaanbaatar: late
    await chat.say("/as bat", f"/file {deck}")
    await chat.say("/as org", "/start", "3", "/extend interim-deck 2024-11-20 18:00 Khan Solar")
    assert await chat.say("/decks interim-deck") == (
        "Interim deck (deadline Mon, Nov 18, 2024 18:00)\n"
        "On time: 1 · Late: 0 · Missing: 1\n"
        "Gobi Water: missing\n"
        "Khan Solar: on time, v1, Mon, Nov 18, 2024 19:00 (deadline extended to Wed, Nov 20, "
        "2024 18:00)\n"
        "[1] Khan Solar\n[2] Latest decks (ZIP)\n\n"
    )
    await chat.say("2")
    [path] = (tmp_path / "console-files" / "org").glob("*.zip")
    with zipfile.ZipFile(path) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    assert [row[:4] + row[6:7] for row in rows] == [
        ["team", "version", "received_at_utc", "deadline_utc", "late"],
        ["Khan Solar", "1", "2024-11-18T11:00:00+00:00", "2024-11-20T10:00:00+00:00", "no"],
    ]
    await chat.say("/as bat")
    assert (await chat.say("/deck")).splitlines()[2].split(" · ")[3] == "on time"


async def test_after_the_deadline_submit_and_deadlines_say_a_version_will_be_late(
    chat: Chat, app: App
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    app.clock.set(datetime(2024, 11, 18, 11, 0, tzinfo=UTC))  # 19:00 Ulaanbaatar
    assert await chat.say("/deadlines") == (
        "Deadlines:\n"
        "• Interim deck: the deadline was Mon, Nov 18, 2024 18:00; late versions are still "
        "accepted (marked late)\n"
        "• Final deck: Fri, Jan 31, 2025 18:00, 73 days 23 hours left\n\n"
    )
    assert (await chat.say("/submit")).split("\n\n")[0] == (
        "The deadline for Interim deck was Mon, Nov 18, 2024 18:00: a version you send now "
        "is marked late."
    )


async def test_extend_by_buttons_refuses_an_earlier_date_and_says_why(chat: Chat, app: App) -> None:
    await add_team(app, "Khan Solar", "bat")
    await add_team(app, "Gobi Water", "tuya")
    await chat.say("/as org", "/start", "3")
    assert await chat.say("/extend") == (
        "Which stage's deadline do you want to extend?\n"
        "[1] Project proposal\n[2] Interim deck\n[3] Final deck\n[4] Cancel\n\n"
    )
    assert await chat.say("2") == (
        "Which team gets a later deadline for Interim deck?\n"
        "[1] Gobi Water\n[2] Khan Solar\n[3] ‹ Back\n[4] Cancel\n\n"
    )
    assert await chat.say("2") == (
        "Team Khan Solar has until Mon, Nov 18, 2024 18:00 for Interim deck. Type the new "
        "deadline in your time zone as YYYY-MM-DD HH:MM, for example 2024-11-20 18:00.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
    )
    assert await chat.say("next friday") == (
        "Please type the date and time as YYYY-MM-DD HH:MM, for example 2024-11-20 18:00.\n\n"
    )
    assert await chat.say("2024-11-17 18:00") == (
        "The new deadline must come after team Khan Solar's current one (Mon, Nov 18, 2024 "
        "18:00). Please type a later date and time.\n\n"
    )
    assert await chat.say("2024-11-20 18:00") == (
        "Done: team Khan Solar now has until Wed, Nov 20, 2024 18:00 for Interim deck.\n\n"
        "→ bat\n"
        "The organizers extended your team's deadline for Interim deck to "
        "Wed, Nov 20, 2024 18:00.\n\n"
    )


async def test_extend_in_one_line_names_each_mistake(chat: Chat, app: App) -> None:
    await add_team(app, "Khan Solar", "bat")
    await chat.say("/as org", "/start", "3")
    assert await chat.say("/extend interim 2024-11-20 18:00 Khan Solar") == (
        "There is no stage “interim” in this program. Its stages are: proposal, interim-deck, "
        "final-deck. Or send /extend alone to choose with buttons.\n\n"
    )
    assert await chat.say("/extend interim-deck 2024-11-20 18:00 Khan") == (
        "There is no team “Khan” in this program. Send /extend alone to choose with buttons.\n\n"
    )
    assert await chat.say("/extend interim-deck 20.11.2024 18:00 Khan Solar") == (
        "Please type the date and time as YYYY-MM-DD HH:MM, for example 2024-11-20 18:00.\n\n"
    )
    app.clock.set(datetime(2024, 11, 19, 1, 0, tzinfo=UTC))  # a day after the deadline
    assert await chat.say("/extend interim-deck 2024-11-18 20:00 Khan Solar") == (
        "That time has already passed (it is Tue, Nov 19, 2024 09:00 now). Please type a later "
        "one.\n\n"
    )
