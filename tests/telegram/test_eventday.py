"""Event day on Telegram through the real adapter and the fake Bot API: the ticket arrives as
a photo whose QR code decodes to the bot's deep link, and a staff member who opens that link
(``/start ci_<code>``) lands in the check-in flow and checks the person in with one tap."""

from __future__ import annotations

from typing import Any

from bot.app import App
from bot.core.clock import FixedClock
from tests.eventday_platforms import interim_id, make_staff, qr_text
from tests.fake_telegram import BOT_USERNAME, FakeTelegram
from tests.telegram.conftest import SECRET
from tests.timeline_support import at

ATTENDEE, STAFF = 5550001, 5550002


def text_update(update_id: int, person: int, text: str) -> dict[str, Any]:
    entity = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732000000,
            "chat": {"id": person, "type": "private", "first_name": "P"},
            "from": {
                "id": person,
                "is_bot": False,
                "first_name": f"P{person}",
                "language_code": "ja",
            },
            "text": text,
            **({"entities": entity} if text.startswith("/") else {}),
        },
    }


def press_update(update_id: int, person: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "chat_instance": "42",
            "from": {"id": person, "is_bot": False, "first_name": f"P{person}"},
            "message": {
                "message_id": 1,
                "date": 1732000000,
                "chat": {"id": person, "type": "private"},
            },
            "data": data,
        },
    }


async def test_a_ticket_link_opened_by_staff_reaches_the_check_in(
    app: App, fake: FakeTelegram, webhook_url: str, clock: FixedClock
) -> None:
    interim = await interim_id(app)
    updates = [
        text_update(1, ATTENDEE, "/start"),
        press_update(2, ATTENDEE, "~:language:choose:mn"),
        press_update(3, ATTENDEE, f"rsvp:{interim}:coming"),
        text_update(4, ATTENDEE, "/ticket"),
        text_update(5, STAFF, "/start"),
        press_update(6, STAFF, "~:language:choose:ja"),
    ]
    for update in updates:
        assert (await fake.push(webhook_url, update, SECRET)).status_code == 200
    [photo] = [c.params for c in fake.calls if c.method == "sendPhoto"]
    assert photo["chat_id"] == str(ATTENDEE)
    [link] = qr_text(photo["photo"]["content"])
    code = link.removeprefix(f"https://t.me/{BOT_USERNAME}?start=ci_")
    assert (link, len(code), code.isalnum()) == (
        f"https://t.me/{BOT_USERNAME}?start=ci_{code}",
        12,
        True,
    )
    assert photo["caption"].splitlines()[-1].endswith(f"{code[:4]}-{code[4:8]}-{code[8:]}")

    await make_staff(app, "telegram", str(STAFF))
    clock.set(at("2024-11-20T13:40+08:00"))
    fake.calls.clear()
    # The phone camera opens t.me/<bot>?start=ci_<code>: Telegram sends "/start ci_<code>".
    await fake.push(webhook_url, text_update(7, STAFF, f"/start ci_{code}"), SECRET)
    [card] = fake.sent()
    assert card["chat_id"] == str(STAFF)
    assert card["text"] == (
        f"P{ATTENDEE}さん\nチーム：なし\n出欠：出席\nイベント：MICS2024 中間イベント"
    )
    [[button]] = card["reply_markup"]["inline_keyboard"]
    assert button["text"] == "受付する"
    fake.calls.clear()
    await fake.push(webhook_url, press_update(8, STAFF, button["callback_data"]), SECRET)
    sent = [
        (c.params["chat_id"], c.params["text"].splitlines()[0])
        for c in fake.calls
        if c.method == "sendMessage"
    ]
    assert sent == [
        (str(STAFF), f"P{ATTENDEE}さんを受付しました。現在の来場者は1人、出席予定は1人です。"),
        (str(ATTENDEE), "«MICS2024 завсрын арга хэмжээ» арга хэмжээнд тавтай морилно уу!"),
    ]
