"""No 5xx from the dashboard, whatever a browser sends (issue 15, defects 4, 6 and 7 on the
dashboard's routes): every field of every form the pages render, and every query parameter,
with hostile values (a superscript digit that ``isdigit`` accepts, NUL and text-direction
characters, years that overflow a time zone, text longer than any column), beside real ids
so the actions get past their first check; forged, altered, expired and ended session
cookies; bodies larger than any form, with or without a length."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.dashboard.auth import COOKIE
from bot.i18n import FluentTranslator
from handlers.broadcast.audience import EVERYONE, ME, NO_SUBMISSION, TEAM
from storage.dashboard import DashboardAudit, DashboardRepository, DashboardSession, digest
from storage.models import Broadcast, Stage, Team
from storage.uow import UnitOfWork
from tests.dashboard.seed import seed
from tests.dashboard.support import BASE, client_for, signed_in
from tests.support import Chat

HOSTILE = [
    "²",
    "1" * 40,
    "0001-01-01T00:00",
    "9999-12-31T23:59",
    "2024-13-45T99:99",
    "a\x00b",
    "\u202eevil",
    "x" * 20_000,
]
"""Values no form of the dashboard offers; each reaches every field at once."""

TOO_LARGE_MN = (
    "<p>Энэ маягтаар илгээсэн зүйл самбарын хүлээн авах хэмжээнээс (50 МБ хүртэлх файл, бусад "
    "талбар) их байна. Юу ч өөрчлөгдөөгүй.</p>"
)
FIELD = re.compile(r'name="([A-Za-z0-9_]+)"')
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


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


def csrf_of(page: httpx.Response) -> str:
    found = CSRF.search(page.text)
    assert found is not None, page.text[:500]
    return found.group(1)


async def real_ids(app: App) -> dict[str, str]:
    async with app.sessions() as session:
        team = await session.scalar(select(func.min(Team.id)))
        stage = await session.scalar(select(func.min(Stage.id)))
    return {"team": str(team), "stage": str(stage)}


async def test_hostile_fields_and_query_values_get_no_5xx(app: App, chat: Chat) -> None:
    await seed(app)
    ids = await real_ids(app)
    async with client_for(app) as (client, dashboard):
        await signed_in(client, chat)
        gets = [
            route.path
            for route in dashboard.routes
            if "GET" in (getattr(route, "methods", None) or ()) and "{" not in route.path
        ]
        posts = [
            route.path
            for route in dashboard.routes
            if "POST" in (getattr(route, "methods", None) or ()) and route.path != "/admin/logout"
        ]
        names = {"team", "broadcast", "stage", "submission", "person", "mentor", "event", "as"}
        for path in gets:
            page = await client.get(path)
            names |= set(FIELD.findall(page.text))
            for key, value in ids.items():
                names |= set(FIELD.findall((await client.get(path, params={key: value})).text))
        names.discard("csrf")
        assert {"text_mn", "deadline", "at", "audience"} <= names
        csrf = csrf_of(await client.get("/admin/teams"))
        statuses: dict[int, int] = {}
        queried = ("team", "broadcast", "stage", "submission", "status", "q", "_part", "as")
        for value in HOSTILE:
            shown = value[:500]  # a longer query string is refused by the client itself
            for path in gets:
                for params in ({name: shown for name in queried}, {**ids, "q": shown}):
                    response = await client.get(path, params=params)
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                    assert response.status_code < 500, (path, value[:20], response.text[:300])
            for path in posts:
                audiences = (EVERYONE, TEAM, NO_SUBMISSION) if "broadcasts" in path else (value,)
                for audience in audiences:
                    data = {name: value for name in names} | ids
                    data |= {"audience": audience, "csrf": csrf}
                    response = await client.post(path, data=data)
                    code = response.status_code
                    statuses[code] = statuses.get(code, 0) + 1
                    assert code < 500, (path, value[:20], audience, response.text[:300])
        assert set(statuses) <= {200, 303, 400, 403, 404, 413}


DEEP = ["a\x00b", "0001-01-01T00:00", "9999-12-31T23:59", "x" * 20_000]
"""The values most likely to reach a column or a time zone once the other fields are good."""


async def test_one_hostile_field_in_an_otherwise_good_form_gets_no_5xx(
    app: App, chat: Chat
) -> None:
    """Every field of each page's forms, one at a time, hostile while the others hold what a
    browser would send, so each action gets as far as it can."""
    await seed(app)
    ids = await real_ids(app)
    good = {
        **ids,
        "audience": ME,
        "text_mn": "Сайн байна уу",
        "text_ja": "こんにちは",
        "text_en": "Hello",
        "at": "2024-11-19T10:00",
        "deadline": "2024-11-21T18:00",
        "deadline_at": "2024-11-21T18:00",
        "opens_at": "2024-11-18T10:00",
        "starts_at": "2024-11-20T10:00",
        "ends_at": "2024-11-20T12:00",
        "locale": "en",
        "next": "/admin/teams",
    }
    async with client_for(app) as (client, dashboard):
        await signed_in(client, chat)
        csrf = csrf_of(await client.get("/admin/teams"))
        posts = [
            route.path
            for route in dashboard.routes
            if "POST" in (getattr(route, "methods", None) or ()) and route.path != "/admin/logout"
        ]
        codes: set[int] = set()
        for path in posts:
            slug = path.split("/")[2]
            names = {"team", "stage", "broadcast", "locale", "next"}
            if slug not in ("language",):
                for params in ({}, ids):
                    page = await client.get(f"/admin/{slug}", params=params)
                    names |= set(FIELD.findall(page.text)) - {"csrf"}
            for name in sorted(names):
                for value in DEEP:
                    data = {**good, name: value, "csrf": csrf}
                    response = await client.post(path, data=data)
                    codes.add(response.status_code)
                    assert response.status_code < 500, (path, name, value[:20], response.text)
        assert codes <= {200, 303, 400, 403, 404}
    async with app.sessions() as session:
        texts = [b.texts for b in await session.scalars(select(Broadcast))]
    # the good fields got the actions past their checks: broadcasts were made, hostile ones too
    assert {"mn": "Сайн байна уу", "ja": "こんにちは", "en": "a\x00b"} in texts


async def test_a_crafted_multipart_body_gets_a_4xx(app: App, chat: Chat) -> None:
    async with client_for(app) as (client, _):
        csrf = csrf_of(await signed_in(client, chat))
        bodies = [
            b"--x\r\nbroken",
            b'--x\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n' + csrf.encode(),
            b"--x\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--x--\r\n",
            b"\xff\xfe" * 100,
        ]
        for body in bodies:
            for content_type in (
                "multipart/form-data; boundary=x",
                "multipart/form-data",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=" + "y" * 300,
            ):
                response = await client.post(
                    "/admin/broadcasts/do/preview",
                    content=body,
                    headers={"content-type": content_type},
                )
                assert response.status_code in (400, 403), (body[:20], content_type)


async def test_forged_altered_expired_and_ended_cookies_are_refused(app: App, chat: Chat) -> None:
    async with client_for(app) as (client, dashboard):
        await signed_in(client, chat)
        good = client.cookies.get(COOKIE, path="/admin")
        assert good is not None
        assert (await client.get("/admin/overview")).status_code == 200
        session_id, signature = good.rsplit(".", 1)
        cookies = [
            "",
            "x",
            "." * 600,
            f"{session_id}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}",  # altered
            f"{session_id}x.{signature}",  # altered session id
            dashboard.cookies.signed("a-session-that-never-was"),
            "\u00e9" * 10,
        ]
        for cookie in cookies:
            client.cookies.clear()
            client.headers["cookie"] = f"{COOKIE}={cookie}"
            for method, path in (("GET", "/admin/overview"), ("POST", "/admin/teams/do/archive")):
                response = await client.request(method, path)
                assert response.status_code == 403, (cookie[:40], method, path)
        del client.headers["cookie"]
        client.cookies.set(COOKIE, good, path="/admin")
        assert (await client.get("/admin/overview")).status_code == 200
        # expired: the clock passes the session's end
        app.clock.advance(timedelta(hours=app.settings.dashboard_session_hours, seconds=1))  # type: ignore[attr-defined]
        assert (await client.get("/admin/overview")).status_code == 403
    async with app.sessions() as session, session.begin():
        row = await session.scalar(
            select(DashboardSession).where(DashboardSession.session_sha256 == digest(session_id))
        )
        assert row is not None
        row.expires_at = app.clock.now() + timedelta(hours=1)
        row.ended_at = app.clock.now()  # signed out elsewhere
    async with client_for(app) as (client, _):
        client.cookies.set(COOKIE, good, path="/admin")
        assert (await client.get("/admin/overview")).status_code == 403
        assert (await client.get("/admin/overview")).status_code == 403
    async with app.sessions() as session:
        kept = (
            await UnitOfWork(session)
            .get(DashboardRepository)
            .live_session(session_id, app.clock.now())
        )
        audited = list(await session.scalars(select(DashboardAudit.action)))
    assert kept is None and audited == ["sign-in"]


async def test_a_body_larger_than_any_form_is_refused_unread(app: App, chat: Chat) -> None:
    async with client_for(app) as (client, _):
        csrf = csrf_of(await signed_in(client, chat))
        sent = []

        async def chunks(total: int, start: bytes):  # type: ignore[no-untyped-def]
            yield start
            block = b"a" * 65536
            for _ in range(total // len(block)):
                sent.append(len(block))
                yield block

        part = (
            f'--x\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
            '--x\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        )
        for content_type, total, start in (
            ("application/x-www-form-urlencoded", 8 * 1024 * 1024, f"csrf={csrf}&a=".encode()),
            ("multipart/form-data; boundary=x", 80 * 1024 * 1024, part.encode()),
        ):
            sent.clear()
            response = await client.post(
                "/admin/broadcasts/do/preview",
                content=chunks(total, start),
                headers={"content-type": content_type},
            )
            assert response.status_code == 413, content_type
            assert TOO_LARGE_MN in response.text  # the session is in Mongolian
            assert sum(sent) < total  # it stopped reading
        declared = await client.post(
            "/admin/broadcasts/do/preview",
            content=b"csrf=" + csrf.encode(),
            headers={
                "content-type": "application/x-www-form-urlencoded",
                "content-length": str(10**12),
            },
        )
        assert declared.status_code == 413
