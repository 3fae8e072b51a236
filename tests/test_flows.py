"""Conversation state lives in the database: Back and Cancel, and a restart in the middle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.context import Context
from bot.core.flows import NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Verbatim
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from tests.support import Chat


def survey_flow() -> Flow:
    """A three-step flow built only for this test, to drive the engine."""

    async def ask_name(ctx: Context) -> Prompt:
        return Prompt(Verbatim("name?"))

    async def got_name(ctx: Context, text: str) -> str:
        if not text.strip():
            ctx.reply("unknown-text")
            return STAY
        flow_data(ctx)["name"] = text
        return NEXT

    async def ask_color(ctx: Context) -> Prompt:
        return Prompt(
            Verbatim(f"color for {flow_data(ctx)['name']}?"),
            [(Verbatim("red"), "r"), (Verbatim("blue"), "b")],
        )

    async def got_color(ctx: Context, value: str) -> str:
        flow_data(ctx)["color"] = value
        return NEXT

    async def ask_confirm(ctx: Context) -> Prompt:
        data = flow_data(ctx)
        return Prompt(Verbatim(f"save {data['name']}/{data['color']}?"), [(Verbatim("yes"), "ok")])

    async def confirmed(ctx: Context, value: str) -> str:
        ctx.reply("nothing-to-cancel")
        return NEXT

    return Flow(
        "survey",
        [
            Step("name", ask_name, on_text=got_name),
            Step("color", ask_color, on_choice=got_color),
            Step("confirm", ask_confirm, on_choice=confirmed),
        ],
    )


async def test_back_cancel_and_a_restart_in_the_middle(
    settings_for: Callable[..., Settings],
    clock: FixedClock,
    translator: FluentTranslator,
    tmp_path: Path,
) -> None:
    settings = settings_for()
    app = await build_app(settings, clock, translator)
    flow = app.dispatcher.router.add_flow(survey_flow())

    async def survey(ctx: Context) -> None:
        await ctx.router.flows.start(ctx, flow)

    app.dispatcher.router.command("survey")(survey)
    chat = Chat(app, tmp_path)
    await chat.say("/start", "3")
    assert await chat.say("/survey") == "name?\n[1] Cancel\n\n"
    assert (
        await chat.say("Bolor") == "color for Bolor?\n[1] red\n[2] blue\n[3] ‹ Back\n[4] Cancel\n\n"
    )
    assert await chat.say("3") == "name?\n[1] Cancel\n\n"
    assert (
        await chat.say("Tsetseg")
        == "color for Tsetseg?\n[1] red\n[2] blue\n[3] ‹ Back\n[4] Cancel\n\n"
    )
    await app.close()

    # A new process on the same database continues where the person was.
    app = await build_app(settings, clock, translator)
    flow = app.dispatcher.router.add_flow(survey_flow())
    chat = Chat(app, tmp_path)
    assert (
        await chat.say("2")
        == "Please answer with one of the buttons.\n\ncolor for Tsetseg?\n[1] red\n[2] blue\n[3] ‹ Back\n[4] Cancel\n\n"
    )
    chat.console.latest_buttons["me"] = [flow.payload("color", "b")]
    assert await chat.say("1") == "save Tsetseg/b?\n[1] yes\n[2] ‹ Back\n[3] Cancel\n\n"
    assert await chat.say("3") == "Cancelled. Nothing was saved. Send /menu for the main menu.\n\n"
    assert (
        await chat.say("Bolor")
        == "I didn't understand that. Use the buttons, or send /help to see what I can do.\n\n"
    )
    await app.close()


async def test_finishing_a_flow_clears_its_state(chat: Chat) -> None:
    flow = chat.app.dispatcher.router.add_flow(survey_flow())

    async def survey(ctx: Context) -> None:
        await ctx.router.flows.start(ctx, flow)

    chat.app.dispatcher.router.command("survey")(survey)
    await chat.say("/start", "3", "/survey", "Bolor", "2")
    assert await chat.say("1") == "There is nothing to cancel.\n\n"
    assert await chat.say("/cancel") == "There is nothing to cancel.\n\n"
