"""Helpers for the mentoring tests: a mentor and a team through the real console flows, the
outbox delivered on the test clock, and a press of a button from an older message."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import IncomingMessage
from storage.models import MentoringSession, Participant
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, register_team, role_codes
from tests.timeline_support import tick


async def delivered(chat: Chat) -> str:
    """What one turn of the delivery loop printed (outbox rows due now)."""
    start = chat.out.tell()
    await tick(chat.app)
    chat.out.seek(start)
    produced = chat.out.read()
    chat.out.seek(0, 2)
    return produced


async def press(chat: Chat, payload: str) -> str:
    """Press a button whose payload is known, as a person does on an older message."""
    start = chat.out.tell()
    user = chat.console.user
    message = IncomingMessage(
        channel="console",
        sender_id=user,
        received_at=chat.app.clock.now(),
        display_name=user,
        payload=payload,
    )
    await chat.app.dispatcher.handle(message)
    chat.out.seek(start)
    produced = chat.out.read()
    chat.out.seek(0, 2)
    return produced


async def mentor_joins(chat: Chat, name: str, language: str, zone_button: str) -> str:
    """An organizer invites ``name`` as a mentor; they accept and fill in their profile
    (speaks Japanese and English). Returns what the last answer printed."""
    await chat.say("/as org", "/start", "3", "/invite_mentor")
    code = (await role_codes(chat.app))[-1]
    await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language], f"/join {code}")
    await chat.say(f"{name} Sato", "JICA", "Solar energy", "2", "3")
    return await chat.say("4", zone_button)


async def quiet(chat: Chat, *names: str) -> None:
    """Mute the program's deadline, event and agenda reminders, so only sessions are heard."""
    for name in names:
        await chat.say(f"/as {name}", "/reminders", "1", "2", "3")


async def lead_registers(chat: Chat, name: str, language: str, team: str) -> None:
    await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language])
    await register_team(chat, team)


async def sessions(chat: Chat) -> list[MentoringSession]:
    async with chat.app.sessions() as session:
        return list(await session.scalars(select(MentoringSession).order_by(MentoringSession.id)))


async def request_session(chat: Chat) -> str:
    """bat (lead of Nar) asks mia for an hour online: 21 Nov 15:00 typed, 19 Nov 10:00 pressed."""
    return await chat.say(
        "/as bat",
        "/session",
        "1",
        "Pitch deck",
        "2",
        "2024-11-21 15:00",
        "1",
        "5",
        "1",
        "https://meet.example/x",
    )


async def requested(chat: Chat) -> None:
    """mia (ja, Tokyo) mentors Nar, whose lead bat (mn) has asked her for a session."""
    await mentor_joins(chat, "mia", "ja", "2")
    await lead_registers(chat, "bat", "mn", "Nar")
    await quiet(chat, "org", "mia", "bat")
    await chat.say("/as org", "/mentors", "1", "1")
    await request_session(chat)
    await delivered(chat)


async def confirmed(chat: Chat) -> None:
    """As ``requested``, and mia confirmed 19 Nov 10:00 Ulaanbaatar (11:00 Tokyo)."""
    await requested(chat)
    await chat.say("/as mia", "2")
    await delivered(chat)


async def participant_id(chat: Chat, name: str) -> int:
    async with chat.app.sessions() as session:
        found = await session.scalar(select(Participant.id).where(Participant.external_id == name))
        assert found is not None
        return found
