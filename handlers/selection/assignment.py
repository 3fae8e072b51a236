"""Who judges which team: /assign_judges ROUND spreads the round's teams across the program's
judges (``balance.py``), /swap_judge ROUND replaces one judge on one team (flow ``selswap``),
and a judge's declared conflict hands the team to another judge (``reassign``).

Re-running /assign_judges keeps every assignment that still holds and every score already
given (also a judge's who left since), drops the rest, and fills the gaps.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Button, Msg, Reply, Text, Verbatim
from bot.core.roles import Role
from bot.core.router import Router, RunCommand
from handlers.selection.balance import plan_assignment
from handlers.selection.buttons import PickRound, RoundAct
from handlers.selection.common import (
    judged_teams,
    person_name,
    program_zone,
    repo,
    round_from_argument,
    round_name,
    when,
)
from handlers.selection.judges import organization_key
from storage.models import Participant, Team
from storage.selection import RoundState, SelectionRepository, SelectionRound, TeamInfo
from storage.uow import UnitOfWork

router = Router()

TEAM_BUTTONS = 30
"""Above this many teams, /swap_judge asks for the team's name instead of listing buttons."""


@dataclass(frozen=True)
class Assignment:
    """A round's assignment as plain values: what the organizer and a dashboard page show."""

    teams: list[tuple[int, list[int]]]
    """Each judged team with its judges, in the teams' order."""
    loads: dict[int, int]
    """Teams per current judge."""
    added: list[tuple[int, int]]
    """``(team, judge)`` assignments made by this run."""
    dropped: int
    short: dict[int, int]
    """Teams that lack judges (too many conflicts), with how many they lack."""


async def blocked_pairs(
    uow: UnitOfWork, judges: list[Participant], teams: Sequence[TeamInfo]
) -> set[tuple[int, int]]:
    """``(judge, team)`` pairs that must not meet: an organization in common, or a conflict the
    judge declared."""
    store = uow.get(SelectionRepository)
    profiles = await store.profiles([j.id for j in judges])
    blocked = set(await store.conflicts([j.id for j in judges]))
    team_orgs = {
        team.id: {organization_key(str(org.get("name", ""))) for org in team.organizations} - {""}
        for team in teams
    }
    for judge in judges:
        profile = profiles.get(judge.id)
        mine = {organization_key(n) for n in profile.organizations} if profile else set()
        mine.discard("")
        for team in teams:
            if mine & team_orgs[team.id]:
                blocked.add((judge.id, team.id))
    return blocked


async def assign_round(uow: UnitOfWork, row: SelectionRound, now: datetime) -> Assignment:
    """Assign the round's teams to its program's judges and store it (the use case behind
    /assign_judges; ``now`` is the instant of the change)."""
    store = uow.get(SelectionRepository)
    teams = await judged_teams(uow, row)
    team_ids = [team.id for team in teams]
    judges = await uow.participants.with_role(Role.JUDGE, row.program_id)
    judge_ids = [j.id for j in judges]
    blocked = await blocked_pairs(uow, judges, teams)
    scored = {(r.team_id, r.judge_id) for r in await store.reviews(row.id)}
    current: dict[int, set[int]] = defaultdict(set)
    dropped = 0
    for existing in await store.assignments(row.id):
        pair = (existing.team_id, existing.judge_id)
        holds = (
            existing.judge_id in judge_ids
            and (existing.judge_id, existing.team_id) not in blocked
            and existing.team_id in team_ids
        )
        if holds or pair in scored:
            current[existing.team_id].add(existing.judge_id)
        else:
            await store.unassign(row.id, *pair)
            dropped += 1
    plan = plan_assignment(team_ids, judge_ids, row.judges_per_team, current, blocked)
    await store.assign(row.id, plan.added, now)
    for team, judge in plan.added:
        current[team].add(judge)
    return Assignment(
        teams=[(team, sorted(current.get(team, set()))) for team in team_ids],
        loads=plan.loads,
        added=plan.added,
        dropped=dropped,
        short=plan.short,
    )


def info_of(team: Team) -> TeamInfo:
    return TeamInfo(team.id, team.name, list(team.organizations))


def judge_lines(people: dict[int, Participant], loads: dict[int, int]) -> list[Msg]:
    return [
        Msg("sel-assign-judge-line", {"name": person_name(people.get(judge)), "n": count})
        for judge, count in loads.items()
    ]


