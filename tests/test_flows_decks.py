"""Decks as people hand them in (issue 16): a file with the wrong extension (item 14), and
what /submit says after a deadline that accepts late versions (rough edge)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.app import App
from storage.models import Submission
from tests.decks import add_team, pdf_bytes
from tests.support import Chat


async def test_a_pdf_named_pptx_is_saved_with_the_right_extension(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    path = tmp_path / "pdfas.pptx"
    path.write_bytes(pdf_bytes())
    answer = await chat.say(f"/file {path}")
    assert answer.split("\n\n")[-2] == (
        "The file is a PDF, not a PPTX file: its extension was corrected and it is saved as "
        "pdfas.pdf."
    )
    async with app.sessions() as session:
        assert list(await session.scalars(select(Submission.file_name))) == ["pdfas.pdf"]
