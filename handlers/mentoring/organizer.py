"""Organizers: /mentors (profiles, assign to teams) and /sessions (by state, per mentor and
per team, CSV export)."""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import Button, Document, LanguageNames, LocalTime, Msg, ZoneName
from bot.core.roles import Role
from bot.core.router import Router
from handlers.mentoring.buttons import (
    AssignMentor,
    ChooseMentor,
    SessionsCsv,
    SessionsOfMentor,
    SessionsOfTeam,
)
from handlers.mentoring.common import mentor_name, person_name
from handlers.mentoring.notices import tell_assigned
from storage.mentoring import SessionState
from storage.models import MentoringSession, Participant, Team
from storage.uow import UnitOfWork

router = Router()


@router.command("mentors", help_id="help-mentors", roles=(Role.ORGANIZER,))
async def mentors(ctx: Context) -> None:
    people = await ctx.uow.participants.with_role(Role.MENTOR, ctx.participant.program_id)
    if not people:
        ctx.reply("mentor-none")
        return
    profiles = await ctx.uow.mentoring.profiles([p.id for p in people])
    lines: list[Msg] = []
    buttons: list[Button] = []
    for person in people:
        profile = profiles.get(person.id)
        name = profile.name if profile else person_name(person)
        if profile is None:
            lines.append(Msg("mentor-line-no-profile", {"name": name}))
        else:
            lines.append(
                Msg(
                    "mentor-line",
                    {
                        "name": name,
                        "organization": profile.organization,
                        "expertise": profile.expertise,
                        "languages": LanguageNames(tuple(profile.languages)),
                        "zone": ZoneName(profile.time_zone),
                    },
                )
            )
        buttons.append(
            Button(Msg("mentor-button-assign", {"name": name}), ChooseMentor(person.id).pack())
        )
    ctx.reply("mentor-list", buttons=buttons, mentors=lines)


def _is_mentor(ctx: Context, person: Participant | None) -> bool:
    return person is not None and Role.MENTOR in person.roles_in(ctx.participant.program_id)


@router.button(ChooseMentor, roles=(Role.ORGANIZER,))
async def choose_team(ctx: Context, pressed: ChooseMentor) -> None:
    mentor = await ctx.uow.participants.get(pressed.mentor)
    if mentor is None or not _is_mentor(ctx, mentor):
        await ctx.router.flows.stale(ctx)
        return
    teams = await ctx.uow.teams.in_program(ctx.participant.program_id or "")
    teams = [t for t in teams if t.archived_at is None]
    if not teams:
        ctx.reply("mentor-no-teams")
        return
    ctx.reply(
        "mentor-choose-team",
        buttons=[
            Button(
                Msg("mentor-team-button", {"team": t.name}), AssignMentor(mentor.id, t.id).pack()
            )
            for t in teams
        ],
        name=await mentor_name(ctx.uow, mentor.id),
    )


@router.button(AssignMentor, roles=(Role.ORGANIZER,))
async def assign(ctx: Context, pressed: AssignMentor) -> None:
    mentor = await ctx.uow.participants.get(pressed.mentor)
    team = await ctx.uow.teams.get(pressed.team)
    if mentor is None or team is None or not _is_mentor(ctx, mentor):
        await ctx.router.flows.stale(ctx)
        return
    name = await mentor_name(ctx.uow, mentor.id)
    if not await assign_mentor(ctx.uow, team, mentor, ctx.now()):
        ctx.reply("mentor-already-assigned", name=name, team=team.name)
        return
    ctx.reply("mentor-assigned", name=name, team=team.name)


async def assign_mentor(uow: UnitOfWork, team: Team, mentor: Participant, now: datetime) -> bool:
    """Assign the mentor to the team and tell both sides (an outbox row each); ``False`` when
    the mentor was assigned already. The chat's button and the dashboard use it."""
    if not await uow.mentoring.assign(team.id, mentor.id, now):
        return False
    await tell_assigned(uow, team.id, mentor.id, now)
    return True


async def _line(ctx: Context, session: MentoringSession, teams: dict[int, str]) -> Msg:
    when = LocalTime(session.starts_at) if session.starts_at else Msg("session-no-time")
    return Msg(
        "session-list-line",
        {
            "id": session.id,
            "team": teams.get(session.team_id, ""),
            "mentor": await mentor_name(ctx.uow, session.mentor_id),
            "when": when,
            "topic": session.topic,
        },
    )


