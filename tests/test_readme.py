"""The README is a map that stays true: its settings table lists exactly the settings, and its
table of commands by role names every command the features register."""

from __future__ import annotations

import re

from bot.core.feature import build_router
from bot.core.settings import PROJECT_ROOT, Settings, env_name
from handlers import FEATURES

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def test_the_settings_table_lists_every_setting_once() -> None:
    rows = re.findall(r"^\| `([A-Z_]+)` \|", _section("Settings"), re.MULTILINE)
    assert sorted(rows) == sorted(env_name(field) for field in Settings.model_fields)


def test_every_command_appears_in_the_table_of_commands_by_role() -> None:
    table = _section("Commands by role")
    named = set(re.findall(r"`/([a-z_]+)", table))
    assert sorted(build_router(FEATURES).commands) == sorted(named)


def test_the_readme_is_a_map_not_a_specification() -> None:
    assert len(README.splitlines()) <= 200
