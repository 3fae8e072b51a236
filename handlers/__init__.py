"""Use cases: the conversations of the bot, written once for every channel."""

from bot.core.router import Router
from handlers import decks, onboarding, privacy, programs, roles, submissions, teams


def build_router() -> Router:
    """Every feature's router, in order. Onboarding holds the fallback and the shared commands."""
    router = Router()
    for feature in (
        onboarding.router,
        programs.router,
        teams.router,
        roles.router,
        privacy.router,
        submissions.router,
        decks.router,
    ):
        router.include(feature)
    return router
