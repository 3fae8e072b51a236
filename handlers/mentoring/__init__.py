"""Mentoring sessions: mentor profiles, assignment to teams, session requests and answers,
reminders to both sides, and the organizers' overview."""

from bot.core.feature import Feature
from handlers.mentoring import answer, notices, organizer, pages, profile, request

FEATURE = Feature(
    "mentoring",
    routers=(profile.router, organizer.router, request.router, answer.router),
    renderers=(notices.renderers,),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
