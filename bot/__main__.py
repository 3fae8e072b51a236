"""Command line: ``python -m bot [COMMAND]``. See the README for every command.

Each command is a small module-level function registered in ``COMMANDS``; a feature adds its
own commands by adding a ``register(subparsers)`` function to that tuple.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import uvicorn

from bot import cli_delivery, cli_roles
from bot.app import App, build_app, build_dashboard, load_programs, make_clock
from bot.channels.console import ConsoleChannel, run_console
from bot.channels.messenger import cli as messenger_cli
from bot.core.messages import Msg
from bot.core.settings import LANGUAGES, Settings, SettingsError
from bot.delivery import start_delivery
from bot.programs import ProgramFileError
from bot.serve import register as register_serve
from bot.serve import serve
from bot.web import create_web_app
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.uow import UnitOfWork

CONSOLE_FILES = Path("data/console-files")
CONSOLE_LOG = Path("data/console.log")
"""Where the console chat logs: a library's warning (pypdf on a damaged file) is not a line of
the conversation."""


async def banner(app: App, locale: str, rehearsal: bool) -> str:
    async with app.sessions() as session:
        programs = await UnitOfWork(session).programs.all()
    names = ", ".join(p.names.get(locale, p.id) for p in programs) or "-"
    tz = ZoneInfo(programs[0].time_zone) if programs else ZoneInfo("UTC")
    if rehearsal:
        message = Msg("console-banner", {"program": names, "clock": app.clock.now()})
    else:
        message = Msg("console-banner-real-time", {"program": names})
    return app.translator.render(message, locale, tz, app.clock.now())


LOCALHOST = "127.0.0.1"


def local_socket(port: int) -> socket.socket:
    """A listening socket on this machine only: ``port``, or any free one when it is taken."""
    try:
        return socket.create_server((LOCALHOST, port))
    except OSError:
        return socket.create_server((LOCALHOST, 0))


async def chat(args: argparse.Namespace, settings: Settings) -> int:
    """The console chat, with the organizer dashboard served on 127.0.0.1 beside it (its
    sign-in links point there unless ``PUBLIC_BASE_URL`` says otherwise)."""
    listening = local_socket(settings.port)
    local_url = f"http://{LOCALHOST}:{listening.getsockname()[1]}"
    settings = settings.model_copy(update={"public_base_url": settings.base_url or local_url})
    app = await build_app(settings, make_clock(settings, args.clock))
    locale = getattr(args, "lang", None) or settings.default_language
    user = getattr(args, "user", "me")
    console = ConsoleChannel(app.translator, locale, sys.stdout, CONSOLE_FILES, user)
    app.add_channel(console)
    print(await banner(app, locale, bool(args.clock or settings.clock)), flush=True)
    console.say("console-dashboard", url=f"{local_url}/admin")
    web = uvicorn.Server(
        uvicorn.Config(
            create_web_app(app, (await build_dashboard(app)).routes),
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
    )
    serving = asyncio.create_task(web.serve(sockets=[listening]))
    delivery = start_delivery(app)  # reminders print as they fall due while someone chats
    try:
        await run_console(console, app.dispatcher.handle, app.clock)
    finally:
        await delivery.stop()
        web.should_exit = True
        await serving
        listening.close()
        await app.close()
    return 0


def has_platform_channel(settings: Settings) -> bool:
    return settings.telegram_bot_token is not None or (
        settings.messenger_page_access_token is not None
    )


async def run(args: argparse.Namespace, settings: Settings) -> int:
    """Every channel whose settings are present; the console chat when none is."""
    if has_platform_channel(settings):
        return await serve(args, settings)
    return await chat(args, settings)


async def migrate(args: argparse.Namespace, settings: Settings) -> int:
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    await engine.dispose()
    print("migrated", flush=True)
    return 0


async def load(args: argparse.Namespace, settings: Settings) -> int:
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    try:
        outcomes = await load_programs(
            session_factory(engine), list(args.files), make_clock(settings, args.clock)
        )
    finally:
        await engine.dispose()
    for program_id, outcome in outcomes.items():
        print(f"{program_id}: {outcome}")
    return 0


def register_core(commands: argparse._SubParsersAction) -> None:
    commands.add_parser("run", help="run every configured channel (the default)").set_defaults(
        handler=run
    )
    chat_parser = commands.add_parser("chat", help="chat with the bot in this terminal")
    chat_parser.add_argument("--user", default="me", help="the simulated person's id")
    chat_parser.add_argument("--lang", choices=LANGUAGES, help="that person's language hint")
    chat_parser.set_defaults(handler=chat)
    commands.add_parser("migrate", help="apply database migrations").set_defaults(handler=migrate)
    program = commands.add_parser("program", help="manage program files")
    program_commands = program.add_subparsers(dest="program_command", required=True)
    load_parser = program_commands.add_parser("load", help="load (or update) program files")
    load_parser.add_argument("files", nargs="+")
    load_parser.set_defaults(handler=load)


Register = Callable[[argparse._SubParsersAction], None]
COMMANDS: tuple[Register, ...] = (
    register_core,
    register_serve,
    cli_delivery.register,
    messenger_cli.register,
    cli_roles.register,
)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="mics-bot", description="MICS Bot")
    root.add_argument("--clock", help="start the bot's clock here, e.g. 2024-11-18T09:00+08:00")
    root.set_defaults(handler=run)
    commands = root.add_subparsers(dest="command")
    for register in COMMANDS:
        register(commands)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings.load()
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    # Only a person chatting in this terminal wants quiet logs; a server keeps INFO.
    interactive = args.handler is chat or (
        args.handler is run and not has_platform_channel(settings)
    )
    handler: logging.Handler
    if interactive:
        CONSOLE_LOG.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(CONSOLE_LOG, encoding="utf-8")
    else:
        handler = logging.StreamHandler(sys.stderr)
    logging.basicConfig(
        level=settings.log_level or ("WARNING" if interactive else "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[handler],
    )
    logging.captureWarnings(True)  # libraries' warnings.warn(...) go to the log as well
    try:
        return int(asyncio.run(args.handler(args, settings)))
    except (ProgramFileError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
