"""/attendance EVENT for organizers: checked in, coming, waiting list and no-shows, by team,
refreshed in place; a CSV; the feedback's average and comments; and who the event's reminders
go to. ``attendance_report`` is the use case, in plain values, for the chat and a dashboard
page alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import Button, Document, LocalTime, Msg, Reply, Verbatim, ZoneName
from bot.core.pages import Acting
from bot.core.roles import Role
from bot.core.router import Router
from handlers.eventday.buttons import (
    AttendanceCsv,
    AttendanceView,
    FeedbackComments,
    SetRemindersTo,
)
from handlers.eventday.common import event_end, event_name, pick_event, repo, zone
from storage.eventday import EventAttendance, RemindersTo, TeamAttendance
from storage.models import Event
from storage.uow import UnitOfWork

router = Router()

CSV_COLUMNS = (
    "name",
    "channel",
    "team",
    "rsvp",
    "checked_in_at",
    "checked_in_by",
    "method",
    "rating",
    "comment",
)


@dataclass(frozen=True)
class AttendanceReport:
    """An RSVP event's attendance as plain values: what /attendance shows and a dashboard
    page can render (``running``: check-in is under way; ``over``: the event has ended, so the
    people coming who were not checked in are no-shows)."""

    event_id: int
    event_key: str
    names: dict[str, str]
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    capacity: int | None
    running: bool
    over: bool
    figures: EventAttendance
    teams: tuple[TeamAttendance, ...]
    reminders_to: RemindersTo
    check_in_times: tuple[datetime, ...]
    """When each person was checked in, in order (a chart of arrivals)."""


async def attendance_report(uow: UnitOfWork, event: Event, now: datetime) -> AttendanceReport:
    days = repo(uow)
    end = event_end(event)
    return AttendanceReport(
        event_id=event.id,
        event_key=event.key,
        names={str(k): str(v) for k, v in event.names.items()},
        starts_at=event.starts_at,
        ends_at=end,
        time_zone=event.time_zone,
        capacity=event.capacity,
        running=event.starts_at <= now < end,
        over=now >= end,
        figures=await days.event_attendance(event),
        teams=tuple(await days.by_team(event.id, event.program_id)),
        reminders_to=await days.reminders_to(event.id),
        check_in_times=tuple(row.checked_in_at for row in await days.checkins(event.id)),
    )


async def event_report(
    uow: UnitOfWork, program_id: str, event_key: str, now: datetime
) -> AttendanceReport | None:
    """The report of the program's RSVP event ``event_key`` (``None`` when there is none): the
    entry point for a dashboard page."""
    program = await uow.programs.get(program_id)
    event = (
        next((e for e in program.events if e.key == event_key and e.rsvp), None)
        if program
        else None
    )
    return await attendance_report(uow, event, now) if event is not None else None


def report_reply(report: AttendanceReport, locale: str) -> Reply:
    f = report.figures
    args: dict[str, Any] = {
        "name": report.names.get(locale, report.event_key),
        "starts": LocalTime(report.starts_at, place=report.time_zone),
        "here": f.checked_in,
        "walkins": f.walk_ins,
        "coming": f.coming,
        "capacity": report.capacity if report.capacity is not None else Msg("eventday-no-limit"),
        "online": f.online,
        "waiting": f.waiting,
        "declined": f.declined,
        "missing": Msg(
            "eventday-no-shows" if report.over else "eventday-not-arrived", {"count": f.no_shows}
        ),
        "teams": [
            Msg(
                "eventday-team-line",
                {"team": Verbatim(t.team), "here": t.checked_in, "coming": t.coming},
            )
            for t in report.teams
        ]
        or [Msg("eventday-no-teams")],
        "feedback": (
            Msg(
                "eventday-feedback-average",
                {"average": f"{f.average_rating:.1f}", "count": f.ratings},
            )
            if f.average_rating is not None
            else Msg("eventday-feedback-none")
        ),
        "reminders": Msg(f"eventday-reminders-to-{report.reminders_to}"),
    }
    other = (
        RemindersTo.COMING if report.reminders_to == RemindersTo.EVERYONE else RemindersTo.EVERYONE
    )
    buttons = [
        Button(Msg("eventday-button-refresh"), AttendanceView(report.event_id).pack()),
        Button(Msg("eventday-button-csv"), AttendanceCsv(report.event_id).pack()),
        Button(
            Msg(f"eventday-button-reminders-{other}"), SetRemindersTo(report.event_id, other).pack()
        ),
    ]
    if f.ratings:
        buttons.append(
            Button(Msg("eventday-button-comments"), FeedbackComments(report.event_id).pack())
        )
    return Reply(
        Msg("eventday-attendance", args), buttons, edit_key=f"attendance-{report.event_id}"
    )


async def _show(ctx: Context, event: Event) -> None:
    ctx.send(report_reply(await attendance_report(ctx.uow, event, ctx.now()), ctx.locale))


@router.command("attendance", help_id="help-attendance", roles=(Role.ORGANIZER,))
async def attendance(ctx: Context) -> None:
    event = await pick_event(ctx, ctx.message.command_arg, ctx.now())
    if event is not None:
        await _show(ctx, event)


async def _own_event(ctx: Context, event_id: int) -> Event | None:
    """The RSVP event of the organizer's program with this id; a crafted id is stale."""
    event = await repo(ctx.uow).event(event_id)
    if event is None or not event.rsvp or event.program_id != ctx.participant.program_id:
        await ctx.router.flows.stale(ctx)
        return None
    return event


