"""Messenger's 24-hour window through the outbox: tagged reminders and account updates outside
it, an announcement deferred until the person writes again, UPDATE inside it, and a person who
cannot be reached (551) marked blocked."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import FixedClock
from storage.outbox import DeliveryStatus
from tests.integration.support import blocked_at, enqueue, outbox, rows
from tests.messenger.conftest import PSID, Messenger, text_item
from tests.timeline_support import add_person, at, tick


def sent_to_psid(text: str, **fields: str) -> dict[str, object]:
    return {"recipient": {"id": PSID}, **fields, "message": {"text": text}}


async def test_outside_the_window_tags_and_deferral_then_update_after_a_message(
    messenger: Messenger, clock: FixedClock
) -> None:
    app = messenger.app
    person = await add_person(app, PSID, "en", channel="messenger")
    clock.advance(timedelta(hours=25))
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")
    await enqueue(app, "account", person, "account_update", "Your deck was received.")
    await enqueue(app, "news", person, "announcement", "Demo day moves to Friday.")

    stats = await outbox(app).run_once()

    assert (stats.claimed, stats.by_status) == (
        3,
        {DeliveryStatus.SENT: 2, DeliveryStatus.DEFERRED: 1},
    )
    assert messenger.fake.messages == [
        sent_to_psid(
            "The workshop starts at 10:00.",
            messaging_type="MESSAGE_TAG",
            tag="CONFIRMED_EVENT_UPDATE",
        ),
        sent_to_psid("Your deck was received.", messaging_type="MESSAGE_TAG", tag="ACCOUNT_UPDATE"),
    ]
    assert [(key, status, attempts) for key, status, attempts, _ in await rows(app)] == [
        ("event", DeliveryStatus.SENT, 1),
        ("account", DeliveryStatus.SENT, 1),
        ("news", DeliveryStatus.DEFERRED, 1),
    ]
    # A later tick leaves the deferred announcement alone.
    clock.advance(timedelta(hours=1))
    assert (await outbox(app).run_once()).claimed == 0

    # The person writes (a signed webhook POST): the announcement is due again and goes out
    # inside the window, untagged.
    response = await messenger.event(text_item("hello", "m.back"))
    assert response.status_code == 200
    answered = len(messenger.fake.messages)
    stats = await outbox(app).run_once()
    assert (stats.claimed, stats.by_status) == (1, {DeliveryStatus.SENT: 1})
    assert messenger.fake.messages[answered:] == [
        sent_to_psid("Demo day moves to Friday.", messaging_type="UPDATE")
    ]
    assert [(key, status) for key, status, _, _ in await rows(app)] == [
        ("event", DeliveryStatus.SENT),
        ("account", DeliveryStatus.SENT),
        ("news", DeliveryStatus.SENT),
    ]


async def test_inside_the_window_a_proactive_message_goes_as_update(
    messenger: Messenger, clock: FixedClock
) -> None:
    app = messenger.app
    person = await add_person(app, PSID, "en", channel="messenger")
    clock.advance(timedelta(hours=23))
    await enqueue(app, "news", person, "announcement", "Demo day moves to Friday.")
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")
    stats = await outbox(app).run_once()
    assert (stats.claimed, stats.by_status) == (2, {DeliveryStatus.SENT: 2})
    assert messenger.fake.messages == [
        sent_to_psid("Demo day moves to Friday.", messaging_type="UPDATE"),
        sent_to_psid("The workshop starts at 10:00.", messaging_type="UPDATE"),
    ]


async def test_a_551_answer_marks_the_participant_blocked(
    messenger: Messenger, clock: FixedClock
) -> None:
    app = messenger.app
    person = await add_person(app, PSID, "en", channel="messenger")
    clock.advance(timedelta(hours=2))
    messenger.fake.fail_next("graph_error_551_user_unavailable.json")
    await enqueue(app, "event", person, "event_update", "The workshop starts at 10:00.")
    await enqueue(
        app, "later", person, "event_update", "Lunch is at noon.", clock.now() + timedelta(hours=1)
    )

    stats = await outbox(app).run_once()

    assert (stats.claimed, stats.by_status) == (1, {DeliveryStatus.BLOCKED: 1})
    assert await blocked_at(app, person) == clock.now()
    # Nothing more is sent to a blocked person: the next row is closed without a call.
    calls = len(messenger.fake.calls)
    clock.advance(timedelta(hours=1))
    assert (await outbox(app).run_once()).by_status == {DeliveryStatus.BLOCKED: 1}
    assert len(messenger.fake.calls) == calls
    assert [(key, status) for key, status, _, _ in await rows(app)] == [
        ("event", DeliveryStatus.BLOCKED),
        ("later", DeliveryStatus.BLOCKED),
    ]


async def test_planned_reminders_outside_the_window_carry_the_right_tags(
    messenger: Messenger, clock: FixedClock
) -> None:
    """The real planner and renderers: the deadline reminder (it states the team's submission
    status) goes as ACCOUNT_UPDATE, the event reminder as CONFIRMED_EVENT_UPDATE."""
    app = messenger.app
    clock.set(at("2024-11-17T09:00+08:00"))  # the person's last message
    await add_person(app, PSID, "en", team="Blue Steppe", channel="messenger")
    clock.set(at("2024-11-18T16:00+08:00"))  # 2 hours before the interim deadline
    assert (await tick(app)).by_status == {DeliveryStatus.SENT: 1}
    clock.set(at("2024-11-19T13:30+08:00"))  # a day before the interim event
    assert (await tick(app)).by_status == {DeliveryStatus.SENT: 1}
    assert messenger.fake.messages == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "MESSAGE_TAG",
            "tag": "ACCOUNT_UPDATE",
            "message": {
                "attachment": {
                    "type": "template",
                    "payload": {
                        "template_type": "button",
                        "text": "Reminder: the deadline for “Interim deck” is in 2 hours.\n"
                        "Deadline: Mon, Nov 18, 2024 18:00\n"
                        "Team Blue Steppe has not submitted yet.",
                        "buttons": [
                            {
                                "type": "postback",
                                "title": "All deadlines",
                                "payload": "cmd:deadlines",
                            }
                        ],
                    },
                }
            },
        },
        {
            "recipient": {"id": PSID},
            "messaging_type": "MESSAGE_TAG",
            "tag": "CONFIRMED_EVENT_UPDATE",
            "message": {
                "attachment": {
                    "type": "template",
                    "payload": {
                        "template_type": "button",
                        "text": "Reminder: “MICS2024 interim event” starts in 1 day.\n"
                        "Starts: Wed, Nov 20, 2024 13:30\n"
                        "Where: Ulaanbaatar Chuulga, Ulaanbaatar\n"
                        "Languages spoken: Mongolian, Japanese",
                        # The interim event takes RSVPs: the reminder asks whoever has not
                        # answered (handlers/eventday).
                        "buttons": [
                            {"type": "postback", "title": "Coming", "payload": "rsvp:4:coming"},
                            {"type": "postback", "title": "Not coming", "payload": "rsvp:4:no"},
                            {
                                "type": "postback",
                                "title": "Details",
                                "payload": "sched:4",
                            },
                        ],
                    },
                }
            },
        },
    ]
