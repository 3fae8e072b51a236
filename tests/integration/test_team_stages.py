"""Teams and submissions together: after a deck is handed in, /team shows the stage as on time
(or late, under accept_late), and the organizers' /teams stage filter lists the team there."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.core.clock import FixedClock
from tests.decks import pdf_bytes
from tests.support import Chat
from tests.team_support import register_team


def card(team: str, lead: str, interim: str) -> str:
    return (
        f"Team: {team}\n"
        "Project: Solar yurts\n"
        "We heat yurts with the sun.\n"
        "SDGs:\n"
        "7. Affordable and Clean Energy\n"
        "13. Climate Action\n"
        "Organizations:\n"
        "Khan Solar LLC (Mongolia)\n"
        "Contact: team@example.mn, —\n"
        "Members (1 of at most 8):\n"
        f"• {lead} (team lead)\n"
        "Stages:\n"
        "Project proposal: not submitted\n"
        f"Interim deck: {interim}\n"
        "Final deck: not submitted\n"
        "\n"
    )


def filtered(status: str, *teams: str) -> str:
    buttons = [f"[{n}] {name} (1)\n" for n, name in enumerate(teams, 1)]
    return (
        f"Teams: Interim deck: {status}. {len(teams)} in all, page 1 of 1.\n"
        + "".join(buttons)
        + f"[{len(teams) + 1}] Filter by stage\n\n"
    )


async def test_team_and_teams_show_on_time_and_late(
    chat: Chat, clock: FixedClock, tmp_path: Path
) -> None:
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(pdf_bytes())
    for person, team in (
        ("lead", "Solar Yurts"),
        ("second", "Blue Steppe"),
        ("third", "Gobi Wind"),
    ):
        await chat.say(f"/as {person}", "/start", "3")
        await register_team(chat, team)

    await chat.say("/as lead")
    assert (await chat.say(f"/file {deck}")).startswith("Received: Interim deck, version 1.")
    assert await chat.say("/team") == card("Solar Yurts", "lead", "submitted on time")
    clock.advance(timedelta(hours=10))  # 19:00, an hour after the interim deadline
    await chat.say("/as second")
    assert (await chat.say(f"/file {deck}")).endswith(
        "Late: received 1 hour after the deadline (Mon, Nov 18, 2024 18:00).\n\n"
    )
    assert await chat.say("/team") == card("Blue Steppe", "second", "submitted late")
    await chat.say("/as third")
    assert await chat.say("/team") == card("Gobi Wind", "third", "not submitted")

    await chat.say("/as org", "/start", "3")
    await chat.say("/teams", "4")
    assert await chat.say("5") == filtered("submitted on time", "Solar Yurts")
    await chat.say("/teams", "4")
    assert await chat.say("6") == filtered("submitted late", "Blue Steppe")
    await chat.say("/teams", "4")
    assert await chat.say("7") == filtered("not submitted", "Gobi Wind")
