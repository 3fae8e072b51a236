"""Organizer broadcasts: the composer, its audiences and attachment, live progress and the
final report, and the list of past broadcasts."""

from bot.core.feature import Feature
from handlers.broadcast import compose, pages, progress, report

FEATURE = Feature(
    "broadcast",
    routers=(compose.router, report.router),
    renderers=(compose.renderers, progress.renderers),
    progress=progress.progress_notes,
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
