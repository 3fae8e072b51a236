"""Judges beyond scoring: a blind round, swapping a judge, /rounds opening and closing judging
early, a judge's data in /privacy and /delete_me, and taking the role away (English)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from tests.mentoring_support import delivered
from tests.selection_support import (
    PROGRAM_FILE,
    assignments,
    deck_file,
    judge_joins,
    register_with_deck,
)
from tests.support import Chat

BLIND = PROGRAM_FILE.replace("judges_per_team = 2", "judges_per_team = 1\nblind = true")


@pytest.fixture
async def app_and_chat(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> AsyncIterator[tuple[App, Chat]]:
    path = tmp_path / "blind.toml"
    path.write_text(BLIND, encoding="utf-8")
    clock = FixedClock(datetime(2024, 7, 10, 1, 0, tzinfo=UTC))
    application = await build_app(settings_for(program_files=(str(path),)), clock, translator)
    yield application, Chat(application, tmp_path / "console-files")
    await application.close()


async def two_teams_two_judges(chat: Chat, folder: Path) -> None:
    deck = deck_file(folder, "Nar deck by Bat.pdf")
    await chat.say("/as org", "/start", "3")
    await register_with_deck(chat, "bat", "en", "Nar", deck, ("aya:en",))
    await register_with_deck(chat, "ren", "en", "Kaze", deck)
    await judge_joins(chat, "mia", "en", None)
    await judge_joins(chat, "bold", "en", "Kaze LLC")


async def test_a_blind_round_hides_names_organizations_and_the_file_name(
    app_and_chat: tuple[App, Chat], tmp_path: Path
) -> None:
    app, chat = app_and_chat
    await two_teams_two_judges(chat, tmp_path)
    assert (await chat.say("/as org", "/rounds")) == (
        "Selection rounds:\n"
        "1. Screening (screening): decks of «Project proposal»\n"
        "   Judging Tue, Jul 16, 2024 09:00 – Sat, Jul 20, 2024 18:00: not open yet\n"
        "   Teams: 2 · judges: 0 · scores in: 0 of 0 · to select: 5\n"
        "[1] Open round 1 now\n\n"
    )
    await chat.say("/assign_judges")
    # Opened early from /rounds: the judges with teams hear it at once.
    assert await chat.say("/rounds", "1") == (
        "Selection rounds:\n"
        "1. Screening (screening): decks of «Project proposal»\n"
        "   Judging Tue, Jul 16, 2024 09:00 – Sat, Jul 20, 2024 18:00: not open yet\n"
        "   Teams: 2 · judges: 2 · scores in: 0 of 2 · to select: 5\n"
        "[1] Open round 1 now\n\n"
        "Judging of Screening is open now, until Sat, Jul 20, 2024 18:00. The judges with "
        "teams have been told.\n\n"
        "→ mia\n"
        "Judging of Screening is open: one team is waiting for you, until Sat, Jul 20, 2024 "
        "18:00. Send /judge to start.\n\n"
        "→ bold\n"
        "Judging of Screening is open: one team is waiting for you, until Sat, Jul 20, 2024 "
        "18:00. Send /judge to start.\n\n"
    )
    assert await assignments(app) == {"bold": ["Nar"], "mia": ["Kaze"]}
    files = chat.console.downloads
    assert await chat.say("/as bold", "/judge") == (
        "Screening: judging closes Sat, Jul 20, 2024 18:00\n"
        "Done 0 of 1:\n"
        "• Project 1: Nar project\n"
        "[1] Project 1\n\n"
    )
    assert await chat.say("1") == (
        "Screening: Project 1 (names are hidden in this round)\n"
        "Project: Nar project\n"
        "What Nar does.\n"
        "SDGs:\n"
        "7. Affordable and Clean Energy\n"
        "13. Climate Action\n\n"
        "The team's deck, version 1.\n"
        f"[file] 01.pdf (463 bytes) saved to {files / 'bold' / '01.pdf'}\n\n"
        "Criterion 1 of 2: Impact (weight 2)\n"
        "Score it from 1 (weak) to 5 (excellent).\n"
        "[1] 1\n[2] 2\n[3] 3\n[4] 4\n[5] 5\n[6] I know this team\n[7] Cancel\n\n"
    )
    await chat.say("4", "4", "1", "1")
    assert (await chat.say("1")).startswith("Saved. You can change these scores until ")
    # Closed early from /rounds: the ranking is final.
    assert await chat.say("/as org", "/rounds", "1") == (
        "Selection rounds:\n"
        "1. Screening (screening): decks of «Project proposal»\n"
        "   Judging Tue, Jul 16, 2024 09:00 – Sat, Jul 20, 2024 18:00: open\n"
        "   Teams: 2 · judges: 2 · scores in: 1 of 2 · to select: 5\n"
        "[1] Close round 1 now\n\n"
        "Judging of Screening is closed. Scores are final: see /ranking screening.\n\n"
    )
    assert await chat.say("/as bold", "/judge") == (
        "Screening: judging closed Wed, Jul 10, 2024 09:00; your scores are final\n"
        "Done 1 of 1:\n"
        "✓ Project 1: Nar project\n"
        "[1] ✓ Project 1\n\n"
    )


async def test_an_organizer_swaps_a_judge_with_back_and_cancel(
    app_and_chat: tuple[App, Chat], tmp_path: Path
) -> None:
    app, chat = app_and_chat
    await two_teams_two_judges(chat, tmp_path)
    await chat.say("/as org", "/assign_judges screening")
    assert await chat.say("/swap_judge screening") == (
        "Which team gets another judge? Press it or type its name.\n"
        "[1] Kaze\n[2] Nar\n[3] Cancel\n\n"
    )
    assert await chat.say("Gobi") == (
        "No assigned team has that name. Press a team or type its name exactly.\n\n"
    )
    assert await chat.say("nar") == (
        "Who should stop judging Nar? Their scores for it are removed.\n"
        "[1] bold\n[2] ‹ Back\n[3] Cancel\n\n"
    )
    assert await chat.say("1") == (
        "Who should judge Nar instead? Teams each judge has now:\n"
        "• mia: 1\n"
        "[1] mia\n[2] ‹ Back\n[3] Cancel\n\n"
    )
    assert await chat.say("2", "2") == (
        "Who should stop judging Nar? Their scores for it are removed.\n"
        "[1] bold\n[2] ‹ Back\n[3] Cancel\n\n"
        "Which team gets another judge? Press it or type its name.\n"
        "[1] Kaze\n[2] Nar\n[3] Cancel\n\n"
    )
    # Kaze: bold works with Kaze LLC, so nobody else may take it.
    assert await chat.say("1", "1") == (
        "Who should stop judging Kaze? Their scores for it are removed.\n"
        "[1] mia\n[2] ‹ Back\n[3] Cancel\n\n"
        "No other judge may judge Kaze (conflicts or already on the team). Invite another "
        "judge with /invite_judge.\n"
        "[1] ‹ Back\n[2] Cancel\n\n"
    )
    assert await chat.say("2") == "Cancelled. Nothing was saved. Send /menu for the main menu.\n\n"
    await chat.say("/swap_judge", "2", "1")
    assert await chat.say("1") == (
        "mia judges Nar now, instead of bold. Both have been told.\n\n"
        "→ mia\n"
        "You have one team to score in Screening. Judging opens Tue, Jul 16, 2024 09:00 and "
        "closes Sat, Jul 20, 2024 18:00.\n"
        "[1] My teams\n\n"
        "→ bold\n"
        "An organizer gave one of your teams in Screening to another judge. Send /judge to see "
        "your teams.\n\n"
    )
    assert await assignments(app) == {"mia": ["Kaze", "Nar"]}


async def test_a_judge_s_data_in_privacy_and_delete_me_and_the_role_taken_away(
    app_and_chat: tuple[App, Chat], tmp_path: Path
) -> None:
    app, chat = app_and_chat
    await two_teams_two_judges(chat, tmp_path)
    await chat.say("/as org", "/assign_judges", "/rounds", "1")
    await chat.say("/as bold", "/judge", "1", "4", "4", "1", "1", "1")
    assert (await chat.say("/privacy")).endswith(
        "\nYour organizations (as a judge): Kaze LLC\n"
        "Your scores as a judge: one team\n"
        "Send /delete_me to delete your personal data.\n\n"
    )
    await chat.say("/delete_me", "1")
    after = await chat.say("/privacy")
    assert after.endswith("\nSend /delete_me to delete your personal data.\n\n")
    assert "(as a judge)" not in after and "as a judge:" not in after
    assert await assignments(app) == {"mia": ["Kaze"]}
    # The role goes from /revoke_role like a mentor's; a lost judge is refused at once.
    assert await chat.say("/as org", "/revoke_role") == (
        "Whose role do you want to take away?\n• mia: judge\n• (no name): judge\n"
        "[1] mia\n[2] (no name)\n\n"
    )
    assert await chat.say("1") == (
        "mia is no longer a judge.\n\n→ mia\nYou are no longer a judge of Test program.\n\n"
    )
    assert await chat.say("/as mia", "/judge") == (
        "Sorry, that is only for judges.\n\n"
    )
    assert await delivered(chat) == ""


async def test_re_running_the_assignment_after_a_judge_left_keeps_their_scores(
    app_and_chat: tuple[App, Chat], tmp_path: Path
) -> None:
    app, chat = app_and_chat
    await two_teams_two_judges(chat, tmp_path)
    await chat.say("/as org", "/assign_judges", "/rounds", "1")
    await chat.say("/as bold", "/judge", "1", "4", "4", "1", "1", "1")  # bold scores Nar
    assert (await chat.say("/as org", "/revoke_role", "2")).endswith(
        "bold is no longer a judge.\n\n→ bold\nYou are no longer a judge of Test program.\n\n"
    )
    await judge_joins(chat, "kim", "en", None)
    # Nar keeps the score of bold, who left: it needs no other judge.
    assert await chat.say("/as org", "/assign_judges") == (
        "Screening: teams: 2, judges per team: 1. Assignments made: 0, removed: 0.\n"
        "Teams per judge:\n• mia: 1\n• kim: 0\n"
        "Teams:\n• Kaze: mia\n• Nar: -\n"
        "Every team has its judges.\n[1] Swap a judge\n\n"
    )
    # mia leaves before scoring Kaze: re-running gives Kaze to kim, and Nar's score stays.
    assert (await chat.say("/revoke_role", "1")).endswith(
        "mia is no longer a judge.\n\n→ mia\nYou are no longer a judge of Test program.\n\n"
    )
    assert await chat.say("/assign_judges") == (
        "Screening: teams: 2, judges per team: 1. Assignments made: 1, removed: 1.\n"
        "Teams per judge:\n• kim: 1\n"
        "Teams:\n• Kaze: kim\n• Nar: -\n"
        "Every team has its judges.\n[1] Swap a judge\n\n"
        "→ kim\n"
        "You have one team to score in Screening. Judging opens Tue, Jul 16, 2024 09:00 and "
        "closes Sat, Jul 20, 2024 18:00.\n[1] My teams\n\n"
    )
    assert await assignments(app) == {"bold": ["Nar"], "kim": ["Kaze"]}
    assert (await chat.say("/ranking")).startswith(
        "Screening (judging open): teams: 2, judges: 2, scores in: 1, missing: 1.\n"
        "Place. Team: mean of 5 (normalized) · scores · spread · decision\n"
        "1. Nar: 4.00 (+0.00) · 1 in · spread 0.00 · not decided\n"
        "-. Kaze: - (-) · 0 in, 1 missing · spread 0.00 · not decided\n"
    )
