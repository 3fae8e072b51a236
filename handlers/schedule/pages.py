"""The Program page of the dashboard: the stages (opening, deadline, reminders) and events,
their times editable; an edit is kept in the database and shown as such beside the file's
time, and saving says how many reminders moved."""

from __future__ import annotations

from datetime import datetime

from bot.core import pages as p
from bot.core.messages import Msg, Verbatim
from handlers.decks.stages import stage_name
from handlers.schedule.edits import BadTimes, change_times
from storage.models import Event, Program, Stage
from storage.program_edits import EVENT, STAGE, ProgramEdit, ProgramEditRepository

SLUG = "program"


def _edited(ctx: p.PageContext, edits: list[ProgramEdit], kind: str, key: str) -> list[p.Block]:
    lines: list[p.Block] = []
    for edit in edits:
        if edit.kind == kind and edit.key == key:
            lines.append(
                p.Callout(
                    Msg(
                        "dash-program-edited",
                        {
                            "field": Msg(f"dash-field-{edit.field}"),
                            "file": edit.file_value or Msg("dash-none"),
                            "at": edit.edited_at,
                        },
                    ),
                    "info",
                )
            )
    return lines


def _stage_section(ctx: p.PageContext, stage: Stage, edits: list[ProgramEdit]) -> p.Section:
    hours = ", ".join(str(h) for h in stage.reminder_hours)
    return p.Section(
        stage_name(stage, ctx.locale),
        [
            p.Paragraph(Msg("dash-program-reminders", {"hours": hours}), "muted"),
            *_edited(ctx, edits, STAGE, stage.key),
            p.Form(
                [
                    p.Hidden("stage", stage.key),
                    p.DateTimeInput("opens_at", Msg("dash-field-opens_at"), stage.opens_at, True),
                    p.DateTimeInput(
                        "deadline_at", Msg("dash-field-deadline_at"), stage.deadline_at, True
                    ),
                ],
                [p.Submit(Msg("dash-button-save"), "stage")],
                name=f"stage-{stage.key}",
            ),
        ],
        name=f"stage-{stage.key}",
    )


def _event_section(ctx: p.PageContext, event: Event, edits: list[ProgramEdit]) -> p.Section:
    venue = event.venue.get(ctx.locale, "") if event.venue else ""
    return p.Section(
        Verbatim(event.names.get(ctx.locale, event.key)),
        [
            p.Paragraph(Verbatim(venue), "muted"),
            *_edited(ctx, edits, EVENT, event.key),
            p.Form(
                [
                    p.Hidden("event", event.key),
                    p.DateTimeInput(
                        "starts_at", Msg("dash-field-starts_at"), event.starts_at, True
                    ),
                    p.DateTimeInput("ends_at", Msg("dash-field-ends_at"), event.ends_at),
                ],
                [p.Submit(Msg("dash-button-save"), "event")],
                name=f"event-{event.key}",
            ),
        ],
        name=f"event-{event.key}",
    )


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    if program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    edits = await ctx.uow.get(ProgramEditRepository).of(program.id)
    return [
        p.Paragraph(Msg("dash-program-intro"), "muted"),
        p.Section(
            Msg("dash-program-stages"),
            [_stage_section(ctx, stage, edits) for stage in program.stages],
        ),
        p.Section(
            Msg("dash-program-events"),
            [_event_section(ctx, event, edits) for event in program.events],
        ),
    ]


async def _save(
    ctx: p.PageContext, program: Program, kind: str, key: str, times: dict[str, datetime | None]
) -> p.Outcome:
    try:
        replanned = await change_times(ctx, program, kind, key, times)
    except BadTimes as error:
        return p.Outcome(Msg(str(error)), ok=False)
    if not replanned.changed:
        return p.Outcome(Msg("dash-program-unchanged"), ok=False)
    return p.Outcome(
        Msg(
            "dash-program-saved",
            {"moved": replanned.moved, "dropped": replanned.dropped, "added": replanned.added},
        ),
        audit={
            kind: key,
            **{field: value.isoformat() if value else "" for field, value in times.items()},
            "moved": replanned.moved,
            "dropped": replanned.dropped,
            "added": replanned.added,
        },
    )


async def save_stage(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    program = ctx.program
    stage = (
        next((s for s in program.stages if s.key == form.text("stage")), None) if program else None
    )
    opens, deadline = form.moment("opens_at", ctx.tz), form.moment("deadline_at", ctx.tz)
    if program is None or stage is None:
        return p.Outcome(Msg("dash-program-unknown"), ok=False)
    if opens is None or deadline is None:
        return p.Outcome(Msg("dash-program-bad-time"), ok=False)
    return await _save(ctx, program, STAGE, stage.key, {"opens_at": opens, "deadline_at": deadline})


async def save_event(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    program = ctx.program
    event = (
        next((e for e in program.events if e.key == form.text("event")), None) if program else None
    )
    starts = form.moment("starts_at", ctx.tz)
    ends = form.moment("ends_at", ctx.tz)
    if program is None or event is None:
        return p.Outcome(Msg("dash-program-unknown"), ok=False)
    if starts is None or (form.text("ends_at").strip() and ends is None):
        return p.Outcome(Msg("dash-program-bad-time"), ok=False)
    return await _save(ctx, program, EVENT, event.key, {"starts_at": starts, "ends_at": ends})


PAGE = p.Page(
    SLUG,
    "dash-page-program",
    view,
    actions=(p.Action("stage", save_stage), p.Action("event", save_event)),
    order=50,
)
