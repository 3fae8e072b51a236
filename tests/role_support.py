"""Helpers for tests of role-gated actions: someone invited to a role through the real invite,
and that role taken away by another organizer through /revoke_role, while the first person
still has the older buttons in front of them (the console keeps each person's latest buttons).

A feature with a role-gated flow, button or page tests it the same way: ``invited`` the
person, bring them to the point of acting, ``revoked`` the role, then act and expect
``REFUSED[role]`` and nothing changed."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import IncomingMessage
from bot.core.roles import Role
from handlers.roles.revoke import RevokeRole
from storage.models import ConversationState, Participant
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, role_codes

REFUSED = {
    Role.ORGANIZER: "Sorry, that is only for organizers.\n\n",
    Role.MENTOR: "Sorry, that is only for mentors.\n\n",
    Role.JUDGE: "Sorry, that is only for judges.\n\n",
    Role.STAFF: "Sorry, that is only for event staff and organizers.\n\n",
}
"""The refusal of each role, in English."""

INVITE_COMMAND = {Role.ORGANIZER: "/invite_organizer", Role.MENTOR: "/invite_mentor"}


async def person_id(chat: Chat, name: str) -> int:
    async with chat.app.sessions() as session:
        found = await session.scalar(select(Participant.id).where(Participant.external_id == name))
    assert found is not None, name
    return found


async def invited(chat: Chat, name: str, role: Role, language: str = "en") -> None:
    """``org`` (an organizer of every program, ``BOT_ORGANIZERS``) invites ``name`` to
    ``role``, and ``name`` accepts; a mentor's profile is left for later (/cancel)."""
    await chat.say("/as org", "/start", "3", INVITE_COMMAND[role])
    code = (await role_codes(chat.app))[-1]
    await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language], f"/join {code}")
    if role == Role.MENTOR:
        await chat.say("/cancel")


async def revoked(chat: Chat, name: str, role: Role) -> str:
    """``org`` takes ``role`` away from ``name`` with /revoke_role's button, leaving the chat
    as ``name`` again, their buttons untouched. Returns what the bot printed."""
    before = chat.console.user
    await chat.say("/as org", "/revoke_role")
    payload = RevokeRole(await person_id(chat, name), role).pack()
    start = chat.out.tell()
    await chat.app.dispatcher.handle(
        IncomingMessage("console", "org", chat.app.clock.now(), payload=payload, display_name="org")
    )
    chat.out.seek(start)
    printed = chat.out.read()
    chat.out.seek(0, 2)
    await chat.say(f"/as {before}")
    return printed


async def flow_of(chat: Chat, name: str) -> str | None:
    """The flow ``name`` is in, if any."""
    async with chat.app.sessions() as session:
        state = await session.get(ConversationState, await person_id(chat, name))
    return state.flow if state is not None else None
