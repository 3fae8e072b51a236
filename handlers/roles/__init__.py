"""Roles given by invitation (mentor, organizer, per program) and taken away again; the invite
codes that team invites share (``codes.py``)."""

from bot.core.feature import Feature
from handlers.roles import invites, revoke

FEATURE = Feature("roles", routers=(invites.router, revoke.router))
