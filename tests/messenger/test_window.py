"""The 24-hour window: replies go as RESPONSE, proactive messages inside the window as UPDATE,
outside it event reminders and account updates go tagged and announcements wait until the
person writes again."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.core.clock import FixedClock
from bot.core.messages import Msg, Purpose, RenderedMessage, Reply, Verbatim
from bot.core.ports import Recipient, SendResult
from storage.models import Participant
from tests.messenger.conftest import PSID, Messenger, postback_item, text_item

HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("purpose", "hours_since_last_message", "fields"),
    [
        ("response", 0, {"messaging_type": "RESPONSE"}),
        ("response", 30, {"messaging_type": "RESPONSE"}),
        ("announcement", 23.9, {"messaging_type": "UPDATE"}),
        ("event_update", 1, {"messaging_type": "UPDATE"}),
        ("account_update", 23, {"messaging_type": "UPDATE"}),
        ("event_update", 24, {"messaging_type": "MESSAGE_TAG", "tag": "CONFIRMED_EVENT_UPDATE"}),
        ("account_update", 200, {"messaging_type": "MESSAGE_TAG", "tag": "ACCOUNT_UPDATE"}),
    ],
)
async def test_messaging_type_by_purpose_and_window(
    messenger: Messenger, purpose: Purpose, hours_since_last_message: float, fields: dict[str, str]
) -> None:
    now = messenger.app.clock.now()
    recipient = Recipient(PSID, now - hours_since_last_message * HOUR)
    result = await messenger.channel.send(recipient, RenderedMessage("Reminder"), purpose)
    assert result == SendResult("sent", platform_message_id="m_1")
    assert messenger.fake.messages == [
        {"recipient": {"id": PSID}, **fields, "message": {"text": "Reminder"}}
    ]


@pytest.mark.parametrize("hours", [24, 72])
async def test_an_announcement_outside_the_window_is_deferred_and_not_sent(
    messenger: Messenger, hours: int
) -> None:
    recipient = Recipient(PSID, messenger.app.clock.now() - hours * HOUR)
    result = await messenger.channel.send(recipient, RenderedMessage("News"), "announcement")
    assert result.status == "deferred"
    assert messenger.fake.calls == []


async def test_a_person_never_seen_gets_no_untagged_message(messenger: Messenger) -> None:
    result = await messenger.channel.send(
        Recipient(PSID, None), RenderedMessage("News"), "announcement"
    )
    assert result.status == "deferred"
    assert messenger.fake.calls == []


async def person(messenger: Messenger) -> Participant:
    async with messenger.app.sessions() as session:
        found = await session.scalar(select(Participant).where(Participant.external_id == PSID))
    assert found is not None
    return found


async def test_reminder_tagged_and_announcement_deferred_until_the_person_writes_again(
    messenger: Messenger,
) -> None:
    """Through the dispatcher's proactive interface, with the window counted from the
    participant's stored last message."""
    clock = messenger.app.clock
    assert isinstance(clock, FixedClock)
    await messenger.event(postback_item("get_started", "m.1"))
    await messenger.event(postback_item("~:language:choose:en", "m.2"))
    sent_before = len(messenger.fake.messages)
    clock.advance(25 * HOUR)

    reminder = Reply(Msg("language-set"))
    announcement = Reply(Verbatim("Pitch day moved to room 301."))
    dispatcher = messenger.app.dispatcher
    assert (
        await dispatcher.deliver(await person(messenger), reminder, "event_update")
    ).status == "sent"
    deferred = await dispatcher.deliver(await person(messenger), announcement, "announcement")
    assert deferred.status == "deferred"
    assert messenger.fake.messages[sent_before:] == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "MESSAGE_TAG",
            "tag": "CONFIRMED_EVENT_UPDATE",
            "message": {"text": "Done: I will write to you in English."},
        }
    ]

    clock.advance(HOUR)
    await messenger.event(text_item("hello again", "m.3"))
    sent_before = len(messenger.fake.messages)
    again = await dispatcher.deliver(await person(messenger), announcement, "announcement")
    assert again.status == "sent"
    assert messenger.fake.messages[sent_before:] == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "UPDATE",
            "message": {"text": "Pitch day moved to room 301."},
        }
    ]
