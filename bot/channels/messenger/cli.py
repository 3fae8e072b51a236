"""``python -m bot messenger setup``: the Get Started button, greetings and persistent menus."""

from __future__ import annotations

import argparse
import sys

import httpx

from bot.channels.messenger.config import MessengerConfig
from bot.channels.messenger.graph import GraphClient, GraphError
from bot.channels.messenger.profile import profile_body
from bot.core.settings import Settings
from bot.i18n import FluentTranslator


async def setup(args: argparse.Namespace, settings: Settings) -> int:
    config = MessengerConfig.from_settings(settings)
    if config is None:
        print("error: MESSENGER_PAGE_ACCESS_TOKEN is not set", file=sys.stderr)
        return 2
    body = profile_body(FluentTranslator(settings.locales_dir), settings.default_language)
    graph = GraphClient(config)
    try:
        await graph.set_messenger_profile(body)
    except (GraphError, httpx.HTTPError) as error:
        print(f"error: the Messenger Profile API refused: {error!r}", file=sys.stderr)
        return 1
    finally:
        await graph.aclose()
    print("messenger profile set: get started, greetings and menus in mn, ja, en", flush=True)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    messenger = commands.add_parser("messenger", help="Facebook Messenger")
    messenger_commands = messenger.add_subparsers(dest="messenger_command", required=True)
    messenger_commands.add_parser(
        "setup", help="set the Get Started button, greetings and persistent menus"
    ).set_defaults(handler=setup)
