"""The helpdesk: a participant asks the organizers (/ask), the program's FAQ answers first
where it can, organizers claim, answer and close threads from the chat (/helpdesk), and the
answers reach the person on their channel within its rules for human replies.

For other features: ``open_thread`` opens a thread on someone's behalf; ``open_threads``
and ``helpdesk_stats`` return the organizers' view as plain values, which the dashboard's
Helpdesk page (``pages.py``) shows too.
"""

from bot.core.feature import Feature
from handlers.helpdesk import answer, ask, listing, notices, pages, personal, reminders
from handlers.helpdesk.queries import HelpdeskStats, ThreadSummary, helpdesk_stats, open_threads
from handlers.helpdesk.threads import StoredFile, open_thread

FEATURE = Feature(
    "helpdesk",
    routers=(ask.router, answer.router, listing.router, personal.router),
    renderers=(notices.renderers,),
    planners=(reminders.PLANNER,),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)

__all__ = [
    "FEATURE",
    "HelpdeskStats",
    "StoredFile",
    "ThreadSummary",
    "helpdesk_stats",
    "open_thread",
    "open_threads",
]
