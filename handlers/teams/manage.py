"""What an organizer does to a team from the dashboard: archive it, take a member out. Each is
a use case on ``Acting``, so the chat could offer it too; the people concerned are told in the
chat."""

from __future__ import annotations

from bot.core.messages import Msg, Reply
from bot.core.pages import Acting
from handlers.teams.membership import leave_team
from storage.models import Team, TeamMember


async def archive_team(actor: Acting, team: Team) -> bool:
    """Archive the team (it leaves the lists, its reminders stop); ``False`` if it already was.
    Its members stay, so it can be looked at, and are told."""
    if team.archived_at is not None:
        return False
    team.archived_at = actor.now()
    for member in team.members:
        actor.notify(
            member.participant, Reply(Msg("dash-notice-team-archived", {"team": team.name}))
        )
    return True


async def remove_member(actor: Acting, team: Team, member: TeamMember) -> None:
    """Take ``member`` out of the team as if they had left (a lead's place passes on, a team
    left empty is archived), and tell them."""
    removed = member.participant
    await leave_team(actor, team, member)
    actor.notify(removed, Reply(Msg("team-you-were-removed", {"team": team.name})))
