"""The Selection page of the dashboard: a program's rounds with their state, the judges'
progress in a round (assigned, scored), the ranking with scores, ties and disagreements, and
the organizers' decisions made there — one team at a time (with an award), the top N in one
step, and publishing — through the same use cases as ``/decide`` and ``/publish_results``
(``decide_team``, ``select_top``, ``publish``). The ranking and every score are on the
Exports page as CSV and XLSX, one file per round."""

from __future__ import annotations

from bot.core import pages as p
from bot.core.exports import Sheet
from bot.core.messages import Msg, Text, Verbatim
from handlers.selection.common import person_name, round_name
from handlers.selection.decisions import MAX_AWARD, Decided, decide_team, select_top
from handlers.selection.publishing import publish, reach_of
from handlers.selection.ranking import (
    Ranking,
    RankingRow,
    number,
    ranking_of,
    ranking_sheet,
    scores_sheet,
)
from storage.selection import Outcome, RoundState, SelectionRepository, SelectionRound

SLUG = "selection"
STATE_TONES = {
    RoundState.PLANNED: "info",
    RoundState.OPEN: "warn",
    RoundState.CLOSED: "bad",
    RoundState.PUBLISHED: "ok",
}
OUTCOME_TONES = {
    Outcome.SELECTED: "ok",
    Outcome.WAITLISTED: "warn",
    Outcome.NOT_SELECTED: "bad",
}
BUTTONS = {
    Outcome.SELECTED: "sel-dash-button-select",
    Outcome.WAITLISTED: "sel-dash-button-waitlist",
    Outcome.NOT_SELECTED: "sel-dash-button-reject",
}


def _store(ctx: p.PageContext) -> SelectionRepository:
    return ctx.uow.get(SelectionRepository)


async def _rounds(ctx: p.PageContext) -> list[SelectionRound]:
    return await _store(ctx).rounds(ctx.program.id) if ctx.program else []


async def _chosen(ctx: p.PageContext, rounds: list[SelectionRound]) -> SelectionRound | None:
    """The round the query or form names (only one of this program); without one, the first
    round not published yet, else the last."""
    wanted = ctx.int_param("round")
    if wanted is not None:
        return next((r for r in rounds if r.id == wanted), None)
    return next((r for r in rounds if r.published_at is None), rounds[-1] if rounds else None)


def _state(row: SelectionRound, ctx: p.PageContext) -> p.Badge:
    state = row.state(ctx.now())
    return p.Badge(Msg(f"sel-dash-state-{state}"), STATE_TONES[state])  # type: ignore[arg-type]


def _rounds_table(ctx: p.PageContext, rounds: list[SelectionRound]) -> p.Table:
    return p.Table(
        [
            Msg("sel-dash-col-round"),
            Msg("dash-col-status"),
            Msg("sel-dash-col-opens"),
            Msg("sel-dash-col-closes"),
            Msg("sel-dash-col-target"),
        ],
        [
            [
                p.Link(round_name(row, ctx.locale), SLUG, {"round": row.id}),
                _state(row, ctx),
                row.opens_at,
                row.closes(),
                row.select_target,
            ]
            for row in rounds
        ],
        name="rounds",
    )


async def _judges_table(ctx: p.PageContext, row: SelectionRound) -> p.Table:
    """Each judge of the round: teams assigned, scored, still to score."""
    store = _store(ctx)
    assigned: dict[int, set[int]] = {}
    for assignment in await store.assignments(row.id):
        assigned.setdefault(assignment.judge_id, set()).add(assignment.team_id)
    scored: dict[int, set[int]] = {}
    for review in await store.reviews(row.id):
        scored.setdefault(review.judge_id, set()).add(review.team_id)
    people = {person.id: person for person in await ctx.uow.participants.many(set(assigned))}
    rows: list[list[p.Cell]] = []
    for judge_id, teams in sorted(
        assigned.items(), key=lambda item: (people[item[0]].display_name or "", item[0])
    ):
        done = len(teams & scored.get(judge_id, set()))
        rows.append([person_name(people[judge_id]), len(teams), done, len(teams) - done])
    return p.Table(
        [
            Msg("sel-dash-col-judge"),
            Msg("sel-dash-col-assigned"),
            Msg("sel-dash-col-scored"),
            Msg("sel-dash-col-left"),
        ],
        rows,
        empty=Msg("sel-dash-no-judges"),
        name="judges",
    )