async def assign_and_show(ctx: Context, row: SelectionRound) -> None:
    if row.state(ctx.now()) in (RoundState.CLOSED, RoundState.PUBLISHED):
        ctx.reply("sel-assign-closed", round=round_name(row, ctx.locale))
        return
    result = await assign_round(ctx.uow, row, ctx.now())
    if not result.teams:
        ctx.reply("sel-assign-no-teams", round=round_name(row, ctx.locale))
        return
    people = {p.id: p for p in await ctx.uow.participants.with_role(Role.JUDGE, row.program_id)}
    teams = {t.id: t for t in await judged_teams(ctx.uow, row)}
    if not people:
        ctx.reply("sel-assign-no-judges")
        return
    await _tell_judges(ctx, row, result, people, await program_zone(ctx.uow, row))
    team_lines = [
        Msg(
            "sel-assign-team-line",
            {
                "team": teams[team].name,
                "judges": ", ".join(_plain(people.get(j)) for j in judges) or "—",
            },
        )
        for team, judges in result.teams
    ]
    short = [
        Msg("sel-assign-short-line", {"team": teams[team].name, "n": lacking})
        for team, lacking in result.short.items()
    ]
    ctx.reply(
        "sel-assigned",
        buttons=[Button(Msg("sel-button-swap"), PickRound(RoundAct.SWAP, row.id).pack())],
        round=round_name(row, ctx.locale),
        teams=len(result.teams),
        per_team=row.judges_per_team,
        added=len(result.added),
        dropped=result.dropped,
        judges=judge_lines(people, result.loads),
        lines=team_lines,
        short=short or [Msg("sel-assign-short-none")],
    )


def _plain(person: Participant | None) -> str:
    """A judge's name inside a list line (the list joins plain strings): their display name,
    else their number."""
    if person is None:
        return "-"
    return person.display_name or f"#{person.id}"


async def _tell_judges(
    ctx: Context,
    row: SelectionRound,
    result: Assignment,
    people: dict[int, Participant],
    zone: str | None,
) -> None:
    """Each judge given new teams hears how many, and when judging opens and closes."""
    counts: dict[int, int] = defaultdict(int)
    for _, judge in result.added:
        counts[judge] += 1
    for judge, count in counts.items():
        person = people.get(judge)
        if person is not None and person.id != ctx.participant.id:
            ctx.notify(person, assigned_notice(row, count, person.language or ctx.locale, zone))
        elif person is not None:
            ctx.send(assigned_notice(row, count, ctx.locale, zone))


def assigned_notice(row: SelectionRound, count: int, locale: str, zone: str | None) -> Reply:
    return Reply(
        Msg(
            "sel-judge-assigned",
            {
                "round": round_name(row, locale),
                "n": count,
                "opens": when(row.opens_at, zone),
                "closes": when(row.closes(), zone),
            },
        ),
        [Button(Msg("sel-button-queue"), RunCommand("judge").pack())],
    )


@router.command("assign_judges", help_id="help-assign-judges", roles=(Role.ORGANIZER,))
async def assign_judges(ctx: Context) -> None:
    row = await round_from_argument(ctx, RoundAct.ASSIGN)
    if row is not None:
        await assign_and_show(ctx, row)


async def reassign(ctx: Context, row: SelectionRound, team: Team) -> Participant | None:
    """Give ``team`` a judge in place of one who just left it (a declared conflict); the new
    judge is told. ``None`` when no judge may take it."""
    judges = await ctx.uow.participants.with_role(Role.JUDGE, row.program_id)
    blocked = await blocked_pairs(ctx.uow, judges, [info_of(team)])
    loads: dict[int, int] = defaultdict(int)
    on_team: set[int] = set()
    for existing in await repo(ctx).assignments(row.id):
        loads[existing.judge_id] += 1
        if existing.team_id == team.id:
            on_team.add(existing.judge_id)
    options = [j for j in judges if (j.id, team.id) not in blocked and j.id not in on_team]
    if not options:
        return None
    chosen = min(options, key=lambda j: (loads[j.id], j.id))
    await repo(ctx).assign(row.id, [(team.id, chosen.id)], ctx.now())
    zone = await program_zone(ctx.uow, row)
    ctx.notify(chosen, assigned_notice(row, 1, chosen.language or ctx.locale, zone))
    return chosen


# --- /swap_judge: one judge on one team for another ----------------------------------------


async def _swap_round(ctx: Context) -> SelectionRound | None:
    return await repo(ctx).round(int(flow_data(ctx)["round"]))


async def _assigned_teams(ctx: Context, row: SelectionRound) -> list[TeamInfo]:
    teams = {t.id: t for t in await judged_teams(ctx.uow, row)}
    ids = {a.team_id for a in await repo(ctx).assignments(row.id)}
    return [team for team_id, team in teams.items() if team_id in ids]


async def _ask_team(ctx: Context) -> Prompt:
    row = await _swap_round(ctx)
    teams = await _assigned_teams(ctx, row) if row else []
    choices: list[tuple[Text, str]] = []
    if len(teams) <= TEAM_BUTTONS:
        choices = [(Verbatim(team.name), str(team.id)) for team in teams]
    return Prompt(Msg("sel-swap-ask-team"), choices)


async def _team_chosen(ctx: Context, value: str) -> str:
    row = await _swap_round(ctx)
    teams = await _assigned_teams(ctx, row) if row else []
    if not any(str(team.id) == value for team in teams):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["team"] = int(value)
    return "out"


