"""/helpdesk: the organizers' list of open threads, ``/helpdesk stats`` (how fast they are
answered and closed) and ``/helpdesk export`` (every thread with its messages, as CSV)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.exports import CSV_MIME, csv_bytes
from bot.core.messages import Button, Document, Msg
from bot.core.roles import Role
from bot.core.router import Router
from handlers.helpdesk.buttons import DeskAct, DeskButton
from handlers.helpdesk.queries import (
    EXPORT_COLUMNS,
    ThreadSummary,
    export_rows,
    helpdesk_stats,
    open_threads,
)

router = Router()

MAX_BUTTONS = 10
"""Threads with a button under the list (the first ones: those that wait longest)."""


def _line(ctx: Context, thread: ThreadSummary) -> Msg:
    if thread.claimed_by is None and thread.awaiting == "organizers":
        state = Msg("helpdesk-state-unclaimed")
    elif thread.awaiting == "organizers":
        state = Msg(
            "helpdesk-state-claimed", {"name": thread.claimed_by or Msg("helpdesk-someone")}
        )
    else:
        state = Msg("helpdesk-state-answered")
    return Msg(
        f"helpdesk-line-{thread.awaiting}",
        {
            "number": thread.number,
            "waiting": thread.waiting(ctx.now()),
            "who": who(thread),
            "state": state,
            "excerpt": thread.excerpt,
        },
    )


def who(thread: ThreadSummary) -> Msg:
    """Who asked, with their team when they asked about it (the chat's list and the page)."""
    asker = thread.asker or Msg("helpdesk-someone")
    if thread.team is None:
        return Msg("helpdesk-who", {"asker": asker})
    return Msg("helpdesk-who-team", {"asker": asker, "team": thread.team})


def _open_button(thread: ThreadSummary) -> Button:
    return Button(
        Msg("helpdesk-button-show", {"number": thread.number}),
        DeskButton(DeskAct.SHOW, thread.number).pack(),
    )


async def _list(ctx: Context, program_id: str) -> None:
    threads = await open_threads(ctx.uow, program_id)
    if not threads:
        ctx.reply("helpdesk-list-empty")
        return
    ctx.reply(
        "helpdesk-list",
        buttons=[_open_button(t) for t in threads[:MAX_BUTTONS]],
        count=len(threads),
        threads=[_line(ctx, t) for t in threads],
    )


async def _stats(ctx: Context, program_id: str) -> None:
    stats = await helpdesk_stats(ctx.uow, program_id)
    never = Msg("helpdesk-stats-none")
    ctx.reply(
        "helpdesk-stats",
        buttons=[_open_button(t) for t in stats.slowest],
        open=stats.open,
        unanswered=stats.unanswered,
        closed=stats.closed,
        first_answer=stats.median_first_answer if stats.median_first_answer is not None else never,
        close=stats.median_close if stats.median_close is not None else never,
        slowest=[_line(ctx, t) for t in stats.slowest] or [Msg("helpdesk-stats-no-waiting")],
    )


async def _export(ctx: Context, program_id: str) -> None:
    rows = await export_rows(ctx.uow, program_id)
    ctx.reply(
        "helpdesk-export",
        document=Document(f"helpdesk-{program_id}.csv", csv_bytes(EXPORT_COLUMNS, rows), CSV_MIME),
        count=len(rows),
    )


@router.command("helpdesk", help_id="help-helpdesk", roles=(Role.ORGANIZER,))
async def helpdesk(ctx: Context) -> None:
    program_id = ctx.participant.program_id
    if program_id is None:
        ctx.reply("helpdesk-no-program")
        return
    argument = ctx.message.command_arg.strip().lower()
    if argument == "":
        await _list(ctx, program_id)
    elif argument == "stats":
        await _stats(ctx, program_id)
    elif argument == "export":
        await _export(ctx, program_id)
    else:
        ctx.reply("helpdesk-usage")
