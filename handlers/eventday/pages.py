"""The Event day page of the dashboard: one RSVP event's attendance, refreshed while people
check in (the figures, the table by team, a chart of arrivals, the feedback's average), who
its reminders go to (the chat's toggle), and the attendance sheet as an export."""

from __future__ import annotations

from bot.core import pages as p
from bot.core.exports import Sheet
from bot.core.messages import LocalTime, Msg, Verbatim
from handlers.eventday.attendance import (
    AttendanceReport,
    attendance_report,
    attendance_sheet,
    set_reminders_to,
)
from handlers.eventday.common import (
    checkin_opens,
    current_event,
    event_end,
    event_name,
    rsvp_events,
)
from storage.eventday import RemindersTo
from storage.models import Event

SLUG = "eventday"
LIVE = "attendance"
REFRESH_SECONDS = 3.0


async def _events(ctx: p.PageContext) -> list[Event]:
    return await rsvp_events(ctx.uow, ctx.program.id) if ctx.program else []


async def chosen_event(ctx: p.PageContext) -> Event | None:
    """The RSVP event of the organizer's program named by ``?event=``; without one (or with
    an id of another program) the one checking in now, else the nearest."""
    events = await _events(ctx)
    if not events:
        return None
    wanted = ctx.int_param("event")
    found = next((e for e in events if e.id == wanted), None)
    return found or current_event(events, ctx.now())


def _stats(report: AttendanceReport) -> p.Stats:
    f = report.figures
    coming = f"{f.coming} / {report.capacity}" if report.capacity is not None else str(f.coming)
    missing = "no-shows" if report.over else "not-arrived"
    return p.Stats(
        [
            p.Stat(Msg("eventday-stat-checked-in"), f.checked_in, "checked-in"),
            p.Stat(Msg("eventday-stat-walk-ins"), f.walk_ins, "walk-ins"),
            p.Stat(Msg("eventday-stat-coming"), coming, "coming"),
            p.Stat(Msg("eventday-stat-online"), f.online, "online"),
            p.Stat(Msg("eventday-stat-waiting"), f.waiting, "waiting"),
            p.Stat(Msg("eventday-stat-declined"), f.declined, "declined"),
            p.Stat(Msg(f"eventday-stat-{missing}"), f.no_shows, missing),
        ]
    )


def _feedback(report: AttendanceReport) -> p.Paragraph:
    f = report.figures
    if f.average_rating is None:
        return p.Paragraph(Msg("eventday-feedback-none"))
    return p.Paragraph(
        Msg("eventday-feedback-average", {"average": f"{f.average_rating:.1f}", "count": f.ratings})
    )


def _arrivals(report: AttendanceReport) -> p.Chart:
    points = [(at, n) for n, at in enumerate(report.check_in_times, start=1)]
    return p.Chart(
        Msg("eventday-chart-arrivals"),
        [p.Series(Msg("eventday-stat-checked-in"), points)] if points else [],
    )


def attendance_part(report: AttendanceReport, checking_in: bool) -> p.Live:
    """What the browser refreshes while check-in is open."""
    return p.Live(
        [
            _stats(report),
            p.Section(
                Msg("eventday-dash-by-team"),
                [
                    p.Table(
                        [
                            Msg("dash-col-team"),
                            Msg("eventday-stat-checked-in"),
                            Msg("eventday-stat-coming"),
                        ],
                        [[Verbatim(t.team), t.checked_in, t.coming] for t in report.teams],
                        empty=Msg("eventday-dash-no-teams"),
                        name="by-team",
                    )
                ],
            ),
            p.Section(None, [_arrivals(report)]),
            _feedback(report),
        ],
        running=checking_in,
        seconds=REFRESH_SECONDS,
        name=LIVE,
    )


def _other(to: RemindersTo) -> RemindersTo:
    return RemindersTo.COMING if to == RemindersTo.EVERYONE else RemindersTo.EVERYONE


async def view(ctx: p.PageContext) -> list[p.Block]:
    if ctx.program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    events = await _events(ctx)
    event = await chosen_event(ctx)
    if event is None:
        return [p.Callout(Msg("eventday-no-events"), "info")]
    now = ctx.now()
    report = await attendance_report(ctx.uow, event, now)
    other = _other(report.reminders_to)
    return [
        p.Form(
            [
                p.Select(
                    "event",
                    Msg("eventday-dash-event"),
                    [(str(e.id), Verbatim(event_name(e, ctx.locale))) for e in events],
                    str(event.id),
                )
            ],
            name=LIVE,
        ),
        p.Paragraph(
            Msg(
                "eventday-dash-starts",
                {"starts": LocalTime(report.starts_at, place=report.time_zone)},
            )
        ),
        attendance_part(report, checkin_opens(event) <= now < event_end(event)),
        p.Section(
            Msg("eventday-dash-reminders"),
            [
                p.Paragraph(Msg(f"eventday-reminders-to-{report.reminders_to}")),
                p.Button(
                    Msg(f"eventday-button-reminders-{other}"),
                    "reminders",
                    {"event": event.id, "to": other.value},
                ),
            ],
        ),
    ]


async def reminders(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    """The chat's reminders toggle: checked against the organizer's program here too."""
    events = await _events(ctx)
    event = next((e for e in events if e.id == form.number("event")), None)
    to = next((r for r in RemindersTo if r.value == form.text("to")), None)
    if event is None or to is None:
        return p.Outcome(Msg("eventday-dash-bad-event"), ok=False)
    await set_reminders_to(ctx, event, to)
    return p.Outcome(
        Msg(f"eventday-reminders-set-{to.value}", {"name": event_name(event, ctx.locale)}),
        go={"event": event.id},
        audit={"event": event.id, "to": to.value},
    )


async def attendance_table(ctx: p.PageContext) -> Sheet:
    event = await chosen_event(ctx)
    if event is None:
        return Sheet("attendance", ())
    return await attendance_sheet(ctx.uow, event)


async def event_variants(ctx: p.PageContext) -> list[p.Variant]:
    return [
        p.Variant(Verbatim(event_name(e, ctx.locale)), {"event": e.id}) for e in await _events(ctx)
    ]


PAGE = p.Page(
    SLUG, "eventday-page-title", view, actions=(p.Action("reminders", reminders),), order=45
)
EXPORT = p.Export(
    "attendance", "eventday-export-attendance", table=attendance_table, variants=event_variants
)
