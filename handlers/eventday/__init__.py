"""Event day: RSVPs with a capacity and a waiting list, personal check-in codes as QR tickets,
staff check-in by scanning or by name, live attendance and updates for organizers, and feedback
from the people who came. See docs/eventday.md."""

from bot.core.feature import Feature
from handlers.eventday import (
    asks,
    attendance,
    checkin,
    feedback,
    indicators,
    news,
    pages,
    personal,
    rsvp,
    staff,
    tickets,
)

FEATURE = Feature(
    "eventday",
    routers=(
        rsvp.router,
        tickets.router,
        checkin.router,
        attendance.router,
        news.router,
        feedback.router,
        staff.router,
        personal.router,
    ),
    renderers=(
        rsvp.renderers,
        asks.renderers,
        tickets.renderers,
        news.renderers,
        feedback.renderers,
    ),
    planners=(asks.PLANNER, rsvp.PLANNER, feedback.PLANNER),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
    indicators=indicators.program_indicators,
)
