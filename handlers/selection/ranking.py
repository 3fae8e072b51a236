"""/ranking ROUND for organizers: the round's teams by weighted mean, with scores in and
missing, the normalized column, ties and disagreements (``scoring.py``), and two Excel-safe
CSVs: every score, and the ranking. ``ranking_of`` returns plain values for a dashboard page."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, Sheet, csv_bytes
from bot.core.messages import Button, Document, Msg
from bot.core.roles import Role
from bot.core.router import Router
from handlers.selection.buttons import PickRound, RoundAct, RoundCsv
from handlers.selection.common import round_from_argument, round_name, round_of_program
from handlers.selection.scoring import RankedTeam, Review, criteria_of, rank
from storage.selection import SelectionRepository, SelectionRound
from storage.uow import UnitOfWork

router = Router()

SHOWN = 50
"""Teams listed in the chat; the CSV has all of them."""


@dataclass(frozen=True)
class RankingRow:
    team_id: int
    team: str
    ranked: RankedTeam
    outcome: str | None
    award: str


@dataclass(frozen=True)
class Ranking:
    round_id: int
    rows: list[RankingRow]
    judges: int
    scores_in: int
    scores_missing: int


async def ranking_of(uow: UnitOfWork, row: SelectionRound) -> Ranking:
    """The round's candidates ranked, with their current decisions (the use case behind
    /ranking, top-N selection and the ranking CSV)."""
    store = uow.get(SelectionRepository)
    names = {team.id: team.name for team in await store.candidate_teams(row)}
    assigned: dict[int, set[int]] = {}
    for assignment in await store.assignments(row.id):
        assigned.setdefault(assignment.team_id, set()).add(assignment.judge_id)
    reviews = [
        Review(r.judge_id, r.team_id, r.scores)
        for r in await store.reviews(row.id)
        if r.team_id in names
    ]
    ranked = rank(list(names), reviews, assigned, criteria_of(row.criteria))
    decisions = await store.decisions(row.id)
    rows = [
        RankingRow(
            r.team,
            names[r.team],
            r,
            decisions[r.team].outcome if r.team in decisions else None,
            decisions[r.team].award if r.team in decisions else "",
        )
        for r in ranked
    ]
    return Ranking(
        row.id,
        rows,
        judges=len({j for judges in assigned.values() for j in judges}),
        scores_in=sum(r.scores_in for r in ranked),
        scores_missing=sum(r.missing for r in ranked),
    )


def number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def ranking_line(row: RankingRow) -> Msg:
    r = row.ranked
    return Msg(
        "sel-ranking-line",
        {
            "place": str(r.place) if r.place is not None else "-",
            "tie": "yes" if r.tied else "no",
            "team": row.team,
            "mean": number(r.mean),
            "z": number(r.normalized, signed=True),
            "n": r.scores_in,
            "missing": r.missing,
            "spread": number(r.spread),
            "flag": "yes" if r.disagreement else "no",
            "outcome": row.outcome or "none",
        },
    )


async def show_ranking(ctx: Context, row: SelectionRound) -> None:
    ranking = await ranking_of(ctx.uow, row)
    if not ranking.rows:
        ctx.reply("sel-ranking-empty", round=round_name(row, ctx.locale))
        return
    lines = [ranking_line(r) for r in ranking.rows[:SHOWN]]
    if len(ranking.rows) > SHOWN:
        lines.append(Msg("sel-ranking-more", {"n": len(ranking.rows) - SHOWN}))
    ctx.reply(
        "sel-ranking",
        buttons=[
            Button(Msg("sel-button-decide"), PickRound(RoundAct.DECIDE, row.id).pack()),
            Button(Msg("sel-button-scores-csv"), RoundCsv(row.id, False).pack()),
            Button(Msg("sel-button-ranking-csv"), RoundCsv(row.id, True).pack()),
        ],
        round=round_name(row, ctx.locale),
        state=row.state(ctx.now()).value,
        teams=len(ranking.rows),
        judges=ranking.judges,
        scores=ranking.scores_in,
        missing=ranking.scores_missing,
        lines=lines,
    )


@router.command("ranking", help_id="help-ranking", roles=(Role.ORGANIZER,))
async def ranking(ctx: Context) -> None:
    row = await round_from_argument(ctx, RoundAct.RANK)
    if row is not None:
        await show_ranking(ctx, row)


SCORE_COLUMNS = (
    "round",
    "judge",
    "judge_id",
    "team",
    "criterion",
    "score",
    "scale",
    "weight",
    "comment",
    "feedback",
    "scored_at_utc",
)
RANKING_COLUMNS = (
    "place",
    "tie",
    "team",
    "mean",
    "normalized",
    "scores_in",
    "missing",
    "spread",
    "disagreement",
    "decision",
    "award",
)


async def scores_sheet(uow: UnitOfWork, row: SelectionRound | None) -> Sheet:
    """Every score of the round: one row per judge, team and criterion (only the header
    without a round)."""
    if row is None:
        return Sheet("scores", SCORE_COLUMNS)
    store = uow.get(SelectionRepository)
    reviews = await store.reviews(row.id)
    judges = {p.id: p for p in await uow.participants.many({r.judge_id for r in reviews})}
    teams = {t.id: t.name for t in await uow.teams.in_program(row.program_id, True)}
    criteria = criteria_of(row.criteria)
    rows: list[tuple[Cell, ...]] = []
    for review in reviews:
        judge = judges.get(review.judge_id)
        for criterion in criteria:
            rows.append(
                (
                    row.key,
                    (judge.display_name if judge else None) or "",
                    review.judge_id,
                    teams.get(review.team_id, ""),
                    criterion.key,
                    review.scores.get(criterion.key),
                    f"{criterion.low}-{criterion.high}",
                    criterion.weight,
                    review.comment,
                    review.feedback,
                    review.scored_at,
                )
            )
    return Sheet("scores", SCORE_COLUMNS, rows)


async def scores_csv(uow: UnitOfWork, row: SelectionRound) -> bytes:
    sheet = await scores_sheet(uow, row)
    return csv_bytes(sheet.header, sheet.rows)


def ranking_sheet(ranking: Ranking | None) -> Sheet:
    """The ranking as the CSV and the dashboard's XLSX have it (only the header without)."""
    rows: list[tuple[Cell, ...]] = [
        (
            r.ranked.place,
            r.ranked.tied,
            r.team,
            round(r.ranked.mean, 4) if r.ranked.mean is not None else None,
            round(r.ranked.normalized, 4) if r.ranked.normalized is not None else None,
            r.ranked.scores_in,
            r.ranked.missing,
            round(r.ranked.spread, 4),
            r.ranked.disagreement,
            r.outcome or "",
            r.award,
        )
        for r in (ranking.rows if ranking is not None else [])
    ]
    return Sheet("ranking", RANKING_COLUMNS, rows)


def ranking_csv(ranking: Ranking) -> bytes:
    sheet = ranking_sheet(ranking)
    return csv_bytes(sheet.header, sheet.rows)


@router.button(RoundCsv, roles=(Role.ORGANIZER,))
async def send_csv(ctx: Context, pressed: RoundCsv) -> None:
    row = await round_of_program(ctx, pressed.round)
    if row is None:
        return
    stamp = ctx.now().strftime("%Y%m%d-%H%M")
    if pressed.ranking:
        content = ranking_csv(await ranking_of(ctx.uow, row))
        name = f"{row.program_id}-{row.key}-ranking-{stamp}.csv"
    else:
        content = await scores_csv(ctx.uow, row)
        name = f"{row.program_id}-{row.key}-scores-{stamp}.csv"
    ctx.reply(
        "sel-csv-ready",
        document=Document(name, content, CSV_MIME),
        round=round_name(row, ctx.locale),
        kind="ranking" if pressed.ranking else "scores",
    )
