"""Teams: registration, invites and membership, the team card, and the organizers' views."""

from bot.core.router import Router
from handlers.teams import card, edit, membership, organizer, registration

router = Router()
for feature in (
    registration.router,
    card.router,
    membership.router,
    edit.router,
    organizer.router,
):
    router.include(feature)
