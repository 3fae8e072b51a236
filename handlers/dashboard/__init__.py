"""The organizer dashboard's side in the chat (/dashboard, the sign-in link) and its Overview
page: the program at a glance."""

from bot.core.feature import Feature
from handlers.dashboard import overview, signin

FEATURE = Feature("dashboard", routers=(signin.router,), pages=(overview.PAGE,))
