"""Pages to HTML: the Jinja2 templates, with every text translated in the organizer's language
and every time in their zone. Autoescaping is on for every template, so whatever people typed
(team names, announcements) is shown as text, never as markup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.core import pages as p
from bot.core.messages import LocalTime, Msg, Verbatim
from bot.core.ports import Translator
from bot.dashboard.charts import chart_data_uri, colour

TEMPLATES = Path(__file__).resolve().parent / "templates"
ADMIN = "/admin"
ZONE_NAMES = {"Asia/Ulaanbaatar": Msg("tz-ulaanbaatar"), "Asia/Tokyo": Msg("tz-tokyo")}


def page_url(slug: str, query: Mapping[str, str | int] | None = None) -> str:
    query = {k: v for k, v in (query or {}).items() if v != ""}
    return f"{ADMIN}/{slug}" + (f"?{urlencode(query)}" if query else "")


def action_url(slug: str, action: str) -> str:
    return f"{ADMIN}/{slug}/do/{action}"


def download_url(slug: str, name: str, query: Mapping[str, str | int] | None = None) -> str:
    query = dict(query or {})
    return f"{ADMIN}/{slug}/file/{name}" + (f"?{urlencode(query)}" if query else "")


def kind(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return "list"
    return type(value).__name__


@dataclass
class Screen:
    """Everything one rendered page needs besides its blocks."""

    ctx: p.PageContext
    page: p.Page
    nav: Sequence[p.Page]
    csrf: str
    program_name: str
    organizer_name: str
    flash: Mapping[str, str] | None = None
    path: str = ""
    charts: dict[int, str] = field(default_factory=dict)

    @property
    def page_title(self) -> Msg:
        return Msg(self.page.title)


class Renderer:
    def __init__(self, translator: Translator) -> None:
        self.translator = translator
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["kind"] = kind
        self.env.globals.update(
            page_url=page_url,
            action_url=action_url,
            download_url=download_url,
            colour_class=lambda index: f"c{index % 6}",
            languages=("mn", "ja", "en"),
        )

    def text(self, value: object, locale: str, tz: ZoneInfo) -> str:
        """A text, number or time as the organizer reads it."""
        if value is None:
            return ""
        if isinstance(value, Msg | Verbatim):
            return self.translator.render(value, locale, tz)
        if isinstance(value, datetime | LocalTime):
            return self.translator.render(Msg("dash-time", {"at": value}), locale, tz)
        return str(value)

    async def _draw_charts(self, blocks: Sequence[p.Block], screen: Screen) -> None:
        for block in blocks:
            if isinstance(block, p.Chart) and id(block) not in screen.charts:
                screen.charts[id(block)] = await chart_data_uri(block, screen.ctx.tz.key)
            elif isinstance(block, p.Section | p.Live):
                await self._draw_charts(block.blocks, screen)

    def _helpers(self, screen: Screen) -> dict[str, Any]:
        ctx = screen.ctx

        def t(value: object) -> str:
            return self.text(value, ctx.locale, ctx.tz)

        def local_input(value: datetime | None) -> str:
            return value.astimezone(ctx.tz).strftime("%Y-%m-%dT%H:%M") if value else ""

        def posted(name: str, default: object) -> object:
            if ctx.form is not None and name in ctx.form.values:
                return ctx.form.values[name]
            return default

        def link_url(link: p.Link) -> str:
            if link.download is not None:
                return download_url(link.page, link.download, link.query)
            return page_url(link.page, link.query)

        return {
            "t": t,
            "local_input": local_input,
            "posted": posted,
            "link_url": link_url,
            "screen": screen,
            "page": screen.page,
            "chart_src": lambda chart: screen.charts.get(id(chart), ""),
            "colour": colour,
            "msg": lambda message_id, **args: Msg(message_id, args),
            "zone": t(ZONE_NAMES.get(ctx.tz.key) or Verbatim(ctx.tz.key)),
        }

    async def page(self, screen: Screen, blocks: Sequence[p.Block]) -> str:
        await self._draw_charts(blocks, screen)
        template = self.env.get_template("page.html")
        return template.render(blocks=blocks, **self._helpers(screen))

    async def part(self, screen: Screen, live: p.Live) -> str:
        await self._draw_charts(live.blocks, screen)
        template = self.env.get_template("part.html")
        return template.render(live=live, **self._helpers(screen))

    def message(self, title: Msg, text: Msg, locale: str) -> str:
        """A page with one message and no navigation: refused, signed out, a bad link."""
        utc = ZoneInfo("UTC")
        template = self.env.get_template("message.html")
        return template.render(
            title=self.text(title, locale, utc), text=self.text(text, locale, utc), locale=locale
        )


def find_live(blocks: Sequence[p.Block], name: str) -> p.Live | None:
    for block in blocks:
        if isinstance(block, p.Live) and block.name == name:
            return block
        if isinstance(block, p.Section | p.Live):
            found = find_live(block.blocks, name)
            if found is not None:
                return found
    return None