def _decision(entry: RankingRow) -> list[p.CellValue]:
    if entry.outcome is None:
        return [p.Badge(Msg("sel-outcome-none"))]
    outcome = Outcome(entry.outcome)
    shown: list[p.CellValue] = [
        p.Badge(Msg(f"sel-outcome-{outcome}"), OUTCOME_TONES[outcome])  # type: ignore[arg-type]
    ]
    if entry.award:
        shown.append(Verbatim(entry.award))
    return shown


def _buttons(row: SelectionRound, entry: RankingRow) -> list[p.CellValue]:
    """The decisions that can be made on the team: any before publishing; after it, only a
    move up for a team not selected (its members are told at once)."""
    fields = {"round": row.id, "team": entry.team_id}
    if row.published_at is not None:
        if entry.outcome == Outcome.SELECTED:
            return []
        return [
            p.Button(
                Msg("sel-dash-button-move-up"),
                "decide",
                {**fields, "outcome": Outcome.SELECTED.value},
                confirm=Msg("sel-dash-confirm-move-up", {"team": entry.team}),
            )
        ]
    return [
        p.Button(Msg(label), "decide", {**fields, "outcome": outcome.value})
        for outcome, label in BUTTONS.items()
        if entry.outcome != outcome
    ]


def _ranking_table(row: SelectionRound, ranking: Ranking) -> p.Table:
    rows: list[list[p.Cell]] = []
    for entry in ranking.rows:
        r = entry.ranked
        rows.append(
            [
                Msg(
                    "sel-dash-place",
                    {"place": str(r.place) if r.place else "-", "tie": "yes" if r.tied else "no"},
                ),
                Verbatim(entry.team),
                number(r.mean),
                number(r.normalized, signed=True),
                r.scores_in,
                r.missing,
                number(r.spread),
                p.Badge(Msg("sel-dash-disagree"), "warn") if r.disagreement else None,
                _decision(entry),
                _buttons(row, entry),
            ]
        )
    return p.Table(
        [
            Msg("sel-dash-col-place"),
            Msg("dash-col-team"),
            Msg("sel-dash-col-mean"),
            Msg("sel-dash-col-normalized"),
            Msg("sel-dash-col-in"),
            Msg("sel-dash-col-missing"),
            Msg("sel-dash-col-spread"),
            Msg("sel-dash-col-disagreement"),
            Msg("sel-dash-col-decision"),
            Msg("dash-col-action"),
        ],
        rows,
        empty=Msg("sel-dash-no-teams"),
        name="ranking",
    )


def _decide_form(row: SelectionRound, ranking: Ranking) -> p.Form:
    """A team's decision with an award label (a grant), as ``/decide`` asks for one."""
    outcomes: list[tuple[str, Text]] = [
        (outcome.value, Msg(f"sel-outcome-{outcome}")) for outcome in BUTTONS
    ]
    return p.Form(
        [
            p.Hidden("round", row.id),
            p.Select(
                "team",
                Msg("dash-col-team"),
                [(str(e.team_id), Verbatim(e.team)) for e in ranking.rows],
            ),
            p.Select("outcome", Msg("sel-dash-col-decision"), outcomes),
            p.TextInput("award", Msg("sel-dash-award"), max_length=MAX_AWARD),
        ],
        [p.Submit(Msg("dash-button-save"), "decide")],
        name="decide",
    )


def _top_form(row: SelectionRound) -> p.Form:
    return p.Form(
        [
            p.Hidden("round", row.id),
            p.TextInput("n", Msg("sel-dash-top-n"), str(row.select_target or ""), required=True),
        ],
        [p.Submit(Msg("sel-dash-button-top"), "top", confirm=Msg("sel-dash-confirm-top"))],
        name="top",
    )


