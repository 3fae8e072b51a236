"""What the selection features share: the rounds of the person's program, the round a command
names, a round's candidate teams and decks, and how names are shown."""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.messages import Button, LocalTime, Msg, Text, Verbatim
from handlers.selection.buttons import PickRound, RoundAct
from storage.models import Participant, Submission, Team
from storage.selection import SelectionRepository, SelectionRound, TeamInfo
from storage.uow import UnitOfWork


def repo(ctx: Context) -> SelectionRepository:
    return ctx.uow.get(SelectionRepository)


async def program_zone(uow: UnitOfWork, row: SelectionRound) -> str | None:
    """The program's time zone: a round's times are on its clock."""
    program = await uow.programs.get(row.program_id)
    return program.time_zone if program is not None else None


def when(at: datetime, zone: str | None) -> LocalTime:
    """A moment of a round (opening, close, publication), labelled with the program's clock
    for a reader on another one."""
    return LocalTime(at, place=zone)


def round_name(row: SelectionRound, locale: str) -> Verbatim:
    return Verbatim(row.names.get(locale) or row.names.get("en") or row.key)


def person_name(person: Participant | None) -> Text:
    if person is None or not person.display_name:
        return Msg("team-member-unnamed")
    return Verbatim(person.display_name)


async def program_rounds(ctx: Context) -> list[SelectionRound]:
    program_id = ctx.participant.program_id
    return await repo(ctx).rounds(program_id) if program_id else []


async def round_of_program(ctx: Context, round_id: int) -> SelectionRound | None:
    """The round of a pressed button, when it is one of the person's program; a button of
    another program's round (or a crafted one) is answered as a button from an old message."""
    row = await repo(ctx).round(round_id)
    if row is None or row.program_id != ctx.participant.program_id:
        await ctx.router.flows.stale(ctx)
        return None
    return row


async def round_from_argument(ctx: Context, act: RoundAct) -> SelectionRound | None:
    """The round a command names by its id or number (``/ranking documents``, ``/ranking
    1``); the only round when the program has one; otherwise the person chooses."""
    rounds = await program_rounds(ctx)
    if not rounds:
        ctx.reply("sel-no-rounds")
        return None
    wanted = ctx.message.command_arg.strip().lower()
    for number, row in enumerate(rounds, start=1):
        if wanted in (row.key, str(number)):
            return row
    if not wanted and len(rounds) == 1:
        return rounds[0]
    ctx.reply(
        "sel-choose-round",
        buttons=[
            Button(Msg("sel-round-button", {"n": number}), PickRound(act, row.id).pack())
            for number, row in enumerate(rounds, start=1)
        ],
        rounds=round_lines(rounds, ctx.locale),
    )
    return None


def round_lines(rounds: list[SelectionRound], locale: str) -> list[Msg]:
    return [
        Msg("sel-round-line", {"n": number, "round": round_name(row, locale), "id": row.key})
        for number, row in enumerate(rounds, start=1)
    ]


async def candidates(uow: UnitOfWork, row: SelectionRound) -> list[Team]:
    """The teams the round decides on: the program's active teams that no earlier published
    round left out, in name order."""
    out = await uow.get(SelectionRepository).out_rounds(row.program_id)
    return [
        team
        for team in await uow.teams.in_program(row.program_id)
        if team.id not in out or out[team.id].position >= row.position
    ]


async def decks(uow: UnitOfWork, row: SelectionRound) -> dict[int, Submission]:
    """The latest deck of each team for the round's stage (none for a live round)."""
    if row.stage_key is None:
        return {}
    program = await uow.programs.get(row.program_id)
    stage = next((s for s in program.stages if s.key == row.stage_key), None) if program else None
    return await uow.submissions.latest_of_stage(stage.id) if stage is not None else {}


async def judged_teams(uow: UnitOfWork, row: SelectionRound) -> list[TeamInfo]:
    """The candidates judges score: in a round on a stage, those that handed in a deck."""
    store = uow.get(SelectionRepository)
    teams = await store.candidate_teams(row)
    if row.stage_key is None:
        return teams
    program = await uow.programs.get(row.program_id)
    stage = next((s for s in program.stages if s.key == row.stage_key), None) if program else None
    with_deck = await store.teams_with_deck(stage.id) if stage is not None else set()
    return [team for team in teams if team.id in with_deck]
