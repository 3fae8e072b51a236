"""The arithmetic of a round on plain values: overall scores on the 1–5 scale, the ranking with
ties, z-scores and disagreements, the top N, and spreading teams across judges."""

from __future__ import annotations

from handlers.selection.balance import plan_assignment
from handlers.selection.scoring import Criterion, RankedTeam, Review, overall, rank, top

IMPACT = Criterion("impact", {"en": "Impact"}, 2.0, 1, 5)
PITCH = Criterion("pitch", {"en": "Pitch"}, 1.0, 1, 10)


def test_overall_puts_every_criterion_on_the_five_point_scale() -> None:
    assert (
        overall({"impact": 5, "pitch": 10}, [IMPACT, PITCH]),
        overall({"impact": 1, "pitch": 1}, [IMPACT, PITCH]),
        overall({"impact": 3, "pitch": 4}, [IMPACT, PITCH]),
        overall({"pitch": 10}, [IMPACT, PITCH]),
        overall({}, [IMPACT, PITCH]),
    ) == (5.0, 1.0, (2 * 3 + (1 + 4 * 3 / 9)) / 3, 5.0, None)


def rounded(row: RankedTeam) -> tuple[object, ...]:
    mean = None if row.mean is None else round(row.mean, 4)
    normalized = None if row.normalized is None else round(row.normalized, 4)
    return (
        row.team,
        row.place,
        row.tied,
        mean,
        normalized,
        row.scores_in,
        row.missing,
        row.spread,
        row.disagreement,
    )


def test_ties_share_a_place_and_a_harsh_judge_weighs_like_any_other() -> None:
    # Judge 1 is harsh (2 and 1), judge 2 lenient (5, 4, 4); each put team 10 first.
    reviews = [
        Review(1, 10, {"impact": 2}),
        Review(1, 11, {"impact": 1}),
        Review(2, 10, {"impact": 5}),
        Review(2, 12, {"impact": 4}),
        Review(2, 13, {"impact": 4}),
    ]
    assigned = {10: {1, 2}, 11: {1}, 14: {1, 2}}
    ranked = rank([10, 11, 12, 13, 14], reviews, assigned, [IMPACT])
    # z: judge 1 (mean 1.5, deviation 0.5) +1 and -1; judge 2 (mean 13/3, deviation √2/3)
    # +√2 for team 10 and -√2/2 for 12 and 13.
    assert [rounded(r) for r in ranked] == [
        (12, 1, True, 4.0, -0.7071, 1, 0, 0.0, False),
        (13, 1, True, 4.0, -0.7071, 1, 0, 0.0, False),
        (10, 3, False, 3.5, 1.2071, 2, 0, 3.0, True),
        (11, 4, False, 1.0, -1.0, 1, 0, 0.0, False),
        (14, None, False, None, None, 0, 2, 0.0, False),
    ]
    assert (top(ranked, 1), top(ranked, 2), top(ranked, 3), top(ranked, 9)) == (
        [12, 13],
        [12, 13],
        [12, 13, 10],
        [12, 13, 10, 11],
    )


def test_a_spread_under_two_points_is_no_disagreement() -> None:
    reviews = [Review(1, 10, {"impact": 3, "pitch": 4}), Review(2, 10, {"impact": 4, "pitch": 6})]
    (row,) = rank([10], reviews, {10: {1, 2, 3}}, [IMPACT, PITCH])
    # pitch 4 and 6 of 10 are 2.33 and 3.22 on the five-point scale: 0.89 apart.
    assert (round(row.spread, 4), row.disagreement, row.missing) == (1.0, False, 1)


def test_loads_stay_within_one_when_conflicts_allow_it() -> None:
    teams, judges = list(range(1, 13)), [101, 102, 103]
    plan = plan_assignment(teams, judges, 2, {}, {(102, 3), (102, 4), (102, 5)})
    assert (plan.loads, plan.short, len(plan.added)) == ({101: 8, 102: 8, 103: 8}, {}, 24)
    assert all((102, t) not in {(j, t) for t, j in plan.added} for t in (3, 4, 5))
    assert sorted(len([1 for t, _ in plan.added if t == team]) for team in teams) == [2] * 12


def test_kept_assignments_count_and_a_team_nobody_may_judge_is_short() -> None:
    # Team 1 keeps judge 101 (and a score by 999, a judge who left); team 2 is blocked for all.
    plan = plan_assignment([1, 2, 3], [101, 102], 2, {1: {101, 999}}, {(101, 2), (102, 2)})
    assert (sorted(plan.added), plan.short, plan.loads) == (
        [(3, 101), (3, 102)],
        {2: 2},
        {101: 2, 102: 1},
    )


def test_heavy_loads_move_to_light_judges() -> None:
    # Judge 101 already carries three teams it keeps: the new ones go to the others.
    plan = plan_assignment(
        [1, 2, 3, 4, 5, 6], [101, 102, 103], 1, {1: {101}, 2: {101}, 3: {101}}, set()
    )
    assert (sorted(plan.added), plan.loads) == (
        [(4, 102), (5, 103), (6, 102)],
        {101: 3, 102: 2, 103: 1},
    )
