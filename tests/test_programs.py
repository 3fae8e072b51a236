"""Program files: the shipped MICS 2024 timeline, idempotent loading, several programs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, load_programs
from bot.core.settings import SHIPPED_PROGRAM
from bot.programs import ProgramFileError, load_program_file
from storage.uow import UnitOfWork

SMALL = """
id = "dxcup-2025"
time_zone = "Asia/Ulaanbaatar"
name = { mn = "DXCUP 2025", ja = "DXCUP 2025", en = "DXCUP 2025" }

[[stages]]
id = "plan"
name = { mn = "Бизнес төлөвлөгөө", ja = "事業計画", en = "Business plan" }
opens = 2025-03-01T09:00:00
deadline = 2025-04-01T18:00:00
"""


def test_the_shipped_program_has_the_interim_agenda() -> None:
    spec = load_program_file(SHIPPED_PROGRAM)
    interim = next(e for e in spec.events if e.key == "interim")
    assert (interim.starts_at.astimezone(UTC), interim.ends_at) == (
        datetime(2024, 11, 20, 5, 30, tzinfo=UTC),
        datetime(2024, 11, 20, 17, 45, tzinfo=interim.starts_at.tzinfo),
    )
    assert [(a.starts_at.strftime("%H:%M"), a.titles["en"]) for a in interim.agenda] == [
        ("13:30", "Registration"),
        ("14:00", "Networking"),
        ("15:30", "Organizer's remarks (JICA)"),
        ("15:35", "Introduction to MICS2024 initiatives (JUGAMO)"),
        ("15:50", "Pitches by the collaborative project teams (10 teams)"),
        ("17:00", "Pitches by Social Innovator Hub (SIH) participants"),
        (
            "17:10",
            'Panel discussion "Initiatives for cooperation between Japanese and Mongolian stakeholders"',
        ),
        ("17:40", "Presentation of two JICA-supported projects"),
    ]
    assert [e.key for e in spec.events] == ["kickoff", "tokyo-pitch", "business-forum", "interim"]
    tokyo = next(e for e in spec.events if e.key == "tokyo-pitch")
    assert (tokyo.time_zone, tokyo.all_day, tokyo.starts_at.astimezone(UTC)) == (
        "Asia/Tokyo",
        True,
        datetime(2024, 8, 4, 15, 0, tzinfo=UTC),
    )
    assert [s.key for s in spec.stages] == ["proposal", "interim-deck", "final-deck"]


async def test_loading_twice_changes_nothing_and_a_changed_file_updates_in_place(
    app: App, tmp_path: Path
) -> None:
    path = tmp_path / "dxcup.toml"
    path.write_text(SMALL, encoding="utf-8")
    assert await load_programs(app.sessions, [str(path)], app.clock) == {"dxcup-2025": "created"}
    assert await load_programs(app.sessions, [str(path)], app.clock) == {"dxcup-2025": "unchanged"}
    async with app.sessions() as session:
        program = await UnitOfWork(session).programs.get("dxcup-2025")
        assert program is not None
        stage_id = program.stages[0].id

    path.write_text(SMALL.replace("2025-04-01T18:00:00", "2025-04-03T18:00:00"), encoding="utf-8")
    assert await load_programs(app.sessions, [str(path)], app.clock) == {"dxcup-2025": "updated"}
    async with app.sessions() as session:
        programs = await UnitOfWork(session).programs.all()
        program = await UnitOfWork(session).programs.get("dxcup-2025")
    assert [p.id for p in programs] == ["dxcup-2025", "mics-2024"]
    assert program is not None
    assert [(s.id, s.deadline_at) for s in program.stages] == [
        (stage_id, datetime(2025, 4, 3, 10, 0, tzinfo=UTC))
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('id = "dxcup-2025"', 'id = "DX CUP"'), "id: 1-40 of a-z, 0-9 and -"),
        (
            ('time_zone = "Asia/Ulaanbaatar"', 'time_zone = "Mars/Base"'),
            "time_zone: not a time zone name",
        ),
        ((', en = "DXCUP 2025" }', " }"), "name: give a text for each of mn, ja, en"),
        (
            ("2025-04-01T18:00:00", "2025-02-01T18:00:00"),
            "stages[0]: the deadline must come after the opening",
        ),
        (
            ("opens = 2025-03-01T09:00:00", 'opens = "soon"'),
            "stages[0].opens: expected a TOML date-time, such as 2024-11-20T13:30:00+08:00",
        ),
        (
            ("[[stages]]", "[[stages"),
            "Expected ']]' at the end of an array declaration (at line 6, column 9)",
        ),
    ],
)
def test_a_bad_program_file_names_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(SMALL.replace(*change), encoding="utf-8")
    with pytest.raises(ProgramFileError) as error:
        load_program_file(path)
    assert str(error.value).startswith(f"{path}: {problem}")


async def test_processes_starting_together_load_a_program_once(app: App, tmp_path: Path) -> None:
    """Every process loads the program files on start: two starting at once (the production
    shape: web and worker processes on one PostgreSQL) both inserted the new program, and the
    second died on the programs' primary key."""
    path = tmp_path / "dxcup.toml"
    path.write_text(SMALL, encoding="utf-8")
    outcomes = await asyncio.gather(
        *(load_programs(app.sessions, [str(path)], app.clock) for _ in range(2))
    )
    assert sorted(outcome["dxcup-2025"] for outcome in outcomes) == ["created", "unchanged"]
