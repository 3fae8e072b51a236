"""Every CSV the dashboard offers is Excel-safe too (issue 15, defect 8, for the dashboard):
each table export and the ZIP's manifest, downloaded from the dashboard after a team typed
hostile values in every field of its registration and a broadcast went out in their words,
starts with a BOM, and no cell a spreadsheet would read as a formula is left unprefixed."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.feature import exports_of
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from handlers import FEATURES
from storage.models import Event, Stage
from tests.broadcast_support import ticked
from tests.dashboard.support import BASE, client_for, signed_in
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.test_exports_csv import DESCRIPTION, LEAD, TEAM, TITLE, hostile_team, rows_of
from tests.timeline_support import sink

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
async def app(
    settings_for: Callable[..., Settings], clock: FixedClock, translator: FluentTranslator
) -> App:
    application = await build_app(settings_for(public_base_url=BASE), clock, translator)
    yield application  # type: ignore[misc]
    await application.close()


@pytest.fixture
def chat(app: App, tmp_path: Path) -> Chat:
    return Chat(app, tmp_path / "console-files")


def live_cells(rows: list[list[str]]) -> list[str]:
    """Cells a spreadsheet would read as a formula (a number such as ``-1`` is a number)."""
    found = []
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                try:
                    float(cell)
                except ValueError:
                    found.append(cell)
    return found


async def test_every_dashboard_csv_is_excel_safe(app: App, chat: Chat, tmp_path: Path) -> None:
    sink(app)
    await hostile_team(chat)
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes(title="hostile"))
    await chat.say(f"/file {deck}")
    await chat.say("/as org", "/start", "3", "/broadcast", "2", TITLE, "1", "1", "1", "1")
    await ticked(app, chat)
    async with app.sessions() as session:
        stage = await session.scalar(select(Stage.id).where(Stage.key == "interim-deck"))
    await chat.say(f"/as {LEAD}", "/ask", TITLE)  # a helpdesk question of the hostile team's
    async with app.sessions() as session:
        events = list(await session.scalars(select(Event.id)))
    names = sorted(export.name for export in exports_of(FEATURES))
    assert names == [
        "attendance",
        "broadcasts",
        "decks",
        "helpdesk",
        "leads",
        "progress",
        "ranking",
        "scores",
        "sessions",
        "teams",
    ]
    found: dict[str, list[list[str]]] = {}
    async with client_for(app) as (client, _):
        await signed_in(client, chat)
        for export in exports_of(FEATURES):
            if export.table is not None and export.variants is not None:  # attendance, per event
                for event in events:
                    response = await client.get(
                        f"/admin/exports/file/{export.name}.csv", params={"event": event}
                    )
                    assert response.status_code in (200, 404), export.name
                    if response.status_code == 200:
                        found.setdefault(export.name, []).extend(rows_of(response.content))
            elif export.table is not None:
                response = await client.get(f"/admin/exports/file/{export.name}.csv")
                assert response.status_code == 200, export.name
                found[export.name] = rows_of(response.content)
            else:
                response = await client.get(
                    f"/admin/exports/file/{export.name}.zip", params={"stage": stage}
                )
                assert response.status_code == 200, export.name
                with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
                    found[export.name] = rows_of(archive.read("manifest.csv"))
    assert {name: live_cells(rows) for name, rows in found.items()} == {name: [] for name in found}
    assert set(names) - set(found) <= {"attendance"}  # only with an event that takes RSVPs
    assert found["teams"][1][:3] == ["'" + TEAM, "'" + TITLE, "'" + DESCRIPTION]
    assert found["decks"][1][0] == "'" + TEAM
    assert "'" + TITLE in found["broadcasts"][1]
