"""Answering: an organizer's Claim, Take over, Reply and Close on a thread, and the asker's
Write back and Close.

Every press is checked on the server when it acts: an organizer's buttons need the organizer
role (the router) in the thread's own program (here), the asker's buttons the asker of the
thread. Reply opens the flow ``hdreply``: the organizer's next message (text, or a file with
or without words) goes to the asker as it is. Write back opens ``hdmore``: the asker's next
message reaches whoever claimed the thread. A thread someone else claimed is answered after
taking it over, so two organizers do not answer one question unknowingly; an answer being
written when someone else takes the thread or closes it still goes, rather than being lost.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Attachment, Msg, Reply
from bot.core.refusal import refuse
from bot.core.roles import Role
from bot.core.router import Router
from handlers.helpdesk.buttons import AskerAct, AskerButton, DeskAct, DeskButton
from handlers.helpdesk.notices import desk_buttons, name_of, said
from handlers.helpdesk.show import show_thread
from handlers.helpdesk.threads import answer, claim, close, desk, follow_up, is_organizer
from handlers.helpdesk.writing import Written, sent_file, typed
from storage.helpdesk import HelpdeskThread, ThreadState

router = Router()


async def _thread_for_organizer(ctx: Context, thread_id: int) -> HelpdeskThread | None:
    """The thread, locked, if the sender is an organizer of its program; else ``None`` after
    saying why."""
    thread = await desk(ctx.uow).get_for_update(thread_id)
    if thread is None:
        await ctx.router.flows.stale(ctx)
        return None
    if not is_organizer(ctx.participant, thread):
        refuse(ctx, (Role.ORGANIZER,))
        return None
    return thread


async def _taken_by_another(ctx: Context, thread: HelpdeskThread) -> bool:
    """``True`` (the organizer told, with Take over) when someone else has the thread."""
    if thread.claimed_by in (None, ctx.participant.id):
        return False
    ctx.send(
        Reply(
            Msg(
                "helpdesk-claimed-by",
                {"number": thread.id, "name": await name_of(ctx.uow, thread.claimed_by)},
            ),
            desk_buttons(thread, DeskAct.TAKE_OVER),
        )
    )
    return True


def _closed(ctx: Context, thread: HelpdeskThread) -> bool:
    if thread.state == ThreadState.OPEN:
        return False
    ctx.reply("helpdesk-already-closed", number=thread.id)
    return True


@router.button(DeskButton, roles=(Role.ORGANIZER,))
async def desk_pressed(ctx: Context, pressed: DeskButton) -> None:
    thread = await _thread_for_organizer(ctx, pressed.thread)
    if thread is None:
        return
    if pressed.act == DeskAct.SHOW:
        await show_thread(ctx, thread)
        return
    if _closed(ctx, thread):
        return
    now = ctx.now()
    if pressed.act == DeskAct.CLOSE:
        await close(ctx.uow, thread, ctx.participant, now)
        ctx.reply("helpdesk-closed", number=thread.id)
        return
    if pressed.act == DeskAct.CLAIM and thread.claimed_by == ctx.participant.id:
        ctx.send(
            Reply(
                Msg("helpdesk-yours-already", {"number": thread.id}),
                desk_buttons(thread, DeskAct.REPLY, DeskAct.CLOSE),
            )
        )
        return
    if pressed.act in (DeskAct.CLAIM, DeskAct.REPLY) and await _taken_by_another(ctx, thread):
        return
    if pressed.act in (DeskAct.CLAIM, DeskAct.TAKE_OVER):
        await claim(ctx.uow, ctx.settings, thread, ctx.participant, now)
        ctx.send(
            Reply(
                Msg("helpdesk-claimed", {"number": thread.id}),
                desk_buttons(thread, DeskAct.REPLY, DeskAct.CLOSE),
            )
        )
        return
    await ctx.router.flows.start(ctx, REPLY, {"thread": thread.id})


async def _ask_reply(ctx: Context) -> Prompt:
    thread = await desk(ctx.uow).get(int(flow_data(ctx)["thread"]))
    messages = await desk(ctx.uow).messages(thread.id) if thread else []
    asked = [m for m in messages if m.side == "asker"]
    return Prompt(
        Msg(
            "helpdesk-reply-prompt",
            {
                "number": thread.id if thread else 0,
                "asker": await name_of(ctx.uow, thread.asker_id if thread else None),
                "text": said(asked[-1]) if asked else "",
            },
        )
    )


async def _reply(ctx: Context, written: Written | None) -> str:
    if written is None:
        return STAY
    thread = await _thread_for_organizer(ctx, int(flow_data(ctx)["thread"]))
    if thread is None:
        return DONE
    # Closed or taken over while the organizer was writing: the answer still goes (it would
    # be lost otherwise), without changing who has the thread.
    if thread.asker_id is None:
        ctx.reply("helpdesk-asker-gone", number=thread.id)
        return DONE
    text, file = written
    await answer(ctx.uow, ctx.settings, thread, ctx.participant, text, file, ctx.now())
    ctx.reply(
        "helpdesk-reply-sent", number=thread.id, asker=await name_of(ctx.uow, thread.asker_id)
    )
    return DONE


async def _reply_text(ctx: Context, text: str) -> str:
    return await _reply(ctx, typed(ctx, text))


async def _reply_file(ctx: Context, attachment: Attachment) -> str:
    return await _reply(ctx, await sent_file(ctx, attachment))


REPLY = router.add_flow(
    Flow(
        "hdreply",
        [Step("write", _ask_reply, on_text=_reply_text, on_attachment=_reply_file)],
        roles=(Role.ORGANIZER,),
    )
)


async def _thread_of_asker(ctx: Context, thread_id: int) -> HelpdeskThread | None:
    """The thread, if the sender asked it; else ``None`` after saying why."""
    thread = await desk(ctx.uow).get_for_update(thread_id)
    if thread is None or thread.erased_at is not None:
        await ctx.router.flows.stale(ctx)
        return None
    if thread.asker_id != ctx.participant.id:
        refuse(ctx, ())
        return None
    if thread.state != ThreadState.OPEN:
        ctx.reply("helpdesk-asker-closed", number=thread.id)
        return None
    return thread


@router.button(AskerButton)
async def asker_pressed(ctx: Context, pressed: AskerButton) -> None:
    thread = await _thread_of_asker(ctx, pressed.thread)
    if thread is None:
        return
    if pressed.act == AskerAct.CLOSE:
        await close(ctx.uow, thread, ctx.participant, ctx.now())
        ctx.reply("helpdesk-you-closed", number=thread.id)
        return
    await ctx.router.flows.start(ctx, MORE, {"thread": thread.id})


async def _ask_more(ctx: Context) -> Prompt:
    return Prompt(Msg("helpdesk-more-prompt", {"number": int(flow_data(ctx)["thread"])}))


async def _more(ctx: Context, written: Written | None) -> str:
    if written is None:
        return STAY
    thread = await _thread_of_asker(ctx, int(flow_data(ctx)["thread"]))
    if thread is None:
        return DONE
    text, file = written
    await follow_up(ctx.uow, ctx.settings, thread, ctx.participant, text, file, ctx.now())
    ctx.reply("helpdesk-more-sent", number=thread.id)
    return DONE


async def _more_text(ctx: Context, text: str) -> str:
    return await _more(ctx, typed(ctx, text))


async def _more_file(ctx: Context, attachment: Attachment) -> str:
    return await _more(ctx, await sent_file(ctx, attachment))


MORE = router.add_flow(
    Flow("hdmore", [Step("write", _ask_more, on_text=_more_text, on_attachment=_more_file)])
)
