"""Helpers for the event-day tests: a small program whose demo day takes RSVPs with two seats
and an online part, people who choose their language in the console, the delivery loop on the
test clock, and a press of a button whose payload is known."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.eventday import EventTicket
from storage.models import Event, Participant
from tests.mentoring_support import delivered, press
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON

__all__ = ["delivered", "press"]

PROGRAM = """
id = "day-2024"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "Өдөр 2024", ja = "デイ2024", en = "Day 2024" }

[[events]]
id = "demo"
name = { mn = "Үзүүлэх өдөр", ja = "デモデイ", en = "Demo day" }
venue = { mn = "Шангри-Ла, Улаанбаатар", ja = "シャングリ・ラ（ウランバートル）", en = "Shangri-La, Ulaanbaatar" }
languages = ["mn", "ja"]
starts = 2024-11-20T13:30:00+08:00
ends = 2024-11-20T17:00:00+08:00
rsvp = true
capacity = 2
rsvp_closes = 2024-11-20T12:00:00+08:00
online = true

[[events.agenda]]
starts = 13:30:00
ends = 14:00:00
title = { mn = "Бүртгэл", ja = "受付", en = "Registration" }

[[events.agenda]]
starts = 14:00:00
title = { mn = "Илтгэлүүд", ja = "ピッチ", en = "Pitches" }

[[events]]
id = "forum"
name = { mn = "Форум", ja = "フォーラム", en = "Forum" }
venue = { mn = "Улаанбаатар", ja = "ウランバートル", en = "Ulaanbaatar" }
starts = 2024-12-05T10:00:00+08:00
ends = 2024-12-05T12:00:00+08:00
rsvp = true
"""


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    path = tmp_path / "day-2024.toml"
    path.write_text(PROGRAM, encoding="utf-8")
    return path


@pytest.fixture
async def day_app(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    program_file: Path,
) -> AsyncIterator[App]:
    application = await build_app(
        settings_for(program_files=(str(program_file),)), clock, translator
    )
    yield application
    await application.close()


@pytest.fixture
def day(day_app: App, tmp_path: Path) -> Chat:
    return Chat(day_app, tmp_path / "console-files")


async def joins(chat: Chat, name: str, language: str) -> str:
    return await chat.say(f"/as {name}", "/start", LANGUAGE_BUTTON[language])


async def event_id(app: App, key: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Event.id).where(Event.key == key))
    assert found is not None
    return found


async def person_id(app: App, name: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Participant.id).where(Participant.external_id == name))
    assert found is not None
    return found


async def code_of(app: App, name: str, key: str = "demo") -> str:
    """The check-in code the bot made for ``name`` at event ``key``."""
    async with app.sessions() as session:
        found = await session.scalar(
            select(EventTicket.code)
            .join(Participant, Participant.id == EventTicket.participant_id)
            .join(Event, Event.id == EventTicket.event_id)
            .where(Participant.external_id == name, Event.key == key)
        )
    assert found is not None
    return found
