"""What the two sides of a session are told, as outbox rows rendered at send time.

Every row of a session carries the session's ``version`` and shares the group
``ses:<id>``: a change cancels the group and plans the rows of the new version, and a
renderer returns ``None`` for a row whose version is no longer current (the session moved).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.core.calendar import CalendarEntry, CalendarWriter
from bot.core.messages import Button, Document, LocalTime, Msg, Reply
from bot.core.outbox import RenderContext, Renderers
from bot.core.roles import Role
from handlers.mentoring.buttons import SessionAct, SessionButton
from handlers.mentoring.common import (
    both_clocks,
    details,
    leads,
    length,
    members,
    mentor_name,
    other_side_zone,
)
from storage.mentoring import SessionState
from storage.models import MentoringSession
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork

renderers = Renderers()

CATEGORY = "session"
NUDGE_AFTER = timedelta(hours=48)
REMINDER_HOURS = (24, 1)
ICS_MIME = "text/calendar"
SESSION_RENDERER = "session"
ASSIGNED_RENDERER = "mentor-assigned"


def group(session: MentoringSession) -> str:
    return f"ses:{session.id}"


def row(
    session: MentoringSession,
    kind: str,
    participant_id: int,
    due_at: datetime,
    purpose: str = "account_update",
    **params: Any,
) -> NewDelivery:
    suffix = "".join(f":{value}" for value in params.values())
    return NewDelivery(
        key=f"ses:{session.id}:v{session.version}:{kind}{suffix}:p{participant_id}",
        participant_id=participant_id,
        due_at=due_at,
        purpose=purpose,
        category=CATEGORY,
        renderer=SESSION_RENDERER,
        params={"session": session.id, "version": session.version, "kind": kind, **params},
        group_key=group(session),
    )


async def replan(uow: UnitOfWork, session: MentoringSession, now: datetime, actor: int = 0) -> None:
    """Drop the rows of the session's earlier versions and plan what its state needs now.

    Callers change the state and bump ``version`` first. ``actor`` (who cancelled) is not
    told what they just did.
    """
    await uow.outbox.cancel_group(group(session), now)
    team = await uow.teams.get(session.team_id)
    team_side = members(team) if team else []
    rows: list[NewDelivery] = []
    if session.state == SessionState.REQUESTED:
        askees = (
            [session.mentor_id] if session.awaiting == "mentor" else (leads(team) if team else [])
        )
        rows += [row(session, "ask", pid, now) for pid in askees]
        if session.awaiting == "mentor":
            due = now + NUDGE_AFTER
            rows.append(row(session, "nudge", session.mentor_id, due))
            program = team.program_id if team else None
            organizers = await uow.participants.with_role(Role.ORGANIZER, program)
            rows += [row(session, "overdue", o.id, due) for o in organizers]
    elif session.state == SessionState.CONFIRMED:
        assert session.starts_at is not None
        everyone = [session.mentor_id, *team_side]
        rows += [row(session, "confirmed", pid, now) for pid in everyone]
        for hours in REMINDER_HOURS:
            due = session.starts_at - timedelta(hours=hours)
            if due > now:
                rows += [
                    row(session, "remind", pid, due, "event_update", hours=hours)
                    for pid in everyone
                ]
        ends = session.starts_at + length(session)
        rows.append(row(session, "after", session.mentor_id, ends))
    elif session.state == SessionState.HELD:
        rows += [row(session, "rate", pid, now) for pid in team_side]
    elif session.state in (SessionState.CANCELLED, SessionState.DECLINED):  # the other side
        rows += [
            row(session, "cancelled", pid, now)
            for pid in [session.mentor_id, *team_side]
            if pid != actor
        ]
    await uow.outbox.enqueue_many(rows, now)


def act(session: MentoringSession, action: SessionAct, n: int | None = None) -> str:
    """The payload of an action on the session as it is now."""
    return SessionButton(action, session.id, session.version, n).pack()


def answer_buttons(session: MentoringSession) -> list[Button]:
    buttons = [
        Button(
            Msg("session-button-confirm", {"at": LocalTime(datetime.fromisoformat(at), "short")}),
            act(session, SessionAct.CONFIRM, n),
        )
        for n, at in enumerate(session.proposals)
    ]
    return [
        *buttons,
        Button(Msg("session-button-propose"), act(session, SessionAct.PROPOSE)),
        Button(Msg("session-button-decline"), act(session, SessionAct.DECLINE)),
    ]


def change_buttons(session: MentoringSession) -> list[Button]:
    return [
        Button(Msg("session-button-reschedule"), act(session, SessionAct.RESCHEDULE)),
        Button(Msg("session-button-cancel"), act(session, SessionAct.CANCEL)),
    ]


def proposal_lines(session: MentoringSession, other_zone: str | None) -> list[Msg]:
    return [
        Msg(
            "session-proposal-line",
            {"n": n, "at": both_clocks(datetime.fromisoformat(at), other_zone)},
        )
        for n, at in enumerate(session.proposals, 1)
    ]


def invitation(
    writer: CalendarWriter, session: MentoringSession, team: str, tz: str, now: datetime
) -> Document | None:
    if session.starts_at is None:
        return None
    entry = CalendarEntry(
        uid=f"mentoring-{session.id}@mics-bot",
        title=session.topic,
        starts_at=session.starts_at,
        ends_at=session.starts_at + length(session),
        time_zone=tz,
        location=session.place,
        description=team,
        sequence=session.version,
    )
    content = writer.write(session.topic, [entry], now)
    return Document(f"session-{session.id}.ics", content, ICS_MIME)


def _still_due(starts_at: datetime, hours: int, now: datetime) -> bool:
    """A reminder that fell due late (the bot was down) is dropped once a later one is due."""
    later = [h for h in REMINDER_HOURS if h < hours]
    return now < starts_at and all(now < starts_at - timedelta(hours=h) for h in later)


@renderers.register(SESSION_RENDERER)
async def render(ctx: RenderContext) -> Reply | None:
    session = await ctx.uow.mentoring.get(int(ctx.params["session"]))
    if session is None or session.version != ctx.params["version"]:
        return None
    kind = ctx.params["kind"]
    about = await details(ctx.uow, session)
    other_zone = await other_side_zone(ctx.uow, session, ctx.participant.id)
    if kind == "ask":
        asker = "session-ask-mentor" if session.awaiting == "mentor" else "session-ask-team"
        return Reply(
            Msg(asker, {"details": about, "times": proposal_lines(session, other_zone)}),
            answer_buttons(session),
        )
    if kind in ("nudge", "overdue"):
        name = await mentor_name(ctx.uow, session.mentor_id)
        return Reply(
            Msg(f"session-{kind}", {"details": about, "mentor": name}),
            answer_buttons(session) if kind == "nudge" else [],
        )
    if kind == "cancelled":
        if session.reason:
            return Reply(
                Msg("session-declined-notice", {"details": about, "reason": session.reason})
            )
        return Reply(Msg("session-cancelled-notice", {"details": about}))
    if kind == "rate":
        stars = [
            Button(Msg("session-button-stars", {"n": n}), act(session, SessionAct.RATE, n))
            for n in range(1, 6)
        ]
        return Reply(Msg("session-rate", {"details": about}), stars)
    assert session.starts_at is not None
    starts = both_clocks(session.starts_at, other_zone)
    if kind == "after":
        return Reply(
            Msg("session-after", {"details": about, "starts": starts}),
            [
                Button(Msg("session-button-held"), act(session, SessionAct.HELD)),
                Button(Msg("session-button-no-show"), act(session, SessionAct.NO_SHOW)),
            ],
        )
    if kind == "remind":
        if not _still_due(session.starts_at, int(ctx.params["hours"]), ctx.now):
            return None
        return Reply(
            Msg(
                "session-reminder",
                {"details": about, "starts": starts, "hours": ctx.params["hours"]},
            ),
        )
    team = await ctx.uow.teams.get(session.team_id)
    document = invitation(
        ctx.services.calendar, session, team.name if team else "", ctx.tz.key, ctx.now
    )
    # Only the mentor and the team's lead may move or cancel the session: no one else sees
    # the buttons (and the buttons check it again when pressed).
    may_change = ctx.participant.id == session.mentor_id or (
        team is not None and ctx.participant.id in leads(team)
    )
    return Reply(
        Msg("session-confirmed", {"details": about, "starts": starts}),
        change_buttons(session) if may_change else [],
        document,
    )


async def tell_assigned(uow: UnitOfWork, team_id: int, mentor_id: int, now: datetime) -> None:
    team = await uow.teams.get(team_id)
    people = [mentor_id, *(members(team) if team else [])]
    await uow.outbox.enqueue_many(
        [
            NewDelivery(
                key=f"mentor-assigned:{team_id}:{mentor_id}:p{pid}",
                participant_id=pid,
                due_at=now,
                purpose="account_update",
                category=CATEGORY,
                renderer=ASSIGNED_RENDERER,
                params={"team": team_id, "mentor": mentor_id, "to_mentor": pid == mentor_id},
            )
            for pid in people
        ],
        now,
    )


@renderers.register(ASSIGNED_RENDERER)
async def render_assigned(ctx: RenderContext) -> Reply | None:
    team = await ctx.uow.teams.get(int(ctx.params["team"]))
    mentor_id = int(ctx.params["mentor"])
    if team is None or not await ctx.uow.mentoring.is_assigned(team.id, mentor_id):
        return None
    if ctx.params["to_mentor"]:
        return Reply(Msg("mentor-assigned-you", {"team": team.name}))
    profile = await ctx.uow.mentoring.profile(mentor_id)
    name = await mentor_name(ctx.uow, mentor_id)
    return Reply(
        Msg(
            "mentor-assigned-team",
            {
                "mentor": name,
                "organization": profile.organization if profile else "",
                "expertise": profile.expertise if profile else "",
            },
        )
    )
