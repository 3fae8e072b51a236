"""Co-creation matching: teams publish their project (/showcase), visitors (companies,
investors, researchers) browse the projects in their language (/projects, the deep link
``projects``) and ask for introductions, team leads accept or decline, and organizers see every
lead (/leads). See docs/matching.md."""

from bot.core.feature import Feature
from handlers.matching import (
    browse,
    expiry,
    indicators,
    introductions,
    leads,
    personal,
    showcase,
    visitors,
)

FEATURE = Feature(
    "matching",
    routers=(
        showcase.router,
        visitors.router,
        browse.router,
        introductions.router,
        leads.router,
        personal.router,
    ),
    renderers=(expiry.renderers,),
    planners=(expiry.PLANNER,),
    exports=(leads.EXPORT,),
    indicators=indicators.program_indicators,
)
