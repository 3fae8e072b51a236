"""Organizer broadcasts: the composer, its audiences and attachment, live progress and the
final report, and the list of past broadcasts."""

from bot.core.feature import Feature
from handlers.broadcast import compose, lifecycle, pages, progress, report, scheduled

FEATURE = Feature(
    "broadcast",
    routers=(compose.router, report.router, scheduled.router),
    renderers=(compose.renderers, progress.renderers),
    planners=(lifecycle.PLANNER,),
    progress=progress.progress_notes,
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
