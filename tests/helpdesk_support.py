"""Helpers of the helpdesk tests: two organizers (tuya reads Mongolian, kenji Japanese), a
Japanese participant (aya) and a Mongolian team lead (bat, team Nar), all on the console; the
outbox delivered on the test clock; the threads and outbox rows as stored."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.helpdesk import HelpdeskMessage, HelpdeskThread
from storage.models import Delivery
from tests.mentoring_support import delivered, press, quiet
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, register_team

ORGANIZERS = frozenset({"console:tuya", "console:kenji"})

__all__ = ["delivered", "press"]


@pytest.fixture
async def app(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> AsyncIterator[App]:
    application = await build_app(settings_for(organizers=ORGANIZERS), clock, translator)
    yield application
    await application.close()


async def everyone(chat: Chat, team: bool = True) -> None:
    """tuya (mn) and kenji (ja) organize; aya (ja) participates; bat (mn) leads team Nar.
    Their reminders are muted, so only the helpdesk is heard."""
    for name, language in (("tuya", "mn"), ("kenji", "ja"), ("aya", "ja"), ("bat", "mn")):
        await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language])
    if team:
        await chat.say("/as bat")
        await register_team(chat, "Nar")
    await quiet(chat, "tuya", "kenji", "aya", "bat")


async def ask(chat: Chat, name: str, *lines: str) -> str:
    """``name`` sends /ask, then ``lines``; returns what the last line printed."""
    await chat.say(f"/as {name}", "/ask")
    return await chat.say(*lines)


async def threads(app: App) -> list[HelpdeskThread]:
    async with app.sessions() as session:
        return list(await session.scalars(select(HelpdeskThread).order_by(HelpdeskThread.id)))


async def messages(app: App) -> list[tuple[int, str, str, str | None]]:
    """Every message as (thread, side, text, file name)."""
    async with app.sessions() as session:
        found = await session.scalars(select(HelpdeskMessage).order_by(HelpdeskMessage.id))
        return [(m.thread_id, m.side, m.text, m.file_name) for m in found]


async def outbox_rows(app: App) -> list[tuple[str, str, str]]:
    """The helpdesk's outbox rows as (key, purpose, status)."""
    async with app.sessions() as session:
        found = await session.scalars(
            select(Delivery).where(Delivery.category == "helpdesk").order_by(Delivery.id)
        )
        return [(d.dedup_key, d.purpose, d.status) for d in found]


def png_file(folder: Path, name: str = "receipt.png") -> Path:
    """A real 1×1 PNG."""
    import base64

    path = folder / name
    path.write_bytes(
        base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
            "RU5ErkJggg=="
        )
    )
    return path
