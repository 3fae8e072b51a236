"""The roles a person can hold, defined once. Team roles (lead, member) live with teams
(``storage.teams.TeamRole``); these are given by invitation or on the command line, for one
program or, without one, for every program (``BOT_ORGANIZERS``)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ORGANIZER = "organizer"
    MENTOR = "mentor"
    JUDGE = "judge"
    """Scores the teams of a program's selection rounds."""
    STAFF = "staff"
    """Checks people in at a program's events; organizers have it implicitly."""


INVITABLE_ROLES = (Role.MENTOR, Role.JUDGE, Role.STAFF, Role.ORGANIZER)
"""Roles an organizer may invite someone to, in the order they are offered."""
