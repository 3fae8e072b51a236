"""Spreading teams across judges, on plain values (no I/O).

Each team needs ``per_team`` judges; a judge may not judge a team they are blocked from (an
organization in common, a declared conflict). Assignments that stay (``current``) are kept.
The most constrained teams are served first, each by the least loaded judges it may have;
then single new assignments move from the most to the least loaded judge while that narrows
the gap, so loads end up within one of each other whenever the conflicts allow it. This is a
few dozen lines of greedy work with a repair pass; a flow solver would be exact but is not
needed at a program's size (500 teams and 40 judges take milliseconds: ``bench/selection.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence, Set
from dataclasses import dataclass, field


@dataclass
class Plan:
    added: list[tuple[int, int]] = field(default_factory=list)
    """``(team, judge)`` assignments to add."""
    short: dict[int, int] = field(default_factory=dict)
    """Teams that could not get enough judges, with how many they lack."""
    loads: dict[int, int] = field(default_factory=dict)
    """Teams per judge once the plan is applied."""


def plan_assignment(
    teams: Sequence[int],
    judges: Sequence[int],
    per_team: int,
    current: Mapping[int, Collection[int]],
    blocked: Set[tuple[int, int]],
) -> Plan:
    """``blocked`` holds ``(judge, team)`` pairs; ``current`` maps a team to the judges it keeps
    (some may no longer be judges: a score already given stays and counts)."""
    loads = {judge: 0 for judge in judges}
    on_team = {team: set(current.get(team, ())) for team in teams}
    for members in on_team.values():
        for judge in members:
            if judge in loads:
                loads[judge] += 1

    def eligible(team: int) -> list[int]:
        return [j for j in judges if (j, team) not in blocked and j not in on_team[team]]

    plan = Plan()
    position = {team: index for index, team in enumerate(teams)}
    needing = [t for t in teams if len(on_team[t]) < per_team]
    needing.sort(key=lambda t: (len(eligible(t)), position[t]))
    order = {judge: index for index, judge in enumerate(judges)}
    for team in needing:
        for _ in range(per_team - len(on_team[team])):
            options = eligible(team)
            if not options:
                plan.short[team] = plan.short.get(team, 0) + 1
                continue
            judge = min(options, key=lambda j: (loads[j], order[j]))
            on_team[team].add(judge)
            loads[judge] += 1
            plan.added.append((team, judge))
    _even_out(plan, loads, on_team, blocked, order)
    plan.loads = loads
    return plan


def _even_out(
    plan: Plan,
    loads: dict[int, int],
    on_team: dict[int, set[int]],
    blocked: Set[tuple[int, int]],
    order: Mapping[int, int],
) -> None:
    """Move new assignments from heavy to light judges while some judge carries two or more
    teams above another."""
    while loads:
        lightest = min(loads.values())
        moved = False
        for heavy in sorted(loads, key=lambda j: (-loads[j], order[j])):
            if loads[heavy] - lightest < 2:
                break
            for index, (team, judge) in enumerate(plan.added):
                if judge != heavy:
                    continue
                light = next(
                    (
                        j
                        for j in sorted(loads, key=lambda j: (loads[j], order[j]))
                        if loads[j] <= loads[heavy] - 2
                        and (j, team) not in blocked
                        and j not in on_team[team]
                    ),
                    None,
                )
                if light is None:
                    continue
                plan.added[index] = (team, light)
                on_team[team].discard(heavy)
                on_team[team].add(light)
                loads[heavy] -= 1
                loads[light] += 1
                moved = True
                break
            if moved:
                break
        if not moved:
            return
