"""Roles are per program: a mentor invited by an organizer of MICS is a mentor there, not in
another program the same bot runs; an organizer from BOT_ORGANIZERS is one everywhere."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from storage.uow import UnitOfWork
from tests.support import Chat
from tests.team_support import role_codes
from tests.test_programs import SMALL


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


async def test_a_mentor_of_one_program_is_not_a_mentor_of_another(
    two_programs: App, tmp_path: Path
) -> None:
    chat = Chat(two_programs, tmp_path / "files-out")
    await chat.say("/as org", "/start", "3")
    assert await chat.say("2") == (
        "Done: you now follow MICS 2024: Mongolia Open Innovation and Co-creation for SDGs.\n\n"
        "What would you like to do?\n[1] Register a team\n[2] Join a team\n[3] Program\n"
        "[4] Help\n[5] Language\n[6] Time zone\n[7] Schedule\n[8] Deadlines\n\n"
    )
    await chat.say("/invite_mentor")
    [code] = await role_codes(two_programs)
    await chat.say("/as mia", "/start", "3")
    assert await chat.say(f"/join {code}") == (
        "Welcome, you are now a mentor of MICS 2024: Mongolia Open Innovation and Co-creation for SDGs.\n"
        "\n"
        "Let us set up your mentor profile. What name should teams see?\n[1] Cancel\n\n"
        "→ org\n"
        "mia accepted your invite and is now a mentor.\n"
        "\n"
    )
    await chat.say("/cancel")
    assert await chat.say("/mentor_profile") == (
        "Let us set up your mentor profile. What name should teams see?\n[1] Cancel\n\n"
    )
    await chat.say("/cancel", "/program")
    assert await chat.say("1") == "Done: you now follow DXCUP 2025.\n\n"
    assert await chat.say("/mentor_profile") == "Sorry, that is only for organizers.\n\n"

    async with two_programs.sessions() as session:
        uow = UnitOfWork(session)
        assert [
            p.external_id for p in await uow.participants.with_role(Role.MENTOR, "mics-2024")
        ] == ["mia"]
        assert await uow.participants.with_role(Role.MENTOR, "dxcup-2025") == []
        # BOT_ORGANIZERS: an organizer of every program.
        assert [
            p.external_id for p in await uow.participants.with_role(Role.ORGANIZER, "dxcup-2025")
        ] == ["org"]

    # The organizer, now in DXCUP, sees no mentor there to revoke.
    await chat.say("/as org", "/program", "1")
    assert await chat.say("/revoke_role") == "Nobody else holds a mentor or organizer role.\n\n"
