"""When a menu item is shown: a question about the person (``in_a_team``), or one built from
others (``Not(in_a_team)``, ``AllOf((reporting_program, in_a_team))``), so that the menu asks
each question once per message however many items share it (each asking is a query)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.core.context import Context

Question = Callable[[Context], Awaitable[bool]]


@dataclass(frozen=True)
class Not:
    part: Condition


@dataclass(frozen=True)
class AllOf:
    """All parts hold; asked in order, the rest left unasked once one does not."""

    parts: tuple[Condition, ...]


Condition = Question | Not | AllOf


async def holds(condition: Condition, ctx: Context, answers: dict[Condition, bool]) -> bool:
    """Whether ``condition`` holds for the person, every question asked at most once across the
    conditions that share ``answers``."""
    if condition in answers:
        return answers[condition]
    if isinstance(condition, Not):
        result = not await holds(condition.part, ctx, answers)
    elif isinstance(condition, AllOf):
        result = True
        for part in condition.parts:
            if not await holds(part, ctx, answers):
                result = False
                break
    else:
        result = await condition(ctx)
    answers[condition] = result
    return result
