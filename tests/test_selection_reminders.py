"""Judges' reminders keep out of each judge's quiet hours (22:00-08:00 on their own clock):
judging closes at 23:30 in Ulaanbaatar, so the reminders 48 and 24 hours before it move to
08:00 the next morning — in Tokyo for a Japanese judge, in Ulaanbaatar for a Mongolian one —
each in the judge's language and saying whose clock the close is on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.app import build_app
from bot.core.clock import FixedClock
from bot.core.settings import Settings
from bot.i18n import FluentTranslator
from bot.rehearsal import format_rehearsal, rehearse
from tests.selection_support import PROGRAM_FILE, deck_file, judge_joins, register_with_deck
from tests.support import Chat

LATE_CLOSE = PROGRAM_FILE.replace("closes = 2024-07-20T18:00:00", "closes = 2024-07-20T23:30:00")


async def test_judges_reminders_move_out_of_each_judge_s_quiet_hours(
    settings_for: Callable[..., Settings], translator: FluentTranslator, tmp_path: Path
) -> None:
    assert LATE_CLOSE != PROGRAM_FILE
    program = tmp_path / "selection-test.toml"
    program.write_text(LATE_CLOSE, encoding="utf-8")
    clock = FixedClock(datetime(2024, 7, 10, 1, 0, tzinfo=UTC))
    app = await build_app(settings_for(program_files=(str(program),)), clock, translator)
    try:
        chat = Chat(app, tmp_path / "console-files")
        await chat.say("/as org", "/start", "1")
        await register_with_deck(chat, "bat", "mn", "Nar", deck_file(tmp_path))
        await judge_joins(chat, "mia", "ja", None)
        await judge_joins(chat, "saran", "mn", None)
        clock.set(datetime(2024, 7, 16, 2, 0, tzinfo=UTC))
        await chat.say("/as org", "/assign_judges screening")
        rehearsed = await rehearse(
            app, datetime(2024, 7, 17, tzinfo=UTC), datetime(2024, 7, 21, tzinfo=UTC)
        )
        ja = (
            "    リマインダー：「選考」で、まだ1チームがあなたの採点を待っています。"
            "審査の締め切りは2024年7月21日（日）00:30（日本時間）（あと{left}）です。\n"
        )
        mn = (
            "    Сануулга: «Шалгаруулалт» тойрогт 1 баг таны оноог хүлээж байна. Үнэлгээ "
            "7-р сарын 20 (Бя) 23:30 хаагдана, {left} үлдлээ.\n"
        )
        assert format_rehearsal(rehearsed) == (
            "2024-07-18 23:00 UTC  console:mia  ja Asia/Tokyo  [judging-reminder]\n"
            + ja.format(left="1日16時間")
            + "2024-07-19 00:00 UTC  console:saran  mn Asia/Ulaanbaatar  [judging-reminder]\n"
            + mn.format(left="1 хоног 15 цаг")
            + "2024-07-19 23:00 UTC  console:mia  ja Asia/Tokyo  [judging-reminder]\n"
            + ja.format(left="16時間30分")
            + "2024-07-20 00:00 UTC  console:saran  mn Asia/Ulaanbaatar  [judging-reminder]\n"
            + mn.format(left="15 цаг 30 минут")
            + "4 message(s)"
        )
    finally:
        await app.close()
