"""Event-day check-in through the Telegram webhook: staff members open attendees' check-in links
(``/start ci_<code>``, what a phone camera opens from the ticket's QR code) and tap Check in;
each attendee is welcomed with the agenda. The real adapter, the core, the database and the
fake Bot API, in one process.

Two scenarios on a program with one RSVP event:

- the registration desk: ``--attendees`` (500) checked in by ``--staff`` (5) one after the
  other each, within ``--minutes`` (30) of rehearsal time (the bot's clock moves on by
  ``minutes / attendees`` with each check-in; the requests go as fast as they are answered);
- a burst: ``--burst`` (100) further check-ins started evenly within ``--burst-seconds`` (10)
  of real time, spread over the same staff.

Latency is the webhook's answer time (the handler, its commit and the replies on the wire):
the scan (the card) and the tap (checked in, and the attendee's welcome), and both together.
Target: p99 of a check-in under 100 ms, on SQLite and (``--postgres``) on PostgreSQL. Prints
a table.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.reminders import reset_postgres
from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.channels.telegram.webhook import PATH, SECRET_HEADER, webhook_route
from bot.core.clock import FixedClock
from bot.core.roles import Role
from bot.core.settings import Settings
from bot.serve import TelegramSettings, connect_telegram
from bot.web import create_web_app
from storage.eventday import EventRsvp, EventTicket, RsvpState, new_ticket_code
from storage.models import Event, Participant, ParticipantRole
from tests.fake_telegram import TOKEN, FakeTelegram, serve_on_localhost

SECRET = "bench-secret"
PROGRAM = """
id = "bench-day"
time_zone = "Asia/Ulaanbaatar"
name = "Bench day"

[[events]]
id = "forum"
name = "Business forum"
venue = "Ulaanbaatar"
starts = 2024-11-20T13:30:00+08:00
ends = 2024-11-20T17:45:00+08:00
rsvp = true

[[events.agenda]]
starts = 13:30:00
title = "Registration"

[[events.agenda]]
starts = 14:00:00
title = "Opening"
"""
OPENS = datetime(2024, 11, 20, 5, 0, tzinfo=UTC)  # 13:00 in Ulaanbaatar
STAFF_BASE, ATTENDEE_BASE = 7_000_000, 8_000_000


def message(update_id: int, person: int, text: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732080000,
            "chat": {"id": person, "type": "private", "first_name": "S"},
            "from": {"id": person, "is_bot": False, "first_name": f"S{person}"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


def press(update_id: int, person: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "chat_instance": "1",
            "from": {"id": person, "is_bot": False, "first_name": f"S{person}"},
            "message": {
                "message_id": 1,
                "date": 1732080000,
                "chat": {"id": person, "type": "private"},
            },
            "data": data,
        },
    }


async def seed(app: Any, staff: int, attendees: int) -> tuple[int, list[tuple[int, str]]]:
    """Staff members and attendees coming with tickets; returns the event id and
    (attendee participant id, code) in order."""
    now = app.clock.now()
    async with app.sessions() as session, session.begin():
        event = (await session.execute(Event.__table__.select())).first()
        assert event is not None
        event_id = int(event.id)
        for n in range(staff):
            person = Participant(
                channel="telegram",
                external_id=str(STAFF_BASE + n),
                display_name=f"Staff {n}",
                language="ja" if n % 2 else "mn",
                program_id="bench-day",
                created_at=now,
                last_seen_at=now,
                roles=[ParticipantRole(role=Role.STAFF, program_id="bench-day", granted_at=now)],
            )
            session.add(person)
        people = [
            Participant(
                channel="telegram",
                external_id=str(ATTENDEE_BASE + n),
                display_name=f"Attendee {n}",
                language=("mn", "ja", "en")[n % 3],
                program_id="bench-day",
                created_at=now,
                last_seen_at=now,
                roles=[],
            )
            for n in range(attendees)
        ]
        session.add_all(people)
        await session.flush()
        tickets = []
        for person in people:
            code = new_ticket_code()
            session.add(
                EventRsvp(
                    event_id=event_id,
                    participant_id=person.id,
                    state=RsvpState.COMING,
                    answered_at=now,
                    updated_at=now,
                )
            )
            session.add(
                EventTicket(event_id=event_id, participant_id=person.id, code=code, created_at=now)
            )
            tickets.append((person.id, code))
    return event_id, tickets


class Desk:
    """Sends a staff member's scan and tap to the webhook and times each."""

    def __init__(self, client: httpx.AsyncClient, url: str, event_id: int) -> None:
        self.client, self.url, self.event_id = client, url, event_id
        self.scans: list[float] = []
        self.taps: list[float] = []
        self.update_id = 0

    async def _post(self, update: dict[str, Any]) -> float:
        started = time.perf_counter()
        answer = await self.client.post(self.url, json=update, headers={SECRET_HEADER: SECRET})
        answer.raise_for_status()
        return time.perf_counter() - started

    async def check_in(self, staff: int, person_id: int, code: str) -> None:
        self.update_id += 2
        update_id = self.update_id  # unique: a repeated update id is dropped as redelivered
        self.scans.append(await self._post(message(update_id, staff, f"/start ci_{code}")))
        data = f"checkin:{self.event_id}:{person_id}:0"
        self.taps.append(await self._post(press(update_id + 1, staff, data)))


