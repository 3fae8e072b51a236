"""The Teams page of the dashboard: the teams filtered by name and by a stage's status, and a
team's card (members, contacts, deck versions, extensions, mentoring sessions) with what an
organizer does there: extend a deadline, archive the team, take a member out, write to them."""

from __future__ import annotations

from bot.core import pages as p
from bot.core.exports import Sheet
from bot.core.messages import Document, Msg, Verbatim
from handlers.decks.extend import grant_extension
from handlers.decks.review import deck_document
from handlers.decks.stages import stage_name
from handlers.mentoring.common import mentor_name
from handlers.teams.manage import archive_team, remove_member
from handlers.teams.organizer import ALL, CSV_COLUMNS, STATUSES, teams_by_status, teams_sheet
from storage.models import Participant, Program, Team
from storage.submissions import late_at
from storage.teams import TeamRole

SLUG = "teams"
TONES = {"on_time": "ok", "late": "warn", "missing": "bad"}
MAX_SEARCH = 120


def person_name(person: Participant) -> Msg | str:
    return person.display_name or Msg("team-member-unnamed")


def status_badge(status: str) -> p.Badge:
    return p.Badge(Msg(f"dash-status-{status}"), TONES.get(status, "info"))  # type: ignore[arg-type]


async def team_of(ctx: p.PageContext, team_id: int | None) -> Team | None:
    """The team, when it is one of the organizer's program."""
    if team_id is None or ctx.program is None:
        return None
    team = await ctx.uow.teams.get(team_id)
    return team if team is not None and team.program_id == ctx.program.id else None


def _filters(ctx: p.PageContext, program: Program) -> p.Form:
    stages = [("", Msg("dash-filter-any-stage"))] + [
        (str(stage.id), stage_name(stage, ctx.locale)) for stage in program.stages
    ]
    statuses = [(ALL, Msg("dash-filter-any-status"))] + [
        (status, Msg(f"dash-status-{status}")) for status in STATUSES
    ]
    return p.Form(
        [
            p.TextInput(
                "q", Msg("dash-filter-search"), ctx.query.get("q", ""), max_length=MAX_SEARCH
            ),
            p.Select("stage", Msg("dash-col-stage"), stages, ctx.query.get("stage", "")),
            p.Select("status", Msg("dash-col-status"), statuses, ctx.query.get("status", ALL)),
        ],
        name="results",
    )


async def _list(ctx: p.PageContext, program: Program) -> list[p.Block]:
    stage_id = ctx.int_param("stage")
    stage = next((s for s in program.stages if s.id == stage_id), None)
    status = ctx.query.get("status", ALL)
    if stage is None or status not in STATUSES:
        status = ALL
    search = ctx.query.get("q", "")[:MAX_SEARCH]
    teams = await teams_by_status(ctx.uow, program, stage.id if stage else 0, status, search)
    latest = {s.id: await ctx.uow.submissions.latest_of_stage(s.id) for s in program.stages}
    deadlines = await ctx.uow.submissions.deadlines(program.id)
    rows: list[list[p.Cell]] = []
    for team in teams:
        statuses: list[p.Cell] = []
        for s in program.stages:
            submission = latest[s.id].get(team.id)
            if submission is None:
                state = "missing"
            else:
                late = late_at(submission.received_at, deadlines.of(team.id, s))
                state = "late" if late else "on_time"
            statuses.append(status_badge(state))
        rows.append(
            [p.Link(Verbatim(team.name), SLUG, {"team": team.id}), len(team.members), *statuses]
        )
    columns = [Msg("dash-col-team"), Msg("dash-col-members")] + [
        stage_name(s, ctx.locale) for s in program.stages
    ]
    return [
        _filters(ctx, program),
        p.Live(
            [
                p.Paragraph(Msg("dash-teams-count", {"count": len(teams)}), "muted"),
                p.Table(columns, rows, empty=Msg("dash-teams-none"), name="teams"),
            ],
            running=False,
            name="results",
        ),
    ]


