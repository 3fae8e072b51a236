"""Helpers for the matching tests: teams registered through the real wizard, the final
screening's published result, a project published through /showcase and a visitor's
onboarding, all through the console."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.app import App
from storage.matching import Introduction, MatchingRepository, ShowcaseProject, ShowcaseState
from storage.selection import Outcome, SelectionRepository
from storage.uow import UnitOfWork
from tests.decks import add_team
from tests.selection_support import person_id, team_id
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON

PROGRAM = "mics-2024"


async def register(chat: Chat, lead: str, language: str, team: str, title: str) -> None:
    """``lead`` registers ``team`` (SDGs 7 and 13, "``team`` LLC" in Mongolia, e-mail
    ``lead@team.mn``) through the registration wizard."""
    await chat.say(f"/as {lead}", "/start", LANGUAGE_BUTTON[language])
    if "[2]" in await chat.say("/register"):  # the consent, with Agree and Cancel
        await chat.say("1")
    await chat.say(team, title, f"What {team} does.", "7, 13", f"{team} LLC")
    await chat.say("1", "2", f"{lead}@{team.lower()}.mn", "1", "1")


async def final_screening(app: App, selected: list[str], out: list[str]) -> None:
    """The MICS final screening's result, decided and published (as /publish_results
    leaves it): ``selected`` teams in, ``out`` teams not selected."""
    now = app.clock.now()
    teams = {name: await team_id(app, name) for name in selected + out}
    async with app.sessions() as session, session.begin():
        rounds = UnitOfWork(session).get(SelectionRepository)
        final = await rounds.round_by_key(PROGRAM, "final")
        assert final is not None
        for name in selected + out:
            outcome = Outcome.SELECTED if name in selected else Outcome.NOT_SELECTED
            await rounds.decide(final.id, teams[name], outcome, "", None, now)
        final.published_at = now


async def showcase(
    chat: Chat,
    lead: str,
    pitches: tuple[str, str, str | None],
    needs: str,
    note: str | None,
    sdgs: str = "7, 13",
) -> str:
    """``lead`` goes through /showcase keeping the team's title, with the pitches (mn, ja, en
    or Skip), the SDGs and needs typed as numbers and a note (or Skip); the team has no deck.
    Returns what Publish printed."""
    await chat.say(f"/as {lead}", "/showcase", "1")  # Keep this title
    await chat.say(pitches[0], pitches[1], pitches[2] if pitches[2] else "1")
    await chat.say(sdgs, needs, note if note else "1")
    return await chat.say("1")  # Publish


async def visitor(
    chat: Chat,
    name: str,
    language: str,
    organization: str,
    country: str,
    offers: str,
    contact: tuple[str, str],
    start: str = "/projects",
) -> str:
    """A newcomer opens ``start`` (a command or ``/start projects``), chooses a language and
    onboards: country button 1 Japan, 2 Mongolia, 3 other; contact kind 1 e-mail, 2 phone,
    3 chat. Returns what the consent printed (the welcome and the list)."""
    await chat.say(f"/as {name}")
    if start.startswith("/start"):
        await chat.say(start, LANGUAGE_BUTTON[language])
    else:
        await chat.say("/start", LANGUAGE_BUTTON[language], start)
    await chat.say(name, organization, country, offers, contact[0], contact[1])
    return await chat.say("1")


async def introductions(app: App) -> list[Introduction]:
    async with app.sessions() as session:
        return list(await session.scalars(select(Introduction).order_by(Introduction.id)))


async def ids(app: App, *names: str) -> list[int]:
    return [await person_id(app, name) for name in names]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def button(out: str, label: str) -> str:
    """The number of the button labelled ``label`` in the last message of ``out``."""
    last = out.strip().split("\n\n")[-1]
    for line in last.splitlines():
        if line.startswith("[") and line.split("] ", 1)[1] == label:
            return line[1 : line.index("]")]
    raise AssertionError(f"no button {label!r} in:\n{last}")


async def published_project(app: App, team: str, title: str, lead: str, channel: str) -> int:
    """A team of the shipped program whose lead (``channel:lead``) published ``title`` (needs
    technology), as /showcase and an organizer's approval leave it; returns the project's id."""
    team_key = await add_team(app, team, lead, channel=channel)
    async with app.sessions() as session, session.begin():
        project = (
            await UnitOfWork(session)
            .get(MatchingRepository)
            .save_project(
                ShowcaseProject(
                    team_id=team_key,
                    program_id=PROGRAM,
                    title=title,
                    pitches={"mn": "Нарны гэр", "ja": "太陽のゲル"},
                    sdgs=[7],
                    needs=["technology"],
                    need_note="",
                    deck_public=False,
                    state=ShowcaseState.PUBLISHED,
                    confirmed_at=app.clock.now(),
                    published_at=app.clock.now(),
                )
            )
        )
        return project.id
