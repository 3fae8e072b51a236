"""Pitch decks: handing them in (with receipts), a team's versions, and what organizers need:
every team's state per stage, a ZIP of the latest decks, extensions, notices."""

from bot.core.feature import Feature
from handlers.decks import extend, pages, review, submit

FEATURE = Feature(
    "decks",
    routers=(submit.router, review.router, extend.router),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
