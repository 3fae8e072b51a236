"""Command line: ``python -m bot [run|chat|migrate|program load FILE]``. See the README."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.app import App, build_app, load_programs, make_clock
from bot.channels.console import ConsoleChannel, run_console
from bot.core.messages import Msg
from bot.core.settings import LANGUAGES, Settings, read_dotenv
from bot.programs import ProgramFileError
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.uow import UnitOfWork

CONSOLE_FILES = Path("data/console-files")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="mics-bot", description="MICS Bot")
    root.add_argument(
        "--clock", help="start the bot's clock at this instant, e.g. 2024-11-18T09:00+08:00"
    )
    commands = root.add_subparsers(dest="command")
    commands.add_parser("run", help="run every channel whose settings are present (the default)")
    chat = commands.add_parser("chat", help="chat with the bot in this terminal")
    chat.add_argument("--user", default="me", help="the simulated person's id")
    chat.add_argument("--lang", choices=LANGUAGES, help="the language hint of that person")
    commands.add_parser("migrate", help="apply database migrations")
    program = commands.add_parser("program", help="manage program files")
    program_commands = program.add_subparsers(dest="program_command", required=True)
    load = program_commands.add_parser("load", help="load (or update) program files")
    load.add_argument("files", nargs="+")
    return root


async def banner(app: App, locale: str, rehearsal: bool) -> str:
    async with app.sessions() as session:
        programs = await UnitOfWork(session).programs.all()
    names = ", ".join(p.names.get(locale, p.id) for p in programs) or "-"
    tz = ZoneInfo(programs[0].time_zone) if programs else ZoneInfo("UTC")
    if rehearsal:
        message = Msg("console-banner", {"program": names, "clock": app.clock.now()})
    else:
        message = Msg("console-banner-real-time", {"program": names})
    return app.translator.render(message, locale, tz)


async def chat(settings: Settings, clock_override: str | None, user: str, lang: str | None) -> int:
    app = await build_app(settings, make_clock(settings, clock_override))
    locale = lang or settings.default_language
    console = ConsoleChannel(app.translator, locale, sys.stdout, CONSOLE_FILES, user)
    app.add_channel(console)
    print(await banner(app, locale, bool(clock_override or settings.clock)), flush=True)
    try:
        await run_console(console, app.dispatcher.handle, app.clock)
    finally:
        await app.close()
    return 0


async def migrate(settings: Settings) -> int:
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    await engine.dispose()
    print("migrated", flush=True)
    return 0


async def load(settings: Settings, files: Sequence[str]) -> int:
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    try:
        outcomes = await load_programs(session_factory(engine), list(files), make_clock(settings))
    finally:
        await engine.dispose()
    for program_id, outcome in outcomes.items():
        print(f"{program_id}: {outcome}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    env = {**read_dotenv(Path(".env")), **os.environ}
    settings = Settings.from_env(env)
    chatting = args.command in (None, "run", "chat")
    logging.basicConfig(
        level=env.get("LOG_LEVEL", "WARNING" if chatting else settings.log_level),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        if args.command == "migrate":
            return asyncio.run(migrate(settings))
        if args.command == "program":
            return asyncio.run(load(settings, args.files))
        user = getattr(args, "user", "me")
        lang = getattr(args, "lang", None)
        return asyncio.run(chat(settings, args.clock, user, lang))
    except (ProgramFileError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
