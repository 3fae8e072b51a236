"""Use cases: the conversations of the bot, written once for every channel.

Every feature is one package or module here exporting one ``Feature``; ``FEATURES`` is the one
list of them, in routing order (onboarding holds the fallback and the shared commands). Adding
a feature is one package and one line below.
"""

from bot.core.feature import Feature
from handlers import (
    broadcast,
    dashboard,
    decks,
    eventday,
    helpdesk,
    matching,
    mentoring,
    onboarding,
    privacy,
    programs,
    progress,
    roles,
    schedule,
    selection,
    teams,
)

FEATURES: tuple[Feature, ...] = (
    onboarding.FEATURE,
    programs.FEATURE,
    schedule.FEATURE,
    teams.FEATURE,
    roles.FEATURE,
    privacy.FEATURE,
    decks.FEATURE,
    mentoring.FEATURE,
    broadcast.FEATURE,
    helpdesk.FEATURE,
    eventday.FEATURE,
    selection.FEATURE,
    dashboard.FEATURE,
    progress.FEATURE,
    matching.FEATURE,
)
