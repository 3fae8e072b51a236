"""Messenger webhook: how fast signed bodies are checked and parsed, what the webhook does per
event before it answers, and how many text messages per second go end to end (signed POST →
inbox → its consumer → dispatcher → SQLite → Send API on a local fake).

Targets: checking and parsing a body well under 1 ms (the mean of ``--parses`` bodies); the
webhook's own work per event (validation, its key, its JSON for the inbox) well under 100 µs;
end to end at least 30 first messages/s from ``--messages`` people at once, on one process
with SQLite, the fake Graph API sharing that process and its event loop (each first message is
an inbox row, creates a person, a flow state and a processed-id row, and sends a template).
Prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.cli import benchmark_parser, print_table
from bot.app import build_app
from bot.channels.messenger.events import validated
from bot.channels.messenger.inbound import event_key, messaging_items
from bot.channels.messenger.server import install_messenger
from bot.channels.messenger.signature import is_valid, sign
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.web import create_web_app
from storage.inbox import NewEvent
from tests.fake_graph import TOKEN, FakeGraph, start, stop

SECRET = "bench-secret"


def body(sender: str, mid: str) -> bytes:
    item = {"sender": {"id": sender}, "timestamp": 1, "message": {"mid": mid, "text": "hi"}}
    return json.dumps({"object": "page", "entry": [{"id": "P", "messaging": [item]}]}).encode()


async def parse_time(parses: int) -> tuple[float, float]:
    """Microseconds per body (signature check and parse), and per event of the webhook's own
    work before it answers (validation, key, the JSON the inbox keeps)."""
    raw = body("1433960459967306", "mid.1")
    header = sign(raw, SECRET)
    started = time.perf_counter()
    for _ in range(parses):
        assert is_valid(raw, header, SECRET)
        json.loads(raw)
    per_body = (time.perf_counter() - started) / parses * 1e6
    [item] = list(messaging_items(json.loads(raw)))
    started = time.perf_counter()
    for _ in range(parses):
        event = validated(item)
        assert event is not None and event.acted_on
        NewEvent(
            event.sender.id, event_key(event), event.model_dump(mode="json", exclude_none=True)
        )
    return per_body, (time.perf_counter() - started) / parses * 1e6


async def end_to_end(folder: Path, messages: int) -> float:
    """First messages per second, end to end."""
    fake = FakeGraph()
    server, task = await start(fake)
    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}",
            "MESSENGER_PAGE_ACCESS_TOKEN": TOKEN,
            "MESSENGER_APP_SECRET": SECRET,
            "MESSENGER_VERIFY_TOKEN": "v",
            "MESSENGER_GRAPH_API_URL": fake.url,
        }
    )
    app = await build_app(settings, FixedClock(datetime(2024, 11, 18, 1, tzinfo=UTC)))
    web = create_web_app(app, install_messenger(app))
    [inbox] = app.inboxes
    inbox.start()
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
        started = time.perf_counter()

        async def one(n: int) -> None:
            raw = body(f"person-{n}", f"mid.{n}")
            headers = {"x-hub-signature-256": sign(raw, SECRET)}
            answer = await client.post("/messenger/webhook", content=raw, headers=headers)
            assert answer.status_code == 200

        await asyncio.gather(*(one(n) for n in range(messages)))
        while len(fake.messages) < messages:  # the consumer handles them after the answers
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - started
    await inbox.stop(5.0)
    assert len(fake.messages) == messages, len(fake.messages)
    await app.services.channels["messenger"].aclose()  # type: ignore[attr-defined]
    await app.close()
    await stop(server, task)
    return messages / elapsed


def arguments() -> argparse.Namespace:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--parses",
        type=int,
        default=5000,
        help="bodies checked and parsed, one after the other (default: %(default)s)",
    )
    parser.add_argument(
        "--messages",
        type=int,
        default=300,
        help="people who each send a first message, all at once (default: %(default)s)",
    )
    return parser.parse_args()


async def main(args: argparse.Namespace) -> None:
    micros, per_event = await parse_time(args.parses)
    with tempfile.TemporaryDirectory() as folder:
        rate = await end_to_end(Path(folder), args.messages)
    print_table(
        ("measure", "result", "target"),
        [
            (
                f"signature check + parse, {args.parses:,} bodies",
                f"{micros:.1f} µs per body",
                "< 1000 µs",
            ),
            ("webhook's own work per event", f"{per_event:.1f} µs per event", "< 100 µs"),
            (f"end to end, {args.messages:,} people at once", f"{rate:.0f} messages/s", ">= 30"),
        ],
    )


if __name__ == "__main__":
    asyncio.run(main(arguments()))
