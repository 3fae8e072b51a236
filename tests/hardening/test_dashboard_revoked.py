"""A revoked organizer's open dashboard stops working at the next request (issue 15, defect 5,
for the dashboard): kai is invited as an organizer in the chat, signs in on the dashboard,
previews a broadcast there and keeps an unused sign-in link; org takes the role away with
/revoke_role; the same browser's next page, its Send of the previewed broadcast and the old
link are all refused, and nothing was sent. The revocation ended the session and spent the
link, so they stay refused when the role is given back."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from handlers.broadcast.audience import EVERYONE
from storage.dashboard import DashboardAudit
from storage.models import Broadcast, Delivery
from storage.uow import UnitOfWork
from tests.dashboard.support import BASE, client_for, path_of, sign_in_link, signed_in
from tests.role_support import invited, revoked
from tests.support import Chat
from tests.timeline_support import add_person

CSRF = re.compile(r'name="csrf" value="([^"]+)"')
REFUSED_EN = (
    "This page is for organizers who are signed in. Type /dashboard in the chat for a new "
    "sign-in link."
)
LINK_BAD_EN = (
    "The sign-in link has expired, has been used already, or is not one the bot sent. Type "
    "/dashboard in the chat for a new one."
)


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


async def count(app: App, model: type) -> int:
    async with app.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_a_revoked_organizer_is_out_of_an_open_dashboard_at_the_next_request(
    app: App, chat: Chat
) -> None:
    await add_person(app, "bat", "mn")
    await invited(chat, "kai", Role.ORGANIZER)
    async with client_for(app) as (client, _):
        page = await signed_in(client, chat, "kai")
        assert (page.status_code, str(page.url)) == (200, f"{BASE}/admin/overview")
        unused = path_of(await sign_in_link(chat, "kai"))
        composer = await client.get("/admin/broadcasts")
        found = CSRF.search(composer.text)
        assert composer.status_code == 200 and found is not None
        form = {"audience": EVERYONE, "text_en": "Hello", "csrf": found.group(1)}
        preview = await client.post("/admin/broadcasts/do/preview", data=form)
        assert preview.status_code == 200
        await revoked(chat, "kai", Role.ORGANIZER)
        for method, path, data in (
            ("POST", "/admin/broadcasts/do/send", form),
            ("GET", "/admin/broadcasts", None),
            ("GET", "/admin/overview", None),
            ("GET", "/admin/exports/file/teams.csv", None),
        ):
            response = await client.request(method, path, data=data)
            assert (response.status_code, REFUSED_EN in response.text) == (403, True), path
        # given the role back, kai signs in again: the old session and link stay dead
        async with app.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            kai = await uow.participants.find("console", "kai")
            assert kai is not None
            await uow.participants.grant(kai, Role.ORGANIZER, app.clock.now(), "mics-2024")
        refused = await client.get("/admin/overview")
        assert (refused.status_code, REFUSED_EN in refused.text) == (403, True)
        client.cookies.clear()
        old_link = await client.get(unused)
        assert (old_link.status_code, LINK_BAD_EN in old_link.text) == (403, True)
    async with app.sessions() as session:
        categories = list(await session.scalars(select(Delivery.category).distinct()))
        audited = [(row.action, row.ok) for row in await session.scalars(select(DashboardAudit))]
    assert audited == [("sign-in", True), ("sign-in", False)]
    assert (await count(app, Broadcast), "broadcast" in categories) == (0, False)
