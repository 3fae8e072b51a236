"""Use cases: the conversations of the bot, written once for every channel."""

from bot.core.router import Router
from handlers import onboarding, privacy, programs, roles, teams


def build_router() -> Router:
    """Every feature's router, in order. Onboarding holds the fallback and the shared commands."""
    router = Router()
    for feature in (onboarding.router, programs.router, teams.router, roles.router, privacy.router):
        router.include(feature)
    return router
