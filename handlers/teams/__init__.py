"""Teams: registration, invites and membership, the team card, and the organizers' views."""

from bot.core.feature import Feature
from handlers.teams import card, edit, membership, organizer, pages, registration

FEATURE = Feature(
    "teams",
    routers=(
        registration.router,
        card.router,
        membership.router,
        edit.router,
        organizer.router,
    ),
    pages=(pages.PAGE,),
    exports=(pages.EXPORT,),
)
