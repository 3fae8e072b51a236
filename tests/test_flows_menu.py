"""The main menu shows what fits the person's state, and a newcomer to a bot that runs two
programs is asked which one they follow (issue 16: item 8 and the newcomer's menu)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from tests.support import Chat
from tests.team_support import register_team
from tests.test_programs import SMALL

MICS = "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs"


@pytest.fixture
async def two_programs(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> AsyncIterator[App]:
    dxcup = tmp_path / "dxcup.toml"
    dxcup.write_text(SMALL, encoding="utf-8")
    app = await build_app(
        settings_for(program_files=(str(SHIPPED_PROGRAM), str(dxcup))), clock, translator
    )
    yield app
    await app.close()


async def test_a_newcomer_is_offered_to_register_or_join_a_team(chat: Chat) -> None:
    await chat.say("/start")
    assert await chat.say("3") == (
        f"Welcome to {MICS}!\n"
        "I will keep you up to date with events and deadlines, in your language and time zone.\n"
        "\n"
        "What would you like to do?\n"
        "[1] Register a team\n"
        "[2] Join a team\n"
        "[3] Help\n"
        "[4] Language\n"
        "[5] Time zone\n"
        "[6] Schedule\n"
        "[7] Deadlines\n"
        "[8] Ask the organizers\n"
        "\n"
    )
    pressed = await chat.say("1")
    await chat.say("/cancel")
    assert pressed == await chat.say("/register")  # the button runs /register


async def test_a_member_is_offered_the_team_card_and_handing_in(chat: Chat) -> None:
    await chat.say("/start", "3")
    await register_team(chat, "Solar Yurts")
    assert await chat.say("/menu") == (
        "What would you like to do?\n"
        "[1] My team\n"
        "[2] Hand in a deck\n"
        "[3] Help\n"
        "[4] Language\n"
        "[5] Time zone\n"
        "[6] Schedule\n"
        "[7] Deadlines\n"
        "[8] Ask the organizers\n"
        "[9] Progress report\n"
        "\n"
    )
    assert await chat.say("1") == await chat.say("/team")


async def test_with_two_programs_a_newcomer_chooses_one(two_programs: App, tmp_path: Path) -> None:
    chat = Chat(two_programs, tmp_path / "files-out")
    await chat.say("/start")
    assert await chat.say("3") == (
        "Welcome! This bot runs several programs. Which one do you follow?\n"
        "[1] DXCUP 2025\n"
        f"[2] {MICS}\n"
        "\n"
    )
    assert await chat.say("2") == (
        f"Done: you now follow {MICS}.\n"
        "\n"
        "What would you like to do?\n"
        "[1] Register a team\n"
        "[2] Join a team\n"
        "[3] Program\n"
        "[4] Help\n"
        "[5] Language\n"
        "[6] Time zone\n"
        "[7] Schedule\n"
        "[8] Deadlines\n"
        "[9] Ask the organizers\n"
        "\n"
    )
    assert await chat.say("3") == (f"You follow {MICS}.\n[1] DXCUP 2025\n\n")
