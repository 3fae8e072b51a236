"""The Event day page's action without a browser: event staff (who check people in) may not
open the page nor post to it; an organizer's post (the page is in Mongolian, the
program's home language) naming no event of their program, or no
such choice, changes nothing and says so."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from storage.eventday import EventDayRepository, RemindersTo
from storage.uow import UnitOfWork
from tests.dashboard.support import BASE, client_for, signed_in
from tests.dashboard.test_access import person, session_cookie
from tests.eventday_support import event_id
from tests.support import Chat


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


def callouts(html: str) -> list[str]:
    return re.findall(r'<p class="callout \w+" role="status"[^>]*>([^<]*)</p>', html)


async def reminders_to(app: App) -> RemindersTo:
    async with app.sessions() as session:
        days = UnitOfWork(session).get(EventDayRepository)
        return await days.reminders_to(await event_id(app, "interim"))


async def test_staff_are_refused_and_a_crafted_post_changes_nothing(app: App, chat: Chat) -> None:
    interim = await event_id(app, "interim")
    async with client_for(app) as (client, dashboard):
        cookie, csrf = await session_cookie(app, dashboard, await person(app, "sta", Role.STAFF))
        client.cookies.set("mics_dashboard", cookie, path="/admin")
        assert (await client.get("/admin/eventday")).status_code == 403
        posted = {"event": interim, "to": "coming", "csrf": csrf}
        assert (await client.post("/admin/eventday/do/reminders", data=posted)).status_code == 403
        assert await reminders_to(app) == RemindersTo.EVERYONE

        client.cookies.clear()
        page = await signed_in(client, chat)
        csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
        for event, to in ((interim + 100, "coming"), (interim, "nobody")):
            response = await client.post(
                "/admin/eventday/do/reminders",
                data={"event": event, "to": to, "csrf": csrf},
                follow_redirects=True,
            )
            assert response.status_code == 400
            assert callouts(response.text) == [
                "Таны хөтөлбөрт ийм арга хэмжээ эсвэл сонголт алга. Юу ч өөрчлөгдсөнгүй."
            ]
        assert await reminders_to(app) == RemindersTo.EVERYONE
        response = await client.post(
            "/admin/eventday/do/reminders",
            data={"event": interim, "to": "coming", "csrf": csrf},
            follow_redirects=True,
        )
        assert response.status_code == 200
        assert callouts(response.text) == [
            "MICS2024 завсрын арга хэмжээ: сануулга болон өглөөний мөрийн хөтөлбөр одоо зөвхөн "
            "ирэх хүмүүст очно."
        ]
        assert await reminders_to(app) == RemindersTo.COMING
