"""/decide ROUND: the organizers' decision on each team (selected, waitlisted, not selected,
with an optional award), "select the top N" in one step, then adjustments (flow ``seldec``).
Nothing reaches teams until /publish_results. After publishing, a team that was not selected
can still move up (a waitlisted team taking a free place): it is told at once.

The flow ``seldec``::

    team ─┬─(a team)─► outcome ─┬─(selected)─► award ─► team …
          │                     └─(other)─────────────► team …
          ├─(top N, or a typed number)─► team …
          └─(done)─► done
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg, Text, Verbatim
from bot.core.pages import Acting
from bot.core.roles import Role
from bot.core.router import Router
from handlers.selection.buttons import RoundAct
from handlers.selection.common import repo, round_from_argument, round_name
from handlers.selection.publishing import tell_moved_up
from handlers.selection.ranking import Ranking, ranking_line, ranking_of
from handlers.selection.scoring import top
from storage.models import Team
from storage.selection import Outcome, SelectionRepository, SelectionRound

router = Router()

DONE_CHOICE, TOP, KEEP, NO_AWARD = "done", "top", "keep", "none"
MAX_AWARD = 120
TEAM_BUTTONS = 40
OUTCOME_CHOICES = {
    "s": Outcome.SELECTED,
    "w": Outcome.WAITLISTED,
    "n": Outcome.NOT_SELECTED,
}


async def _round(ctx: Context) -> SelectionRound | None:
    return await repo(ctx).round(int(flow_data(ctx)["round"]))


def _mark(outcome: str | None) -> str:
    return outcome if outcome in {o.value for o in Outcome} else "none"


async def select_top(actor: Acting, row: SelectionRound, ranking: Ranking, n: int) -> list[int]:
    """The first ``n`` places selected (every team tied at the cut too), the others not
    selected; awards of teams no longer selected are cleared (``/decide`` and the dashboard)."""
    chosen = set(top([r.ranked for r in ranking.rows], n))
    store = actor.uow.get(SelectionRepository)
    for entry in ranking.rows:
        outcome = Outcome.SELECTED if entry.team_id in chosen else Outcome.NOT_SELECTED
        award = None if outcome == Outcome.SELECTED else ""
        await store.decide(row.id, entry.team_id, outcome, award, actor.participant.id, actor.now())
    return sorted(chosen)


class Decided(StrEnum):
    """What ``decide_team`` did."""

    DECIDED = "decided"
    MOVED_UP = "moved_up"
    """The round was published: the team moved up to selected and its members are told."""
    REFUSED = "refused"
    """The round was published: only a move up to selected is possible, once."""


async def decide_team(
    actor: Acting, row: SelectionRound, team: Team, outcome: Outcome, award: str | None
) -> Decided:
    """One team's decision (``/decide`` and the dashboard). Before publishing any outcome;
    ``award`` is kept for a selected team when ``None`` and cleared for the others. After
    publishing, only a team not selected moves up, and is told at once."""
    store = actor.uow.get(SelectionRepository)
    if row.published_at is not None:
        previous = (await store.decisions(row.id)).get(team.id)
        if outcome != Outcome.SELECTED or (previous and previous.outcome == Outcome.SELECTED):
            return Decided.REFUSED
        await store.decide(row.id, team.id, outcome, award, actor.participant.id, actor.now())
        await tell_moved_up(actor, row, team)
        return Decided.MOVED_UP
    if outcome != Outcome.SELECTED:
        award = ""
    await store.decide(row.id, team.id, outcome, award, actor.participant.id, actor.now())
    return Decided.DECIDED


async def _ask_team(ctx: Context) -> Prompt:
    row = await _round(ctx)
    if row is None:
        return Prompt(Msg("sel-judging-ended"))
    ranking = await ranking_of(ctx.uow, row)
    counts = {o.value: 0 for o in Outcome} | {"none": 0}
    for entry in ranking.rows:
        counts[_mark(entry.outcome)] += 1
    choices: list[tuple[Text, str]] = []
    if len(ranking.rows) <= TEAM_BUTTONS:
        choices = [
            (
                Msg(f"sel-mark-{_mark(entry.outcome)}", {"team": entry.team}),
                str(entry.team_id),
            )
            for entry in ranking.rows
        ]
    published = row.published_at is not None
    if row.select_target and not published:
        choices.append((Msg("sel-button-top", {"n": row.select_target}), TOP))
    choices.append((Msg("sel-button-done"), DONE_CHOICE))
    return Prompt(
        Msg(
            "sel-decide",
            {
                "round": round_name(row, ctx.locale),
                "selected": counts[Outcome.SELECTED],
                "waitlisted": counts[Outcome.WAITLISTED],
                "rejected": counts[Outcome.NOT_SELECTED],
                "undecided": counts["none"],
                "target": row.select_target or 0,
                "published": "yes" if published else "no",
                "lines": [ranking_line(entry) for entry in ranking.rows[:TEAM_BUTTONS]],
            },
        ),
        choices,
    )


async def _team_pressed(ctx: Context, value: str) -> str:
    row = await _round(ctx)
    if row is None:
        return DONE
    if value == DONE_CHOICE:
        ctx.reply("sel-decide-done", round=round_name(row, ctx.locale), id=row.key)
        return DONE
    if value == TOP and row.select_target:
        return await _top(ctx, row, row.select_target)
    ranking = await ranking_of(ctx.uow, row)
    if not any(str(entry.team_id) == value for entry in ranking.rows):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["team"] = int(value)
    return "outcome"


async def _team_typed(ctx: Context, text: str) -> str:
    """A team's name opens that team; else a text with one number ("top 7", "эхний 7",
    "上位7") selects the top N. A bare number would be a button in the console."""
    row = await _round(ctx)
    if row is None:
        return DONE
    ranking = await ranking_of(ctx.uow, row)
    wanted = " ".join(text.split()).casefold()
    found = next((e for e in ranking.rows if e.team.casefold() == wanted), None)
    if found is None:
        numbers = re.findall(r"\d+", unicodedata.normalize("NFKC", text))
        if len(numbers) == 1 and int(numbers[0]) > 0:
            return await _top(ctx, row, int(numbers[0]))
        ctx.reply("sel-decide-no-such-team")
        return STAY
    flow_data(ctx)["team"] = found.team_id
    return "outcome"


async def _top(ctx: Context, row: SelectionRound, n: int) -> str:
    if row.published_at is not None:
        ctx.reply("sel-decide-published")
        return "team"
    ranking = await ranking_of(ctx.uow, row)
    chosen = await select_top(ctx, row, ranking, n)
    ctx.reply("sel-top-done", n=n, selected=len(chosen), tie="yes" if len(chosen) > n else "no")
    return "team"


async def _ask_outcome(ctx: Context) -> Prompt:
    row = await _round(ctx)
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    decision = (await repo(ctx).decisions(row.id)).get(team.id) if row and team else None
    current = _mark(decision.outcome if decision else None)
    text = Msg(
        "sel-ask-outcome",
        {"team": team.name if team else "?", "current": Msg(f"sel-outcome-{current}")},
    )
    if row is not None and row.published_at is not None:
        if current == Outcome.SELECTED:
            return Prompt(Msg("sel-decide-published"))
        return Prompt(text, [(Msg("sel-outcome-moved-up"), "s")])
    return Prompt(
        text,
        [(Msg(f"sel-outcome-{outcome}"), key) for key, outcome in OUTCOME_CHOICES.items()],
    )


async def _outcome(ctx: Context, value: str) -> str:
    row = await _round(ctx)
    data = flow_data(ctx)
    team = await ctx.uow.teams.get(int(data["team"]))
    outcome = OUTCOME_CHOICES.get(value)
    if row is None or team is None or outcome is None:
        await ctx.router.flows.stale(ctx)
        return STAY
    done = await decide_team(ctx, row, team, outcome, None)
    if done == Decided.REFUSED:
        ctx.reply("sel-decide-published")
        return "team"
    if done == Decided.MOVED_UP:
        ctx.reply("sel-moved-up", team=team.name, round=round_name(row, ctx.locale))
        return "award"
    if outcome == Outcome.SELECTED:
        return "award"
    ctx.reply("sel-decided", team=team.name, outcome=Msg(f"sel-outcome-{outcome}"))
    return "team"


async def _ask_award(ctx: Context) -> Prompt:
    row = await _round(ctx)
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    decision = (await repo(ctx).decisions(row.id)).get(team.id) if row and team else None
    choices: list[tuple[Text, str]] = [(Msg("sel-button-no-award"), NO_AWARD)]
    if decision is not None and decision.award:
        choices.insert(0, (Msg("sel-button-keep"), KEEP))
        text: Text = Msg(
            "sel-ask-award-current",
            {"team": team.name if team else "?", "award": Verbatim(decision.award)},
        )
    else:
        text = Msg("sel-ask-award", {"team": team.name if team else "?", "max": MAX_AWARD})
    return Prompt(text, choices)


async def _award_typed(ctx: Context, text: str) -> str:
    award = " ".join(text.split())
    if not award or len(award) > MAX_AWARD:
        ctx.reply("sel-award-invalid", max=MAX_AWARD)
        return STAY
    return await _set_award(ctx, award)


async def _award_pressed(ctx: Context, value: str) -> str:
    if value == KEEP:
        return await _set_award(ctx, None)
    if value == NO_AWARD:
        return await _set_award(ctx, "")
    await ctx.router.flows.stale(ctx)
    return STAY


async def _set_award(ctx: Context, award: str | None) -> str:
    row = await _round(ctx)
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    if row is None or team is None:
        return DONE
    decision = (await repo(ctx).decisions(row.id)).get(team.id)
    if decision is None or decision.outcome != Outcome.SELECTED:
        await ctx.router.flows.stale(ctx)
        return "team"
    if award is not None:
        decision.award = award
    ctx.reply(
        "sel-decided-award" if decision.award else "sel-decided",
        team=team.name,
        outcome=Msg(f"sel-outcome-{Outcome.SELECTED}"),
        award=Verbatim(decision.award),
    )
    return "team"


DECIDE = router.add_flow(
    Flow(
        "seldec",
        [
            Step("team", _ask_team, on_text=_team_typed, on_choice=_team_pressed),
            Step("outcome", _ask_outcome, on_choice=_outcome),
            Step("award", _ask_award, on_text=_award_typed, on_choice=_award_pressed),
        ],
        roles=(Role.ORGANIZER,),
    )
)


async def start_deciding(ctx: Context, row: SelectionRound) -> None:
    await ctx.router.flows.start(ctx, DECIDE, {"round": row.id})


@router.command("decide", help_id="help-decide", roles=(Role.ORGANIZER,))
async def decide(ctx: Context) -> None:
    row = await round_from_argument(ctx, RoundAct.DECIDE)
    if row is not None:
        await start_deciding(ctx, row)
