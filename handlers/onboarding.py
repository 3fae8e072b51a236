"""First contact and personal settings: /start, language, time zone, /help, /menu, the fallback."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.core.context import Context, time_zone_of
from bot.core.feature import Feature
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.menu import show_menu
from bot.core.messages import Msg, ZoneName
from bot.core.router import Router
from bot.core.settings import LANGUAGES
from handlers.programs import program_buttons, several_programs

router = Router()

LANGUAGE_CHOICES = [(Msg(f"language-{code}"), code) for code in LANGUAGES]
TIME_ZONE_CHOICES = [(Msg("tz-ulaanbaatar"), "Asia/Ulaanbaatar"), (Msg("tz-tokyo"), "Asia/Tokyo")]


async def _ask_language(ctx: Context) -> Prompt:
    return Prompt(Msg("choose-language"), LANGUAGE_CHOICES)


async def _chose_language(ctx: Context, code: str) -> str:
    if code not in LANGUAGES:
        await ctx.router.flows.stale(ctx)
        return STAY
    first_time = ctx.participant.language is None
    ctx.participant.language = code
    ctx.locale = code
    ctx.tz = time_zone_of(ctx.participant, code)
    pending = flow_data(ctx).get("start", "")
    if first_time:
        await welcome(ctx)
    else:
        ctx.reply("language-set")
        await show_menu(ctx)
    if pending:
        await open_start_payload(ctx, pending)
    return DONE


LANGUAGE_FLOW = router.add_flow(
    Flow("language", [Step("choose", _ask_language, on_choice=_chose_language)], cancellable=False)
)


async def _ask_time_zone(ctx: Context) -> Prompt:
    return Prompt(
        Msg("choose-timezone", {"zone": ZoneName(ctx.tz.key), "now": ctx.now()}), TIME_ZONE_CHOICES
    )


async def _set_time_zone(ctx: Context, name: str) -> str:
    if name not in available_timezones():
        ctx.reply("timezone-unknown")
        return STAY
    try:
        ctx.tz = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        ctx.reply("timezone-unknown")
        return STAY
    ctx.participant.time_zone = name
    ctx.reply("timezone-set", zone=ZoneName(name), now=ctx.now())
    return DONE


async def _typed_time_zone(ctx: Context, text: str) -> str:
    return await _set_time_zone(ctx, text.strip())


TIME_ZONE_FLOW = router.add_flow(
    Flow(
        "timezone",
        [Step("choose", _ask_time_zone, on_text=_typed_time_zone, on_choice=_set_time_zone)],
    )
)


async def welcome(ctx: Context) -> None:
    """The program's welcome and the menu; a newcomer to a bot that runs several programs is
    asked which one they follow first."""
    program = (
        await ctx.uow.programs.alone(ctx.participant.program_id)
        if ctx.participant.program_id
        else None
    )
    if program is not None:
        ctx.reply("welcome", program=program.names.get(ctx.locale, program.id))
    elif await several_programs(ctx):
        ctx.reply("welcome-choose-program", buttons=await program_buttons(ctx))
        return
    else:
        ctx.reply("welcome-no-program")
    await show_menu(ctx)


async def open_start_payload(ctx: Context, payload: str) -> None:
    handler = ctx.router.deep_link_handler(payload)
    if handler is None:
        ctx.reply("start-link-unknown")
    else:
        # A link opened before the language was chosen arrives with the language button:
        # the handler reads its payload from ``command_arg``, as for ``/start payload``.
        ctx.message = replace(ctx.message, command="start", command_arg=payload)
        await handler(ctx)


@router.command("start", help_id="help-start")
async def start(ctx: Context) -> None:
    payload = ctx.message.command_arg.strip()
    if ctx.participant.language is None:
        await ctx.router.flows.start(ctx, LANGUAGE_FLOW, {"start": payload})
        return
    if payload:
        await open_start_payload(ctx, payload)
        return
    await welcome(ctx)


@router.command("menu", help_id="help-menu")
async def menu(ctx: Context) -> None:
    await show_menu(ctx)


@router.command("help", help_id="help-help")
async def help_(ctx: Context) -> None:
    lines = [
        Msg(command.help_id)
        for command in ctx.router.commands.values()
        if command.help_id and command.allowed(ctx)
    ]
    ctx.reply("help", commands=lines)


@router.command("language", help_id="help-language")
async def language(ctx: Context) -> None:
    await ctx.router.flows.start(ctx, LANGUAGE_FLOW)


@router.command("timezone", help_id="help-timezone")
async def timezone(ctx: Context) -> None:
    await ctx.router.flows.start(ctx, TIME_ZONE_FLOW)


@router.command("cancel", help_id="help-cancel")
async def cancel(ctx: Context) -> None:
    if ctx.state is None:
        ctx.reply("nothing-to-cancel")
    else:
        await ctx.router.flows.cancel(ctx)


async def first_contact(ctx: Context) -> None:
    """Whatever a newcomer first types or sends, they are asked for their language."""
    await ctx.router.flows.start(ctx, LANGUAGE_FLOW)


async def fallback(ctx: Context) -> None:
    if ctx.message.attachments:
        ctx.reply("file-not-expected")
    else:
        ctx.reply("unknown-text")


router.fallback = fallback
router.first_contact = first_contact
router.menu_item("menu-program", "program", shown=several_programs)
router.menu_item("menu-help", "help")
router.menu_item("menu-language", "language")
router.menu_item("menu-timezone", "timezone")

FEATURE = Feature("onboarding", routers=(router,))
