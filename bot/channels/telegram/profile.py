"""The bot's profile on Telegram, published on start: the command menu (``setMyCommands``),
the description and the short description, in mn, ja and en and for everyone else.

Commands come from the router: every command with a help text and no role restriction. Its
menu description is ``telegram-command-NAME``, or the help text without its ``/name:`` prefix
for a command a later feature adds without one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from telegram import BotCommand

from bot.channels.telegram.channel import TelegramChannel
from bot.core.messages import Msg
from bot.core.ports import Translator
from bot.core.router import Command

_HELP_PREFIX = re.compile(r"^/\w+[^:：\n]*[:：]\s*")
_UTC = ZoneInfo("UTC")
DESCRIPTION_LIMIT, SHORT_DESCRIPTION_LIMIT, COMMAND_LIMIT = 512, 120, 256


def menu_commands(
    commands: Iterable[Command], translator: Translator, locale: str, known: set[str]
) -> list[BotCommand]:
    """The command menu in ``locale``; ``known`` holds the message ids the translator has."""
    menu = []
    for command in commands:
        if command.roles or not command.help_id:
            continue
        own = f"telegram-command-{command.name}"
        if own in known:
            text = translator.render(Msg(own), locale, _UTC)
        else:
            text = _HELP_PREFIX.sub("", translator.render(Msg(command.help_id), locale, _UTC))
        menu.append(BotCommand(command.name, text[:COMMAND_LIMIT]))
    return menu


async def publish_profile(
    channel: TelegramChannel,
    commands: Iterable[Command],
    translator: Translator,
    known: set[str],
    default_locale: str,
) -> None:
    """Set the menu and descriptions per language, and in ``default_locale`` for the rest."""
    bot, commands = channel.bot, list(commands)
    for locale in (*translator.locales, None):
        shown = locale or default_locale
        menu = menu_commands(commands, translator, shown, known)
        description = translator.render(Msg("telegram-description"), shown, _UTC)
        short = translator.render(Msg("telegram-short-description"), shown, _UTC)
        await bot.set_my_commands(menu, language_code=locale)
        await bot.set_my_description(description[:DESCRIPTION_LIMIT], language_code=locale)
        await bot.set_my_short_description(short[:SHORT_DESCRIPTION_LIMIT], language_code=locale)
