"""The progress report's ask reaches a Messenger user outside the 24-hour window: it concerns
their participation, so the real planner's row goes as an ACCOUNT_UPDATE (through the fake
Graph API), with the buttons to fill in the report and to stop the requests."""

from __future__ import annotations

from bot.core.clock import FixedClock
from storage.progress import ProgressRepository
from storage.uow import UnitOfWork
from tests.messenger.conftest import PSID, Messenger
from tests.timeline_support import add_person, at, tick


async def test_the_ask_outside_the_window_is_an_account_update(
    messenger: Messenger, clock: FixedClock
) -> None:
    app = messenger.app
    clock.set(at("2024-11-20T09:00+08:00"))  # the person's last message
    person = await add_person(app, PSID, "en", team="Blue Steppe", channel="messenger")
    async with app.sessions() as session, session.begin():
        await (
            UnitOfWork(session)
            .get(ProgressRepository)
            .subscribe(person, "mics-2024", True, clock.now())
        )
    clock.set(at("2024-11-25T10:00+08:00"))
    await tick(app)
    asks = [m for m in messenger.fake.messages if "progress report" in str(m)]
    assert asks == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "MESSAGE_TAG",
            "tag": "ACCOUNT_UPDATE",
            "message": {
                "attachment": {
                    "type": "template",
                    "payload": {
                        "template_type": "button",
                        "text": "It is time for the progress report of team “Blue Steppe”"
                        " (period of Mon, Nov 25, 2024). Please send it by Sat, Nov 30, 2024"
                        " 10:00.",
                        "buttons": [
                            {
                                "type": "postback",
                                "title": "Fill in the report",
                                "payload": "cmd:report",
                            },
                            {
                                "type": "postback",
                                "title": "Stop the requests",
                                "payload": "prasks:0",
                            },
                        ],
                    },
                }
            },
        }
    ]
