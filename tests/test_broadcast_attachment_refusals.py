"""What the attachment step of /broadcast refuses, each with its reason in the organizer's
language, while the flow stays on the step and keeps the texts: a file where text belongs,
text where a file belongs, a kind that is no document or photo, content that is none of ours
whatever the name, an empty file, a file too large for a channel of the audience (or for the
bot to fetch), a photo of a shape Telegram does not show. Then a good file is accepted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Literal

from bot.app import App
from bot.core.limits import MB
from bot.core.messages import Attachment, IncomingMessage, TooLarge
from storage.uow import UnitOfWork
from tests.attachment_files import office_bytes, png_bytes
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.timeline_support import add_person, sink, texts

MN = "Маргааш 10:00 цагт уулзалт болно."


def sized(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk (only its size is ever read)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


async def never_fetched(limit: int) -> bytes:
    raise AssertionError("a file refused by its size must not be downloaded")


async def beyond(limit: int) -> bytes:
    raise TooLarge(f"more than {limit} bytes")


def attachment(
    kind: Literal["audio", "document", "file"],
    fetch: Callable[[int], Awaitable[bytes]],
    size: int | None,
) -> Attachment:
    return Attachment(kind, "file.bin", None, size, fetch)


async def send_attachment(app: App, channel: str, sender: str, item: Attachment) -> None:
    """What an adapter hands the core for a file (the console only sends documents and
    photos of local files)."""
    await app.dispatcher.handle(
        IncomingMessage(channel, sender, app.clock.now(), attachments=(item,))
    )


async def test_each_refusal_keeps_the_step_and_the_texts(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    await add_person(app, "5550001", "en", channel="telegram")
    await add_person(app, "1433960459967306", "en", channel="messenger")
    notes = tmp_path / "notes.pdf"
    notes.write_text("Plain text that only calls itself a PDF.")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    macro = tmp_path / "budget.docm"
    macro.write_bytes(office_bytes("docm"))
    wide = tmp_path / "banner.png"
    wide.write_bytes(png_bytes(4200, 200))
    report = tmp_path / "report.docx"
    report.write_bytes(office_bytes("docx"))

    await chat.say("/as org", "/start", "3", "/broadcast", "2")
    assert await chat.say(f"/file {deck}") == (
        "Write the text of the announcement here. You can attach a file after the texts.\n\n"
    )
    await chat.say(MN, "1")
    assert await chat.say("1") == (
        "Attach a file to the announcement, or send it without one. A document (PDF, Word, "
        "PowerPoint, Excel, or a picture sent as a file) may have up to 25 MB, a photo (JPEG or "
        "PNG) up to 10 MB. It goes with every language version.\n"
        "[1] No attachment\n[2] ‹ Back\n[3] Cancel\n\n"
    )
    assert await chat.say("Here it is") == (
        'Send the document or photo to attach here, or press "No attachment".\n\n'
    )
    unknown = (
        "This file cannot be attached: whatever its name says, it is not a PDF, a Word, "
        "PowerPoint or Excel file (docx, pptx, xlsx), or a JPEG or PNG picture. "
        "Send another file.\n\n"
    )
    assert await chat.say(f"/file {notes}") == unknown
    assert await chat.say(f"/file {macro}") == unknown
    assert await chat.say(f"/file {sized(tmp_path / 'empty.pdf', 0)}") == (
        "The file is empty. Send another one.\n\n"
    )
    assert await chat.say(f"/photo {deck}") == (
        "Only JPEG and PNG pictures can go as photos. Send another picture, or send it as a "
        "file.\n\n"
    )
    assert await chat.say(f"/photo {sized(tmp_path / 'big.png', 10 * MB + 1)}") == (
        "The file is too large: 11 MB. Telegram takes photos of up to 10 MB, and some "
        "recipients read the announcement there. Send a smaller picture, or send it as a "
        "file.\n\n"
    )
    assert await chat.say(f"/file {sized(tmp_path / 'big.pdf', 25 * MB + 1)}") == (
        "The file is too large: 26 MB. Messenger takes files of up to 25 MB, and some "
        "recipients read the announcement there. Send a smaller file.\n\n"
    )
    assert await chat.say(f"/photo {wide}") == (
        "Telegram cannot show a picture of 4,200 × 200 pixels as a photo: width and height may "
        "add up to 10,000, and one side may be at most 20 times the other. Send it as a file "
        "instead.\n\n"
    )
    await send_attachment(app, "console", "org", attachment("audio", never_fetched, 1))
    await send_attachment(app, "console", "org", attachment("file", beyond, None))
    assert chat.out.getvalue().split("\n\n")[-3:-1] == [
        "Only a document or a photo can be attached.",
        "The file is too large. Messenger takes files of up to 25 MB, and some recipients "
        "read the announcement there. Send a smaller file.",
    ]
    assert (await chat.say(f"/file {report}")).splitlines()[:4] == [
        "This is what readers of the Mongolian version will receive:",
        "",
        MN,
        f"[file] report.docx ({report.stat().st_size} bytes) saved to "
        f"{chat.console.downloads / 'org' / 'report.docx'}",
    ]


async def test_an_organizer_on_telegram_cannot_attach_what_the_bot_cannot_fetch(
    app: App,
) -> None:
    """Telegram lets bots download files of up to 20 MB: the limit of the organizer's own
    channel counts too, even when the audience would take more."""
    replies = sink(app, "telegram")
    organizer = await add_person(app, "5550009", "en", channel="telegram")
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        person = await uow.participants.get(organizer)
        assert person is not None
        await uow.participants.grant(person, "organizer", app.clock.now())

    async def press(payload: str) -> None:
        await app.dispatcher.handle(
            IncomingMessage("telegram", "5550009", app.clock.now(), payload=payload)
        )

    await app.dispatcher.handle(
        IncomingMessage(
            "telegram", "5550009", app.clock.now(), text="/broadcast", command="broadcast"
        )
    )
    await press("~:bc:aud:me")
    await app.dispatcher.handle(IncomingMessage("telegram", "5550009", app.clock.now(), text=MN))
    await press("~:bc:ja:skip")
    await press("~:bc:en:skip")
    assert texts(replies)[-1] == (
        "5550009",
        "Attach a file to the announcement, or send it without one. A document (PDF, Word, "
        "PowerPoint, Excel, or a picture sent as a file) may have up to 20 MB, a photo (JPEG or "
        "PNG) up to 10 MB. It goes with every language version.",
    )
    replies.sent.clear()
    await send_attachment(
        app, "telegram", "5550009", attachment("document", never_fetched, 21 * MB)
    )
    assert texts(replies) == [
        (
            "5550009",
            "The file is too large: 21 MB. The bot can fetch files of up to 20 MB from "
            "Telegram. Send a smaller file.",
        )
    ]
