"""The public showcase at ``/projects`` (``/projects/mn``, ``/projects/ja``, ``/projects/en``):
the projects their leads published in co-creation matching, for anyone, without signing in.

Only what a lead published is read (``showcase_projects`` and the team's name): no member, no
contact, no organization. Every text is escaped by the template (a lead's ``<script>`` shows
as text). Each project has *Contact through the bot* links: the Telegram and Messenger deep
links ``projects_<id>`` that open the chat with that project's card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from bot.core.clock import Clock
from bot.core.context import Services
from bot.core.messages import Msg, Text
from bot.core.ports import Translator
from bot.core.settings import LANGUAGES
from storage.matching import MatchingRepository, ShowcaseState
from storage.uow import UnitOfWork

TEMPLATES = Path(__file__).resolve().parent / "templates"
PATH = "/projects"
CHANNELS = (("telegram", "Telegram"), ("messenger", "Messenger"))
PITCH_ORDER = {"mn": ("mn", "ja", "en"), "ja": ("ja", "mn", "en"), "en": ("en", "mn", "ja")}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class ProjectCard:
    title: str
    team: str
    pitch: str
    sdgs: list[str]
    needs: list[str]
    note: str
    links: list[tuple[str, str]]
    """``(channel name, deep link)`` for each chat channel the bot runs on."""


@dataclass(frozen=True)
class PublicShowcase:
    sessions: async_sessionmaker[AsyncSession]
    translator: Translator
    services: Services
    clock: Clock

    @property
    def routes(self) -> list[BaseRoute]:
        return [
            Route(PATH, self.page, methods=["GET"]),
            Route(PATH + "/{language}", self.page, methods=["GET"]),
        ]

    async def page(self, request: Request) -> Response:
        language = request.path_params.get("language") or _preferred(request)
        if language not in LANGUAGES:
            return HTMLResponse("", status_code=404, headers=HEADERS)
        now = self.clock.now()
        cards = await self.cards(language)
        zone = ZoneInfo("Asia/Ulaanbaatar")

        def t(text: Text) -> str:
            return self.translator.render(text, language, zone, now)

        body = (
            _environment()
            .get_template("public_projects.html")
            .render(language=language, languages=LANGUAGES, cards=cards, t=t, Msg=Msg, path=PATH)
        )
        return HTMLResponse(body, headers=HEADERS)

    async def cards(self, language: str) -> list[ProjectCard]:
        now: datetime = self.clock.now()
        zone = ZoneInfo("Asia/Ulaanbaatar")

        def t(text: Text) -> str:
            return self.translator.render(text, language, zone, now)

        found = []
        async with self.sessions() as session:
            uow = UnitOfWork(session)
            for summary in await uow.programs.all():
                store = uow.get(MatchingRepository)
                for project in await store.projects(summary.id, ShowcaseState.PUBLISHED):
                    team = await uow.teams.get(project.team_id)
                    if team is None or team.archived_at is not None:
                        continue
                    pitch = next(
                        (
                            str(project.pitches[code])
                            for code in PITCH_ORDER[language]
                            if project.pitches.get(code)
                        ),
                        "",
                    )
                    links = [
                        (name, link)
                        for channel, name in CHANNELS
                        if (link := self.services.start_link(channel, f"projects_{project.id}"))
                    ]
                    found.append(
                        ProjectCard(
                            title=project.title,
                            team=team.name,
                            pitch=pitch,
                            sdgs=[
                                t(Msg("team-sdg-line", {"number": n, "name": Msg(f"team-sdg-{n}")}))
                                for n in project.sdgs
                            ],
                            needs=[t(Msg(f"match-need-{need}")) for need in project.needs],
                            note=project.need_note,
                            links=links,
                        )
                    )
        return found


def _preferred(request: Request) -> str:
    """The first of mn, ja, en the browser asks for; Mongolian otherwise."""
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "mn"


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), cache_size=10
    )
