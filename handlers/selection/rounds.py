"""/rounds for organizers: each round of the program with its state and progress, and buttons
to open judging before its time or close it early (a rehearsal runs a whole funnel in one
chat this way). A round chosen from a list (``PickRound``) lands here and goes on to the
command it was chosen for."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.core.context import Context
from bot.core.messages import Button, Msg, Reply
from bot.core.roles import Role
from bot.core.router import Router
from handlers.selection.assignment import assign_and_show, start_swap
from handlers.selection.buttons import PickRound, RoundAct
from handlers.selection.common import (
    judged_teams,
    program_rounds,
    program_zone,
    repo,
    round_name,
    round_of_program,
    when,
)
from handlers.selection.decisions import start_deciding
from handlers.selection.publishing import start_publishing
from handlers.selection.ranking import show_ranking
from storage.selection import RoundState, SelectionRound

router = Router()


async def _round_line(ctx: Context, number: int, row: SelectionRound) -> Msg:
    assignments = await repo(ctx).assignments(row.id)
    reviews = await repo(ctx).reviews(row.id)
    program = await ctx.uow.programs.get(row.program_id)
    stage = next((s for s in program.stages if s.key == row.stage_key), None) if program else None
    event = next((e for e in program.events if e.key == row.event_key), None) if program else None
    return Msg(
        "sel-rounds-line",
        {
            "n": number,
            "round": round_name(row, ctx.locale),
            "id": row.key,
            "judged": Msg("sel-judged-stage", {"stage": stage.names.get(ctx.locale, stage.key)})
            if stage
            else Msg("sel-judged-live"),
            "event": event.names.get(ctx.locale, event.key) if event else "none",
            "state": row.state(ctx.now()).value,
            "opens": when(row.opens_at, program.time_zone if program else None),
            "closes": when(row.closes(), program.time_zone if program else None),
            "teams": len(await judged_teams(ctx.uow, row)),
            "judges": len({a.judge_id for a in assignments}),
            "scores": len(reviews),
            "assigned": len(assignments),
            "target": row.select_target or 0,
        },
    )


@router.command("rounds", help_id="help-rounds", roles=(Role.ORGANIZER,))
async def rounds(ctx: Context) -> None:
    found = await program_rounds(ctx)
    if not found:
        ctx.reply("sel-no-rounds")
        return
    buttons = []
    for number, row in enumerate(found, start=1):
        state = row.state(ctx.now())
        if state == RoundState.PLANNED:
            buttons.append(
                Button(
                    Msg("sel-button-open", {"n": number}), PickRound(RoundAct.OPEN, row.id).pack()
                )
            )
        elif state == RoundState.OPEN:
            buttons.append(
                Button(
                    Msg("sel-button-close", {"n": number}), PickRound(RoundAct.CLOSE, row.id).pack()
                )
            )
    ctx.reply(
        "sel-rounds",
        buttons=buttons,
        lines=[await _round_line(ctx, number, row) for number, row in enumerate(found, start=1)],
    )


async def _open_now(ctx: Context, row: SelectionRound) -> None:
    name = round_name(row, ctx.locale)
    if row.state(ctx.now()) != RoundState.PLANNED:
        ctx.reply("sel-round-not-planned", round=name)
        return
    row.opened_at = ctx.now()
    closes = when(row.closes(), await program_zone(ctx.uow, row))
    ctx.reply("sel-round-opened", round=name, closes=closes)
    counts: dict[int, int] = {}
    for assignment in await repo(ctx).assignments(row.id):
        counts[assignment.judge_id] = counts.get(assignment.judge_id, 0) + 1
    for judge in await ctx.uow.participants.many(counts):
        locale = judge.language or ctx.settings.default_language
        notice = Msg(
            "sel-judging-opened",
            {"round": round_name(row, locale), "n": counts[judge.id], "closes": closes},
        )
        if judge.id == ctx.participant.id:
            ctx.send(Reply(notice))
        else:
            ctx.notify(judge, Reply(notice))


async def _close_now(ctx: Context, row: SelectionRound) -> None:
    name = round_name(row, ctx.locale)
    if row.state(ctx.now()) != RoundState.OPEN:
        ctx.reply("sel-round-not-open", round=name)
        return
    row.closed_at = ctx.now()
    ctx.reply("sel-round-closed", round=name, id=row.key)


ACTIONS: dict[RoundAct, Callable[[Context, SelectionRound], Awaitable[None]]] = {
    RoundAct.ASSIGN: assign_and_show,
    RoundAct.SWAP: start_swap,
    RoundAct.RANK: show_ranking,
    RoundAct.DECIDE: start_deciding,
    RoundAct.PUBLISH: start_publishing,
    RoundAct.OPEN: _open_now,
    RoundAct.CLOSE: _close_now,
}


@router.button(PickRound, roles=(Role.ORGANIZER,))
async def picked(ctx: Context, pressed: PickRound) -> None:
    row = await round_of_program(ctx, pressed.round)
    if row is not None:
        await ACTIONS[pressed.act](ctx, row)
