"""The arithmetic of a round, on plain values (no I/O), so the chat and a dashboard page share it.

- A judge's **overall** score of a team is the weighted mean of their points, each criterion's
  points first put on the 1–5 scale (a 1–10 criterion's 10 is a 5), so rounds whose criteria
  have different scales still read as "out of 5".
- A team's **mean** is the mean of its judges' overall scores. Teams are ranked by it; equal
  means (to a millionth) share a place and are marked as a tie.
- The **normalized** score is the mean of the judges' z-scores: each judge's overall scores
  minus that judge's own mean, divided by their standard deviation (0 for a judge with fewer
  than two teams or all equal). A harsh or a lenient judge then weighs like any other.
- The **spread** is the largest difference between two judges on one criterion (1–5 scale); a
  spread of 2 or more is a **disagreement** worth a look before the cut.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DISAGREEMENT = 2.0
TIE_DIGITS = 6


@dataclass(frozen=True)
class Criterion:
    key: str
    names: dict[str, str]
    weight: float
    low: int
    high: int

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Criterion:
        return cls(
            str(data["id"]),
            dict(data["names"]),
            float(data["weight"]),
            int(data["low"]),
            int(data["high"]),
        )

    def on_five(self, points: int) -> float:
        return 1 + 4 * (points - self.low) / (self.high - self.low)

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or self.key


def criteria_of(rows: Sequence[Mapping[str, Any]]) -> list[Criterion]:
    return [Criterion.of(row) for row in rows]


def overall(scores: Mapping[str, int], criteria: Sequence[Criterion]) -> float | None:
    """The weighted mean on the 1–5 scale of the criteria scored; ``None`` when none is."""
    total = weights = 0.0
    for criterion in criteria:
        points = scores.get(criterion.key)
        if points is not None:
            total += criterion.weight * criterion.on_five(int(points))
            weights += criterion.weight
    return total / weights if weights else None


@dataclass(frozen=True)
class Review:
    judge: int
    team: int
    scores: Mapping[str, int]


@dataclass(frozen=True)
class RankedTeam:
    team: int
    place: int | None
    """1 for the best; tied teams share a place; ``None`` for a team nobody scored yet."""
    tied: bool
    mean: float | None
    normalized: float | None
    scores_in: int
    missing: int
    """Judges assigned to the team who have not scored it."""
    spread: float
    disagreement: bool


def rank(
    teams: Sequence[int],
    reviews: Sequence[Review],
    assigned: Mapping[int, set[int]],
    criteria: Sequence[Criterion],
) -> list[RankedTeam]:
    """Every team of ``teams``: the scored ones best first, then the rest in the given order."""
    overall_of: dict[tuple[int, int], float] = {}
    by_team: dict[int, list[Review]] = defaultdict(list)
    by_judge: dict[int, list[float]] = defaultdict(list)
    for review in reviews:
        score = overall(review.scores, criteria)
        if score is None:
            continue
        overall_of[(review.judge, review.team)] = score
        by_team[review.team].append(review)
        by_judge[review.judge].append(score)
    spread_of_judge = {
        judge: (statistics.fmean(values), statistics.pstdev(values))
        for judge, values in by_judge.items()
    }

    def z(judge: int, score: float) -> float:
        mean, deviation = spread_of_judge[judge]
        return (score - mean) / deviation if len(by_judge[judge]) > 1 and deviation > 0 else 0.0

    rows = []
    for position, team in enumerate(teams):
        scored = by_team.get(team, [])
        values = [overall_of[(r.judge, team)] for r in scored]
        judges = {r.judge for r in scored}
        rows.append(
            (
                position,
                team,
                statistics.fmean(values) if values else None,
                statistics.fmean(z(r.judge, overall_of[(r.judge, team)]) for r in scored)
                if scored
                else None,
                len(scored),
                len(assigned.get(team, set()) - judges),
                _spread(scored, criteria),
            )
        )
    rows.sort(key=lambda r: (r[2] is None, -(r[2] or 0.0), -(r[3] or 0.0), r[0]))
    keys = [round(r[2], TIE_DIGITS) if r[2] is not None else None for r in rows]
    ranked = []
    for index, (_, team, mean, normalized, count, missing, spread) in enumerate(rows):
        key = keys[index]
        place = None if key is None else keys.index(key) + 1
        tied = key is not None and keys.count(key) > 1
        ranked.append(
            RankedTeam(
                team, place, tied, mean, normalized, count, missing, spread, spread >= DISAGREEMENT
            )
        )
    return ranked


def _spread(reviews: Sequence[Review], criteria: Sequence[Criterion]) -> float:
    widest = 0.0
    for criterion in criteria:
        values = [
            criterion.on_five(int(r.scores[criterion.key]))
            for r in reviews
            if r.scores.get(criterion.key) is not None
        ]
        if len(values) > 1:
            widest = max(widest, max(values) - min(values))
    return widest


def top(ranked: Sequence[RankedTeam], n: int) -> list[int]:
    """The teams placed within the first ``n``: a tie at the cut takes every tied team."""
    return [row.team for row in ranked if row.place is not None and row.place <= n]
