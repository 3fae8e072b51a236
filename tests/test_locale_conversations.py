"""Whole conversations in each language, read as a person reads them (locales/GLOSSARY.md):
the buttons of every reply fit Messenger's 20 characters and stay distinct after the cut, no
text shows a zone id or a bare language code, and every time shown to someone in another zone
than the place's says whose clock it is on.

The cast: an organizer and the lead of «Green Gobi Water» in Ulaanbaatar, a mentor in Tokyo,
and «Aya», a member of another team, in Tokyo.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import App
from bot.core.messages import Msg
from bot.i18n import FluentTranslator
from bot.rehearsal import RehearsedMessage, rehearse
from tests.decks import pdf_bytes
from tests.mentoring_support import delivered
from tests.support import Chat
from tests.team_support import LANGUAGE_BUTTON, role_codes
from tests.test_locale_style import BUTTON_LIMIT, label_length
from tests.timeline_support import add_person

LOCALES = ("mn", "ja", "en")
TEAM = "Green Gobi Water"
ZONE_IDS = re.compile(r"\b(?:Asia|Europe|America|Africa|Australia|Pacific|Etc)/[A-Za-z_]+")
LANGUAGE_CODES = re.compile(r"(?<![.@\w])(?:MN|JA|EN|mn|ja|en)\b")
TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
EXAMPLE_ZONE = "Europe/Berlin"  # the example of a zone name to type, in choose-timezone


def replies(output: str) -> list[tuple[str, list[str]]]:
    """Each message the console printed: its text and its button labels."""
    found = []
    for block in output.split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("→ ")]
        buttons = [m.group(1) for line in lines if (m := re.match(r"^\[\d+\] (.*)$", line))]
        text = "\n".join(line for line in lines if not re.match(r"^\[\d+\] ", line))
        if text or buttons:
            found.append((text, buttons))
    return found


async def conversation(chat: Chat, tmp_path: Path, locale: str) -> str:
    """Everything the cast does and is told in ``locale``, as the console printed it."""
    language, out = LANGUAGE_BUTTON[locale], []
    say = chat.say
    out.append(await say("/as org", "/start", language, "/invite_mentor"))
    code = (await role_codes(chat.app))[-1]
    out.append(await say("/as mia", "/start", language, f"/join {code}"))
    out.append(await say("Mia Sato", "JICA", "Solar energy", "2", "3", "4", "2"))
    out.append(await say("/as bat", "/start", language, "/timezone"))
    out.append(await say("1"))
    await say("/register")
    out.append(await say("1", TEAM, "Solar yurts", "We heat yurts with the sun.", "7, 13"))
    out.append(await say("Khan Solar LLC", "1", "2", "team@example.mn", "1", "1"))
    out.append(await say("/invite", "/team", "/privacy", "/reminders", "/deadlines"))
    out.append(await say("/schedule", "1", "/schedule", "2"))
    first, second = tmp_path / "deck.pdf", tmp_path / "deck-2.pdf"
    first.write_bytes(pdf_bytes(title="first"))
    second.write_bytes(pdf_bytes(pages=2, title="second"))
    out.append(await say("/submit", f"/file {first}", "/submit", f"/file {second}", "/deck"))
    out.append(await say("/as org", "/teams", "1", "/teams"))
    teams_page = await say("/teams")
    out.append(teams_page)
    out.append(await say(str(len(replies(teams_page)[-1][1]))))  # Filter by stage
    out.append(await say("/decks", "2", "/mentors", "1", "1"))
    out.append(await delivered(chat))
    out.append(await say("/as bat", "/session", "1", "Pitch deck", "2", "1", "2", "5"))
    out.append(await say("1", "https://meet.example/x"))
    out.append(await delivered(chat))
    out.append(await say("/as mia", "2"))
    out.append(await delivered(chat))
    out.append(await say("/as org", "/sessions", "/revoke_role", "/broadcast", "5"))
    out.append(await say("/cancel", "/as bat", "/delete_me", "2"))
    return "".join(out)


async def tokyo_member(app: App, locale: str) -> None:
    await add_person(app, "aya", locale, "Asia/Tokyo", team="Blue Steppe", channel="console")


async def timeline(app: App) -> list[RehearsedMessage]:
    """Every reminder due from now until the day after the interim event."""
    return await rehearse(app, app.clock.now(), datetime(2024, 11, 21, 12, 0, tzinfo=UTC))


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_buttons_of_every_reply_fit_and_stay_distinct(
    chat: Chat, tmp_path: Path, locale: str
) -> None:
    shown = replies(await conversation(chat, tmp_path, locale))
    with_buttons = [(text, labels) for text, labels in shown if labels]
    assert len(with_buttons) > 30  # the conversation went where it should
    too_long = sorted({b for _, labels in with_buttons for b in labels if label_length(b) > 20})
    assert too_long == []
    alike = [
        labels
        for _, labels in with_buttons
        if len({label[:BUTTON_LIMIT] for label in labels}) < len(labels)
    ]
    assert alike == []


@pytest.mark.parametrize("locale", LOCALES)
async def test_no_text_shows_a_zone_id_or_a_language_code(
    chat: Chat, app: App, tmp_path: Path, locale: str
) -> None:
    output = await conversation(chat, tmp_path, locale)
    await tokyo_member(app, locale)
    texts = [text for text, _ in replies(output)] + [m.text for m in await timeline(app)]
    assert len(texts) > 60
    assert [t for t in texts if ZONE_IDS.search(t.replace(EXAMPLE_ZONE, ""))] == []
    assert [t for t in texts if LANGUAGE_CODES.search(t)] == []


def clock_label(translator: FluentTranslator, locale: str, zone: str) -> str:
    key = {"Asia/Ulaanbaatar": "zone-clock-ulaanbaatar", "Asia/Tokyo": "zone-clock-tokyo"}[zone]
    return translator.render(Msg(key), locale, ZoneInfo("UTC"))


@pytest.mark.parametrize("locale", LOCALES)
async def test_times_in_another_zone_than_the_place_say_whose_clock(
    chat: Chat, app: App, translator: FluentTranslator, tmp_path: Path, locale: str
) -> None:
    """Aya in Tokyo reads the Ulaanbaatar event, its agenda and the program's deadlines on
    Tokyo's clock, labelled; the mentor in Tokyo and the team in Ulaanbaatar each read their
    session on both clocks."""
    tokyo = clock_label(translator, locale, "Asia/Tokyo")
    ub = clock_label(translator, locale, "Asia/Ulaanbaatar")
    output = await conversation(chat, tmp_path, locale)
    await tokyo_member(app, locale)
    aya = [text for text, _ in replies(await chat.say("/as aya", "/schedule", "1", "/deadlines"))]
    planned = await timeline(app)
    reminders = [m.text for m in planned if m.recipient == "aya"]
    assert (len(aya), len(reminders)) == (3, 4)  # deadline in 2 h, event in 24 h and 1 h, agenda
    assert [t for t in aya + reminders if tokyo not in t or ub in t] == []

    link = "https://meet.example/x"  # in the details of every text of the session to a side
    session = [t for t, _ in replies(output) if link in t and TIME.search(t)]
    session += [m.text for m in planned if link in m.text]
    assert len(session) == 8  # the ask, both confirmations, four reminders, "did it take place"
    assert [t for t in session if tokyo not in t or ub not in t] == []
