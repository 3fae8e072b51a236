"""A time changed on the dashboard and the program file loaded again: the edit stays while the
file gives the same time for that field, and the file wins once it gives another."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.app import App, load_programs
from bot.core.settings import SHIPPED_PROGRAM
from storage.program_edits import ProgramEditRepository
from storage.uow import UnitOfWork

ORIGINAL = "deadline = 2024-11-18T18:00:00+08:00"
EDITED = datetime.fromisoformat("2024-11-19T18:00:00+08:00")


async def _edit(app: App) -> None:
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        assert await uow.get(ProgramEditRepository).change(
            program, "stage", "interim-deck", "deadline_at", EDITED, None, app.clock.now()
        )


async def _state(app: App) -> tuple[str, list[tuple[str, str]]]:
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        stage = next(s for s in program.stages if s.key == "interim-deck")
        edits = [(e.key, e.field) for e in await uow.get(ProgramEditRepository).of("mics-2024")]
        return stage.deadline_at.isoformat(), edits


async def test_a_reload_keeps_the_edit_until_the_file_changes_that_time(
    app: App, tmp_path: Path
) -> None:
    text = SHIPPED_PROGRAM.read_text(encoding="utf-8")
    assert text.count(ORIGINAL) == 1
    await _edit(app)
    edited = ("2024-11-19T10:00:00+00:00", [("interim-deck", "deadline_at")])
    assert await _state(app) == edited

    # the same file again (a restart): nothing changes
    assert await load_programs(app.sessions, [str(SHIPPED_PROGRAM)], app.clock) == {
        "mics-2024": "unchanged"
    }
    assert await _state(app) == edited

    # the file changes elsewhere (a venue): the edit is put back over the file's deadline
    elsewhere = tmp_path / "elsewhere.toml"
    elsewhere.write_text(text.replace("Ulaanbaatar Chuulga", "Chuulga Hall"), encoding="utf-8")
    assert await load_programs(app.sessions, [str(elsewhere)], app.clock) == {
        "mics-2024": "updated"
    }
    assert await _state(app) == edited

    # the file now gives another deadline for that stage: the file wins, the edit is dropped
    moved = tmp_path / "moved.toml"
    moved.write_text(
        text.replace(ORIGINAL, "deadline = 2024-11-21T12:00:00+08:00"), encoding="utf-8"
    )
    assert await load_programs(app.sessions, [str(moved)], app.clock) == {"mics-2024": "updated"}
    assert await _state(app) == ("2024-11-21T04:00:00+00:00", [])


async def test_setting_the_files_time_again_forgets_the_edit(app: App) -> None:
    await _edit(app)
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        program = await uow.programs.get("mics-2024")
        assert program is not None
        back = datetime.fromisoformat("2024-11-18T18:00:00+08:00")
        assert await uow.get(ProgramEditRepository).change(
            program, "stage", "interim-deck", "deadline_at", back, None, app.clock.now()
        )
    assert await _state(app) == ("2024-11-18T10:00:00+00:00", [])
