"""Names people type refuse control and text-direction characters, and keep every script and
emoji (issue 15, defect 11: team names accepted NUL, control characters and right-to-left
overrides)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.core.text import invisible_characters
from storage.models import MentorProfile, Team
from tests.support import Chat
from tests.team_support import register_team, role_codes

REFUSED = "That contains control or text-direction characters. Please type it without them.\n\n"
HOSTILE = [
    "Gobi\x00Labs",  # NUL
    "Gobi\x07Labs",  # bell
    "Gobi\x1bLabs",  # escape
    "Gobi\x7fLabs",  # delete
    "Gobi\x85Labs",  # next line (C1)
    "\u202eGobi Labs",  # right-to-left override
    "Gobi \u202aLabs",  # left-to-right embedding
    "Gobi \u2067Labs\u2069",  # right-to-left isolate
    "Gobi\ud800Labs",  # a lone surrogate
]
KEPT = [
    "Нарны гэр 🌞",
    "チーム「太陽」",
    "👩\u200d💻 Coders",  # emoji joined by a zero-width joiner
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f Team",  # a tag sequence flag
    "فريق الشمس",
    "नमस्ते टीम",
    "می\u200cخواهم",  # a zero-width non-joiner, which Persian needs
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_characters_are_found(name: str) -> None:
    assert invisible_characters(name) is True


@pytest.mark.parametrize("name", KEPT)
def test_every_script_and_emoji_is_kept(name: str) -> None:
    assert invisible_characters(name) is False


async def test_team_names_titles_and_organizations_refuse_them(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3", "/register", "1")
    for name in HOSTILE:
        assert (name, await chat.say(name)) == (name, REFUSED)
    assert await chat.say("Нарны гэр 🌞") == (
        "What is the title of your project?\n[1] ‹ Back\n[2] Cancel\n\n"
    )
    assert await chat.say("Solar\u202e yurts") == REFUSED
    await chat.say("Solar yurts", "We heat yurts.", "7, 13")
    assert await chat.say("Khan\x00Solar") == REFUSED
    async with chat.app.sessions() as session:
        assert list(await session.scalars(select(Team.name))) == []


async def test_a_renamed_team_refuses_them_too(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Gobi Labs")
    await chat.say("/edit_team", "1")
    assert await chat.say("Gobi\u202eLabs") == REFUSED
    async with chat.app.sessions() as session:
        assert list(await session.scalars(select(Team.name))) == ["Gobi Labs"]


async def test_a_mentor_profile_refuses_them(chat: Chat) -> None:
    await chat.say("/as org", "/start", "3", "/invite_mentor")
    [code] = await role_codes(chat.app)
    await chat.say("/as mia", "/start", "3", f"/join {code}")
    assert await chat.say("Mia\u202e Tanaka") == REFUSED
    await chat.say("Mia Tanaka 🌸")
    assert await chat.say("Khan\x00Bank") == REFUSED
    await chat.say("Khan Bank", "Energy", "3", "4", "1")
    async with chat.app.sessions() as session:
        profile = await session.get(MentorProfile, 2)
    assert profile is not None
    assert (profile.name, profile.organization) == ("Mia Tanaka 🌸", "Khan Bank")
