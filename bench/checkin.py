"""Event-day check-in through the Telegram webhook: staff members open attendees' check-in links
(``/start ci_<code>``, what a phone camera opens from the ticket's QR code) and tap Check in;
each attendee is welcomed with the agenda. Three processes, as deployed: the fake Bot API
(``bench/support/fake_bot_api.py``), the bot (``python -m bot serve`` by webhook, on a
rehearsal clock that starts at 13:00 on the event's day, half an hour before it starts), and
this driver.

Three scenarios on a program with one RSVP event:

- the registration desk at full speed: ``--attendees`` (500) checked in by ``--staff`` (5) one
  after the other each, as fast as the bot answers (five check-ins always in flight: what the
  bot can take, not a desk's pace);
- the registration desk at the issue's pace: another ``--attendees`` within ``--desk-minutes``
  (30) of rehearsal time, compressed ``--speed`` (30) times: 500 in 60 s of real time;
- a burst: ``--burst`` (100) further check-ins started evenly within ``--burst-seconds`` (10)
  of real time, spread over the same staff.

Latency is the webhook's answer time (the handler, its commit and the replies on the wire):
the scan (the card) and the tap (checked in, and the attendee's welcome), and both together;
the bot process's CPU per check-in is read from ``/proc/<pid>/stat``. Target: p99 of a
check-in under 100 ms, on SQLite and (``--postgres``) on PostgreSQL. Prints a table, with the
machine's load average (``uptime``) at the start of each scenario.
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bench.support.processes import (
    ROOT,
    Running,
    WebhookClient,
    delivered,
    fake_bot_api,
    fresh_database,
    load_average,
    mics_bot,
)
from bot.core.roles import Role
from storage.db import create_engine, session_factory
from storage.eventday import EventRsvp, EventTicket, RsvpState, new_ticket_code
from storage.models import Event, Participant, ParticipantRole

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
OPENS = "2024-11-20T13:00:00+08:00"
"""The bot's rehearsal clock starts here, half an hour before the event."""
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


async def seed(database_url: str, staff: int, attendees: int) -> tuple[int, list[tuple[int, str]]]:
    """Staff members and attendees coming with tickets, written beside the running bot (which
    migrated the database and loaded the program); returns the event id and (attendee
    participant id, code) in order."""
    now = datetime.fromisoformat(OPENS).astimezone(UTC)
    engine = create_engine(database_url)
    async with session_factory(engine)() as session, session.begin():
        event_id = int(await session.scalar(select(Event.id)) or 0)
        for n in range(staff):
            session.add(
                Participant(
                    channel="telegram",
                    external_id=str(STAFF_BASE + n),
                    display_name=f"Staff {n}",
                    language="ja" if n % 2 else "mn",
                    program_id="bench-day",
                    created_at=now,
                    last_seen_at=now,
                    roles=[
                        ParticipantRole(role=Role.STAFF, program_id="bench-day", granted_at=now)
                    ],
                )
            )
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
    await engine.dispose()
    return event_id, tickets


class Desk:
    """Sends a staff member's scan and tap to the webhook and times each."""

    def __init__(self, client: WebhookClient, event_id: int) -> None:
        self.client, self.event_id = client, event_id
        self.scans: list[float] = []
        self.taps: list[float] = []
        self.update_id = 0

    async def check_in(self, staff: int, person_id: int, code: str) -> None:
        self.update_id += 2
        update_id = self.update_id  # unique: a repeated update id is dropped as redelivered
        self.scans.append(await self.client.post(message(update_id, staff, f"/start ci_{code}")))
        data = f"checkin:{self.event_id}:{person_id}:0"
        self.taps.append(await self.client.post(press(update_id + 1, staff, data)))


def figures(
    name: str, database: str, desk: Desk, elapsed: float, cpu: float, at: str
) -> tuple[str, ...]:
    both = [s + t for s, t in zip(desk.scans, desk.taps, strict=True)]

    def p(values: list[float], q: int) -> str:
        return f"{statistics.quantiles(values, n=100)[q - 1] * 1000:.0f}"

    return (
        name,
        database,
        str(len(both)),
        f"{elapsed:.1f} s",
        f"{cpu / len(both) * 1000:.1f}",
        f"{p(desk.scans, 50)} / {p(desk.scans, 99)}",
        f"{p(desk.taps, 50)} / {p(desk.taps, 99)}",
        f"{p(both, 50)} / {p(both, 99)}",
        at,
    )


