"""Test helpers for submissions: real PDF and PPTX files, and teams made straight in storage
(the registration wizard lives on another branch)."""

from __future__ import annotations

import io
import zipfile

from pypdf import PdfWriter
from sqlalchemy import func, select

from bot.app import App
from storage.models import Participant, Submission, Team, TeamMember

PROGRAM = "mics-2024"


def pdf_bytes(pages: int = 1, password: str | None = None, title: str = "deck") -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=960, height=540)
    writer.add_metadata({"/Title": title})
    if password is not None:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pptx_bytes(slide_text: str = "deck") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
        )
        package.writestr("_rels/.rels", "<Relationships/>")
        package.writestr("ppt/presentation.xml", f"<p:presentation>{slide_text}</p:presentation>")
    return buffer.getvalue()


async def add_team(app: App, name: str, *members: str, channel: str = "console") -> int:
    """A team of the shipped program with these people (created in English when new)."""
    async with app.sessions() as session, session.begin():
        now = app.clock.now()
        team = Team(
            program_id=PROGRAM,
            name=name,
            name_key=name.casefold(),
            sdgs=[],
            organizations=[],
            created_at=now,
        )
        session.add(team)
        await session.flush()
        for index, external_id in enumerate(members):
            person = await session.scalar(
                select(Participant).where(
                    Participant.channel == channel, Participant.external_id == external_id
                )
            )
            if person is None:
                person = Participant(
                    channel=channel,
                    external_id=external_id,
                    display_name=external_id,
                    language="en",
                    program_id=PROGRAM,
                    created_at=now,
                    last_seen_at=now,
                )
                session.add(person)
                await session.flush()
            session.add(
                TeamMember(
                    team_id=team.id,
                    program_id=PROGRAM,
                    participant_id=person.id,
                    role="lead" if index == 0 else "member",
                    joined_at=now,
                )
            )
        return team.id


async def submission_count(app: App) -> int:
    async with app.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Submission)) or 0)
