"""The broadcast audience "visitors", all of them or by what they offer: organizers announce
the next matching event to the companies and researchers who came."""

from __future__ import annotations

from bot.app import App
from tests.broadcast_support import ticked
from tests.matching_support import visitor
from tests.support import Chat


async def test_visitors_by_offer_receive_an_announcement(app: App, chat: Chat) -> None:
    await chat.say("/as org", "/start", "3")
    await visitor(chat, "ken", "ja", "Tanaka Corp", "1", "1, 2", ("1", "ken@tanaka.jp"))
    await visitor(chat, "mika", "ja", "Kyoto University", "1", "5, 6", ("1", "mika@kyoto.jp"))
    await visitor(chat, "ana", "en", "Ulaanbaatar Fund", "3", "2, 7", ("1", "ana@fund.mn"))
    await chat.say("/as org", "/broadcast")
    offers = await chat.say("11")  # Visitors
    assert offers == (
        "Which visitors? All, or those offering one kind of help.\n"
        "[1] All visitors\n[2] Technology\n[3] Investment\n[4] Sales in Japan\n"
        "[5] Sales in Mongolia\n[6] Research\n[7] Pilot site\n[8] Other\n[9] ‹ Back\n"
        "[10] Cancel\n\n"
    )
    await chat.say("3", "Matching night on 5 December", "1", "1")
    preview = (await chat.say("1")).splitlines()
    assert [line for line in preview if line.startswith("Recipients")] == ["Recipients: 2"]
    await chat.say("1")
    report = await ticked(app, chat)
    assert [line for line in report.splitlines() if line.startswith("→ ")] == [
        "→ ken",
        "→ ana",
    ]