async def paced(
    bot: Running,
    client: WebhookClient,
    event_id: int,
    tickets: list[tuple[int, str]],
    seconds: float,
    staff: int,
    update_id: int,
) -> tuple[Desk, str, float, float]:
    """Check ``tickets`` in started evenly within ``seconds`` of real time, spread over the
    staff (a staff member behind the schedule goes on at once): the desk, the load average
    at the start, the bot's CPU seconds and the wall time."""
    desk = Desk(client, event_id)
    desk.update_id = update_id
    spacing = seconds / max(len(tickets), 1)

    async def staff_member(n: int) -> None:
        for index, (person_id, code) in list(enumerate(tickets))[n::staff]:
            delay = started + index * spacing - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            await desk.check_in(STAFF_BASE + n, person_id, code)

    at, cpu = load_average(), bot.cpu()
    started = time.perf_counter()
    await asyncio.gather(*(staff_member(n) for n in range(staff)))
    return desk, at, bot.cpu() - cpu, time.perf_counter() - started


async def scenarios(
    bot: Running,
    event_id: int,
    tickets: list[tuple[int, str]],
    label: str,
    args: argparse.Namespace,
) -> list[tuple[str, ...]]:
    rows = []
    async with WebhookClient(bot, args.staff) as client:
        desk = Desk(client, event_id)

        async def staff_member(n: int) -> None:
            for person_id, code in tickets[n : args.attendees : args.staff]:
                await desk.check_in(STAFF_BASE + n, person_id, code)

        at, cpu = load_average(), bot.cpu()
        started = time.perf_counter()
        await asyncio.gather(*(staff_member(n) for n in range(args.staff)))
        elapsed, cpu = time.perf_counter() - started, bot.cpu() - cpu
        name = f"{args.attendees} by {args.staff} staff"
        rows.append(figures(name, label, desk, elapsed, cpu, at))

        # The desk at the pace: the attendees within 30 minutes of rehearsal time,
        # compressed ``--speed`` times (a staff member's scan and tap, not the bot, set the pace).
        paced_seconds = args.desk_minutes * 60 / args.speed
        offset = args.attendees
        paced_desk, at, cpu, elapsed = await paced(
            bot,
            client,
            event_id,
            tickets[offset : offset + args.attendees],
            paced_seconds,
            args.staff,
            desk.update_id,
        )
        name = (
            f"{args.attendees} by {args.staff} staff in {args.desk_minutes:g} min "
            f"at {args.speed:g}x"
        )
        rows.append(figures(name, label, paced_desk, elapsed, cpu, at))

        offset += args.attendees
        burst, at, cpu, elapsed = await paced(
            bot,
            client,
            event_id,
            tickets[offset:],
            args.burst_seconds,
            args.staff,
            paced_desk.update_id,
        )
        name = f"burst of {args.burst} in {args.burst_seconds:g} s"
        rows.append(figures(name, label, burst, elapsed, cpu, at))
    return rows


async def run(
    postgres: str | None, label: str, args: argparse.Namespace, folder: Path
) -> list[tuple[str, ...]]:
    program = folder / "bench-day.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    extra = {
        "PROGRAM_FILES": str(program),
        "FILES_DIR": str(folder / "files"),
        "BOT_CLOCK": OPENS,
        # The planners run once at start, before the attendees exist, and not again: their
        # reminders to 600 people coming would be sends the check-ins do not make.
        "REMINDER_PLAN_SECONDS": "86400",
    }
    async with fake_bot_api() as fake, fresh_database(postgres) as url:
        async with mics_bot(fake, url, args.code, extra) as bot:
            attendees = 2 * args.attendees + args.burst
            event_id, tickets = await seed(url, args.staff, attendees)
            rows = await scenarios(bot, event_id, tickets, label, args)
        sent = await delivered(fake)
    expected = 3 * (2 * args.attendees + args.burst)  # the card, checked in, the welcome
    assert sent == expected, (sent, expected)
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
        "--desk-minutes",
        type=float,
        default=30.0,
        help="rehearsal minutes the paced desk spans (default: %(default)s)",
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=30.0,
        help="how many times faster than real time the paced desk runs (default: %(default)s)",
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
    parser.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the checkout whose bot is measured, e.g. a worktree of main for the figures "
        "before a change (default: this one)",
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="times to measure each figure (default: %(default)s)"
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    logging.basicConfig(level=logging.ERROR)
    print(f"bot from {args.code.resolve()}", flush=True)
    rows = []
    for _ in range(args.rounds):
        for label, postgres in [("SQLite", None), ("PostgreSQL", args.postgres)]:
            if label == "PostgreSQL" and not postgres:
                continue
            with tempfile.TemporaryDirectory() as folder:
                rows += await run(postgres, label, args, Path(folder))
    print_table(
        (
            "scenario",
            "database",
            "check-ins",
            "wall time",
            "bot CPU ms / check-in",
            "scan p50 / p99 ms",
            "tap p50 / p99 ms",
            "check-in p50 / p99 ms",
            "load average",
        ),
        rows,
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
