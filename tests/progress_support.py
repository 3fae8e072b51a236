"""Helpers for the progress tests: three teams of the shipped MICS program (Nar led by bat in
Mongolian, Sakura led by yui in Japanese, Gobi led by tom in Mongolian), the program's other
reminders muted, and the files /kpis sent."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.mentoring_support import lead_registers, quiet
from tests.support import Chat

NOV = "2024-11-25"
DEC = "2024-12-25"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def three_teams(chat: Chat) -> None:
    await lead_registers(chat, "bat", "mn", "Nar")
    await lead_registers(chat, "yui", "ja", "Sakura")
    await lead_registers(chat, "tom", "mn", "Gobi")
    await quiet(chat, "bat", "yui", "tom", "org")


def sent_file(chat: Chat, user: str, suffix: str) -> Path:
    """The latest file with ``suffix`` the console saved for ``user``."""
    files = sorted(
        (chat.console.downloads / user).glob(f"*{suffix}"), key=lambda p: p.stat().st_mtime
    )
    return files[-1]


# bat's November report: 1 market, 2 JP partners, 0 MN partners, 4 pilots, 2,000 USD, 1 job,
# a progress note, no help needed; the bad "abc" is refused on the way.
BAT_NOVEMBER = ("+1", "abc", "+2", "+0", "+4", "2,000", "+1", "Туршилт эхэлсэн", "1", "1")
# yui's: 2, 3, 1, 10 pilots, "x" refused then 5000 typed in full-width digits, 0 jobs, no
# progress note, help needed.
YUI_NOVEMBER = ("+2", "+3", "+1", "+10", "x", "５０００", "+0", "1", "通訳の支援が必要です", "1")