async def _publish_section(ctx: p.PageContext, row: SelectionRound) -> p.Section:
    """What publishing would send, and the button; or why it cannot be pressed now."""
    state = row.state(ctx.now())
    title = Msg("sel-dash-publish")
    if state == RoundState.PUBLISHED:
        assert row.published_at is not None
        return p.Section(
            title, [p.Callout(Msg("sel-dash-published-at", {"at": row.published_at}), "ok")]
        )
    if state != RoundState.CLOSED:
        return p.Section(
            title, [p.Callout(Msg("sel-dash-publish-after", {"closes": row.closes()}), "info")]
        )
    reach = await reach_of(ctx.uow, row, ctx.settings.default_language)
    blocks: list[p.Block] = [p.Paragraph(line) for line in reach.lines()]
    blocks.append(
        p.Form(
            [p.Hidden("round", row.id)],
            [
                p.Submit(
                    Msg("sel-button-publish"),
                    "publish",
                    confirm=Msg("sel-dash-confirm-publish", {"messages": reach.messages()}),
                )
            ],
            name="publish",
        )
    )
    return p.Section(title, blocks)


async def view(ctx: p.PageContext) -> list[p.Block]:
    if ctx.program is None:
        return [p.Callout(Msg("dash-no-program"), "bad")]
    rounds = await _rounds(ctx)
    if not rounds:
        return [p.Callout(Msg("sel-no-rounds"), "info")]
    row = await _chosen(ctx, rounds)
    blocks: list[p.Block] = [p.Section(Msg("sel-dash-rounds"), [_rounds_table(ctx, rounds)])]
    if row is None:
        return [*blocks, p.Callout(Msg("sel-dash-round-unknown"), "bad")]
    ranking = await ranking_of(ctx.uow, row)
    decided = sum(1 for entry in ranking.rows if entry.outcome == Outcome.SELECTED)
    blocks += [
        p.Section(
            Msg("sel-dash-round", {"round": round_name(row, ctx.locale)}),
            [
                p.Stats(
                    [
                        p.Stat(Msg("sel-dash-stat-teams"), len(ranking.rows), "teams"),
                        p.Stat(Msg("sel-dash-stat-judges"), ranking.judges, "judges"),
                        p.Stat(Msg("sel-dash-stat-scores"), ranking.scores_in, "scores"),
                        p.Stat(Msg("sel-dash-stat-missing"), ranking.scores_missing, "missing"),
                        p.Stat(Msg("sel-dash-stat-selected"), decided, "selected"),
                    ]
                ),
            ],
            name="round",
        ),
        p.Section(Msg("sel-dash-judges"), [await _judges_table(ctx, row)]),
        p.Section(
            Msg("sel-dash-ranking"),
            [p.Paragraph(Msg("sel-dash-ranking-note"), "muted"), _ranking_table(row, ranking)],
        ),
    ]
    if ranking.rows and row.published_at is None:
        blocks.append(
            p.Section(Msg("sel-dash-decide"), [_decide_form(row, ranking), _top_form(row)])
        )
    blocks.append(await _publish_section(ctx, row))
    return blocks


async def _round_of(ctx: p.PageContext, form: p.FormData) -> SelectionRound | None:
    """The posted round, when it is one of the organizer's program."""
    row = await _store(ctx).round(form.number("round") or 0)
    if row is None or ctx.program is None or row.program_id != ctx.program.id:
        return None
    return row


