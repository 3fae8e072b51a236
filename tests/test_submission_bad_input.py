"""Every kind of bad upload gets a clear message in the person's language and stores nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfWriter
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.files import sanitize_file_name
from bot.core.limits import MB
from bot.core.messages import Attachment, IncomingMessage, TooLarge
from bot.core.ports import CollectingChannel
from bot.core.settings import SHIPPED_PROGRAM, Settings
from bot.i18n import FluentTranslator
from storage.models import Submission
from tests.decks import add_team, pdf_bytes, submission_count
from tests.support import Chat


def stored_files(app: App) -> list[Path]:
    root = app.settings.files_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


async def in_a_team(chat: Chat, app: App, lang: str = "3") -> None:
    await chat.say("/start", lang)
    await add_team(app, "Blue Steppe", "me")


def pdf_without_pages() -> bytes:
    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


BAD_FILES = {
    "exe renamed pdf": (
        "setup.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,
        "This file is not a PDF, PPTX file (I check the content, not the name). Nothing was saved.",
    ),
    "corrupt pdf": (
        "deck.pdf",
        b"%PDF-1.7\n1 0 obj <<\n garbage garbage\n%%EOF",
        "This file is damaged and cannot be opened. Please export it again and resend it. "
        "Nothing was saved.",
    ),
    "pdf without pages": (
        "deck.pdf",
        pdf_without_pages(),
        "This PDF has no pages. Nothing was saved.",
    ),
    "encrypted pdf": (
        "deck.pdf",
        pdf_bytes(password="secret"),
        "This PDF is password-protected, so nobody could open it. Please send it without a "
        "password. Nothing was saved.",
    ),
    "zip that is no presentation": (
        "deck.pptx",
        b"PK\x03\x04" + b"\x00" * 100,
        "This file is damaged and cannot be opened. Please export it again and resend it. "
        "Nothing was saved.",
    ),
    "zero bytes": ("deck.pdf", b"", "This file is empty (0 bytes). Nothing was saved."),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
async def test_bad_files_are_refused_by_content(
    chat: Chat, app: App, tmp_path: Path, case: str
) -> None:
    await in_a_team(chat, app)
    name, data, message = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(data)
    assert await chat.say(f"/file {path}") == message + "\n\n"
    assert await submission_count(app) == 0
    assert stored_files(app) == []


async def test_a_refused_file_inside_the_flow_lets_the_person_try_again(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await in_a_team(chat, app, lang="1")
    bad = tmp_path / "deck.pdf"
    bad.write_bytes(b"MZ\x90\x00")
    good = tmp_path / "good.pdf"
    good.write_bytes(pdf_bytes())
    await chat.say("/submit")
    assert await chat.say(f"/file {bad}") == (
        "Энэ файл PDF, PPTX биш байна (би нэрийг нь биш, агуулгыг нь шалгадаг). "
        "Юу ч хадгалагдсангүй.\n\n"
    )
    assert (await chat.say(f"/file {good}")).startswith(
        "Хүлээн авлаа: Завсрын илтгэл, хувилбар 1.\n"
    )
    assert await submission_count(app) == 1


async def test_a_30_mb_file_is_refused_before_reading_it(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await in_a_team(chat, app, lang="2")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(30 * MB)  # sparse: no 30 MB written
    assert await chat.say(f"/file {big}") == (
        "このファイルは30 MBで、上限は20 MBです。画像を圧縮するなどして小さくしてから、"
        "もう一度送ってください。何も保存されていません。\n\n"
    )
    assert await submission_count(app) == 0


def attachment(
    data: bytes, size: int | None, calls: list[int], kind: str = "document", name: str = "d.pdf"
) -> Attachment:
    async def fetch(limit: int) -> bytes:
        calls.append(limit)
        if len(data) > limit:
            raise TooLarge(f"{len(data)} > {limit}")
        return data

    return Attachment(kind=kind, file_name=name, mime_type=None, size=size, fetch=fetch)  # type: ignore[arg-type]


async def send(app: App, sender: str, item: Attachment, channel: str = "console") -> None:
    await app.dispatcher.handle(
        IncomingMessage(
            channel=channel,
            sender_id=sender,
            received_at=app.clock.now(),
            attachments=(item,),
        )
    )


async def test_the_size_from_metadata_is_checked_before_any_download(chat: Chat, app: App) -> None:
    await in_a_team(chat, app)
    calls: list[int] = []
    await send(app, "me", attachment(pdf_bytes(), 30 * MB, calls))
    assert calls == []
    assert chat.out.getvalue().endswith(
        "This file is 30 MB; the limit is 20 MB. Please make it smaller (for example, compress "
        "the images) and send it again. Nothing was saved.\n\n"
    )
    assert await submission_count(app) == 0


async def test_the_size_is_checked_again_while_downloading(chat: Chat, app: App) -> None:
    await in_a_team(chat, app)
    calls: list[int] = []
    await send(app, "me", attachment(b"%PDF-" + b"x" * (20 * MB), None, calls))
    assert calls == [20 * MB]
    assert chat.out.getvalue().endswith(
        "This file is larger than the limit of 20 MB. Please make it smaller and send it again. "
        "Nothing was saved.\n\n"
    )
    assert await submission_count(app) == 0


async def test_the_channel_download_limit_lowers_the_stage_maximum(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    """With a stage of 30 MB, Telegram (20 MB downloads) refuses 21 MB; the console fetches it."""
    program = tmp_path / "program.toml"
    program.write_text(
        SHIPPED_PROGRAM.read_text(encoding="utf-8").replace("max_size_mb = 20", "max_size_mb = 30"),
        encoding="utf-8",
    )
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    try:
        telegram, console = CollectingChannel("telegram"), CollectingChannel("console")
        app.add_channel(telegram)
        app.add_channel(console)
        await add_team(app, "Blue Steppe", "42", channel="telegram")
        await add_team(app, "Gobi Labs", "me")
        by_telegram: list[int] = []
        await send(app, "42", attachment(pdf_bytes(), 21 * MB, by_telegram), channel="telegram")
        by_console: list[int] = []
        await send(app, "me", attachment(pdf_bytes(), 21 * MB, by_console))
    finally:
        await app.close()
    assert by_telegram == []
    assert [m.message.text for m in telegram.sent] == [
        "This file is 21 MB; the limit is 20 MB. Please make it smaller (for example, compress "
        "the images) and send it again. Nothing was saved."
    ]
    assert by_console == [30 * MB]


async def test_a_photo_instead_of_a_document(chat: Chat, app: App) -> None:
    await in_a_team(chat, app)
    calls: list[int] = []
    await send(app, "me", attachment(b"\xff\xd8\xff", 3, calls, kind="photo", name=""))
    assert calls == []
    assert chat.out.getvalue().endswith(
        "Please send the deck as a file (a document), not as a photo or media: PDF, PPTX. "
        "Nothing was saved.\n\n"
    )
    assert await submission_count(app) == 0


async def test_an_upload_by_someone_in_no_team(chat: Chat, app: App, tmp_path: Path) -> None:
    await chat.say("/start", "3")
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    expected = (
        "You are not in a team yet, so there is nothing to hand in. "
        "Join or register a team first.\n\n"
    )
    assert await chat.say("/submit") == expected
    assert await chat.say(f"/file {deck}") == expected
    assert await submission_count(app) == 0
    assert stored_files(app) == []


async def test_an_upload_when_no_stage_is_open(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await in_a_team(chat, app)
    clock.set(datetime(2024, 9, 1, 1, 0, tzinfo=UTC))  # proposal closed, interim not open
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    expected = "No stage is open for submissions right now. Nothing was saved.\n\n"
    assert await chat.say("/submit") == expected
    assert await chat.say(f"/file {deck}") == expected
    assert await submission_count(app) == 0


async def test_an_upload_after_a_reject_deadline(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    """The proposal stage rejects late files: a flow begun before its deadline is refused after."""
    await in_a_team(chat, app)
    clock.set(datetime(2024, 7, 15, 9, 0, tzinfo=UTC))  # 17:00, an hour before the deadline
    await chat.say("/submit")
    clock.set(datetime(2024, 7, 15, 10, 1, tzinfo=UTC))
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    assert await chat.say(f"/file {deck}") == (
        "The deadline for Project proposal was Mon, Jul 15, 2024 18:00 and late files are not "
        "accepted. Nothing was saved.\n\n"
    )
    assert await submission_count(app) == 0
    assert stored_files(app) == []


@pytest.mark.parametrize(
    ("given", "saved"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\boot.pdf", "boot.pdf"),
        ("deck\x00\x1b[31m\n.pdf", "deck[31m.pdf"),
        ("..pdf", "deck.pdf"),
    ],
)
async def test_file_names_with_paths_dots_or_control_characters(
    chat: Chat, app: App, given: str, saved: str
) -> None:
    await in_a_team(chat, app)
    calls: list[int] = []
    await send(app, "me", attachment(pdf_bytes(), None, calls, name=given))
    assert chat.out.getvalue().endswith(
        f"The file name had characters that are not allowed; it is saved as {saved}.\n\n"
    )
    async with app.sessions() as session:
        names = list(await session.scalars(select(Submission.file_name)))
    assert names == [saved]
    root = app.settings.files_dir
    assert [p.parent.parent.parent for p in stored_files(app)] == [root]


@pytest.mark.parametrize(
    ("given", "kind", "expected"),
    [
        ("Pitch deck v2.pdf", "pdf", "Pitch deck v2.pdf"),
        ("slides", "pptx", "slides.pptx"),
        ("presentation.PPTX", "pptx", "presentation.pptx"),
        ("deck.pdf.exe", "pdf", "deck.pdf.exe.pdf"),
        ("pdfas.pptx", "pdf", "pdfas.pdf"),
        ("photo.JPEG", "jpg", "photo.jpg"),
        (None, "pdf", "deck.pdf"),
        ("a/b\\c:d.pdf", "pdf", "c_d.pdf"),
        ("x" * 300 + ".pdf", "pdf", "x" * 116 + ".pdf"),
        ("Төсөл 資料.pdf", "pdf", "Төсөл 資料.pdf"),
    ],
)
def test_sanitize_file_name(given: str | None, kind: str, expected: str) -> None:
    assert sanitize_file_name(given, kind) == expected
