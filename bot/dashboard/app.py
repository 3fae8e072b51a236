"""The organizer dashboard's routes under ``/admin``: sign-in by link, pages, actions, files,
exports, the language switch and signing out.

Every route but the sign-in link and the static files asks the same question first: is there
a live session, and does its person hold a role the page allows, in their program, now? If
not, 403 and a page that shows nothing. Every POST also needs the session's CSRF token. An
action runs in one transaction with its audit row; messages it sends to people in the chat
leave after the commit.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message

from bot.core import pages as p
from bot.core.clock import Clock
from bot.core.context import Services, time_zone_of
from bot.core.exports import CSV_MIME, XLSX_MIME, csv_bytes
from bot.core.messages import Document, Msg, Purpose, Reply
from bot.core.ports import Translator
from bot.core.settings import LANGUAGES, Settings
from bot.dashboard.auth import Cookies, SignedIn, csrf_ok, holds, signed_in
from bot.dashboard.builtin import audit_page, exports_page
from bot.dashboard.public import PublicShowcase
from bot.dashboard.render import ADMIN, Renderer, Screen, find_live, page_url
from storage.dashboard import DashboardRepository
from storage.models import Participant, Program
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
MAX_UPLOAD = 50 * 1024 * 1024
"""The largest file a form takes (a broadcast's attachment; its own checks may be stricter)."""
MAX_FORM_BYTES = {
    "multipart/form-data": MAX_UPLOAD + 1024 * 1024,
    "application/x-www-form-urlencoded": 1024 * 1024,
}
"""The most of a posted body that is read, by its type: a file and the fields beside it, or
fields alone (three broadcast texts are a few hundred KB at most)."""
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
Deliver = Callable[[Participant, Reply, Purpose], Awaitable[object]]


@dataclass(frozen=True)
class DashboardParts:
    """What the wiring hands the dashboard (``bot/app.py`` makes it from the ``App``)."""

    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    settings: Settings
    services: Services
    translator: Translator
    pages: Sequence[p.Page]
    exports: Sequence[p.Export]
    deliver: Deliver
    secret: str


def organizer_zone(person: Participant, program: Program | None) -> ZoneInfo:
    """The organizer's own zone: their choice, else that of the language they chose in the
    chat, else the program's. Switching the dashboard's language does not move the clock."""
    if person.time_zone or person.language:
        return time_zone_of(person, person.language or "")
    return ZoneInfo(program.time_zone) if program is not None else time_zone_of(person, "")


def audit_detail(outcome: p.Outcome) -> str:
    """``team=5 until=…``; without details, the message's id."""
    if outcome.audit:
        return " ".join(f"{key}={value}" for key, value in outcome.audit.items())
    return outcome.message.id if isinstance(outcome.message, Msg) else ""


class Refused(Exception):
    """The request may not see what it asked for (403)."""


class TooLarge(Exception):
    """The posted body is longer than its kind of form may be (413)."""


def capped(request: Request, cap: int) -> Request:
    """``request`` whose body raises ``TooLarge`` as soon as more than ``cap`` bytes have
    arrived (nothing past them is read), or at once when its length says so: a chunked body
    has no length, and a wrong one is a lie."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise TooLarge
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await request.receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > cap:
                raise TooLarge
        return message

    return Request(request.scope, receive)


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=HEADERS)


class Dashboard:
    def __init__(self, parts: DashboardParts) -> None:
        self.parts = parts
        self.settings = parts.settings
        self.renderer = Renderer(parts.translator)
        base = self.settings.base_url or ""
        self.cookies = Cookies(
            parts.secret, self.settings.dashboard_session_hours, base.startswith("https://")
        )
        self.pages = [*parts.pages, exports_page(parts.exports), audit_page()]
        self.exports = list(parts.exports)
        public = PublicShowcase(parts.sessions, parts.translator, parts.services, parts.clock)
        self.routes = self._routes() + public.routes

    # --- the route table -----------------------------------------------------------------

    def _routes(self) -> list[BaseRoute]:
        routes: list[BaseRoute] = [
            Route(f"{ADMIN}/login", self.login, methods=["GET"]),
            Mount(f"{ADMIN}/static", StaticFiles(directory=STATIC), name="dashboard-static"),
            Route(ADMIN, self.home, methods=["GET"]),
            Route(f"{ADMIN}/", self.home, methods=["GET"]),
            Route(f"{ADMIN}/language", self.language, methods=["POST"]),
            Route(f"{ADMIN}/logout", self.logout, methods=["POST"]),
        ]
        for page in self.pages:
            routes.append(Route(f"{ADMIN}/{page.slug}", self._page_route(page), methods=["GET"]))
            for action in page.actions:
                routes.append(
                    Route(
                        f"{ADMIN}/{page.slug}/do/{action.name}",
                        self._action_route(page, action),
                        methods=["POST"],
                    )
                )
            for download in page.downloads:
                routes.append(
                    Route(
                        f"{ADMIN}/{page.slug}/file/{download.name}",
                        self._download_route(page, download),
                        methods=["GET"],
                    )
                )
        exports = next(page for page in self.pages if page.slug == "exports")
        for export in self.exports:
            formats = ("csv", "xlsx") if export.table is not None else ("zip",)
            for fmt in formats:
                routes.append(
                    Route(
                        f"{ADMIN}/exports/file/{export.name}.{fmt}",
                        self._export_route(exports, export, fmt),
                        methods=["GET"],
                    )
                )
        return routes

    def _page_route(self, page: p.Page) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            return await self.show(request, page)

        return route

    def _action_route(
        self, page: p.Page, action: p.Action
    ) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            return await self.act(request, page, action)

        return route

    def _download_route(
        self, page: p.Page, download: p.Download
    ) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            async def make(ctx: p.PageContext) -> Document | None:
                return await download.make(ctx)

            return await self.file(request, page, f"{page.slug}/{download.name}", make)

        return route

    def _export_route(
        self, exports: p.Page, export: p.Export, fmt: str
    ) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            async def make(ctx: p.PageContext) -> Document | None:
                if not set(export.roles) & ctx.roles:
                    raise Refused
                if export.file is not None:
                    return await export.file(ctx)
                assert export.table is not None
                sheet = await export.table(ctx)
                stem = f"{ctx.program.id if ctx.program else 'bot'}-{export.name}"
                stamp = ctx.now().strftime("%Y%m%d-%H%M")
                if fmt == "csv":
                    content = csv_bytes(sheet.header, sheet.rows)
                    return Document(f"{stem}-{stamp}.csv", content, CSV_MIME)
                content = ctx.services.spreadsheets.write([sheet])
                return Document(f"{stem}-{stamp}.xlsx", content, XLSX_MIME)

            return await self.file(request, exports, f"exports/{export.name}.{fmt}", make)

        return route

    # --- who is asking -------------------------------------------------------------------

    def _locale_of(self, signed: SignedIn | None) -> str:
        if signed is not None and signed.session.locale in LANGUAGES:
            return signed.session.locale
        return self.settings.default_language

    def refused(self, locale: str) -> HTMLResponse:
        body = self.renderer.message(Msg("dash-refused-title"), Msg("dash-refused"), locale)
        return _html(body, 403)

    async def _context(
        self, uow: UnitOfWork, signed: SignedIn, request: Request, form: p.FormData | None
    ) -> p.PageContext:
        person = signed.person
        locale = self._locale_of(signed)
        program = await uow.programs.get(person.program_id) if person.program_id else None
        query = {key: value[:2000] for key, value in request.query_params.items() if key != "_part"}
        return p.PageContext(
            uow=uow,
            participant=person,
            program=program,
            locale=locale,
            tz=organizer_zone(person, program),
            clock=self.parts.clock,
            settings=self.settings,
            services=self.parts.services,
            query=query,
            form=form,
        )

    def _screen(
        self, ctx: p.PageContext, page: p.Page, signed: SignedIn, request: Request
    ) -> Screen:
        person = signed.person
        program = ctx.program
        return Screen(
            ctx=ctx,
            page=page,
            nav=[item for item in self.pages if holds(person, item.roles)],
            csrf=signed.session.csrf_token,
            program_name=program.names.get(ctx.locale, program.id) if program else "",
            organizer_name=person.display_name or person.external_id,
            path=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
        )

    # --- sign-in, language, sign-out -----------------------------------------------------

    async def login(self, request: Request) -> Response:
        token = request.query_params.get("token", "")
        now = self.parts.clock.now()
        async with self.parts.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            dashboard = uow.get(DashboardRepository)
            used = await dashboard.use_login_token(token, now)
            person = await uow.participants.get(used.participant_id) if used else None
            if used is None or person is None or not self._may_open_any(person):
                await dashboard.audit(
                    person.id if person else None, None, "sign-in", now, "refused", ok=False
                )
                locale = used.locale if used else self.settings.default_language
                body = self.renderer.message(
                    Msg("dash-link-bad-title"), Msg("dash-link-bad"), locale
                )
                return _html(body, 403)
            session_id, _ = await dashboard.start_session(
                person.id, used.locale, now, self.settings.dashboard_session_hours
            )
            await dashboard.audit(person.id, person.program_id, "sign-in", now)
        response = RedirectResponse(f"{ADMIN}/", status_code=303, headers=HEADERS)
        self.cookies.set(response, session_id, request)
        return response

    def _may_open_any(self, person: Participant) -> bool:
        return any(holds(person, page.roles) for page in self.pages)

    async def home(self, request: Request) -> Response:
        async with self.parts.sessions() as session:
            signed = await self._signed(request, session)
            if signed is None:
                return self.refused(self.settings.default_language)
            first = next((page for page in self.pages if holds(signed.person, page.roles)), None)
        if first is None:
            return self.refused(self._locale_of(signed))
        return RedirectResponse(page_url(first.slug), status_code=303, headers=HEADERS)

    async def _signed(self, request: Request, session: AsyncSession) -> SignedIn | None:
        uow = UnitOfWork(session)
        return await signed_in(
            request, self.cookies, uow.get(DashboardRepository), self.parts.clock.now()
        )

    async def language(self, request: Request) -> Response:
        form = await self._form(request)
        if isinstance(form, HTMLResponse):
            return form
        now = self.parts.clock.now()
        async with self.parts.sessions() as session, session.begin():
            signed = await self._signed(request, session)
            if signed is None or not self._may_open_any(signed.person):
                return self.refused(self._locale_of(signed))
            if not csrf_ok(signed.session, form.text("csrf")):
                return self._stale_form(signed)
            locale = form.text("locale")
            if locale in LANGUAGES:
                signed.session.locale = locale
                await (
                    UnitOfWork(session)
                    .get(DashboardRepository)
                    .audit(signed.person.id, signed.person.program_id, "language", now, locale)
                )
        target = form.text("next")
        if not target.startswith(f"{ADMIN}/") or target.startswith(f"{ADMIN}//"):
            target = f"{ADMIN}/"
        return RedirectResponse(target, status_code=303, headers=HEADERS)

    async def logout(self, request: Request) -> Response:
        form = await self._form(request)
        if isinstance(form, HTMLResponse):
            return form
        now = self.parts.clock.now()
        async with self.parts.sessions() as session, session.begin():
            signed = await self._signed(request, session)
            if signed is None or not self._may_open_any(signed.person):
                return self.refused(self._locale_of(signed))
            if not csrf_ok(signed.session, form.text("csrf")):
                return self._stale_form(signed)
            signed.session.ended_at = now
            await (
                UnitOfWork(session)
                .get(DashboardRepository)
                .audit(signed.person.id, signed.person.program_id, "sign-out", now)
            )
            locale = self._locale_of(signed)
        body = self.renderer.message(Msg("dash-signed-out-title"), Msg("dash-signed-out"), locale)
        response = _html(body)
        self.cookies.clear(response)
        return response

    async def _bad_form(self, request: Request, status: int) -> HTMLResponse:
        """A body that is too long (413) or no form (400), in the language of the session."""
        async with self.parts.sessions() as session:
            locale = self._locale_of(await self._signed(request, session))
        if status == 413:
            title, text = Msg("dash-too-large-title"), Msg("dash-too-large")
        else:
            title, text = Msg("dash-form-bad-title"), Msg("dash-form-bad")
        return _html(self.renderer.message(title, text, locale), status)

    def _stale_form(self, signed: SignedIn) -> HTMLResponse:
        locale = self._locale_of(signed)
        body = self.renderer.message(Msg("dash-csrf-title"), Msg("dash-csrf"), locale)
        return _html(body, 403)

    # --- pages, actions, files -----------------------------------------------------------

    async def show(self, request: Request, page: p.Page) -> Response:
        async with self.parts.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            signed = await self._signed(request, session)
            if signed is None or not holds(signed.person, page.roles):
                return self.refused(self._locale_of(signed))
            ctx = await self._context(uow, signed, request, None)
            screen = self._screen(ctx, page, signed, request)
            blocks = list(await page.view(ctx))
            part = request.query_params.get("_part")
            if part is not None:
                live = find_live(blocks, part)
                if live is None:
                    return _html("", 404)
                return _html(await self.renderer.part(screen, live))
            if signed.session.flash:
                screen.flash = dict(signed.session.flash)
                signed.session.flash = None
            return _html(await self.renderer.page(screen, blocks))

    async def act(self, request: Request, page: p.Page, action: p.Action) -> Response:
        form = await self._form(request)
        if isinstance(form, HTMLResponse):
            return form
        now = self.parts.clock.now()
        async with self.parts.sessions() as session:
            async with session.begin():
                uow = UnitOfWork(session)
                signed = await self._signed(request, session)
                if signed is None or not holds(signed.person, page.roles):
                    return self.refused(self._locale_of(signed))
                if not csrf_ok(signed.session, form.text("csrf")):
                    return self._stale_form(signed)
                ctx = await self._context(uow, signed, request, form)
                outcome = await action.run(ctx, form)
                if action.audited:
                    await uow.get(DashboardRepository).audit(
                        signed.person.id,
                        ctx.program.id if ctx.program else None,
                        f"{page.slug}/{action.name}",
                        now,
                        audit_detail(outcome),
                        ok=outcome.ok,
                    )
                message = self.renderer.text(outcome.message, ctx.locale, ctx.tz)
                tone = "ok" if outcome.ok else "bad"
                response: Response
                if outcome.show or not outcome.ok:
                    screen = self._screen(ctx, page, signed, request)
                    screen.flash = {"text": message, "tone": tone}
                    ctx.query = {}
                    blocks = [*outcome.show, *await page.view(ctx)]
                    body = await self.renderer.page(screen, blocks)
                    response = _html(body, 200 if outcome.ok else 400)
                else:
                    signed.session.flash = {"text": message, "tone": tone}
                    query = {k: str(v) for k, v in (outcome.go or {}).items()}
                    target = f"{ADMIN}/{page.slug}" + (f"?{urlencode(query)}" if query else "")
                    response = RedirectResponse(target, status_code=303, headers=HEADERS)
            notices = list(ctx.notices)
        for notice in notices:
            await self.parts.deliver(notice.participant, notice.reply, notice.purpose)
        return response

    async def file(
        self,
        request: Request,
        page: p.Page,
        name: str,
        make: Callable[[p.PageContext], Awaitable[Document | None]],
    ) -> Response:
        async with self.parts.sessions() as session, session.begin():
            uow = UnitOfWork(session)
            signed = await self._signed(request, session)
            if signed is None or not holds(signed.person, page.roles):
                return self.refused(self._locale_of(signed))
            ctx = await self._context(uow, signed, request, None)
            try:
                document = await make(ctx)
            except Refused:
                return self.refused(ctx.locale)
            if document is None:
                body = self.renderer.message(
                    Msg("dash-file-none-title"), Msg("dash-file-none"), ctx.locale
                )
                return _html(body, 404)
            await uow.get(DashboardRepository).audit(
                signed.person.id,
                ctx.program.id if ctx.program else None,
                f"download {name}",
                self.parts.clock.now(),
                document.file_name,
            )
        disposition = f"attachment; filename*=UTF-8''{quote(document.file_name, safe='')}"
        return Response(
            document.content,
            media_type=document.mime_type,
            headers={**HEADERS, "Content-Disposition": disposition},
        )

    async def _form(self, request: Request) -> p.FormData | HTMLResponse:
        """The posted form; a body that is no form is an empty one (refused by the CSRF
        check), a malformed one a 400 page, one longer than ``MAX_FORM_BYTES`` a 413 page,
        read no further."""
        content_type = request.headers.get("content-type", "")
        kind = next((kind for kind in FORM_TYPES if content_type.startswith(kind)), None)
        if kind is None:
            return p.FormData({})
        try:
            form = await capped(request, MAX_FORM_BYTES[kind]).form(max_files=5, max_fields=200)
        except TooLarge:
            return await self._bad_form(request, 413)
        except HTTPException as error:  # Starlette's word for a malformed form
            return await self._bad_form(request, error.status_code)
        values: dict[str, str] = {}
        files: dict[str, p.Upload] = {}
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read(MAX_UPLOAD + 1)
                if value.filename and data:
                    files[key] = p.Upload(value.filename, value.content_type or "", data)
            else:
                values.setdefault(key, value)
        return p.FormData(values, files)
