"""Who may use the dashboard, checked without a browser: sign-in links (expired, reused,
forged), every route of the route table refused without a live organizer's session, forms
without their CSRF token, text people typed always escaped, no 5xx whatever the input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.routing import Route

from bot.app import App, build_app, build_dashboard
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import Settings
from bot.dashboard import Dashboard
from bot.i18n import FluentTranslator
from storage.dashboard import DashboardAudit, DashboardRepository, StoredSecret
from storage.models import Broadcast, Participant, Team
from storage.uow import UnitOfWork
from tests.dashboard.seed import SNEAKY, seed
from tests.dashboard.support import BASE, client_for, path_of, sign_in_link, signed_in
from tests.support import Chat

ROUTES_WITHOUT_SIGN_IN = {"/admin/login", "/projects", "/projects/{language}"}
"""The sign-in link itself (its token is the check), the public showcase of co-creation
matching (tests/test_matching_web.py) and, mounted apart, the static files."""
SNEAKY_TEXT = '<img src=x onerror="alert(1)"> «зарлал»'


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


def page_routes(dashboard: Dashboard) -> list[tuple[str, str]]:
    """Every (method, path) of the route table that needs a signed-in organizer."""
    found = []
    for route in dashboard.routes:
        if isinstance(route, Route) and route.path not in ROUTES_WITHOUT_SIGN_IN:
            for method in sorted(route.methods or ()):
                if method != "HEAD":
                    found.append((method, route.path))
    return found


async def session_cookie(app: App, dashboard: Dashboard, person_id: int) -> tuple[str, str]:
    """A live session of ``person_id``: its signed cookie value and its CSRF token."""
    async with app.sessions() as session, session.begin():
        session_id, row = (
            await UnitOfWork(session)
            .get(DashboardRepository)
            .start_session(person_id, "en", app.clock.now(), 8)
        )
    return dashboard.cookies.signed(session_id), row.csrf_token


async def person(app: App, name: str, role: Role | None = None) -> int:
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        uow = UnitOfWork(session)
        found, _ = await uow.participants.get_or_create("console", name, now, name)
        found.program_id = "mics-2024"
        if role is not None:
            await uow.participants.grant(found, role, now, "mics-2024")
        return found.id


async def test_a_sign_in_link_works_once_within_ten_minutes(
    app: App, chat: Chat, clock: FixedClock
) -> None:
    async with client_for(app) as (client, _):
        link = path_of(await sign_in_link(chat))
        first = await client.get(link)
        assert (first.status_code, first.headers["location"]) == (303, "/admin/")
        cookie = first.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/admin" in cookie
        assert "Max-Age=28800" in cookie and "Secure" not in cookie  # http: not Secure
        client.cookies.clear()
        again = await client.get(link)
        assert (again.status_code, "has been used already" in again.text) == (403, True)

        late = path_of(await sign_in_link(chat))
        clock.advance(timedelta(minutes=10, seconds=1))
        assert (await client.get(late)).status_code == 403
        forged = await client.get("/admin/login?token=" + "A" * 43)
        assert forged.status_code == 403
        assert (await client.get("/admin/login")).status_code == 403
        assert (await client.get("/admin/overview")).status_code == 403


async def test_a_secure_cookie_behind_an_https_address(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    app = await build_app(
        settings_for(public_base_url="https://bot.example.org"), clock, translator
    )
    try:
        chat = Chat(app, tmp_path / "files-console")
        async with client_for(app) as (client, _):
            response = await client.get(path_of(await sign_in_link(chat)))
            assert "Secure" in response.headers["set-cookie"]
    finally:
        await app.close()


async def test_every_route_refuses_without_a_live_organizer(app: App, chat: Chat) -> None:
    await seed(app)
    async with client_for(app) as (client, dashboard):
        routes = page_routes(dashboard)
        assert ("GET", "/admin/teams") in routes and ("POST", "/admin/broadcasts/do/send") in routes
        participant = await session_cookie(app, dashboard, await person(app, "pat"))
        ann = await person(app, "ann", Role.ORGANIZER)
        revoked = await session_cookie(app, dashboard, ann)
        async with app.sessions() as session, session.begin():
            found = await UnitOfWork(session).participants.get(ann)
            assert found is not None
            await UnitOfWork(session).participants.revoke(found, Role.ORGANIZER, "mics-2024")
        results = {}
        for who, cookie in (("nobody", None), ("participant", participant), ("revoked", revoked)):
            for method, path in routes:
                client.cookies.clear()
                if cookie is not None:
                    client.cookies.set("mics_dashboard", cookie[0], path="/admin")
                data = {"csrf": cookie[1]} if cookie is not None else {}
                response = await client.request(
                    method, path, data=data if method == "POST" else None
                )
                results[(who, method, path)] = response.status_code
                assert SNEAKY not in response.text
        assert set(results.values()) == {403}
        # and the organizer who still holds the role gets every page
        client.cookies.clear()
        await signed_in(client, chat)
        for method, path in routes:
            if method == "GET" and "/file/" not in path:
                expected = 303 if path in ("/admin", "/admin/") else 200  # to the first page
                assert (await client.get(path)).status_code == expected, path


async def test_a_form_without_its_csrf_token_is_refused(app: App, chat: Chat) -> None:
    seeded = await seed(app)
    team = seeded.teams["Team Sakura"]
    async with client_for(app) as (client, _):
        await signed_in(client, chat)
        for data in ({"team": team}, {"team": team, "csrf": "forged"}):
            response = await client.post("/admin/teams/do/archive", data=data)
            assert response.status_code == 403
        async with app.sessions() as session:
            row = await session.get(Team, team)
            assert row is not None and row.archived_at is None
            actions = list(await session.scalars(select(DashboardAudit.action)))
        assert actions == ["sign-in"]


async def test_text_people_typed_is_escaped_on_every_page(app: App, chat: Chat) -> None:
    seeded = await seed(app)
    author = await person(app, "org2", Role.ORGANIZER)
    async with app.sessions() as session, session.begin():
        session.add(
            Broadcast(
                program_id="mics-2024",
                organizer_id=author,
                audience="everyone",
                texts={"mn": SNEAKY_TEXT},
                state="done",
                recipients=0,
                scheduled_at=app.clock.now(),
                created_at=app.clock.now(),
            )
        )
    async with client_for(app) as (client, dashboard):
        await signed_in(client, chat)
        async with app.sessions() as session:
            broadcast = await session.scalar(select(Broadcast.id))
        paths = [
            path
            for method, path in page_routes(dashboard)
            if method == "GET" and "/file/" not in path
        ]
        paths += [
            f"/admin/teams?team={seeded.teams[SNEAKY]}",
            f"/admin/broadcasts?broadcast={broadcast}",
        ]
        paths += [f"/admin/teams?q={SNEAKY}"]
        shown = 0
        for path in paths:
            body = (await client.get(path)).text
            assert "<script>alert" not in body and "<img src=x" not in body, path
            shown += "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co" in body
            shown += "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in body
        assert shown >= 4  # the team list, the team's card, the search, the broadcast


JUNK = ["abc", "-1", "99999999999999999999", "", "<b>", "../../etc/passwd", "1e9", "%00"]


async def test_no_input_gets_a_5xx(app: App, chat: Chat) -> None:
    await seed(app)
    async with client_for(app) as (client, dashboard):
        await signed_in(client, chat)
        csrf = (await client.get("/admin/teams")).text.split('name="csrf" value="')[1].split('"')[0]
        statuses = set()
        for method, path in page_routes(dashboard):
            for junk in JUNK:
                names = (
                    "team",
                    "broadcast",
                    "stage",
                    "status",
                    "submission",
                    "q",
                    "_part",
                    "person",
                    "thread",
                )
                if method == "GET":
                    response = await client.get(path, params={name: junk for name in names})
                else:
                    fields = {
                        name: junk
                        for name in (
                            *names,
                            "audience",
                            "text_mn",
                            "deadline",
                            "at",
                            "opens_at",
                            "deadline_at",
                            "starts_at",
                            "ends_at",
                            "event",
                            "mentor",
                            "locale",
                            "next",
                            "kept_sha256",
                            "kept_name",
                            "text",
                            "take_over",
                        )
                    }
                    response = await client.post(path, data={**fields, "csrf": csrf})
                statuses.add(response.status_code)
                assert response.status_code < 500, (method, path, junk, response.text[:300])
            if path == "/admin/logout":  # signed out by it: sign in again, with a new token
                page = await signed_in(client, chat)
                csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
        garbage = await client.post(
            "/admin/broadcasts/do/preview",
            content=b"--x\r\nbroken",
            headers={"content-type": "multipart/form-data; boundary=x"},
        )
        assert garbage.status_code in (400, 403)  # a body that is no form has no token
        assert statuses <= {200, 303, 400, 403, 404}


async def test_the_signing_key_is_made_once_and_kept(app: App) -> None:
    first = await build_dashboard(app)
    second = await build_dashboard(app)
    assert first.parts.secret == second.parts.secret and len(first.parts.secret) >= 40
    async with app.sessions() as session:
        assert list(await session.scalars(select(StoredSecret.name))) == ["dashboard"]


async def test_sign_in_and_actions_are_audited(app: App, chat: Chat) -> None:
    seeded = await seed(app)
    async with client_for(app) as (client, _):
        page = await signed_in(client, chat)
        csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
        response = await client.post(
            "/admin/teams/do/archive", data={"team": seeded.teams["Team Sakura"], "csrf": csrf}
        )
        assert (response.status_code, response.headers["location"]) == (
            303,
            f"/admin/teams?team={seeded.teams['Team Sakura']}",
        )
        audit = (await client.get("/admin/audit")).text
        assert "teams/archive" in audit and f"team={seeded.teams['Team Sakura']}" in audit
    async with app.sessions() as session:
        rows = [
            (r.action, r.detail, r.ok)
            for r in await session.scalars(select(DashboardAudit).order_by(DashboardAudit.id))
        ]
        org = await session.scalar(select(Participant).where(Participant.external_id == "org"))
    assert rows == [
        ("sign-in", "", True),
        ("teams/archive", f"team={seeded.teams['Team Sakura']}", True),
    ]
    assert org is not None


async def test_delete_me_ends_the_sessions_and_unnames_the_audit(app: App, chat: Chat) -> None:
    async with client_for(app) as (client, _):
        await signed_in(client, chat)
        assert (await client.get("/admin/overview")).status_code == 200
        await chat.say("/as org", "/delete_me", "1")
        assert (await client.get("/admin/overview")).status_code == 403
    async with app.sessions() as session:
        rows = [(r.action, r.participant_id) for r in await session.scalars(select(DashboardAudit))]
    assert rows == [("sign-in", None)]