async def _card(ctx: p.PageContext, program: Program, team: Team) -> list[p.Block]:
    facts: list[list[p.Cell]] = [
        [Msg("dash-team-name"), Verbatim(team.name)],
        [Msg("dash-team-title"), Verbatim(team.project_title)],
        [Msg("dash-team-description"), Verbatim(team.description)],
        [
            Msg("dash-team-organizations"),
            [Verbatim(f"{org['name']} ({org['country']})") for org in team.organizations],
        ],
        [Msg("dash-team-sdgs"), [Msg(f"team-sdg-{n}") for n in team.sdgs]],
        [Msg("dash-team-email"), Verbatim(team.contact_email)],
        [Msg("dash-team-phone"), Verbatim(team.contact_phone)],
        [Msg("dash-team-created"), team.created_at],
    ]
    if team.archived_at is not None:
        facts.append([Msg("dash-team-archived"), team.archived_at])
    members: list[list[p.Cell]] = [
        [
            person_name(m.participant),
            Msg("team-role-lead" if m.role == TeamRole.LEAD else "team-role-member"),
            Verbatim(m.participant.channel),
            Msg(f"dash-language-{m.participant.language or 'none'}"),
            m.joined_at,
            p.Button(
                Msg("dash-button-remove"),
                "remove",
                {"team": team.id, "person": m.participant_id},
                confirm=Msg("dash-confirm-remove"),
            ),
        ]
        for m in team.members
    ]
    stages = {s.id: s for s in program.stages}
    deadlines = await ctx.uow.submissions.deadlines(program.id)
    versions: list[list[p.Cell]] = []
    for v in await ctx.uow.submissions.of_team(team.id):
        stage = stages.get(v.stage_id)
        late = v.late if stage is None else late_at(v.received_at, deadlines.of(team.id, stage))
        what: p.Cell = (
            Verbatim(v.url)
            if v.url is not None
            else p.Link(Verbatim(v.file_name), SLUG, {"submission": v.id}, download="deck")
        )
        versions.append(
            [
                stage_name(stage, ctx.locale) if stage else None,
                v.version,
                what,
                v.received_at,
                status_badge("late" if late else "on_time"),
            ]
        )
    extensions: list[list[p.Cell]] = []
    for s in program.stages:
        extension = await ctx.uow.submissions.extension(team.id, s.id)
        if extension is not None:
            extensions.append([stage_name(s, ctx.locale), s.deadline_at, extension.deadline_at])
    sessions: list[list[p.Cell]] = [
        [
            await mentor_name(ctx.uow, s.mentor_id),
            Msg(f"session-state-name-{s.state}"),
            s.starts_at,
            Verbatim(s.topic),
        ]
        for s in await ctx.uow.mentoring.in_program(program.id)
        if s.team_id == team.id
    ]
    stage_options = [(str(s.id), stage_name(s, ctx.locale)) for s in program.stages]
    actions: list[p.Block] = [
        p.Form(
            [
                p.Hidden("team", team.id),
                p.Select("stage", Msg("dash-col-stage"), stage_options),
                p.DateTimeInput("deadline", Msg("dash-extend-until"), required=True),
            ],
            [p.Submit(Msg("dash-button-extend"), "extend")],
            name="extend",
        ),
        p.Link(Msg("dash-team-message"), "broadcasts", {"audience": "team", "team": team.id}),
    ]
    if team.archived_at is None:
        actions.append(
            p.Button(
                Msg("dash-button-archive"),
                "archive",
                {"team": team.id},
                confirm=Msg("dash-confirm-archive"),
            )
        )
    return [
        p.Link(Msg("dash-back-to-teams"), SLUG),
        p.Section(
            Verbatim(team.name),
            [p.Table([Msg("dash-col-field"), Msg("dash-col-value")], facts, name="team")],
        ),
        p.Section(
            Msg("dash-team-members"),
            [
                p.Table(
                    [
                        Msg("dash-col-name"),
                        Msg("dash-col-role"),
                        Msg("dash-col-channel"),
                        Msg("dash-col-language"),
                        Msg("dash-col-joined"),
                        Msg("dash-col-action"),
                    ],
                    members,
                    name="members",
                )
            ],
        ),
        p.Section(
            Msg("dash-team-decks"),
            [
                p.Table(
                    [
                        Msg("dash-col-stage"),
                        Msg("dash-col-version"),
                        Msg("dash-col-file"),
                        Msg("dash-col-received"),
                        Msg("dash-col-status"),
                    ],
                    versions,
                    empty=Msg("dash-team-no-decks"),
                    name="decks",
                )
            ],
        ),
        p.Section(
            Msg("dash-team-extensions"),
            [
                p.Table(
                    [Msg("dash-col-stage"), Msg("dash-col-deadline"), Msg("dash-col-extended")],
                    extensions,
                    empty=Msg("dash-team-no-extensions"),
                    name="extensions",
                )
            ],
        ),
        p.Section(
            Msg("dash-team-sessions"),
            [
                p.Table(
                    [
                        Msg("dash-col-mentor"),
                        Msg("dash-col-status"),
                        Msg("dash-col-when"),
                        Msg("dash-col-topic"),
                    ],
                    sessions,
                    empty=Msg("dash-team-no-sessions"),
                    name="sessions",
                )
            ],
        ),
        p.Section(Msg("dash-team-actions"), actions),
    ]


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    if program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    if "team" in ctx.query:
        team = await team_of(ctx, ctx.int_param("team"))
        if team is None:
            return [
                p.Callout(Msg("dash-team-unknown"), "bad"),
                p.Link(Msg("dash-back-to-teams"), SLUG),
            ]
        return await _card(ctx, program, team)
    return await _list(ctx, program)


