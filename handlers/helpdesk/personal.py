"""What the helpdesk keeps about a person, for /privacy and /delete_me: the questions they
asked (with everything said in them) and, for an organizer, the answers they wrote.

/delete_me empties the texts and files of the person's threads and closes them; the threads
stay, "deleted by the person", so the organizers' figures stay true. An organizer's name
goes from the threads they answered; what they wrote stays in the askers' threads.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Msg
from bot.core.router import PersonalData, Router
from handlers.helpdesk.threads import desk
from storage.helpdesk import HelpdeskMessage, HelpdeskThread

router = Router()


async def describe(ctx: Context) -> list[Msg]:
    lines = []
    asked = await desk(ctx.uow).asked_by(ctx.participant.id)
    if asked:
        lines.append(Msg("helpdesk-privacy-asked", {"count": len(asked)}))
    answered = await desk(ctx.uow).answers_by(ctx.participant.id)
    if answered:
        lines.append(Msg("helpdesk-privacy-answered", {"count": answered}))
    return lines


async def erase(ctx: Context) -> None:
    await desk(ctx.uow).erase_asker(ctx.participant.id, ctx.now())
    await desk(ctx.uow).unlink_organizer(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "helpdesk",
        (HelpdeskThread.__tablename__, HelpdeskMessage.__tablename__),
        describe,
        erase,
    )
)