async def decide(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    row = await _round_of(ctx, form)
    if row is None:
        return p.Outcome(Msg("sel-dash-round-unknown"), ok=False)
    try:
        outcome = Outcome(form.text("outcome"))
    except ValueError:
        return p.Outcome(Msg("sel-dash-bad-decision"), ok=False)
    team_id = form.number("team")
    candidates = await _store(ctx).candidate_team_ids(row)
    team = await ctx.uow.teams.get(team_id) if team_id in candidates else None
    if team is None:
        return p.Outcome(Msg("sel-dash-bad-decision"), ok=False)
    award = " ".join(form.text("award").split()) if "award" in form.values else None
    if award is not None and len(award) > MAX_AWARD:
        return p.Outcome(Msg("sel-award-invalid", {"max": MAX_AWARD}), ok=False)
    done = await decide_team(ctx, row, team, outcome, award)
    audit: dict[str, str | int] = {"round": row.key, "team": team.id, "outcome": outcome.value}
    if done == Decided.REFUSED:
        return p.Outcome(Msg("sel-decide-published"), ok=False)
    if done == Decided.MOVED_UP:
        name = round_name(row, ctx.locale)
        return p.Outcome(
            Msg("sel-moved-up", {"team": team.name, "round": name}),
            go={"round": row.id},
            audit={**audit, "moved_up": 1},
        )
    decision = (await _store(ctx).decisions(row.id))[team.id]
    message = Msg(
        "sel-decided-award" if decision.award else "sel-decided",
        {
            "team": team.name,
            "outcome": Msg(f"sel-outcome-{outcome}"),
            "award": Verbatim(decision.award),
        },
    )
    return p.Outcome(message, go={"round": row.id}, audit=audit)


async def top(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    row = await _round_of(ctx, form)
    if row is None:
        return p.Outcome(Msg("sel-dash-round-unknown"), ok=False)
    n = form.number("n")
    if n is None or n < 1:
        return p.Outcome(Msg("sel-dash-bad-top"), ok=False)
    if row.published_at is not None:
        return p.Outcome(Msg("sel-decide-published"), ok=False)
    chosen = await select_top(ctx, row, await ranking_of(ctx.uow, row), n)
    return p.Outcome(
        Msg(
            "sel-top-done",
            {"n": n, "selected": len(chosen), "tie": "yes" if len(chosen) > n else "no"},
        ),
        go={"round": row.id},
        audit={"round": row.key, "n": n, "selected": len(chosen)},
    )


async def publish_round(ctx: p.PageContext, form: p.FormData) -> p.Outcome:
    """``publish`` as the chat's Publish button calls it, after the same check: judging
    closed and the round not published yet."""
    row = await _round_of(ctx, form)
    if row is None:
        return p.Outcome(Msg("sel-dash-round-unknown"), ok=False)
    name = round_name(row, ctx.locale)
    state = row.state(ctx.now())
    if state == RoundState.PUBLISHED:
        assert row.published_at is not None
        return p.Outcome(
            Msg("sel-publish-done-already", {"round": name, "at": row.published_at}), ok=False
        )
    if state != RoundState.CLOSED:
        return p.Outcome(
            Msg("sel-publish-still-open", {"round": name, "closes": row.closes()}), ok=False
        )
    done = await publish(ctx.uow, row, ctx.now())
    return p.Outcome(
        Msg(
            "sel-published",
            {
                "round": name,
                "messages": done.messages,
                "selected": done.teams.get(Outcome.SELECTED, 0),
                "waitlisted": done.teams.get(Outcome.WAITLISTED, 0),
                "rejected": done.teams.get(Outcome.NOT_SELECTED, 0),
            },
        ),
        go={"round": row.id},
        audit={"round": row.key, "messages": done.messages},
    )


async def _export_round(ctx: p.PageContext) -> SelectionRound | None:
    rounds = await _rounds(ctx)
    return next((r for r in rounds if r.id == ctx.int_param("round")), None)


async def ranking_table(ctx: p.PageContext) -> Sheet:
    row = await _export_round(ctx)
    if row is None:
        return ranking_sheet(None)
    return ranking_sheet(await ranking_of(ctx.uow, row))


async def scores_table(ctx: p.PageContext) -> Sheet:
    row = await _export_round(ctx)
    return await scores_sheet(ctx.uow, row)


async def round_variants(ctx: p.PageContext) -> list[p.Variant]:
    return [p.Variant(round_name(r, ctx.locale), {"round": r.id}) for r in await _rounds(ctx)]


PAGE = p.Page(
    SLUG,
    "sel-dash-page",
    view,
    actions=(
        p.Action("decide", decide),
        p.Action("top", top),
        p.Action("publish", publish_round),
    ),
    order=50,
)
EXPORTS = (
    p.Export("ranking", "sel-dash-export-ranking", table=ranking_table, variants=round_variants),
    p.Export("scores", "sel-dash-export-scores", table=scores_table, variants=round_variants),
)
