"""Mentoring sessions as people use them (issue 16): /sessions of the organizer's program
(item 6), one rating per person (item 7), the change buttons for the lead only, declined
sessions listed as declined, and calendar files that update (SEQUENCE).

bat leads Nar (Mongolian, Ulaanbaatar) with sara (English); mia mentors it (Japanese, Tokyo).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from bot.app import load_programs
from storage.mentoring import SessionRating
from tests.mentoring_support import confirmed, delivered, participant_id, quiet, requested
from tests.support import Chat
from tests.team_support import team_codes
from tests.test_programs import SMALL

DETAILS_EN = (
    "Topic: Pitch deck\n"
    "Team: Nar\n"
    "Mentor: mia Sato\n"
    "Length: 1 hour\n"
    "Online: https://meet.example/x\n"
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def sara_joins(chat: Chat) -> None:
    code = (await team_codes(chat.app))[-1]
    await chat.say("/as sara", "/start", "3", f"/join {code}", "1")
    await quiet(chat, "sara")
    await delivered(chat)


def sequence(path: Path) -> str:
    return next(line for line in path.read_text().splitlines() if line.startswith("SEQUENCE"))


async def test_only_the_lead_and_the_mentor_get_the_change_buttons(chat: Chat) -> None:
    await requested(chat)
    await sara_joins(chat)
    await chat.say("/as mia", "2")
    shown = (await delivered(chat)).split("→ ")
    files = chat.console.downloads
    assert shown[0].splitlines()[-4:-1] == [
        "[1] 日時を変更",
        "[2] セッションを取り消す",
        f"[ファイル] session-1.ics（563 バイト）を {files / 'mia' / 'session-1.ics'} に保存しました",
    ]
    assert shown[1].splitlines()[-4:-1] == [
        "[1] Цагийг өөрчлөх",
        "[2] Уулзалтыг цуцлах",
        f"[файл] session-1.ics (581 байт) хадгалагдлаа: {files / 'bat' / 'session-1.ics'}",
    ]
    assert shown[2] == (
        "sara\n"
        "The mentoring session is confirmed.\n"
        "When: Tue, Nov 19, 2024 10:00 (Ulaanbaatar time) / 11:00 (Tokyo time)\n"
        f"{DETAILS_EN}"
        "The calendar invitation is attached.\n"
        f"[file] session-1.ics (581 bytes) saved to {files / 'sara' / 'session-1.ics'}\n\n"
    )


async def test_a_rescheduled_session_has_a_higher_calendar_sequence(chat: Chat) -> None:
    await confirmed(chat)
    files = chat.console.downloads
    assert sequence(files / "bat" / "session-1.ics") == "SEQUENCE:2"
    await chat.say("/as bat", "1", "2024-11-22 15:00", "7")
    await delivered(chat)
    await chat.say("/as mia", "1")
    await delivered(chat)
    assert sequence(files / "bat" / "session-1.ics") == "SEQUENCE:4"
    assert sequence(files / "mia" / "session-1.ics") == "SEQUENCE:4"


async def test_declined_sessions_are_listed_as_declined(chat: Chat) -> None:
    await requested(chat)
    await chat.say("/as mia", "4", "その週は出張中です。")
    assert await chat.say("/as org", "/sessions") == (
        "Mentoring sessions:\n"
        "declined:\n"
        "• #1 Nar / mia Sato: no time yet, Pitch deck\n"
        "Press a mentor's or a team's name to see only their sessions.\n"
        "[1] mia Sato\n[2] Nar\n[3] CSV export\n\n"
    )


async def _held_with_two_members(chat: Chat) -> None:
    await requested(chat)
    await sara_joins(chat)
    await chat.say("/as mia", "2")
    await delivered(chat)
    chat.app.clock.set(utc("2024-11-19T03:00"))  # the session's end
    await delivered(chat)
    await chat.say("/as mia", "1", "1")
    await delivered(chat)


async def _csv_rows(chat: Chat) -> list[str]:
    await chat.say("/as org", "/sessions", "3")
    files = chat.console.downloads
    return (files / "org" / "mentoring-sessions.csv").read_bytes().decode().splitlines()


async def test_each_member_rates_once_and_the_csv_shows_every_rating(chat: Chat) -> None:
    await _held_with_two_members(chat)
    assert (
        await chat.say("/as bat", "5")
        == "Баярлалаа. Та уулзалтыг 5 онооноос 5 оноогоор үнэллээ.\n\n"
    )
    assert await chat.say("/as sara", "3") == "Thank you: you rated the session 3 out of 5.\n\n"
    rows = await _csv_rows(chat)
    assert rows[0] == (
        "\ufeffid,team,mentor,state,starts_at_utc,length_minutes,mode,place,topic,ratings,"
        "rating_mean,mentor_note,reason"
    )
    assert rows[1] == (
        "1,Nar,mia Sato,held,2024-11-19T02:00:00+00:00,60,online,https://meet.example/x,"
        "Pitch deck,5; 3,4.0,,"
    )
    # A second press changes the person's own rating, not the other's.
    await chat.say("/as bat", "4")
    assert (await _csv_rows(chat))[1].endswith("Pitch deck,4; 3,3.5,,")


async def test_sessions_are_those_of_the_organizers_program(chat: Chat, tmp_path: Path) -> None:
    await confirmed(chat)
    dxcup = tmp_path / "dxcup.toml"
    dxcup.write_text(SMALL, encoding="utf-8")
    await load_programs(chat.app.sessions, [str(dxcup)], chat.app.clock)
    await chat.say("/as org", "/program", "1")  # DXCUP 2025
    assert await chat.say("/sessions") == "There are no mentoring sessions yet.\n\n"


async def test_deleting_ones_data_keeps_the_stars_but_not_who_gave_them(chat: Chat) -> None:
    await _held_with_two_members(chat)
    await chat.say("/as bat", "5", "/as sara", "3", "/delete_me", "1")
    async with chat.app.sessions() as session:
        rows = (
            await session.execute(select(SessionRating.participant_id, SessionRating.stars))
        ).all()
    bat = await participant_id(chat, "bat")
    assert sorted(rows, key=lambda row: row.stars) == [(None, 3), (bat, 5)]
    assert (await _csv_rows(chat))[1].endswith("Pitch deck,5; 3,4.0,,")
