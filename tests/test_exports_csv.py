"""Every CSV the bot sends is Excel-safe (issue 15, defect 8): a UTF-8 BOM, and every cell a
person typed that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading ``'``. Each export gets a hostile value in every column people type: /export (teams),
the broadcast report, the ZIP's manifest.csv and the mentoring sessions CSV."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.core.exports import csv_bytes
from storage.models import MentoringSession, Team
from tests.broadcast_support import ticked
from tests.decks import pdf_bytes
from tests.mentoring_support import participant_id
from tests.support import Chat
from tests.team_support import role_codes
from tests.timeline_support import add_person, sink

TEAM = '=HYPERLINK("http://evil.example","Team")'
TITLE = "+SUM(1,2)"
DESCRIPTION = "-1+1+cmd|' /C calc'!A0"
ORGANIZATION = "@SUM(A1:A9)"
EMAIL = "=x@evil.mn"
LEAD = "=1+2"  # a display name, as the platform gives it
MENTOR = "@mentor"
TOPIC = "=topic()"
PLACE = "+place"
NOTE = "-note"
REASON = "@reason"


def rows_of(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_every_formula_start_is_neutralised_and_numbers_stay_numbers() -> None:
    starts = ["=1", "+1", "-1", "@1", "\t1", "\r1", "1", "a=1", ""]
    content = csv_bytes(["cell", "n"], [[s, -1] for s in starts])
    assert rows_of(content)[1:] == [
        ["'=1", "-1"],
        ["'+1", "-1"],
        ["'-1", "-1"],
        ["'@1", "-1"],
        ["'\t1", "-1"],
        ["'\r1", "-1"],
        ["1", "-1"],
        ["a=1", "-1"],
        ["", "-1"],
    ]


async def hostile_team(chat: Chat) -> None:
    await chat.say(f"/as {LEAD}", "/start", "3", "/register", "1")
    await chat.say(TEAM, TITLE, DESCRIPTION, "7, 13", ORGANIZATION, "1", "2", EMAIL, "1", "1")


async def test_the_teams_export(chat: Chat) -> None:
    await hostile_team(chat)
    await chat.say("/as org", "/start", "3", "/export")
    [path] = sorted((chat.console.downloads / "org").glob("*.csv"))
    rows = rows_of(path.read_bytes())
    assert rows[1] == [
        "'" + TEAM,
        "'" + TITLE,
        "'" + DESCRIPTION,
        "7 13",
        f"'{ORGANIZATION} (MN)",
        "'" + EMAIL,
        "",
        "2024-11-18T01:00:00+00:00",
        "'" + LEAD,
        "console",
        "'" + LEAD,
        "lead",
        "2024-11-18T01:00:00+00:00",
    ]


async def test_the_broadcast_report(app: App, chat: Chat) -> None:
    sink(app)
    await add_person(app, LEAD, "en")
    await chat.say("/as org", "/start", "3", "/broadcast", "2", "Hello", "1", "1", "1", "1")
    await ticked(app, chat)
    await chat.say("/broadcasts", "1")
    [path] = sorted((chat.console.downloads / "org").glob("*.csv"))
    assert rows_of(path.read_bytes())[1] == [
        "1",
        "'" + LEAD,
        "test",
        "en",
        "mn",  # the version read: no English one, so the first fallback
        "sent",
        "2024-11-18T01:00:00+00:00",
        "",
        "",
    ]


async def test_the_manifest_of_the_zip(chat: Chat, tmp_path: Path) -> None:
    await hostile_team(chat)
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes(title="hostile"))
    await chat.say(f"/file {deck}")
    await chat.say("/as org", "/start", "3", "/decks interim-deck")
    await chat.say("2")
    [path] = sorted((chat.console.downloads / "org").glob("*.zip"))
    with zipfile.ZipFile(path) as archive:
        rows = rows_of(archive.read("manifest.csv"))
    assert rows[1][0] == "'" + TEAM


async def test_the_sessions_export(chat: Chat) -> None:
    await hostile_team(chat)
    await chat.say("/as org", "/start", "3", "/invite_mentor")
    code = (await role_codes(chat.app))[-1]
    await chat.say("/as mia", "/start", "3", f"/join {code}")
    await chat.say(MENTOR, "JICA", "Solar energy", "2", "3", "4", "1")
    mentor = await participant_id(chat, "mia")
    async with chat.app.sessions() as session, session.begin():
        team = await session.scalar(select(Team))
        assert team is not None
        now = chat.app.clock.now()
        session.add(
            MentoringSession(
                team_id=team.id,
                mentor_id=mentor,
                requested_by=None,
                topic=TOPIC,
                proposals=[],
                length_minutes=60,
                mode="online",
                place=PLACE,
                state="cancelled",
                awaiting="",
                starts_at=datetime(2024, 11, 19, 2, tzinfo=UTC),
                mentor_note=NOTE,
                reason=REASON,
                created_at=now,
                updated_at=now,
            )
        )
    await chat.say("/as org", "/sessions")
    await chat.say("3")
    [path] = sorted((chat.console.downloads / "org").glob("*.csv"))
    assert rows_of(path.read_bytes())[1] == [
        "1",
        "'" + TEAM,
        "'" + MENTOR,
        "cancelled",
        "2024-11-19T02:00:00+00:00",
        "60",
        "online",
        "'" + PLACE,
        "'" + TOPIC,
        "",
        "",
        "'" + NOTE,
        "'" + REASON,
    ]