@router.button(AttendanceView, roles=(Role.ORGANIZER,))
async def refresh(ctx: Context, pressed: AttendanceView) -> None:
    event = await _own_event(ctx, pressed.event)
    if event is not None:
        await _show(ctx, event)


@router.button(SetRemindersTo, roles=(Role.ORGANIZER,))
async def reminders_button(ctx: Context, pressed: SetRemindersTo) -> None:
    event = await _own_event(ctx, pressed.event)
    if event is None:
        return
    await set_reminders_to(ctx, event, pressed.to)
    ctx.reply(f"eventday-reminders-set-{pressed.to}", name=event_name(event, ctx.locale))
    await _show(ctx, event)


async def set_reminders_to(acting: Acting, event: Event, to: RemindersTo) -> None:
    """Whether the event's reminders and morning agenda go to everyone following the program
    or only to those coming: the chat's button and the dashboard's action."""
    await repo(acting.uow).set_reminders_to(event.id, to, acting.now())


async def attendance_sheet(uow: UnitOfWork, event: Event) -> Sheet:
    """One row per person who answered, was checked in or gave feedback, by name; times in the
    event's zone. The chat's CSV and the dashboard's export (CSV and XLSX)."""
    days = repo(uow)
    rsvps = {row.participant_id: row for row in await days.rsvps(event.id)}
    checkins = {row.participant_id: row for row in await days.checkins(event.id)}
    feedback = {row.participant_id: row for row in await days.feedback_of(event.id)}
    ids = set(rsvps) | set(checkins) | set(feedback)
    staff_ids = {c.checked_in_by for c in checkins.values() if c.checked_in_by is not None}
    people = {p.id: p for p in await uow.participants.many(ids | staff_ids)}
    rows: list[list[Cell]] = []
    for pid in sorted(ids, key=lambda i: ((people[i].display_name or "").casefold(), i)):
        person = people[pid]
        team = await uow.teams.team_of(pid, event.program_id)
        done = checkins.get(pid)
        by = people.get(done.checked_in_by) if done and done.checked_in_by else None
        rated = feedback.get(pid)
        rows.append(
            [
                person.display_name or "",
                person.channel,
                team.name if team else "",
                rsvps[pid].state if pid in rsvps else "",
                done.checked_in_at.astimezone(zone(event)) if done else None,
                (by.display_name or "") if by else "",
                done.method if done else "",
                rated.rating if rated else None,
                rated.comment if rated else "",
            ]
        )
    return Sheet(f"attendance-{event.key}"[:31], CSV_COLUMNS, rows)


@router.button(AttendanceCsv, roles=(Role.ORGANIZER,))
async def attendance_csv(ctx: Context, pressed: AttendanceCsv) -> None:
    event = await _own_event(ctx, pressed.event)
    if event is None:
        return
    sheet = await attendance_sheet(ctx.uow, event)
    ctx.reply(
        "eventday-csv",
        document=Document(
            f"attendance-{event.key}.csv", csv_bytes(sheet.header, sheet.rows), CSV_MIME
        ),
        name=event_name(event, ctx.locale),
        count=len(sheet.rows),
        zone=ZoneName(event.time_zone),
    )


@router.button(FeedbackComments, roles=(Role.ORGANIZER,))
async def comments(ctx: Context, pressed: FeedbackComments) -> None:
    event = await _own_event(ctx, pressed.event)
    if event is None:
        return
    given = [row for row in await repo(ctx.uow).feedback_of(event.id) if row.comment]
    if not given:
        ctx.reply("eventday-comments-none", name=event_name(event, ctx.locale))
        return
    ctx.reply(
        "eventday-comments",
        name=event_name(event, ctx.locale),
        comments=[
            Msg("eventday-comment-line", {"rating": row.rating, "comment": Verbatim(row.comment)})
            for row in given
        ],
    )