def figures(name: str, database: str, desk: Desk, elapsed: float) -> tuple[str, ...]:
    both = [s + t for s, t in zip(desk.scans, desk.taps, strict=True)]

    def p(values: list[float], q: int) -> str:
        return f"{statistics.quantiles(values, n=100)[q - 1] * 1000:.0f}"

    return (
        name,
        database,
        str(len(both)),
        f"{elapsed:.1f} s",
        f"{p(desk.scans, 50)} / {p(desk.scans, 99)}",
        f"{p(desk.taps, 50)} / {p(desk.taps, 99)}",
        f"{p(both, 50)} / {p(both, 99)}",
    )


async def run(
    database_url: str, label: str, args: argparse.Namespace, folder: Path
) -> list[tuple[str, ...]]:
    program = folder / "bench-day.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    settings = Settings.from_env(
        {
            "DATABASE_URL": database_url,
            "PROGRAM_FILES": str(program),
            "FILES_DIR": str(folder / "files"),
        }
    )
    clock = FixedClock(OPENS)
    app = await build_app(settings, clock)
    fake = FakeTelegram()
    await fake.start()
    inbound = await connect_telegram(app, TelegramSettings(TOKEN, api_base_url=fake.base_url))
    server = await serve_on_localhost(create_web_app(app, [webhook_route(inbound, SECRET)]))
    rows = []
    try:
        event_id, tickets = await seed(app, args.staff, args.attendees + args.burst)
        limits = httpx.Limits(
            max_connections=args.staff * 2, max_keepalive_connections=args.staff * 2
        )
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:
            url = f"{server.base_url}{PATH}"
            desk = Desk(client, url, event_id)
            step = timedelta(minutes=args.minutes) / max(args.attendees, 1)

            async def staff_member(n: int) -> None:
                for person_id, code in tickets[n : args.attendees : args.staff]:
                    await desk.check_in(STAFF_BASE + n, person_id, code)
                    clock.advance(step)

            started = time.perf_counter()
            await asyncio.gather(*(staff_member(n) for n in range(args.staff)))
            rows.append(
                figures(
                    f"{args.attendees} by {args.staff} staff in {args.minutes} min (rehearsal)",
                    label,
                    desk,
                    time.perf_counter() - started,
                )
            )

            burst = Desk(client, url, event_id)
            burst.update_id = desk.update_id
            spacing = args.burst_seconds / max(args.burst, 1)

            async def burst_member(n: int) -> None:
                mine = list(enumerate(tickets[args.attendees :]))[n :: args.staff]
                for index, (person_id, code) in mine:
                    delay = started_burst + index * spacing - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    await burst.check_in(STAFF_BASE + n, person_id, code)

            started_burst = time.perf_counter()
            await asyncio.gather(*(burst_member(n) for n in range(args.staff)))
            rows.append(
                figures(
                    f"burst of {args.burst} in {args.burst_seconds:g} s",
                    label,
                    burst,
                    time.perf_counter() - started_burst,
                )
            )
        checked = len([c for c in fake.calls if c.method == "sendMessage"])
        expected = 3 * (args.attendees + args.burst)  # the card, checked in, the welcome
        assert checked == expected, (checked, expected)
    finally:
        await server.stop()
        await inbound.channel.bot.shutdown()
        await fake.stop()
        await app.close()
    return rows


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--attendees", type=int, default=500, help="checked in at the desk (default: %(default)s)"
    )
    parser.add_argument(
        "--staff", type=int, default=5, help="staff members at the desk (default: %(default)s)"
    )
    parser.add_argument(
        "--minutes",
        type=float,
        default=30.0,
        help="rehearsal time the desk takes (default: %(default)s)",
    )
    parser.add_argument(
        "--burst", type=int, default=100, help="check-ins in the burst (default: %(default)s)"
    )
    parser.add_argument(
        "--burst-seconds",
        type=float,
        default=10.0,
        help="real seconds the burst spans (default: %(default)s)",
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL"),
        help="a PostgreSQL database to run on too; it is wiped "
        "(default: $BENCH_DATABASE_URL, else $TEST_DATABASE_URL, else none)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        rows += await run(
            f"sqlite+aiosqlite:///{folder}/bench.sqlite3", "SQLite", args, Path(folder)
        )
        if args.postgres:
            await reset_postgres(args.postgres)
            rows += await run(args.postgres, "PostgreSQL", args, Path(folder))
    print_table(
        (
            "scenario",
            "database",
            "check-ins",
            "wall time",
            "scan p50 / p99 ms",
            "tap p50 / p99 ms",
            "check-in p50 / p99 ms",
        ),
        rows,
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
