"""The Mentoring page of the dashboard: the program's mentors with their profiles and teams,
assigning a mentor to a team (as /mentors does), and the sessions by state."""

from __future__ import annotations

from bot.core import pages as p
from bot.core.exports import Sheet
from bot.core.messages import Msg, Verbatim
from bot.core.roles import Role
from handlers.mentoring.common import mentor_name
from handlers.mentoring.organizer import assign_mentor, sessions_sheet
from storage.mentoring import SessionState

SLUG = "mentoring"


def text(value: Msg | str) -> Msg | Verbatim:
    return Verbatim(value) if isinstance(value, str) else value


async def view(ctx: p.PageContext) -> list[p.Block]:
    program = ctx.program
    if program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    mentors = await ctx.uow.participants.with_role(Role.MENTOR, program.id)
    profiles = await ctx.uow.mentoring.profiles([m.id for m in mentors])
    teams = await ctx.uow.teams.in_program(program.id)
    team_names = {team.id: team.name for team in teams}
    rows: list[list[p.Cell]] = []
    for mentor in mentors:
        profile = profiles.get(mentor.id)
        assigned = [
            Verbatim(team_names[t])
            for t in await ctx.uow.mentoring.teams_of(mentor.id)
            if t in team_names
        ]
        rows.append(
            [
                Verbatim(profile.name)
                if profile
                else (mentor.display_name or Msg("team-member-unnamed")),
                Verbatim(profile.organization) if profile else None,
                Verbatim(profile.expertise) if profile else Msg("dash-mentor-no-profile"),
                ", ".join(code.upper() for code in profile.languages) if profile else None,
                profile.time_zone if profile else None,
                assigned or Msg("dash-none"),
            ]
        )
    blocks: list[p.Block] = [
        p.Section(
            Msg("dash-mentors"),
            [
                p.Table(
                    [
                        Msg("dash-col-name"),
                        Msg("dash-col-organization"),
                        Msg("dash-col-expertise"),
                        Msg("dash-col-languages"),
                        Msg("dash-col-zone"),
                        Msg("dash-col-teams"),
                    ],
                    rows,
                    empty=Msg("dash-mentors-none"),
                    name="mentors",
                )
            ],
        )
    ]
    if mentors and teams:
        blocks.append(
            p.Section(
                Msg("dash-mentor-assign"),
                [
                    p.Form(
                        [
                            p.Select(
                                "mentor",
                                Msg("dash-col-mentor"),
                                [
                                    (str(m.id), text(await mentor_name(ctx.uow, m.id)))
                                    for m in mentors
                                ],
                            ),
                            p.Select(
                                "team",
                                Msg("dash-col-team"),
                                [(str(t.id), Verbatim(t.name)) for t in teams],
                            ),
                        ],
                        [p.Submit(Msg("dash-button-assign"), "assign")],
                        name="assign",
                    )
                ],
            )
        )
    sessions = await ctx.uow.mentoring.in_program(program.id)
    for state in SessionState:
        shown = [s for s in sessions if s.state == state]
        blocks.append(
            p.Section(
                Msg(
                    "dash-sessions-in-state",
                    {"state": Msg(f"session-state-name-{state}"), "count": len(shown)},
                ),
                [
                    p.Table(
                        [
                            Msg("dash-col-number"),
                            Msg("dash-col-team"),
                            Msg("dash-col-mentor"),
                            Msg("dash-col-when"),
                            Msg("dash-col-topic"),
                        ],
                        [
                            [
                                s.id,
                                p.Link(
                                    Verbatim(team_names[s.team_id]), "teams", {"team": s.team_id}
                                ),
                                await mentor_name(ctx.uow, s.mentor_id),
                                s.starts_at,
                                Verbatim(s.topic),
                            ]
                            for s in shown
                        ],
                        empty=Msg("dash-sessions-none"),
                        name=f"sessions-{state}",
                    )
                ],
            )
        )
    return blocks


async def assign(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    program = ctx.program
    mentor = await ctx.uow.participants.get(form.number("mentor") or 0)
    team = await ctx.uow.teams.get(form.number("team") or 0)
    if (
        program is None
        or mentor is None
        or team is None
        or team.program_id != program.id
        or Role.MENTOR not in mentor.roles_in(program.id)
    ):
        return p.Outcome(Msg("dash-mentor-bad"), ok=False)
    name = await mentor_name(ctx.uow, mentor.id)
    if not await assign_mentor(ctx.uow, team, mentor, ctx.now()):
        return p.Outcome(
            Msg("mentor-already-assigned", {"name": name, "team": team.name}), ok=False
        )
    return p.Outcome(
        Msg("mentor-assigned", {"name": name, "team": team.name}),
        audit={"mentor": mentor.id, "team": team.id},
    )


async def sessions_table(ctx: p.PageContext) -> Sheet:
    program_id = ctx.program.id if ctx.program else ""
    return await sessions_sheet(ctx.uow, program_id, await ctx.uow.mentoring.in_program(program_id))


PAGE = p.Page(SLUG, "dash-page-mentoring", view, actions=(p.Action("assign", assign),), order=40)
EXPORT = p.Export("sessions", "dash-export-sessions", table=sessions_table)
