"""The buttons of a session: confirm a proposed time, propose another, decline, reschedule,
cancel, mark held or no-show, rate; and the flows behind the ones that need typing.

Payload ``SessionButton`` (action, session, version, n). A button whose version is not the
session's current one was pressed after the session changed: the person is told so.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg
from bot.core.router import PersonalData, Router
from handlers.mentoring.buttons import SessionAct, SessionButton
from handlers.mentoring.common import both_clocks, leads, length, members, other_side_zone
from handlers.mentoring.notices import replan
from handlers.mentoring.times import time_problem, times_step
from storage.mentoring import SessionState
from storage.models import MentoringSession

router = Router()

REASON_MAX = 500
NOTE_MAX = 2000


def _bump(session: MentoringSession, now: datetime) -> None:
    session.version += 1
    session.updated_at = now


async def _side(ctx: Context, session: MentoringSession) -> str | None:
    """``mentor``, ``lead`` (a lead of the session's team), ``team`` (another member), or None."""
    if ctx.participant.id == session.mentor_id:
        return "mentor"
    team = await ctx.uow.teams.get(session.team_id)
    if team is None:
        return None
    if ctx.participant.id in leads(team):
        return "lead"
    return "team" if ctx.participant.id in members(team) else None


ALLOWED = {
    # action: (states it applies to, sides that may press it)
    SessionAct.CONFIRM: ((SessionState.REQUESTED,), ("awaited",)),
    SessionAct.PROPOSE: ((SessionState.REQUESTED,), ("awaited",)),
    SessionAct.DECLINE: ((SessionState.REQUESTED,), ("awaited",)),
    SessionAct.RESCHEDULE: ((SessionState.CONFIRMED,), ("mentor", "lead")),
    SessionAct.CANCEL: ((SessionState.CONFIRMED,), ("mentor", "lead")),
    SessionAct.HELD: ((SessionState.CONFIRMED,), ("mentor",)),
    SessionAct.NO_SHOW: ((SessionState.CONFIRMED,), ("mentor",)),
    SessionAct.RATE: ((SessionState.HELD,), ("lead", "team")),
}


async def _load(ctx: Context, pressed: SessionButton) -> MentoringSession | None:
    """The session if the pressed button still applies to it; else says why and ``None``."""
    session = await ctx.uow.mentoring.get(pressed.session)
    if session is None:
        await ctx.router.flows.stale(ctx)
        return None
    if session.version != pressed.version:
        _changed(ctx, session)
        return None
    return session


def _changed(ctx: Context, session: MentoringSession) -> None:
    ctx.reply("session-changed", state=Msg(f"session-state-name-{session.state}"))


@router.button(SessionButton)
async def session_button(ctx: Context, pressed: SessionButton) -> None:
    session = await _load(ctx, pressed)
    if session is None:
        return
    states, sides = ALLOWED[pressed.act]
    side = await _side(ctx, session)
    awaited = side == session.awaiting or (side == "lead" and session.awaiting == "team")
    if side is None or not (side in sides or ("awaited" in sides and awaited)):
        ctx.reply("session-not-yours")
        return
    if session.state not in states:
        _changed(ctx, session)
        return
    await HANDLERS[pressed.act](ctx, session, pressed.n)


async def _confirm(ctx: Context, session: MentoringSession, n: int | None) -> None:
    if n is None or not 0 <= n < len(session.proposals):
        await ctx.router.flows.stale(ctx)
        return
    at = datetime.fromisoformat(session.proposals[n])
    problem = await time_problem(ctx, at, session.mentor_id, length(session), session.id)
    if problem is not None:
        ctx.reply(problem, at=at)
        return
    session.state, session.starts_at = SessionState.CONFIRMED, at
    _bump(session, ctx.now())
    await replan(ctx.uow, session, ctx.now())
    other_zone = await other_side_zone(ctx.uow, session, ctx.participant.id)
    ctx.reply("session-you-confirmed", starts=both_clocks(at, other_zone))


async def _propose(ctx: Context, session: MentoringSession, n: int | None) -> None:
    await ctx.router.flows.start(
        ctx, PROPOSE, {"session": session.id, "version": session.version, "times": []}
    )


async def _decline(ctx: Context, session: MentoringSession, n: int | None) -> None:
    await ctx.router.flows.start(ctx, DECLINE, {"session": session.id, "version": session.version})


async def _cancel(ctx: Context, session: MentoringSession, n: int | None) -> None:
    session.state = SessionState.CANCELLED
    _bump(session, ctx.now())
    await replan(ctx.uow, session, ctx.now(), actor=ctx.participant.id)
    ctx.reply("session-you-cancelled")


async def _mark(ctx: Context, session: MentoringSession, state: SessionState) -> None:
    session.state = state
    _bump(session, ctx.now())
    await replan(ctx.uow, session, ctx.now())
    await ctx.router.flows.start(ctx, NOTE, {"session": session.id, "state": state})


async def _held(ctx: Context, session: MentoringSession, n: int | None) -> None:
    await _mark(ctx, session, SessionState.HELD)


async def _no_show(ctx: Context, session: MentoringSession, n: int | None) -> None:
    await _mark(ctx, session, SessionState.NO_SHOW)


async def _rate(ctx: Context, session: MentoringSession, n: int | None) -> None:
    if n is None or not 1 <= n <= 5:
        await ctx.router.flows.stale(ctx)
        return
    await ctx.uow.mentoring.rate(session.id, ctx.participant.id, n, ctx.now())
    ctx.reply("session-rated", stars=n)


HANDLERS = {
    SessionAct.CONFIRM: _confirm,
    SessionAct.PROPOSE: _propose,
    SessionAct.RESCHEDULE: _propose,
    SessionAct.DECLINE: _decline,
    SessionAct.CANCEL: _cancel,
    SessionAct.HELD: _held,
    SessionAct.NO_SHOW: _no_show,
    SessionAct.RATE: _rate,
}


async def _current(ctx: Context) -> MentoringSession | None:
    """The session of the running flow, if it has not changed since the flow began."""
    data = flow_data(ctx)
    session = await ctx.uow.mentoring.get(data["session"])
    if session is None or session.version != data["version"]:
        ctx.reply("session-changed-meanwhile")
        return None
    return session


async def _check_time(ctx: Context, at: datetime) -> str | None:
    session = await ctx.uow.mentoring.get(flow_data(ctx)["session"])
    if session is None:
        return None
    return await time_problem(ctx, at, session.mentor_id, length(session), session.id)


async def _proposed(ctx: Context) -> str:
    session = await _current(ctx)
    if session is None:
        return DONE
    side = await _side(ctx, session)
    session.proposals = flow_data(ctx)["times"]
    session.state, session.starts_at = SessionState.REQUESTED, None
    session.awaiting = "team" if side == "mentor" else "mentor"
    _bump(session, ctx.now())
    await replan(ctx.uow, session, ctx.now())
    ctx.reply("session-proposal-sent")
    return DONE


PROPOSE = router.add_flow(Flow("sprop", [times_step(_check_time, _proposed)]))


async def _ask_reason(ctx: Context) -> Prompt:
    return Prompt(Msg("session-ask-decline-reason"))


async def _reason(ctx: Context, text: str) -> str:
    reason = text.strip()
    if not reason or len(reason) > REASON_MAX:
        ctx.reply("session-reason-invalid", max=REASON_MAX)
        return STAY
    session = await _current(ctx)
    if session is None:
        return DONE
    session.state, session.reason = SessionState.DECLINED, reason
    _bump(session, ctx.now())
    await replan(ctx.uow, session, ctx.now(), actor=ctx.participant.id)
    ctx.reply("session-you-declined")
    return DONE


DECLINE = router.add_flow(Flow("sdecl", [Step("reason", _ask_reason, on_text=_reason)]))


async def _ask_note(ctx: Context) -> Prompt:
    state = flow_data(ctx)["state"]
    return Prompt(
        Msg("session-ask-note", {"state": Msg(f"session-state-name-{state}")}),
        [(Msg("session-button-no-note"), "none")],
    )


async def _note(ctx: Context, text: str) -> str:
    note = text.strip()
    if not note or len(note) > NOTE_MAX:
        ctx.reply("session-note-invalid", max=NOTE_MAX)
        return STAY
    session = await ctx.uow.mentoring.get(flow_data(ctx)["session"])
    if session is not None:
        session.mentor_note = note
        session.updated_at = ctx.now()
    ctx.reply("session-note-saved")
    return DONE


async def _no_note(ctx: Context, value: str) -> str:
    ctx.reply("session-note-skipped")
    return DONE


NOTE = router.add_flow(
    Flow("snote", [Step("note", _ask_note, on_text=_note, on_choice=_no_note)], cancellable=False)
)


async def _ratings_of(ctx: Context) -> list[Msg]:
    count = await ctx.uow.mentoring.rated_by(ctx.participant.id)
    return [Msg("privacy-session-ratings", {"count": count})] if count else []


async def _forget_ratings(ctx: Context) -> None:
    await ctx.uow.mentoring.forget_ratings_by(ctx.participant.id)


router.keeps_personal_data(
    PersonalData("session-ratings", ("session_ratings",), _ratings_of, _forget_ratings)
)
