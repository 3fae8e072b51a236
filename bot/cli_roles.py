"""``python -m bot grant ROLE channel:id [--program ID]`` and ``revoke``: the first organizers
(and mentors, judges, staff) without a chat; without ``--program`` the role is for every
program. Output is for operators, in English."""

from __future__ import annotations

import argparse

from bot.app import make_clock
from bot.core.feature import build_router
from bot.core.roles import Role
from bot.core.settings import Settings
from handlers import FEATURES
from handlers.roles.revoke import end_what_needed_the_role
from storage.db import create_engine, session_factory
from storage.migrate import upgrade
from storage.uow import UnitOfWork


def _person(text: str) -> tuple[str, str]:
    channel, sep, external_id = text.partition(":")
    if not sep or not channel or not external_id:
        raise ValueError(f"expected channel:id, got {text!r}")
    return channel, external_id


async def change_role(args: argparse.Namespace, settings: Settings) -> int:
    channel, external_id = _person(args.person)
    clock = make_clock(settings, args.clock)
    engine = create_engine(settings.database_url)
    await upgrade(engine)
    try:
        async with session_factory(engine)() as session, session.begin():
            uow = UnitOfWork(session)
            now = clock.now()
            program = args.program
            if program is not None and await uow.programs.get(program) is None:
                raise ValueError(f"no program {program!r} is loaded")
            where = f" in {program}" if program else ""
            if args.command == "grant":
                person, _ = await uow.participants.get_or_create(channel, external_id, now)
                changed = await uow.participants.grant(person, args.role, now, program)
                print(f"{args.person}: {'granted' if changed else 'already'} {args.role}{where}")
            else:
                found = await uow.participants.find(channel, external_id)
                changed = found is not None and await uow.participants.revoke(
                    found, args.role, program
                )
                if found is not None and changed:
                    flows = build_router(FEATURES).flows
                    await end_what_needed_the_role(uow, flows, found, now)
                outcome = "revoked" if changed else "did not have"
                print(f"{args.person}: {outcome} {args.role}{where}")
    finally:
        await engine.dispose()
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    for name, text in (("grant", "give a person a role"), ("revoke", "take a role away")):
        parser = commands.add_parser(name, help=text)
        parser.add_argument("role", choices=[role.value for role in Role])
        parser.add_argument("person", help="channel:id, for example telegram:12345")
        parser.add_argument("--program", help="a program id; without it, every program")
        parser.set_defaults(handler=change_role)
