"""The organizer dashboard: a web adapter beside the chat channels (Starlette + Jinja2).

It renders the pages the features declare (``bot/core/pages.py``) and never holds a rule of
the program: every view and action is a feature's use case. The wiring (``bot/app.py``) hands
it the pages of ``FEATURES`` with ``DashboardParts``; ``Dashboard(parts).routes`` go on the web
server of ``serve`` and of the console chat.
"""

from bot.dashboard.app import Dashboard, DashboardParts

__all__ = ["Dashboard", "DashboardParts"]
