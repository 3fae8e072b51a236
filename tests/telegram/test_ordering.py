"""Updates of one person are handled one at a time in the order they arrived, those of different
people in parallel: by polling (one batch handled concurrently) and by webhook (requests in
flight together), through the real adapter and dispatcher against the fake Bot API.

Person A's first reply is held at the fake while A's next two updates (presses of buttons)
arrive: they wait for A's turn, their buttons are answered at once, and person B is answered
meanwhile. Their order shows in what A sees: 日本語 pressed before Help gives Help in Japanese.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from bot.app import App
from bot.channels.telegram.inbound import TelegramInbound
from bot.channels.telegram.polling import poll
from storage.models import Participant
from storage.uow import UnitOfWork
from tests.fake_telegram import Call, FakeTelegram
from tests.telegram.conftest import SECRET

A, B = 41, 42
CHOOSE = "Хэлээ сонгоно уу · 言語を選んでください · Choose your language"
A_GETS = [  # the first line of each message
    CHOOSE,  # held at the fake, then a 504
    CHOOSE,  # sent again
    "MICS 2024：SDGsのためのモンゴル・オープンイノベーション共創へようこそ！",
    "ご用件をお選びください。",
    "ご利用いただける機能：",  # Help, in Japanese: the language was chosen first
]


def start(update_id: int, person: int) -> dict[str, Any]:
    user = {"id": person, "is_bot": False, "first_name": "P", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1732000000,
            "chat": {"id": person, "type": "private"},
            "from": user,
            "text": "/start",
        },
    }


def press(update_id: int, person: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"a{update_id}",
            "chat_instance": "1",
            "from": {"id": person, "is_bot": False, "first_name": "P"},
            "data": data,
        },
    }


A_UPDATES = [start(1, A), press(2, A, "~:language:choose:ja"), press(3, A, "cmd:help")]


def to(call: Call, person: int) -> bool:
    return call.method == "sendMessage" and call.params["chat_id"] == str(person)


def sent_to(calls: list[Call], person: int) -> list[str]:
    """The first line of each message sent to ``person``."""
    return [call.params["text"].splitlines()[0] for call in calls if to(call, person)]


def answered(calls: list[Call]) -> set[str]:
    return {c.params["callback_query_id"] for c in calls if c.method == "answerCallbackQuery"}


def a_waits_while_b_is_answered(calls: list[Call]) -> bool:
    """A's first reply is held, A's presses are answered, B got its reply."""
    return bool(sent_to(calls, A)) and answered(calls) == {"a2", "a3"} and bool(sent_to(calls, B))


async def find(app: App, person: int) -> Participant:
    async with app.sessions() as session:
        found = await UnitOfWork(session).participants.find("telegram", str(person))
    assert found is not None
    return found


async def language_of(app: App, person: int) -> str | None:
    return (await find(app, person)).language


async def blocked_at(app: App, person: int) -> datetime | None:
    return (await find(app, person)).blocked_at


async def test_by_polling_one_person_in_order_different_people_in_parallel(
    app: App, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    release = fake.stall_next("sendMessage", chat_id=str(A))
    await fake.queue_updates(*A_UPDATES, start(4, B))  # one batch, handled concurrently
    poller = asyncio.create_task(poll(telegram, timeout=5))
    try:
        await fake.wait_for(a_waits_while_b_is_answered)
        held = sent_to(fake.calls, A)
        release.set()
        await fake.wait_for(lambda calls: len(sent_to(calls, A)) == len(A_GETS))
    finally:
        poller.cancel()
    assert held == A_GETS[:1]
    assert (sent_to(fake.calls, A), sent_to(fake.calls, B)) == (A_GETS, [CHOOSE])
    assert await language_of(app, A) == "ja"


async def test_by_webhook_one_person_in_order_different_people_in_parallel(
    app: App, fake: FakeTelegram, telegram: TelegramInbound, webhook_url: str
) -> None:
    release = fake.stall_next("sendMessage", chat_id=str(A))
    first, second, third = A_UPDATES
    pushes = [asyncio.create_task(fake.push(webhook_url, first, SECRET))]
    await fake.wait_for(lambda calls: bool(sent_to(calls, A)))  # A's turn is held
    for update in (second, third):
        pushes.append(asyncio.create_task(fake.push(webhook_url, update, SECRET)))
        pressed = update["callback_query"]["id"]
        # Answered: it has arrived, and waits for A's turn.
        await fake.wait_for(lambda calls, pressed=pressed: pressed in answered(calls))
    b = await fake.push(webhook_url, start(4, B), SECRET)
    held = sent_to(fake.calls, A)
    release.set()
    responses = await asyncio.gather(*pushes)
    assert [(r.status_code, r.text) for r in (*responses, b)] == [(200, "ok\n")] * 4
    assert held == A_GETS[:1]
    assert (sent_to(fake.calls, A), sent_to(fake.calls, B)) == (A_GETS, [CHOOSE])
    assert await language_of(app, A) == "ja"


async def test_a_block_waits_for_the_turn_of_the_message_before_it(
    app: App, fake: FakeTelegram, telegram: TelegramInbound
) -> None:
    """A message clears a block (whoever writes can be written to), so a block that came after
    it must be recorded after it: it waits while A's reply is held, though B, who came after
    the block, is answered meanwhile."""
    kicked = {
        "update_id": 2,
        "my_chat_member": {
            "chat": {"id": A, "type": "private"},
            "from": {"id": A, "is_bot": False, "first_name": "P"},
            "date": 1732000001,
            "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True}},
            "new_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": True}},
        },
    }
    release = fake.stall_next("sendMessage", chat_id=str(A))
    await fake.queue_updates(start(1, A), kicked, start(3, B))
    poller = asyncio.create_task(poll(telegram, timeout=5))
    try:
        await fake.wait_for(lambda calls: bool(sent_to(calls, A)) and bool(sent_to(calls, B)))
        blocked_while_held = await blocked_at(app, A)
        release.set()
        await fake.wait_for(lambda calls: [c.method for c in calls].count("getUpdates") == 2)
    finally:
        poller.cancel()
    assert (blocked_while_held, await blocked_at(app, A)) == (None, app.clock.now())


async def test_a_newcomer_does_not_overtake_a_woken_waiter(app: App) -> None:
    """The turn is released with a waiter woken but not yet running: a caller that enters at
    that moment still goes after the waiter (asyncio.Lock's first come, first served)."""
    order: list[str] = []

    async def take(name: str) -> None:
        async with app.dispatcher.turn("telegram", "41"):
            order.append(name)

    async with app.dispatcher.turn("telegram", "41"):
        order.append("holder")
        waiters = [asyncio.create_task(take(f"waiter {n}")) for n in range(3)]
        await asyncio.sleep(0)  # they have joined the queue
        order.append("holder leaves")
    await take("newcomer")
    await asyncio.gather(*waiters)
    assert order == ["holder", "holder leaves", "waiter 0", "waiter 1", "waiter 2", "newcomer"]
