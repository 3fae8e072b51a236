"""The Overview page: who is in the program (by language and channel), the teams, who cannot be
reached, each stage's on time / late / missing, what comes next, the next reminders, and a
chart of the teams handing in over time."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from bot.core import pages as p
from bot.core.messages import Msg, Verbatim
from bot.core.roles import Role
from handlers.decks.stages import stage_name
from handlers.schedule.timeline import audiences, rehearse_items
from storage.models import Program
from storage.submissions import late_at

LANGUAGES = ("mn", "ja", "en")
REMINDER_DAYS = 14
NEXT_ITEMS = 6


def language_name(code: str | None) -> Msg:
    return Msg(f"dash-language-{code}" if code in LANGUAGES else "dash-language-none")


def _language_order(item: tuple[tuple[str | None, str], int]) -> tuple[int, str]:
    (language, channel), _ = item
    return (LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES), channel)


async def _people(ctx: p.PageContext, program: Program) -> list[p.Block]:
    people = await ctx.uow.participants.in_program(program.id)
    teams = await ctx.uow.teams.in_program(program.id)
    mentors = await ctx.uow.participants.with_role(Role.MENTOR, program.id)
    blocked = [person for person in people if person.blocked_at is not None]
    by_kind = Counter((person.language, person.channel) for person in people)
    rows: list[list[p.Cell]] = [
        [language_name(language), Verbatim(channel), count]
        for (language, channel), count in sorted(by_kind.items(), key=_language_order)
    ]
    return [
        p.Stats(
            [
                p.Stat(Msg("dash-stat-participants"), len(people), "participants"),
                p.Stat(Msg("dash-stat-teams"), len(teams), "teams"),
                p.Stat(Msg("dash-stat-mentors"), len(mentors), "mentors"),
                p.Stat(Msg("dash-stat-blocked"), len(blocked), "blocked"),
            ]
        ),
        p.Section(
            Msg("dash-overview-people"),
            [
                p.Table(
                    [Msg("dash-col-language"), Msg("dash-col-channel"), Msg("dash-col-people")],
                    rows,
                    name="people",
                )
            ],
        ),
    ]


async def _stages(ctx: p.PageContext, program: Program) -> list[p.Block]:
    teams = await ctx.uow.teams.in_program(program.id)
    deadlines = await ctx.uow.submissions.deadlines(program.id)
    rows: list[list[p.Cell]] = []
    for stage in program.stages:
        latest = await ctx.uow.submissions.latest_of_stage(stage.id)
        handed = [(team, latest[team.id]) for team in teams if team.id in latest]
        late = sum(
            1
            for team, version in handed
            if late_at(version.received_at, deadlines.of(team.id, stage))
        )
        rows.append(
            [
                p.Link(stage_name(stage, ctx.locale), "teams", {"stage": stage.id}),
                stage.deadline_at,
                len(handed) - late,
                late,
                len(teams) - len(handed),
            ]
        )
    return [
        p.Section(
            Msg("dash-overview-stages"),
            [
                p.Table(
                    [
                        Msg("dash-col-stage"),
                        Msg("dash-col-deadline"),
                        Msg("dash-status-on_time"),
                        Msg("dash-status-late"),
                        Msg("dash-status-missing"),
                    ],
                    rows,
                    name="stages",
                )
            ],
        )
    ]


def _next(ctx: p.PageContext, program: Program) -> list[p.Block]:
    now = ctx.now()
    coming: list[tuple[datetime, p.Cell, p.Cell]] = [
        (stage.deadline_at, Msg("dash-kind-deadline"), stage_name(stage, ctx.locale))
        for stage in program.stages
        if stage.deadline_at > now
    ]
    coming += [
        (
            event.starts_at,
            Msg("dash-kind-event"),
            Verbatim(event.names.get(ctx.locale, event.key)),
        )
        for event in program.events
        if event.starts_at > now
    ]
    coming.sort(key=lambda item: item[0])
    rows: list[list[p.Cell]] = [[at, kind, what] for at, kind, what in coming[:NEXT_ITEMS]]
    return [
        p.Section(
            Msg("dash-overview-next"),
            [
                p.Table(
                    [Msg("dash-col-when"), Msg("dash-col-kind"), Msg("dash-col-what")],
                    rows,
                    empty=Msg("dash-overview-nothing-next"),
                    name="next",
                )
            ],
        )
    ]


async def _reminders(ctx: p.PageContext, program: Program) -> list[p.Block]:
    """The timeline's reminders of the next days, one row per reminder and time."""
    now = ctx.now()
    found = await audiences(ctx.uow, program)
    planned = rehearse_items(
        found, now, now + timedelta(days=REMINDER_DAYS), ctx.settings.default_language
    )
    items = {item.group_key: item for audience in found for item in audience.items}
    stages = {stage.key: stage for stage in program.stages}
    events = {event.key: event for event in program.events}
    grouped: Counter[tuple[datetime, str]] = Counter(
        (row.due_at, row.group_key or "") for row in planned
    )
    rows: list[list[p.Cell]] = []
    for (due, key), count in sorted(grouped.items())[: NEXT_ITEMS * 2]:
        item = items[key]
        if "stage" in item.params:
            what: p.Cell = stage_name(stages[item.params["stage"]], ctx.locale)
        else:
            event = events[item.params["event"]]
            what = Verbatim(event.names.get(ctx.locale, event.key))
        rows.append([due, Msg(f"dash-reminder-{item.category}"), what, count])
    return [
        p.Section(
            Msg("dash-overview-reminders", {"days": REMINDER_DAYS}),
            [
                p.Table(
                    [
                        Msg("dash-col-when"),
                        Msg("dash-col-kind"),
                        Msg("dash-col-what"),
                        Msg("dash-col-recipients"),
                    ],
                    rows,
                    empty=Msg("dash-overview-no-reminders"),
                    name="reminders",
                )
            ],
        )
    ]


async def _chart(ctx: p.PageContext, program: Program) -> p.Block:
    """For each stage, how many teams had handed in by each moment (their first version)."""
    stages = {stage.id: stage for stage in program.stages}
    first: dict[tuple[int, int], datetime] = {}
    for submission in await ctx.uow.submissions.of_stages(list(stages)):
        first.setdefault((submission.stage_id, submission.team_id), submission.received_at)
    series = []
    now = ctx.now()
    for stage_id, stage in stages.items():
        times = sorted(at for (sid, _), at in first.items() if sid == stage_id)
        points = [(at, count) for count, at in enumerate(times, start=1)]
        if points:  # from nobody to the count of now
            points = [(times[0], 0), *points, (max(now, times[-1]), len(times))]
        series.append(p.Series(stage_name(stage, ctx.locale), points))
    return p.Section(None, [p.Chart(Msg("dash-chart-submissions"), series)])


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    if program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    return [
        *await _people(ctx, program),
        *await _stages(ctx, program),
        await _chart(ctx, program),
        *_next(ctx, program),
        *await _reminders(ctx, program),
    ]


PAGE = p.Page("overview", "dash-page-overview", view, order=0)
