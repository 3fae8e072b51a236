"""Roles as people meet them (issue 16): the role-granted texts name the program the role is
for, and /revoke_role lists mentors by the name teams see."""

from __future__ import annotations

from tests.mentoring_support import mentor_joins
from tests.support import Chat
from tests.team_support import role_codes

MICS = "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs"


async def test_a_mentor_is_revoked_by_the_name_teams_see(chat: Chat) -> None:
    await mentor_joins(chat, "mia", "en", "1")  # her profile name is "mia Sato"
    assert await chat.say("/as org", "/revoke_role") == (
        "Whose role do you want to take away?\n• mia Sato: mentor\n[1] mia Sato\n\n"
    )
    assert await chat.say("1") == (
        f"mia Sato is no longer a mentor.\n\n→ mia\nYou are no longer a mentor of {MICS}.\n\n"
    )


async def test_the_granted_role_names_the_program(chat: Chat) -> None:
    await chat.say("/as org", "/start", "3", "/invite_mentor", "/invite_organizer")
    mentor, organizer = await role_codes(chat.app)
    await chat.say("/as mia", "/start", "3")
    assert (await chat.say(f"/join {mentor}")).split("\n")[0] == (
        f"Welcome, you are now a mentor of {MICS}."
    )
    await chat.say("/as kai", "/start", "3")
    assert await chat.say(f"/join {organizer}") == (
        f"Welcome, you are now an organizer of {MICS}. Send /help to see what organizers can do.\n"
        "\n"
        "→ org\n"
        "kai accepted your invite and is now an organizer.\n"
        "\n"
    )
