"""Messenger read events (issue 16): recorded, so a broadcast's list line and CSV report say
who read it; a read is not a message (no answer, the 24-hour window does not move)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.core.clock import FixedClock
from storage.models import Participant
from tests.broadcast_support import ticked
from tests.messenger.conftest import PSID, Messenger
from tests.support import Chat
from tests.timeline_support import add_person

MICS = "MICS 2024: Mongolia Open Innovation and Co-creation for SDGs"


def read_item(watermark_ms: int) -> dict[str, Any]:
    return {
        "sender": {"id": PSID},
        "recipient": {"id": "PAGE_ID"},
        "timestamp": watermark_ms + 5,
        "read": {"watermark": watermark_ms, "seq": 38},
    }


async def test_a_read_event_marks_the_broadcast_read(
    messenger: Messenger, clock: FixedClock, tmp_path: Path
) -> None:
    app = messenger.app
    await add_person(app, PSID, "en", channel="messenger")
    chat = Chat(app, tmp_path / "console")
    await chat.say("/as org", "/start", "3", "/broadcast", "1", "Мэдэгдэл", "1", "1", "1", "1")
    await ticked(app, chat)
    sent = len(messenger.fake.messages)
    early = int((clock.now() - timedelta(minutes=5)).timestamp() * 1000)
    assert (await messenger.event(read_item(early))).status_code == 200  # read before it came
    assert (await chat.say("/broadcasts")).splitlines()[1].endswith(" · read on Messenger 0")
    clock.advance(timedelta(minutes=2))
    watermark = int(clock.now().timestamp() * 1000)
    assert (await messenger.event(read_item(watermark))).status_code == 200
    assert len(messenger.fake.messages) == sent  # nothing answered
    assert (await chat.say("/broadcasts")).splitlines()[1] == (
        "#1 Mon, Nov 18, 2024 09:00 · Everyone · done · sent 2 / 2 · failed 0 · "
        "blocked 0 · waiting 0 · read on Messenger 1"
    )
    await chat.say("1")
    rows = (chat.console.downloads / "org" / "broadcast-1.csv").read_text().splitlines()
    assert [row.split(",")[5:8] for row in rows] == [
        ["status", "sent_at", "read_at"],
        ["sent", "2024-11-18T01:00:00+00:00", "2024-11-18T01:02:00+00:00"],  # on Messenger
        ["sent", "2024-11-18T01:00:00+00:00", ""],  # the organizer, on the console
    ]
    async with app.sessions() as session:
        person = await session.scalar(select(Participant).where(Participant.external_id == PSID))
        assert person is not None
        assert person.last_seen_at == clock.now() - timedelta(minutes=2)  # the window stays