async def _of_program(ctx: Context) -> list[MentoringSession]:
    """The sessions of the teams of the organizer's program."""
    return await ctx.uow.mentoring.in_program(ctx.participant.program_id or "")


async def _team_names(ctx: Context) -> dict[int, str]:
    teams = await ctx.uow.teams.in_program(ctx.participant.program_id or "", include_archived=True)
    return {t.id: t.name for t in teams}


async def _show(ctx: Context, sessions: list[MentoringSession]) -> None:
    teams = await _team_names(ctx)
    groups = []
    for state in SessionState:
        lines = [await _line(ctx, s, teams) for s in sessions if s.state == state]
        if lines:
            groups.append(
                Msg(
                    "session-list-group",
                    {"state": Msg(f"session-state-name-{state}"), "sessions": lines},
                )
            )
    everyone = await _of_program(ctx)
    buttons = [
        Button(
            Msg("session-button-mentor", {"name": await mentor_name(ctx.uow, m)}),
            SessionsOfMentor(m).pack(),
        )
        for m in sorted({s.mentor_id for s in everyone})
    ]
    buttons += [
        Button(Msg("session-button-team", {"team": teams.get(t, "")}), SessionsOfTeam(t).pack())
        for t in sorted({s.team_id for s in everyone})
    ]
    buttons.append(Button(Msg("session-button-csv"), SessionsCsv().pack()))
    if not groups:
        ctx.reply("session-list-empty")
        return
    ctx.reply("session-list", buttons=buttons, groups=groups)


@router.command("sessions", help_id="help-sessions", roles=(Role.ORGANIZER,))
async def sessions(ctx: Context) -> None:
    await _show(ctx, await _of_program(ctx))


@router.button(SessionsOfMentor, roles=(Role.ORGANIZER,))
async def sessions_of_mentor(ctx: Context, pressed: SessionsOfMentor) -> None:
    everyone = await _of_program(ctx)
    await _show(ctx, [s for s in everyone if s.mentor_id == pressed.mentor])


@router.button(SessionsOfTeam, roles=(Role.ORGANIZER,))
async def sessions_of_team(ctx: Context, pressed: SessionsOfTeam) -> None:
    everyone = await _of_program(ctx)
    await _show(ctx, [s for s in everyone if s.team_id == pressed.team])


@router.button(SessionsCsv, roles=(Role.ORGANIZER,))
async def sessions_csv(ctx: Context, pressed: SessionsCsv) -> None:
    await _csv(ctx, await _of_program(ctx))


CSV_COLUMNS = (
    "id",
    "team",
    "mentor",
    "state",
    "starts_at_utc",
    "length_minutes",
    "mode",
    "place",
    "topic",
    "ratings",
    "rating_mean",
    "mentor_note",
    "reason",
)


async def sessions_sheet(
    uow: UnitOfWork, program_id: str, everyone: list[MentoringSession]
) -> Sheet:
    """One row per session of the program's teams (the chat's CSV and the dashboard's
    export), each rating and their mean."""
    teams = {t.id: t.name for t in await uow.teams.in_program(program_id, include_archived=True)}
    profiles = await uow.mentoring.profiles(sorted({s.mentor_id for s in everyone}))
    ratings = await uow.mentoring.ratings([s.id for s in everyone])
    rows: list[tuple[Cell, ...]] = []
    for s in everyone:
        if s.team_id not in teams:
            continue
        profile = profiles.get(s.mentor_id)
        stars = ratings.get(s.id, [])
        rows.append(
            (
                s.id,
                teams.get(s.team_id, ""),
                profile.name if profile else s.mentor_id,
                s.state,
                s.starts_at,
                s.length_minutes,
                s.mode,
                s.place,
                s.topic,
                "; ".join(str(n) for n in stars),
                f"{sum(stars) / len(stars):.1f}" if stars else "",
                s.mentor_note,
                s.reason,
            )
        )
    return Sheet("sessions", CSV_COLUMNS, rows)


async def _csv(ctx: Context, everyone: list[MentoringSession]) -> None:
    sheet = await sessions_sheet(ctx.uow, ctx.participant.program_id or "", everyone)
    content = csv_bytes(sheet.header, sheet.rows)
    ctx.reply(
        "session-csv",
        document=Document("mentoring-sessions.csv", content, CSV_MIME),
        count=len(everyone),
    )
