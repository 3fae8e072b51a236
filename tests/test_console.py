"""The console's file commands: ``/file`` sends a document and ``/photo`` a photo of a local
file; a file the bot sends is saved and printed as ``[file]`` or, for a photo, ``[photo]``."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from bot.core.messages import Document, RenderedMessage
from bot.core.ports import Recipient
from tests.attachment_files import png_bytes
from tests.support import Chat

PNG = png_bytes()


async def test_file_and_photo_send_a_local_file_as_a_document_or_a_photo(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    poster = tmp_path / "poster.png"
    poster.write_bytes(PNG)
    sent = [
        chat.console.to_message(f"{command} {poster} Demo day", app.clock)
        for command in ("/file", "/photo")
    ]
    assert [
        (m.text, a.kind, a.file_name, a.mime_type, a.size, await a.fetch(len(PNG)))
        for m in sent
        if m is not None
        for a in m.attachments
    ] == [
        ("Demo day", "document", "poster.png", "image/png", len(PNG), PNG),
        ("Demo day", "photo", "poster.png", "image/png", len(PNG), PNG),
    ]


async def test_a_photo_the_bot_sends_is_saved_and_shown_as_a_photo(chat: Chat) -> None:
    for photo in (False, True):
        message = RenderedMessage(
            "Demo day", document=Document("poster.png", PNG, "image/png", photo=photo)
        )
        await chat.console.send(Recipient("me"), message, "response")
    saved = chat.console.downloads / "me" / "poster.png"
    assert chat.out.getvalue() == (
        f"Demo day\n[file] poster.png ({len(PNG)} bytes) saved to {saved}\n\n"
        f"Demo day\n[photo] poster.png ({len(PNG)} bytes) saved to {saved}\n\n"
    )
    assert saved.read_bytes() == PNG
