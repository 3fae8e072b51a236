"""Selection rounds: judges score the teams' decks (or live pitches), organizers rank and
decide, and every team hears its result in its language; a team left out stops hearing about
the program's later stages. See docs/selection.md."""

from bot.core.feature import Feature
from handlers.selection import (
    assignment,
    decisions,
    judges,
    judging,
    pages,
    publishing,
    ranking,
    reminders,
    rounds,
)

FEATURE = Feature(
    "selection",
    routers=(
        judges.router,
        rounds.router,
        assignment.router,
        judging.router,
        ranking.router,
        decisions.router,
        publishing.router,
    ),
    renderers=(publishing.renderers, reminders.renderers),
    planners=(reminders.PLANNER,),
    pages=(pages.PAGE,),
    exports=pages.EXPORTS,
)
