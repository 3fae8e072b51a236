"""Progress reports and KPIs: teams report the program's indicators in the chat on its
cadence (/report), late reporters are reminded, a "help needed" answer reaches the organizers,
and organizers see the indicators per team and in total (/kpis, the dashboard's Progress
page) as a table, a workbook, a CSV and charts."""

from bot.core.feature import Feature
from handlers.progress import asks, form, help, organizer, pages, subscriptions

FEATURE = Feature(
    "progress",
    routers=(form.router, organizer.router, subscriptions.router),
    renderers=(asks.renderers, help.renderers),
    planners=(asks.PLANNER,),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
