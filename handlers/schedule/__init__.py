"""Schedules: /schedule, /deadlines and calendar files, the reminders of a program's timeline
(deadlines, events, the morning agenda) with the planner that puts them into the outbox, and
/reminders to mute them."""

from bot.core.feature import Feature
from handlers.schedule import commands, pages, reminders, timeline

FEATURE = Feature(
    "schedule",
    routers=(commands.router, reminders.router),
    renderers=(reminders.renderers,),
    planners=(timeline.PLANNER,),
    pages=(pages.PAGE,),
)
