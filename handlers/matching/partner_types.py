"""The step that chooses partner types from the fixed list (a team's needs, a visitor's
offers): toggle buttons with Done, or the numbers typed (``1, 3``)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import NEXT, STAY, Prompt, Step, flow_data
from bot.core.messages import Msg, Text
from handlers.matching.common import NEEDS, need_label

DONE_VALUE = "done"


def parse_needs(text: str) -> list[str] | None:
    """``1, 3`` → the first and third type; ``None`` when a number is not on the list."""
    parts = [p for p in text.replace("、", ",").replace(" ", ",").split(",") if p]
    if not parts or not all(p.isdigit() and 1 <= int(p) <= len(NEEDS) for p in parts):
        return None
    return sorted({NEEDS[int(p) - 1].value for p in parts}, key=[n.value for n in NEEDS].index)


def partner_type_step(name: str, question: str) -> Step:
    """A step named ``name`` keeping the chosen types in the flow's data under ``name``;
    ``question`` is the message id that asks (it gets the numbered list as ``needs``)."""

    async def ask(ctx: Context) -> Prompt:
        chosen = flow_data(ctx).get(name, [])
        choices: list[tuple[Text, str]] = [
            (
                Msg(
                    "match-button-need",
                    {"need": need_label(need), "chosen": "yes" if need in chosen else "no"},
                ),
                need.value,
            )
            for need in NEEDS
        ]
        choices.append((Msg("match-button-done"), DONE_VALUE))
        lines = [
            Msg("match-numbered", {"n": i, "label": need_label(need)})
            for i, need in enumerate(NEEDS, 1)
        ]
        return Prompt(Msg(question, {"needs": lines}), choices)

    async def typed(ctx: Context, text: str) -> str:
        chosen = parse_needs(text)
        if chosen is None:
            ctx.reply("match-needs-invalid", max=len(NEEDS))
            return STAY
        flow_data(ctx)[name] = chosen
        return NEXT

    async def pressed(ctx: Context, value: str) -> str:
        data = flow_data(ctx)
        chosen: list[str] = list(data.get(name, []))
        if value == DONE_VALUE:
            if not chosen:
                ctx.reply("match-needs-choose-one")
                return STAY
            return NEXT
        if value not in [n.value for n in NEEDS]:
            await ctx.router.flows.stale(ctx)
            return STAY
        if value in chosen:
            chosen.remove(value)
        else:
            chosen.append(value)
        data[name] = [n.value for n in NEEDS if n.value in chosen]
        await ctx.router.flows.ask_again(ctx)
        return STAY

    return Step(name, ask, on_text=typed, on_choice=pressed)
