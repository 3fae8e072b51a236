"""Event day on Messenger through the real webhook and the fake Graph API: the ticket's QR code
decodes to the m.me link with its ``ref``, the ``ref`` opened by a staff member reaches the
check-in flow, live updates use CONFIRMED_EVENT_UPDATE only while the event runs, and the
feedback request (a survey: no tag) waits outside the 24-hour window."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.core.clock import FixedClock
from storage.models import Delivery
from storage.uow import UnitOfWork
from tests.eventday_platforms import interim_id, make_staff, qr_text
from tests.messenger.conftest import Messenger, postback_item, text_item
from tests.timeline_support import at, tick

ATTENDEE, STAFF = "24000000000000001", "24000000000000002"


def referral_item(ref: str, mid: str, sender: str) -> dict[str, Any]:
    return {
        "sender": {"id": sender},
        "recipient": {"id": "PAGE_ID"},
        "timestamp": 7,
        "referral": {"ref": ref, "source": "SHORTLINK", "type": "OPEN_THREAD"},
    }


async def onboard(messenger: Messenger, person: str, language: str) -> None:
    await messenger.event(postback_item("get_started", f"{person}.1", person))
    await messenger.event(postback_item(f"~:language:choose:{language}", f"{person}.2", person))


async def statuses(messenger: Messenger, renderer: str) -> list[str]:
    async with messenger.app.sessions() as session:
        return list(
            await session.scalars(select(Delivery.status).where(Delivery.renderer == renderer))
        )


async def checked_in_attendee(messenger: Messenger, clock: FixedClock) -> str:
    """The attendee (ja) says Coming and gets the ticket; the staff member (mn) opens its
    m.me link on the day and checks them in. Returns the ticket's link."""
    interim = await interim_id(messenger.app)
    await onboard(messenger, ATTENDEE, "ja")
    await messenger.event(postback_item(f"rsvp:{interim}:coming", "a.3", ATTENDEE))
    start = len(messenger.fake.calls)
    await messenger.event(text_item("/ticket", "a.4", ATTENDEE))
    [upload] = [c for c in messenger.fake.calls[start:] if c.file is not None]
    name, png, mime = upload.file  # type: ignore[misc]
    assert (name, mime, upload.body["message"]["attachment"]["type"]) == (
        "ticket-interim.png",
        "image/png",
        "image",
    )
    [link] = qr_text(png)
    await onboard(messenger, STAFF, "mn")
    await make_staff(messenger.app, "messenger", STAFF)
    clock.set(at("2024-11-20T13:40+08:00"))
    start = len(messenger.fake.messages)
    # The phone camera opens m.me/micsbot?ref=ci_<code> in the staff member's thread.
    await messenger.event(referral_item(link.split("?ref=", 1)[1], "s.3", STAFF))
    [card] = messenger.fake.messages[start:]
    payload = card["message"]["attachment"]["payload"]
    assert (card["recipient"]["id"], payload["text"].splitlines()[1:]) == (
        STAFF,
        ["Баг: байхгүй", "Ирэх эсэх: ирнэ", "Арга хэмжээ: MICS2024 завсрын арга хэмжээ"],
    )
    [button] = payload["buttons"]
    assert button["title"] == "Ирц бүртгүүлэх"
    await messenger.event(postback_item(button["payload"], "s.4", STAFF))
    return link


async def test_the_ref_of_a_ticket_reaches_the_check_in_flow(
    messenger: Messenger, clock: FixedClock
) -> None:
    start = len(messenger.fake.messages)
    link = await checked_in_attendee(messenger, clock)
    code = link.removeprefix("https://m.me/micsbot?ref=ci_")
    assert (link, len(code)) == (f"https://m.me/micsbot?ref=ci_{code}", 12)
    done = messenger.fake.messages[-2:]
    # The attendee last wrote two days ago: the welcome is an update of the event they came to.
    assert [(m["recipient"]["id"], m["messaging_type"], m.get("tag")) for m in done] == [
        (STAFF, "RESPONSE", None),
        (ATTENDEE, "MESSAGE_TAG", "CONFIRMED_EVENT_UPDATE"),
    ]
    assert done[1]["message"]["text"].splitlines()[0] == (
        "「MICS2024 中間イベント」へようこそ！"
    )
    assert len(messenger.fake.messages) > start


async def test_updates_are_tagged_while_the_event_runs_and_feedback_waits_for_the_window(
    messenger: Messenger, clock: FixedClock
) -> None:
    app = messenger.app
    await checked_in_attendee(messenger, clock)
    # The attendee last wrote on the 18th: far outside the window on the 20th.
    await make_staff(app, "messenger", STAFF)
    async with app.sessions() as session, session.begin():
        person = await UnitOfWork(session).participants.find("messenger", ATTENDEE)
        assert person is not None
        person.last_seen_at = at("2024-11-18T09:00+08:00")
        organizer = await UnitOfWork(session).participants.find("messenger", STAFF)
        assert organizer is not None
        await UnitOfWork(session).participants.grant(
            organizer, "organizer", clock.now(), "mics-2024"
        )
    await messenger.event(text_item("/eventnews", "n.1", STAFF))
    await messenger.event(postback_item("~:evnews:aud:checkedin", "n.2", STAFF))
    await messenger.event(text_item("Панел 17:30 цагт.", "n.3", STAFF))
    await messenger.event(text_item("パネルは17:30です。", "n.4", STAFF))
    await messenger.event(postback_item("~:evnews:en:skip", "n.8", STAFF))
    await messenger.event(postback_item("~:evnews:confirm:send", "n.9", STAFF))
    start = len(messenger.fake.messages)
    await tick(app)
    [news] = [m for m in messenger.fake.messages[start:] if "お知らせ" in str(m)]
    assert (news["recipient"]["id"], news["messaging_type"], news.get("tag")) == (
        ATTENDEE,
        "MESSAGE_TAG",
        "CONFIRMED_EVENT_UPDATE",
    )
    assert news["message"]["text"] == "MICS2024 中間イベント：お知らせ\nパネルは17:30です。"

    clock.set(at("2024-11-20T19:00+08:00"))  # the evening after: the feedback request
    start = len(messenger.fake.messages)
    await tick(app)
    assert (messenger.fake.messages[start:], await statuses(messenger, "eventday-feedback")) == (
        [],
        ["deferred"],
    )
    # The attendee writes again the next morning: the window opens and the request goes.
    clock.advance(timedelta(hours=14))
    await messenger.event(text_item("おはようございます", "a.9", ATTENDEE))
    await tick(app)
    [request] = [m for m in messenger.fake.messages[start:] if m["messaging_type"] == "UPDATE"]
    assert request["message"]["text"].startswith("「MICS2024 中間イベント」にご来場")
    assert await statuses(messenger, "eventday-feedback") == ["sent"]