async def _team_typed(ctx: Context, text: str) -> str:
    row = await _swap_round(ctx)
    wanted = " ".join(text.split()).casefold()
    teams = await _assigned_teams(ctx, row) if row else []
    found = next((team for team in teams if team.name.casefold() == wanted), None)
    if found is None:
        ctx.reply("sel-swap-no-such-team")
        return STAY
    flow_data(ctx)["team"] = found.id
    return "out"


async def _team_judges(ctx: Context) -> list[Participant]:
    data = flow_data(ctx)
    ids = [
        a.judge_id
        for a in await repo(ctx).assignments(int(data["round"]))
        if a.team_id == data["team"]
    ]
    return await ctx.uow.participants.many(ids)


async def _ask_out(ctx: Context) -> Prompt:
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    judges = sorted(await _team_judges(ctx), key=lambda p: p.id)
    return Prompt(
        Msg("sel-swap-ask-out", {"team": team.name if team else "?"}),
        [(Msg("sel-judge-button", {"name": person_name(p)}), str(p.id)) for p in judges],
    )


async def _out_chosen(ctx: Context, value: str) -> str:
    if not any(str(p.id) == value for p in await _team_judges(ctx)):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["out"] = int(value)
    return "in"


async def _replacements(ctx: Context) -> tuple[list[Participant], dict[int, int]]:
    data = flow_data(ctx)
    row = await _swap_round(ctx)
    team = await ctx.uow.teams.get(int(data["team"]))
    if row is None or team is None:
        return [], {}
    judges = await ctx.uow.participants.with_role(Role.JUDGE, row.program_id)
    blocked = await blocked_pairs(ctx.uow, judges, [info_of(team)])
    loads: dict[int, int] = defaultdict(int)
    on_team = set()
    for existing in await repo(ctx).assignments(row.id):
        loads[existing.judge_id] += 1
        if existing.team_id == team.id:
            on_team.add(existing.judge_id)
    options = [j for j in judges if (j.id, team.id) not in blocked and j.id not in on_team]
    return options, loads


async def _ask_in(ctx: Context) -> Prompt:
    options, loads = await _replacements(ctx)
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    if not options:
        return Prompt(Msg("sel-swap-nobody", {"team": team.name if team else "?"}))
    return Prompt(
        Msg(
            "sel-swap-ask-in",
            {
                "team": team.name if team else "?",
                "judges": [
                    Msg("sel-assign-judge-line", {"name": person_name(p), "n": loads[p.id]})
                    for p in options
                ],
            },
        ),
        [(Msg("sel-judge-button", {"name": person_name(p)}), str(p.id)) for p in options],
    )


async def _in_chosen(ctx: Context, value: str) -> str:
    options, _ = await _replacements(ctx)
    chosen = next((p for p in options if str(p.id) == value), None)
    row = await _swap_round(ctx)
    if chosen is None or row is None:
        await ctx.router.flows.stale(ctx)
        return STAY
    if row.state(ctx.now()) in (RoundState.CLOSED, RoundState.PUBLISHED):
        ctx.reply("sel-assign-closed", round=round_name(row, ctx.locale))
        return DONE
    data = flow_data(ctx)
    team_id, out_id = int(data["team"]), int(data["out"])
    await repo(ctx).unassign(row.id, team_id, out_id)
    await repo(ctx).delete_review(row.id, team_id, out_id)
    await repo(ctx).assign(row.id, [(team_id, chosen.id)], ctx.now())
    team = await ctx.uow.teams.get(team_id)
    out = await ctx.uow.participants.get(out_id)
    ctx.reply(
        "sel-swapped",
        team=team.name if team else "?",
        out=person_name(out),
        name=person_name(chosen),
    )
    if chosen.id != ctx.participant.id:
        zone = await program_zone(ctx.uow, row)
        ctx.notify(chosen, assigned_notice(row, 1, chosen.language or ctx.locale, zone))
    if out is not None and out.id != ctx.participant.id:
        locale = out.language or ctx.locale
        ctx.notify(out, Reply(Msg("sel-judge-unassigned", {"round": round_name(row, locale)})))
    return DONE


SWAP = router.add_flow(
    Flow(
        "selswap",
        [
            Step("team", _ask_team, on_text=_team_typed, on_choice=_team_chosen),
            Step("out", _ask_out, on_choice=_out_chosen),
            Step("in", _ask_in, on_choice=_in_chosen),
        ],
        roles=(Role.ORGANIZER,),
    )
)


async def start_swap(ctx: Context, row: SelectionRound) -> None:
    if row.state(ctx.now()) in (RoundState.CLOSED, RoundState.PUBLISHED):
        ctx.reply("sel-assign-closed", round=round_name(row, ctx.locale))
        return
    if not await repo(ctx).assignments(row.id):
        ctx.reply("sel-swap-none-assigned", round=round_name(row, ctx.locale), id=row.key)
        return
    await ctx.router.flows.start(ctx, SWAP, {"round": row.id})


@router.command("swap_judge", help_id="help-swap-judge", roles=(Role.ORGANIZER,))
async def swap_judge(ctx: Context) -> None:
    row = await round_from_argument(ctx, RoundAct.SWAP)
    if row is not None:
        await start_swap(ctx, row)
