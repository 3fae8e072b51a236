"""Use cases: the conversations of the bot, written once for every channel."""

from bot.core.outbox import Renderers
from bot.core.router import Router
from handlers import (
    broadcast,
    broadcast_report,
    decks,
    mentoring,
    onboarding,
    privacy,
    programs,
    reminders,
    roles,
    schedule,
    submissions,
    teams,
)


def build_router() -> Router:
    """Every feature's router, in order. Onboarding holds the fallback and the shared commands."""
    router = Router()
    for feature in (
        onboarding.router,
        programs.router,
        schedule.router,
        reminders.router,
        teams.router,
        roles.router,
        privacy.router,
        submissions.router,
        decks.router,
        mentoring.router,
        broadcast.router,
        broadcast_report.router,
    ):
        router.include(feature)
    return router


def build_renderers() -> Renderers:
    """Every feature's outbox renderers (name → what a delivery row says at send time)."""
    renderers = Renderers()
    for feature in (reminders.renderers, mentoring.renderers, broadcast_report.renderers):
        renderers.include(feature)
    return renderers
