"""Files and photos in the helpdesk, and bad input of every kind: each gets a clear message in
the person's language and loses nothing (the flow stays where it was)."""

from __future__ import annotations

from pathlib import Path

from bot.app import App
from tests.decks import pdf_bytes
from tests.helpdesk_support import (
    app,
    delivered,
    everyone,
    messages,
    png_file,
    press,
    threads,
)
from tests.support import Chat, saved_paths

__all__ = ["app"]


def saved(output: str) -> list[tuple[str, bytes]]:
    """The files the console saved, as (name, bytes)."""
    return [(path.name, path.read_bytes()) for path in saved_paths(output)]


async def test_a_photo_with_the_question_reaches_the_organizers_and_a_file_answers_it(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    await everyone(chat)
    photo = png_file(tmp_path)
    await chat.say("/as aya", "/ask")
    assert await chat.say(f"/photo {photo} この領収書で精算できますか？") == (
        "ご質問（個人的な質問）：\n"
        "この領収書で精算できますか？\n"
        "ファイル：receipt.png\n\n"
        "運営者に送信しますか？\n"
        "[1] 送信する\n[2] ‹ 戻る\n[3] キャンセル\n\n"
    )
    await chat.say("1")
    notices = await delivered(chat)
    assert notices.startswith(
        "→ tuya\n"
        "Шинэ асуулт №1 — асуусан: aya (хувийн, япон хэлээр):\n"
        "この領収書で精算できますか？\n"
        "[1] Хариуцах\n[2] Хариулах\n[3] Хаах\n"
        "[зураг] receipt.png (70 байт) хадгалагдлаа: "
    )
    assert saved(notices) == [("receipt.png", photo.read_bytes())] * 2  # tuya's and kenji's

    guide = tmp_path / "seisan.pdf"
    guide.write_bytes(pdf_bytes(title="guide"))
    await chat.say("/as kenji")
    await press(chat, "hd:r:1")
    assert await chat.say(f"/file {guide} 精算の手順はこちらです。") == (
        "質問 #1 の回答を送信しました（送信先：aya）。\n\n"
    )
    answer = await delivered(chat)
    assert answer.startswith("→ tuya\n№1 асуултыг хариуцагч: kenji.\n[1] №1\n\n")
    assert "→ aya\nご質問 #1 への運営者からの回答です。\n\n精算の手順はこちらです。\n" in answer
    assert saved(answer) == [("seisan.pdf", guide.read_bytes())]
    assert await messages(app) == [
        (1, "asker", "この領収書で精算できますか？", "receipt.png"),
        (1, "organizer", "精算の手順はこちらです。", "seisan.pdf"),
    ]


async def test_a_file_without_words_asks_for_them_and_a_file_alone_can_answer(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    await everyone(chat)
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    await chat.say("/as bat", "/ask")
    assert await chat.say(f"/file {deck}") == (
        "Таны «deck.pdf» файлыг хүлээн авлаа. Одоо асуултаа үгээр бичнэ үү.\n[1] Цуцлах\n\n"
    )
    assert (await chat.say("Энэ илтгэлийн бүтэц зөв үү?")).startswith(
        "Асуулт тань Nar багийн тухай юу, эсвэл хувийн асуулт уу?"
    )
    await chat.say("1", "1")
    await delivered(chat)
    await chat.say("/as tuya")
    await press(chat, "hd:r:1")
    await chat.say(f"/file {deck}")
    answer = await delivered(chat)
    assert (
        "→ bat\n"
        "Зохион байгуулагчдаас таны №1 асуултад өгсөн хариулт:\n\n"
        "(файл: deck.pdf)\n"
        "[1] Хариу бичих\n[2] Шийдэгдсэн, хаах\n"
        "[файл] deck.pdf"
    ) in answer


async def test_bad_files_and_texts_are_refused_in_the_persons_language(
    app: App, chat: Chat, tmp_path: Path
) -> None:
    await everyone(chat)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    large = tmp_path / "large.pdf"
    large.write_bytes(b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024))
    await chat.say("/as aya", "/ask")
    assert await chat.say("   ") == "内容をご記入ください。\n\n"
    assert await chat.say("あ" * 2001) == (
        "このメッセージは2,001文字です。2,000文字以内に短くするか、分けてお送りください。\n\n"
    )
    assert await chat.say(f"/file {text_file} 質問") == (
        "受け付けられるのはPDF・Word・PowerPoint・Excelのファイルと、JPEG・PNGの画像です。"
        "このファイルはいずれにも当たりません。\n\n"
    )
    assert await chat.say(f"/file {empty}") == "このファイルは中身が空です。別のファイルをお送りください。\n\n"
    assert await chat.say(f"/file {large}") == (
        "ファイルが大きすぎます。お送りいただけるのは10 MBまでです。\n\n"
    )
    assert (await chat.say("懇親会の会場はどこですか？")).startswith("ファイルや写真")
    assert await chat.say("まだです") == (
        "ファイルか写真をお送りいただくか、「ファイルなし」を押してください。\n\n"
    )
    assert (await chat.say("1")).startswith(
        "ご質問（個人的な質問）：\n懇親会の会場はどこですか？\n"
    )
    assert await threads(app) == []  # nothing is sent before the confirm

    await chat.say("1")
    await delivered(chat)
    await chat.say("/as tuya")
    await press(chat, "hd:r:1")
    assert await chat.say("  ") == "Хэдэн үг бичнэ үү.\n\n"
    assert await chat.say(f"/file {text_file}") == (
        "PDF, Word, PowerPoint, Excel файл болон JPEG, PNG зураг хүлээн авна; энэ файл "
        "эдгээрийн аль нь ч биш байна.\n\n"
    )
    assert await chat.say("/cancel") == (
        "Цуцаллаа. Юу ч хадгалагдаагүй. Үндсэн цэсийг /menu тушаалаар нээнэ үү.\n\n"
    )
    assert await messages(app) == [(1, "asker", "懇親会の会場はどこですか？", None)]
