"""One place checks and counts invite codes, whatever the route (issue 15, defect 9): after too
many wrong /join codes a crafted ``teamjoin:<CODE>`` button still joined, and wrong codes sent
that way were not counted."""

from __future__ import annotations

from sqlalchemy import func, select

from storage.models import InviteAttempt, TeamMember
from tests.support import Chat
from tests.team_support import register_team

LIMITED = "Too many wrong codes. Please wait 15 minutes and try again.\n\n"
INVALID = "That code is not valid. Please check it with whoever gave it to you.\n\n"


async def members_and_attempts(chat: Chat) -> tuple[int, int]:
    async with chat.app.sessions() as session:
        members = await session.scalar(select(func.count()).select_from(TeamMember))
        attempts = await session.scalar(select(func.count()).select_from(InviteAttempt))
    return int(members or 0), int(attempts or 0)


async def press(chat: Chat, person: str, payload: str) -> str:
    """Press a button with ``payload`` as if the platform had sent it (a crafted callback)."""
    chat.console.latest_buttons[person] = [payload]
    return await chat.say("1")


async def test_a_crafted_join_button_is_refused_after_too_many_wrong_codes(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Gobi Labs")
    await chat.say("/as kim", "/start", "3")
    for _ in range(5):
        assert await chat.say("/join WRONG1") == INVALID
    assert await chat.say(f"/join {code}") == LIMITED
    assert await press(chat, "kim", f"teamjoin:{code}") == LIMITED
    assert await members_and_attempts(chat) == (1, 5)


async def test_wrong_codes_on_a_crafted_button_are_counted(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Gobi Labs")
    await chat.say("/as kim", "/start", "3")
    for wrong in ("AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE"):
        assert await press(chat, "kim", f"teamjoin:{wrong}") == INVALID
    assert await members_and_attempts(chat) == (1, 5)
    assert await chat.say(f"/join {code}") == LIMITED
    assert await chat.say(f"/start join_{code}") == LIMITED
    assert await press(chat, "kim", f"teamjoin:{code}") == LIMITED


async def test_role_links_and_join_links_share_the_count(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    code = await register_team(chat, "Gobi Labs")
    await chat.say("/as kim", "/start", "3")
    for wrong in ("role_AAAAAAAA", "role_BBBBBBBB", "join_CCCCCC"):
        assert await chat.say(f"/start {wrong}") == INVALID
    assert await press(chat, "kim", "teamjoin:DDDDDD") == INVALID
    assert await chat.say("/join EEEEEE") == INVALID
    assert await press(chat, "kim", f"teamjoin:{code}") == LIMITED
    assert await members_and_attempts(chat) == (1, 5)
