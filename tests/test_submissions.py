"""Handing in decks end to end through the console channel (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import App
from bot.core.clock import FixedClock
from storage.uow import UnitOfWork
from tests.decks import add_team, pdf_bytes, pptx_bytes, submission_count
from tests.support import Chat

SEND_INTERIM = (
    "Send your file for Interim deck now, as a document (PDF, PPTX, at most 20 MB). "
    "You may add a caption.\n"
    "Deadline: Mon, Nov 18, 2024 18:00.\n"
    "[1] Cancel\n\n"
)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_files(app: App) -> list[Path]:
    root = app.settings.files_dir
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


async def test_upload_receipt_versions_and_the_deck_list(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    first = pdf_bytes(title="first")
    deck = write(tmp_path, "deck.pdf", first)

    assert await chat.say("/submit") == SEND_INTERIM
    assert await chat.say(f"/file {deck} our first deck") == (
        "Received: Interim deck, version 1.\n"
        "File: deck.pdf (1 KB)\n"
        "Time received: Mon, Nov 18, 2024 09:00\n"
        f"SHA-256: {sha(first)[:12]}…\n"
        "On time: 9 hours before the deadline (Mon, Nov 18, 2024 18:00).\n\n"
    )
    # The same bytes again: reported as identical, no version added.
    clock.advance(timedelta(minutes=30))
    assert await chat.say(f"/file {deck}") == (
        "This is identical to version 1 of Interim deck, received "
        "Mon, Nov 18, 2024 09:00. No new version was added.\n\n"
    )
    second = pptx_bytes("second")
    slides = write(tmp_path, "slides.pptx", second)
    clock.advance(timedelta(hours=2))
    assert await chat.say("/menu", "2") == (
        "What would you like to do?\n[1] My team\n[2] Hand in a deck\n[3] Help\n[4] Language\n[5] Time zone\n[6] Schedule\n[7] Deadlines\n[8] Ask the organizers\n"
        "[9] Progress report\n\n" + SEND_INTERIM
    )
    assert await chat.say(f"/file {slides}") == (
        "Received: Interim deck, version 2.\n"
        "File: slides.pptx (1 KB)\n"
        "Time received: Mon, Nov 18, 2024 11:30\n"
        f"SHA-256: {sha(second)[:12]}…\n"
        "On time: 6 hours 30 minutes before the deadline (Mon, Nov 18, 2024 18:00).\n\n"
    )
    assert await chat.say("/deck") == (
        "Decks of team Blue Steppe:\n"
        "Interim deck:\n"
        f"v1 · deck.pdf · Mon, Nov 18, 2024 09:00 · on time · {sha(first)[:12]}\n"
        f"v2 · slides.pptx · Mon, Nov 18, 2024 11:30 · on time · {sha(second)[:12]}\n"
        "Press a button to get a version back.\n"
        "[1] Interim deck v1\n[2] Interim deck v2\n\n"
    )
    downloads = tmp_path / "console-files" / "me"
    assert await chat.say("1") == (
        "Version 1: deck.pdf\n"
        f"[file] deck.pdf ({len(first):,} bytes) saved to {downloads / 'deck.pdf'}\n\n"
    )
    assert (downloads / "deck.pdf").read_bytes() == first
    assert [p.name for p in stored_files(app)] == sorted([sha(first), sha(second)])


async def test_a_file_sent_without_submit_is_a_submission(
    chat: Chat, app: App, tmp_path: Path
) -> None:
    await chat.say("/start", "3")
    team_id = await add_team(app, "Blue Steppe", "me")
    data = pdf_bytes()
    deck = write(tmp_path, "deck.pdf", data)
    assert (await chat.say(f"/file {deck}")).startswith("Received: Interim deck, version 1.\n")
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        interim, final = program.stages[1], program.stages[2]
        assert await uow.submissions.has_submitted(team_id, interim.id) is True
        assert await uow.submissions.stage_status(team_id, interim) == "on_time"
        assert await uow.submissions.has_submitted(team_id, final.id) is False
        assert await uow.submissions.stage_status(team_id, final) == "missing"
        [version] = await uow.submissions.versions(team_id, interim.id)
        assert (version.version, version.sha256, version.size, version.caption) == (
            1,
            sha(data),
            len(data),
            "",
        )


async def test_late_version_under_accept_late(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await chat.say("/start", "3")
    team_id = await add_team(app, "Blue Steppe", "me")
    clock.set(datetime(2024, 11, 18, 12, 30, tzinfo=UTC))  # 20:30 in Ulaanbaatar
    data = pdf_bytes()
    deck = write(tmp_path, "deck.pdf", data)
    assert await chat.say(f"/file {deck}") == (
        "Received: Interim deck, version 1.\n"
        "File: deck.pdf (1 KB)\n"
        "Time received: Mon, Nov 18, 2024 20:30\n"
        f"SHA-256: {sha(data)[:12]}…\n"
        "Late: received 2 hours 30 minutes after the deadline (Mon, Nov 18, 2024 18:00).\n\n"
    )
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        assert await uow.submissions.stage_status(team_id, program.stages[1]) == "late"
        assert await uow.submissions.has_submitted(team_id, program.stages[1].id) is True


async def test_several_open_stages_and_a_reject_deadline_passing_mid_flow(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    clock.set(datetime(2025, 1, 31, 9, 59, tzinfo=UTC))  # 17:59 in Ulaanbaatar
    assert await chat.say("/submit") == (
        "Which stage is this file for?\n[1] Interim deck\n[2] Final deck\n[3] Cancel\n\n"
    )
    assert await chat.say("2") == (
        "Send your file for Final deck now, as a document (PDF, PPTX, at most 20 MB). "
        "You may add a caption.\n"
        "Deadline: Fri, Jan 31, 2025 18:00.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
    )
    clock.advance(timedelta(minutes=2))
    deck = write(tmp_path, "deck.pdf", pdf_bytes())
    assert await chat.say(f"/file {deck}") == (
        "The deadline for Final deck was Fri, Jan 31, 2025 18:00 and late files are not "
        "accepted. Nothing was saved.\n\n"
    )
    assert await submission_count(app) == 0
    assert stored_files(app) == []
    # After it, only the stage that accepts late versions is offered.
    assert (
        (await chat.say("/submit"))
        .split("\n\n")[1]
        .startswith("Send your file for Interim deck now")
    )


async def test_an_extension_moves_one_teams_deadline(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await chat.say("/as org", "/start", "3", "/decknotices", "/as me", "/start", "3")
    await add_team(app, "Blue Steppe", "me")
    await add_team(app, "Gobi Labs", "other")
    clock.set(datetime(2025, 2, 1, 2, 0, tzinfo=UTC))  # Feb 1, 10:00 in Ulaanbaatar
    assert await chat.say("/as org", "/extend final-deck 2025-02-02 18:00 blue steppe") == (
        "Done: team Blue Steppe now has until Sun, Feb 2, 2025 18:00 for Final deck.\n\n"
        "→ me\n"
        "The organizers extended your team's deadline for Final deck to "
        "Sun, Feb 2, 2025 18:00.\n\n"
    )
    assert await chat.say("/extend final-deck tomorrow Blue Steppe") == (
        "Please type the date and time as YYYY-MM-DD HH:MM, for example 2025-02-02 18:00.\n\n"
    )
    assert await chat.say("/extend final-deck 2025-02-02") == (
        "Write: /extend STAGE YYYY-MM-DD HH:MM TEAM NAME\n"
        "For example: /extend interim-deck 2024-11-20 18:00 Blue Steppe\n"
        "The time is in your time zone; STAGE is the stage's id in the program file.\n\n"
    )
    data = pdf_bytes()
    deck = write(tmp_path, "deck.pdf", data)
    assert await chat.say("/as me", "/submit", "2", f"/file {deck}") == (
        "Which stage is this file for?\n"
        "[1] Interim deck\n[2] Final deck\n[3] Cancel\n\n"
        "Send your file for Final deck now, as a document (PDF, PPTX, at most 20 MB). "
        "You may add a caption.\n"
        "Deadline: Sun, Feb 2, 2025 18:00.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
        "Received: Final deck, version 1.\n"
        "File: deck.pdf (1 KB)\n"
        "Time received: Sat, Feb 1, 2025 10:00\n"
        f"SHA-256: {sha(data)[:12]}…\n"
        "On time: 1 day 8 hours before the deadline (Sun, Feb 2, 2025 18:00).\n\n"
    )
    # The other team has no extension: only the late-accepting stage is open to it.
    assert (
        (await chat.say("/as other", "/submit"))
        .split("\n\n")[1]
        .startswith("Send your file for Interim deck now")
    )


async def test_extend_is_for_organizers_only(chat: Chat) -> None:
    await chat.say("/start", "3")
    assert await chat.say("/extend final-deck 2025-02-02 18:00 Blue") == (
        "Sorry, that is only for organizers.\n\n"
    )


async def test_receipt_in_japanese_and_tokyo_time(chat: Chat, app: App, tmp_path: Path) -> None:
    await chat.say("/start", "2")
    await add_team(app, "Blue Steppe", "me")
    data = pdf_bytes()
    deck = write(tmp_path, "deck.pdf", data)
    assert await chat.say(f"/file {deck}") == (
        "受け付けました：中間ピッチ資料、バージョン1\n"
        "ファイル：deck.pdf（1 KB）\n"
        "受信日時：2024年11月18日（月）10:00\n"
        f"SHA-256：{sha(data)[:12]}…\n"
        "期限内：締め切り2024年11月18日（月）19:00（日本時間）まで残り9時間。\n\n"
    )


async def test_a_file_with_no_command_while_several_stages_are_open(
    chat: Chat, app: App, tmp_path: Path, clock: FixedClock
) -> None:
    await chat.say("/start", "3")
    await add_team(app, "Blue Steppe", "me")
    clock.set(datetime(2025, 1, 31, 9, 0, tzinfo=UTC))
    deck = write(tmp_path, "deck.pdf", pdf_bytes())
    assert await chat.say(f"/file {deck}") == (
        "Several stages are open. Choose one, then send the file again.\n\n"
        "Which stage is this file for?\n"
        "[1] Interim deck\n[2] Final deck\n[3] Cancel\n\n"
    )
    assert await submission_count(app) == 0
    assert (await chat.say("2", f"/file {deck}")).endswith(
        "On time: 1 hour before the deadline (Fri, Jan 31, 2025 18:00).\n\n"
    )
    assert await submission_count(app) == 1
