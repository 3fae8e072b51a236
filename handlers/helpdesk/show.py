"""One thread as an organizer reads it: who asked what, everything said since (on the
reader's clock, which the heading names), and the buttons its state allows."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import ClockLabel, LanguageNames, LocalTime, Msg, Reply
from handlers.helpdesk.buttons import DeskAct
from handlers.helpdesk.notices import about, desk_buttons, name_of, said
from handlers.helpdesk.threads import desk
from storage.helpdesk import HelpdeskThread, Side, ThreadState


async def show_thread(ctx: Context, thread: HelpdeskThread) -> None:
    if thread.erased_at is not None:
        ctx.reply("helpdesk-thread-deleted", number=thread.id, at=LocalTime(thread.erased_at))
        return
    lines = []
    for message in await desk(ctx.uow).messages(thread.id):
        who = (
            Msg("helpdesk-side-asker")
            if message.side == Side.ASKER
            else Msg("helpdesk-side-organizer", {"name": await name_of(ctx.uow, message.author_id)})
        )
        lines.append(
            Msg(
                "helpdesk-thread-line",
                {"at": LocalTime(message.created_at, "short"), "who": who, "text": said(message)},
            )
        )
    if thread.state == ThreadState.CLOSED:
        state = Msg("helpdesk-state-closed")
    elif thread.claimed_by is None:
        state = Msg("helpdesk-state-unclaimed")
    else:
        state = Msg("helpdesk-state-claimed", {"name": await name_of(ctx.uow, thread.claimed_by)})
    acts = (DeskAct.CLAIM, DeskAct.REPLY, DeskAct.CLOSE) if thread.state == ThreadState.OPEN else ()
    ctx.send(
        Reply(
            Msg(
                "helpdesk-thread",
                {
                    "number": thread.id,
                    "asker": await name_of(ctx.uow, thread.asker_id),
                    "about": await about(ctx.uow, thread),
                    "language": LanguageNames((thread.language,)),
                    "state": state,
                    "clock": ClockLabel(),
                    "messages": lines,
                },
            ),
            desk_buttons(thread, *acts),
        )
    )
