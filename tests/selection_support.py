"""Helpers for the selection tests: a small program with one round on a stage, teams that
register and hand in through the real wizard, judges who accept their invite, and scoring
one team through the console."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.app import App
from storage.models import Participant, Team
from storage.selection import JudgeAssignment, SelectionRound
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, role_codes, team_codes

PROGRAM_FILE = """
id = "selection-test"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "Туршилт", ja = "テストプログラム", en = "Test program" }

[teams]
min_size = 1
max_size = 4

[[stages]]
id = "proposal"
name = { mn = "Төслийн санал", ja = "プロジェクト提案", en = "Project proposal" }
opens = 2024-06-01T09:00:00
deadline = 2024-07-15T18:00:00

[[stages]]
id = "final-deck"
name = { mn = "Эцсийн илтгэлийн файл", ja = "最終ピッチ資料", en = "Final pitch deck" }
opens = 2024-08-01T09:00:00
deadline = 2024-09-02T18:00:00
reminder_hours = [24]

[[rounds]]
id = "screening"
name = { mn = "Шалгаруулалт", ja = "選考", en = "Screening" }
stage = "proposal"
opens = 2024-07-16T09:00:00
closes = 2024-07-20T18:00:00
judges_per_team = 2
select = 5
share_feedback = true

[[rounds.criteria]]
id = "impact"
name = { mn = "Нөлөө", ja = "インパクト", en = "Impact" }
weight = 2

[[rounds.criteria]]
id = "feasibility"
name = { mn = "Хэрэгжих боломж", ja = "実現可能性", en = "Feasibility" }
"""


def write_program(folder: Path) -> Path:
    path = folder / "selection-test.toml"
    path.write_text(PROGRAM_FILE, encoding="utf-8")
    return path


def deck_file(folder: Path, name: str = "deck.pdf") -> Path:
    path = folder / name
    path.write_bytes(pdf_bytes(title=name))
    return path


async def register_with_deck(
    chat: Chat, lead: str, language: str, team: str, deck: Path, members: tuple[str, ...] = ()
) -> None:
    """``lead`` registers ``team`` (its organization is "``team`` LLC", Mongolian), hands in
    ``deck``; each of ``members`` (name, language button) joins with the team's code."""
    await chat.say(f"/as {lead}", "/start", LANGUAGE_BUTTON[language], "/register", "1")
    await chat.say(team, f"{team} project", f"What {team} does.", "7, 13", f"{team} LLC")
    await chat.say("1", "2", "team@example.mn", "1", "1", f"/file '{deck}'")
    code = (await team_codes(chat.app))[-1]
    for member in members:
        name, member_language = member.split(":")
        await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[member_language])
        await chat.say(f"/join {code}", "1")


async def judge_joins(chat: Chat, name: str, language: str, organizations: str | None) -> str:
    """The organizer invites ``name`` as a judge; they accept and list their organizations
    (or press None). Returns what their last answer printed."""
    await chat.say("/as org", "/invite_judge")
    code = (await role_codes(chat.app))[-1]
    await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language], f"/join {code}")
    return await chat.say(organizations if organizations is not None else "1")


async def person_id(app: App, name: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Participant.id).where(Participant.external_id == name))
        assert found is not None
        return found


async def team_id(app: App, name: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Team.id).where(Team.name == name))
        assert found is not None
        return found


async def round_id(app: App, key: str = "screening") -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(SelectionRound.id).where(SelectionRound.key == key))
        assert found is not None
        return found


async def assignments(app: App) -> dict[str, list[str]]:
    """Each judge's teams, by name, in name order."""
    async with app.sessions() as session:
        rows = await session.execute(
            select(Participant.external_id, Team.name)
            .join(JudgeAssignment, JudgeAssignment.judge_id == Participant.id)
            .join(Team, Team.id == JudgeAssignment.team_id)
            .order_by(Participant.external_id, Team.name)
        )
        found: dict[str, list[str]] = {}
        for judge, team in rows:
            found.setdefault(judge, []).append(team)
        return found


async def queue_number(chat: Chat, team: str, out: str | None = None) -> str:
    """The number of ``team``'s button in the current person's /judge queue: in ``out`` (a
    queue the bot printed last, as after each Save), else in what /judge prints."""
    out = out if out is not None else await chat.say("/judge")
    for line in out.splitlines():
        if line.startswith("[") and line.split("] ", 1)[1].lstrip("✓ ") == team:
            return line[1 : line.index("]")]
    raise AssertionError(f"{team} is not in the queue:\n{out}")


async def score(
    chat: Chat, team: str, points: tuple[int, ...], feedback: str = "", queue: str | None = None
) -> str:
    """Score ``team`` from the current judge's queue (``queue``: the one printed last): the
    points of each criterion, no comment, an optional feedback line, then Save. Returns what
    Save printed (the queue again)."""
    await chat.say(await queue_number(chat, team, queue))
    for value in points:
        await chat.say(str(value))
    await chat.say("1")  # no comment (Skip)
    await chat.say(feedback if feedback else "1")
    return await chat.say("1")  # Save


TEAMS = (
    ("bat", "mn", "Nar"),
    ("yuki", "ja", "Sakura"),
    ("dorj", "mn", "Gobi"),
    ("kenji", "ja", "Tenger"),
    ("tuya", "mn", "Altai"),
    ("hana", "ja", "Fuji"),
    ("oyun", "mn", "Khangai"),
    ("ren", "ja", "Kaze"),
    ("sara", "mn", "Selenge"),
    ("mei", "ja", "Hoshi"),
    ("enkh", "mn", "Orkhon"),
    ("taro", "ja", "Yama"),
)
"""Twelve teams, their leads alternately Mongolian and Japanese; aya (ja) is also in Nar."""
SCORES = {
    "Nar": (5, 5),
    "Altai": (4, 3),
    "Fuji": (4, 3),
    "Sakura": (3, 4),
    "Gobi": (3, 3),
    "Kaze": (3, 2),
    "Khangai": (2, 3),
    "Selenge": (2, 2),
    "Hoshi": (1, 3),
    "Orkhon": (1, 2),
    "Yama": (1, 1),
}
"""Impact and feasibility from both judges; Tenger's judges disagree: mia 5/5, saran 2/2."""


async def twelve_teams_and_three_judges(chat: Chat, folder: Path) -> None:
    """On 10 Jul (the proposal stage): the organizer (mn), twelve teams with their proposals,
    and three judges: mia (ja, no organizations), bold (mn, works with Gobi LLC), saran (mn)."""
    deck = deck_file(folder)
    await chat.say("/as org", "/start", "1")
    for lead, language, team in TEAMS:
        members = ("aya:ja",) if team == "Nar" else ()
        await register_with_deck(chat, lead, language, team, deck, members)
    await judge_joins(chat, "mia", "ja", None)
    await judge_joins(chat, "bold", "mn", "Gobi LLC")
    await judge_joins(chat, "saran", "mn", "JICA")


async def score_everything(chat: Chat) -> None:
    """Every judge scores each of their teams by ``SCORES`` (Selenge with a feedback line),
    except saran, who has not scored Yama yet."""
    plan = await assignments(chat.app)
    for judge in ("mia", "bold", "saran"):
        queue = await chat.say(f"/as {judge}", "/judge")
        for team in plan[judge]:
            if (judge, team) == ("saran", "Yama"):
                continue
            points = SCORES.get(team) or ((5, 5) if judge == "mia" else (2, 2))  # Tenger
            feedback = "Show the costs per ger" if team == "Selenge" else ""
            queue = await score(chat, team, points, feedback, queue)
