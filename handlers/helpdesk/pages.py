"""The Helpdesk page of the dashboard: the open questions (the question, who asked, how old,
whose turn), the answer-time figures, and one thread with its messages, where an organizer
answers, claims or closes it.

The actions are the chat's use cases (``threads.answer``, ``claim``, ``close``): an answer is
an outbox row with the purpose ``human_reply``, so it reaches the person on their channel
under the same rules as one written in the chat (Messenger's window and ``HUMAN_AGENT`` tag,
Telegram's pacing). Every action checks on the server that the thread is of the organizer's
program and that they organize it. As in the chat, a thread someone else has is answered
only by taking it over knowingly: the page says who has it and its button says "take over";
an answer posted on a page that was shown before someone else took the thread is refused with
the text kept in the form, and an answer posted as the thread is being closed still goes.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core import pages as p
from bot.core.exports import Sheet
from bot.core.messages import ArgValue, LanguageNames, Msg, Verbatim
from bot.core.roles import Role
from handlers.helpdesk.listing import who
from handlers.helpdesk.notices import about, name_of, said
from handlers.helpdesk.queries import (
    EXPORT_COLUMNS,
    ThreadSummary,
    export_rows,
    helpdesk_stats,
    open_threads,
)
from handlers.helpdesk.threads import answer, claim, close, desk, is_organizer
from handlers.helpdesk.writing import text_error
from storage.helpdesk import TEXT_MAX, HelpdeskThread, Side, ThreadState

SLUG = "helpdesk"


def _shown(value: ArgValue) -> Msg:
    """A value the translator formats (a duration, language names, a text a person wrote) as
    a table cell."""
    return Msg("helpdesk-dash-value", {"value": value})


def _duration(length: timedelta | None) -> Msg:
    return Msg("helpdesk-stats-none") if length is None else _shown(length)


def _state(thread: ThreadSummary) -> p.Badge:
    if thread.awaiting == "person":
        return p.Badge(Msg("helpdesk-state-answered"), "ok")
    if thread.claimed_by is None:
        return p.Badge(Msg("helpdesk-state-unclaimed"), "bad")
    return p.Badge(Msg("helpdesk-state-claimed", {"name": thread.claimed_by}), "warn")


def _waiting(ctx: p.PageContext, thread: ThreadSummary) -> Msg:
    return Msg(f"helpdesk-dash-waiting-{thread.awaiting}", {"length": thread.waiting(ctx.now())})


def _question(thread: ThreadSummary) -> Verbatim | Msg:
    return Verbatim(thread.excerpt) if thread.excerpt else Msg("helpdesk-deleted")


def _row(ctx: p.PageContext, thread: ThreadSummary) -> list[p.Cell]:
    return [
        p.Link(Verbatim(f"#{thread.number}"), SLUG, {"thread": thread.number}),
        _question(thread),
        who(thread),
        _duration(ctx.now() - thread.opened_at),
        [_state(thread), _waiting(ctx, thread)],
    ]


COLUMNS = (
    Msg("dash-col-number"),
    Msg("helpdesk-dash-col-question"),
    Msg("helpdesk-dash-col-asker"),
    Msg("helpdesk-dash-col-age"),
    Msg("dash-col-status"),
)


async def _overview(ctx: p.PageContext, program_id: str) -> list[p.Block]:
    threads = await open_threads(ctx.uow, program_id)
    stats = await helpdesk_stats(ctx.uow, program_id)
    return [
        p.Section(
            Msg("helpdesk-dash-open", {"count": len(threads)}),
            [
                p.Table(
                    COLUMNS,
                    [_row(ctx, t) for t in threads],
                    empty=Msg("helpdesk-list-empty"),
                    name="threads",
                )
            ],
            name="open",
        ),
        p.Section(
            Msg("helpdesk-dash-figures"),
            [
                p.Stats(
                    [
                        p.Stat(Msg("helpdesk-dash-stat-open"), stats.open, "open"),
                        p.Stat(
                            Msg("helpdesk-dash-stat-unanswered"), stats.unanswered, "unanswered"
                        ),
                        p.Stat(Msg("helpdesk-dash-stat-closed"), stats.closed, "closed"),
                    ]
                ),
                p.Table(
                    [Msg("helpdesk-dash-col-first-answer"), Msg("helpdesk-dash-col-close")],
                    [[_duration(stats.median_first_answer), _duration(stats.median_close)]],
                    name="medians",
                ),
                p.Paragraph(Msg("helpdesk-dash-slowest"), "muted"),
                p.Table(
                    COLUMNS,
                    [_row(ctx, t) for t in stats.slowest],
                    empty=Msg("helpdesk-stats-no-waiting"),
                    name="slowest",
                ),
            ],
            name="figures",
        ),
    ]


async def _state_of(ctx: p.PageContext, thread: HelpdeskThread) -> Msg:
    if thread.erased_at is not None:
        return Msg("helpdesk-deleted")
    if thread.state == ThreadState.CLOSED:
        return Msg("helpdesk-state-closed")
    if thread.claimed_by is None:
        return Msg("helpdesk-state-unclaimed")
    return Msg("helpdesk-state-claimed", {"name": await name_of(ctx.uow, thread.claimed_by)})


def _answer_form(thread: HelpdeskThread, take_over: bool) -> p.Form:
    label = "helpdesk-dash-button-take-over-send" if take_over else "helpdesk-dash-button-send"
    fields: list[p.Field] = [
        p.Hidden("thread", thread.id),
        p.TextInput(
            "text", Msg("helpdesk-dash-answer"), multiline=True, required=True, max_length=TEXT_MAX
        ),
    ]
    if take_over:
        fields.append(p.Hidden("take_over", "1"))
    return p.Form(fields, [p.Submit(Msg(label), "answer")], name="answer")


async def _thread_view(ctx: p.PageContext, thread: HelpdeskThread) -> list[p.Block]:
    me = ctx.participant.id
    facts = p.Table(
        [
            Msg("helpdesk-dash-col-asker"),
            Msg("helpdesk-dash-col-about"),
            Msg("dash-col-language"),
            Msg("helpdesk-dash-col-opened"),
            Msg("dash-col-status"),
        ],
        [
            [
                _shown(await name_of(ctx.uow, thread.asker_id)),
                await about(ctx.uow, thread),
                _shown(LanguageNames((thread.language,))),
                thread.created_at,
                await _state_of(ctx, thread),
            ]
        ],
        name="thread",
    )
    blocks: list[p.Block] = [p.Link(Msg("helpdesk-dash-back"), SLUG)]
    if thread.erased_at is not None:
        blocks.append(
            p.Section(
                Msg("helpdesk-dash-thread", {"number": thread.id}),
                [facts, p.Callout(Msg("helpdesk-dash-erased", {"at": thread.erased_at}))],
            )
        )
        return blocks
    rows: list[list[p.Cell]] = []
    for message in await desk(ctx.uow).messages(thread.id):
        author = (
            Msg("helpdesk-side-asker")
            if message.side == Side.ASKER
            else Msg("helpdesk-side-organizer", {"name": await name_of(ctx.uow, message.author_id)})
        )
        rows.append([message.created_at, author, _shown(said(message))])
    section: list[p.Block] = [
        facts,
        p.Table(
            [
                Msg("dash-col-when"),
                Msg("helpdesk-dash-col-author"),
                Msg("helpdesk-dash-col-message"),
            ],
            rows,
            name="messages",
        ),
    ]
    if thread.state != ThreadState.OPEN:
        section.append(p.Callout(Msg("helpdesk-already-closed", {"number": thread.id})))
    elif thread.asker_id is None:
        section.append(p.Callout(Msg("helpdesk-asker-gone", {"number": thread.id}), "bad"))
    else:
        taken = thread.claimed_by not in (None, me)
        if taken:
            name = await name_of(ctx.uow, thread.claimed_by)
            section.append(p.Callout(Msg("helpdesk-dash-taken", {"name": name})))
        section.append(_answer_form(thread, taken))
        if thread.claimed_by != me:
            label = "helpdesk-button-take-over" if taken else "helpdesk-button-claim"
            section.append(p.Button(Msg(label), "claim", {"thread": thread.id}))
        section.append(
            p.Button(
                Msg("helpdesk-button-close"),
                "close",
                {"thread": thread.id},
                confirm=Msg("helpdesk-dash-confirm-close", {"number": thread.id}),
            )
        )
    blocks.append(p.Section(Msg("helpdesk-dash-thread", {"number": thread.id}), section))
    return blocks


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    if program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    number = ctx.int_param("thread")
    if number is not None:
        thread = await desk(ctx.uow).get(number)
        if thread is not None and thread.program_id == program.id:
            return await _thread_view(ctx, thread)
    blocks: list[p.Block] = []
    if ctx.param("thread"):
        blocks.append(p.Callout(Msg("helpdesk-dash-unknown"), "bad"))
    return blocks + await _overview(ctx, program.id)


async def _thread(ctx: p.PageContext, form: p.FormData) -> HelpdeskThread | None:
    """The posted thread, locked, if it is of the organizer's program and they organize it."""
    number = form.number("thread")
    thread = await desk(ctx.uow).get_for_update(number) if number is not None else None
    if (
        thread is None
        or ctx.program is None
        or thread.program_id != ctx.program.id
        or not is_organizer(ctx.participant, thread)
    ):
        return None
    return thread


