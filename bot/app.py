"""Composition: the one place that wires storage, translator, router, clock and channels."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.charts import MatplotlibPainter
from bot.core.clock import Clock, RealClock, RehearsalClock, parse_instant
from bot.core.context import Services
from bot.core.dispatcher import Dispatcher
from bot.core.feature import Feature, build_router, exports_of, indicators_of, pages_of
from bot.core.files import LocalFileStore
from bot.core.inbox import InboxConsumer
from bot.core.middlewares import DEFAULT_MIDDLEWARES
from bot.core.ports import OutputChannel
from bot.core.redaction import also_redact
from bot.core.settings import Settings
from bot.dashboard import Dashboard, DashboardParts
from bot.documents import PdfAndPptxChecker
from bot.i18n import FluentTranslator
from bot.ical import ICalendarWriter
from bot.programs import load_program_file
from bot.qr import SegnoQrWriter
from bot.xlsx import OpenpyxlWriter
from handlers import FEATURES
from storage.dashboard import DashboardRepository
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.pacing_lock import RateHolder
from storage.uow import UnitOfWork

log = logging.getLogger(__name__)

PACED_CHANNELS = ("telegram",)
"""Channels with an overall rate per bot, paced by one process at a time."""


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    translator: FluentTranslator
    clock: Clock
    services: Services
    dispatcher: Dispatcher
    rates: RateHolder
    """Whether this process paces Telegram's overall rate (``storage/pacing_lock.py``)."""
    features: tuple[Feature, ...]
    """Everything the features contribute (``handlers.FEATURES``)."""
    inboxes: list[InboxConsumer] = field(default_factory=list)
    """The consumers of the webhooks' inboxes (Messenger's), started by ``serve``."""

    def add_channel(self, channel: OutputChannel) -> None:
        self.services.channels[channel.name] = channel

    async def close(self) -> None:
        await self.rates.close()
        await self.engine.dispose()


def make_clock(settings: Settings, override: str | None = None) -> Clock:
    start = override or settings.clock
    return RehearsalClock(parse_instant(start)) if start else RealClock()


async def build_app(
    settings: Settings,
    clock: Clock | None = None,
    translator: FluentTranslator | None = None,
    features: tuple[Feature, ...] = FEATURES,
) -> App:
    """Migrate the database, load the program files, and wire everything."""
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    sessions = session_factory(engine)
    clock = clock or make_clock(settings)
    await load_programs(sessions, settings.program_files, clock)
    translator = translator or FluentTranslator(settings.locales_dir)
    services = Services(
        files=LocalFileStore(settings.files_dir),
        documents=PdfAndPptxChecker(),
        calendar=ICalendarWriter(),
        spreadsheets=OpenpyxlWriter(),
        charts=MatplotlibPainter(),
        translator=translator,
        qr_codes=SegnoQrWriter(),
        indicators=indicators_of(features),
    )
    dispatcher = Dispatcher(
        sessions, build_router(features), translator, clock, settings, services, DEFAULT_MIDDLEWARES
    )
    rates = RateHolder(engine, PACED_CHANNELS)
    return App(settings, engine, sessions, translator, clock, services, dispatcher, rates, features)


DASHBOARD_SECRET = "dashboard"
"""The name of the stored secret that signs dashboard cookies when ``DASHBOARD_SECRET`` is unset."""


async def build_dashboard(app: App) -> Dashboard:
    """The dashboard with every feature's pages and exports; its signing key is
    ``DASHBOARD_SECRET``, else one made on first start and kept in the database."""
    secret = app.settings.dashboard_secret
    if secret is not None:
        key = secret.get_secret_value()
    else:
        async with app.sessions() as session, session.begin():
            key = (
                await UnitOfWork(session)
                .get(DashboardRepository)
                .secret(DASHBOARD_SECRET, app.clock.now())
            )
        also_redact([key])  # a secret like DASHBOARD_SECRET, which the log filter knows
    parts = DashboardParts(
        sessions=app.sessions,
        clock=app.clock,
        settings=app.settings,
        services=app.services,
        translator=app.translator,
        pages=pages_of(app.features),
        exports=exports_of(app.features),
        deliver=app.dispatcher.deliver,
        secret=key,
    )
    return Dashboard(parts)


async def load_programs(
    sessions: async_sessionmaker[AsyncSession], files: tuple[str, ...] | list[str], clock: Clock
) -> dict[str, str]:
    """Load each program file; returns ``{program id: created | updated | unchanged}``."""
    outcomes = {}
    for file in files:
        spec = load_program_file(Path(file))
        async with sessions() as session, session.begin():
            outcomes[spec.id] = await UnitOfWork(session).programs.upsert(spec, clock.now())
        log.info("program %s from %s: %s", spec.id, file, outcomes[spec.id])
    return outcomes
