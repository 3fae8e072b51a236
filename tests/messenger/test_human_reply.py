"""A person's answer (``human_reply``, the helpdesk) under the 24-hour window: inside it as
UPDATE, then with the HUMAN_AGENT tag until 7 days after the person's last message, and after
that not at all (deferred until the person writes again)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.channels.messenger.channel import messaging_fields
from bot.core.messages import RenderedMessage
from bot.core.ports import Recipient, SendResult
from tests.messenger.conftest import PSID, Messenger

HOUR = timedelta(hours=1)
REFERENCE = datetime(2024, 11, 18, 1, 0, tzinfo=UTC)
HUMAN_AGENT = {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}


@pytest.mark.parametrize(
    ("since_last_message", "fields"),
    [
        (timedelta(0), {"messaging_type": "UPDATE"}),
        (23 * HOUR, {"messaging_type": "UPDATE"}),
        (24 * HOUR, HUMAN_AGENT),
        (30 * HOUR, HUMAN_AGENT),
        (7 * 24 * HOUR - timedelta(minutes=1), HUMAN_AGENT),
        (7 * 24 * HOUR, None),
        (8 * 24 * HOUR, None),
    ],
)
def test_the_fields_of_a_human_reply(
    since_last_message: timedelta, fields: dict[str, str] | None
) -> None:
    now = REFERENCE
    assert messaging_fields("human_reply", now - since_last_message, now) == fields


def test_a_human_reply_to_someone_never_seen_waits() -> None:
    assert messaging_fields("human_reply", None, REFERENCE) is None


async def test_sent_with_the_tag_after_30_hours_and_deferred_after_8_days(
    messenger: Messenger,
) -> None:
    now = messenger.app.clock.now()
    tagged = await messenger.channel.send(
        Recipient(PSID, now - 30 * HOUR), RenderedMessage("回答です。"), "human_reply"
    )
    late = await messenger.channel.send(
        Recipient(PSID, now - 8 * 24 * HOUR), RenderedMessage("回答です。"), "human_reply"
    )
    assert (tagged, late.status) == (SendResult("sent", platform_message_id="m_1"), "deferred")
    assert messenger.fake.messages == [
        {"recipient": {"id": PSID}, **HUMAN_AGENT, "message": {"text": "回答です。"}}
    ]
