"""A role taken away stops what it allowed at once (issue 15, defect 5): an organizer revoked
while composing a broadcast could still press Send now. Every role-gated flow step, button and
command checks the role when it acts, and revoking a role ends the person's flows that needed
it. Broadcasts, exports and extensions here; judging and the dashboard test theirs with the
helpers of ``tests/role_support.py``."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bot.app import App
from bot.core.roles import Role
from handlers.mentoring.buttons import SessionAct, SessionButton
from storage.models import Broadcast, Delivery, StageExtension
from tests.broadcast_support import ticked
from tests.decks import pdf_bytes
from tests.mentoring_support import requested, sessions
from tests.role_support import REFUSED, flow_of, invited, revoked
from tests.support import Chat
from tests.team_support import register_team
from tests.timeline_support import add_person, sink


async def count(chat: Chat, model: type) -> int:
    async with chat.app.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_revoked_organizer_cannot_send_the_broadcast_they_composed(
    app: App, chat: Chat
) -> None:
    sink(app)
    await add_person(app, "bat", "mn")
    await invited(chat, "kai", Role.ORGANIZER)
    preview = await chat.say("/broadcast", "2", "Hello", "1", "1", "1")
    assert preview.endswith("[1] Send now\n[2] Schedule\n[3] ‹ Back\n[4] Cancel\n\n")
    assert await flow_of(chat, "kai") == "bc"
    assert await revoked(chat, "kai", Role.ORGANIZER) == (
        "kai is no longer an organizer.\n\n→ kai\nYou are no longer an organizer of "
        "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs.\n\n"
    )
    assert await flow_of(chat, "kai") is None  # the revocation ended the composer
    assert await chat.say("1") == REFUSED[Role.ORGANIZER]
    await ticked(app, chat)
    async with chat.app.sessions() as session:
        categories = list(await session.scalars(select(Delivery.category).distinct()))
    assert (await count(chat, Broadcast), "broadcast" in categories) == (0, False)


async def test_a_revoked_organizer_cannot_export(chat: Chat, tmp_path: Path) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Gobi Labs")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes(title="gobi"))
    await chat.say(f"/file {deck}")
    await invited(chat, "kai", Role.ORGANIZER)
    assert (await chat.say("/decks interim-deck")).endswith("[2] Latest decks (ZIP)\n\n")
    await revoked(chat, "kai", Role.ORGANIZER)
    assert await chat.say("2") == REFUSED[Role.ORGANIZER]  # the ZIP button shown before
    for command in ("/export", "/teams", "/decks", "/sessions", "/broadcasts"):
        assert (command, await chat.say(command)) == (command, REFUSED[Role.ORGANIZER])
    assert list((chat.console.downloads / "kai").glob("*")) == []


async def test_a_revoked_organizer_cannot_extend_a_deadline(chat: Chat) -> None:
    await chat.say("/as lead", "/start", "3")
    await register_team(chat, "Gobi Labs")
    await invited(chat, "kai", Role.ORGANIZER)
    await revoked(chat, "kai", Role.ORGANIZER)
    assert (
        await chat.say("/extend interim-deck 2024-11-25 18:00 Gobi Labs")
        == (REFUSED[Role.ORGANIZER])
    )
    assert await count(chat, StageExtension) == 0


async def test_a_revoked_mentor_leaves_their_profile_form(chat: Chat) -> None:
    await invited(chat, "mia", Role.MENTOR)
    await chat.say("/mentor_profile", "Mia Sato")
    assert await flow_of(chat, "mia") == "mprof"
    await revoked(chat, "mia", Role.MENTOR)
    assert await flow_of(chat, "mia") is None
    assert await chat.say("JICA") == (
        "I didn't understand that. Use the buttons, or send /help to see what I can do.\n\n"
    )


async def test_a_revoked_mentor_cannot_answer_a_session(chat: Chat) -> None:
    await requested(chat)  # mia (ja) has bat's request in front of her
    await revoked(chat, "mia", Role.MENTOR)
    await chat.say("/as mia", "/language", "3")
    chat.console.latest_buttons["mia"] = [
        SessionButton(SessionAct.CONFIRM, 1, 1, 0).pack(),
        SessionButton(SessionAct.DECLINE, 1, 1).pack(),
    ]
    assert await chat.say("1") == REFUSED[Role.MENTOR]
    assert await chat.say("2") == REFUSED[Role.MENTOR]
    assert [(s.state, s.version) for s in await sessions(chat)] == [("requested", 1)]
