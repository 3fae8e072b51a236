"""Mentoring sessions: mentor profiles, assignment to teams, session requests and answers,
reminders to both sides, and the organizers' overview."""

from bot.core.router import Router
from handlers.mentoring import answer, organizer, profile, request
from handlers.mentoring.notices import renderers

router = Router()
for feature in (profile.router, organizer.router, request.router, answer.router):
    router.include(feature)

__all__ = ["renderers", "router"]
