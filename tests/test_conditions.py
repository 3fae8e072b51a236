"""Menu conditions built from shared questions: each question is asked once per menu, and
``AllOf`` stops at the first part that does not hold."""

from __future__ import annotations

from typing import Any, cast

from bot.core.conditions import AllOf, Condition, Not, holds
from bot.core.context import Context


async def test_shared_questions_are_asked_once_and_all_of_stops_early() -> None:
    asked: list[str] = []

    def question(name: str, answer: bool) -> Any:
        async def ask(ctx: Context) -> bool:
            asked.append(name)
            return answer

        return ask

    in_team, follows, reporting = (
        question("in_team", False),
        question("follows", True),
        question("reporting", False),
    )
    conditions: list[Condition] = [
        in_team,
        AllOf((follows, Not(in_team))),
        AllOf((reporting, in_team)),
        AllOf((reporting, question("never", True))),
    ]
    answers: dict[Condition, bool] = {}
    ctx = cast(Context, object())
    shown = [await holds(condition, ctx, answers) for condition in conditions]
    assert (shown, asked) == ([False, True, False, False], ["in_team", "follows", "reporting"])