def _refused(message_id: str, **args: str | int) -> p.Outcome:
    return p.Outcome(Msg(message_id, args), ok=False)


async def extend(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    team = await team_of(ctx, form.number("team"))
    program = ctx.program
    if team is None or program is None:
        return _refused("dash-team-unknown")
    stage = next((s for s in program.stages if s.id == form.number("stage")), None)
    deadline = form.moment("deadline", ctx.tz)
    if stage is None or deadline is None:
        return _refused("dash-extend-bad")
    if deadline <= ctx.now():
        return _refused("dash-extend-past")
    refused = await grant_extension(ctx, team, stage, deadline)
    if refused is not None:
        return p.Outcome(refused, ok=False)
    return p.Outcome(
        Msg(
            "deck-extend-done",
            {"team": team.name, "stage": stage_name(stage, ctx.locale), "deadline": deadline},
        ),
        go={"team": team.id},
        audit={"team": team.id, "stage": stage.key, "until": deadline.isoformat()},
    )


async def archive(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    team = await team_of(ctx, form.number("team"))
    if team is None:
        return _refused("dash-team-unknown")
    if not await archive_team(ctx, team):
        return _refused("dash-team-already-archived", team=team.name)
    return p.Outcome(
        Msg("dash-team-archived-done", {"team": team.name}),
        go={"team": team.id},
        audit={"team": team.id},
    )


async def remove(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    team = await team_of(ctx, form.number("team"))
    member = (
        next((m for m in team.members if m.participant_id == form.number("person")), None)
        if team is not None
        else None
    )
    if team is None or member is None:
        return _refused("dash-member-unknown")
    name = person_name(member.participant)
    await remove_member(ctx, team, member)
    return p.Outcome(
        Msg("team-removed", {"name": name, "team": team.name}),
        go={"team": team.id},
        audit={"team": team.id, "participant": member.participant_id},
    )


async def deck(ctx: p.PageContext) -> Document | None:
    submission_id = ctx.int_param("submission")
    submission = await ctx.uow.submissions.get(submission_id) if submission_id else None
    team = await team_of(ctx, submission.team_id) if submission else None
    if submission is None or team is None:
        return None
    return await deck_document(ctx.services.files, submission)


PAGE = p.Page(
    SLUG,
    "dash-page-teams",
    view,
    actions=(p.Action("extend", extend), p.Action("archive", archive), p.Action("remove", remove)),
    downloads=(p.Download("deck", deck),),
    order=10,
)


async def teams_table(ctx: p.PageContext) -> Sheet:
    if ctx.program is None:
        return Sheet("teams", CSV_COLUMNS)
    return await teams_sheet(ctx.uow, ctx.program)


EXPORT = p.Export("teams", "dash-export-teams", table=teams_table)
