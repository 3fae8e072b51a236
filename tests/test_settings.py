"""Settings: typed, read from the environment and ``.env`` (the environment wins), and a bad
value stops the process with one line naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.settings import Settings, SettingsError
from tests.test_cli import run_bot


def test_values_are_typed_and_lists_are_comma_separated() -> None:
    settings = Settings.from_env(
        {
            "OUTBOX_LANES": "4",
            "BOT_ORGANIZERS": "telegram:1, console:org",
            "BROADCAST_FALLBACK": "ja,mn",
            "TELEGRAM_PAID_BROADCAST": "1",
            "TELEGRAM_BOT_TOKEN": "123:secret",
            "MESSENGER_PAGE_USERNAME": "",
        }
    )
    assert settings.outbox_lanes == 4
    assert settings.organizers == frozenset({"telegram:1", "console:org"})
    assert settings.broadcast_fallback == ("ja", "mn")
    assert settings.telegram_rate == 1000.0
    assert settings.messenger_page_username is None
    assert str(settings.telegram_bot_token) == "**********"
    assert settings.secret_values() == ["123:secret"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"OUTBOX_LANES": "x"},
            "OUTBOX_LANES: Input should be a valid integer, unable to parse string as an "
            "integer (got 'x')",
        ),
        (
            {"OUTBOX_LANES": "0"},
            "OUTBOX_LANES: Input should be greater than or equal to 1 (got '0')",
        ),
        (
            {"DEFAULT_LANGUAGE": "de"},
            "DEFAULT_LANGUAGE: Input should be 'mn', 'ja' or 'en' (got 'de')",
        ),
        (
            {"TELEGRAM_RATE": "50"},
            "TELEGRAM_RATE: at most 30 messages per second (1000 with TELEGRAM_PAID_BROADCAST=1)",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": "t", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook"},
            "TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, 1-256 of A-Za-z0-9_-",
        ),
        (
            {"TELEGRAM_PAID_BROADCAST": "1", "TELEGRAM_RATE": "100", "OUTBOX_LEASE_SECONDS": "5"},
            "OUTBOX_LEASE_SECONDS: at least 10 s (2 × OUTBOX_BATCH / TELEGRAM_RATE): a claimed "
            "row may wait that long for its send, and a lease that ends first sends it twice",
        ),
        (
            {"MESSENGER_PAGE_ACCESS_TOKEN": "t"},
            "MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN: required with "
            "MESSENGER_PAGE_ACCESS_TOKEN",
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_the_setting(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(env)
    assert str(raised.value) == message


def test_the_process_stops_on_a_bad_value_and_the_environment_wins_over_dotenv(
    tmp_path: Path,
) -> None:
    (tmp_path / ".env").write_text("OUTBOX_LANES=0\nDEFAULT_LANGUAGE=ja\n", encoding="utf-8")
    result = run_bot(["migrate"], "", tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "error: OUTBOX_LANES: Input should be greater than or equal to 1 (got '0')\n",
    )
    result = run_bot(["migrate"], "", tmp_path, OUTBOX_LANES="3", LOG_LEVEL="WARNING")
    assert (result.returncode, result.stdout, result.stderr) == (0, "migrated\n", "")
