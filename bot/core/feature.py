"""A feature: everything one capability of the bot contributes, as one value.

Each package under ``handlers/`` exports one ``Feature``; ``handlers.FEATURES`` lists them in
order, and the wiring (``bot/app.py``, ``bot/delivery.py``, ``bot/rehearsal.py``) reads every
router, renderer, planner and progress reporter from that one tuple, the dashboard its pages
and exports (``bot/core/pages.py``), and the KPI report its program-level indicators
(``bot/core/indicators.py``). Adding a feature is one package and one line there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.indicators import ProgramIndicators
from bot.core.messages import Reply
from bot.core.outbox import Renderers
from bot.core.pages import Export, Page
from bot.core.router import Router
from bot.core.settings import Settings
from storage.models import Participant
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class PlanContext:
    """What a planner may use: one transaction, the time, the settings."""

    uow: UnitOfWork
    now: datetime
    settings: Settings


@dataclass(frozen=True)
class Planner:
    """Puts what falls due soon into the outbox, on every run of the delivery loop.

    ``plan`` adds the rows due in the next minutes that are missing (idempotently: the outbox's
    de-duplication key makes a second run add nothing) and returns how many it added.
    ``rehearse`` answers, without writing anything, which rows it would add for ``[start,
    end)``: ``python -m bot rehearse`` shows them. A planner whose rows are all enqueued by
    people's actions has nothing to rehearse beyond what is already in the outbox.
    """

    name: str
    plan: Callable[[PlanContext], Awaitable[int]]
    rehearse: Callable[[PlanContext, datetime, datetime], Awaitable[list[NewDelivery]]] | None = (
        None
    )


ProgressNote = tuple[Participant, Reply]
ProgressReporter = Callable[[PlanContext], Awaitable[Sequence[ProgressNote]]]
"""Messages edited in place while the outbox works (a broadcast's live progress): computed in
one transaction, sent after it in the pacer's turn."""


@dataclass(frozen=True)
class Feature:
    """What one package under ``handlers/`` contributes. Its modules each keep their own
    ``Router`` and ``Renderers``; the feature lists them."""

    name: str
    routers: tuple[Router, ...] = ()
    renderers: tuple[Renderers, ...] = ()
    planners: tuple[Planner, ...] = ()
    progress: ProgressReporter | None = None
    pages: tuple[Page, ...] = ()
    """Its pages on the organizer dashboard (``docs/dashboard.md``)."""
    exports: tuple[Export, ...] = ()
    """Its tables and files on the dashboard's Exports page."""
    indicators: ProgramIndicators | None = None
    """Its program-level indicators in the progress KPI report (``bot/core/indicators.py``)."""


def build_router(features: Iterable[Feature]) -> Router:
    """Every feature's routers, in order; a command, button or deep link claimed twice is
    refused here, at start."""
    router = Router()
    for feature in features:
        for part in feature.routers:
            router.include(part)
    return router


def build_renderers(features: Iterable[Feature]) -> Renderers:
    """Every feature's outbox renderers (name → what a delivery row says at send time)."""
    renderers = Renderers()
    for feature in features:
        for part in feature.renderers:
            renderers.include(part)
    return renderers


def planners_of(features: Iterable[Feature]) -> list[Planner]:
    return [planner for feature in features for planner in feature.planners]


def progress_of(features: Iterable[Feature]) -> list[ProgressReporter]:
    return [feature.progress for feature in features if feature.progress is not None]


def indicators_of(features: Iterable[Feature]) -> tuple[ProgramIndicators, ...]:
    return tuple(f.indicators for f in features if f.indicators is not None)


def pages_of(features: Iterable[Feature]) -> list[Page]:
    """Every feature's dashboard pages, in navigation order; a slug used twice is refused."""
    pages = [page for feature in features for page in feature.pages]
    slugs = [page.slug for page in pages]
    for slug in slugs:
        if slugs.count(slug) > 1:
            raise ValueError(f"dashboard page {slug!r} is declared twice")
    return sorted(pages, key=lambda page: page.order)


def exports_of(features: Iterable[Feature]) -> list[Export]:
    exports = [export for feature in features for export in feature.exports]
    names = [export.name for export in exports]
    for name in names:
        if names.count(name) > 1:
            raise ValueError(f"export {name!r} is declared twice")
    return exports
