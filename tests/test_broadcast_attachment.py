"""A broadcast with an attachment, composed through the console: a document in Mongolian and a
photo in Japanese, previewed with each language version, kept in the file store, delivered
with every version, listed by /broadcasts; Back keeps or drops the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.app import App
from bot.core.messages import Document
from bot.delivery import outbox_dispatcher
from tests.attachment_files import png_bytes
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.timeline_support import add_person, sink

MN = "Маргааш 10:00 цагт уулзалт болно. Хөтөлбөрийг хавсаргав."
JA = "明日10時にミーティングがあります。プログラムを添付します。"
PDF = pdf_bytes(title="agenda")
PNG = png_bytes(3, 2)


def stored(tmp_path: Path, data: bytes) -> bytes:
    """The bytes the file store keeps under the SHA-256 of ``data``."""
    digest = hashlib.sha256(data).hexdigest()
    return (tmp_path / "files" / digest[:2] / digest[2:4] / digest).read_bytes()


async def test_a_document_in_mongolian_is_previewed_and_sent_with_every_version(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    channel = sink(app)
    await add_person(app, "bat", "mn")
    await add_person(app, "aya", "ja")
    agenda = tmp_path / "Хөтөлбөр.pdf"
    agenda.write_bytes(PDF)
    await chat.say("/as org", "/start", "1", "/broadcast", "2", MN, JA)
    assert await chat.say("1") == (
        "Зарлалд файл хавсаргана уу, эсвэл хавсралтгүй илгээнэ үү. Баримт бичиг (PDF, Word, "
        "PowerPoint, Excel, эсвэл файлаар илгээсэн зураг) 50 МБ хүртэл, зураг (JPEG эсвэл PNG) 50 "
        "МБ хүртэл байж болно. Хавсралт нь хэл бүрийн хувилбартай хамт очно.\n"
        "[1] Хавсралтгүй\n"
        "[2] ‹ Буцах\n"
        "[3] Цуцлах\n\n"
    )
    saved = chat.console.downloads / "org" / "Хөтөлбөр.pdf"
    file_line = f"[файл] Хөтөлбөр.pdf ({len(PDF)} байт) хадгалагдлаа: {saved}\n"
    assert await chat.say(f"/file {agenda}") == (
        "Зарлалын монгол хувилбарыг уншигчид яг ингэж хүлээн авна:\n"
        "\n"
        f"{MN}\n"
        f"{file_line}"
        "\n"
        "Зарлалын япон хувилбарыг уншигчид яг ингэж хүлээн авна:\n"
        "\n"
        f"{JA}\n"
        f"{file_line}"
        "\n"
        "Хөтөлбөр: MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, хамтын бүтээл\n"
        "Хүлээн авагч: 2\n"
        "test, монгол хэлээр: 1\n"
        "test, япон хэлээр: 1\n"
        "Ботыг хаасан (хүлээн авахгүй): 0\n"
        "[1] Одоо илгээх\n"
        "[2] Цаг товлох\n"
        "[3] ‹ Буцах\n"
        "[4] Цуцлах\n\n"
    )
    assert saved.read_bytes() == PDF
    assert stored(tmp_path, PDF) == PDF
    await chat.say("1")
    await outbox_dispatcher(app).run_once()
    sent = Document("Хөтөлбөр.pdf", PDF, "application/pdf", sha256=hashlib.sha256(PDF).hexdigest())
    assert [
        (m.recipient.external_id, m.message.text, m.message.document) for m in channel.sent
    ] == [
        ("bat", MN, sent),
        ("aya", JA, sent),
    ]
    assert await chat.say("/broadcasts") == (
        "MICS 2024: ТХЗ-ын төлөөх Монголын нээлттэй инноваци, хамтын бүтээл хөтөлбөрийн "
        "зарлалууд:\n"
        "№1 11-р сарын 18 (Да) 09:00 · Оролцогчид · дууссан · илгээсэн 2 / 2 · алдаа 0 · хаасан 0 "
        "· хүлээгдэж буй 0 · Messenger дээр уншсан 0\n"
        "№1 зарлалын хавсралт файл: Хөтөлбөр.pdf\n"
        "[1] №1 тайлан (CSV)\n\n"
    )


async def test_a_photo_in_japanese_goes_as_a_photo_with_every_version(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    channel = sink(app)
    await add_person(app, "bat", "mn")
    await add_person(app, "aya", "ja")
    poster = tmp_path / "poster.png"
    poster.write_bytes(PNG)
    await chat.say("/as org", "/start", "2", "/broadcast", "2", MN, JA, "1")
    saved = chat.console.downloads / "org" / "poster.png"
    photo_line = f"[写真] poster.png（{len(PNG)} バイト）を {saved} に保存しました\n"
    assert await chat.say(f"/photo {poster} the caption is not used") == (
        "モンゴル語版の読者には、次のとおり届きます：\n"
        "\n"
        f"{MN}\n"
        f"{photo_line}"
        "\n"
        "日本語版の読者には、次のとおり届きます：\n"
        "\n"
        f"{JA}\n"
        f"{photo_line}"
        "\n"
        "プログラム：MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創\n"
        "送信先：2\n"
        "モンゴル語・test：1\n"
        "日本語・test：1\n"
        "ボットをブロック（届きません）：0\n"
        "[1] 今すぐ送信\n"
        "[2] 予約送信\n"
        "[3] ‹ 戻る\n"
        "[4] キャンセル\n\n"
    )
    await chat.say("1")
    await outbox_dispatcher(app).run_once()
    sent = Document(
        "poster.png", PNG, "image/png", photo=True, sha256=hashlib.sha256(PNG).hexdigest()
    )
    assert [
        (m.recipient.external_id, m.message.text, m.message.document) for m in channel.sent
    ] == [
        ("bat", MN, sent),
        ("aya", JA, sent),
    ]
    assert (await chat.say("/broadcasts")).splitlines()[2] == "お知らせ#1の添付写真：poster.png"


async def test_back_from_the_preview_keeps_the_file_or_drops_it(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    channel = sink(app)
    await add_person(app, "sam", "en")
    poster = tmp_path / "poster.png"
    poster.write_bytes(PNG)
    await chat.say("/as org", "/start", "3", "/broadcast", "2", MN, "1", "1", f"/photo {poster}")
    assert await chat.say("3") == (  # Back
        "Attach a file to the announcement, or send it without one. A document (PDF, Word, "
        "PowerPoint, Excel, or a picture sent as a file) may have up to 50 MB, a photo (JPEG or "
        "PNG) up to 50 MB. It goes with every language version.\n"
        "[1] Keep the file\n"
        "[2] No attachment\n"
        "[3] ‹ Back\n"
        "[4] Cancel\n\n"
    )
    assert (await chat.say("1")).splitlines()[:4] == [
        "This is what readers of the Mongolian version will receive:",
        "",
        MN,
        f"[photo] poster.png ({len(PNG)} bytes) saved to {chat.console.downloads / 'org' / 'poster.png'}",
    ]
    await chat.say("3")
    assert (await chat.say("2")).splitlines()[:4] == [
        "This is what readers of the Mongolian version will receive:",
        "",
        MN,
        "",
    ]
    await chat.say("1")
    await outbox_dispatcher(app).run_once()
    assert [(m.message.text, m.message.document) for m in channel.sent] == [(MN, None)]
    assert await chat.say("/broadcasts") == (  # no line about an attachment
        "Broadcasts of MICS 2024: Mongolia Open Innovation and Co-creation for SDGs:\n"
        "#1 Mon, Nov 18, 2024 09:00 · Participants · done · sent 1 / 1 · "
        "failed 0 · blocked 0 · waiting 0 · read on Messenger 0\n[1] Report of #1 (CSV)\n\n"
    )