UNKNOWN = p.Outcome(Msg("helpdesk-dash-unknown"), ok=False)


async def answer_thread(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    thread = await _thread(ctx, form)
    if thread is None:
        return UNKNOWN
    text = form.text("text").strip()
    problem = text_error(text)
    if problem is not None:
        return p.Outcome(problem, ok=False)
    if thread.erased_at is not None or thread.asker_id is None:
        return p.Outcome(Msg("helpdesk-asker-gone", {"number": thread.id}), ok=False)
    me = ctx.participant
    if thread.claimed_by not in (None, me.id):
        if form.text("take_over") != "1":
            name = await name_of(ctx.uow, thread.claimed_by)
            return p.Outcome(Msg("helpdesk-dash-taken", {"name": name}), ok=False)
        await claim(ctx.uow, ctx.settings, thread, me, ctx.now())
    await answer(ctx.uow, ctx.settings, thread, me, text, None, ctx.now())
    return p.Outcome(
        Msg(
            "helpdesk-reply-sent",
            {"number": thread.id, "asker": await name_of(ctx.uow, thread.asker_id)},
        ),
        go={"thread": thread.id},
        audit={"thread": thread.id},
    )


async def claim_thread(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    thread = await _thread(ctx, form)
    if thread is None:
        return UNKNOWN
    if thread.state != ThreadState.OPEN:
        return p.Outcome(Msg("helpdesk-already-closed", {"number": thread.id}), ok=False)
    if thread.claimed_by == ctx.participant.id:
        return p.Outcome(Msg("helpdesk-yours-already", {"number": thread.id}), ok=False)
    await claim(ctx.uow, ctx.settings, thread, ctx.participant, ctx.now())
    return p.Outcome(
        Msg("helpdesk-dash-claimed", {"number": thread.id}),
        go={"thread": thread.id},
        audit={"thread": thread.id},
    )


async def close_thread(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    thread = await _thread(ctx, form)
    if thread is None:
        return UNKNOWN
    if thread.state != ThreadState.OPEN:
        return p.Outcome(Msg("helpdesk-already-closed", {"number": thread.id}), ok=False)
    await close(ctx.uow, thread, ctx.participant, ctx.now())
    return p.Outcome(Msg("helpdesk-closed", {"number": thread.id}), audit={"thread": thread.id})


async def threads_table(ctx: p.PageContext) -> Sheet:
    rows = await export_rows(ctx.uow, ctx.program.id) if ctx.program else []
    return Sheet("helpdesk", EXPORT_COLUMNS, rows)


PAGE = p.Page(
    SLUG,
    "helpdesk-dash-page",
    view,
    roles=(Role.ORGANIZER,),
    actions=(
        p.Action("answer", answer_thread),
        p.Action("claim", claim_thread),
        p.Action("close", close_thread),
    ),
    order=45,
)
EXPORT = p.Export("helpdesk", "helpdesk-dash-export", table=threads_table)
