"""The SDG step of the registration wizard and of /edit_team: a toggle button per goal and
Done, or the numbers typed (``3, 7``) on any channel.

The goals chosen so far are kept in the flow's data. A toggle asks the step again with the
same ``edit_key``, so Telegram updates the prompt in place; the console prints it again, and
Messenger (which shows at most 13 quick replies) numbers the buttons as text lines, so a
typed number presses the goal of that number everywhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.core.context import Context
from bot.core.flows import STAY, Prompt, Step, flow_data
from bot.core.messages import ArgValue, Msg, Text
from handlers.teams import fields
from handlers.teams.common import sdg_lines

CHOSEN = "sdgs_chosen"
PROMPT_KEY = "sdgs_prompt"
TOGGLED = "sdgs_toggled"
DONE_VALUE = "done"
GOALS = range(1, fields.SDG_COUNT + 1)

Initial = Callable[[Context], Awaitable[list[int]]]
Save = Callable[[Context, list[int]], Awaitable[str]]


def _label(chosen: bool) -> str:
    return "team-sdg-button-chosen" if chosen else "team-sdg-button"


def sdg_step(name: str, initial: Initial, save: Save) -> Step:
    """The step ``name``: starts from ``initial`` (the team's goals when editing) and hands the
    chosen goals to ``save``, which returns where the flow goes next."""

    async def ask(ctx: Context) -> Prompt:
        data = flow_data(ctx)
        if CHOSEN not in data:
            data[CHOSEN] = sorted(await initial(ctx))
        chosen: list[int] = data[CHOSEN]
        if not data.pop(TOGGLED, False):
            data[PROMPT_KEY] = f"sdgs:{ctx.participant.id}:{ctx.now().isoformat()}"
        shown: ArgValue = ", ".join(str(n) for n in chosen) if chosen else Msg("team-none")
        choices: list[tuple[Text, str]] = [
            (
                Msg(_label(n in chosen), {"number": n}),
                str(n),
            )
            for n in GOALS
        ]
        choices.append((Msg("team-button-sdgs-done"), DONE_VALUE))
        return Prompt(
            Msg("team-ask-sdgs", {"goals": sdg_lines(list(GOALS)), "chosen": shown}),
            choices,
            edit_key=data[PROMPT_KEY],
        )

    async def chosen(ctx: Context, value: str) -> str:
        data = flow_data(ctx)
        goals: list[int] = list(data.get(CHOSEN, []))
        if value == DONE_VALUE:
            if not goals:
                ctx.reply("team-sdgs-choose-one")
                return STAY
            return await save(ctx, goals)
        if not value.isdigit() or int(value) not in GOALS:
            await ctx.router.flows.stale(ctx)
            return STAY
        number = int(value)
        if number in goals:
            goals.remove(number)
        elif len(goals) >= fields.MAX_SDGS:
            ctx.reply("team-sdgs-at-most", max=fields.MAX_SDGS)
            return STAY
        else:
            goals.append(number)
        data[CHOSEN], data[TOGGLED] = sorted(goals), True
        await ctx.router.flows.ask_again(ctx)
        return STAY

    async def typed(ctx: Context, text: str) -> str:
        try:
            goals = fields.sdgs(text)
        except fields.Invalid as error:
            ctx.reply(error.message_id)
            return STAY
        flow_data(ctx)[CHOSEN] = goals
        return await save(ctx, goals)

    return Step(name, ask, on_text=typed, on_choice=chosen)
